// One body row of a serial (cumulative) table, read by its STRUCTURE (session 34). A row is a name, one value cell
// per collection column in the head's order, and the row's other cells (unit, range, flag column). Where the row
// holds exactly one value cell per column, the cells are the columns by ORDER, whatever their printed places: a PDF
// text layer drops a head's leading spaces and shifts cells by a column or two (report-texts-34 rt34-03/-24, every
// value read from the oldest column). Where the places agree with the head (the row's name ends before the first
// stamp column, each value under exactly one column) a row with blanks is read by place, as before. Anything else —
// counts that differ and places that do not agree, a head whose current column is undecided — is UNDECIDED: the
// row's values are kept as printed and the parser withholds the result (serial-undecided.ts), never showing a value
// of a possibly older collection as the current one. Pure.
import { CELL_GAP } from './column-roles.js';
import { isFlagWord } from './line-tokens.js';
import type { SerialTable } from './serial-columns.js';
import { type Cell, spacedCells } from './spaced-cells.js';

export type SerialRowReading =
  /** The current collection's value decided: the canonical line "name   value [flag]   other cells". */
  | { kind: 'current'; text: string }
  /** Which printed value is the current one is not known: the name, the row's values as printed, its other cells. */
  | { kind: 'undecided'; name: string; values: string[]; rest: string[] };

type Span = { col: number; end: number };
const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.col, b.col);

/** A number with a flag glued after it at most ("6.8↑", "5.8L", "*118", "**7.1"). */
const NUMBER = /^[*※↑↓]{0,3}[<>≤≥]?=?-?\d+(?:[.,]\d+)?(?:[↑↓*]*|\*?[HL]{1,2}\*{0,3})$/;
/** A flag cell; a star may stand on either side of H/L ("H*", "*L": review fix s35, s24 C7 "6.8 H*"). */
const MARKER = /^(?:\*{0,3}[HL]{1,2}\*{0,3}|[↑↓]{1,2}|\*{1,3}|!{1,2}|C|A|危|危急)$/;
/**
 * Not measured in that collection: a dash, a slash, N/A, 未做/未检/未测, pending/待回 (review s34 C: "N/A" split the row's
 * values and the current 2.1 critical was dropped). A placeholder keeps its column, so it never shifts the order.
 */
const PLACEHOLDER = /^(?:[-–—]+|\/|n\/a|not\s+done|pending|未做|未检|未测|未查|待回报?|待定)$/i;
/** A censored value, or a range printed as one bound ("<5", ">60", "≤33"). */
const BOUND = /^[<>≤≥]/;
/** A reference-range cell: two numbers joined by a dash or tilde ("0.70-1.00 mmol/L", "3.5 ～ 5.3"). */
const RANGE_CELL = /\d\s*[-–~～]\s*\.?\d/;

/** A unit or a range alone, no value in the cell ("mmol/L", "133 - 146"; not "3.5-5.3(成人) 6.8 ↑"). */
const foreign = (text: string): boolean =>
  !isCollectionValue(text) &&
  !/\d/.test(
    text
      .replace(/\d+(?:\.\d+)?\s*[-–~～]\s*\d+(?:\.\d+)?/g, ' ')
      .split(/\s+/)
      .filter((w) => !/[/%^]/.test(w))
      .join(' '),
  ) &&
  (RANGE_CELL.test(text) || /[/%]/.test(text));

/** A flag standing beside a value ("L", "HH", "↑↑", "*L", "(H)", "High", "危急"). */
const isMark = (t: string): boolean => MARKER.test(t) || isFlagWord(t) || /^[(（][HLhl]{1,2}[)）]$/.test(t);

/** A collection's value cell: a number with at most its flags ("5.9 LL", "116 *L", "0.005↓", "18,450 HH"), or a dash. */
export function isCollectionValue(text: string): boolean {
  if (PLACEHOLDER.test(text.trim())) return true;
  const words = text.trim().split(/\s+/);
  // A flag written before the value belongs to it ("↑ 6.9", "H 7.2", "↓↓ 117": review s34 B).
  const at = words.findIndex((w) => !isMark(w));
  if (at < 0) return false;
  const [first, ...flags] = words.slice(at);
  return NUMBER.test(first) && flags.every(isMark);
}

/**
 * The row read against the head, or undefined when the row has no name or nothing under the collection columns (the
 * line reader then reads the line as printed).
 */
/** How many value cells (numbers, dashes, dipstick grades) a row holds after its name: a cumulative table has rows with two or more. */
export function collectionCells(line: string): number {
  return spacedCells(line)
    .slice(1)
    .filter((c) => isCollectionValue(c.text) || /^(?:\d?\+{1,4}|±)(?:\s|$)/.test(c.text)).length;
}

