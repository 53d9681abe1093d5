import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';
import { bindNameNumber, NAME_JOIN } from './name-number.js';
import { analyteByCode } from '../knowledge/reference-ranges.js';

const calcium = analyteByCode('ca')!;
const row = (text: string) => parseLabReport(text).results;

describe('a number of the test name is no value (name-number.ts)', () => {
  it('binds a hyphenated designator and a whole number whose unit disowns the code', () => {
    expect(bindNameNumber(['15-3', '28.4', 'U/mL'], { alias: { text: 'CA', analytes: [calcium] } }).by).toBe('designator');
    expect(bindNameNumber(['50', '12', 'U/mL', '0-25'], { alias: { text: 'CA', analytes: [calcium] } }).tokens[0]).toBe(`${NAME_JOIN}50`);
    // The unit is calcium's own: a value and a previous one.
    expect(bindNameNumber(['9', '9.2', 'mg/dL'], { alias: { text: 'Ca', analytes: [calcium] } }).by).toBeUndefined();
    // Name words and a bracketed code after the number close the name cell.
    expect(bindNameNumber(['细胞角蛋白', '19', '片段', '(CYFRA21-1)', '2.11', 'ng/mL']).by).toBe('code');
    // A flag in brackets is no code.
    expect(bindNameNumber(['12', '(H)', '10^9/L']).by).toBeUndefined();
  });

  it('never reads a tumour marker as calcium (texts of our own)', () => {
    const text = [
      'Test                Result    Units     Reference',
      'Ca                  2.41      mmol/L    2.10-2.60',
      'CA 15-3             41.2      U/mL      <25',
      'CA 72-4             3.1       U/mL      0-6.9',
      'CA 50               30        U/mL      0-25',
      'CA 125              40        U/mL      <35',
    ].join('\n');
    const rs = row(text);
    expect(rs.filter((r) => r.code === 'ca').map((r) => r.valueText)).toEqual(['2.41']);
    expect(rs.find((r) => r.name === 'CA 15-3')?.valueText).toBe('41.2');
    expect(rs.find((r) => r.name === 'CA 72-4')?.flag).toBe('normal');
    expect(rs.find((r) => r.name === 'CA 50')?.valueText).toBe('30');
    expect(rs.find((r) => r.code === 'ca125')?.flag).toBe('high');
  });

  it('keeps a number in a table name cell with the name, the value in its column', () => {
    const text = [
      '项目                          结果      单位      参考范围',
      '细胞角蛋白 19 片段 (CYFRA21-1)   4.12      ng/mL     0-3.3',
      '钾                            6.8       mmol/L    3.5-5.3',
    ].join('\n');
    const rs = row(text);
    expect(rs.find((r) => r.name.startsWith('细胞角蛋白'))?.valueText).toBe('4.12');
    expect(rs.find((r) => r.code === 'k')?.flag).toBe('critical-high');
    const en = row(
      [
        'Test                        Result   Units    Range',
        'IgG 4                       1.2      g/L      0.03-2.0',
        'Glucose 2 h                 7.6      mmol/L   <7.8',
      ].join('\n'),
    );
    expect(en.find((r) => r.name === 'IgG 4')?.valueText).toBe('1.2');
    expect(en.find((r) => r.code === 'glu')?.valueText).toBe('7.6');
  });

  it('look-alikes keep their reading', () => {
    expect(row('K   4.1   4.3   mmol/L  3.5-5.3')[0]).toMatchObject({ code: 'k', valueText: '4.1' });
    expect(row('Ca   2.35  mmol/L  2.10-2.60')[0]).toMatchObject({ code: 'ca', flag: 'normal' });
    expect(row('CK   45  U/L   40-200')[0]).toMatchObject({ code: 'ck', valueText: '45' });
    expect(row('白细胞计数   12.5 (H)  10^9/L  3.5-9.5')[0]).toMatchObject({ code: 'wbc', valueText: '12.5' });
  });

  // Review s37 (reports-probes rp37-b02…b20): a RESULT followed by a bracketed word and a one-sided limit, by a
  // limit alone, or by last time's result stays the value — the next number is no current result.
  const codeValues = (text: string) => row(text).map((r) => [r.code, r.valueText]);
  it('a result before a bracketed word and a one-sided limit stays the value (rule a)', () => {
    expect(codeValues('Troponin I 850 (STAT) <26 ng/L')).toEqual([['ctni', '850']]);
    expect(codeValues('Lactate 9 (VBG) <2.0 mmol/L\nGlucose 28 (POCT) <7.8 mmol/L')).toEqual([
      ['lac', '9'],
      ['glu', '28'],
    ]);
    expect(codeValues('Glucose 28 (RANDOM) <11.1 mmol/L\nPSA 12 (TOTAL) <4.0 ng/mL')).toEqual([
      ['glu', '28'],
      ['psa', '12'],
    ]);
    expect(codeValues('eGFR 12 (CKD-EPI) >90 mL/min/1.73m2')).toEqual([['egfr', '12']]);
    expect(codeValues('HbA1c 64 (IFCC) <48 mmol/mol')).toEqual([['hba1c', '64']]);
    expect(codeValues('Vitamin D 12 (25-OH) >75 nmol/L')).toEqual([['vitd', '12']]);
    expect(codeValues('Potassium 6 (REPEAT) 5.9 mmol/L')).toEqual([['k', '6']]);
  });

  it('a longer code before a one-sided limit or a second number keeps its result (rule b)', () => {
    expect(codeValues('AFP 400 <10 IU/mL\nCEA 12 <5 ug/L')).toEqual([
      ['afp', '400'],
      ['cea', '12'],
    ]);
    // (The table gives AFP no IU/mL, so the 1250 row stays uncoded, as at START; its value is the 1250.)
    expect(row('AFP 1250 980 IU/mL\nAFP 8 <10 IU/mL').map((r) => [r.name, r.valueText])).toEqual([
      ['AFP', '1250'],
      ['AFP', '8'],
    ]);
  });

  it('a table name cell keeps no result before a limit, after a bracket, or beside a previous column (rule c)', () => {
    const hs = ['Test                  Result     Reference', 'Troponin I (hs) 850   <26 ng/L', 'Sodium                121        135-145'];
    expect(codeValues(hs.join('\n'))).toEqual([
      ['ctni', '850'],
      ['na', '121'],
    ]);
    const zh = ['项目          本次     上次     单位', '肌酐(Cr) 388   245     umol/L', '钾 7           5.1      mmol/L'];
    expect(codeValues(zh.join('\n'))).toEqual([
      ['crea', '388'],
      ['k', '7'],
    ]);
    expect(row(zh.join('\n')).find((r) => r.code === 'k')?.flag).toBe('critical-high');
    const en = ['Test                      Today    Previous', 'Creatinine(enzymatic) 388   245', 'Potassium 6   5.9'];
    expect(codeValues(en.join('\n'))[0]).toEqual(['crea', '388']);
  });

  it('"CA 15.3" (a dot for the hyphen) before a marker unit is no calcium; real calcium rows keep theirs', () => {
    expect(row('Tumour markers\nCA 15.3     28.4    U/mL    <31.3')).toMatchObject([{ name: 'CA 15.3', valueText: '28.4' }]);
    expect(row('Tumour markers\nCA 15.3     28.4    U/mL    <31.3')[0].code).not.toBe('ca');
    expect(row('Ca 15.3 14.9 mg/dL')[0]).toMatchObject({ code: 'ca', valueText: '15.3' });
    expect(row('Ca 15.3 mg/dL 8.5-10.5')[0]).toMatchObject({ code: 'ca', valueText: '15.3' });
    expect(row('Ca 2.35 2.40 mmol/L')[0]).toMatchObject({ code: 'ca', valueText: '2.35' });
  });
});

