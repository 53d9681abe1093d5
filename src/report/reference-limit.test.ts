// Session 13 (#15): a reference limit is never a result; bracketed record fields keep their labels; a signed
// exponent is part of a value. Texts are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { splitTokens, readTokens } from './line-tokens.js';
import { parseLabReport } from './parse.js';
import { referenceLimit } from './row-shape.js';

const rows = (text: string) => parseLabReport(text).results.map((r) => [r.code ?? r.name, r.valueText, r.range?.text, r.flag]);
const tok = (cells: string) => readTokens(splitTokens(cells))!;

describe('referenceLimit: a cut-off or span under a name cell that is no test name', () => {
  it('under a unit or a range label with no range of its own, or after a sex label, it is a limit', () => {
    expect(referenceLimit('mg/dL', tok('<200 mg/dL'))).toBe(true);
    expect(referenceLimit('Reference', tok('>=75 nmol/L'))).toBe(true);
    expect(referenceLimit('Ref M', tok('20-250 / F 10-120'))).toBe(true);
    expect(referenceLimit('参考值 女', tok('0.3-1.7 男 8.6-29'))).toBe(true);
  });
  it('a test name keeps a value printed as a limit, with or without a range; plain values are never limits', () => {
    expect(referenceLimit('HIV-1 RNA', tok('<20 copies/mL'))).toBe(false);
    expect(referenceLimit('Ammonia', tok('>500 umol/L'))).toBe(false);
    expect(referenceLimit('Anti-HBs', tok('<2.0 mIU/mL 0-10'))).toBe(false);
    expect(referenceLimit('Testosterone', tok('<0.5 nmol/L 男 8.6-29 女 0.3-1.7'))).toBe(false);
    expect(referenceLimit('Hyaline casts', tok('2-4 /LPF 0-2'))).toBe(false);
    expect(referenceLimit('mg/dL', tok('88 mg/dL'))).toBe(false);
    expect(referenceLimit('Prolactin F', tok('<25 ng/mL'))).toBe(false);
    // Label words count whole: "Abnormal" holds "normal" and is a test's word.
    expect(referenceLimit('Abnormal lymphocytes', tok('<1 %'))).toBe(false);
  });
});

describe('parseLabReport: limits, bracketed record fields, exponents', () => {
  it('a range line that lost its label: no result named by a unit or a range label', () => {
    const text = ['Apolipoprotein B   0.92   g/L   0.55-1.05', 'Lipoprotein(a)   18   mg/dL', 'Ref   <30   mg/dL', 'mg/dL   <30'].join('\n');
    const report = parseLabReport(text);
    expect(report.results.map((r) => r.code ?? r.name)).toEqual(['apob', 'Lipoprotein(a)']);
    expect(report.skipped.filter((s) => /reference limit/.test(s.reason)).map((s) => s.line)).toEqual([3, 4]);
    // A test the table does not know, printed below or above its measuring range, stays a result.
    expect(rows('HIV-1 RNA   <20   copies/mL\nAmmonia   >500   umol/L').map((r) => r[1])).toEqual(['<20', '>500']);
  });
  it('a comparison word spells the comparator: the value is a bound, as a printed sign makes it', () => {
    expect(rows('ALT   高于 200   U/L   9-50\nTroponin I   less than 0.01   ng/mL   0-0.04\nGlucose   greater than 600   mg/dL   70-99')).toEqual([
      ['alt', '>200', '9-50', 'high'],
      ['ctni', '<0.01', '0-0.04', 'normal'],
      ['glu', '>600', '70-99', 'critical-high'],
    ]);
    expect(parseLabReport('ALT   高于 200   U/L   9-50').results[0].name).toBe('ALT');
    // Floor: the words never lower a critical flag the number carries as printed.
    expect(rows('Potassium   less than 7.0   mmol/L   3.5-5.3\n血小板   低于 15   10^9/L   125-350\nALT   低于 60   U/L   9-50')).toEqual([
      ['k', '7.0', '3.5-5.3', 'critical-high'],
      ['plt', '<15', '125-350', 'critical-low'],
      ['alt', '60', '9-50', 'high'],
    ]);
  });
  it('a bound in words restating a test the report lists is a remark (a footnote whose mark was misread), unless critical', () => {
    const report = parseLabReport('Ferritin   45   ug/L   30-400\n& Ferritin below 30 ug/L\nTSH   0.02   mIU/L   0.27-4.20\n% TSH 低于 0.1 mIU/L');
    expect(report.results.map((r) => [r.code, r.valueText])).toEqual([
      ['ferritin', '45'],
      ['tsh', '0.02'],
    ]);
    expect(report.skipped.filter((s) => /reference limit/.test(s.reason)).map((s) => s.line)).toEqual([2, 4]);
    // Floor: a bound that is critical for the test stays a result beside the row it restates.
    expect(rows('钾   4.1   mmol/L   3.5-5.3\n% 钾 高于 6.8 mmol/L').map((r) => r[3])).toEqual(['normal', 'critical-high']);
  });
  it('a known test keeps a value printed as a limit, with or without a range', () => {
    expect(rows('eGFR   >90   mL/min/1.73m2\nCRP   <0.5   mg/L   0-5')).toEqual([
      ['egfr', '>90', '>90 mL/min/1.73m2', 'normal'],
      ['crp', '<0.5', '0-5', 'normal'],
    ]);
  });
  it('reads 【label】 records field by field: the range keeps its label, an empty flag takes no next field', () => {
    const text = [
      '【检验项目】钾(K)',
      '【结果】3.2',
      '【单位】mmol/L',
      '【参考范围】3.5-5.3',
      '【提示】',
      '【检验项目】总胆固醇(TC)',
      '【结果】6.10',
      '【单位】mmol/L',
      '【参考范围】<5.18',
      '【提示】',
      '',
      '有问题请再联系我们，谢谢。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['k', '3.2', '3.5-5.3', 'low'],
      ['tc', '6.10', '<5.18', 'high'],
    ]);
  });
  it('a bracketed range label inside a row still sets its range apart', () => {
    expect(rows('【钙】2.05 mmol/L 【参考范围】2.10-2.60')).toEqual([['ca', '2.05', '2.10-2.60', 'low']]);
  });
  it('reads a signed exponent as part of the value and the range; a unit power stays a unit', () => {
    expect(rows('HBV DNA   4.87E+04   IU/mL   <2.00E+01')).toEqual([['HBV DNA', '4.87E+04', '<2.00E+01', 'high']]);
    expect(parseLabReport('HBV DNA   4.87E+04   IU/mL   <2.00E+01').results[0].value).toBe(48700);
    expect(parseLabReport('WBC   6.2   10E3/uL   4.0-10.0').results[0]).toMatchObject({ code: 'wbc', valueText: '6.2', flag: 'normal' });
  });
});
