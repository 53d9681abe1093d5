// A row's printed unit and printed range read jointly (review s21 R2, R5): a range printed in another unit of the
// analyte is converted into the value's unit, a value is still read against the analyte's own critical limits when the
// range is no unit's of it, and a row that may be read two ways keeps either reading's critical as "please check".
// Each danger row has a harmless twin with the same words.
import { describe, expect, it } from 'vitest';
import { reportTriage } from './lab-findings.js';
import { parseLabReport } from './parse.js';
import { triage } from '../safety/triage.js';

const row = (text: string) => {
  const rep = parseLabReport(text);
  const r = rep.results[0];
  const level = reportTriage(rep, triage(text, { locale: rep.lang === 'zh' ? 'zh-CN' : 'en-US', source: 'report' }), '120').level;
  return { code: r?.code, flag: r?.flag, check: r?.read?.status, checks: rep.skipped.flatMap((s) => (s.check ? [s.check.flag] : [])), level };
};

describe('a printed range in another unit of the analyte is converted into the value’s printed unit', () => {
  it.each([
    ['Glucose 45 mg/dl 3.9-6.1', 'glu', 'critical-low'],
    ['Glucose 1.9 mmol/L 70-99', 'glu', 'critical-low'],
    ['葡萄糖 40 mg/dL 3.9-6.1', 'glu', 'critical-low'],
    ['GLU 520 mg/dL 3.9-6.1', 'glu', 'critical-high'],
    ['Calcium 6.0 mg/dL 2.1-2.6', 'ca', 'critical-low'],
    ['血钙 1.4 mmol/L 8.5-10.5', 'ca', 'critical-low'],
    ['Creatinine 9.8 mg/dL 44-133', 'crea', 'critical-high'],
    ['Hemoglobin 4.8 g/dL 130-175', 'hgb', 'critical-low'],
    ['血红蛋白 48 g/L 11.5-15.0', 'hgb', 'critical-low'],
    ['Platelets 8 x10^9/L 150000-400000', 'plt', 'critical-low'],
  ])('%s → %s %s', (text, code, flag) => {
    const r = row(text);
    expect(r).toMatchObject({ code, flag });
    expect(r.level).not.toBe('routine');
  });

  it.each([
    ['Glucose 90 mg/dl 3.9-6.1', 'glu'],
    ['Glucose 5.0 mmol/L 70-99', 'glu'],
    ['葡萄糖 95 mg/dL 3.9-6.1', 'glu'],
    ['Calcium 9.4 mg/dL 2.1-2.6', 'ca'],
    ['钙 2.35 mmol/L 8.6-10.3', 'ca'],
    ['Creatinine 0.9 mg/dL 44-133', 'crea'],
    ['Hemoglobin 14.2 g/dL 130-175', 'hgb'],
    ['血红蛋白 128 g/L 11.5-15.0', 'hgb'],
    ['Platelets 250 x10^9/L 150000-400000', 'plt'],
    ['WBC 6.1 x10^9/L 4000-11000', 'wbc'],
  ])('harmless twin %s → %s normal, routine', (text, code) => {
    expect(row(text)).toMatchObject({ code, flag: 'normal', level: 'routine', checks: [] });
  });

  it('keeps a high that is high in the printed unit', () => {
    expect(row('Glucose 180 mg/dL 3.9-6.1')).toMatchObject({ code: 'glu', flag: 'high' });
    expect(row('Hemoglobin 10.1 g/dL 130-175')).toMatchObject({ code: 'hgb', flag: 'low' });
  });
});

describe('a row that reads two ways keeps either reading’s critical as "please check"', () => {
  it('a value critical read in the printed unit and normal in the range’s is left unjudged, please check, urgent', () => {
    // 2.2 mg/dL of magnesium is 0.9 mmol/L, but 2.2 mmol/L is critically high.
    const r = row('Magnesium 2.2 mg/dL 0.7-1.0');
    expect(r).toMatchObject({ code: 'mg', flag: 'unknown', check: 'check', checks: ['critical-high'] });
    expect(r.level).not.toBe('routine');
  });

  it('a value only possible in the range’s unit is read there, and its printed-unit critical kept as please check', () => {
    // 15 mg/dL is rare but not impossible; 15 mmol/L fits the range's unit.
    const r = row('Glucose 15 mg/dL 3.9-6.1');
    expect(r).toMatchObject({ code: 'glu', flag: 'high', check: 'check', checks: ['critical-low'] });
    expect(r.level).not.toBe('routine');
  });
});

