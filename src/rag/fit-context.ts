// Prompts that fit the model: when a backend states its context window, the generation prompt is measured with the
// real (Qwen3) tokenizer and the sources are packaged again in a smaller budget until prompt + answer room fit.
// When even the instructions and the question leave no room, the caller answers with the evidence instead; only a
// question that alone exceeds the window is an error (RAG_PROMPT_EXCEEDS_CONTEXT).
import { countTokens } from '../core/tokens.js';
import type { ChatMessage } from '../models/backend.js';
import { ragErrors } from './errors.js';
import type { PreparedAnswer } from './prepare-answer.js';

/** Chat-template tokens around each message (`<|im_start|>role\n … <|im_end|>\n`) and to open the reply. */
const TEMPLATE_TOKENS_PER_MESSAGE = 5;
const TEMPLATE_TOKENS_REPLY = 3;
/** Other models' tokenizers differ from Qwen3's: keep this share of the window free. */
const TOKENIZER_MARGIN = 0.05;
/** The answer keeps at least this much room, and at most a quarter of the window unless asked for less. */
const MIN_ANSWER_TOKENS = 32;

/** Prompt tokens of a chat (Qwen3 tokenizer, template tokens included). */
export function chatPromptTokens(messages: readonly ChatMessage[]): number {
  let n = TEMPLATE_TOKENS_REPLY;
  for (const m of messages) n += countTokens(m.content) + TEMPLATE_TOKENS_PER_MESSAGE;
  return n;
}

/** Answer room kept free in a window of `contextTokens`: the requested maximum, capped at a quarter of the window. */
export function answerRoom(contextTokens: number, maxTokens: number): number {
  return Math.max(Math.min(MIN_ANSWER_TOKENS, maxTokens), Math.min(maxTokens, Math.floor(contextTokens / 4)));
}

export interface FitInput {
  prep: PreparedAnswer;
  /** The prompt for a packaging (and whether earlier turns are included). */
  build: (prep: PreparedAnswer, withHistory: boolean) => ChatMessage[];
  contextTokens: number;
  maxTokens: number;
  backend: string;
}

export interface Fitted {
  fits: true;
  prep: PreparedAnswer;
  messages: ChatMessage[];
  promptTokens: number;
  /** Tokens the answer may use (the window minus the prompt, at most the requested maximum). */
  maxTokens: number;
  /** Sources were dropped or shortened (or earlier turns left out) to fit. */
  trimmed: boolean;
  withHistory: boolean;
}

/** The instructions and the question leave no room for a source: answer from the evidence. */
export interface DoesNotFit {
  fits: false;
  /** Prompt tokens without sources (and without history when that did not fit either). */
  promptTokens: number;
  /** What the window leaves for the prompt once the answer's room is kept. */
  limit: number;
}

/**
 * Fit the prompt into the backend's window. Throws RAG_PROMPT_EXCEEDS_CONTEXT when the question alone does not fit.
 */
export function fitToContext(input: FitInput, question: string): Fitted | DoesNotFit {
  const room = answerRoom(input.contextTokens, input.maxTokens);
  const limit = Math.floor((input.contextTokens - room) * (1 - TOKENIZER_MARGIN));
  const alone = chatPromptTokens([{ role: 'user', content: question }]);
  if (alone > limit) {
    throw ragErrors.RAG_PROMPT_EXCEEDS_CONTEXT({ backend: input.backend, promptTokens: alone, contextTokens: input.contextTokens, answerTokens: room });
  }
  const done = (prep: PreparedAnswer, messages: ChatMessage[], promptTokens: number, trimmed: boolean, withHistory: boolean): Fitted => ({
    fits: true,
    prep,
    messages,
    promptTokens,
    maxTokens: Math.max(1, Math.min(input.maxTokens, input.contextTokens - Math.ceil(promptTokens * (1 + TOKENIZER_MARGIN)))),
    trimmed,
    withHistory,
  });
  let messages = input.build(input.prep, true);
  let used = chatPromptTokens(messages);
  if (used <= limit) return done(input.prep, messages, used, false, true);

  // What the prompt costs without any source: history goes before the question does.
  const bare = input.prep.repack(0);
  let withHistory = true;
  let base = chatPromptTokens(input.build(bare, true));
  if (base > limit) {
    withHistory = false;
    base = chatPromptTokens(input.build(bare, false));
  }
  if (base > limit) return { fits: false, promptTokens: base, limit };
  // Shrink the source budget by the measured overshoot until the real count fits (estimates err high, so this
  // converges in one or two rounds; four is the bound).
  let prep = input.prep;
  messages = input.build(prep, withHistory);
  used = chatPromptTokens(messages);
  for (let round = 0; round < 4 && used > limit && prep.packaged.sources.length > 0; round++) {
    const sourceTokens = Math.max(1, used - base);
    const budget = Math.floor((prep.budget * Math.max(0, limit - base)) / sourceTokens);
    prep = input.prep.repack(Math.min(budget, prep.budget - 1));
    messages = input.build(prep, withHistory);
    used = chatPromptTokens(messages);
  }
  // No source fits beside the instructions: an answer without sources is not given.
  if (used > limit || prep.packaged.sources.length === 0) return { fits: false, promptTokens: base, limit };
  return done(prep, messages, used, true, withHistory);
}
