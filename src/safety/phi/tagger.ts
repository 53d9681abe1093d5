// A learned PHI tagger: a linear-chain sequence model over tokens (one CJK character, one Latin/digit run, or one
// punctuation mark) with BIO tags (B-NAME, I-NAME, … , O), trained as a structured (averaged) perceptron and decoded
// by Viterbi over tag bigrams, so a span is chosen as a whole (where it begins, where it ends) instead of token by
// token. It is the main reader for the context-dependent identifiers (names, addresses, workplaces, odd ids): it
// reads field labels (the label of the current line's field, however far back its colon), role nouns, prepositions,
// organisation and address grammar, word shape, capitalisation, "is this an ordinary English word", and the
// surname / given-name / first-name tables, two tokens back and forward. Features are hashed into a fixed table, so
// the model is one array. Weights are trained by `npm run train:deid` (bench/deid-train.ts) on generated records
// (bench/deid-docs.ts), the written batches deid-1 … deid-9 (bench/blind; never deid-10 or later) and real clinical
// text as negatives, and shipped as deflated int8 in tagger-weights.generated.ts. Pure functions: the same text
// always gives the same spans. Tokens live in tagger-tokens.ts, features in tagger-features.ts, training in
// tagger-train.ts; this file holds the model, decoding and spans.
import { inflateSync } from 'node:zlib';
import type { PhiSpan, PhiType } from '../../core/phi-types.js';
import { advance, afterToken, DIM, EARLY, earlyFeatures, FEATS, HASH_BITS, lateFeatures, newLineState, transFeature } from './tagger-features.js';
import { tokenize, type Tokens } from './tagger-tokens.js';

export { DIM, EARLY, FEATS, HASH_BITS, staticFeatures, transFeature } from './tagger-features.js';
export { hashString, KIND_ALNUM, KIND_CJK, KIND_DIGITS, KIND_LETTERS, KIND_PUNCT, tokenize, type Tokens } from './tagger-tokens.js';

