// A serial (cumulative) table's row whose current value could not be decided (serial-row.ts: counts that differ and
// places that do not agree, or a head whose newest column the stamps do not name) FAILS CLOSED: the result is kept
// with every printed value, unflagged and marked unreadable — never one collection's value shown as the current result
// (report-texts-34 rt34-24 PDF: haemoglobin 10.9 from 26 Feb shown for 5.9 g/dL critical on 28 Feb). A value of the row
// that would be critical (by our limits or the row's own LL/HH/危急 mark) keeps the alarm as a "please check" entry,
// which the report's triage counts (lab-findings.ts). The same rule as a photo's (intake/read-report.ts severalValues).
// Pure: the caller reads each value as the row's value with its own parser.
import { analyteByCode } from '../knowledge/reference-ranges.js';
import { CELL_GAP } from './column-roles.js';
import { pleaseCheckEntry } from './please-check.js';
import { lineValue } from './serial-row.js';
import type { PleaseCheck } from './please-check.js';
import type { LabResult, SkippedLine } from './types.js';

export const UNDECIDED_REASON = {
  en: 'several values under date columns — which one is the current result could not be told; please check the report',
  zh: '该项目在多个日期列下各有数值，无法确定哪一个是本次结果——请核对原件',
} as const;

/** A row the structure reader left undecided: its canonical line (name, first value, other cells) and its values. */
export interface UndecidedRow {
  text: string;
  values: readonly string[];
}

/**
 * The results with each undecided row's result withheld, and the row's "please check" entries. `reread` reads one
 * canonical line (the row with one of its values) as the parser reads it.
 */
export function withholdUndecided(
  results: readonly LabResult[],
  rows: ReadonlyMap<number, UndecidedRow>,
  reread: (line: string) => readonly LabResult[],
): { results: LabResult[]; skipped: SkippedLine[] } {
  const skipped: SkippedLine[] = [];
  const out = results.map((r) => {
    const row = rows.get(r.line);
    if (!row) return r;
    const alarms = criticalCells(row, reread, r).map((check) => ({
      line: r.line,
      text: row.text,
      reason: UNDECIDED_REASON.en,
      reasonZh: UNDECIDED_REASON.zh,
      check,
    }));
    skipped.push(...(alarms.length > 0 ? alarms : [{ line: r.line, text: row.text, reason: UNDECIDED_REASON.en, reasonZh: UNDECIDED_REASON.zh }]));
    const { printedFlag: _, ...kept } = r;
    return { ...kept, value: null, valueText: row.values.join(' / '), flag: 'unknown' as const, read: { status: 'unreadable' as const } };
  });
  return { results: out, skipped };
}

/**
 * THE fail-closed invariant of a serial row (review fix s35): a row whose value is not shown — undecided, or read to a
 * line the line reader drops — keeps EVERY cell that carries a critical mark or a critical value (the shared limits)
 * as a "please check". Every cell of the row is tried, not only the cells the value pattern took (s24 C7 PDF: "6.8 H*"
 * was no value cell and the current critical was neither shown nor checked), each in the line reader's form ("*6.1"
 * read as "6.1*": s24 C4). `like`: the row's result, when there is one, so only a reading of the same test counts.
 */
export function criticalCells(row: UndecidedRow, reread: (line: string) => readonly LabResult[], like?: Pick<LabResult, 'code' | 'name'>): PleaseCheck[] {
  const [name, ...others] = row.text.split(CELL_GAP);
  // A value-bearing cell: a number, or one with its flag before it; a reference range ("3.5-5.1") is none.
  // A unit ("10^9/L", "10*9/L", "%") is none either: it stays in the line (s26 v05: the unit lost, PLT 18 unchecked).
  const valueCell = (c: string) => /^[*※↑↓<>≤≥]{0,3}\s?=?-?\d/.test(c.trim()) && !/\d\s*[-–~～]\s*\.?\d|[/^%]|\d\*\d/.test(c);
  // Every value the row reader took ("↑ 6.8": s30 r13), and every other value-bearing cell.
  const cells = [...new Set([...row.values, ...others.filter(valueCell)].map(lineValue))];
  const seen = new Set<string>();
  return cells.flatMap((v) => {
    const rest = others.filter((c) => !valueCell(c) && !row.values.includes(c));
    const got = reread([name, v, ...rest].join(CELL_GAP));
    const same = got.find((x) => (like ? (like.code ? x.code === like.code : x.name === like.name) : x.code !== undefined));
    if (!same) return [];
    const check = pleaseCheckEntry(
      same.code ? analyteByCode(same.code) : undefined,
      { name: same.name, valueText: same.valueText, unit: same.unit },
      same.flag,
    );
    if (!check || seen.has(check.valueText)) return [];
    seen.add(check.valueText);
    return [check];
  });
}

/**
 * Serial rows read to one current value whose line gave no result: the row's critical cells as "please check"
 * (criticalCells), so a dropped row never loses a critical.
 */
export function checkDropped(
  results: readonly LabResult[],
  rows: ReadonlyMap<number, UndecidedRow>,
  reread: (line: string) => readonly LabResult[],
): SkippedLine[] {
  const shown = new Set(results.map((r) => r.line));
  const codes = new Set(results.flatMap((r) => (r.code ? [r.code] : [])));
  return [...rows].flatMap(([line, row]) =>
    shown.has(line)
      ? []
      : criticalCells(row, reread)
          .filter((check) => !codes.has(check.code))
          .map((check) => ({ line, text: row.text, reason: DROPPED_REASON.en, reasonZh: DROPPED_REASON.zh, check })),
  );
}

export const DROPPED_REASON = {
  en: 'a row of a table with several date columns was not read — please check the report',
  zh: '多日期列表格中的该行未能读取——请核对原件',
} as const;
