// Features for the learned triage model: hashed Chinese character bigrams/trigrams, English word unigrams/bigrams,
// and the rule layer's findings (signs, fired rules, clinical rules, vitals, modifiers, presentations, suicide screen,
// framing cues) as named features. The rules are inputs the model weighs, not only a vote beside it.

/** Hash space: 2^17 buckets × 3 classes of int8 stays under 400 kB. */
export const HASH_BITS = 17;
export const DIM = 1 << HASH_BITS;

/** FNV-1a, 32-bit: stable across platforms and Node versions. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (DIM - 1);
}

export interface SparseVector {
  idx: number[];
  val: number[];
}

/** Text n-grams: "zh:胸口", "zh:胸口痛", "en:chest", "en:chest_pain". Digits collapse to 0 so "38.5" ~ "39.2". */
export function textGrams(text: string): string[] {
  const lower = text.toLowerCase().replace(/\d/g, '0');
  const grams: string[] = [];
  for (const run of lower.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i < run.length; i++) {
      if (i + 2 <= run.length) grams.push(`z2:${run.slice(i, i + 2)}`);
      if (i + 3 <= run.length) grams.push(`z3:${run.slice(i, i + 3)}`);
    }
    if (run.length === 1) grams.push(`z1:${run}`);
  }
  const words = lower.match(/[a-z][a-z']*|0+(?:\.0+)?/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    grams.push(`e1:${words[i]}`);
    if (i + 1 < words.length) grams.push(`e2:${words[i]}_${words[i + 1]}`);
  }
  return grams;
}

const FNV_OFFSET = 0x811c9dc5;
const fnv = (h: number, s: string, from = 0, to = s.length): number => {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
};
const Z1 = fnv(FNV_OFFSET, 'z1:');
const Z2 = fnv(FNV_OFFSET, 'z2:');
const Z3 = fnv(FNV_OFFSET, 'z3:');
const E1 = fnv(FNV_OFFSET, 'e1:');
const E2 = fnv(FNV_OFFSET, 'e2:');
const UNDERSCORE = '_'.charCodeAt(0);
const HAN_RUNS = /\p{Script=Han}+/gu;
const WORDS = /[a-z][a-z']*|0+(?:\.0+)?/g;

/**
 * The hashes of `textGrams(text)`, in the same order, computed without building the gram strings (FNV-1a runs on
 * from the prefix's state): the same buckets at a fraction of the garbage, which kept a triage call's tail latency
 * at the mercy of the young-generation collector.
 */
export function textGramHashes(text: string): number[] {
  const lower = text.toLowerCase().replace(/\d/g, '0');
  const out: number[] = [];
  const mask = DIM - 1;
  HAN_RUNS.lastIndex = 0;
  for (let m = HAN_RUNS.exec(lower); m !== null; m = HAN_RUNS.exec(lower)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      if (i + 2 <= run.length) out.push((fnv(Z2, run, i, i + 2) >>> 0) & mask);
      if (i + 3 <= run.length) out.push((fnv(Z3, run, i, i + 3) >>> 0) & mask);
    }
    if (run.length === 1) out.push((fnv(Z1, run) >>> 0) & mask);
  }
  WORDS.lastIndex = 0;
  let prev: string | null = null;
  for (let m = WORDS.exec(lower); m !== null; m = WORDS.exec(lower)) {
    const w = m[0];
    if (prev !== null) {
      // e2 of the previous word and this one comes after the previous word's e1 (textGrams' order).
      let h = fnv(E2, prev);
      h = Math.imul(h ^ UNDERSCORE, 0x01000193);
      out.push((fnv(h, w) >>> 0) & mask);
    }
    out.push((fnv(E1, w) >>> 0) & mask);
    prev = w;
  }
  return out;
}

/** Hash text grams (weighted 1/sqrt(n), so long stories do not drown the signs) plus named rule features (1 each). */
export function vectorise(text: string, named: readonly string[], hashes: readonly number[] = textGramHashes(text)): SparseVector {
  const acc = new Map<number, number>();
  const w = hashes.length ? 1 / Math.sqrt(hashes.length) : 0;
  for (const h of hashes) acc.set(h, Math.min(2 * w, (acc.get(h) ?? 0) + w));
  for (const f of new Set(named)) {
    const h = hashFeature(`f:${f}`);
    acc.set(h, (acc.get(h) ?? 0) + 1);
  }
  const idx = [...acc.keys()];
  return { idx, val: idx.map((i) => acc.get(i) ?? 0) };
}

/** The reader's input for one analysed message (triage.ts at run time, train-cli.ts at training time: the same code). */
export function readerVector(a: { normalised: string; features: readonly string[] }, grams: readonly number[] = textGramHashes(a.normalised)): SparseVector {
  return vectorise(a.normalised, a.features, grams);
}
