// Unicode NFKC with full-width → half-width folding, keeping Chinese punctuation full-width (，。：；？！).
import { protectNumbers } from './number-safe.js';

/** CJK punctuation NFKC would fold to ASCII; in Chinese text it carries meaning (and tokenisers expect it). */
const CJK_PUNCT = /[，。：；？！（）【】「」『』、《》“”‘’…—～]/u;
const KEEP_RE = new RegExp(`(${CJK_PUNCT.source.slice(0, -1)}]+)`, 'u');
// Compiled once, not per text (split copies the splitter and never moves its lastIndex, so one object serves every call).
const KEEP_SPLIT = new RegExp(KEEP_RE.source, 'gu');

const SUBSCRIPT = /[₀-₉₊₋]/u;
const SUBSCRIPT_SPLIT = /([₀-₉₊₋]+)/u;

export interface UnicodeOptions {
  /** Keep full-width CJK punctuation when the text contains Han characters (default true). */
  keepCjkPunctuation: boolean;
}

export function normaliseUnicode(raw: string, options: UnicodeOptions = { keepCjkPunctuation: true }): string {
  // Circled numbers, superscripts, fractions and unit symbols first: NFKC would fuse them into the next number.
  const text = protectNumbers(raw);
  // Subscript digits (H₂O, CO₂) stay as written: folded, they would read as numbers.
  if (SUBSCRIPT.test(text))
    return text
      .split(SUBSCRIPT_SPLIT)
      .map((part, i) => (i % 2 === 1 ? part : normaliseUnicode(part, options)))
      .join('');
  if (!options.keepCjkPunctuation || !/\p{Script=Han}/u.test(text)) return text.normalize('NFKC');
  return text
    .split(KEEP_SPLIT)
    .map((part, i) => (i % 2 === 1 ? part : part.normalize('NFKC')))
    .join('');
}
