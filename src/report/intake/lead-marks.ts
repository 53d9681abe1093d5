// A flag arrow printed BEFORE a value ("↓ 86", "↑ 62.4", a blood-gas printout's "pH  ↓ 7.12") that OCR joined to
// the value and read as a digit: "186", "162.4", "17.92" — shown as today's value, on the wrong side of the range
// (pH 7.12 critical-low read as 17.92 high). The digits alone cannot tell "186" from a real 186; the page can.
// Read down the value column: the values of rows the lab did not flag start at the column's edge; a flagged row's
// arrow stands a cell further left, so the joined word starts about an arrow and a space left of that edge — further
// than a right-aligned column would put a longer number ("138" under "4.9" moves left by one digit, not by two) —
// and its first "digit" is the one the glyph check doubted (ocr.ts symbolConfidences: a digit of the wrong height
// or set apart, what an arrow read as "1" or "7" looks like). Such a lead is cut from the line (pure); the line
// records where, so the reader shows the rest only as "please check", and only when it lies outside the printed
// range (the lab marked the row: a value inside the range contradicts its mark and is withheld).
import { pageCellWidth, pageDigitHeight, tallerThanDigits, textFillsBox } from './digit-band.js';
import type { OcrLine } from './ocr-lines.js';

/** ocr.ts symbolConfidences lowers a doubted digit to this; Tesseract's own confidence for a clean digit is far above. */
const GLYPH_DOUBT = 30;
/** The shapes an arrow takes when Tesseract reads it as a digit. */
const ARROW_DIGIT = /^[17]/;
const UNSIGNED = /^\d+(?:\.\d+)?$/;
const NAME_CHAR = /[A-Za-z\u3400-\u9fff]/;
/** Rows of one table: an anchor further away than this many lines belongs to another table. */
const NEAR_LINES = 12;

interface Cell {
  line: number;
  span: number;
  text: string;
  x0: number;
  x1: number;
  leadDoubted: boolean;
  /** The word is taller than the digits of its row (digit-band.ts): it holds a glyph that is no digit. */
  tall: boolean;
}