/** BIO tags: O, then B-/I- of each class (tag 2c-1 begins class c, tag 2c continues it). */
export const TAGS = ['O', 'B-NAME', 'I-NAME', 'B-ADDRESS', 'I-ADDRESS', 'B-EMPLOYER', 'I-EMPLOYER', 'B-ID', 'I-ID'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length; // tagTokens unrolls exactly these nine
/** The tagger's classes and the identifier type each is reported as. */
export const TAG_CLASSES = ['NAME', 'ADDRESS', 'EMPLOYER', 'ID'] as const;
export type TagClass = (typeof TAG_CLASSES)[number];
const CLASS_TYPE: Record<TagClass, PhiType> = { NAME: 'NAME', ADDRESS: 'ADDRESS', EMPLOYER: 'EMPLOYER', ID: 'OTHER_ID' };
/** Class of a tag: 0 for O, 1 … 4 for TAG_CLASSES. */
export const classOfTag = (g: number): number => (g + 1) >> 1;
/** Does the tag begin a span (B-)? */
export const beginsSpan = (g: number): boolean => g > 0 && (g & 1) === 1;
/** May tag c follow tag p? An I- tag only continues its own class. */
const allowed = (p: number, c: number): boolean => c === 0 || (c & 1) === 1 || classOfTag(p) === classOfTag(c);
/** allowed(p, c) as a table, ALLOWED[p * NTAGS + c]. */
const ALLOWED = Uint8Array.from({ length: NTAGS * NTAGS }, (_, k) => (allowed(Math.floor(k / NTAGS), k % NTAGS) ? 1 : 0));

// ---- model -----------------------------------------------------------------------------------------------------
export interface TaggerWeights {
  version: number;
  hashBits: number;
  tags: readonly string[];
  /** Dequantisation scale: w = int8 × scale. */
  scale: number;
  /** Decision margin over O, in weight units (see TaggerModel). */
  margin: number;
  /** Early exit: a token is O when the EARLY features alone put O this far ahead (int8 units); absent = never. */
  earlyExit?: number;
  /** base64 of deflated Int8Array(DIM × tags), feature-major. */
  weights: string;
  trainedOn: { docs: number; negatives: number; epochs: number; seed: number; written?: readonly string[] };
}

export interface TaggerModel {
  /** int8 weights, feature-major (the tags of one feature share a cache line). */
  q: Int8Array;
  scale: number;
  /** A tag other than O pays this much (weight units; chosen at training time on held-out records). */
  margin: number;
  /** See TaggerWeights.earlyExit (int8 units; Infinity = never). */
  earlyExit: number;
  /** Tag-bigram scores, trans[p * NTAGS + c] (int8 units). */
  trans: Int32Array;
}

export function transitions(w: ArrayLike<number>): Float64Array {
  const out = new Float64Array(NTAGS * NTAGS);
  for (let p = 0; p < NTAGS; p++) {
    const b = transFeature(p) * NTAGS;
    for (let c = 0; c < NTAGS; c++) out[p * NTAGS + c] = w[b + c];
  }
  return out;
}

export function decodeTagger(meta: TaggerWeights): TaggerModel {
  if (meta.hashBits !== HASH_BITS || meta.tags.join() !== TAGS.join()) {
    throw new Error('phi tagger: the weights were trained for other features; retrain with npm run train:deid');
  }
  const raw = inflateSync(Buffer.from(meta.weights, 'base64'));
  const q = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  if (q.length !== DIM * NTAGS) throw new Error(`phi tagger: expected ${DIM * NTAGS} weights, found ${q.length}`);
  return {
    q,
    scale: meta.scale,
    margin: meta.margin,
    earlyExit: meta.earlyExit ?? Number.POSITIVE_INFINITY,
    trans: Int32Array.from(transitions(q)),
  };
}

const NEG = -1e15;
let backBuf = new Uint8Array(NTAGS * 4096);
const prevBuf = new Float64Array(NTAGS);
const curBuf = new Float64Array(NTAGS);
/**
 * Viterbi over tag bigrams: the best tag sequence given emission scores em[i*NTAGS+c], transition scores
 * trans[p*NTAGS+c] and, per token, whether only O is possible (forced). I- tags only continue their own class.
 */
export function viterbi(n: number, em: ArrayLike<number>, trans: ArrayLike<number>, out: Uint8Array, forced?: Uint8Array): Uint8Array {
  if (!n) return out;
  if (backBuf.length < n * NTAGS) backBuf = new Uint8Array(Math.max(n * NTAGS, backBuf.length * 2));
  const back = backBuf;
  let prev = prevBuf;
  let cur = curBuf;
  for (let c = 0; c < NTAGS; c++) prev[c] = allowed(0, c) && (c === 0 || !forced?.[0]) ? trans[c] + em[c] : NEG;
  for (let i = 1; i < n; i++) {
    const only0 = forced?.[i] === 1;
    for (let c = 0; c < NTAGS; c++) {
      if (only0 && c !== 0) {
        cur[c] = NEG;
        continue;
      }
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < NTAGS; p++) {
        if (!ALLOWED[p * NTAGS + c]) continue;
        const v = prev[p] + trans[p * NTAGS + c];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      cur[c] = best + em[i * NTAGS + c];
      back[i * NTAGS + c] = arg;
    }
    const x = prev;
    prev = cur;
    cur = x;
  }
  let g = 0;
  for (let c = 1; c < NTAGS; c++) if (prev[c] > prev[g]) g = c;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = g;
    g = back[i * NTAGS + g];
  }
  return out;
}

let tagBuf = new Uint8Array(4096);
let emBuf = new Int32Array(NTAGS * 4096);
let forcedBuf = new Uint8Array(4096);
const one = new Int32Array(FEATS);
/** How many tokens the last tagTokens calls settled by the early exit (for the trainer's report). */
export const exitStats = { tokens: 0, early: 0 };

/**
 * BIO tag ids of every token (Viterbi), computing features on the fly: the EARLY features first, and the rest only
 * when those leave O in doubt. `partial`, when given, receives each token's O lead after the EARLY features (int8
 * units; used by the trainer to choose earlyExit). The result is a reused buffer.
 */
