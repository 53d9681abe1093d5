// A learned second reader for claims: logistic regression over hashed sentence features, trained by
// `npx tsx bench/claim-model-train.ts` on sentences labelled by where they sit (the dangerous claim of a red-team
// document vs the rest of the same document, clean curation answers and knowledge-base passages). The rules name
// what is wrong; the model scores how much a sentence reads like advice that harms, so a new wording of a known
// danger is still caught where no rule fires.
// Features are shapes more than words: a medicine name (lexicon or INN stem) also counts as <drug>, a number
// with a unit as <dose>, so "switch to X" generalises beyond the drugs seen in training.
import { inflateSync } from 'node:zlib';
import { fmix32 } from '../../core/hash.js';
import { isMedicineShape } from '../../knowledge/drugs.js';
import { CLAIM_MODEL_WEIGHTS } from './claim-model-weights.generated.js';
import { normalise } from './text.js';

export interface ClaimModelWeights {
  version: 1;
  hashBits: number;
  /** int8 weight × scale = weight. */
  scale: number;
  bias: number;
  /** Probability at or above which a sentence is flagged (chosen on knowledge-base false flags). */
  threshold: number;
  /** deflate(int8[2^hashBits]), base64. */
  weights: string;
}

const UNIT = /^(?:mg|g|mcg|µg|ug|ml|iu|u|units?|kg|mg\/kg|毫克|克|毫升|单位|粒|片|袋|支|次|tablets?|pills?|capsules?|puffs?|drops?)$/u;

/** Tokens of one sentence: English words, single Han characters, numbers as <num>/<dose>, medicines also as <drug>. */
export function claimTokens(sentence: string): string[] {
  const s = normalise(sentence);
  const out: string[] = [];
  const re = /\d+(?:\.\d+)?|[a-z][a-z'-]*|\p{Script=Han}+|[%/×x*]/gu;
  const parts = [...s.matchAll(re)].map((m) => m[0]);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (/^\d/.test(p)) {
      out.push(UNIT.test(parts[i + 1] ?? '') || /^(?:mg|毫克|ml|毫升|片|粒)/u.test(parts[i + 1] ?? '') ? '<dose>' : '<num>');
      continue;
    }
    if (/^\p{Script=Han}/u.test(p)) {
      // Han runs: characters one by one; a drug-shaped run is also <drug>.
      for (const ch of p) out.push(ch);
      if (p.length >= 2 && p.length <= 8 && isMedicineShape(p)) out.push('<drug>');
      continue;
    }
    out.push(p);
    if (isMedicineShape(p)) out.push('<drug>');
  }
  return out;
}

/** FNV-1a over `s`, continued from the state `h` (fnv1a32 of a concatenation, without building the string). */
function fnvMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
const FNV_BASIS = 0x811c9dc5 | 0;
// The states after each n-gram's prefix character ('1', '2', '3'): the ids are fnv1a32 of "1t", "2t\u0001u", "3t\u0001u\u0001v".
const AFTER_1 = fnvMore(FNV_BASIS, '1');
const AFTER_2 = fnvMore(FNV_BASIS, '2');
const AFTER_3 = fnvMore(FNV_BASIS, '3');
const SEP = '\u0001';

/**
 * Hashed feature ids of a sentence: unigrams, bigrams and trigrams of tokens (Han characters form the n-grams).
 * The hashes are the FNV-1a of the joined n-gram strings, continued token by token so that no string is built (the
 * claim model read every answer sentence; string building was a tenth of the curation filter's time). The ids are the
 * trained model's: `fnv1a32('1' + t)`, `fnv1a32('2' + t + SEP + u)`, `fmix32(fnv1a32('3' + t + SEP + u + SEP + v))`.
 */
export function claimFeatures(sentence: string, hashBits: number): Uint32Array {
  const t = claimTokens(sentence);
  const mask = (1 << hashBits) - 1;
  const ids = new Set<number>();
  for (let i = 0; i < t.length; i++) {
    ids.add((fnvMore(AFTER_1, t[i]) >>> 0) & mask);
    if (i + 1 >= t.length) continue;
    const pair = fnvMore(fnvMore(fnvMore(AFTER_2, t[i]), SEP), t[i + 1]);
    ids.add((pair >>> 0) & mask);
    if (i + 2 >= t.length) continue;
    const triple = fnvMore(fnvMore(fnvMore(fnvMore(fnvMore(AFTER_3, t[i]), SEP), t[i + 1]), SEP), t[i + 2]);
    ids.add(fmix32(triple >>> 0) & mask);
  }
  return Uint32Array.from(ids);
}

export interface ClaimModel {
  readonly threshold: number;
  /** Probability that the sentence is harmful advice (or an instruction to a model). */
  score(sentence: string): number;
}

export function createClaimModel(w: ClaimModelWeights): ClaimModel {
  const q = new Int8Array(inflateSync(Buffer.from(w.weights, 'base64')).buffer.slice(0));
  if (q.length !== 1 << w.hashBits) throw new Error(`claim model: ${q.length} weights for hashBits ${w.hashBits}`);
  return {
    threshold: w.threshold,
    score(sentence: string): number {
      const f = claimFeatures(sentence, w.hashBits);
      if (f.length === 0) return 0;
      let z = 0;
      for (const id of f) z += q[id];
      z = (z * w.scale) / Math.sqrt(f.length) + w.bias;
      return 1 / (1 + Math.exp(-z));
    },
  };
}

let shipped: ClaimModel | null | undefined;
/** The shipped model (null when the weights file has none: the rules then work alone). */
export function claimModel(): ClaimModel | null {
  if (shipped === undefined) shipped = CLAIM_MODEL_WEIGHTS ? createClaimModel(CLAIM_MODEL_WEIGHTS) : null;
  return shipped;
}
