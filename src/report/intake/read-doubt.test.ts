import { describe, expect, it } from 'vitest';
import type { OcrWord } from './ocr-lines.js';
import { criticalInSomeUnit, rowPrecision } from './read-doubt.js';
import { pleaseCheckLines, reportTriage } from '../lab-findings.js';
import { pageDocument, parseReportDocument } from './read-report.js';

describe("rowPrecision: a value read from a photo must have its row's precision", () => {
  const range = (text: string, low: number, high: number) => ({ text, low, high, origin: 'report' as const });
  it('doubts a whole number beside a range printed with decimals, offering the re-pointed reading', () => {
    expect(rowPrecision({ value: 31, valueText: '31', range: range('3.9-6.1', 3.9, 6.1) })).toEqual({ kind: 'doubt', alternative: '3.1' });
    expect(rowPrecision({ value: 14, valueText: '14', range: range('1.04-1.55', 1.04, 1.55) })).toEqual({ kind: 'doubt', alternative: undefined });
  });
  it('doubts a single digit beside a range starting at ten or more', () => {
    expect(rowPrecision({ value: 4, valueText: '4', range: range('35-50', 35, 50) })).toEqual({ kind: 'doubt' });
  });
  it('accepts values at the range precision and whole numbers inside a decimal range', () => {
    expect(rowPrecision({ value: 5.2, valueText: '5.2', range: range('3.9-6.1', 3.9, 6.1) })).toEqual({ kind: 'consistent' });
    expect(rowPrecision({ value: 140, valueText: '140', range: range('135.0-145.0', 135, 145) })).toEqual({ kind: 'consistent' });
    expect(rowPrecision({ value: 88, valueText: '88', range: range('57-111', 57, 111) })).toEqual({ kind: 'consistent' });
  });
});

describe('criticalInSomeUnit: a value whose unit was not read', () => {
  it('is critical in g/L (haemoglobin 48) or mmol/L (potassium 7.4)', () => {
    expect(criticalInSomeUnit({ code: 'hgb', value: 48 })).toBe(true);
    expect(criticalInSomeUnit({ code: 'k', value: 7.4 })).toBe(true);
  });
  it('is not when every plausible unit calls it non-critical', () => {
    expect(criticalInSomeUnit({ code: 'k', value: 4.2 })).toBe(false);
    expect(criticalInSomeUnit({ code: 'hgb', value: 128 })).toBe(false);
  });
});

describe('photo rows end to end (applyReadConfidence)', () => {
  /** Words of one printed row: cells split on two spaces, placed 200 px apart, read at confidence 96. */
  const row = (t: string, y = 0): OcrWord[] =>
    t.split('  ').map((w, i) => ({ text: w, confidence: 96, x0: i * 200, x1: i * 200 + w.length * 10, y0: y, y1: y + 20 }));
  const read = (t: string) => parseReportDocument(pageDocument('p.jpg', row(t))).results[0];

  it('withholds a whole-number glucose whose lost point would make it critical (21 or 2.1?)', () => {
    const r = read('葡萄糖  GLU  21  mmol/L  3.9-6.1');
    expect(r.read?.status).toBe('unreadable');
    expect(r.value).toBeNull();
  });
  it('asks to check a whole number that is not critical either way, and leaves a consistent value alone', () => {
    expect(read('C反应蛋白  CRP  12  mg/L  0.0-5.0').read?.status).toBe('check');
    expect(read('葡萄糖  GLU  5.4  mmol/L  3.9-6.1').read?.status).toBe('ok');
  });
  it('marks a value whose unit was not read when it would be critical in some unit', () => {
    const r = read('血红蛋白  HGB  49  en  ');
    expect(r.read?.status).toBe('check');
  });
});

describe('a withheld or untraced critical reading still reaches the findings and triage (session 9)', () => {
  const words = (t: string, y = 0, conf = 96): OcrWord[] =>
    t.split('  ').map((w, i) => ({ text: w, confidence: conf, x0: i * 200, x1: i * 200 + w.length * 10, y0: y, y1: y + 20 }));
  it('lists a value withheld because one reading would be critical (2.1 for 21) as "please check", and triage is at least urgent', () => {
    const report = parseReportDocument(pageDocument('p', words('葡萄糖  GLU  21  mmol/L  3.9-6.1')));
    expect(report.results[0].read?.status).toBe('unreadable');
    expect(pleaseCheckLines(report).map((s) => [s.check.code, s.check.valueText, s.check.flag])).toEqual([['glu', '21', 'critical-low']]);
    expect(reportTriage(report, { level: 'routine', reasons: [], message: '' }, '120').level).toBe('urgent');
  });
  // Review D finding 9: a doubted whole number that is critical as read was withheld with no "please check".
  it('asks to check a doubted whole number critical as read, whether or not a re-pointed reading exists (en + zh)', () => {
    const rows: [string, string, string][] = [
      ['Potassium  8  mmol/L  3.50-5.10', 'k', 'critical-high'],
      ['Haemoglobin  4  g/dL  12.0-16.0', 'hgb', 'critical-low'],
      ['血小板计数  PLT  6  10^9/L  100-300', 'plt', 'critical-low'],
      ['血钾  K  1  mmol/L  3.5-5.3', 'k', 'critical-low'],
      // The re-pointed 3.1 is not critical, but 31 as read is: the value is withheld and the alarm stays.
      ['白细胞计数  WBC  31  x10^9/L  4.0-11.0', 'wbc', 'critical-high'],
    ];
    for (const [text, code, flag] of rows) {
      const report = parseReportDocument(pageDocument('p', words(text)));
      expect(report.results[0].read?.status).toBe('unreadable');
      expect(pleaseCheckLines(report).map((s) => [s.check.code, s.check.flag])).toEqual([[code, flag]]);
      expect(reportTriage(report, { level: 'routine', reasons: [], message: '' }, '120').level).toBe('urgent');
    }
  });
  it('lists an untraced name beside a value the report marks critical, by its printed name', () => {
    const report = parseReportDocument(pageDocument('p', words('估计臂纲球退滢率  6.9  mmol/L  3.5-5.1  危急值', 0, 40)));
    expect(report.results).toEqual([]);
    expect(pleaseCheckLines(report).map((s) => [s.check.nameZh, s.check.flag])).toEqual([['估计臂纲球退滢率', 'critical-high']]);
  });
});
