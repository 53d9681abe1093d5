// Fields of a row read as what they are: bilingual column headers, bracketed marker words, colour words inside
// names, D-dimer unit qualifiers (texts of our own).
import { describe, expect, it } from 'vitest';
import { columnRole } from './column-roles.js';
import { parseLabReport } from './parse.js';

describe('row fields', () => {
  it('a bilingual column header names its role in either language', () => {
    expect(columnRole('單位 Units')).toBe('unit');
    expect(columnRole('結果 Result')).toBe('value');
    expect(columnRole('旗標')).toBe('flag');
  });
  it('reads the unit column of a bilingual table', () => {
    const text = ['項目 Test              結果 Result   單位 Units   參考值 Ref. Range', '血小板 Platelets        41     L     x10^9/L      150-400'].join(
      '\n',
    );
    const [r] = parseLabReport(text).results;
    expect([r.code, r.valueText, r.unit]).toEqual(['plt', '41', 'x10^9/L']);
  });
  it('a bracketed marker word is a marker, not a unit', () => {
    const [r] = parseLabReport(['Ferritin', '  Result: 8   [Low]', '  Reference Range: 15 - 150', '  Unit: ug/L'].join('\n')).results;
    expect([r.valueText, r.unit, r.flag]).toEqual(['8', 'ug/L', 'low']);
  });
  it('a colour word inside a name is part of the name', () => {
    const [r] = parseLabReport('紅血球 Red Cell Count   3.02   L   10^12/L   4.20-5.40').results;
    expect([r.code, r.valueText]).toEqual(['rbc', '3.02']);
  });
  it('keeps the FEU qualifier of a D-dimer unit', () => {
    const [r] = parseLabReport('D-Dimer   2.8   H   mg/L FEU   <0.5').results;
    expect(r.unit).toBe('mg/L FEU');
  });
  it('a card behind a bullet, with a label colon read as a semicolon (photos), is one row', () => {
    const [r] = parseLabReport(['。 促甲状腺激素 TSH', '结果 ; 7.32 ↑', '参考范围 : 0.27-4.20', '单位 : μIU/mL'].join('\n')).results;
    expect([r.code, r.valueText, r.flag]).toEqual(['tsh', '7.32', 'high']);
  });
  it('a 代码 column is the code column; a code holding an alias in part does not override the full name', () => {
    const table = ['检验项目  代码  结果  旗标  单位  参考值', '凝血酶时间  TT  24.9  H  秒  14.0-21.0', '尿酸碱度  U-PH  5.5          4.5-8.0'].join('\n');
    const rs = parseLabReport(table).results;
    expect(rs.map((r) => [r.code, r.valueText, r.flag])).toEqual([
      ['tt', '24.9', 'high'],
      ['u-ph', '5.5', 'normal'],
    ]);
  });
  it('a specimen word before a name keeps the analyte ("Plasma Glucose - Random" is glucose, critical at 30 mmol/L)', () => {
    const [r] = parseLabReport('Plasma Glucose - Random   30.5   H   mmol/L   3.9-7.8').results;
    expect([r.code, r.flag]).toEqual(['glu', 'critical-high']);
    expect(parseLabReport('Serum Creatinine   1.4   H   mg/dL   0.7-1.3').results[0].code).toBe('crea');
  });
});
