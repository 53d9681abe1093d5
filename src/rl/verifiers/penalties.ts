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
const WINDOW = 12_000;

/** Share of 16-character shingles (every 4th position) seen before in the last 12k characters. */
export function repetitionRatio(text: string): number {
  const t = text.length > WINDOW ? text.slice(text.length - WINDOW) : text;
  if (t.length < SHINGLE * 4) return 0;
  const seen = new Set<string>();
  let repeated = 0;
  let total = 0;
  for (let i = 0; i + SHINGLE <= t.length; i += STEP) {
    const s = t.slice(i, i + SHINGLE);
    total++;
    if (seen.has(s)) repeated++;
    else seen.add(s);
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
