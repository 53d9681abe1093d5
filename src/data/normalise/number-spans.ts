// Number-bearing spans as values (number, exponent, unit), read independently of the normaliser so a test can prove
// normalisation never changes one. Reads raw forms too: full-width digits, circled list numbers (a number of their
// own), superscript exponents (10⁹ = 10^9), HTML tags and numeric entities skipped.
import { circledValue, FRACTIONS, SUPERSCRIPT } from './number-safe.js';

export interface NumberSpan {
  value: number;
  /** Exponent as written (10⁹ and 10^9 both "9"). */
  exp?: string;
  unit: string;
}

const ND = /\p{Nd}/u;
// ASCII first: the regex and NFKC only for the rare non-ASCII character (the corpus-wide property test reads ~40 MB).
const DIGIT = { test: (ch: string): boolean => (ch >= '0' && ch <= '9') || (ch > '\u007f' && ND.test(ch)) };
const digitOf = (ch: string): string => (ch <= '\u007f' ? ch : ch.normalize('NFKC'));
const nfkc1 = (ch: string): string => (ch <= '\u007f' ? ch : (ch.normalize('NFKC')[0] ?? ''));
const UNIT_CH = /[A-Za-zＡ-Ｚａ-ｚμµ%％‰°℃㎎㎏㎜㎝㎞㎖㎗㎘㏄㎍㎎/／⁰¹²³⁴⁵⁶⁷⁸⁹^㎡㎥㎠㎤㎟㎣㎢㎦]/u;

function canonicalUnit(u: string): string {
  let s = u.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+/gu, (run) => `^${[...run].map((c) => SUPERSCRIPT[c]).join('')}`).replace(/\^\^/g, '^');
  const map: Record<string, string> = { '㎡': 'm^2', '㎥': 'm^3', '㎠': 'cm^2', '㎤': 'cm^3', '㎟': 'mm^2', '㎣': 'mm^3', '㎢': 'km^2', '㎦': 'km^3' };
  s = [...s].map((c) => map[c] ?? c).join('');
  return s.normalize('NFKC').replace(/µ/g, 'μ').toLowerCase();
}

/** Every number in the text with its exponent and the unit right after it (in reading order). */
const ANY_NUMBER = /[\p{Nd}\u2460-\u24ff\u2776-\u2793\u3251-\u32bf½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/u;

export function numberSpans(text: string): NumberSpan[] {
  if (!ANY_NUMBER.test(text)) return [];
  const t = text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/g, (tag: string, _a: unknown, at: number, all: string) =>
      /\p{Nd}/u.test(all[at - 1] ?? '') && /\p{Nd}/u.test(all[at + tag.length] ?? '') ? ' ' : '',
    )
    .replace(/&#x?[0-9a-f]+;/gi, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&(amp|lt|gt|quot);/gi, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e.toLowerCase()] ?? ' ')
    // A vulgar fraction reads as its numerator and denominator, apart from a whole number before it (1½ = 1 1/2).
    .replace(/[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/gu, (f: string, at: number, all: string) => {
      const before = at > 0 && /[\p{Nd}⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻^+.．\-½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/u.test(all[at - 1]) ? ' ' : '';
      const after = /\p{Nd}/u.test(all[at + 1] ?? '') ? ' ' : '';
      return `${before}${FRACTIONS[f]}${after}`;
    });
  const chars = [...t];
  const out: NumberSpan[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    const circ = circledValue(ch);
    if (circ !== undefined) {
      out.push({ value: circ, unit: '(list)' });
      i++;
      continue;
    }
    // Parenthesised list numbers "(2)" read like circled ones, so ② and (2) compare equal.
    if ((ch === '(' || ch === '（') && i + 2 < chars.length && DIGIT.test(chars[i + 1])) {
      let j = i + 1;
      let d = '';
      while (j < chars.length && DIGIT.test(chars[j])) d += digitOf(chars[j++]);
      if ((chars[j] === ')' || chars[j] === '）') && d.length <= 2) {
        out.push({ value: Number(d), unit: '(list)' });
        i = j + 1;
        continue;
      }
    }
    // An exponent on a unit without a number (㎡ read as m^2) is part of the unit, not a number.
    if (ch in SUPERSCRIPT) {
      while (i < chars.length && chars[i] in SUPERSCRIPT) i++;
      continue;
    }
    if (ch === '^') {
      i++;
      while (i < chars.length && (/[+-]/.test(chars[i]) || DIGIT.test(chars[i]))) i++;
      continue;
    }
    if (!DIGIT.test(ch)) {
      i++;
      continue;
    }
    let num = '';
    while (i < chars.length && DIGIT.test(chars[i])) num += digitOf(chars[i++]);
    if ((chars[i] === '.' || chars[i] === '．') && i + 1 < chars.length && DIGIT.test(chars[i + 1])) {
      num += '.';
      i++;
      while (i < chars.length && DIGIT.test(chars[i])) num += digitOf(chars[i++]);
    }
    const span: NumberSpan = { value: Number(num), unit: '' };
    // Exponent: superscripts, or ^ followed by digits.
    let exp = '';
    if (chars[i] === '^') {
      let j = i + 1;
      let e = '';
      while ((j < chars.length && /[+-]/.test(chars[j])) || DIGIT.test(chars[j] ?? '')) e += digitOf(chars[j++]);
      if (/\d/.test(e)) {
        exp = e;
        i = j;
      }
    } else if (chars[i] in SUPERSCRIPT) {
      const at = i;
      while (i < chars.length && chars[i] in SUPERSCRIPT) exp += SUPERSCRIPT[chars[i++]];
      if (!/\d/.test(exp)) {
        exp = '';
        i = at;
      }
    }
    if (exp) span.exp = exp;
    let j = i;
    while (j < chars.length && /[ \t\u00a0\u3000]/u.test(chars[j])) j++;
    let unit = '';
    // A unit character is judged by its NFKC form (º folds to o, so both sides read the same unit).
    while (j < chars.length && (chars[j] in SUPERSCRIPT || UNIT_CH.test(nfkc1(chars[j])))) {
      if (chars[j] === '^' && !(j + 1 < chars.length && /[\d+-]/.test(chars[j + 1]))) break;
      if (chars[j] in SUPERSCRIPT) {
        while (j < chars.length && chars[j] in SUPERSCRIPT) unit += chars[j++];
        continue;
      }
      unit += chars[j++];
      // ^2 inside a unit (m^2) carries its digits along.
      if (unit.endsWith('^')) while (j < chars.length && /[\d+-]/.test(chars[j])) unit += chars[j++];
    }
    if (unit) {
      span.unit = canonicalUnit(unit);
      i = j;
    }
    out.push(span);
  }
  return out;
}

export const spanKey = (s: NumberSpan): string => `${s.value}${s.exp !== undefined ? `e${s.exp}` : ''}${s.unit ? ` ${s.unit}` : ''}`;
