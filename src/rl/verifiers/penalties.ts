// Length and repetition penalties (scores in [-1, 0]): long rambling and looping text lose reward, so length
// growth is not a free way to stumble on the answer. Both read at most a bounded window of the response.

import type { RuleVerifier, Score } from './types.js';

export interface LengthReference {
  /** No penalty up to this many characters; linear to -1 at 2× (default 8,000). */
  maxChars?: number;
}

export const verifyLength: RuleVerifier<LengthReference> = (response, ref): Score => {
  const max = ref.maxChars ?? 8000;
  const n = response.length;
  if (n <= max) return { score: 0, reason: 'ok' };
  const p = Math.min(1, (n - max) / max);
  return { score: -Math.round(p * 1000) / 1000, reason: `over-length:${n}>${max}` };
};

export interface RepetitionReference {
  /** Share of repeated 16-character shingles above which the penalty starts (default 0.3). */
  threshold?: number;
}

const SHINGLE = 16;
const STEP = 4;
const WINDOW = 8_000;
const BASE = 0x01000193;
/** BASE^SHINGLE mod 2^32, to roll the oldest character out of the hash. */
const BASE_POW = (() => {
  let p = 1;
  for (let i = 0; i < SHINGLE; i++) p = Math.imul(p, BASE);
  return p;
})();

/** Share of 16-character shingles (every 4th position) seen before in the last 8k characters. */
export function repetitionRatio(text: string): number {
  const start = text.length > WINDOW ? text.length - WINDOW : 0;
  if (text.length - start < SHINGLE * 4) return 0;
  // A rolling polynomial hash (mod 2^32): O(1) per character, no substring allocation on the hot path.
  const seen = new Set<number>();
  let repeated = 0;
  let total = 0;
  let h = 0;
  for (let i = start; i < text.length; i++) {
    h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    if (i - start >= SHINGLE) h = (h - Math.imul(text.charCodeAt(i - SHINGLE), BASE_POW)) | 0;
    if (i - start >= SHINGLE - 1 && (i - start) % STEP === 0) {
      total++;
      if (seen.has(h)) repeated++;
      else seen.add(h);
    }
  }
  return total === 0 ? 0 : repeated / total;
}

export const verifyRepetition: RuleVerifier<RepetitionReference> = (response, ref): Score => {
  const th = ref.threshold ?? 0.3;
  const r = repetitionRatio(response);
  if (r <= th) return { score: 0, reason: 'ok' };
  const p = Math.min(1, (r - th) / (1 - th));
  return { score: -Math.round(p * 1000) / 1000, reason: `repetitive:${Math.round(r * 100)}%` };
};
