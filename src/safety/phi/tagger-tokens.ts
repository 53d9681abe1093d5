// Tokens of the learned PHI tagger (tagger.ts): one CJK character, one Latin/digit run, or one punctuation mark,
// with a hashed normal form, a hashed shape and lexicon bits (surname, given-name character, first name, last-name
// word, common capitalised word, ordinary English word). Struct of arrays in buffers reused between calls, because
// tokenising is on the hot path of every de-identified record.
import { isHanCode } from '../../core/lang.js';
import { englishWord } from '../../knowledge/english-words.js';
import { GIVEN_CHARS } from './given-names.js';
import { COMMON_CAPITALISED, FIRST_NAMES } from './names-en-lists.js';
import { SURNAME_WORDS } from './structure.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

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
/** Mix two hashes (feature templates combine token hashes with it). */
export const mix = (a: number, b: number): number => {
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
    if (isHanCode(c)) {
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