describe('a wrapped name the vocabulary does not know whole (structure.ts nameGoesOn)', () => {
  it('joins words that cannot end a name, or a ratio ended below, to the row under them', () => {
    const en = row(
      ['Test                         Result   Units     Range', 'Urine albumin/creatinine', 'ratio                        410      mg/g      <30'].join('\n'),
    );
    expect(en[0]).toMatchObject({ name: 'Urine albumin/creatinine ratio', valueText: '410', unit: 'mg/g', flag: 'high' });
    const zh = row(
      ['项目                         结果    单位    参考范围', '天门冬氨酸氨基转移酶/丙氨酸', '氨基转移酶比值               1.8             0.8-1.5'].join(
        '\n',
      ),
    );
    expect(zh[0]).toMatchObject({ name: '天门冬氨酸氨基转移酶/丙氨酸 氨基转移酶比值', valueText: '1.8' });
  });

  it('leaves a section title above a known name alone', () => {
    const rs = row(
      [
        'Test                         Result   Units     Range',
        'Chemistry',
        'potassium                    6.9      mmol/L    3.5-5.1',
        'LIVER FUNCTION',
        'ALT                          41       U/L       7-40',
      ].join('\n'),
    );
    expect(rs.map((r) => [r.code, r.name])).toEqual([
      ['k', 'potassium'],
      ['alt', 'ALT'],
    ]);
  });
});
