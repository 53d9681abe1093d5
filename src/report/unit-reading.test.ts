// A row read jointly by name × unit × value × printed range (review s20 R1–R5, R7): the unit vetoes a name it can never
// belong to, misspelt and homophone names are repaired only when the row agrees, a real word of another substance is
// never repaired, a multiplier unit is one token, a bracketed specimen remark is no unit and no lost row.
import { describe, expect, it } from 'vitest';
import { admittedUnits, analytesAdmitting, unitVetoes } from '../knowledge/analyte-units.js';
import { analyteByCode, REFERENCE_TABLE } from '../knowledge/reference-ranges.js';
import { parseLabReport } from './parse.js';

const one = (text: string) => {
  const r = parseLabReport(text).results;
  return r.map((x) => ({ code: x.code, value: x.value, flag: x.flag, check: x.read?.status }));
};

describe('the analyte × admissible-unit table', () => {
  it('gives every analyte with a unit its canonical unit, and every unit back its analytes', () => {
    for (const an of REFERENCE_TABLE) {
      if (!an.unit) continue;
      expect(admittedUnits(an).size).toBeGreaterThan(0);
      for (const u of admittedUnits(an)) expect(analytesAdmitting(u).map((a) => a.code)).toContain(an.code);
    }
  });

  it('vetoes only a unit other analytes are printed in', () => {
    const ca = analyteByCode('ca');
    if (!ca) throw new Error('calcium missing from the table');
    expect(unitVetoes(ca, 'ng/mL')).toBe(true);
    expect(unitVetoes(ca, 'mmol/L')).toBe(false);
    expect(unitVetoes(ca, 'mEq/L')).toBe(false);
    expect(unitVetoes(ca, 'furlongs')).toBe(false);
  });

  it('never vetoes a cell count by a bare count unit, which every cell is counted in (report-texts-22 rt22-03)', () => {
    const rbc = analyteByCode('rbc');
    const hgb = analyteByCode('hgb');
    const ca = analyteByCode('ca');
    if (!rbc || !hgb || !ca) throw new Error('analytes missing from the table');
    for (const u of ['/μL', '/uL', 'cells/μL', '个/μL', '/HP', '/mm3']) expect(unitVetoes(rbc, u)).toBe(false);
    // A count is no haemoglobin's or calcium's unit: the veto stands there.
    expect(unitVetoes(hgb, '/uL')).toBe(true);
    expect(unitVetoes(ca, '/uL')).toBe(true);
    // A mass concentration is still no red-cell count's.
    expect(unitVetoes(rbc, 'g/dL')).toBe(true);
  });

  it('reads a urine sediment’s red cells per μL as red cells, and a blood count as before', () => {
    const urine = one('尿液分析报告单 NO.U20240101-0001\n红细胞 RBC 38.6 /μL 0-17\n白细胞 WBC 120.0 /μL 0-28');
    expect(urine[0]).toMatchObject({ code: 'rbc', value: 38.6, flag: 'high' });
    expect(one('Urinalysis\nRBC 12 /uL 0-25')[0]).toMatchObject({ code: 'rbc', flag: 'normal' });
    expect(one('RBC 4.6 x10^12/L 3.8-5.1')[0]).toMatchObject({ code: 'rbc', flag: 'normal' });
  });
});

describe('a unit that cannot be the analyte re-reads the name (R1)', () => {
  it.each([
    ['肌钙蛋臼I 2.8 ng/mL 0-0.03', 'ctni'],
    ['肌钙蛋自T 0.9 ng/mL (<0.014)', 'ctnt'],
    ['肌钙蛋曰I 3.5 μg/L 0-0.04', 'ctni'],
    ['高敏肌钙蛋臼T 850 ng/L (0-14)', 'ctnt'],
    ['Creatinine kinase 12000 U/L (30-200)', 'ck'],
  ])('%s → %s, critical, please check', (text, code) => {
    expect(one(text)).toEqual([{ code, value: expect.any(Number), flag: 'critical-high', check: 'check' }]);
  });

  it.each(['降钙素 12 pg/mL 0-10', 'Calcitonin 12 pg/mL (0-10)', 'CA-125 45 U/mL (0-35)'])('%s is no calcium', (text) => {
    expect(one(text).map((r) => r.code)).not.toContain('ca');
  });

  it('keeps a right name in a unit its analyte admits', () => {
    expect(one('肌钙蛋白I 0.01 ng/mL 0-0.03')).toEqual([{ code: 'ctni', value: 0.01, flag: 'normal', check: undefined }]);
    expect(one('Magnesium 1.8 mEq/L (1.5-2.5)')[0].code).toBe('mg');
  });
});

