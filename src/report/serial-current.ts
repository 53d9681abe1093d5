// Which collection of a serial (cumulative) table is the current one, decided from the stamps themselves — never from
// where a column is printed. Session 34 (report-texts-34 rt34-03/-24): a PDF text layer drops the leading spaces of a
// date head, so a rule "the rightmost column" or "the column under the mark" read the OLDEST value as current
// (haemoglobin 5.9 g/dL critical shown as 10.9). The current column is the NEWEST stamp; when the stamps cannot say
// which is newest with confidence (a tie, dates without a year that do not run in one direction, clock times that do
// not, day and month that read both ways and disagree), the table is undecided and its rows fail closed
// (serial-undecided.ts). A mark naming a column (本次, <<LATEST>>, a "Current" title) decides only where the stamps
// cannot, and a mark that contradicts stamps in strict order makes the table undecided. Pure.

export type StampKind = 'date' | 'clock' | 'relative';

export interface CurrentColumn {
  /** Index of the current collection, or undefined when it cannot be decided. */
  latest?: number;
  /** Column indices from the newest collection to the oldest, when the stamps order every column. */
  order?: number[];
}

/**
 * The current collection from the columns' stamp keys (larger = later; see serial-columns.ts read) and a column a
 * mark or title names current. `dated`: every date stamp carries its year (a yearless run may cross a new year, so
 * only a run in one direction orders it).
 */
export function currentColumn(stamps: readonly number[], kind: StampKind, dated: boolean, marked?: number): CurrentColumn {
  let keys = stamps;
  const up = keys.every((k, n) => n === 0 || k > keys[n - 1]);
  const down = keys.every((k, n) => n === 0 || k < keys[n - 1]);
  const distinct = new Set(keys).size === keys.length;
  // Stamps that order every column by themselves: a run in one direction, or dates with their year (and hours since
  // the first sample), which order whatever their printed sequence.
  const ordered = up || down || (distinct && ((kind === 'date' && dated) || kind === 'relative'));
  // Dates without a year that run in one direction but for one turn of the calendar ("11-12  01-20  04-03", or
  // "01-03  12-30  12-28" newest first): the dates after the turn are in the next year (review s34 D).
  const turned = !ordered && kind === 'date' && !dated ? yearTurn(keys) : undefined;
  if (turned) keys = turned;
  const order = ordered || turned ? keys.map((_, k) => k).sort((a, b) => keys[b] - keys[a]) : undefined;
  const newest = order?.[0];
  if (marked === undefined) return newest === undefined ? {} : { latest: newest, order };
  // A mark that agrees with the stamps, or the only word on which column is current.
  if (newest === undefined) return { latest: marked };
  return marked === newest ? { latest: newest, order } : {};
}

const DAY = 10000;
const month = (key: number): number => Math.floor(key / (100 * DAY)) % 100;
/** A yearless key as days of a 372-day calendar (31 days a month), to measure a span across a new year. */
const days = (key: number): number => month(key) * 31 + (Math.floor(key / DAY) % 100);

/**
 * Yearless date keys (see serial-columns.ts read: ((0·100 + month)·100 + day)·10000 + minutes) that rise strictly but
 * for ONE fall from a late month (September or after) to an early one (April or before) — or, printed newest first,
 * fall strictly but for one such rise — read with the dates after the turn a year on; all of them within half a year
 * of one another. Undefined when the run is not that shape: a yearless table that turns more than once, or that
 * spans more than half a year, cannot be ordered by its stamps.
 */
function yearTurn(keys: readonly number[]): number[] | undefined {
  const YEAR = 100 * 100 * DAY;
  const rising = (ks: readonly number[]): number[] | undefined => {
    const falls = ks.flatMap((k, n) => (n > 0 && k < ks[n - 1] ? [n] : []));
    if (falls.length !== 1 || ks.some((k, n) => n > 0 && k === ks[n - 1])) return undefined;
    const at = falls[0];
    if (month(ks[at - 1]) < 9 || month(ks[at]) > 4 || ks[ks.length - 1] >= ks[0]) return undefined;
    const span = days(ks[ks.length - 1]) + 372 - days(ks[0]);
    if (span > 186) return undefined;
    return ks.map((k, n) => (n >= at ? k + YEAR : k));
  };
  const up = rising(keys);
  if (up) return up;
  const down = rising([...keys].reverse());
  return down ? down.reverse() : undefined;
}

/**
 * The day order the report's own full dates show (a part above 12 decides: "22/03/2024" is day-first, "02/26/24"
 * month-first), or undefined when none shows one or they disagree. Only slash, hyphen or dotted dates with a year,
 * so decimals ("13.5") and ranges ("3.5-5.3") are never read as dates.
 */
export function documentDayOrder(lines: readonly string[]): 'day-first' | 'month-first' | undefined {
  let dayFirst = false;
  let monthFirst = false;
  const DATE = /(?<![\d.,])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d.,]?\d)|(?<![\d.,])(\d{1,2})\.(\d{1,2})\.\d{4}(?!\d)/g;
  for (const line of lines)
    for (const m of line.matchAll(DATE)) {
      const a = Number(m[1] ?? m[4]);
      const b = Number(m[3] ?? m[5]);
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
      if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
    }
  return dayFirst === monthFirst ? undefined : dayFirst ? 'day-first' : 'month-first';
}
