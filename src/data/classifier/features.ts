// Features for the relevance classifier: hashed character 1–3-grams of Han runs and lower-cased Latin words
// (plus word bigrams), L2-normalised. The hashing trick keeps the model a fixed, small size.
import { fnv1a32 } from '../../core/hash.js';

export interface FeatureOptions {
  /** log2 of the hashed feature space (default 18). */
  bits: number;
  /** Largest Han character n-gram (default 3). */
  charN: number;
}

export const DEFAULT_FEATURES: FeatureOptions = { bits: 18, charN: 3 };

export type SparseVector = Map<number, number>;

export function featurize(text: string, o: FeatureOptions = DEFAULT_FEATURES): SparseVector {
  const mask = (1 << o.bits) - 1;
  const v: SparseVector = new Map();
  const add = (f: string): void => {
    const i = fnv1a32(f) & mask;
    v.set(i, (v.get(i) ?? 0) + 1);
  };
  const lower = text.normalize('NFKC').toLowerCase().slice(0, 20_000);
  for (const run of lower.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let n = 1; n <= o.charN; n++) for (let i = 0; i + n <= chars.length; i++) add(`c${n}:${chars.slice(i, i + n).join('')}`);
  }
  const words = lower.match(/[a-z][a-z0-9'-]+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    add(`w:${words[i]}`);
    if (i + 1 < words.length) add(`b:${words[i]} ${words[i + 1]}`);
  }
  // Sub-linear term frequency, then L2 normalisation.
  let norm = 0;
  for (const [k, c] of v) {
    const w = 1 + Math.log(c);
    v.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of v) v.set(k, w / norm);
  return v;
}
