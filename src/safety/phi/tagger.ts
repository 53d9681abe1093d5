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
// always gives the same spans.
import { inflateSync } from 'node:zlib';
import type { PhiSpan, PhiType } from '../../core/phi-types.js';
import { englishWord } from './frames.js';
import { GIVEN_CHARS } from './given-names.js';
import { COMMON_CAPITALISED, FIRST_NAMES } from './names-en-lists.js';
import { SURNAME_WORDS } from './structure.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

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
/** An ordinary English word (the 275k-word dictionary of frames.ts). */
const LEX_ENGLISH = 128;
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
    if (w.length > 1 && englishWord(w)) lex |= LEX_ENGLISH;
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
/** Static features per token: EARLY first, then the rest. */
export const FEATS = 28;
/** The features summed first; when they already make O sure enough, decoding skips the rest (see earlyExit). */
export const EARLY = 6;
let featBuf = new Int32Array(FEATS * 4096);

/** Where a token sits in its line: set by `advance` for token i before its features are read. */
interface LineState {
  lineStart: number;
  afterColon: number;
  lineHead: number;
  /** The field label: the two tokens before the line's last colon (PAD before any colon). */
  label: number;
}
const newLineState = (): LineState => ({ lineStart: 0, afterColon: 0, lineHead: PAD, label: PAD });
const advance = (t: Tokens, i: number, st: LineState): void => {
  if (t.space[i] === 3 || i === 0) {
    st.lineStart = i;
    st.afterColon = 0;
    st.lineHead = t.h[i];
    st.label = PAD;
  }
};
const afterToken = (t: Tokens, i: number, st: LineState): void => {
  const h0 = t.h[i];
  if (h0 === COLON_A || h0 === COLON_B) {
    st.afterColon = 1;
    st.label = mix(i - 2 >= st.lineStart ? t.h[i - 2] : PAD, i - 1 >= st.lineStart ? t.h[i - 1] : PAD);
  } else if (st.afterColon > 0) st.afterColon++;
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
  f[k + 4] = mix(15, l0 * 256 + lm1) & MASK;
  f[k + 5] = mix(25, mix(h0, l0 * 8 + t.kind[i])) & MASK;
}

/** The other FEATS − EARLY features of token i into f[k..]. */
function lateFeatures(t: Tokens, i: number, st: LineState, f: Int32Array, k: number): void {
  const n = t.n;
  const H = t.h;
  const SH = t.shape;
  const L = t.lex;
  const sp = t.space[i];
  const h0 = H[i];
  const hm1 = i > 0 ? H[i - 1] : PAD;
  const hm2 = i > 1 ? H[i - 2] : PAD;
  const hm3 = i > 2 ? H[i - 3] : PAD;
  const hp1 = i + 1 < n ? H[i + 1] : PAD;
  const hp2 = i + 2 < n ? H[i + 2] : PAD;
  const s0 = SH[i];
  const sm1 = i > 0 ? SH[i - 1] : PAD;
  const sm2 = i > 1 ? SH[i - 2] : PAD;
  const sp1 = i + 1 < n ? SH[i + 1] : PAD;
  const sp2 = i + 2 < n ? SH[i + 2] : PAD;
  const l0 = L[i];
  const lm1 = i > 0 ? L[i - 1] : 0;
  const lm2 = i > 1 ? L[i - 2] : 0;
  const lp1 = i + 1 < n ? L[i + 1] : 0;
  const lp2 = i + 2 < n ? L[i + 2] : 0;
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
  f[k + 8] = mix(16, l0 * 256 + lp1) & MASK;
  f[k + 9] = mix(19, Math.min(i - st.lineStart, 6) * 16 + sp * 2 + (ac > 0 ? 1 : 0)) & MASK;
  f[k + 10] = mix(20, mix(st.lineHead, Math.min(ac, 3))) & MASK;
  f[k + 11] = mix(21, mix(sm1, h0)) & MASK;
  f[k + 12] = mix(23, mix(s0, hp1)) & MASK;
  f[k + 13] = mix(30, nextSp * 8 + sp) & MASK;
  f[k + 14] = mix(27, mix(mix(h0, hp1), hp2)) & MASK;
  f[k + 15] = mix(28, mix(mix(hm2, hm1), h0)) & MASK;
  // Shapes and lexicon bits two tokens either side, the field label of this line, and the label with this token's shape.
  f[k + 16] = mix(32, mix(sm2, sp2)) & MASK;
  f[k + 17] = mix(33, mix(mix(sm2, sm1), s0)) & MASK;
  f[k + 18] = mix(34, (lm2 * 256 + lm1) * 65536 + l0 * 256 + lp1) & MASK;
  f[k + 19] = mix(35, (l0 * 256 + lp1) * 256 + lp2) & MASK;
  f[k + 20] = mix(36, mix(st.label, Math.min(ac, 4))) & MASK;
  f[k + 21] = mix(37, mix(st.label, s0)) & MASK;
}

/**
 * Static features of every token, FEATS per token (token i owns feats[i*FEATS ..], the EARLY ones first). The result
 * is a reused buffer: valid until the next call.
 */
export function staticFeatures(t: Tokens): Int32Array {
  const n = t.n;
  if (featBuf.length < n * FEATS) featBuf = new Int32Array(Math.max(n * FEATS, featBuf.length * 2));
  const st = newLineState();
  for (let i = 0; i < n; i++) {
    advance(t, i, st);
    earlyFeatures(t, i, featBuf, i * FEATS);
    lateFeatures(t, i, st, featBuf, i * FEATS + EARLY);
    afterToken(t, i, st);
  }
  return featBuf;
}

/** The tag-bigram feature (previous tag p; tag 0 before the first token). */
export const transFeature = (p: number): number => mix(101, p) & MASK;

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
