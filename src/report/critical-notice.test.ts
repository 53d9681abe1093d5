import { describe, expect, it } from 'vitest';
import { criticalNoticePieces } from './critical-notice.js';
import { parseLabReport } from './parse.js';

// The report's own word for "critical" reaches the row it names (texts of our own; the class behind report-texts-16
// r23, in-sample): a flag cell spelling the critical mark in any form, and a critical-value notice naming a test with
// its value. Both only raise: high → critical-high, low → critical-low; nothing else is lowered or released.
describe('a critical mark in the flag cell', () => {
  it('reads 危 in brackets, glued to an arrow or a letter, and critical words in brackets', () => {
    const table = (mark: string) =>
      parseLabReport(`项目名称   结果   单位   参考区间   提示\n国际标准化比值(INR)   3.52      0.85-1.15   ${mark}`).results[0]?.flag;
    for (const mark of ['↑(危)', '↑（危）', '↑危', 'H(危)', '↑【危急】', '↑ 危', '↑[Critical]']) expect(table(mark), mark).toBe('critical-high');
    const low = parseLabReport('钾  2.9  mmol/L  3.5-5.3  ↓(危)').results[0];
    expect(low.flag).toBe('critical-low');
  });

  it('never lowers or invents: a plain arrow stays high, a value inside the range stays normal', () => {
    expect(parseLabReport('国际标准化比值(INR)   1.30      0.85-1.15   ↑').results[0].flag).toBe('high');
    expect(parseLabReport('钾  4.1  mmol/L  3.5-5.3  (危)').results[0].flag).toBe('normal');
  });
});

describe('a critical-value notice', () => {
  it('cuts a notice into test/value pieces; lines that call nothing critical give none', () => {
    expect(criticalNoticePieces('★危急值通报：PLT 18×10^9/L、PT 38.6 s、INR 3.52、FIB 0.82 g/L，').map((p) => [p.codes[0], p.valueText])).toEqual([
      ['plt', '18'],
      ['pt', '38.6'],
      ['inr', '3.52'],
      ['fib', '0.82'],
    ]);
    expect(criticalNoticePieces('Overnight: lab called critical at 0640 - K 2.6 mmol/L (ref 3.5-5.1), down from 3.1 on 3/20.')).toMatchObject([
      { codes: ['k'], valueText: '2.6' },
    ]);
    expect(criticalNoticePieces('Other AM labs: Mg 0.58 mmol/L (0.70-1.00), bicarbonate 31 mmol/L (22-29)')).toEqual([]);
    // A legend or a criteria list names marks and cut-offs, no test with its result.
    expect(criticalNoticePieces('Flags: H high  L low  HH/LL critical  C critical (call)')).toEqual([]);
    expect(criticalNoticePieces('危急值界限：钾 <2.8 或 >6.2；钠 <120')).toEqual([]);
  });

  it('raises the table row it names with the same value to critical on its side', () => {
    const text = [
      '项目名称                        结果        单位          参考区间        提示',
      '国际标准化比值(INR)             3.52                      0.85-1.15       ↑',
      '活化部分凝血活酶时间(APTT)      58.3        s             23.0-36.0       ↑',
      '',
      '★危急值通报：INR 3.52，已于 03:19 电话通知 ICU 值班医生。',
    ].join('\n');
    const r = parseLabReport(text);
    expect(r.results.map((x) => [x.code, x.flag])).toEqual([
      ['inr', 'critical-high'],
      ['aptt', 'high'],
    ]);
  });

  it('does not raise a row whose value differs from the notice, nor a value our range calls normal', () => {
    const other = parseLabReport('INR  2.10  0.85-1.15  H\nCritical value notification: INR 3.52 phoned to ward');
    expect(other.results.map((x) => x.flag)).toEqual(['high']);
    const normal = parseLabReport('Potassium  4.2  mmol/L  3.5-5.1\nCRITICAL VALUE: Potassium 4.2 mmol/L called to RN');
    expect(normal.results.map((x) => x.flag)).toEqual(['normal']);
    expect(normal.skipped.filter((s) => s.check)).toEqual([]);
  });

  it('reads no notice in a list of critical limits or a ward called critical care (own probes)', () => {
    const checks = (text: string) => parseLabReport(text).skipped.filter((s) => s.check);
    expect(checks('Sodium 140 mmol/L 135-145\n危急值范围：钾 2.8 6.2 mmol/L')).toEqual([]);
    expect(checks('Sodium 140 mmol/L 135-145\nCritical limits: Potassium 2.5 and 6.5 mmol/L')).toEqual([]);
    const ward = parseLabReport('Potassium  3.1  mmol/L  3.5-5.1  L\nLocation: Critical Care Unit bed 4, K 3.1 repeated');
    expect(ward.results.map((r) => r.flag)).toEqual(['low']);
  });

  it('keeps a notice value the table does not hold as please-check, critical on the side its range gives', () => {
    const r = parseLabReport('Sodium 138 mmol/L 135-145\nOvernight: lab called critical at 0640 - K 2.6 mmol/L (ref 3.5-5.1), down from 3.1 on 3/20.');
    expect(r.results.map((x) => x.code)).toEqual(['na']);
    expect(r.skipped.map((s) => s.check).filter(Boolean)).toEqual([
      { code: 'k', nameEn: 'Potassium', nameZh: '钾', valueText: '2.6', unit: 'mmol/L', flag: 'critical-low' },
    ]);
  });
});
