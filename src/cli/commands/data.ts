import type { Command } from 'commander';
import { registerPipelineCommands } from './data/pipeline.js';
import { registerToolCommands } from './data/tools.js';
import { DESCRIPTIONS } from './groups.js';

/** `quarkmed data …`: the medical data curation pipeline (src/data). */
export function register(program: Command): void {
  const data = program.command('data').description(DESCRIPTIONS.data);
  registerPipelineCommands(data);
  registerToolCommands(data);
}
