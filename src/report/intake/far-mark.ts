// A value word that holds a glyph no digit stands for AND sits far past its own row's range: two independent
// witnesses of a misread word ("28.6 ↑" read "2861" beside 0-24: the arrow joined, the point lost).
// Either alone is common on a real page — a flag arrow touching a value read right, a marker whose real value is a
// hundred times its range (troponin 1250 beside <14) — so neither decides alone. Together the word's text cannot be
// the value: the glyph is one of its characters (the word is taller than its row's digits, digit-band.ts, and the
// glyph check doubted its first or last character: of another height or set apart, ocr.ts), and the digits stand an
// order of magnitude or more from where the lab's range puts a value of this row. (The box width cannot tell a joined
// mark here: the lost point leaves as much unexplained ink as a dropped arrow.)
// Such a value is withheld, never shown; a critical reading still raises its "please check" (read-report.ts).
import { pageDigitHeight, tallerThanDigits } from './digit-band.js';
import type { OcrLine } from './ocr-lines.js';

/** ocr.ts symbolConfidences lowers a doubted digit to this (a digit of another height or set apart). */
const GLYPH_DOUBT = 30;
/** How many times the printed upper limit a value must stand before a glyph in its word makes it a misread. */
export const FAR_PAST_RANGE = 10;

/**
 * Is the value word `valueText` on this line taller than its row's digits with its first or last character doubted
 * (a mark read as a character), while `value` stands FAR_PAST_RANGE times past the printed upper limit `high`? (pure)
 */
export function markedFarPastRange(
  line: OcrLine,
  lines: readonly (OcrLine | undefined)[],
  valueText: string,
  value: number | null,
  high: number | undefined,
): boolean {
  if (value === null || high === undefined || high <= 0 || value < FAR_PAST_RANGE * high) return false;
  const k = line.spans.findIndex((s) => line.text.slice(s.start, s.end) === valueText);
  if (k < 0) return false;
  const chars = line.spans[k].chars;
  const edgeDoubted = !!chars?.length && ((chars[0] as number) <= GLYPH_DOUBT || (chars.at(-1) as number) <= GLYPH_DOUBT);
  return edgeDoubted && tallerThanDigits(line, k, pageDigitHeight(lines)) === true;
}
