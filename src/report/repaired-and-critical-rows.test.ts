import { describe, expect, it } from 'vitest';
import { triage } from '../safety/triage.js';
import { formatFindings, isEmergencyValue, reportTriage } from './lab-findings.js';
import { parseLabReport } from './parse.js';

// The session-17 review's report findings (/work/coord/reviews-s17/deid-evidence-reports.md R0–R4), with the
// reviewer's own report texts (/tmp/rvd/r2, r4, r5, r6, r7).
const R2 = [
  'Biochemistry',
  'Sodium          121   mmol/L   (135-145)',
  'Potassium       6.8   mmol/L   (3.5-5.3)',
  'Glucose         2.1   mmol/L   (3.9-6.1)',
  'Creatinine      356   umol/L   (45-84)',
  'Ionised calcium 1.02  mmol/L   (1.15-1.29)',
  'Total calcium   3.45  mmol/L   (2.20-2.60)',
  'ALT             48    U/L      (7-40)',
].join('\n');
const R4 = [
  'COAGULATION AND CARDIAC',
  'Test                 Result   Units     Reference',
  'INR                  6.2               0.8-1.2',
  'APTT                 38       sec       25-37',
  'Troponin I           2.85     ng/mL     <0.04',
  'Hemoglobin           14.2     g/dL      12.0-16.0',
  'WBC                  11.8     x10^9/L   4.0-11.0',
  'Lactate              4.6      mmol/L    0.5-2.2',
  'Ca2+                 1.05     mmol/L    1.15-1.29',
].join('\n');
const R5 = [
  '尿常规',
  '项目      结果     参考',
  '尿蛋白    2+      阴性',
  '尿糖      阴性     阴性',
  '亚硝酸盐  阳性     阴性',
  '白细胞酯酶 3+     阴性',
  '尿比重    1.025   1.003-1.030',
].join('\n');
const R6 = [
  'CHEMISTRY PANEL (US units)',
  'Glucose        38     mg/dL    70-99',
  'Potassium      6.9    mEq/L    3.5-5.1',
  'Sodium         119    mEq/L    136-145',
  'Calcium        13.8   mg/dL    8.5-10.2',
  'Hemoglobin     5.8    g/dL     12.0-15.5',
  'Platelets      l5     K/uL     150-400',
  'WBC            1 2.4  K/uL     4.5-11.0',
  'Magnesium      0.9    mg/dL    1.7-2.2',
].join('\n');
const R7 = [
  '血常规 + 凝血',
  '项目        结果      参考区间     单位',
  '血红蛋白    4 5       130-175      g/L',
  '血小板      1 6       125-350      10^9/L',
  '纤维蛋白原   0.8     2-4          g/L',
].join('\n');

const triageOf = (text: string, n = '112') => reportTriage(parseLabReport(text), triage(text, { source: 'report' }), n);

describe('R0: a repaired value says so in the text, not only on the web page', () => {
  it('marks a value read back from look-alike letters or a cut cell with its printed characters', () => {
    const text = formatFindings(parseLabReport(R6));
    expect(text).toMatch(/Platelets[^\n]*: 15 K\/uL \(printed "l5"; please check against the report\)/);
    expect(text).toMatch(/WBC[^\n]*: 12\.4 K\/uL \(printed "1 2\.4"; please check against the report\)/);
    // A value read as printed carries no mark.
    expect(text).toMatch(/Potassium[^\n]*: 6\.9 mEq\/L — /);
  });

  it('puts the mark in the call-now banner when a repaired value is in it', () => {
    const t = triageOf(R6);
    expect(t.level).toBe('emergency');
    expect(t.message).toContain('15 K/uL (printed "l5"; please check against the report)');
  });

  it('says a withheld joined value was not read, never that it has no reference range', () => {
    const text = formatFindings(parseLabReport(R7));
    expect(text).toMatch(/血红蛋白[^\n]*45 g\/L（原件印作“4 5”，未能准确读取，请核对原件） — 未判断（数值未能准确读取）/);
    expect(text).not.toContain('无参考范围');
    const t = triageOf(R7, '120');
    expect(t.message).toContain('可能的危急值未能准确读取');
  });
});

