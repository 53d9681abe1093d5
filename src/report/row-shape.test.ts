import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';
import { maskClockTimes, rowShape } from './row-shape.js';
import { splitTokens } from './line-tokens.js';

const shape = (gap: string, tail: string, after = '') => rowShape(splitTokens(gap), splitTokens(tail), after);

describe('rowShape: a number is a result only in the value position of a result row', () => {
  it('accepts ordinary rows: name, code, qualifier, then marker / unit / range / method', () => {
    expect(shape('', 'H mmol/L 3.5-5.3')).toEqual({ ok: true });
    expect(shape('(CKD-EPI)', 'L mL/min/1.73m2 >90 [1]')).toEqual({ ok: true });
    expect(shape('', '% not estab.')).toEqual({ ok: true });
    expect(shape('', 'mg/dL 70-99 Hexokinase')).toEqual({ ok: true });
  });
  it('refuses a label number, an identifier and numbers inside sentences', () => {
    expect(shape('', 'Fasting samples only', ': Fasting samples only')).toEqual({ ok: false, reason: 'label-number' });
    expect(shape('Reference Lab No.', '')).toEqual({ ok: false, reason: 'identifier' });
    expect(shape('', 'mmol/mol is consistent with diabetes in adults')).toEqual({ ok: false, reason: 'prose-after-value' });
    expect(shape('measured by Jaffe method. Target below', 'umol/L')).toEqual({ ok: false, reason: 'prose-before-value' });
    expect(shape('', 'mL/min 连续3个月以上提示肾功能下降')).toEqual({ ok: false, reason: 'prose-after-value' });
    expect(shape('', 'mg/mmol = stage A2')).toEqual({ ok: false, reason: 'prose-after-value' });
  });
  it('keeps a clock time one token, never an hour read as a value; titres stay', () => {
    expect(maskClockTimes('result phoned at 14:05 to ward')).toBe('result phoned at 14∶05 to ward');
    expect(maskClockTimes('ANA 1:320')).toBe('ANA 1:320');
  });
});

describe('parseLabReport with the row shape', () => {
  it('reads the table and none of the remarks around it', () => {
    const text = [
      'Westgate Community Laboratory   Accredited Laboratory No. 4471',
      'Sodium            131    L   mmol/L   133-146',
      'Potassium         5.9    H   mmol/L   3.5-5.3',
      'Potassium result discussed with Dr Okafor at 16:40 on the ward.',
      'Note 3: Creatinine > 150 umol/L in a patient on metformin should prompt review.',
      '[2] Sodium < 125 mmol/L is a medical emergency in most adults.',
    ].join('\n');
    const r = parseLabReport(text);
    expect(r.results.map((x) => [x.code, x.valueText])).toEqual([
      ['na', '131'],
      ['k', '5.9'],
    ]);
  });
  it('does not read a Chinese remark with a threshold as a result', () => {
    const r = parseLabReport(['肌酐    Cr    132   ↑   μmol/L   57-111', '肌酐 >133 μmol/L 连续两次以上提示肾功能不全，请结合临床'].join('\n'));
    expect(r.results.map((x) => [x.code, x.valueText])).toEqual([['crea', '132']]);
  });
  it('skips lists of cut-offs, formulas, years, postcodes and number groups', () => {
    const text = [
      'Potassium         6.4    H   mmol/L   3.5-5.3',
      '危急值范围：钾 <3.0 或 >6.0 mmol/L；钠 <125 或 >155 mmol/L',
      '2. LDL-C targets: primary prevention <3.0; high risk <2.6; very high risk <1.8 mmol/L.',
      'Triglyceride: desirable <1.7, borderline 1.7-2.2, high 2.3-5.6, very high >=5.7 mmol/L',
      'eAG (mmol/L) = 1.59 x HbA1c - 2.59',
      'Creatinine clearance by Cockcroft-Gault 1973',
      'HARBOURVIEW LABS, 14 Quay St, Pune (M.H.) 411001   Tel: 020-5512 300',
      'Lab licence ABN 61 204 337 918',
    ].join('\n');
    expect(parseLabReport(text).results.map((x) => [x.code, x.valueText])).toEqual([['k', '6.4']]);
  });
  it('a lower-case phrase is no test name; a name holding its own number is a vertical record', () => {
    expect(parseLabReport('analytical sensitivity 0.01 ng/mL').results).toEqual([]);
    const [r] = parseLabReport(['糖类抗原125 CA125', '      41.2     ↑    U/mL    0-35'].join('\n')).results;
    expect([r.code, r.valueText, r.flag]).toEqual(['ca125', '41.2', 'high']);
  });
  it('reads pH beside a urine range as urine pH, and counts per cu.mm as cells', () => {
    const [ph] = parseLabReport('酸鹼值   pH   6.5   5.0-8.0').results;
    expect([ph.code, ph.flag]).toEqual(['u-ph', 'normal']);
    const [wbc] = parseLabReport('Total Leucocyte Count   900   L   cells/cu.mm   4000-11000').results;
    expect([wbc.code, wbc.flag]).toEqual(['wbc', 'critical-low']);
  });
  it('reads starred critical rows and hyphenated names; not a number in an open bracket or a section title as a name', () => {
    const text = [
      'Test                        Result   Flag           Units    Reference',
      '*** Sodium                  117      Critical Low   mmol/L   135-145',
      '  Blood Glucose - Fasting   4.9               mmol/L   3.9-5.5',
      '  Serum Urea                7.9               mmol/L   2.5-7.8',
      'URINE EXAMINATION',
      '** Sodium result telephoned to Dr. Ali (Ward 7B) at 10:15 **',
    ].join('\n');
    const r = parseLabReport(text).results;
    expect(r.map((x) => [x.name, x.valueText, x.flag])).toEqual([
      ['Sodium', '117', 'critical-low'],
      ['Blood Glucose - Fasting', '4.9', 'normal'],
      ['Serum Urea', '7.9', 'high'],
    ]);
  });
  it('keeps a critical row whose flag cell is followed by a call-back note; a threshold remark stays no result', () => {
    const read = (line: string) => parseLabReport(line).results.map((x) => [x.code, x.valueText, x.flag]);
    // The reviewer's probes: dropped as 'the number is followed by a sentence' before the fix.
    expect(read('血钾 6.9 mmol/L 3.5-5.3 ↑ 危急值 10:05已电话通知张医生')).toEqual([['k', '6.9', 'critical-high']]);
    expect(read('Potassium 6.9 mmol/L (3.5-5.3) HH critical, phoned to ward')).toEqual([['k', '6.9', 'critical-high']]);
    expect(read('血钾 6.9↑ mmol/L 3.5-5.3 危急值10:05已电话通知张医生')).toEqual([['k', '6.9', 'critical-high']]);
    expect(read('Troponin I 52 ng/L (<26) H, repeat in 3 hours advised')).toEqual([['ctni', '52', 'high']]);
    // Sentences quoting a threshold, a unit or a plain critical word after it: still no result.
    for (const remark of [
      'Note 2: eGFR < 60 for 3 months suggests CKD',
      'eGFR < 60 mL/min/1.73m2 for 3 months suggests CKD',
      'HbA1c 48 mmol/mol is consistent with diabetes',
      'Potassium > 6.0 mmol/L critical, phone the ward',
      'Potassium > 6.0 mmol/L (critical) must be phoned to the ward',
      '钾 >6.0 mmol/L 危急值，须立即电话通知临床',
      'LDL-C 4.9 mmol/L high risk patients need statins',
    ])
      expect(read(remark), remark).toEqual([]);
  });
});
