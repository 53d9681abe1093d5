// Symbol and digit ratios (Gopher: symbol-to-word ratio; here per non-space character so Chinese is treated fairly),
// measured per field (each dialogue turn apart). Authority A–C sources are flagged, never dropped.
import { z } from 'zod';
import { fieldsOf } from '../dialogue/turns.js';
import type { DataRecord } from '../record.js';
import type { Step } from '../step.js';
import { createStyleRuleFilter } from './authority-gate.js';
import { countSymbols } from './units.js';

export const symbolRatioOptions = z
  .object({
    maxSymbolRatio: z.number().min(0).max(1).default(0.3),
    /** Lab values and prevalence figures are digits: 0.5 (Gopher-style 0.3 dropped real answers). */
    maxDigitRatio: z.number().min(0).max(1).default(0.5),
    /** Lines starting with a bullet (Gopher: max 90 %). */
    maxBulletLines: z.number().min(0).max(1).default(0.9),
    /** Lines ending with an ellipsis (Gopher: max 30 %). */
    maxEllipsisLines: z.number().min(0).max(1).default(0.3),
    /** Fields shorter than this (non-space characters) are not judged by ratios (a "5 mg" answer is fine). */
    minFieldChars: z.number().int().nonnegative().default(20),
  })
  .strict();

export type SymbolRatioOptions = z.output<typeof symbolRatioOptions>;

/** A list marker: a bullet character, or '-' / '*' followed by a space ('**Influenza**' is Markdown emphasis, not a
 *  bullet). */
const BULLET = /^\s*(?:[•·●▪]|[-*](?=\s))\s*/u;

/**
 * A line that is a bulleted fragment — what Gopher's bullet rule was made for (navigation and link lists, keyword
 * piles). A bulleted full sentence is prose set out as a list: a guideline summary ('- **Back to sleep:** place the
 * baby on their back for every sleep, including naps, until 1 year of age.') is content (session 17: 2 of the 3
 * bullet_lines drops on the study batches curation-corrupt-2…16 were such answers, labelled keep).
 */
function isListFragment(line: string): boolean {
  const m = BULLET.exec(line);
  if (!m) return false;
  const item = line.slice(m[0].length);
  const words = (item.match(/[A-Za-z]+/g) ?? []).length;
  const han = (item.match(/\p{Script=Han}/gu) ?? []).length;
  return words < 8 && han < 16;
}

export function symbolVerdict(text: string, o: SymbolRatioOptions): string | null {
  const { symbols, digits, chars } = countSymbols(text);
  if (chars < o.minFieldChars) return null;
  if (symbols / chars > o.maxSymbolRatio) return 'symbol_ratio';
  if (digits / chars > o.maxDigitRatio) return 'digit_ratio';
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length >= 3) {
    const bullets = lines.filter(isListFragment).length;
    if (bullets / lines.length > o.maxBulletLines) return 'bullet_lines';
    const ell = lines.filter((l) => /(\.\.\.|…)\s*$/u.test(l)).length;
    if (ell / lines.length > o.maxEllipsisLines) return 'ellipsis_lines';
  }
  return null;
}

/** The first rule a field breaks (the whole text empty counts as "empty"). */
/** Symbol and digit ratios over the whole record (a lab-value question "ALT 56.1 TBIL 244.6" in one turn is
 *  content, not noise); bullet and ellipsis lines per field (each turn apart). */
export function symbolRatioRule(r: DataRecord, o: SymbolRatioOptions): string | null {
  const { symbols, digits, chars } = countSymbols(r.text);
  if (chars === 0) return 'empty';
  if (chars >= o.minFieldChars) {
    if (symbols / chars > o.maxSymbolRatio) return 'symbol_ratio';
    if (digits / chars > o.maxDigitRatio) return 'digit_ratio';
  }
  for (const f of fieldsOf(r)) {
    if (f.role === 'system') continue;
    const v = symbolVerdict(f.content, { ...o, maxSymbolRatio: 1, maxDigitRatio: 1 });
    if (v) return v;
  }
  return null;
}

export function createSymbolRatioFilter(o: SymbolRatioOptions): Step {
  // An empty record is dropped whatever its source.
  return createStyleRuleFilter('symbol_ratio', (r) => symbolRatioRule(r, o), new Set(['empty']));
}