describe('typed names repaired when the row agrees, never a real word of another substance (R4/R5)', () => {
  it.each([
    ['Pottasium, serum   7.4   mmol/L   [3.5 - 5.1]', 'k', 'critical-high'],
    ['Potasium level, serum 7.3 mmol/L 3.5-5.1', 'k', 'critical-high'],
    ['Hemoglobine 5.1 g/dL (12.0-16.0)', 'hgb', 'critical-low'],
    ['Haemoglobine 49 g/L (115-165)', 'hgb', 'critical-low'],
    ['Glucoes 1.8 mmol/L (3.9-6.1)', 'glu', 'critical-low'],
    ['Glucsoe 1.9 mmol/L (3.9-6.1)', 'glu', 'critical-low'],
    ['Calcuim (adjusted) 3.65 mmol/L (2.20-2.60)', 'ca', 'critical-high'],
    ['Troponn I 3.2 ng/mL (0.00-0.04)', 'ctni', 'critical-high'],
    ['Tropinin T 1.2 ng/mL (0.00-0.01)', 'ctnt', 'critical-high'],
    ['血甲 6.9 mmol/L 3.5-5.5', 'k', 'critical-high'],
    ['血纳 118 mmol/L 137-147', 'na', 'critical-low'],
  ])('%s → %s %s', (text, code, flag) => {
    expect(one(text)).toEqual([{ code, value: expect.any(Number), flag, check: 'check' }]);
  });

  it.each([
    ['Lactose 6.2 mmol/L', 'lac'],
    ['Creatine 900 umol/L', 'crea'],
    ['Galactose 1.8 mmol/L', 'glu'],
    ['Glucagon 40 pg/mL (50-150)', 'glu'],
    ['Urine Potassium 7.0 mmol/L', 'k'],
  ])('%s is not %s', (text, code) => {
    expect(one(text).map((r) => r.code)).not.toContain(code);
  });
});

describe('the row itself: multiplier units, specimen remarks, impossible pairs (R2, R3, R7)', () => {
  it.each(['Platelet count 9 10*3/uL (150-450)', 'Platelet count 9 x 10*3/uL 150-450', 'Platelet Count 11 10*9/L 150-400', 'Platelets 8 x 10^3/µL 150-450'])(
    '%s is a critically low platelet count',
    (text) => {
      const [r] = one(text);
      expect(r.code).toBe('plt');
      expect(r.value).toBeLessThan(12);
      expect(r.flag).toBe('critical-low');
    },
  );

  it.each([
    ['血钾 7.0（溶血）mmol/L 3.5-5.5', 7],
    ['Potassium 6.9 (haemolysed) mmol/L 3.5-5.3', 6.9],
    ['K 7.1 (hemolyzed)', 7.1],
  ])('%s keeps its row and its critical flag', (text, value) => {
    expect(one(text)).toEqual([{ code: 'k', value, flag: 'critical-high', check: undefined }]);
  });

  it('shows one test’s row under another’s name as "please check", never normal', () => {
    expect(one('Potassium 139 mmol/L (135-145)')).toEqual([{ code: 'k', value: 139, flag: 'unknown', check: 'check' }]);
    // Outside the printed range it is flagged against it, never "no reference range" (review s21 R1).
    expect(one('Sodium 6.8 mmol/L (3.5-5.3)')[0]).toEqual({ code: 'na', value: 6.8, flag: 'high', check: 'check' });
    // A neonate's bilirubin is far from the adult interval but is no other test's row.
    expect(one('Bilirubin, Indirect (calculated)  22.0 mg/dL (H)  0.0 - 12.0 mg/dL')[0].flag).toBe('high');
  });

  it('reads 钠尿肽 as a blood test’s name, not a urine specimen', () => {
    expect(one('B型钠尿肽(BNP)：86（0-100）pg/mL')).toEqual([{ code: 'bnp', value: 86, flag: 'normal', check: undefined }]);
  });
});
