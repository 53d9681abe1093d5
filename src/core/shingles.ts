// Shingles for near-duplicate detection: character n-grams for Chinese, word n-grams for English. One home for
// corpus near-dedup (data), passage dedup before packaging (rag) and eval decontamination (rl).

import { fnv1a32 } from './hash.js';

export interface ShingleOptions {
  /** Character n for Han-dominant text (default 5). */
  charN: number;
  /** Word n for other text (default 5). */
  wordN: number;
}

export const DEFAULT_SHINGLES: ShingleOptions = { charN: 5, wordN: 5 };

/** Lower-cased, NFKC, punctuation and whitespace removed: the key for exact dedup and the base for shingles. */
export function dedupKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function shingles(text: string, o: ShingleOptions = DEFAULT_SHINGLES): Set<string> {
  const norm = text.normalize('NFKC').toLowerCase();
  const han = (norm.match(/\p{Script=Han}/gu) ?? []).length;
  const words = norm.match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (han * 2 >= words.join('').length) {
    const chars = [...norm.replace(/[\s\p{P}\p{S}]+/gu, '')];
    if (chars.length <= o.charN) out.add(chars.join(''));
    else for (let i = 0; i + o.charN <= chars.length; i++) out.add(chars.slice(i, i + o.charN).join(''));
  } else {
    if (words.length <= o.wordN) out.add(words.join(' '));
    else for (let i = 0; i + o.wordN <= words.length; i++) out.add(words.slice(i, i + o.wordN).join(' '));
  }
  return out;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The FNV-1a hashes of `shingles(text, o)`, distinct, without building a string per shingle: the same values as
 * `fnv1a32` over each shingle, so MinHash signatures are unchanged (the hot path of near-dedup).
 */
export function shingleHashes(text: string, o: ShingleOptions = DEFAULT_SHINGLES): Uint32Array {
  const norm = text.normalize('NFKC').toLowerCase();
  const han = (norm.match(/\p{Script=Han}/gu) ?? []).length;
  const words = norm.match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (han * 2 >= words.join('').length) {
    const s = norm.replace(/[\s\p{P}\p{S}]+/gu, '');
    // UTF-16 offsets of each code point (a shingle is charN code points).
    const at: number[] = [];
    for (let i = 0; i < s.length; i++) {
      at.push(i);
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
    }
    at.push(s.length);
    const points = at.length - 1;
    if (points <= o.charN) out.add(fnv1a32(s, 0, s.length));
    else for (let i = 0; i + o.charN <= points; i++) out.add(fnv1a32(s, at[i], at[i + o.charN]));
  } else {
    const hashWords = (from: number, to: number) => {
      let h = FNV_OFFSET;
      for (let w = from; w < to; w++) {
        if (w > from) h = Math.imul(h ^ 0x20, FNV_PRIME);
        const word = words[w];
        for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
      }
      return h >>> 0;
    };
    if (words.length <= o.wordN) out.add(hashWords(0, words.length));
    else for (let i = 0; i + o.wordN <= words.length; i++) out.add(hashWords(i, i + o.wordN));
  }
  return Uint32Array.from(out);
}

/**
 * FNV-1a of every window of `n` UTF-16 units of an already-normalised string, keeping those with hash % sample = 0
 * (hash-sampled containment: both sides sample the same windows, so 10^4–10^5 texts fit in memory).
 */
export function sampledWindowHashes(norm: string, n: number, sample = 1): number[] {
  const out: number[] = [];
  for (let i = 0; i + n <= norm.length; i++) {
    const h = fnv1a32(norm, i, i + n);
    if (h % sample === 0) out.push(h);
  }
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}
