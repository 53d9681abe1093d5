// `quarkmed ask`: read the question (and history), open the answer session, stream the cited answer. Imported only
// when the command runs (ask.ts registers it).
import { readFileSync } from 'node:fs';
import { printJson } from '../../action.js';
import type { AnswerContextFlags } from '../../answer-options.js';
import { printAnswerFooter, streamAnswerText, withAnswerContext } from '../../answer-session.js';
import { streamAnswer } from '../../../rag/answer-question.js';
import { ragErrors } from '../../../rag/errors.js';
import type { ChatMessage } from '../../../models/backend.js';
import { z } from 'zod';
import { systemLocale } from '../../locale.js';

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

export interface AskFlags extends AnswerContextFlags {
  history?: string;
  json?: boolean;
  k?: number;
  budget?: number;
  locale?: string;
  relevance?: 'auto' | 'lexical' | 'model';
  /** Commander sets true unless --no-redact-prompts is given; true here means "automatic", not "always". */
  redactPrompts?: boolean;
  allowFlagged?: boolean;
}

function readQuestion(arg: string): string {
  if (arg !== '-') return arg;
  try {
    return readFileSync(0, 'utf8');
  } catch (err) {
    throw ragErrors.RAG_INPUT_UNREADABLE({ file: 'stdin', reason: err instanceof Error ? err.message : String(err) });
  }
}

export async function runAsk(questionArg: string, flags: AskFlags): Promise<void> {
  const question = readQuestion(questionArg);
  if (!question.trim()) throw ragErrors.RAG_EMPTY_QUESTION({ input: question });
  if (flags.relevance && !['auto', 'lexical', 'model'].includes(flags.relevance)) {
    throw ragErrors.RAG_BAD_OPTION({ option: '--relevance', value: flags.relevance, expected: 'auto, lexical or model' });
  }
  const history = flags.history ? readHistory(flags.history) : undefined;
  await withAnswerContext(flags, async (ctx, signal) => {
    const events = streamAnswer(question, {
      retriever: ctx.kb,
      backend: ctx.backend,
      history,
      k: flags.k,
      budget: flags.budget,
      locale: flags.locale ?? systemLocale(),
      relevance: flags.relevance,
      // Only the opt-out is passed on: by default the pipeline redacts for remote models and not for local ones.
      redactPrompts: flags.redactPrompts === false ? false : undefined,
      allowFlagged: flags.allowFlagged === true,
      signal,
    });
    const result = await streamAnswerText(events, flags.json);
    if (!result) return;
    if (flags.json) printJson(result);
    else printAnswerFooter(result);
  });
}
