import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { action, intOption, printJson } from '../action.js';
import { streamAnswer } from '../../rag/answer-question.js';
import { ragErrors } from '../../rag/errors.js';
import { formatCitations, formatWarnings } from '../../rag/format-answer.js';
import { openAnswerContext } from '../../rag/open-context.js';
import type { AnswerResult } from '../../rag/types.js';
import type { ChatMessage } from '../../models/backend.js';
import { z } from 'zod';

const HistorySchema = z.array(z.object({ role: z.enum(['user', 'assistant', 'system']), content: z.string() }));

/** Earlier turns from a JSON file ([{role, content}, …], oldest first), for multi-turn questions. */
function readHistory(file: string): ChatMessage[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw ragErrors.RAG_INPUT_UNREADABLE({ file, reason: err instanceof Error ? err.message : String(err) });
  }
  const parsed = HistorySchema.safeParse(raw);
  if (!parsed.success) throw ragErrors.RAG_BAD_OPTION({ option: '--history', value: file, expected: 'a JSON array of {role: user|assistant, content}' });
  return parsed.data;
}

interface AskFlags {
  history?: string;
  model?: string;
  db?: string;
  embedder?: string;
  json?: boolean;
  k?: number;
  budget?: number;
  locale?: string;
  relevance?: 'auto' | 'lexical' | 'model';
}

function readQuestion(arg: string): string {
  if (arg !== '-') return arg;
  try {
    return readFileSync(0, 'utf8');
  } catch (err) {
    throw ragErrors.RAG_INPUT_UNREADABLE({ file: 'stdin', reason: err instanceof Error ? err.message : String(err) });
  }
}

async function runAsk(questionArg: string, flags: AskFlags): Promise<void> {
  const question = readQuestion(questionArg);
  if (!question.trim()) throw ragErrors.RAG_EMPTY_QUESTION({ input: question });
  if (flags.relevance && !['auto', 'lexical', 'model'].includes(flags.relevance)) {
    throw ragErrors.RAG_BAD_OPTION({ option: '--relevance', value: flags.relevance, expected: 'auto, lexical or model' });
  }
  const history = flags.history ? readHistory(flags.history) : undefined;
  const ctx = await openAnswerContext({ model: flags.model, db: flags.db, embedder: flags.embedder });
  const ac = new AbortController();
  const onSigint = () => ac.abort();
  process.once('SIGINT', onSigint);
  try {
    let result: AnswerResult | undefined;
    for await (const ev of streamAnswer(question, {
      retriever: ctx.kb,
      backend: ctx.backend,
      history,
      k: flags.k,
      budget: flags.budget,
      locale: flags.locale,
      relevance: flags.relevance,
      signal: ac.signal,
    })) {
      if (ev.type === 'done') result = ev.result;
      else if (ev.type === 'delta' && !flags.json) process.stdout.write(ev.text);
    }
    if (!result) return;
    if (flags.json) {
      printJson(result);
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
  program
    .command('ask')
    .description('answer a medical question with cited sources from the knowledge base (evidence only without a model)')
    .argument('<question>', 'the question, or - to read it from stdin')
    .option('--model <spec>', 'model: openai:<baseURL>#<model>, llama:<file.gguf>, or none (default: $QUARKMED_MODEL / config)')
    .option('--db <file>', 'knowledge base file (default: $QUARKMED_HOME/kb.sqlite)')
    .option('--embedder <spec>', 'query embedder for hybrid retrieval (default: $QUARKMED_EMBEDDER / config)')
    .option('--k <n>', 'passages retrieved before relevance filtering (default 20)', intOption('--k'))
    .option('--budget <tokens>', 'token budget for packaged sources (default 1800)', intOption('--budget'))
    .option('--locale <bcp47>', 'locale for the emergency number, e.g. zh-CN, en-US')
    .option('--relevance <mode>', 'relevance extraction: auto, lexical or model (default auto)')
    .option('--history <file>', 'earlier turns as JSON [{"role":"user","content":"…"}, …] (oldest first)')
    .option('--json', 'print the result object as JSON')
    .action(action(runAsk));
}
