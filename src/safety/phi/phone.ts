// Phone numbers: Chinese mobiles (1[3-9]x, with +86 / spaces / dashes), Chinese landlines (area code 0xx(x)),
// US/NANP formats, and any 7–15 digit run right after a phone cue (电话/手机/tel/phone). A number right after a
// fax label (传真/fax) is typed FAX.
import type { PhiSpan, PhiType } from '../types.js';
import { cueBefore, span } from './span.js';

// Not a piece of a longer grouped number (bank cards: "6222 0212 3456 7890").
const NB = '(?<![0-9A-Za-z])(?<!\\d{3}[-\\s])';
const NA = '(?![0-9A-Za-z])(?![-\\s]\\d{3})';
/** An extension after the number belongs to it ("转61752", "轉 7452", "分機3321", "ext. 204"). */
const EXT = '[-转轉]\\d{1,5}|[ \\t]?(?:转|轉|分機|分机|內線|内线|ext\\.?|x)[ \\t]?\\d{1,6}';
/** Any national number dialled with its trunk 0, the area code and two groups apart: 08 9721 4455 (AU), 06 867 1122
 *  (NZ), 01 837 4410 (IE), 07-225 7000 (MY), 0932-118-476 (TW mobile) — nine digits or more, so a date ("01 02 23") or a
 *  count never takes the shape; four-digit times of day are left out. Read apart, after the address chains. */
