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
    const [name, , ...rest] = row.text.split(CELL_GAP);
    const read = row.values.flatMap((v) => {
      const got = reread([name, v, ...rest].join(CELL_GAP));
      const same = got.find((x) => (r.code ? x.code === r.code : x.name === r.name));
      return same ? [same] : [];
    });
    const alarms = read.flatMap((x) => {
      const check = pleaseCheckEntry(x.code ? analyteByCode(x.code) : undefined, { name: x.name, valueText: x.valueText, unit: x.unit }, x.flag);
      return check ? [{ line: r.line, text: row.text, reason: UNDECIDED_REASON.en, reasonZh: UNDECIDED_REASON.zh, check }] : [];
    });
    skipped.push(...(alarms.length > 0 ? alarms : [{ line: r.line, text: row.text, reason: UNDECIDED_REASON.en, reasonZh: UNDECIDED_REASON.zh }]));
    const { printedFlag: _, ...kept } = r;
    return { ...kept, value: null, valueText: row.values.join(' / '), flag: 'unknown' as const, read: { status: 'unreadable' as const } };
  });
  return { results: out, skipped };
}
