import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { action, intOption, printJson } from '../action.js';
import { decodeText } from '../../core/encoding.js';
import { formatCitations, formatWarnings } from '../../rag/format-answer.js';
import { openAnswerContext } from '../../rag/open-context.js';
import type { AnswerResult } from '../../rag/types.js';
import { interpretErrors } from '../../report/interpret-errors.js';
import { streamReportInterpretation } from '../../report/interpret.js';

interface InterpretFlags {
  model?: string;
  db?: string;
  embedder?: string;
  json?: boolean;
  budget?: number;
  locale?: string;
}

/** The report text from a file (any common encoding, e.g. GB18030 exports) or stdin ("-"). */
function readReport(file: string): { text: string; name: string } {
  try {
    const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
    return { text: decodeText(bytes).text, name: file === '-' ? 'stdin' : basename(file) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw interpretErrors.REPORT_INPUT_UNREADABLE({ file, reason });
  }
}

async function runInterpret(file: string, flags: InterpretFlags): Promise<void> {
  const { text, name } = readReport(file);
  if (!text.trim()) throw interpretErrors.REPORT_INPUT_EMPTY({ source: name });
  const ctx = await openAnswerContext({ model: flags.model, db: flags.db, embedder: flags.embedder });
  const ac = new AbortController();
  const onSigint = () => ac.abort();
  process.once('SIGINT', onSigint);
  try {
    const { report, events } = await streamReportInterpretation(text, {
      retriever: ctx.kb,
      backend: ctx.backend,
      budget: flags.budget,
      locale: flags.locale,
      sourceName: name,
      signal: ac.signal,
    });
    let result: AnswerResult | undefined;
    for await (const ev of events) {
      if (ev.type === 'done') result = ev.result;
      else if (ev.type === 'delta' && !flags.json) process.stdout.write(ev.text);
    }
    if (!result) return;
    if (flags.json) {
      printJson({ report, answer: result });
      return;
    }
    process.stdout.write('\n');
    const cites = formatCitations(result);
    if (result.mode === 'generated' && cites) process.stdout.write(`\n${cites}\n`);
    const warns = formatWarnings(result);
    if (warns) process.stderr.write(`${warns}\n`);
  } finally {
    process.off('SIGINT', onSigint);
    await ctx.close();
  }
}

export function register(program: Command): void {
  const report = program.command('report').description('lab reports: flag values against reference ranges and explain them with citations');
  report
    .command('interpret')
    .description('parse pasted lab results, flag each value high/low/critical, and explain abnormal ones with cited sources')
    .argument('<file>', 'text file with the lab results, or - for stdin')
    .option('--model <spec>', 'model: openai:<baseURL>#<model>, llama:<file.gguf>, or none (default: $QUARKMED_MODEL / config)')
    .option('--db <file>', 'knowledge base file (default: $QUARKMED_HOME/kb.sqlite)')
    .option('--embedder <spec>', 'query embedder for hybrid retrieval (default: $QUARKMED_EMBEDDER / config)')
    .option('--budget <tokens>', 'token budget for packaged sources (default 1800)', intOption('--budget'))
    .option('--locale <bcp47>', 'locale for the emergency number, e.g. zh-CN, en-US')
    .option('--json', 'print {report, answer} as JSON')
    .action(action(runInterpret));
}
