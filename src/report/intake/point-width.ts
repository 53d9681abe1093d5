// A glyph lost from a number word leaves its width behind (pure). OCR confirms digits, not decimal points: "2.1" read
// "21", "8.2" read "82", "2.86" read "28" — but the word's box still spans the ink of what was printed. Measured in the
// page's own digit cells (digit-band.ts pageCellWidth: the median width per cell of its number cells, a point half a
// cell), a number word whose box is wider than the text shown for it by LOST_GLYPH_WIDTH of a cell or more holds a
// glyph that text lacks: the value shown would be another number than the one printed. Such a value is withheld
// (unreadable), never repaired — the width says that a glyph was lost, not which one nor where it stood.
// A point the reader already put back (a break OCR saw, the range's precision) is judged with it: "84" re-pointed
// "8.4" fills its box; "28" re-pointed "2.8" does not ("2.86": a digit was lost too).
// Fail closed: the witness only withholds, and it is silent (START's reading stands) where the boxes cannot tell — no
// box, no page cell width, a word that is not the bare number as OCR read it (marks cut from its ends, a token fixed),
// a box running into a neighbouring word's, or a word taller than its row's digits (a flag arrow dropped from the
// text but kept in the box is digit-band.ts / lead-marks.ts's case, not a lost glyph).
import { cells, pageCellWidth, pageDigitHeight, tallerThanDigits } from './digit-band.js';
import type { OcrLine } from './ocr-lines.js';

/**
 * Box width not explained by the shown text, in digit cells, from which the word holds a lost glyph. Measured on the
 * cached photos of report-texts-41…43: words read right stand at −0.1…+0.1 of a cell (titles in brackets aside), a
 * point lost from the word at +0.5 or more (bench/results/reports-s43-notes.md).
 */
export const LOST_GLYPH_WIDTH = 0.3;

/** A bare number word: only digits and at most one point (the glyph count is then known). */
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;

/** The page's measures, computed once per page. */
export interface PageMeasure {
  cellWidth: number | undefined;
  digitHeight: number | undefined;
}

export const pageMeasure = (lines: readonly (OcrLine | undefined)[]): PageMeasure => ({
  cellWidth: pageCellWidth(lines),
  digitHeight: pageDigitHeight(lines),
});

/**
 * Does the word read as `valueText` hold more ink than `shownText` (the value as it would be shown, a point put back
 * included) explains, by LOST_GLYPH_WIDTH of a digit cell or more? Undefined when the boxes cannot tell (pure).
 */
export function widerThanShown(line: OcrLine, valueText: string, shownText: string, page: PageMeasure): boolean | undefined {
  if (!BARE_NUMBER.test(valueText) || !BARE_NUMBER.test(shownText) || page.cellWidth === undefined || page.cellWidth <= 0) return undefined;
  const k = line.spans.findIndex((s) => line.text.slice(s.start, s.end) === valueText);
  if (k < 0) return undefined;
  const s = line.spans[k];
  if (s.x0 === undefined || s.x1 === undefined || s.reshaped) return undefined;
  // A box that runs into a neighbouring word's holds part of that word's ink ("64" over the "%" beside it).
  const before = line.spans[k - 1];
  const after = line.spans[k + 1];
  if ((before?.x1 !== undefined && before.x1 > s.x0) || (after?.x0 !== undefined && after.x0 < s.x1)) return undefined;
  // A taller word holds a mark (an arrow), whose width is no lost digit or point.
  const tall = tallerThanDigits(line, k, page.digitHeight);
  if (tall !== false) return undefined;
  return (s.x1 - s.x0) / page.cellWidth - cells(shownText) >= LOST_GLYPH_WIDTH;
}
