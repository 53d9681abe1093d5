// Review s21 (reports #15, /work/coord/reviews-s21/deid-reports-consult.md R1, R3, R4): the reviewer's rows and variants.
// R1: one test's row under another's name is "please check", never normal: flagged against its printed range, no
// all-normal sentence, and a value that is critical for the printed range's own analyte keeps the report at least urgent.
// R3: a real word of another substance is vetoed only when the printed unit and range do not fit the near analyte.
// R4: the printed range vetoes a name read from a part of a longer one (肌钙蛋臼I … 0-0.04 is no calcium).
import { describe, expect, it } from 'vitest';
import type { Triage } from '../safety/types.js';
import { formatFindings, pleaseCheckLines, reportTriage, unjudgedResults } from './lab-findings.js';
import { parseLabReport } from './parse.js';

const routine: Triage = { level: 'routine', reasons: [], message: '' };
const read = (text: string) => {
  const report = parseLabReport(text);
  return { report, triage: reportTriage(report, routine, '911') };
};

describe('R1: an impossible value on another test’s range is never all-normal', () => {
  it.each([
    'Potassium 4.1 mmol/L 3.5-5.1\nSodium 6.9 mmol/L 3.5-5.1\nChloride 101 mmol/L 98-107',
    '血钾 4.1 mmol/L 3.5-5.3\n血钠 6.9 mmol/L 3.5-5.3\n血氯 101 mmol/L 98-107',
    'Natrium 6.9 mmol/L 3.5-5.1',
    'Sodium 7.2 mmol/L (3.5-5.3)',
  ])('%s: flagged high against its printed range, please check, at least urgent with the notice', (text) => {
    const { report, triage } = read(text);
    const na = report.results.find((r) => r.code === 'na');
    expect(na?.flag).toBe('high');
    expect(na?.read?.status).toBe('check');
    expect(na?.range?.origin).toBe('report');
    const findings = formatFindings(report);
    expect(findings).not.toMatch(/no reference range|无参考范围/);
    expect(pleaseCheckLines(report).map((s) => s.check.code)).toContain('k');
    expect(['urgent', 'emergency']).toContain(triage.level);
    expect(triage.message).toMatch(/6\.9|7\.2/);
  });

  it('a value within the printed range of the other test is please check, unjudged, and no all-normal report', () => {
    const { report, triage } = read('Potassium 139 mmol/L (135-145)\nChloride 101 mmol/L 98-107');
    const k = report.results.find((r) => r.code === 'k');
    expect(k?.flag).toBe('unknown');
    expect(unjudgedResults(report).map((r) => r.code)).toEqual(['k']);
    expect(formatFindings(report)).not.toMatch(/no reference range/);
    expect(triage.level).toBe('routine');
  });

  it('a high but not critical value for the range’s analyte: flagged high, no please-check alarm', () => {
    const { report, triage } = read('Sodium 5.5 mmol/L 3.5-5.1');
    expect(report.results[0].flag).toBe('high');
    expect(pleaseCheckLines(report)).toEqual([]);
    expect(triage.level).toBe('routine');
  });
});

describe('R3: a real word read as the analyte when name, unit and range all fit', () => {
  it.each([
    ['Creatine 850 umol/L 44-133', 'crea'],
    ['Creatine 9.8 mg/dL (0.6-1.2)', 'crea'],
    ['Lactose 9.1 mmol/L 0.5-2.2', 'lac'],
  ])('%s → %s, critical, please check', (text, code) => {
    const { report, triage } = read(text);
    expect(report.results.map((r) => ({ code: r.code, flag: r.flag, check: r.read?.status }))).toEqual([{ code, flag: 'critical-high', check: 'check' }]);
    expect(['urgent', 'emergency']).toContain(triage.level);
  });

  it.each([
    ['Creatine 850 U/L 24-195', 'crea'],
    ['Lactose 9.1 g/L 0.5-2.2', 'lac'],
    ['Creatine 900 umol/L', 'crea'],
    ['Lactose 6.2 mmol/L', 'lac'],
    ['Creatine 60 umol/L (13-53)', 'crea'],
  ])('%s stays another substance (unit or range not the analyte’s)', (text, code) => {
    expect(parseLabReport(text).results.map((r) => r.code)).not.toContain(code);
  });
});

describe('R4: the printed range vetoes a name read from part of a longer one', () => {
  it.each(['肌钙蛋臼I 2.8 mmol/L 0-0.04', '肌钙蛋臼T 0.9 mmol/L (<0.014)'])('%s is no calcium', (text) => {
    expect(parseLabReport(text).results.map((r) => r.code)).not.toContain('ca');
  });

  it('a mean cell haemoglobin concentration holding 血红蛋白 is no haemoglobin of 310 (its range is not Hb’s)', () => {
    const [r] = parseLabReport('平均紅血球血紅蛋白濃度 310    L  g/L   320-360').results;
    expect(r.code).not.toBe('hgb');
    expect(r.flag).toBe('low');
  });

  it('keeps calcium with its own range and troponin in its own unit', () => {
    expect(parseLabReport('血钙 2.8 mmol/L 2.1-2.6').results[0].code).toBe('ca');
    expect(parseLabReport('Calcium 2.8 mmol/L 2.1-2.6').results[0].code).toBe('ca');
    expect(parseLabReport('肌钙蛋臼I 2.8 ng/mL 0-0.04').results[0].code).toBe('ctni');
  });
});

describe('R2: a critical platelet count in a US unit spelling', () => {
  it.each(['Platelets 9 thou/mm3 150-400', 'Platelets 9 K/mm3 150-400', 'WBC 1.1 thou/mm3 4.0-11.0'])('%s is critical-low', (text) => {
    expect(parseLabReport(text).results[0].flag).toBe('critical-low');
  });
});
