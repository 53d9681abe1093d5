// Serial (cumulative) tables: one column per collection — dates, clock times or hours since a first sample as the
// column heads ("15/03/24   02/04/24", "0553   0801" over "(0 h)   (2 h)", "2024-05-01  2024-05-02  2024-05-03") —
// and one row per test. The current value is the LATEST column's, whatever side it is printed on: read in order from
// the heads (a "<<LATEST>>" / "Current" / 本次 mark under a column wins), rightmost when the heads cannot be ordered.
// Every stamp line counts: a clock line under dates printed without times orders the collections of one day
// (report-texts-24 rt24-10: "03/14/25 03/14/25 03/13/25" over "09:40 * 06:35 23:50", newest on the left).
// Each row is rewritten as one canonical line "name   latest value [flag]   unit   range" for the line reader, so an
// earlier column never becomes the value (report-texts-19: a cumulative potassium read 4.8 from 15/03 instead of 5.6
// from 02/04; a serial troponin 812 → 4520 ng/L not found). Pure.
import { aliasAtNameStart } from './alias-index.js';
import { CELL_GAP, columnRole, LETTER_SPACED_HAN } from './column-roles.js';
import { type CurrentColumn, currentColumn, documentDayOrder, type StampKind } from './serial-current.js';
import { readSerialRow } from './serial-row.js';
import { type Cell, charWidth, displayWidth, spacedCells } from './spaced-cells.js';

