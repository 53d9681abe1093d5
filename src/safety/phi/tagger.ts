// A learned PHI tagger: an averaged-perceptron sequence tagger over tokens (one CJK character, one Latin/digit run,
// or one punctuation mark), decoded greedily left to right with the previous two tags as features. It finds what
// the rules miss because it reads context the way records are written (field labels, role nouns, prepositions,
// organisation and address grammar) instead of matching listed phrases. Tags: O, NAME, ADDRESS, EMPLOYER and ID
// (any other identifier value); no B/I split, since a redaction only needs the characters, not where one value ends. Features are hashed into a fixed table, so the model is one array.
// Weights are trained by `npm run train:deid` (bench/deid-train.ts) on generated records (bench/deid-docs.ts) and
// real clinical text as negatives, and shipped as deflated int8 in tagger-weights.generated.ts. Pure functions:
// the same text always gives the same spans.
import { deflateSync, inflateSync } from 'node:zlib';
import type { PhiSpan, PhiType } from '../../core/phi-types.js';
import { GIVEN_CHARS } from './given-names.js';
import { COMMON_CAPITALISED, FIRST_NAMES } from './names-en-lists.js';
import { SURNAME_WORDS } from './structure.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

export const TAGS = ['O', 'NAME', 'ADDRESS', 'EMPLOYER', 'ID'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length; // tagTokens unrolls exactly these five
/** The tagger's classes and the identifier type each is reported as. */
export const TAG_CLASSES = ['NAME', 'ADDRESS', 'EMPLOYER', 'ID'] as const;
export type TagClass = (typeof TAG_CLASSES)[number];
const CLASS_TYPE: Record<TagClass, PhiType> = { NAME: 'NAME', ADDRESS: 'ADDRESS', EMPLOYER: 'EMPLOYER', ID: 'OTHER_ID' };

/** log2 of the hashed feature table size. */
export const HASH_BITS = 17;
export const DIM = 1 << HASH_BITS;
const MASK = DIM - 1;

// ---- tokens (struct of arrays, buffers reused between calls) --------------------------------------------------
/** Token kinds. */
export const KIND_CJK = 1;
export const KIND_LETTERS = 2;
export const KIND_DIGITS = 3;
export const KIND_ALNUM = 4;
export const KIND_PUNCT = 5;

/** Tokens of one text: a CJK character, a run of letters/digits, or one other mark. Whitespace is not a token. */
export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** Hash of the normalised form (lower case; digit-bearing tokens by shape). */
  h: Int32Array;
  /** Hash of the shape (Xxxx → Xx, 4 digits → d4 …). */
  shape: Int32Array;
  /** Lexicon bits (LEX_*). */
  lex: Uint8Array;
  /** Whitespace before: 0 none, 1 one space, 2 a wider gap (several spaces, tab, ideographic space), 3 a line break. */
  space: Uint8Array;
}

const isCjk = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f);
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);

