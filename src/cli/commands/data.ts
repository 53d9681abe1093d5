import type { Command } from 'commander';
import { registerPipelineCommands } from './data/pipeline.js';
import { registerToolCommands } from './data/tools.js';

/** `quarkmed data …`: the medical data curation pipeline (src/data). */
export function register(program: Command): void {
  const data = program
    .command('data')
    .description('Medical data curation: readers, normalisation, quality filters, de-identification, dedup, tagging, KG synthesis, shards');
  registerPipelineCommands(data);
  registerToolCommands(data);
}