/** A collection stamp: a date (with or without year and time), a clock time, or hours/days since the first sample. */
const DATE = /^(\d{4}|1\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$|^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?(?:\s+(\d{1,2}):(\d{2}))?$/;
const ZH_DATE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日?$/;
/** A date with its month spelt ("17-Jan-24", "03 Feb 2025", "Jan 17, 2024"): the month name decides day and month. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?`;
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})[-\s/.]?${MONTH}(?:[-\s/.,]+(\d{4}|\d{2}))?$`, 'i');
const MONTH_DAY = new RegExp(String.raw`^${MONTH}\s*(\d{1,2})(?:,?\s+(\d{4}))?$`, 'i');
const CLOCK = /^(?:([01]\d|2[0-3]):?([0-5]\d))$/;
const RELATIVE = /^[(（]?\s*(?:(\d{1,3})\s*(?:h|hr|hrs|小时)|(?:day|d|第)\s*(\d{1,2})\s*天?)\s*[)）]?$/i;
/** A mark under a column naming it the current one. */
const LATEST = /^(?:<<\s*)?(?:latest|current|today|now|本次|当前|當前|最新)(?:\s*>>)?$/i;
/**
 * A column title on the stamp line naming the PRESENT collection without a date ("Today", "This visit", 本次结果, 今日):
 * the current column, newer than any dated one beside it (a bracketed date after it, "本次(03-14)", is its own) (session 36: a "Today" column beside dated ones showed the
 * newest DATED column's potassium 5.3 for a critical 6.7). Its own reading, so LATEST's (marks under or glued to a
 * stamp) is not widened.
 */
const PRESENT_TITLE =
  /^[(（]?\s*(?:<<\s*)?(?:today(?:'s)?|latest|current|now|present|this\s+(?:visit|test|sample|specimen|draw|collection)|本次|当前|當前|最新|今日|今天|今次|此次|本回|今回)(?:\s*(?:results?|values?|结果|結果|检验|檢驗|检测|檢測|值|数值|數值))?(?:\s*>>)?\s*[)）]?(?:\s*[(（][^()（）]{1,16}[)）])?$/i;
/** Labels of the stamp rows the column-title reader has no role for ("Dates", "Collection", "Lab No"). */
const STAMP_LABEL = /^(?:dates|times|collection|lab\s*no\.?|lab\s*ref)$/i;
/** A panel title in capitals beside the stamps ("CARDIAC   (0 h)   (2 h)"); a capitalised word ("Reported") is none. */
const SECTION = /^[A-Z][A-Z /&]{2,30}$/;

export interface SerialTable {
  /** Display spans of the collection columns, in printed order. */
  columns: { col: number; end: number }[];
  /** Index (into columns) of the current collection; undefined when the stamps cannot say (serial-current.ts). */
  latest?: number;
  /** Column indices from the newest collection to the oldest, when the stamps order every column. */
  order?: number[];
  /** Index of the first line after the head lines. */
  bodyStart: number;
  /**
   * The current column is titled as the present visit without a date (PRESENT_TITLE) — or an undated result title
   * stands beside the dates and the table is undecided: no earlier column's value stands in for a blank under it.
   */
  present?: boolean;
  /**
   * How the table's places are measured: display columns (CJK double), or characters for a table its writer padded
   * by characters (review s34 n20/p12: "04-15(本次)" after 检验项目/参考范围 stood under another date by display width).
   */
  width?: (s: string) => number;
  /** Places of the head's other column titles (项目, 单位, 参考范围, Units): a row whose values stand under them is of another layout. */
  titles?: { col: number; end: number }[];
  /** The head titles a range column ("Ref range", 参考范围): every row then prints a range cell. */
  rangeTitled?: boolean;
  /**
   * The current column by the reading before session 34 (a mark, else a title row over stamps in no order, else the
   * rightmost, or the leftmost of stamps printed newest first): the place reading a table falls back on where its
   * rows cannot show their columns by order (review s34 A: a lone value per row).
   */
  placeLatest: number;
}
type Stamp = { kind: StampKind; key: number; marked: boolean; current?: boolean } | undefined;

/**
 * A stamp with a mark glued after it: a bracketed word ("03-16(本次)", "03/09/25 (previous)"), two Chinese letters
 * ("03-16本次") or "<<…>>"; a month spelt ends a stamp too ("16-Mar (current)"). What the mark says is read by LATEST and the column-title reader, not by a list here.
 */
const ROLE_MARKED = /^(.*?[\d日A-Za-z])\s*(?:[(（]\s*([^()（）]{1,16}?)\s*[)）]|([\u3400-\u9fff]{2}|<<\s*\w+\s*>>))$/;

function stamp(text: string, dayFirst: boolean): Stamp {
  // A role mark glued to a stamp is part of the stamp: a current mark chooses the column; a previous mark only says
  // the column is an earlier one. Any other word in brackets ("03-16(急)") leaves the cell unread as a stamp.
  const roled = ROLE_MARKED.exec(text.trim());
  if (roled) {
    const mark = (roled[2] ?? roled[3]).trim();
    const current = LATEST.test(mark);
    if (!current && columnRole(mark) !== 'previous') return undefined;
    const s = plainStamp(roled[1], dayFirst);
    return s && { ...s, current };
  }
  return plainStamp(text, dayFirst);
}

function plainStamp(text: string, dayFirst: boolean): Stamp {
  const bare = text.trim();
  const unmarked = bare.replace(/^\*\s*|\s*[*+]$/g, '');
  // A star glued to a clock time or a full date ("09:40 *", "*03/14/25"; a photo reads it "+") is a footnote mark on
  // the stamp and is read past; it does not choose the column (a footnote may sit on an old one). A starred short
  // number ("*6.1", a flagged value) stays what it is.
  const marked = unmarked !== bare && (/\d:\d{2}$/.test(unmarked) || /\d[-/.]\d{1,2}[-/.]\d/.test(unmarked));
  const s = read(marked ? unmarked : bare, dayFirst);
  return s && { ...s, marked };
}

function read(t: string, dayFirst: boolean): { kind: StampKind; key: number } | undefined {
  const d = DATE.exec(t);
  if (d) {
    // Every date key is ((year·100 + month)·100 + day)·10000 + minutes, so a clock line under it can be added in.
    if (d[1]) {
      const minutes = d[4] ? Number(d[4]) * 60 + Number(d[5]) : 0;
      // A three-digit year is the Republic of China (Minguo) calendar of Taiwan's reports: 113/05/21 is 2024-05-21
      // (report-texts-35 rt35-19: the cumulative table went unread and its oldest column was shown).
      const year = d[1].length === 3 ? Number(d[1]) + 1911 : Number(d[1]);
      return { kind: 'date', key: ((year * 100 + Number(d[2])) * 100 + Number(d[3])) * 10000 + minutes };
    }
    const a = Number(d[6]);
    const b = Number(d[7]);
    const [day, month] = dayFirst ? [a, b] : [b, a];
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    const year = d[8] ? (d[8].length === 2 ? 2000 + Number(d[8]) : Number(d[8])) : 0;
    const minutes = d[9] ? Number(d[9]) * 60 + Number(d[10]) : 0;
    return { kind: 'date', key: ((year * 100 + month) * 100 + day) * 10000 + minutes };
  }
  const spelt = DAY_MONTH.exec(t) ?? MONTH_DAY.exec(t);
  if (spelt) {
    const dayFirstForm = /^\d/.test(t);
    const day = Number(dayFirstForm ? spelt[1] : spelt[2]);
    const month = MONTHS.indexOf((dayFirstForm ? spelt[2] : spelt[1]).toLowerCase()) + 1;
    const y = spelt[3];
    const year = y ? (y.length === 2 ? 2000 + Number(y) : Number(y)) : 0;
    if (day >= 1 && day <= 31) return { kind: 'date', key: ((year * 100 + month) * 100 + day) * 10000 };
  }
  const zh = ZH_DATE.exec(t);
  if (zh) return { kind: 'date', key: ((Number(zh[1] ?? 0) * 100 + Number(zh[2])) * 100 + Number(zh[3])) * 10000 };
  const c = CLOCK.exec(t);
  if (c) return { kind: 'clock', key: Number(c[1]) * 60 + Number(c[2]) };
  const r = RELATIVE.exec(t);
  if (r) return { kind: 'relative', key: r[1] !== undefined ? Number(r[1]) : Number(r[2]) * 24 };
  return undefined;
}

type Span = { col: number; end: number };

/**
 * The stamps of a line's cells when at least two cells are stamps of one kind and every other cell is a head word
 * before them. `under` is the date columns above: a clock line may carry its row title ("Time", "时 间") only there,
 * each clock under its date — or, where the line's place was lost (a PDF text layer drops leading spaces), one
 * "hh:mm" clock for each date column, matched by order; elsewhere clock times must stand alone ("0553   0801": four
 * digits elsewhere are values). `orders`: the day orders to try (day-first first).
 */
function stampLine(
  cells: Cell[],
  under?: readonly Span[],
  orders: readonly boolean[] = [true, false],
): { cells: Cell[]; keys: number[]; kind: StampKind; marked: boolean; current: number | undefined } | undefined {
  for (const dayFirst of orders) {
    const stamped = cells.map((c) => ({ c, s: stamp(c.text, dayFirst) }));
    const hits = stamped.filter((x) => x.s);
    if (hits.length < 2 || new Set(hits.map((x) => x.s?.kind)).size !== 1) continue;
    const first = stamped.findIndex((x) => x.s);
    const last = stamped.length - 1 - [...stamped].reverse().findIndex((x) => x.s);
    // A word between two stamps labels each ("Collected 03/14/25 09:40   Reported 03/14/25 11:02"): the collected,
    // received and reported times of ONE specimen, not columns.
    if (stamped.slice(first, last + 1).some((x) => !x.s)) continue;
    const others = stamped.filter((x) => !x.s).map((x) => x.c.text);
    // A present title ("Today", 今日) is a column title beside the stamps (presentColumn), never the line's first cell.
    const titledPresent = (w: string): boolean => PRESENT_TITLE.test(title(w)) && w !== stamped[0].c.text;
    if (hits[0].s?.kind === 'clock' && others.length > 0) {
      const aligned = under?.length === hits.length && hits.every((x, k) => overlaps(under[k], x.c));
      const byOrder = under?.length === hits.length && hits.every((x) => /\d:\d{2}/.test(x.c.text));
      if (!aligned && !byOrder) continue;
    }
    // A cell that is a stamp under the other day order ("03-16" beside "03-02 03-09") is a column of this line, never
    // a head word: this order misreads the line.
    if (others.some((w) => stamp(w, !dayFirst))) continue;
    if (!others.every((w) => isHeadWord(w) || titledPresent(w))) continue;
    // Two columns each marked current contradict each other: no head is read from the line.
    const current = hits.filter((x) => x.s?.current);
    if (current.length > 1) continue;
    return {
      cells: hits.map((x) => x.c),
      keys: hits.map((x) => x.s?.key ?? 0),
      kind: hits[0].s?.kind ?? 'date',
      marked: hits.some((x) => x.s?.marked),
      current: current.length > 0 ? hits.indexOf(current[0]) : undefined,
    };
  }
  return undefined;
}

/** A cell as a title is written: no closing colon, no spaces between Chinese letters (a photo reads "参 考 区间"). */
const title = (w: string): string =>
  w
    .replace(/[:：]$/, '')
    .replace(LETTER_SPACED_HAN, '')
    .trim();
/** A result column's title ("结果", "Result"), not a mark naming the current collection ("本次", "Current"). */
const resultTitle = (w: string): boolean => columnRole(title(w)) === 'value' && !LATEST.test(title(w).replace(/^[(（]|[)）]$/g, ''));
/** A column or stamp-row title (the column-title reader's, or a stamp row's label), never a test's name. */
const isHeadWord = (w: string): boolean => (columnRole(title(w)) !== undefined || STAMP_LABEL.test(title(w)) || SECTION.test(title(w))) && !aliasAtNameStart(w);

const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.col, b.col);

/** A head as one day order reads it: the columns, each column's stamp key, and the marks naming one current. */
interface Head {
  columns: Span[];
  keys: number[];
  kind: StampKind;
  /** Every date carries its year (key ≥ 1e8: see read). */
  dated: boolean;
  /** A column a mark on the stamps or a LATEST line under them names current. */
  marked?: number;
  /** A column a title line above the stamps names current (titleLatest). */
  titled?: number;
  bodyStart: number;
  titles: Span[];
  rangeTitled: boolean;
  /** An undated column on the stamp line (presentColumn), when there is one. */
  present?: PresentColumn;
}

/** An undated column titled on the stamp line: the present visit's, or `ambiguous` (a bare "Result" beside dates). */
interface PresentColumn extends Span {
  ambiguous: boolean;
}

/**
 * The undated collection column a stamp line titles beside its stamps (never its first cell, the names' column): one
 * cell naming the present visit ("Today", 本次结果) is the current column; a result title ("Result", 结果, "Value")
 * may be today's or a summary, so the table is undecided (ambiguous). Two such cells, or a present title and a result
 * title, contradict each other: ambiguous. Undefined when the line has none.
 */
function presentColumn(cells: readonly Cell[], stamps: readonly Cell[]): PresentColumn | undefined {
  const undated = cells.slice(1).filter((c) => !stamps.some((s) => s.col === c.col));
  const present = undated.filter((c) => PRESENT_TITLE.test(title(c.text)));
  const results = undated.filter((c) => !PRESENT_TITLE.test(title(c.text)) && resultTitle(c.text));
  const all = [...present, ...results];
  if (all.length === 0) return undefined;
  return { col: all[0].col, end: all[0].end, ambiguous: present.length !== 1 || results.length > 0 };
}

/**
 * A serial table's head starting at line `i`: a line of stamps (and head words), then any further head lines — more
 * stamps, lab numbers, a LATEST mark, the other columns' titles — that name no test. Undefined when line `i` is none.
 * The current column comes from the stamps (serial-current.ts); dates that read both day-first and month-first with
 * a different newest column follow the day order the report's other dates show, and are undecided when none does.
 */
export function readSerialHead(lines: readonly string[], i: number, width: (s: string) => number = displayWidth): SerialTable | undefined {
  const dayFirst = headWith(lines, i, true, width);
  const monthFirst = headWith(lines, i, false, width);
  let head = dayFirst ?? monthFirst;
  if (!head) return undefined;
  const placeHead = head;
  let current = decide(head);
  const twoWays =
    dayFirst &&
    monthFirst &&
    dayFirst.kind === 'date' &&
    dayFirst.keys.length === monthFirst.keys.length &&
    dayFirst.keys.some((k, n) => k !== monthFirst.keys[n]);
  if (twoWays) {
    const shown = documentDayOrder(lines);
    if (shown === 'month-first') {
      head = monthFirst;
      current = decide(monthFirst);
    } else if (shown === undefined && decide(monthFirst).latest !== current.latest) current = {};
  }
  const k = placeHead.keys;
  const up = k.every((x, n) => n === 0 || x > k[n - 1]);
  const down = k.every((x, n) => n === 0 || x < k[n - 1]);
  const placeLatest = placeHead.marked ?? (placeHead.titled !== undefined && !up && !down ? placeHead.titled : down && !up ? 0 : k.length - 1);
  const table = { columns: head.columns, ...current, bodyStart: head.bodyStart, titles: head.titles, rangeTitled: head.rangeTitled, placeLatest, width };
  return head.present ? withPresent(table, head.present, head.marked) : table;
}

/**
 * A table with an undated present column (presentColumn) inserted among its dated columns at its printed place. The
 * present column outranks every dated one: it is the current column whatever the dates say. It is undecided when the
 * title is ambiguous, or a mark names a DATED column current (the two contradict). `order` is dropped: a blank under
 * the present column means no result this visit, never an earlier column's value as today's.
 */
function withPresent(t: SerialTable, present: PresentColumn, marked: number | undefined): SerialTable {
  const at = t.columns.filter((c) => c.col < present.col).length;
  const columns = [...t.columns.slice(0, at), { col: present.col, end: present.end }, ...t.columns.slice(at)];
  const latest = present.ambiguous || marked !== undefined ? undefined : at;
  return { ...t, columns, latest, order: undefined, placeLatest: at, present: true };
}

/**
 * The serial table at line `i` measured as its writer padded it: by display columns, or — where the head holds wide
 * letters and the body's cells start exactly where the head's cells start only when counted in characters — by
 * characters. Places are never mixed: one measure for the head and every row.
 */
export function readSerialTable(lines: readonly string[], i: number): SerialTable | undefined {
  const shown = readSerialHead(lines, i);
  if (!shown || displayWidth(lines[i]) === charWidth(lines[i])) return shown;
  const byChars = readSerialHead(lines, i, charWidth);
  if (!byChars || byChars.columns.length !== shown.columns.length) return shown;
  let end = shown.bodyStart;
  while (end < lines.length && lines[end].trim()) end++;
  const aligned = (t: SerialTable, width: (s: string) => number): number => {
    const starts = new Set(lines.slice(i, t.bodyStart).flatMap((l) => spacedCells(l, width).map((c) => c.col)));
    return lines.slice(t.bodyStart, end).reduce((n, l) => n + spacedCells(l, width).filter((c) => c.col > 0 && starts.has(c.col)).length, 0);
  };
  return aligned(byChars, charWidth) > aligned(shown, displayWidth) ? byChars : shown;
}

/** The current column of a head: the stamps decide; a title line only names one where the stamps run in no order. */
function decide(h: Head): CurrentColumn {
  const up = h.keys.every((k, n) => n === 0 || k > h.keys[n - 1]);
  const down = h.keys.every((k, n) => n === 0 || k < h.keys[n - 1]);
  // Review s32: a title line never overrides stamps in strict order ("Ward: 4 West   Current   Bed 12" over three
  // ordered dates showed the oldest column, K 6.9 critical read as 4.0).
  const mark = h.marked ?? (!up && !down ? h.titled : undefined);
  return currentColumn(h.keys, h.kind, h.dated, mark);
}

function headWith(lines: readonly string[], i: number, dayFirst: boolean, width: (s: string) => number): Head | undefined {
  const first = stampLine(spacedCells(lines[i], width), undefined, [dayFirst]);
  // A starred clock line with no dates above is no head of its own: times across midnight cannot be ordered, and the
  // dates it belongs under may have been taken into a title line ("Test results" over the dates).
  if (!first || (first.kind === 'clock' && first.marked)) return undefined;
  // A result column titled beside the stamps ("项目  结果  单位  参考范围  03-11  03-04"): the table holds one current
  // result, and the dated columns are previous results — the column-title reader reads it (review s34 D, s28 f09).
  const words = spacedCells(lines[i], width).filter((c) => !first.cells.some((s) => s.col === c.col));
  // Only beside a unit column of its own: "结果单位" alone is the unit column's title (review s30 g27).
  if (words.some((c) => resultTitle(c.text)) && words.some((c) => columnRole(title(c.text)) === 'unit')) return undefined;
  const columns = first.cells.map((c) => ({ col: c.col, end: c.end }));
  let keys = first.keys;
  let kind = first.kind;
  // One column marked current on the stamp line itself ("03-02  03-09  03-16(本次)").
  let marked: number | undefined = first.current;
  // A title line right above the stamps naming one column current ("Baseline   CURRENT   Previous" over three dates).
  const titled = i > 0 ? titleLatest(lines[i - 1], columns, width) : undefined;
  let j = i + 1;
  for (; j < lines.length && j <= i + 4; j++) {
    const cells = spacedCells(lines[j], width);
    if (cells.length === 0 || aliasAtNameStart(cells[0].text)) break;
    const more = stampLine(cells, first.kind === 'date' ? columns : undefined, [dayFirst]);
    if (more && more.cells.length === columns.length) {
      const aligned = more.cells.every((c, k) => overlaps(columns[k], c));
      if (aligned)
        more.cells.forEach((c, k) => {
          columns[k] = { col: Math.min(columns[k].col, c.col), end: Math.max(columns[k].end, c.end) };
        });
      // Dates order the columns before clock times do ("Date 15/03/24 02/04/24" / "Time 10:20 08:05"); a clock line
      // under dates printed without times orders the columns of one day among themselves ("03/14/25 03/14/25
      // 03/13/25" over "09:40 * 06:35 23:50": the current specimen is the leftmost, not the day-old rightmost). One
      // clock per date column: the n-th clock is the n-th date's, whatever their printed places.
      // Bare four-digit numbers under dates are clock times only beside a title ("Time  0800  0815"): alone they may
      // be accession numbers (review s24 H8).
      const clocks = more.kind === 'clock' && (cells.length > more.cells.length || more.cells.every((c) => /:/.test(c.text)));
      if (first.kind === 'date' && clocks && keys.every((k) => k % 10000 === 0)) keys = keys.map((k, n) => k + more.keys[n]);
      else if (keys.every((k, n) => n === 0 || k === keys[n - 1])) {
        keys = more.keys;
        kind = more.kind;
      }
      continue;
    }
    const mark = cells.findIndex((c) => LATEST.test(c.text.trim()));
    if (mark >= 0) {
      const k = columns.findIndex((col) => overlaps(col, cells[mark]));
      if (k >= 0) marked = k;
      continue;
    }
    // One "Result" title under stamps ("日 期 2025-03-14 09:40  2025-03-14 11:02" over "项 目  结 果  单 位"): the
    // stamps are one specimen's collected and reported times over a single-result table, not columns.
    // A mark naming the current column ("(latest)", 本次) is no such title.
    if (cells.filter((c) => resultTitle(c.text)).length === 1) return undefined;
    // A head line of words and numbers under the columns (lab numbers, "(0 h)", titles "Units  Ref").
    if (cells.every((c) => columns.some((col) => overlaps(col, c)) || isHeadWord(c.text))) continue;
    // A labelled line of one code per column ("Lab No.   5512034   5890211"), its places lost: a head line by order.
    if (isHeadWord(cells[0].text) && cells.length === columns.length + 1 && cells.slice(1).every((c) => /\d/.test(c.text) && !/\s/.test(c.text))) continue;
    break;
  }
  const dated = kind === 'date' && keys.every((k) => k >= 1e8);
  const heads = lines
    .slice(i, j)
    .flatMap((l) => spacedCells(l, width))
    .filter((c) => isHeadWord(c.text));
  const titles = heads.filter((c) => !columns.some((col) => overlaps(col, c))).map((c) => ({ col: c.col, end: c.end }));
  const rangeTitled = heads.some((c) => columnRole(title(c.text)) === 'range');
  const present = presentColumn(spacedCells(lines[i], width), first.cells);
  const untitled = present ? titles.filter((t) => t.col !== present.col) : titles;
  return { columns, keys, kind, dated, marked, titled, bodyStart: j, titles: untitled, rangeTitled, ...(present ? { present } : {}) };
}

/**
 * The column a title line above the stamps names current, when the line is a row of column titles: at least two
 * role cells (current, previous, baseline, 本次, 上次…), each over exactly one stamp column and no two over the same,
 * exactly one of them naming the current column; every other cell over a column is no cell of a title row, and one
 * beside the columns must be a head word ("Units", "Ref range"). A single "Current" / "Now" cell in a header line
 * ("Ward: 4 West   Current   Bed 12", "Patient status:   Now   inpatient") is no title row (review s32 b16/b17).
 */
function titleLatest(line: string, columns: readonly Span[], width: (s: string) => number): number | undefined {
  const roles: { k: number; current: boolean }[] = [];
  for (const c of spacedCells(line, width)) {
    const under = columns.flatMap((col, k) => (overlaps(col, c) ? [k] : []));
    const t = title(c.text);
    const current = LATEST.test(t);
    const role = current || columnRole(t) === 'previous';
    if (under.length === 0) {
      if (!isHeadWord(c.text)) return undefined;
      continue;
    }
    if (!role || under.length !== 1) return undefined;
    roles.push({ k: under[0], current });
  }
  const current = roles.filter((r) => r.current);
  if (roles.length < 2 || current.length !== 1 || new Set(roles.map((r) => r.k)).size !== roles.length) return undefined;
  return current[0].k;
}

/** A reference-range cell: two numbers joined by a dash or tilde ("0.70-1.00 mmol/L", "3.5 ～ 5.3"). A whole cell,
 *  spaces and unit included, so not line-tokens.ts parseRangeToken, which reads one unspaced token. */
const RANGE_CELL = /\d\s*[-–~～]\s*\.?\d/;

/**
 * One body row of a serial table as a canonical line "name   value [flag]   other cells" (the current column's value,
 * or the newest non-empty one), or undefined when the row has no name, nothing under a collection column, or its
 * current value cannot be decided (serial-row.ts reads it).
 */
export function serialRow(line: string, t: SerialTable): string | undefined {
  const r = readSerialRow(line, t);
  return r?.kind === 'current' ? r.text : undefined;
}

/**
 * A stamp cell as a photo may leave it: the glued role mark's bracket lost or split off ("03-16 本次 )", "03/10( 本次 )").
 * The mark is still read by LATEST and the column-title reader only; clock times are no columns here (a bare "0553"
 * is as likely a value). The date part ends where no digit or 日 follows, so a Chinese date keeps its 日
 * ("3月18日 本次 )" is 3月18日 marked 本次, not 3月18 marked "日本次": review s28 k10).
 */
function photoStamp(text: string): Stamp {
  for (const dayFirst of [true, false]) {
    const whole = stamp(text, dayFirst);
    if (whole) return whole.kind === 'clock' ? undefined : whole;
    const damaged = /^(.*?[\d日])(?![\d日])\s*[(（]?\s*([^\d()（）]{1,16}?)\s*[)）]?$/.exec(text.trim());
    if (!damaged) continue;
    const mark = damaged[2].trim();
    if (!LATEST.test(mark) && columnRole(mark) !== 'previous') continue;
    const s = plainStamp(damaged[1], dayFirst);
    if (s && s.kind !== 'clock') return s;
  }
  return undefined;
}

/**
 * A photographed head of collection columns that the serial reader may not read (a column title misread, "單位" as
 * "挂位"; the mark's bracket lost): column titles first — at least one the title reader knows, none a test's name, no
 * number — then two or more date (or hours-since) stamps side by side ending the line, a stray mark word after them
 * at most. The stamp cells, and the one a whole bracketed mark names current ("03-18(本次)"), or undefined.
 */
function photoStampHead(line: string): { stamps: Cell[]; marked?: number } | undefined {
  const cells = spacedCells(line);
  const at = cells.findIndex((c) => photoStamp(c.text));
  if (at < 1) return undefined;
  const before = cells.slice(0, at).map((c) => c.text);
  if (before.some((w) => /\d/.test(w) || aliasAtNameStart(w)) || !before.some((w) => columnRole(title(w)) !== undefined)) return undefined;
  let n = at;
  while (n < cells.length && photoStamp(cells[n].text)) n++;
  const tail = cells.slice(n);
  if (n - at < 2 || tail.some((c) => /\d/.test(c.text) || c.text.length > 8)) return undefined;
  const stamps = cells.slice(at, n);
  if (new Set(stamps.map((c) => photoStamp(c.text)?.kind)).size !== 1) return undefined;
  const marked = stamps.flatMap((c, k) => ([true, false].some((d) => stamp(c.text, d)?.current) ? [k] : []));
  return { stamps, ...(marked.length === 1 ? { marked: marked[0] } : {}) };
}

/**
 * The cells of a row printed under the collection columns (from the first stamp's column on): a digit in them and no
 * range. Which of them hold a number is the line reader's to say (read-report.ts reads each one as the row's value).
 */
function underStamps(line: string, stamps: readonly Cell[]): string[] {
  return spacedCells(line)
    .slice(1)
    .filter((c) => c.end > stamps[0].col && /\d/.test(c.text) && !RANGE_CELL.test(c.text))
    .map((c) => c.text);
}

/**
 * Photo reading of a cumulative table (review of report-texts-26/27/28: the oldest or a middle column was shown as the
 * current result when the OCR'd head was not read as one). For the row at `row`: when it stands in the block of a
 * head of collection columns (photoStampHead) and holds two or more cells under those columns, the cells as printed,
 * and `current` — the cell the serial reader shows when it reads that head itself (readSerialHead and serialRow), or
 * the cell under the column a whole mark names current ("03-18(本次)" beside a damaged "03-11 前次 )": review s28
 * n09), undefined when it cannot tell. The block ends at another table's column titles or at a row with numbers but
 * none under the collection columns (a table of another layout below the cumulative one: review s28 n03; a photo
 * keeps no blank line to end it). Undefined for any other row. Pure.
 */
export function photoSerialValues(lines: readonly string[], row: number): { values: string[]; current?: string } | undefined {
  let head = -1;
  let found: { stamps: Cell[]; marked?: number } | undefined;
  for (let i = row - 1; i >= 0 && i >= row - 40; i--) {
    found = photoStampHead(lines[i]);
    if (found) {
      head = i;
      break;
    }
    // Another table's column titles between the head and the row end the cumulative table.
    const cells = spacedCells(lines[i]);
    if (cells.length >= 2 && cells.filter((c) => isHeadWord(c.text)).length >= 2 && !cells.some((c) => /\d/.test(c.text))) return undefined;
  }
  if (head < 0 || !found) return undefined;
  const { stamps, marked } = found;
  const otherShape = (line: string) =>
    spacedCells(line)
      .slice(1)
      .some((c) => /\d/.test(c.text) && !RANGE_CELL.test(c.text)) && underStamps(line, stamps).length === 0;
  for (let i = head + 1; i <= row; i++) if (otherShape(lines[i])) return undefined;
  const values = underStamps(lines[row], stamps);
  if (values.length < 2 || values.length > stamps.length) return undefined;
  // The serial reader's choice stands when its head holds every stamp column the photo shows (a stamp whose mark was
  // damaged, "03-18 本次 )", is read there as a title word, and the columns left are the earlier ones) — or, failing
  // that, the column a whole current mark names, whatever befell the other stamps' marks.
  const table = readSerialHead(lines, head);
  const whole = table !== undefined && table.columns.length === stamps.length && row >= table.bodyStart;
  const canonical = whole
    ? serialRow(lines[row], table)
    : marked !== undefined
      ? serialRow(lines[row], { columns: stamps.map((c) => ({ col: c.col, end: c.end })), latest: marked, bodyStart: head + 1, placeLatest: marked })
      : undefined;
  // One number under the chosen column (a remark may follow it, its own numbers glued to its words: "15 ↓ 已复核",
  // "6.9 ↑↑ 复查6.7"), or the serial reader did not place the row's values in its columns.
  const current = canonical?.split(CELL_GAP)[1];
  const one = current !== undefined && current.split(/\s+/).filter((w) => /^[*※]?[<>≤≥]?=?-?\d/.test(w)).length === 1;
  return { values, ...(one ? { current } : {}) };
}