/** The row's value cell: its first whole-number word after a name, with its box and per-character confidences. */
function valueCell(line: OcrLine, index: number, pageHeight: number | undefined, cellWidth: number | undefined): Cell | undefined {
  for (const [k, s] of line.spans.entries()) {
    const text = line.text.slice(s.start, s.end);
    if (!UNSIGNED.test(text)) continue;
    if (!NAME_CHAR.test(line.text.slice(0, s.start)) || s.x0 === undefined || s.x1 === undefined) return undefined;
    if (!s.chars || s.chars.length !== text.length) return undefined;
    const leadDoubted = ARROW_DIGIT.test(text) && s.chars[0] <= GLYPH_DOUBT;
    // Tall, and no wider than its text explains: the mark is the doubted lead, not a glyph the read dropped.
    const tall = leadDoubted && tallerThanDigits(line, k, pageHeight) === true && textFillsBox(s, text, cellWidth) === true;
    return { line: index, span: k, text, x0: s.x0, x1: s.x1, leadDoubted, tall };
  }
  return undefined;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Is `cell`'s first digit an arrow joined to the value? Some row of the same table whose value the glyph check did
 * not doubt starts right of it by more than the cell's extra length explains (plus most of a character): the word
 * reaches into the space before the column, where the arrows stand.
 */
function leadIsMark(cell: Cell, cells: readonly Cell[], charWidth: number): boolean {
  if (!cell.leadDoubted || cell.text.length < 2 || !UNSIGNED.test(cell.text.slice(1)) || cell.text[1] === '.') return false;
  // The glyph itself: a doubted lead in a word taller than the digits of its row is a mark, whatever the column shows
  // (a short panel whose rows are all flagged has no unflagged value to mark the column's edge: "↓ 2.2" read "12.2").
  // Not when the rest starts with 1 or 7 again (s40 review: "WBC ↑11.1" with the arrow dropped read "11.1", tall from
  // the arrow's ink; the box check counts digit cells by their wide shapes, so the dropped arrow's width goes unseen
  // beside narrow 1s): the column test below decides those, as before the glyph reading.
  if (cell.tall && !ARROW_DIGIT.test(cell.text.slice(1))) return true;
  const near = (c: Cell) => c.line !== cell.line && Math.abs(c.line - cell.line) <= NEAR_LINES;
  // Doubted words of other lengths starting where this one does: the words stand left-aligned, so a longer number
  // does not explain standing left of the column ("17.92", "19.6" and "134" all start at one x).
  const leftAligned = cells.some((p) => p.leadDoubted && near(p) && p.text.length !== cell.text.length && Math.abs(p.x0 - cell.x0) <= 0.4 * charWidth);
  // The undoubted values around: every one must start at one edge right of this word. One starting with it says the
  // column starts here (a real "186" under "82.4"); ones at scattered x are a ragged layout (a tab-separated row's
  // value starts wherever its name ends), no column.
  const around = cells.filter((a) => !a.leadDoubted && near(a) && a.x0 > cell.x0 - charWidth && a.x0 <= cell.x0 + 3.5 * charWidth);
  if (!around.length || around.some((a) => a.x0 - cell.x0 < 0.8 * charWidth)) return false;
  // A DECIMAL-aligned column ("138" over "4.1", "118" over "6.2"): the undoubted values' integer parts end at one x
  // and this word's does too — a longer real number, not an arrow; the geometry cannot tell them apart, so no cut.
  const pointX = (c: Cell) => c.x0 + ((c.x1 - c.x0) * (c.text.split('.')[0] as string).length) / c.text.length;
  const points = around.map(pointX);
  if (Math.max(...points) - Math.min(...points) <= 0.5 * charWidth && Math.abs(pointX(cell) - median(points)) <= 0.5 * charWidth) return false;
  const edge = Math.min(...around.map((a) => a.x0));
  if (around.some((a) => a.x0 - edge > 0.5 * charWidth)) return false;
  const longer = leftAligned ? 0 : Math.max(0, ...around.map((a) => cell.text.length - a.text.length)) * charWidth;
  if (edge - cell.x0 < longer + 0.8 * charWidth) return false;
  return around.length >= 2 || leftAligned;
}

/**
 * The page's lines with every arrow joined to a value cut off (replaced by a space, so spans keep their offsets);
 * `cutLead` on a line is the offset where the remaining value starts. Lines without one are returned as they are.
 */
export function cutLeadMarks(lines: readonly (OcrLine | undefined)[]): (OcrLine | undefined)[] {
  const pageHeight = pageDigitHeight(lines);
  const cellWidth = pageCellWidth(lines);
  const cells = lines.flatMap((l, i) => (l ? (valueCell(l, i, pageHeight, cellWidth) ?? []) : []));
  const plain = cells.filter((c) => !c.leadDoubted);
  if (plain.length === cells.length) return [...lines];
  const charWidth = plain.length ? median(plain.map((c) => (c.x1 - c.x0) / c.text.length)) : 0;
  const cut = new Map(cells.filter((c) => leadIsMark(c, cells, charWidth)).map((c) => [c.line, c]));
  if (!cut.size) return [...lines];
  return lines.map((l, i) => {
    const c = cut.get(i);
    if (!l || !c) return l;
    const at = l.spans[c.span].start;
    return { ...l, text: `${l.text.slice(0, at)} ${l.text.slice(at + 1)}`, cutLead: at + 1 };
  });
}

/** Was an arrow cut right before this value on its line (the value then starts at `cutLead`)? */
export function markCutBefore(line: OcrLine, valueText: string): boolean {
  return line.cutLead !== undefined && line.text.startsWith(valueText, line.cutLead);
}
