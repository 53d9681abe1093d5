// The fraction of an analyte a lab test measures (#18, s44): free thyroxine (FT4, 游离甲状腺素) is not total thyroxine
// (TT4, 总甲状腺素), direct (conjugated, 结合) bilirubin is not indirect (unconjugated) or total bilirubin, a direct
// antiglobulin test is not an indirect one — one analyte, another result with its own reference range. The synonym
// sets lump them (the thyroid-function line holds t4 and ft4, the bilirubin line 直接/间接/总胆红素), so "FT4" was paid
// for 总甲状腺素 and 间接胆红素 for 直接胆红素. Read here from the qualifier a name carries: a fraction word
// (游离/总/直接/间接, free/total/direct/indirect, conjugated/unconjugated) or the fraction letter of an abbreviation
// (FT3, TT4, fPSA, DBIL). The name outside brackets decides; its brackets only when it reads none ("Direct (conjugated)
// bilirubin" is direct). Both names must read a fraction and share none to differ; a name with none (甲状腺素,
// "bilirubin") decides nothing. Only withholds. Pure.
import { foldWidth } from '../../knowledge/term-text.js';

export type Fraction = 'free' | 'total' | 'direct' | 'indirect';

const FRACTION_READINGS: readonly [Fraction, RegExp][] = [
  ['free', /游离/u],
  ['free', /\bfree\b/iu],
  ['free', /\bf(?:t3|t4|psa)\b/iu],
  // 总 as "total", not in a vessel's or duct's name (胆总管, 颈总动脉, 总胆管) nor 总体/总数.
  ['total', /(?<!胆)总(?!管|胆管|动脉|静脉|体|数)/u],
  ['total', /\btotal\b/iu],
  ['total', /\b(?:tt3|tt4|tpsa|tbil)\b/iu],
  ['direct', /直接/u],
  ['direct', /(?<!非)结合胆红素/u],
  ['direct', /\bdirect\b/iu],
  ['direct', /(?<!un)\bconjugated\b/iu],
  ['direct', /\bdbil\b/iu],
  ['indirect', /间接/u],
  ['indirect', /非结合胆红素/u],
  ['indirect', /\bindirect\b/iu],
  ['indirect', /\bunconjugated\b/iu],
  ['indirect', /\bibil\b/iu],
];

const BRACKET_RE = /[(（][^()（）]*[)）]/gu;

function readFractions(text: string): Fraction[] {
  const out: Fraction[] = [];
  for (const [fraction, re] of FRACTION_READINGS) if (re.test(text) && !out.includes(fraction)) out.push(fraction);
  return out;
}

/** The fractions a test name reads: the name's own first, its brackets only when it reads none. */
export function fractionsOf(name: string): Fraction[] {
  const text = foldWidth(name).replace(/[（]/gu, '(').replace(/[）]/gu, ')');
  const own = readFractions(text.replace(BRACKET_RE, ' '));
  if (own.length) return own;
  return readFractions([...text.matchAll(BRACKET_RE)].map((m) => m[0]).join(' '));
}

/**
 * A predicted name and a gold entry (its names as written) read different fractions of one analyte: the answer reads
 * one, every gold name reading one reads another, and at least one gold name reads one.
 */
export function fractionConflict(pred: string, goldRaw: readonly string[]): boolean {
  const p = fractionsOf(pred);
  if (p.length === 0) return false;
  const golds = goldRaw.map(fractionsOf).filter((g) => g.length > 0);
  return golds.length > 0 && golds.every((g) => !g.some((x) => p.includes(x)));
}