describe('a printed range that is no unit’s of the analyte never withdraws its own critical (R5)', () => {
  it.each([
    ['血钾 2.4 mmol/L 137-147', 'k', 'critical-low'],
    ['Potassium 2.3 mmol/L 135-145', 'k', 'critical-low'],
    ['Sodium 112 mmol/L 3.5-5.1', 'na', 'critical-low'],
  ])('%s → %s %s, please check, call now (review s22 S2: the unit is the analyte’s, only the range is swapped)', (text, code, flag) => {
    const r = row(text);
    expect(r).toMatchObject({ code, flag, check: 'check', level: 'emergency' });
  });

  it('a range that is no other test’s is no swap: a urine sediment’s white cells per μL raise no blood alarm', () => {
    const rep = parseLabReport('尿液分析报告单 NO.U20240101-0001\n白细胞 WBC 1265.4 /μL 0-28\n红细胞 RBC 38.6 /μL 0-17');
    expect(rep.skipped.filter((s) => s.check)).toEqual([]);
    expect(rep.results.map((r) => r.flag)).toEqual(['high', 'high']);
  });

  it('a value the analyte never has is not its critical: no alarm on a twin', () => {
    expect(row('血钾 4.0 mmol/L 3.5-5.3')).toMatchObject({ code: 'k', flag: 'normal', checks: [], level: 'routine' });
    expect(row('Potassium 4.1 mmol/L 135-145').checks).toEqual([]);
  });
});

describe('a unit that disagrees with a whole name and a printed range that agree is a slip (R1 veto bounded)', () => {
  it.each([
    ['Troponin I 2.8 mmol/L 0-0.04', 'ctni', 'critical-high'],
    ['肌钙蛋白I 2.8 mmol/L 0-0.04', 'ctni', 'critical-high'],
    ['Potassium 7.0 ng/mL 3.5-5.1', 'k', 'critical-high'],
  ])('%s → %s %s, please check', (text, code, flag) => {
    const r = row(text);
    expect(r).toMatchObject({ code, flag, check: 'check' });
    expect(r.level).not.toBe('routine');
  });

  it.each([
    ['Troponin I 0.01 mmol/L 0-0.04', 'ctni'],
    ['Potassium 4.0 ng/mL 3.5-5.1', 'k'],
  ])('harmless twin %s → %s normal, routine', (text, code) => {
    expect(row(text)).toMatchObject({ code, flag: 'normal', level: 'routine' });
  });

  it('reads haemoglobin in mmol/L (Dutch reports) by its own factor', () => {
    expect(row('Hb 5.2 mmol/L 8.5-11.0')).toMatchObject({ code: 'hgb', flag: 'low' });
    expect(row('Hb 9.1 mmol/L 8.5-11.0')).toMatchObject({ code: 'hgb', flag: 'normal', level: 'routine' });
    expect(row('Hb 3.4 mmol/L 8.5-11.0')).toMatchObject({ code: 'hgb', flag: 'critical-low' });
    // g/dL fits 11.5-15.0 far better than mmol/L: the range's unit is g/dL.
    expect(row('血红蛋白 48 g/L 11.5-15.0')).toMatchObject({ code: 'hgb', flag: 'critical-low' });
  });
});

describe('review s22 S3: a one-sided printed range in another unit of the analyte is converted like a two-sided one', () => {
  it.each([
    ['Troponin T 8 ng/L <0.014 ug/L', 'ctnt'],
    ['Troponin T 8 ng/L <0.014', 'ctnt'],
    ['Troponin I 5 ng/L <0.04 ng/mL', 'ctni'],
    ['Glucose 90 mg/dL <5.6', 'glu'],
    ['Glucose 90 mg/dL <6.1 mmol/L', 'glu'],
    ['Cholesterol 180 mg/dL <5.2', 'tc'],
    ['Potassium 4.0 mmol/L 3.5-5.1\nTroponin T 8 ng/L <0.014 ug/L', 'k'],
  ])('normal value %s → %s normal, routine', (text, code) => {
    expect(row(text)).toMatchObject({ code, flag: 'normal', level: 'routine' });
  });

  it.each([
    ['Troponin T 80 ng/L <0.014 ug/L', 'ctnt'],
    ['Glucose 130 mg/dL <5.6', 'glu'],
    ['Cholesterol 280 mg/dL <5.2', 'tc'],
  ])('twin %s → %s high (never normal)', (text, code) => {
    const r = row(text);
    expect(r.code).toBe(code);
    expect(['high', 'critical-high']).toContain(r.flag);
  });
});

describe('review s22 S1: a range in another scale of the analyte never drops the value’s own critical, however extreme', () => {
  it.each([
    ['WBC 65 x10^9/L 4000-11000 /uL', 'wbc', 'critical-high'],
    ['WBC 120 x10^9/L 4000-11000 /uL', 'wbc', 'critical-high'],
    ['Glucose 0.9 mmol/L 70-99', 'glu', 'critical-low'],
    ['Glucose 1200 mg/dL 3.9-6.1', 'glu', 'critical-high'],
    ['Platelets 2 x10^9/L 150000-400000', 'plt', 'critical-low'],
    ['Platelets 5000 /uL 150-400 x10^9/L', 'plt', 'critical-low'],
    ['Neutrophils 0.1 x10^9/L 2000-7500 /uL', 'neut-abs', 'critical-low'],
  ])('%s → %s %s, not routine', (text, code, flag) => {
    const r = row(text);
    expect(r).toMatchObject({ code, flag });
    expect(r.level).not.toBe('routine');
  });

  it.each([
    ['WBC 6.5 x10^9/L 4000-11000 /uL', 'wbc'],
    ['Glucose 5.2 mmol/L 70-99', 'glu'],
    ['Glucose 95 mg/dL 3.9-6.1', 'glu'],
    ['Platelets 250000 /uL 150-400 x10^9/L', 'plt'],
    ['Neutrophils 3.1 x10^9/L 2000-7500 /uL', 'neut-abs'],
  ])('harmless twin %s → %s normal, routine', (text, code) => {
    expect(row(text)).toMatchObject({ code, flag: 'normal', level: 'routine' });
  });
});