/** 32-bit FNV-1a of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) | 0;
};

const LEX_SURNAME = 1;
const LEX_GIVEN = 2;
const LEX_FIRST = 4;
const LEX_LASTWORD = 8;
const LEX_COMMON = 16;
const LEX_COMPOUND = 32;
const LEX_CAP = 64;
const ZH_SURNAME = new Set(SINGLE_SURNAMES);
const ZH_COMPOUND_FIRST = new Set(COMPOUND_SURNAMES.map((s) => s[0]));

function shapeOf(s: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = isDigit(c) ? 'd' : isUpper(c) ? 'X' : isLetter(c) ? 'x' : s[i];
    if (k === last) {
      run++;
      continue;
    }
    if (last === 'd') out += run > 4 ? '+' : String(run);
    out += k;
    last = k;
    run = 1;
  }
  if (last === 'd') out += run > 4 ? '+' : String(run);
  return out.length > 8 ? `${out.slice(0, 4)}~${out.slice(-3)}` : out;
}

const wordCache = new Map<string, number[]>();
function wordInfo(w: string): number[] {
  const hit = wordCache.get(w);
  if (hit) return hit;
  const hasDigit = /\d/.test(w);
  const norm = hasDigit ? `#${shapeOf(w)}` : w.toLowerCase();
  let lex = isUpper(w.charCodeAt(0)) ? LEX_CAP : 0;
  if (!hasDigit) {
    const cap = w[0].toUpperCase() + w.slice(1).toLowerCase();
    if (FIRST_NAMES.has(cap)) lex |= LEX_FIRST;
    if (SURNAME_WORDS.has(cap)) lex |= LEX_LASTWORD;
    if (COMMON_CAPITALISED.has(cap)) lex |= LEX_COMMON;
  }
  const info = [hashString(norm), hashString(shapeOf(w)), lex];
  if (wordCache.size < 200_000) wordCache.set(w, info);
  return info;
}
const CJK_H = new Int32Array(0x10000);
const CJK_LEX = new Uint8Array(0x10000);
const CJK_READY = new Uint8Array(0x10000);
function cjkInfo(c: number): void {
  const ch = String.fromCharCode(c);
  let lex = 0;
  if (ZH_SURNAME.has(ch)) lex |= LEX_SURNAME;
  if (GIVEN_CHARS.has(ch)) lex |= LEX_GIVEN;
  if (ZH_COMPOUND_FIRST.has(ch)) lex |= LEX_COMPOUND;
  CJK_H[c] = hashString(ch);
  CJK_LEX[c] = lex;
  CJK_READY[c] = 1;
}
const PUNCT_H = new Int32Array(0x10000);
const PUNCT_READY = new Uint8Array(0x10000);
const SHAPE_C = hashString('C');

function allocTokens(cap: number): Tokens {
  return {
    n: 0,
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    kind: new Uint8Array(cap),
    h: new Int32Array(cap),
    shape: new Int32Array(cap),
    lex: new Uint8Array(cap),
    space: new Uint8Array(cap),
  };
}
let shared = allocTokens(4096);

/** Split a text into tokens. The result is a reused buffer: valid until the next call. */
export function tokenize(text: string): Tokens {
  const len = text.length;
  if (shared.start.length < len + 1) shared = allocTokens(Math.max(len + 1, shared.start.length * 2));
  const t = shared;
  let n = 0;
  let space = 0;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      space = 3;
      i++;
      continue;
    }
    if (c === 32 || c === 0xa0) {
      if (space < 3) space = space ? 2 : 1;
      i++;
      continue;
    }
    if (c === 9 || c === 0x3000) {
      if (space < 3) space = 2;
      i++;
      continue;
    }
    t.start[n] = i;
    t.space[n] = space;
    space = 0;
    if (isCjk(c)) {
      if (!CJK_READY[c]) cjkInfo(c);
      t.end[n] = i + 1;
      t.kind[n] = KIND_CJK;
      t.h[n] = CJK_H[c];
      t.shape[n] = SHAPE_C;
      t.lex[n] = CJK_LEX[c];
      i++;
    } else if (isLetter(c) || isDigit(c)) {
      let j = i + 1;
      let letters = isLetter(c);
      let digits = !letters;
      while (j < len) {
        const d = text.charCodeAt(j);
        if (isLetter(d)) letters = true;
        else if (isDigit(d)) digits = true;
        else if (!((d === 39 || d === 0x2019) && letters && j + 1 < len && isLetter(text.charCodeAt(j + 1)))) break;
        j++;
      }
      const info = wordInfo(text.slice(i, j));
      t.end[n] = j;
      t.kind[n] = letters && digits ? KIND_ALNUM : digits ? KIND_DIGITS : KIND_LETTERS;
      t.h[n] = info[0];
      t.shape[n] = info[1];
      t.lex[n] = info[2];
      i = j;
    } else {
      if (!PUNCT_READY[c]) {
        PUNCT_H[c] = hashString(String.fromCharCode(c));
        PUNCT_READY[c] = 1;
      }
      t.end[n] = i + 1;
      t.kind[n] = KIND_PUNCT;
      t.h[n] = PUNCT_H[c];
      t.shape[n] = PUNCT_H[c];
      t.lex[n] = 0;
      i++;
    }
    n++;
  }
  t.n = n;
  return t;
}

// ---- features --------------------------------------------------------------------------------------------------
const PAD = hashString('<pad>');
const COLON_A = hashString(':');
const COLON_B = hashString('：');
/** Static features per token (everything but the previous tags): EARLY first, then the rest. */
export const FEATS = 22;
/** The features summed first; when they already make O sure enough, decoding skips the rest (see earlyExit). */
export const EARLY = 6;
let featBuf = new Int32Array(FEATS * 4096);

