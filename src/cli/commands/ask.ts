import type { Command } from 'commander';
import { action, intOption } from '../action.js';
import { answerContextOptions } from '../answer-options.js';
import { DESCRIPTIONS } from './groups.js';

// The answer pipeline (knowledge base, models, RAG) is imported when the command runs, not for `ask --help`.
const runAsk: typeof import('./ask/run.js').runAsk = async (question, flags) => (await import('./ask/run.js')).runAsk(question, flags);

export function register(program: Command): void {
  const ask = program.command('ask').description(DESCRIPTIONS.ask).argument('<question>', 'the question, or - to read it from stdin');
  answerContextOptions(ask)
    .option('--k <n>', 'passages retrieved before relevance filtering (default 20)', intOption('--k'))
    .option('--budget <tokens>', 'token budget for packaged sources (default 1800)', intOption('--budget'))
    .option('--locale <bcp47>', 'locale for the emergency number, e.g. zh-CN, en-US')
    .option('--relevance <mode>', 'relevance extraction: auto, lexical or model (default auto)')
    .option('--history <file>', 'earlier turns as JSON [{"role":"user","content":"…"}, …] (oldest first)')
    .option(
      '--no-redact-prompts',
      'send the question to a remote openai: model verbatim (default: names, phone and ID numbers are replaced by placeholders first)',
    )
    .option('--allow-flagged', 'also use passages flagged by screening at ingest (instructions to a model, unsafe advice); the answer warns when it does')
    .option('--json', 'print the result object as JSON')
    .action(action(runAsk));
}