export function tagTokens(model: TaggerModel, t: Tokens, partial?: Int32Array): Uint8Array {
  const q = model.q;
  const n = t.n;
  if (tagBuf.length < n) {
    tagBuf = new Uint8Array(Math.max(n, tagBuf.length * 2));
    forcedBuf = new Uint8Array(tagBuf.length);
    emBuf = new Int32Array(tagBuf.length * NTAGS);
  }
  const em = emBuf;
  const forced = forcedBuf;
  const margin = Math.round(model.margin / model.scale);
  const exit = partial ? Number.POSITIVE_INFINITY : model.earlyExit;
  const st = newLineState();
  let early = 0;
  let anyOpen = false;
  for (let i = 0; i < n; i++) {
    advance(t, i, st);
    earlyFeatures(t, i, one, 0);
    const e = i * NTAGS;
    // Nine tags, unrolled into locals (this loop is the tagger's cost).
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    let s8 = 0;
    for (let k = 0; k < EARLY; k++) {
      const b = one[k] * 9;
      s0 += q[b];
      s1 += q[b + 1];
      s2 += q[b + 2];
      s3 += q[b + 3];
      s4 += q[b + 4];
      s5 += q[b + 5];
      s6 += q[b + 6];
      s7 += q[b + 7];
      s8 += q[b + 8];
    }
    const lead = s0 - Math.max(s1, s2, s3, s4, s5, s6, s7, s8);
    if (partial) partial[i] = lead;
    if (lead >= exit) {
      early++;
      forced[i] = 1;
      em[e] = s0;
      afterToken(t, i, st);
      continue;
    }
    forced[i] = 0;
    anyOpen = true;
    lateFeatures(t, i, st, one, EARLY);
    for (let k = EARLY; k < FEATS; k++) {
      const b = one[k] * 9;
      s0 += q[b];
      s1 += q[b + 1];
      s2 += q[b + 2];
      s3 += q[b + 3];
      s4 += q[b + 4];
      s5 += q[b + 5];
      s6 += q[b + 6];
      s7 += q[b + 7];
      s8 += q[b + 8];
    }
    em[e] = s0;
    em[e + 1] = s1 - margin;
    em[e + 2] = s2 - margin;
    em[e + 3] = s3 - margin;
    em[e + 4] = s4 - margin;
    em[e + 5] = s5 - margin;
    em[e + 6] = s6 - margin;
    em[e + 7] = s7 - margin;
    em[e + 8] = s8 - margin;
    afterToken(t, i, st);
  }
  exitStats.tokens += n;
  exitStats.early += early;
  if (!anyOpen) return tagBuf.fill(0, 0, n);
  return viterbi(n, em, model.trans, tagBuf, forced);
}

/** Spans from BIO tags: a B- tag opens a span, I- tags of its class continue it over single spaces; a line break or a
 * column gap (several spaces, a tab) ends a span, since those separate fields. */
export function tagsToSpans(text: string, t: Tokens, tags: Uint8Array): PhiSpan[] {
  const out: PhiSpan[] = [];
  let open = -1;
  let cls = 0;
  const close = (endTok: number) => {
    if (open < 0) return;
    const start = t.start[open];
    const end = t.end[endTok];
    out.push({ type: CLASS_TYPE[TAG_CLASSES[cls - 1]], start, end, text: text.slice(start, end) });
    open = -1;
  };
  for (let i = 0; i < t.n; i++) {
    const g = tags[i];
    if (g === 0) {
      close(i - 1);
      continue;
    }
    const c = classOfTag(g);
    if (open < 0 || c !== cls || beginsSpan(g) || t.space[i] >= 2) {
      close(i - 1);
      open = i;
      cls = c;
    }
  }
  close(t.n - 1);
  return out;
}

/** Spans of one text, typed NAME / ADDRESS / EMPLOYER / OTHER_ID. */
export function tagPhi(model: TaggerModel, text: string): PhiSpan[] {
  const t = tokenize(text);
  if (!t.n) return [];
  return tagsToSpans(text, t, tagTokens(model, t));
}