describe('review s22 S2: a range judged another test’s gives no high/low, and a critical in the row’s own unit is the analyte’s', () => {
  it.each([
    ['血钾 7.1 mmol/L 137-147', 'k', 'critical-high'],
    ['Sodium 114 mmol/L 3.5-5.1', 'na', 'critical-low'],
  ])('%s → %s %s, call now', (text, code, flag) => {
    expect(row(text)).toMatchObject({ code, flag, level: 'emergency' });
  });

  it.each([
    ['血钾 4.2 mmol/L 137-147', 'k'],
    ['Potassium 4.1 mmol/L 135-145', 'k'],
    ['Sodium 139 mmol/L 3.5-5.1', 'na'],
  ])('harmless twin %s → %s no critical, routine', (text, code) => {
    expect(row(text)).toMatchObject({ code, checks: [], level: 'routine' });
    expect(row(text).flag).not.toMatch(/critical/);
  });
});

describe('a range that prints its own unit beside the value’s other unit (report-texts-26 rt26-26)', () => {
  const flagOf = (text: string) => {
    const r = parseLabReport(text).results[0];
    return [r?.flag, r?.read?.status];
  };
  it.each([
    ['Magnesium   1.5 mg/dL   0.70-1.00 mmol/L', 'low'],
    ['Magnesium   2.0 mg/dL   0.70-1.00 mmol/L', 'normal'],
    ['BUN   16 mg/dL   2.5-7.8 mmol/L', 'normal'],
    ['Phosphate   2.0 mg/dL   0.81-1.45 mmol/L', 'low'],
    ['镁(Mg)   1.5   mg/dL   0.70-1.00 mmol/L', 'low'],
  ])('%s is judged in the value’s unit against the range converted: %s', (text, flag) => {
    expect(flagOf(text)).toEqual([flag, undefined]);
  });

  it.each([
    // No unit on the range: either unit may be the slip, so the row stays unjudged.
    ['Magnesium   1.5 mg/dL   0.70-1.00', 'unknown'],
    // The range's unit disagrees with its size: no evidence.
    ['Magnesium   1.5 mg/dL   0.70-1.00 mg/dL', 'unknown'],
    // A critical under either reading keeps the please-check path: 3.2 mg/dL calcium is likelier a slip.
    ['Calcium   3.2 mg/dL   2.1-2.6 mmol/L', 'unknown'],
    ['Magnesium   2.6 mg/dL   0.70-1.00 mmol/L', 'unknown'],
  ])('%s stays %s', (text, flag) => {
    expect(flagOf(text)).toEqual([flag, 'check']);
  });
});

describe('the printed-unit reading gives way to the lab and to a low that means nothing (review s26 R2, R3)', () => {
  const flagOf = (text: string) => {
    const r = parseLabReport(text).results[0];
    return [r?.flag, r?.printedFlag, r?.read?.status];
  };
  it.each([
    // The lab's H agrees with the range-unit reading: its own flag stands, please check — not a confident "low".
    ['Magnesium   1.5 mg/dL   0.70-1.00 mmol/L   H', ['high', 'high', 'check']],
    ['镁(Mg)   1.5   mg/dL   0.70-1.00 mmol/L  ↑', ['high', 'high', 'check']],
    ['Phosphate   1.6 mg/dL   0.81-1.45 mmol/L   H', ['high', 'high', 'check']],
    // 0.39 mmol/L lactate is no finding; 3.5 mmol/L is: unjudged, please check.
    ['Lactate   3.5 mg/dL   0.5-2.2 mmol/L', ['unknown', undefined, 'check']],
  ])('%s → %j', (text, want) => {
    expect(flagOf(text)).toEqual(want);
  });

  it.each([
    // A lab flag that agrees with the printed-unit reading, and a low the analyte has a critical limit for, stand.
    ['Magnesium   1.5 mg/dL   0.70-1.00 mmol/L   L', ['low', undefined, undefined]],
    ['Magnesium   1.2 mg/dL   0.70-1.00 mmol/L', ['low', undefined, undefined]],
    ['Total Bilirubin   1.5 mg/dL   3.4-20.5 umol/L', ['high', undefined, undefined]],
  ])('%s → %j', (text, want) => {
    expect(flagOf(text)).toEqual(want);
  });
});