/**
 * `blankCurrentIsNone`: a blank under the current column is no current value (a PDF text layer, review s44: rt40-23
 * LDL-C 2.4 of 16/04 shown as the 13/08 result under "Blank = not tested on that date"); otherwise the fallback below.
 */
export function readSerialRow(line: string, t: SerialTable, blankCurrentIsNone = false): SerialRowReading | undefined {
  const cells = spacedCells(line, t.width);
  if (cells.length < 2) return undefined;
  const name = cells[0].text;
  if (!/[A-Za-z\u4e00-\u9fff]/.test(name) || isCollectionValue(name)) return undefined;
  // The head and the row share their places when the row's name ends before the first stamp column.
  const nameFirst = cells[0].end <= t.columns[0].col;
  const placed = nameFirst ? byPlace(cells, t) : undefined;
  // A value under the head's unit or range title is a row of another layout below the table ("血钾  6.8 ↑↑  4.4
  // mmol/L  3.5-5.3" under "项目  单位  参考范围  2025-03-04 …": review s28 n03): the line reader reads it as printed.
  const values = cells.slice(1).filter((c) => isCollectionValue(c.text));
  const underTitle = values.some((c) => t.titles?.some((s) => overlaps(s, c)));
  if (nameFirst && underTitle && values.every((c) => c.end <= t.columns[0].col)) return undefined;
  // Places count in the order reading only where they agree with the head (a clean place reading).
  const run = byOrder(cells.slice(1), t, placed?.clean === true);
  // A run of exactly one cell per column that begins or ends on a bound ("18450   48   <26"), in a row with no range cell
  // of its own, under a head with no range title, whose places do not agree: the bound may be the row's range and the
  // row's blank column lost (review fix s35, s24 H11 PDF: troponin 18450 lost its critical flag). The serial reading
  // steps aside for that shape: START's place reading, or the row as printed.
  if (run.values && !placed?.clean && t.rangeTitled !== true && !cells.slice(1).some((c) => RANGE_CELL.test(c.text))) {
    const ends = [run.values[0][0], run.values[run.values.length - 1][0]].map((v) => BOUND.test(v));
    if (ends[0] !== ends[1]) return { kind: 'current', text: placeRow(line, t) ?? line };
  }
  if (run.values) return pick(name, run.values, run.rest, t, blankCurrentIsNone);
  if (placed?.clean) return pick(name, placed.under, placed.rest, t, blankCurrentIsNone);
  // Every value the row prints, not one run of them: each is shown and each that may be critical is checked (review
  // s34 C: a value beyond a placeholder was dropped).
  const printed = run.all.filter((v) => !PLACEHOLDER.test(v));
  if (printed.length > 0) return { kind: 'undecided', name, values: printed, rest: run.allRest };
  // Words under the columns ("Negative   Negative"): read by place as before, or left to the line reader.
  return placed ? pick(name, placed.under, placed.rest, t, blankCurrentIsNone) : undefined;
}

/** START's number cell (before session 34): a trailing arrow or star only. */
const PLACE_NUMBER = /^[<>≤≥]?=?-?\d+(?:[.,]\d+)?[↑↓*]*$/;

/**
 * The row by place alone, as read before session 34: the value under the head's place-current column (or the nearest
 * filled column toward the older side), or undefined when the row has no name or two numbers under one column. Used
 * for a table none of whose rows prints two values (review s34 A: a lone value per row — "Nonreactive   Reactive",
 * a range glued to a value, "5.0   **7.1" — shows no collection by order; the place reading read those right).
 */
export function placeRow(line: string, t: SerialTable): string | undefined {
  const cells = spacedCells(line, t.width);
  if (cells.length < 2 || t.columns.some((col) => overlaps(col, cells[0]))) return undefined;
  const name = cells[0].text;
  if (!/[A-Za-z\u4e00-\u9fff]/.test(name)) return undefined;
  const { under, rest } = byPlace(cells, t);
  if (under.some((u) => u.filter((x) => PLACE_NUMBER.test(x)).length > 1)) return undefined;
  const filled = (k: number) => under[k].length > 0 && !/^[-–—]+$/.test(under[k][0]);
  let k = t.placeLatest;
  if (!filled(k)) {
    // A blank under a present column ("Today") is no result this visit: no earlier column stands in for it.
    if (t.present) return undefined;
    const step = t.placeLatest === 0 ? 1 : -1;
    for (k = t.placeLatest + step; k >= 0 && k < under.length && !filled(k); k += step);
    if (k < 0 || k >= under.length) return undefined;
  }
  return [name, under[k].join(' '), ...rest].join(CELL_GAP);
}

