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
    const pieces = (line: string) => criticalNoticePieces(line).pieces.map((p) => [p.codes[0], p.valueText]);
    expect(pieces('★危急值通报：PLT 18×10^9/L、PT 38.6 s、INR 3.52、FIB 0.82 g/L，')).toEqual([
      ['plt', '18'],
      ['pt', '38.6'],
      ['inr', '3.52'],
      ['fib', '0.82'],
    ]);
    expect(pieces('Overnight: lab called critical at 0640 - K 2.6 mmol/L (ref 3.5-5.1), down from 3.1 on 3/20.')).toEqual([['k', '2.6']]);
    expect(criticalNoticePieces('Overnight: lab called critical at 0640 - K 2.6 mmol/L').reported).toBe(true);
    expect(pieces('Other AM labs: Mg 0.58 mmol/L (0.70-1.00), bicarbonate 31 mmol/L (22-29)')).toEqual([]);
    // A legend or a criteria list names marks and cut-offs, no test with its result.
    expect(pieces('Flags: H high  L low  HH/LL critical  C critical (call)')).toEqual([]);
    expect(pieces('危急值界限：钾 <2.8 或 >6.2；钠 <120')).toEqual([]);
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

// Reviewer findings (reviews-s14/reports.md, at f6e61fbd): each failed before its fix.
describe('review s14: what makes a notice', () => {
  const flags = (text: string) => parseLabReport(text).results.map((r) => [r.code, r.flag]);
  const checks = (text: string) => parseLabReport(text).skipped.flatMap((s) => (s.check ? [[s.check.code, s.check.valueText]] : []));

  it('1–2: panic or 危急 describing the patient is no notice', () => {
    expect(flags('Clinical notes: panic attacks; TSH 0.05 on GP test\nTest Result Units Range\nTSH 0.05 mIU/L L 0.27-4.2')).toEqual([['tsh', 'low']]);
    expect(flags('Reason for test: panic attacks, Na 131\nTest Result Units Range\nSodium 131 mmol/L L 135-145')).toEqual([['na', 'low']]);
    expect(flags('临床诊断：病情危急，钾 3.2\n项目 结果 单位 参考范围\n钾 K 3.2 mmol/L ↓ 3.5-5.5')).toEqual([['k', 'low']]);
  });

  it("3: a list of the lab's thresholds is no notice — a cut-off word after the value, or no report of a call", () => {
    expect(checks('Test Result Units Range\nSodium 139 mmol/L 135-145\nPanic values: Potassium 6.5, Sodium 120')).toEqual([]);
    expect(checks('项目 结果 单位 参考范围\n钠 Na 139 mmol/L 137-147\n危急值项目：钾 6.5 以上、钠 120 以下')).toEqual([]);
  });

  it('4: a critical value of the past is no value of this report', () => {
    expect(checks('项目 结果 单位 参考范围\n钠 Na 139 mmol/L 137-147\n上次危急值：钾 2.4（3月1日）')).toEqual([]);
    expect(checks('Sodium 139 mmol/L 135-145\nPrevious critical value: Potassium 2.4 on 01/03, now resolved')).toEqual([]);
  });

  it('5: a letter glued to "crit" is no mark (Hcrit is haematocrit); a bracket or separator makes one', () => {
    const r = parseLabReport('Test Result Units Range\nHematocrit 0.25 L/L Hcrit 0.40-0.50').results[0];
    expect([r.flag, r.printedFlag]).toEqual(['low', undefined]);
    expect(flags('INR 3.52 H-CRIT 0.8-1.2')).toEqual([['inr', 'critical-high']]);
  });

  it('6: a procedure standard or lab policy in the notice does not void it', () => {
    expect(flags('项目 结果 单位 参考范围\n国际标准化比值 INR 3.52 ↑ 0.8-1.2\n★危急值通报：INR 3.52，已按标准流程电话通知临床医生')).toEqual([
      ['inr', 'critical-high'],
    ]);
    expect(flags('Test Result Units Range\nINR 3.6 H 0.8-1.2\nCRITICAL VALUE called per lab policy: INR 3.6 to Dr Lee 06:40')).toEqual([
      ['inr', 'critical-high'],
    ]);
  });

  it('7: a negation covers its own piece only', () => {
    expect(
      flags(
        'Test Result Units Range\nINR 3.6 H 0.8-1.2\nPotassium 5.6 mmol/L H 3.5-5.1\nCritical value: INR 3.6 phoned to ward RN; potassium 5.6 not critical',
      ),
    ).toEqual([
      ['inr', 'critical-high'],
      ['k', 'high'],
    ]);
  });

  it('floor: a note quoting a value our own limits call critical keeps it as please-check, whatever limits or negation words it holds', () => {
    expect(checks('钠 140 mmol/L 135-145\nNote: reference range changed; potassium 6.9 mmol/L phoned to ward')).toEqual([['k', '6.9']]);
    expect(checks('钠 140 mmol/L 135-145\n注：参考范围已更新，钾 6.9 mmol/L 已电话通知')).toEqual([['k', '6.9']]);
  });

  it('floor: a later "previous" value or "earlier today" does not make today\'s critical value a past one', () => {
    expect(checks('钠 140 mmol/L 135-145\nCritical value: Potassium 6.9 mmol/L previous 5.0 phoned to RN')).toEqual([['k', '6.9']]);
    expect(checks('钠 140 mmol/L 135-145\nNote: potassium 6.9 mmol/L earlier today, phoned to ward')).toEqual([['k', '6.9']]);
  });
});

describe('a word of the past elsewhere on a critical-value line does not void today’s value (s27 third review)', () => {
  // Session 27 merged this reader's past-value words into the column-header list (last, old, before, prior, 历史…), so a
  // doctor named Old or "before dialysis" voided the critical value after it; the reader keeps its own narrower list.
  it.each([
    ['INR 3.52 H 0.8-1.2\nCritical value called to Dr Old at 0640: INR 3.52, read back', 'inr'],
    ['INR 3.52 ↑ 0.8-1.2\n危急值通报（与历史结果对比）：INR 3.52 已电话通知医生', 'inr'],
    ['Potassium 5.9 H mmol/L 3.5-5.3\nCRITICAL VALUE (pre-dialysis sample, before HD): Potassium 5.9 mmol/L phoned to renal', 'k'],
  ])('%s', (text, code) => {
    const row = parseLabReport(text).results.find((r) => r.code === code);
    expect(row?.flag).toBe('critical-high');
  });
});