/** Where a token sits in its line: set by `advance` for token i before its features are read. */
interface LineState {
  lineStart: number;
  afterColon: number;
  lineHead: number;
}
const advance = (t: Tokens, i: number, st: LineState): void => {
  if (t.space[i] === 3 || i === 0) {
    st.lineStart = i;
    st.afterColon = 0;
    st.lineHead = t.h[i];
  }
};
const afterToken = (t: Tokens, i: number, st: LineState): void => {
  const h0 = t.h[i];
  if (h0 === COLON_A || h0 === COLON_B) st.afterColon = 1;
  else if (st.afterColon > 0) st.afterColon++;
};

/** The EARLY features of token i into f[k..k+EARLY). Each template id is mixed in, so templates never share a slot. */
function earlyFeatures(t: Tokens, i: number, f: Int32Array, k: number): void {
  const n = t.n;
  const H = t.h;
  const h0 = H[i];
  const hm1 = i > 0 ? H[i - 1] : PAD;
  const hp1 = i + 1 < n ? H[i + 1] : PAD;
  const l0 = t.lex[i];
  const lm1 = i > 0 ? t.lex[i - 1] : 0;
  f[k] = mix(1, 0) & MASK;
  f[k + 1] = mix(2, h0) & MASK;
  f[k + 2] = mix(9, mix(hm1, h0)) & MASK;
  f[k + 3] = mix(10, mix(h0, hp1)) & MASK;
  f[k + 4] = mix(15, l0 * 128 + lm1) & MASK;
  f[k + 5] = mix(25, mix(h0, l0 * 8 + t.kind[i])) & MASK;
}

/** The other FEATS − EARLY features of token i into f[k..]. */
function lateFeatures(t: Tokens, i: number, st: LineState, f: Int32Array, k: number): void {
  const n = t.n;
  const H = t.h;
  const SH = t.shape;
  const sp = t.space[i];
  const h0 = H[i];
  const hm1 = i > 0 ? H[i - 1] : PAD;
  const hm2 = i > 1 ? H[i - 2] : PAD;
  const hm3 = i > 2 ? H[i - 3] : PAD;
  const hp1 = i + 1 < n ? H[i + 1] : PAD;
  const hp2 = i + 2 < n ? H[i + 2] : PAD;
  const s0 = SH[i];
  const sm1 = i > 0 ? SH[i - 1] : PAD;
  const sp1 = i + 1 < n ? SH[i + 1] : PAD;
  const l0 = t.lex[i];
  const lp1 = i + 1 < n ? t.lex[i + 1] : 0;
  const nextSp = i + 1 < n ? t.space[i + 1] : 4;
  const ac = st.afterColon;
  f[k] = mix(3, s0) & MASK;
  f[k + 1] = mix(4, hm1) & MASK;
  f[k + 2] = mix(5, hm2) & MASK;
  f[k + 3] = mix(7, hp1) & MASK;
  f[k + 4] = mix(8, hp2) & MASK;
  f[k + 5] = mix(11, mix(hm2, hm1)) & MASK;
  f[k + 6] = mix(12, mix(mix(hm3, hm2), hm1)) & MASK;
  f[k + 7] = mix(14, mix(mix(sm1, s0), sp1)) & MASK;
  f[k + 8] = mix(16, l0 * 128 + lp1) & MASK;
  f[k + 9] = mix(19, Math.min(i - st.lineStart, 6) * 16 + sp * 2 + (ac > 0 ? 1 : 0)) & MASK;
  f[k + 10] = mix(20, mix(st.lineHead, ac > 3 ? 3 : ac)) & MASK;
  f[k + 11] = mix(21, mix(sm1, h0)) & MASK;
  f[k + 12] = mix(23, mix(s0, hp1)) & MASK;
  f[k + 13] = mix(30, nextSp * 8 + sp) & MASK;
  f[k + 14] = mix(27, mix(mix(h0, hp1), hp2)) & MASK;
  f[k + 15] = mix(28, mix(mix(hm2, hm1), h0)) & MASK;
}

/**
 * Static features of every token, FEATS per token (token i owns feats[i*FEATS ..], the EARLY ones first). The result
 * is a reused buffer: valid until the next call.
 */
export function staticFeatures(t: Tokens): Int32Array {
  const n = t.n;
  if (featBuf.length < n * FEATS) featBuf = new Int32Array(Math.max(n * FEATS, featBuf.length * 2));
  const st: LineState = { lineStart: 0, afterColon: 0, lineHead: PAD };
  for (let i = 0; i < n; i++) {
    advance(t, i, st);
    earlyFeatures(t, i, featBuf, i * FEATS);
    lateFeatures(t, i, st, featBuf, i * FEATS + EARLY);
    afterToken(t, i, st);
  }
  return featBuf;
}

