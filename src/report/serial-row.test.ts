import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';
import { readSerialHead } from './serial-columns.js';
import { currentColumn, documentDayOrder } from './serial-current.js';
import { isCollectionValue, readSerialRow } from './serial-row.js';

// Session 34 (report-texts-34 rt34-03/-24 in PDF): a PDF text layer drops a date head's leading spaces, and the place
// reading showed the OLDEST column as current. Texts written for these tests in the shapes a PDF gives (head at
// column 0, rows drifting by a character or two); none is copied from a batch.
const read = (text: string) => parseLabReport(text).results.map((r) => [r.code, r.valueText, r.flag, r.read?.status ?? 'ok']);

describe('serial rows by order: one value per stamp column, whatever the places', () => {
  it('reads the newest column of a head that lost its indentation (dates ascending, clock line with a title)', () => {
    const text = [
      '11/05/24     12/05/24     14/05/24',
      'Analyte              07:10        06:55        07:30        Units       Ref range',
      'Haemoglobin           9.8 L        7.9 L        5.6 LL      g/dL        12.0-15.5',
      'Platelets            210          188          96 L         x10^9/L     150-400',
      'Creatinine            61           88 H        140 H        umol/L      45-84',
    ].join('\n');
    expect(read(text)).toEqual([
      ['hgb', '5.6', 'critical-low', 'ok'],
      ['plt', '96', 'low', 'ok'],
      ['crea', '140', 'high', 'ok'],
    ]);
  });

  it('finds the newest date wherever it is printed (the middle column), never the rightmost by place', () => {
    const t = readSerialHead(['07/01/25      21/02/25      14/02/25'], 0);
    expect(t).toMatchObject({ latest: 1, order: [1, 2, 0] });
    const row = readSerialRow('Sodium            139           124 L         131 L         mmol/L      133-146', t!);
    expect(row).toEqual({ kind: 'current', text: 'Sodium   124 L   mmol/L   133-146' });
  });

  it('a test not done in the newest collection takes the newest earlier one by date, and a dash counts as a column', () => {
    const t = readSerialHead(['03/03/25   01/03/25   02/03/25'], 0)!;
    // Newest 03/03 has a dash: the next newest by date is 02/03 (the rightmost), not 01/03 beside it.
    expect(readSerialRow('CRP               --         12 H       48 H       mg/L     <5', t)).toEqual({ kind: 'current', text: 'CRP   48 H   mg/L   <5' });
  });

  it('a bound printed as the range right after the values is no collection (11 L  14 L  21 L  >60)', () => {
    const t = readSerialHead(['02/02/24   09/02/24   16/02/24'], 0)!;
    expect(readSerialRow('eGFR              11 L       14 L       21 L       >60       mL/min/1.73m2', t)).toEqual({
      kind: 'current',
      text: 'eGFR   21 L   >60   mL/min/1.73m2',
    });
    expect(isCollectionValue('5.9 LL')).toBe(true);
    expect(isCollectionValue('--')).toBe(true);
    expect(isCollectionValue('mmol/L')).toBe(false);
  });
});

describe('fail closed: the current value cannot be decided', () => {
  it('a row with fewer values than columns and places that disagree is withheld, its critical value kept as please-check', () => {
    const text = ['05/06/24     06/06/24     07/06/24', 'Potassium        6.9 HH       5.1 H        mmol/L     3.5-5.1'].join('\n');
    const r = parseLabReport(text);
    const k = r.results.find((x) => x.code === 'k');
    expect(k).toMatchObject({ value: null, valueText: '6.9 HH / 5.1 H', flag: 'unknown', read: { status: 'unreadable' } });
    expect(r.skipped.some((s) => s.check?.code === 'k' && s.check.valueText === '6.9' && s.check.flag === 'critical-high')).toBe(true);
  });

  it('two collections at the same date and time: withheld, never the rightmost', () => {
    const text = ['          09/09/24    09/09/24    Reference', '          10:15       10:15', 'Sodium    128 L       141         135-145'].join('\n');
    expect(read(text)).toEqual([['na', '128 L / 141', 'unknown', 'unreadable']]);
  });

  it('dates that read both day-first and month-first follow the report, else are undecided when the two disagree', () => {
    const head = '                 03/04/24     04/03/24';
    const row = 'Potassium        4.2          5.9 H        mmol/L   3.5-5.1';
    // No other date says which: 3 Apr vs 4 Mar (day-first) or 4 Mar vs 3 Apr (month-first) — withheld.
    expect(read([head, row].join('\n'))).toEqual([['k', '4.2 / 5.9 H', 'unknown', 'unreadable']]);
    // The report's own date 25/04/24 is day-first: 3 Apr (the left column) is the newest.
    expect(read(['Reported 25/04/24 10:02', head, row].join('\n'))).toEqual([['k', '4.2', 'normal', 'ok']]);
    // The report's date 04/25/24 is month-first: 04/03/24 is 3 April, the newest, on the right.
    expect(read(['Reported 04/25/24 10:02', head, row].join('\n'))).toEqual([['k', '5.9', 'high', 'ok']]);
  });

  it('a mark naming a column that is not the newest date contradicts the stamps: undecided', () => {
    expect(
      currentColumn(
        [20240301, 20240302, 20240303].map((d) => d * 10000),
        'date',
        true,
        1,
      ),
    ).toEqual({});
    expect(
      currentColumn(
        [20240301, 20240302, 20240303].map((d) => d * 10000),
        'date',
        true,
        2,
      ),
    ).toEqual({ latest: 2, order: [2, 1, 0] });
    // Clock times in no order (a night across midnight) decide nothing by themselves; a mark then does.
    expect(currentColumn([1320, 60, 420], 'clock', false)).toEqual({});
    expect(currentColumn([1320, 60, 420], 'clock', false, 2)).toEqual({ latest: 2 });
    // Yearless dates that rise but for one turn of the calendar (12-28, 01-03, 01-10; review s34 D): the dates after
    // the turn are the next year's — also printed newest first (01-03, 12-30, 12-28).
    expect(currentColumn([12280000, 1030000, 1100000], 'date', false)).toMatchObject({ latest: 2, order: [2, 1, 0] });
    expect(currentColumn([1030000, 12300000, 12280000], 'date', false)).toMatchObject({ latest: 0, order: [0, 1, 2] });
    // Nov 12, Jan 20, Apr 3 (review s34 bt02): the newest is April's.
    expect(currentColumn([11120000, 1200000, 4030000], 'date', false)).toMatchObject({ latest: 2 });
    // Still undecided: two turns, a turn from a summer month, or a span over half a year.
    expect(currentColumn([12280000, 1030000, 12200000, 1050000], 'date', false)).toEqual({});
    expect(currentColumn([6100000, 1030000, 2100000], 'date', false)).toEqual({});
    expect(currentColumn([9010000, 1030000, 4100000], 'date', false)).toEqual({});
  });

  it('reads the day order the report shows, never from decimals or ranges', () => {
    expect(documentDayOrder(['Collected 22/03/2024 09:41'])).toBe('day-first');
    expect(documentDayOrder(['Collected 03/22/24'])).toBe('month-first');
    expect(documentDayOrder(['Glucose 13.5 mmol/L 3.9-6.1', 'Na 14-15-16'])).toBeUndefined();
    expect(documentDayOrder(['22/03/2024', '03/22/2024'])).toBeUndefined();
  });
});