const TRUNK_PHONE = new RegExp(
  `${NB}0(?:\\d[- \\t]\\d{3}[- \\t]\\d{4}|\\d[- \\t]\\d{4}[- \\t]\\d{3,4}|\\d{2,3}[- \\t]\\d{3,4}[- \\t]\\d{3,4})(?:${EXT})?${NA}`,
  'g',
);
const PATTERNS: RegExp[] = [
  // CN mobile: 13812345678, 138-1234-5678, 138 1234 5678, +86 138…, 0086-138…
  new RegExp(`${NB}(?:(?:\\+|00)86[- \\t]?)?1[3-9]\\d(?:[- \\t]?\\d{4}){2}${NA}`, 'g'),
  // CN landline with separator: 010-12345678, (021)12345678, 0755 8888 8888, 0571-8888888-123
  new RegExp(`${NB}(?:\\(0\\d{2,3}\\)[ \\t]?|0\\d{2,3}[- \\t])\\d{3,4}[- \\t]?\\d{4}(?:${EXT})?${NA}`, 'g'),
  // NANP: (415) 555-0123, 415-555-0123, 415.555.0123, +1 415 555 0123, 1-800-555-0123
  new RegExp(`${NB}(?:\\+?1[-. \\t]?)?(?:\\(\\d{3}\\)[ \\t]?|\\d{3}[-. \\t])\\d{3}[-. \\t]\\d{4}(?:[ \\t]?(?:x|ext\\.?)[ \\t]?\\d{1,5})?${NA}`, 'g'),
  // UK national: 07823 440 196, 01786 552 019, 020 7946 0958, 0161 496 0000
  new RegExp(`${NB}0(?:\\d{4}[ \\t]\\d{3}[ \\t]\\d{3}|\\d{2}[ \\t]\\d{4}[ \\t]\\d{4}|\\d{3}[ \\t]\\d{3}[ \\t]\\d{4})${NA}`, 'g'),
  // Australia and Taiwan: (03) 5821 4477, 07-312-1101 轉 7452, 02-2957-6100
  new RegExp(`${NB}(?:\\(0\\d\\)[ \\t]?\\d{4}[- \\t]?\\d{4}|0\\d-\\d{3,4}-\\d{4})(?:${EXT})?${NA}`, 'g'),
  // International with +CC: +44 20 7946 0958, +852 2345 6789
  new RegExp(`${NB}\\+(?:[2-9]\\d{0,2})[- \\t]?\\d{1,4}(?:[- \\t]?\\d{2,4}){2,3}${NA}`, 'g'),
];
const CUE =
  /(?:电话|手机|座机|联系方式|联系电话|手机号|号码|微信|传真|tel|phone|mobile|cell|fax|call me at|text me at|contact|reach me at|pager|beeper|call|text|dial|ring|whatsapp)\s*(?:号码?|no\.?|number|#)?\s*(?:是|为)?\s*[:：]?\s*$/i;
const FAX_CUE = /(?:传真(?:号码?)?|fax(?:\s*(?:no\.?|number|#))?|facsimile)\s*(?:是|为|is)?\s*[:：]?\s*$/i;
// Ideographic spaces separate form fields, so they never join two numbers into one.
const CUED_DIGITS = /(?<![0-9])\+?\d[\d \t-]{5,17}\d(?![0-9])/g;

function typeAt(text: string, start: number): 'PHONE' | 'FAX' {
  return cueBefore(text, start, FAX_CUE, 18) ? 'FAX' : 'PHONE';
}

/** Every phone has a run of at least seven digits with separators at most: skip texts without one. */
const GATE = /\d(?:[-\s.()]{0,2}\d){6}/;

/** An internal line after its own word — "bleep 2291", "pager 3318", "Ext 4418", "x6-2214", "分机8346" — and the last
 * digits of a phone or an id told as such ("手机尾号2716", "身份证…尾号4417", "ending in 4471"): a part of a number
 * still identifies; the type is the number's named nearest before the cue. */
const INTERNAL =
  /(?<![A-Za-z0-9])(?:bleep|pager|ext\.?|extension|x(?=\d))[ \t]*(?:no\.?|#|:)?[ \t]*(\d(?:-?\d){2,5})(?![\d-])|(?:分机|分機|内线|內線|短号|短號)[ \t]*[:：]?[ \t]*(\d{3,6})(?!\d)/gi;
/** The words that tell the last digits follow (TAIL, and the cue that sends a text through partialNumbers). Its last
 *  alternative is "last four", so TAIL's "(?: digits?)…" after it reads "last four digits of it is" as before. */
const TAIL_WORDS = '尾号|尾號|后四位|後四位|末四位|ending (?:in|with)|ending(?= ?\\d)|last (?:four|4)';
const TAIL = new RegExp(`(?:${TAIL_WORDS}(?: digits?)?(?: of)?(?: it)?(?: is| are)?)[ \\t]*[:：是为]?[ \\t]*(\\d{3,6})(?!\\d)`, 'gi');
/** Any cue partialNumbers reads. */
const PARTIAL_CUE = new RegExp(`bleep|pager|\\bext(?![a-z])|\\bx\\d|分机|分機|内线|內線|短号|短號|${TAIL_WORDS}`, 'i');
const TAIL_TYPE: [RegExp, PhiType][] = [
  [/(?:身份证|身份證|ID card|SSN|social security)/gi, 'ID_CARD'],
  [/(?:卡|card|account|acct|账户|帳戶)/gi, 'ACCOUNT'],
  // A card network, as the brand is written, names a card as the word does ("Payment received 03/18/24, Visa ending
  // 4821"); a travel visa is written in lower case ("his visa ending in 2025").
  [/(?<![A-Za-z])(?:Visa|VISA|Master[Cc]ard|MASTERCARD|Amex|AMEX)(?![A-Za-z])/g, 'ACCOUNT'],
  [/(?:手机|手機|电话|電話|phone|mobile|cell)/gi, 'PHONE'],
];

function partialNumbers(text: string, out: PhiSpan[]): void {
  INTERNAL.lastIndex = 0;
  for (const m of text.matchAll(INTERNAL)) {
    const v = m[1] ?? m[2];
    const x = /^x$/i.test(m[0][0]) && m[1] !== undefined;
    // "x200" is a magnification or a count; an extension after a bare x has four or five digits.
    if (x && v.replace(/-/g, '').length < 4) continue;
    const at = (m.index ?? 0) + m[0].length - v.length;
    out.push(span('PHONE', text, x ? (m.index ?? 0) : at, at + v.length));
  }
  TAIL.lastIndex = 0;
  for (const m of text.matchAll(TAIL)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0);
    let best: { type: PhiType; at: number } | null = null;
    for (const [re, type] of TAIL_TYPE) {
      re.lastIndex = 0;
      const hits = [...before.matchAll(re)];
      const last = hits[hits.length - 1];
      if (last && (!best || (last.index ?? 0) > best.at)) best = { type, at: last.index ?? 0 };
    }
    if (!best) continue;
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    out.push(span(best.type, text, at, at + m[1].length));
  }
}

/** A schedule of 24-hour times ("obs 0800 1200 1600", "0600-1400-2200"): every group four digits and a time. */
function timesOfDay(value: string): boolean {
  const groups = value.split(/[- \t]+/);
  return groups.length >= 3 && groups.every((g) => /^(?:[01]\d|2[0-3])[0-5]\d$/.test(g));
}

/** Matches of the given patterns as phone (or fax) spans: 7–16 digits besides an extension, no run of times of day. */
function scanPhones(text: string, patterns: readonly RegExp[], out: PhiSpan[]): void {
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      // The extension's digits are not the number's ("0755-8601 3388转61752").
      const digits = m[0].replace(/[ \t]?(?:转|轉|分機|分机|內線|内线|ext\.?|x)[ \t]?\d+$/i, '').replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 16 || timesOfDay(m[0])) continue;
      out.push(span(typeAt(text, start), text, start, start + m[0].length));
    }
  }
}

/** Numbers dialled with a trunk 0 (TRUNK_PHONE). index.ts reads them after the address chains, so a number inside an
 *  address is part of it and never stops its growth. */
export function detectTrunkPhones(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (GATE.test(text)) scanPhones(text, [TRUNK_PHONE], out);
  return out;
}

export function detectPhones(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  // \b: 'text', 'next' and 'context' are no extension cue (they sent almost every English note through two scans).
  if (PARTIAL_CUE.test(text)) partialNumbers(text, out);
  if (!GATE.test(text)) return out;
  scanPhones(text, PATTERNS, out);
  for (const m of text.matchAll(CUED_DIGITS)) {
    const start = m.index ?? 0;
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15 && cueBefore(text, start, CUE, 14)) out.push(span(typeAt(text, start), text, start, start + m[0].length));
  }
  return out;
}