/** The current collection's value of a row whose cells are known per column, or the row undecided. */
function pick(name: string, under: readonly string[][], rest: readonly string[], t: SerialTable, blankCurrentIsNone = false): SerialRowReading | undefined {
  const filled = (k: number) => under[k].length > 0 && !PLACEHOLDER.test(under[k][0]);
  const printed = under.flatMap((u, k) => (filled(k) ? [u.join(' ')] : []));
  if (printed.length === 0) return undefined;
  const undecided = { kind: 'undecided' as const, name, values: printed, rest: [...rest] };
  if (t.latest === undefined) return undecided;
  // A WORD printed under the current column (pending, not done, 未做, 待回报, N/A, "/"): the test was not resulted in the
  // current collection — no current value (the line reader gets "--" and gives none; checkDropped keeps any earlier
  // critical cell as a please-check). An earlier collection's value is never shown as the current one (review s35).
  // A bare dash or a blank keeps the fallback below (START's reading; the s30 dash/blank probes are a lead decision).
  if (under[t.latest].length > 0 && PLACEHOLDER.test(under[t.latest][0]) && !/^[-–—]+$/.test(under[t.latest][0]))
    return { kind: 'current', text: [name, '--', ...rest].join(CELL_GAP) };
  // A PDF's blank under the current column: no current value, never an earlier collection's (review s44 rt40-23).
  // Its other cells are left out: a bound range ("<1.7") after "--" would be read as the value.
  if (blankCurrentIsNone && under[t.latest].length === 0) return { kind: 'current', text: [name, '--'].join(CELL_GAP) };
  const k = filled(t.latest) ? t.latest : t.order?.find(filled);
  if (k === undefined) return undecided;
  return { kind: 'current', text: [name, lineValue(under[k].join(' ')), ...rest].join(CELL_GAP) };
}

/**
 * A value cell in the form the line reader reads (review fix s35, s24 C4/C5): stars or an arrow glued BEFORE the number
 * ("*6.1", "**7.1", "↑6.8") are moved after it ("6.1*"), as START's line reader accepts a flag after a value.
 */
export function lineValue(cell: string): string {
  return cell.replace(/^([*※↑↓]{1,3})([<>≤≥]?=?-?\d+(?:[.,]\d+)?)(?=\s|$)/, '$2$1');
}

/**
 * The row by its cells' places under the head (the reading before session 34), and whether the places are clean:
 * each value cell under exactly one column or wholly beside the columns, no column holding two numbers, and at least
 * one value under a column.
 */
function byPlace(cells: Cell[], t: SerialTable): { under: string[][]; rest: string[]; clean: boolean } {
  const under: string[][] = t.columns.map(() => []);
  const rest: string[] = [];
  let lastColumn = -1;
  let clean = true;
  const left = t.columns[0].col;
  const right = t.columns[t.columns.length - 1].end;
  cells.slice(1).forEach((c, m) => {
    const n = m + 1;
    const ks = t.columns.flatMap((col, k) => (overlaps(col, c) ? [k] : []));
    const k = ks.length > 0 ? ks[0] : -1;
    // A wide cell before the columns that runs under the first of them ("0.70-1.00 mmol/L" under "Ref range",
    // reaching "03/16/25 (current)"), with the column's own value after it, is a cell of the row, not that column's
    // value (review s26 R1: the range was read as the value and the row, Mg 0.8 mg/dL, dropped). Only a cell that
    // reads as a range moves aside: a value drifted left with its flag ("6.8 ↑", "5.8L") stays the column's value.
    const spill =
      k >= 0 && lastColumn < 0 && c.col < t.columns[k].col && RANGE_CELL.test(c.text) && n + 1 < cells.length && overlaps(t.columns[k], cells[n + 1]);
    if (spill) rest.push(c.text);
    else if (k >= 0) {
      under[k].push(c.text);
      lastColumn = k;
      if (ks.length > 1 && isCollectionValue(c.text)) clean = false;
      // A unit or a range under a stamp column: the row's cells are not where the head's columns are.
      if (foreign(c.text)) clean = false;
    }
    // A flag printed just past its column ("131  L") belongs to the value before it.
    else if (lastColumn >= 0 && MARKER.test(c.text) && under[lastColumn].length > 0 && c.col - t.columns[lastColumn].end <= 3) under[lastColumn].push(c.text);
    else {
      rest.push(c.text);
      // A value in the gap between two stamp columns belongs to neither by place.
      if (isCollectionValue(c.text) && !MARKER.test(c.text) && c.end > left && c.col < right) clean = false;
    }
    if (k < 0) lastColumn = -1;
  });
  // Two numbers under one column ("Hemoglobin  62  88" under a wide date-time head): the row is not printed in the
  // columns.
  const number = (x: string) => NUMBER.test(x.split(/\s+/)[0]);
  if (under.some((u) => u.filter(number).length > 1)) clean = false;
  if (!under.some((u) => u.some(number))) clean = false;
  return { under, rest, clean };
}

