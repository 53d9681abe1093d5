// Unicode NFKC with full-width → half-width folding, keeping Chinese punctuation full-width (，。：；？！).

/** CJK punctuation NFKC would fold to ASCII; in Chinese text it carries meaning (and tokenisers expect it). */
const CJK_PUNCT = /[，。：；？！（）【】「」『』、《》“”‘’…—～]/u;
const KEEP_RE = new RegExp(`(${CJK_PUNCT.source.slice(0, -2)}]+)`, 'u');

export interface UnicodeOptions {
  /** Keep full-width CJK punctuation when the text contains Han characters (default true). */
  keepCjkPunctuation: boolean;
}

export function normaliseUnicode(text: string, options: UnicodeOptions = { keepCjkPunctuation: true }): string {
  if (!options.keepCjkPunctuation || !/\p{Script=Han}/u.test(text)) return text.normalize('NFKC');
  return text
    .split(new RegExp(KEEP_RE.source, 'gu'))
    .map((part, i) => (i % 2 === 1 ? part : part.normalize('NFKC')))
    .join('');
}