describe('R1: a critical troponin or lactate is call-now, not "today"', () => {
  it('makes the reviewer’s troponin 70× ULN with lactate 4.6 an emergency', () => {
    const r = parseLabReport(R4);
    expect(
      r.results
        .filter(isEmergencyValue)
        .map((x) => x.code)
        .sort(),
    ).toEqual(['ctni', 'lac']);
    const t = triageOf(R4);
    expect(t.level).toBe('emergency');
    expect(t.message).toMatch(/Call 112 or go to the nearest emergency department now/);
    expect(t.message).not.toMatch(/go to a hospital today/);
  });

  it('keeps a troponin or lactate that is only high, and an INR alone, below emergency', () => {
    const high = 'Troponin I   0.09   ng/mL   <0.04\nLactate   3.1   mmol/L   0.5-2.2';
    expect(parseLabReport(high).results.some(isEmergencyValue)).toBe(false);
    expect(triageOf(high).level).not.toBe('emergency');
    const inr = 'INR   6.2      0.8-1.2';
    expect(triageOf(inr).level).toBe('urgent');
    // A lactate printed in mg/dL is critical by its converted value (46 mg/dL ≈ 5.1 mmol/L).
    const mg = parseLabReport('Lactate   46   mg/dL   4.5-19.8');
    expect(mg.results[0]?.flag).toBe('critical-high');
    expect(mg.results.some(isEmergencyValue)).toBe(true);
  });
});

describe('R2: a printed word range after a wide gap is the row’s range, not a second row', () => {
  it('reads 阴性 printed after "白细胞酯酶 3+" as the report’s range', () => {
    const leu = parseLabReport(R5).results.find((r) => r.code === 'u-leu');
    expect(leu?.range).toMatchObject({ text: '阴性', origin: 'report' });
    expect(formatFindings(parseLabReport(R5))).not.toContain('非本报告所印');
    for (const line of ['LEU 3+     阴性', 'NIT 3+      阴性', '尿蛋白 3+     阴性']) expect(parseLabReport(line).results[0]?.range?.origin).toBe('report');
  });

  it('still cuts two tables side by side', () => {
    const r = parseLabReport('1 白细胞 WBC 2.1↓ 10^9/L 3.5-9.5      12 红细胞 RBC 2.86↓ 10^12/L 4.3-5.8');
    expect(r.results.map((x) => x.code)).toEqual(['wbc', 'rbc']);
  });
});

describe('R3: a glucose the report does not call fasting is not shown as fasting', () => {
  it('names "Glucose" and 血糖 without the fasting qualifier', () => {
    const t = triageOf(R2);
    expect(t.message).toContain('Glucose (血糖) 2.1 mmol/L');
    expect(t.message).not.toMatch(/fasting/i);
    expect(formatFindings(parseLabReport(R2))).not.toMatch(/fasting/i);
    expect(formatFindings(parseLabReport('血糖 GLU  28.6   mmol/L   3.9-6.1'))).not.toContain('空腹');
  });

  it('keeps the qualifier where the report prints it', () => {
    expect(formatFindings(parseLabReport('Fasting glucose  7.4  mmol/L  3.9-6.1'))).toMatch(/fasting/i);
    expect(formatFindings(parseLabReport('空腹血糖  7.4  mmol/L  3.9-6.1'))).toContain('空腹血糖');
  });
});

describe('R4: total calcium at or above 3.25 mmol/L (13 mg/dL) is critical', () => {
  it('flags 13.8 mg/dL and 3.45 mmol/L critical-high, 12.9 mg/dL and 3.2 mmol/L high', () => {
    const ca = (line: string) => parseLabReport(line).results[0]?.flag;
    expect(ca('Calcium        13.8   mg/dL    8.5-10.2')).toBe('critical-high');
    expect(ca('Total calcium   3.45  mmol/L   (2.20-2.60)')).toBe('critical-high');
    expect(ca('Calcium        12.9   mg/dL    8.5-10.2')).toBe('high');
    expect(ca('钙 3.20 mmol/L 2.11-2.52')).toBe('high');
    // Ionised calcium keeps its own limits.
    expect(ca('Ionised calcium 1.50  mmol/L   (1.15-1.29)')).toBe('high');
  });
});

describe('review s18 S1: a second result after a three-space gap is its own row', () => {
  it('keeps the critical platelet count printed beside haemoglobin', () => {
    const text = 'Hemoglobin 58 g/L (130-175)   Platelets 18 x10^9/L (125-350)';
    const r = parseLabReport(text);
    expect(r.results.map((x) => [x.code, x.valueText, x.flag])).toEqual([
      ['hgb', '58', 'critical-low'],
      ['plt', '18', 'critical-low'],
    ]);
    const alone = 'Hemoglobin 135 g/L (130-175)   Platelets 18 x10^9/L (125-350)';
    expect(triageOf(alone).level).toBe('emergency');
  });

  it('needs a known name after three spaces: a range or unit cell stays with its row', () => {
    expect(parseLabReport('Potassium 4.2   mmol/L   3.5-5.1').results).toMatchObject([{ code: 'k', valueText: '4.2', range: { text: '3.5-5.1' } }]);
    expect(parseLabReport('Hemoglobin 58 g/L   (130-175)').results).toMatchObject([{ code: 'hgb', range: { origin: 'report' } }]);
  });
});
