// A photographed cumulative table whose head the serial reader cannot read whole (session 28, report-texts-28 rt28-12:
// "03-18 本次 )" lost its bracket and the week-old sodium 124 was shown for 119): several values, none shown as current.
import { describe, expect, it } from 'vitest';
import { photoSerialValues } from '../serial-columns.js';
import { applyReadConfidence } from './read-report.js';
import { parseLabReport } from '../parse.js';
import type { OcrLine } from './ocr-lines.js';

const asPhoto = (text: string) => {
  const lines: OcrLine[] = text.split('\n').map((t) => ({ text: t, spans: [{ start: 0, end: t.length, confidence: 95 }] }));
  return applyReadConfidence(parseLabReport(text, { unitsMayBeMisread: true }), lines);
};
const damaged = ['项目      单位      参考范围      03-18 本次 )    03-15      03-11', '血钠      mmol/L    137-147       119 ↓↓          124        128'];

describe('photographed cumulative table', () => {
  it('reads the values of a row under a damaged head, and no current one', () => {
    expect(photoSerialValues(damaged, 1)).toEqual({ values: ['119 ↓↓', '124', '128'] });
  });
  it('leaves the row unreadable with its values and raises the critical one', () => {
    const r = asPhoto(damaged.join('\n'));
    expect(r.results.find((x) => x.code === 'na')).toMatchObject({
      value: null,
      flag: 'unknown',
      read: { status: 'unreadable', printed: '119 ↓↓ / 124 / 128' },
    });
    expect(r.skipped.some((s) => s.check?.code === 'na' && s.check.valueText === '119')).toBe(true);
  });
  it('keeps a single-result table and a clean extreme value as read', () => {
    expect(photoSerialValues(['项目    结果    单位    参考范围', '钾      6.8 ↑↑  mmol/L  3.5-5.3'], 1)).toBeUndefined();
    expect(photoSerialValues(['日期    2025-03-14 09:40    2025-03-14 11:02', '钾      6.8    mmol/L  3.5-5.3'], 1)).toBeUndefined();
  });
});
