// The page's column starts, read down the page from where its cells begin (pure), and every cell gap a line lost put
// back at them. OCR lines set cells apart by the pixel gap between neighbouring words (ocr-lines.ts): two header
// words printed one narrow gap apart ("提示  单位") came out as ONE cell ("提示 单位"), the header then had one column
// fewer than its rows, and the structure reader took every row's value from the wrong column (report-texts-36
// rt36-21: each row's value read from the 03-10 column — K 3.45 shown for 3.21, Na 124 for a critical 118).
// A table says where its columns start in every row, not in one: a column start is an x where cells begin after a
// cell gap in three or more lines, and that no word of the table's lines runs across (a gutter). A word that starts
// at such a column, after a real gap from the word before it, starts a cell, whatever the gap in its own line was.
// Words are never moved, joined or dropped; only the separator before a word grows to a cell gap.
import type { OcrLine } from './ocr-lines.js';
import { columnUnit } from './page-layout.js';

/** Lines that begin cells at one x (within a tolerance) before it counts as a column start of the page. */
export const COLUMN_SUPPORT = 3;
/** Share of the page's table lines a word may run across a column start in before it is no gutter. */
export const GUTTER_CROSSING = 0.15;

interface Start {
  /** The column's left edge (pixels): the leftmost cell start of the cluster. */
  x: number;
  lines: number;
}

/** A cell gap as ocr-lines.ts writes one (two spaces or more). */
const isCellGap = (sep: string): boolean => sep.length >= 2 && !sep.trim();

const hasBoxes = (l: OcrLine | undefined): l is OcrLine => !!l && l.spans.length > 1 && l.spans.every((s) => s.x0 !== undefined && s.x1 !== undefined);

/** Lines of the page's tables: words with boxes and at least two cell gaps (a title or a sentence has fewer). */
function tableLines(lines: readonly (OcrLine | undefined)[]): OcrLine[] {
  return lines.filter(hasBoxes).filter((l) => l.spans.slice(1).filter((s, i) => isCellGap(l.text.slice(l.spans[i].end, s.start))).length >= 2);
}

/**
 * The page's column starts (pixels, left to right): x positions where cells begin after a cell gap in at least
 * COLUMN_SUPPORT table lines, that at most GUTTER_CROSSING of the table lines run a word across.
 */
export function columnStarts(lines: readonly (OcrLine | undefined)[], unit = columnUnit(lines)): number[] {
  if (!unit) return [];
  const table = tableLines(lines);
  const tol = unit;
  const begins: { x: number; line: number }[] = [];
  table.forEach((l, k) => {
    l.spans.forEach((s, i) => {
      if (i > 0 && isCellGap(l.text.slice(l.spans[i - 1].end, s.start))) begins.push({ x: s.x0 as number, line: k });
    });
  });
  begins.sort((a, b) => a.x - b.x);
  const clusters: { xs: number[]; lines: Set<number> }[] = [];
  for (const b of begins) {
    const last = clusters.at(-1);
    if (last && b.x - (last.xs.at(-1) as number) <= tol) {
      last.xs.push(b.x);
      last.lines.add(b.line);
    } else clusters.push({ xs: [b.x], lines: new Set([b.line]) });
  }
  const starts: Start[] = clusters.filter((c) => c.lines.size >= COLUMN_SUPPORT).map((c) => ({ x: c.xs[0], lines: c.lines.size }));
  return starts
    .filter((st) => {
      const crossing = table.filter((l) => l.spans.some((s) => (s.x0 as number) < st.x - tol && (s.x1 as number) > st.x + tol)).length;
      return crossing <= GUTTER_CROSSING * table.length;
    })
    .map((st) => st.x);
}

const HAN = /[\u3400-\u9fff]/;
const NUMBER_PART = /^[\d.:/-]+$/;

/**
 * Two words that stay one cell wherever they stand: a label and its field ("科室 : 血液内科", "DOB: 09/30/1974"), the
 * parts of one number ("447 192 8830", "2024-08-14 15:02"), and — on a row that prints a decimal value — two Chinese
 * words: there they are a test's name, which a column start inside the name column must not cut (a header row, with
 * no value, is where two Chinese titles run together: "提示 单位").
 */
function oneField(before: string, word: string, rowHasDecimals: boolean): boolean {
  if (/[:：;；]$/.test(before)) return true;
  if (NUMBER_PART.test(before) && NUMBER_PART.test(word)) return true;
  return rowHasDecimals && HAN.test(before.at(-1) ?? '') && HAN.test(word[0] ?? '');
}

/**
 * Every table line with a cell gap before each word that starts at a column start of the page after a real gap
 * (half a column unit, or a whole one between joined CJK characters) from the word before it. Other lines, and pages
 * without word boxes or without column starts, come back unchanged.
 */
export function splitAtColumns(lines: readonly (OcrLine | undefined)[]): (OcrLine | undefined)[] {
  const unit = columnUnit(lines);
  const starts = columnStarts(lines, unit);
  if (!starts.length) return [...lines];
  const table = new Set(tableLines(lines));
  return lines.map((line) => {
    if (!line || !table.has(line)) return line;
    let text = '';
    const spans: OcrLine['spans'] = [];
    const decimals = /\d[.,]\d/.test(line.text);
    line.spans.forEach((s, i) => {
      const word = line.text.slice(s.start, s.end);
      if (i === 0) text = line.text.slice(0, s.start);
      else {
        const prev = line.spans[i - 1];
        const sep = line.text.slice(prev.end, s.start);
        const gap = (s.x0 as number) - (prev.x1 as number);
        const atStart = starts.some((x) => Math.abs((s.x0 as number) - x) <= unit);
        const apart = gap >= (sep ? 0.5 : 1) * unit;
        text += !isCellGap(sep) && atStart && apart && !oneField(line.text.slice(prev.start, prev.end), word, decimals) ? '  ' : sep;
      }
      spans.push({ ...s, start: text.length, end: text.length + word.length });
      text += word;
    });
    text += line.text.slice(line.spans.at(-1)?.end ?? line.text.length);
    return text === line.text ? line : { ...line, text, spans };
  });
}
