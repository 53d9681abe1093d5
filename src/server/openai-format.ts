// The OpenAI chat-completions wire format, pure: request schema in, response/chunk objects out.
// QuarkMed keeps `choices[0].message` standard and adds `citations` and `quarkmed` at the top level
// (and in stream chunks), so the official clients work unchanged and QuarkMed-aware clients get the evidence.
import { z } from 'zod';
import { countTokens } from '../core/tokens.js';
import type { Warning } from '../core/warnings.js';
import type { ChatMessage } from '../models/backend.js';
import type { AnswerResult, Citation } from '../rag/types.js';
import type { Triage } from '../safety/types.js';

const ContentPart = z.object({ type: z.string(), text: z.string().optional() }).passthrough();

export const ChatCompletionRequest = z
  .object({
    model: z.string().max(200).optional(),
    messages: z
      .array(
        z
          .object({
            role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
            content: z.union([z.string().max(32_000), z.array(ContentPart).max(64), z.null()]),
            name: z.string().optional(),
          })
          .passthrough(),
      )
      .min(1, 'at least one message is required')
      .max(100),
    stream: z.boolean().optional(),
    stream_options: z.object({ include_usage: z.boolean().optional() }).passthrough().nullable().optional(),
    temperature: z.number().min(0).max(2).nullable().optional(),
    max_tokens: z.number().int().positive().max(32_768).nullable().optional(),
    max_completion_tokens: z.number().int().positive().max(32_768).nullable().optional(),
    n: z.literal(1, 'only n=1 is supported').nullable().optional(),
    user: z.string().optional(),
    /** QuarkMed extension: interface language for triage messages and prompts. */
    locale: z.string().max(20).optional(),
    /** QuarkMed extension: `consult: "off"` answers at once instead of asking before advising. */
    quarkmed: z
      .object({ consult: z.enum(['auto', 'off']).optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();

export type ChatCompletionRequest = z.infer<typeof ChatCompletionRequest>;

export interface QuarkmedExtension {
  mode: AnswerResult['mode'];
  triage: Triage;
  warnings: Warning[];
}

function textOf(content: ChatCompletionRequest['messages'][number]['content']): string {
  if (content === null) return '';
  if (typeof content === 'string') return content;
  return content.map((p) => (p.type === 'text' && typeof p.text === 'string' ? p.text : '')).join('');
}

/** Split OpenAI messages into the question (last user message) and the prior conversation. */
export function toQuestion(req: ChatCompletionRequest): { question: string; history: ChatMessage[] } | null {
  const msgs = req.messages.map((m) => ({ role: m.role, content: textOf(m.content) }));
  const last = msgs[msgs.length - 1];
  if (last?.role !== 'user' || last.content.trim() === '') return null;
  const history: ChatMessage[] = [];
  for (const m of msgs.slice(0, -1)) {
    if (m.role === 'user' || m.role === 'assistant') history.push({ role: m.role, content: m.content });
    else if (m.role === 'system' || m.role === 'developer') history.push({ role: 'system', content: m.content });
  }
  return { question: last.content, history };
}

export interface CompletionIds {
  id: string;
  created: number;
  model: string;
}

/** Token usage: zero when no model ran (evidence mode), else the Qwen3 tokenizer's count (the pipeline reports none yet). */
function usageOf(mode: AnswerResult['mode'], promptText: string, answer: string) {
  if (mode !== 'generated') return { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
  const prompt = countTokens(promptText);
  const completion = countTokens(answer);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

export function completionResponse(ids: CompletionIds, result: AnswerResult, promptText: string) {
  return {
    id: ids.id,
    object: 'chat.completion' as const,
    created: ids.created,
    model: ids.model,
    choices: [{ index: 0, message: { role: 'assistant' as const, content: result.answer, refusal: null }, finish_reason: 'stop' as const, logprobs: null }],
    usage: usageOf(result.mode, promptText, result.answer),
    citations: result.citations,
    quarkmed: { mode: result.mode, triage: result.triage, warnings: result.warnings } satisfies QuarkmedExtension,
  };
}

interface ChunkExtras {
  citations?: Citation[];
  quarkmed?: Partial<QuarkmedExtension>;
}

export function completionChunk(
  ids: CompletionIds,
  delta: { role?: 'assistant'; content?: string },
  finishReason: 'stop' | 'length' | null,
  extras: ChunkExtras = {},
) {
  return {
    id: ids.id,
    object: 'chat.completion.chunk' as const,
    created: ids.created,
    model: ids.model,
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
    ...extras,
  };
}

export function usageChunk(ids: CompletionIds, promptText: string, answer: string, mode: AnswerResult['mode']) {
  return {
    id: ids.id,
    object: 'chat.completion.chunk' as const,
    created: ids.created,
    model: ids.model,
    choices: [],
    usage: usageOf(mode, promptText, answer),
  };
}