/** Features of the previous tags (computed while decoding): 3 slots. */
const DYN = 3;
const dyn0 = (p1: number): number => mix(101, p1) & MASK;
const dyn1 = (p1: number, p2: number): number => mix(102, p2 * 16 + p1) & MASK;
const dyn2 = (p1: number, h0: number): number => mix(103, mix(p1, h0)) & MASK;

// ---- model -----------------------------------------------------------------------------------------------------
export interface TaggerWeights {
  version: number;
  hashBits: number;
  tags: readonly string[];
  /** Dequantisation scale: w = int8 × scale. */
  scale: number;
  /** Decision margin over O, in weight units (see TaggerModel). */
  margin: number;
  /** Early exit: O wins outright when the EARLY features alone put it this far ahead (int8 units); absent = never. */
  earlyExit?: number;
  /** base64 of deflated Int8Array(DIM × tags), feature-major. */
  weights: string;
  trainedOn: { docs: number; negatives: number; epochs: number; seed: number };
}

export interface TaggerModel {
  /** int8 weights, feature-major (the tags of one feature share a cache line). */
  q: Int8Array;
  scale: number;
  /** A tag other than O must beat O by this much (weight units; chosen at training time on generated held-out records). */
  margin: number;
  /** See TaggerWeights.earlyExit (int8 units; Infinity = never). */
  earlyExit: number;
}

export function decodeTagger(meta: TaggerWeights): TaggerModel {
  if (meta.hashBits !== HASH_BITS || meta.tags.join() !== TAGS.join()) {
    throw new Error('phi tagger: the weights were trained for other features; retrain with npm run train:deid');
  }
  const raw = inflateSync(Buffer.from(meta.weights, 'base64'));
  const q = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  if (q.length !== DIM * NTAGS) throw new Error(`phi tagger: expected ${DIM * NTAGS} weights, found ${q.length}`);
  return { q, scale: meta.scale, margin: meta.margin, earlyExit: meta.earlyExit ?? Number.POSITIVE_INFINITY };
}

let tagBuf = new Uint8Array(4096);
const one = new Int32Array(FEATS);
/** How many tokens the last tagTokens call settled by the early exit (for the trainer's report). */
export const exitStats = { tokens: 0, early: 0 };

/**
 * Tag ids of every token (greedy decoding), computing features on the fly: the EARLY features first, and the rest
 * only when those leave O in doubt (or a span is open). `partial`, when given, receives each token's O lead after
 * the EARLY features (int8 units; used by the trainer to choose earlyExit). The result is a reused buffer.
 */
export function tagTokens(model: TaggerModel, t: Tokens, partial?: Int32Array): Uint8Array {
  const q = model.q;
  const n = t.n;
  if (tagBuf.length < n) tagBuf = new Uint8Array(Math.max(n, tagBuf.length * 2));
  const tags = tagBuf;
  const margin = model.margin / model.scale;
  const exit = partial ? Number.POSITIVE_INFINITY : model.earlyExit;
  const st: LineState = { lineStart: 0, afterColon: 0, lineHead: PAD };
  let p1 = 0;
  let p2 = 0;
  let early = 0;
  for (let i = 0; i < n; i++) {
    advance(t, i, st);
    earlyFeatures(t, i, one, 0);
    // Five tags, unrolled: O, NAME, ADDRESS, EMPLOYER, ID.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    for (let k = 0; k < EARLY; k++) {
      const b = one[k] * 5;
      s0 += q[b];
      s1 += q[b + 1];
      s2 += q[b + 2];
      s3 += q[b + 3];
      s4 += q[b + 4];
    }
    const lead = s0 - Math.max(s1, s2, s3, s4);
    if (partial) partial[i] = lead;
    if (p1 === 0 && lead >= exit) {
      early++;
      tags[i] = 0;
      p2 = p1;
      p1 = 0;
      afterToken(t, i, st);
      continue;
    }
    lateFeatures(t, i, st, one, EARLY);
    for (let k = EARLY; k < FEATS + DYN; k++) {
      const b = (k < FEATS ? one[k] : k === FEATS ? dyn0(p1) : k === FEATS + 1 ? dyn1(p1, p2) : dyn2(p1, t.h[i])) * 5;
      s0 += q[b];
      s1 += q[b + 1];
      s2 += q[b + 2];
      s3 += q[b + 3];
      s4 += q[b + 4];
    }
    let best = 0;
    let top = s0;
    if (s1 > top) {
      best = 1;
      top = s1;
    }
    if (s2 > top) {
      best = 2;
      top = s2;
    }
    if (s3 > top) {
      best = 3;
      top = s3;
    }
    if (s4 > top) {
      best = 4;
      top = s4;
    }
    if (best !== 0 && top - s0 < margin) best = 0;
    tags[i] = best;
    p2 = p1;
    p1 = best;
    afterToken(t, i, st);
  }
  exitStats.tokens += n;
  exitStats.early += early;
  return tags;
}

