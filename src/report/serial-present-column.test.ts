import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';

// Session 36 (reports #15): a serial table whose current column is titled without a date ("Today", 本次结果, 今日,
// "This visit") beside dated columns showed the newest DATED column as current. Texts written for these tests.
const read = (text: string) => parseLabReport(text).results.map((x) => `${x.code ?? x.name}=${x.valueText} ${x.flag}`);
const checks = (text: string) => parseLabReport(text).skipped.flatMap((s) => (s.check ? [`${s.check.code}=${s.check.valueText}`] : []));

describe('an undated present column beside dated ones is the current column', () => {
  it('en, right of two dated columns', () => {
    const text = [
      'Test         Units     Ref range    2024-02-01    2024-03-05    Today',
      'Potassium    mmol/L    3.5-5.1      4.9           5.3           6.7 H',
      'Sodium       mmol/L    135-145      139           137           131 L',
    ].join('\n');
    expect(read(text)).toEqual(['k=6.7 critical-high', 'na=131 low']);
  });

  it('en, left of two dated columns ("Latest") and of one ("This visit")', () => {
    const two = [
      'Test         Latest    2024-03-05    2024-02-01    Units     Ref range',
      'Potassium    6.7 H     5.3           4.9           mmol/L    3.5-5.1',
    ];
    expect(read(two.join('\n'))).toEqual(['k=6.7 critical-high']);
    const one = ['Analyte      This visit    12/02/2024    Units     Ref', 'Potassium    6.7 H         5.3           mmol/L    3.5-5.1'];
    expect(read(one.join('\n'))).toEqual(['k=6.7 critical-high']);
  });

  it('zh, right of two dated columns (本次) and left of one (本次结果)', () => {
    const right = ['项目      单位      参考范围    03-02      03-09      本次', '血钾      mmol/L    3.5-5.3     4.6        5.3        6.7'];
    expect(read(right.join('\n'))).toEqual(['k=6.7 critical-high']);
    const left = ['项目      本次结果   2024-03-09   单位      参考范围', '血钾      6.7        5.3          mmol/L    3.5-5.3'];
    expect(read(left.join('\n'))).toEqual(['k=6.7 critical-high']);
  });

  it('zh-TW with Minguo dates, present column left (今日) or right (本次)', () => {
    const left = ['檢驗項目    今日      113/03/09    113/02/01   單位     參考值', '鉀          6.7       5.3          4.8         mmol/L   3.5-5.1'];
    expect(read(left.join('\n'))).toEqual(['k=6.7 critical-high']);
    const right = ['檢驗項目    單位     參考值     113/02/01   113/03/09   本次', '鉀          mmol/L   3.5-5.1    4.8         5.3         6.7'];
    expect(read(right.join('\n'))).toEqual(['k=6.7 critical-high']);
  });

  it('a present title carrying its date in brackets (本次(06-02)) beside dated columns, the unit title joined to the flag title', () => {
    const text = [
      '项目            本次(06-02)   标志 单位      参考区间      05-26     05-19',
      '钠(Na)          117           ↓↓   mmol/L    137-147       125       131',
      '钾(K)           3.30          ↓    mmol/L    3.50-5.30     3.62      3.90',
    ].join('\n');
    expect(read(text)).toEqual(['na=117 critical-low', 'k=3.30 low']);
  });

  it('a present column set apart from the dated ones by the flag, unit and range columns, values off their titles', () => {
    const text = [
      'Test            Today     Flag  Unit        Reference      2025-07-14   2025-07-07',
      'Platelets       19        L     x10^9/L     150-400        48         97',
      'Neutrophils     0.3       L     x10^9/L     2.0-7.5        0.9        1.8',
    ].join('\n');
    expect(read(text)).toEqual(['plt=19 critical-low', 'neut-abs=0.3 critical-low']);
  });

  it('a blank under the present column shows no dated value as current; a dated critical stays a please-check', () => {
    const text = [
      'Test         Units     Ref range    2024-02-01    2024-03-05    Today',
      'Potassium    mmol/L    3.5-5.1      4.9           5.3           6.7 H',
      'Sodium       mmol/L    135-145      139           118 LL',
    ].join('\n');
    const r = parseLabReport(text).results.find((x) => x.code === 'na');
    expect(r?.value).toBeNull();
    expect(checks(text)).toContain('na=118');
  });

  it('an ambiguous "Result" title beside dated columns (no unit title on the line): please check, no dated value shown', () => {
    const text = ['Test         2024-02-01    2024-03-05    Result', 'Potassium    4.9           5.3           6.7 H'].join('\n');
    const r = parseLabReport(text).results.find((x) => x.code === 'k');
    expect(r?.value).toBeNull();
    expect(r?.read?.status).toBe('unreadable');
    expect(checks(text)).toContain('k=6.7');
  });

  it('look-alikes: dated columns alone, and a glued 本次 mark on a date, keep their reading', () => {
    const dated = [
      'Test         Units     Ref range    2024-02-01    2024-03-05    2024-03-09',
      'Potassium    mmol/L    3.5-5.1      4.9           5.3           6.7 H',
    ];
    expect(read(dated.join('\n'))).toEqual(['k=6.7 critical-high']);
    const glued = [
      '项目名称        单位        参考范围        04-02(本次)    03-26      03-19',
      '血钾            mmol/L      3.5-5.3         2.7            3.6        4.1',
    ];
    expect(read(glued.join('\n'))).toEqual(['k=2.7 critical-low']);
  });
});