/**
 * The row's value cells in printed order: runs of adjacent value cells after the name, each flag cell joined to the
 * value before it. The run holding exactly one cell per column is the columns by order (`values`, one list per
 * column); a range printed as one bound beside the run ("11 L  14 L  21 L  >60") is no collection's value: dropped
 * from a run one cell too long, or — where the places agree — when it stands wholly beside the stamp columns.
 * `longest` is the longest run, for an undecided row.
 */
function byOrder(cells: readonly Cell[], t: SerialTable, placed: boolean): { values?: string[][]; rest: string[]; all: string[]; allRest: string[] } {
  const n = t.columns.length;
  const left = t.columns[0].col;
  const right = t.columns[n - 1].end;
  const runs: number[][] = [];
  const text = cells.map((c) => c.text);
  let open = false;
  cells.forEach((c, i) => {
    // Where the places agree, a bound wholly beside the stamp columns, or a cell under the head's range or unit title
    // and under no stamp, is the row's range ("<21" under "Ref range" before the dates: rt20-14).
    const beside = placed && !t.columns.some((col) => overlaps(col, c)) && (c.end <= left || c.col >= right);
    const rangeBeside = beside && (BOUND.test(c.text) || (t.titles ?? []).some((s) => overlaps(s, c)));
    const next = cells[i + 1];
    // A flag cell nearer the value after it than the one before it is that value's ("4.1      ↑ 6.9" spaced "↑  6.9").
    const before =
      next !== undefined &&
      isMark(c.text) &&
      isCollectionValue(next.text) &&
      !PLACEHOLDER.test(next.text) &&
      (!open || next.col - c.end < c.col - cells[i - 1].end);
    if (before) {
      text[i + 1] = `${c.text} ${next.text}`;
      text[i] = '';
    } else if (isCollectionValue(c.text) && !rangeBeside) {
      if (open) runs[runs.length - 1].push(i);
      else runs.push([i]);
      open = true;
    } else if (open && isMark(c.text)) {
      const run = runs[runs.length - 1];
      const at = run[run.length - 1];
      text[at] = `${text[at]} ${c.text}`;
      text[i] = '';
    } else open = false;
  });
  const bound = (i: number) => BOUND.test(cells[i].text);
  // Under a head that titles a range column, a row with no range cell of its own prints its range as the bound at an
  // end of the run ("ALT   U/L   <41   18   22"): that bound is no collection's value.
  const inRun = new Set(runs.flat());
  const ownRange = cells.some((c, i) => RANGE_CELL.test(c.text) || (BOUND.test(c.text) && !inRun.has(i)));
  const edgeRange = t.rangeTitled === true && !ownRange;
  const candidates = runs.flatMap((r) => {
    const [first, last] = [bound(r[0]), bound(r[r.length - 1])];
    if (edgeRange && r.length > 1 && first !== last) r = first ? r.slice(1) : r.slice(0, -1);
    else if (edgeRange && r.length > 1 && first && last) return [];
    if (r.length === n) return [r];
    if (r.length === n + 1 && bound(r[r.length - 1]) !== bound(r[0])) return [bound(r[0]) ? r.slice(1) : r.slice(0, n)];
    return [];
  });
  const restOf = (r: readonly number[]) => text.filter((x, i) => x && !r.includes(i));
  // Every value cell of every run, but a bound at a run's end that is the row's range (see edgeRange above).
  const every = runs.flatMap((r) => {
    const edge = (edgeRange || r.length > n) && r.length > 1 && bound(r[0]) !== bound(r[r.length - 1]);
    return edge ? (bound(r[0]) ? r.slice(1) : r.slice(0, -1)) : r;
  });
  const all = every.map((i) => text[i]);
  // A present column at an end of the table, set apart from the dated columns by the head's other titles ("Latest
  // Flag  Unit  Ref  03-05  02-27"): a row of exactly two runs — one value on the present side, one per dated column
  // on the other, no bound among them — is the columns by order (session 36 self-probes c05/c10).
  if (candidates.length === 0 && t.present && runs.length === 2 && !runs.flat().some(bound)) {
    const at = t.latest;
    const [a, b] = runs;
    const split = at === 0 ? a.length === 1 && b.length === n - 1 : at === n - 1 && b.length === 1 && a.length === n - 1;
    const apart = (t.titles ?? []).some((s) =>
      at === 0 ? s.col > t.columns[0].end && s.end <= t.columns[1].col : s.col >= t.columns[n - 2].end && s.end <= t.columns[n - 1].col,
    );
    if (split && apart) {
      const run = [...a, ...b];
      return { values: run.map((i) => [text[i]]), rest: restOf(run), all, allRest: restOf(every) };
    }
  }
  if (candidates.length !== 1) return { rest: restOf([]), all, allRest: restOf(every) };
  const run = candidates[0];
  return { values: run.map((i) => [text[i]]), rest: restOf(run), all, allRest: restOf(every) };
}