/** Spans from token tags: a run of one class with the whitespace between its tokens; a line break or a
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
    if (open < 0 || g !== cls || t.space[i] >= 2) {
      close(i - 1);
      open = i;
      cls = g;
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

// ---- training (averaged perceptron) ----------------------------------------------------------------------------
export interface TrainingExample {
  text: string;
  spans: readonly { start: number; end: number; cls: TagClass }[];
}

/** Gold tag ids of an example's tokens: a token takes the class of the span its first character is in. */
export function goldTags(t: Tokens, spans: TrainingExample['spans']): Uint8Array {
  const tags = new Uint8Array(t.n);
  for (let i = 0; i < t.n; i++) {
    const a = t.start[i];
    const b = t.end[i];
    const s = spans.find((x) => a < x.end && x.start < b);
    if (s) tags[i] = TAG_CLASSES.indexOf(s.cls) + 1;
  }
  return tags;
}

export class PerceptronTrainer {
  readonly w = new Float32Array(DIM * NTAGS);
  private readonly u = new Float32Array(DIM * NTAGS);
  private c = 1;

  private bump(f: number, tag: number, by: number): void {
    this.w[f * NTAGS + tag] += by;
    this.u[f * NTAGS + tag] += by * this.c;
  }

  /**
   * One pass over one example; returns the number of token errors. `dropLexicon` hides the name lists for this
   * example, so the model also learns to find names by their context alone.
   */
  learn(ex: TrainingExample, dropLexicon = false): number {
    const t = tokenize(ex.text);
    if (!t.n) return 0;
    if (dropLexicon) t.lex.fill(0, 0, t.n);
    const gold = goldTags(t, ex.spans);
    const f = staticFeatures(t);
    const s = new Float32Array(NTAGS);
    const dyn = new Int32Array(DYN);
    let p1 = 0;
    let p2 = 0;
    let errors = 0;
    const w = this.w;
    for (let i = 0; i < t.n; i++) {
      s.fill(0);
      const k0 = i * FEATS;
      for (let k = k0; k < k0 + FEATS; k++) {
        const base = f[k] * NTAGS;
        for (let c = 0; c < NTAGS; c++) s[c] += w[base + c];
      }
      dyn[0] = dyn0(p1);
      dyn[1] = dyn1(p1, p2);
      dyn[2] = dyn2(p1, t.h[i]);
      for (let k = 0; k < DYN; k++) {
        const base = dyn[k] * NTAGS;
        for (let c = 0; c < NTAGS; c++) s[c] += w[base + c];
      }
      let best = 0;
      for (let c = 1; c < NTAGS; c++) if (s[c] > s[best]) best = c;
      const g = gold[i];
      if (best !== g) {
        errors++;
        for (let k = k0; k < k0 + FEATS; k++) {
          this.bump(f[k], g, 1);
          this.bump(f[k], best, -1);
        }
        for (let k = 0; k < DYN; k++) {
          this.bump(dyn[k], g, 1);
          this.bump(dyn[k], best, -1);
        }
      }
      this.c++;
      // Condition on the predicted history (as at inference), so mistakes early in a span are learned from.
      p2 = p1;
      p1 = best;
    }
    return errors;
  }

  /** Averaged weights. */
  averaged(): Float32Array {
    const out = new Float32Array(this.w.length);
    for (let i = 0; i < out.length; i++) out[i] = this.w[i] - this.u[i] / this.c;
    return out;
  }
}

/** Quantise weights to int8 (clipped at the 99.95th percentile of |w|) and pack them deflated, base64. */
export function packWeights(w: Float32Array): { scale: number; weights: string } {
  const mags: number[] = [];
  for (let i = 0; i < w.length; i++) if (w[i] !== 0) mags.push(Math.abs(w[i]));
  mags.sort((a, b) => a - b);
  const clip = mags.length ? mags[Math.floor(mags.length * 0.9995)] : 1;
  const scale = clip / 127 || 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i] / scale)));
  return { scale, weights: deflateSync(Buffer.from(q.buffer), { level: 9 }).toString('base64') };
}
