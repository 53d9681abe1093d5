// Does a number word hold a glyph that is no digit (pure)? A flag arrow (↑ ↓) is drawn taller than digits — it
// reaches above or below them — so when OCR joins it to the value and reads it as "1" or "7" ("↓ 2.2" read "12.2",
// "3.21 ↓" read "3.211"), the word's box is taller than the digits of its row. The row's digits are the other number
// cells on it (its range "3.5-9.5", previous results); a row with none is measured against the page's number cells.
// Real values are never taller than the digits beside them (over the cached photos of report-texts-37…40 and the s39
// blind batch, every joined arrow stood ≥ 1.24× its row's digits, every real value ≤ 1.05×; bench/results/reports-s40-notes.md).
import type { OcrLine } from './ocr-lines.js';

/** A cell of digits only: a value, a range or a bound ("4.1", "3.5-9.5", "<5.2", "1,50,000"). */
const NUMBER_CELL = /^[<>≤≥]?\d[\d.,]*(?:[-~–]\d[\d.,]*)?$/;
/** Taller than this share of the row's digit height: the word holds a glyph that is no digit. */
export const TALLER_THAN_DIGITS = 1.2;
/**
 * Box width its text does not explain, in digit cells, below which a tall word's mark is one of its characters. A mark
 * Tesseract read as a digit adds only its gap to the text's width; one it DROPPED ("↑ 17.1" read "17.1": the text is
 * right) leaves a whole glyph and a gap of ink no character stands for — nothing then to cut (measured: joined marks
 * 0.0–0.75 of a cell over the digits, dropped ones 0.83–1.6).
 */
export const JOINED_MARK_WIDTH = 0.7;

type Span = OcrLine['spans'][number];
const height = (s: Span): number | undefined => (s.y0 !== undefined && s.y1 !== undefined && s.y1 > s.y0 ? s.y1 - s.y0 : undefined);
const median = (xs: number[]): number | undefined => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : undefined);

/** ocr.ts symbolConfidences lowers a doubted digit to this (a digit of another height or set apart). */
const GLYPH_DOUBT = 30;
/** A cell whose first or last character the glyph check doubted may itself hold a mark: it measures nothing. */
const edgeDoubted = (s: Span): boolean => !!s.chars?.length && ((s.chars[0] as number) <= GLYPH_DOUBT || (s.chars.at(-1) as number) <= GLYPH_DOUBT);

/** The number cells of a line that measure its digits, by span index. */
const numberSpans = (line: OcrLine): number[] =>
  line.spans.flatMap((s, k) => (NUMBER_CELL.test(line.text.slice(s.start, s.end)) && height(s) !== undefined && !edgeDoubted(s) ? [k] : []));

/** A text's width in digit cells: a point, comma or dash is half a cell. */
export const cells = (text: string): number => [...text].reduce((n, c) => n + (/[.,\-~–]/.test(c) ? 0.5 : 1), 0);

/** The page's digit cell width: the median width per cell of its number cells of three or more characters. */
export function pageCellWidth(lines: readonly (OcrLine | undefined)[]): number | undefined {
  return median(
    lines.flatMap((l) =>
      l
        ? numberSpans(l).flatMap((k) => {
            const s = l.spans[k];
            const text = l.text.slice(s.start, s.end);
            return text.length >= 3 && s.x0 !== undefined && s.x1 !== undefined ? [(s.x1 - s.x0) / cells(text)] : [];
          })
        : [],
    ),
  );
}

/**
 * Does the word's box hold no more than its text (its characters and one gap)? False when a glyph stands in the box
 * that no character of the text stands for (a dropped mark); undefined when the boxes cannot tell.
 */
export function textFillsBox(span: Span, text: string, cellWidth: number | undefined): boolean | undefined {
  if (cellWidth === undefined || cellWidth <= 0 || span.x0 === undefined || span.x1 === undefined) return undefined;
  return (span.x1 - span.x0) / cellWidth - cells(text) < JOINED_MARK_WIDTH;
}

/** The page's digit height: the median height of its number cells (undefined without boxes). */
export function pageDigitHeight(lines: readonly (OcrLine | undefined)[]): number | undefined {
  return median(lines.flatMap((l) => (l ? numberSpans(l).map((k) => height(l.spans[k]) as number) : [])));
}

/**
 * Is span `k` of the line taller than the digits of its row by TALLER_THAN_DIGITS? `others` are the spans not to
 * measure by (other words suspected of a joined mark). Undefined when the boxes cannot tell.
 */
export function tallerThanDigits(line: OcrLine, k: number, pageHeight: number | undefined, others: ReadonlySet<number> = new Set()): boolean | undefined {
  const h = height(line.spans[k]);
  if (h === undefined) return undefined;
  const mates = numberSpans(line).filter((j) => j !== k && !others.has(j));
  const digits = median(mates.map((j) => height(line.spans[j]) as number)) ?? pageHeight;
  return digits === undefined ? undefined : h >= TALLER_THAN_DIGITS * digits;
}
