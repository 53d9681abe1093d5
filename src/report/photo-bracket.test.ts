import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';
import { rowShape } from './row-shape.js';
import { splitTokens } from './line-tokens.js';

// report-texts-27 photos: the name's closing bracket lost or read as "|" or a glyph dropped two critical rows as "a
// sentence before the value". In a photo only, an unclosed bracket holding a word or two and no number, followed by
// nothing but the row's fields (a unit and a printed range, the range last), is a damaged name, not a remark.
const photo = (line: string) => parseLabReport(line, { unitsMayBeMisread: true });
const text = (line: string) => parseLabReport(line);
const row = (line: string, read = photo) => read(line).results.map((r) => `${r.code}=${r.valueText} ${r.flag}`);
const shape = (gap: string, tail: string, p: boolean) => rowShape(splitTokens(gap), splitTokens(tail), ` ${tail}`, { photo: p });

describe('a photo row whose name lost its closing bracket', () => {
  it('is read, with its critical flag', () => {
    expect(row('8 #(K   6.92   什 mmol/L   3.5-5.3')).toEqual(['k=6.92 critical-high']);
    expect(row('Glucose (random) 葡萄糖 ( 随机 |   2.1   L*   mmol/L   3.9-7.8')).toEqual(['glu=2.1 critical-low']);
    expect(row('钠(Na   118   ↓   mmol/L   137-147')).toEqual(['na=118 critical-low']);
    expect(row('Hemoglobin (Hb   5.8   g/dL   12.0-16.0')).toEqual(['hgb=5.8 critical-low']);
  });
  it('stays as pasted text reads it: the rule is the photo reading only', () => {
    expect(row('钠(Na   118   ↓   mmol/L   137-147', text)).toEqual([]);
    expect(shape('#(K', '什 mmol/L 3.5-5.3', false)).toEqual({ ok: false, reason: 'prose-before-value' });
    expect(shape('#(K', '什 mmol/L 3.5-5.3', true)).toEqual({ ok: true, damagedName: true });
  });
  it('needs the row fields: a unit and a printed range, the range last, at most one unread glyph', () => {
    expect(row('钾(K 6.92 mmol/L')).toEqual([]);
    expect(row('钾(K 6.92 ↑ 3.5-5.3')).toEqual([]);
    expect(row('钾(K 6.92 什么 mmol/L 3.5-5.3')).toEqual([]);
    expect(row('钾(K   6.92   ↑↑   mmol/L   3.5-5.3   ↑')).toEqual([]);
    expect(row('Glucose (random 2.1 mmol/L 3.9-7.8 was phoned to the ward')).toEqual([]);
  });
  it('keeps a remark in brackets a remark: a clause, a number, a bracket closing after the value', () => {
    expect(row('(see note K 6.9 mmol/L 3.5-5.3')).toEqual([]);
    expect(row('Sample (haemolysed K 6.2 mmol/L 3.5-5.1')).toEqual([]);
    expect(row('Note (K on 03/16 6.9 mmol/L 3.5-5.3')).toEqual([]);
    expect(row('(钾 6.92 mmol/L 3.5-5.3)')).toEqual([]);
    expect(row('备注(钾 6.92 mmol/L 3.5-5.3 已通知临床')).toEqual([]);
    expect(row('Creatinine (Jaffe method, see   726   umol/L   41-81')).toEqual([]);
  });
  it('keeps the remark reading, "please check" included, when the name is refused further on (a notice word)', () => {
    for (const line of ['Critical (K   6.9   mmol/L   3.5-5.3', '钾(复查   6.9   mmol/L   3.5-5.3', '钠(已通知   118   mmol/L   137-147']) {
      const r = photo(line);
      expect(r.results).toEqual([]);
      expect(r.skipped.map((s) => s.check?.flag)).toContain(line.startsWith('钠') ? 'critical-low' : 'critical-high');
    }
    // An admitted row leaves no remark skip behind.
    expect(photo('8 #(K   6.92   什 mmol/L   3.5-5.3').skipped).toEqual([]);
  });
  it('leaves clean rows as they were: an extreme value read cleanly stays a value', () => {
    expect(row('钾(K)   6.8   ↑   mmol/L   3.5-5.3')).toEqual(['k=6.8 critical-high']);
    expect(row('血小板(PLT)   12   ↓   10^9/L   125-350')).toEqual(['plt=12 critical-low']);
  });
});

// Review s27: the damaged-name reading must not drop a critical value's "please check", nor read a second value of a
// test from a remark, a notice or a person's word before the bracket.
describe('a damaged name reads only its own bracket span, after the name and nothing else (review s27)', () => {
  const checks = (line: string) => photo(line).skipped.flatMap((s) => (s.check ? [`${s.check.code}=${s.check.valueText} ${s.check.flag}`] : []));
  it('keeps the "please check" of a refused span when another row of the same line is read (S1)', () => {
    const table = '项目 结果 单位 参考范围\n钾 (复查 6.9 mmol/L 3.5-5.3 | 钠(Na) 140 mmol/L 137-147\n氯(Cl) 101 mmol/L 99-110';
    expect(row(table)).toEqual(['na=140 normal', 'cl=101 normal']);
    expect(checks(table)).toEqual(['k=6.9 critical-high']);
    expect(checks('钠(Na) 140 mmol/L 137-147 | 钾 (复查 6.9 mmol/L 3.5-5.3')).toEqual(['k=6.9 critical-high']);
    expect(checks('Potassium (Critical 6.9 mmol/L 3.5-5.1 | Sodium (Na) 140 mmol/L 135-145')).toEqual(['k=6.9 critical-high']);
  });
  it('reads no row when a notice, remark or person word stands before the bracket (S1, S2)', () => {
    expect(row('项目 结果 单位 参考范围\n钾(K) 4.1 mmol/L 3.5-5.3\n钠(Na) 140 mmol/L 137-147\n已电话 (K 6.9 mmol/L 3.5-5.3')).toEqual([
      'k=4.1 normal',
      'na=140 normal',
    ]);
    expect(row('Test Result Unit Range\nPotassium (K) 4.2 mmol/L 3.5-5.1\nRemark (K 6.9 mmol/L 3.5-5.1')).toEqual(['k=4.2 normal']);
    for (const line of [
      '电话报告 (K 6.9 mmol/L 3.5-5.3',
      'Phoned to Dr Li (K 6.9 mmol/L 3.5-5.1',
      '母亲 (K 6.9 mmol/L 3.5-5.3',
      'Father (K 6.9 mmol/L 3.5-5.1',
    ]) {
      expect(row(line)).toEqual([]);
      expect(checks(line)).toEqual(['k=6.9 critical-high']);
    }
    for (const line of [
      '备注 (溶血 可能影响 5.8 mmol/L 3.5-5.3',
      '结论 (偏高 5.8 mmol/L 3.5-5.3',
      'Note (Repeat 6.9 mmol/L 3.5-5.1',
      'Comment (Delta 6.9 mmol/L 3.5-5.1',
    ])
      expect(row(line)).toEqual([]);
    expect(row('Test Result Unit Range\nGlucose (Fasting 2.2 mmol/L 3.9-6.1\nComment (Delta 6.9 mmol/L 3.5-5.1')).toEqual(['glu=2.2 critical-low']);
  });
  it("never shows a second value of a test the report already holds, nor a previous value as today's (S2)", () => {
    expect(row('项目 结果 单位 参考范围\n钾(K) 4.0 mmol/L 3.5-5.3\n钾 (K 6.9 mmol/L 3.5-5.3')).toEqual(['k=4.0 normal']);
    expect(row('项目 结果 单位 参考范围\n钾(K) 4.0 mmol/L 3.5-5.3\n钾 (昨日 6.9 mmol/L 3.5-5.3')).toEqual(['k=4.0 normal']);
    for (const line of ['钾 (昨日 6.9 mmol/L 3.5-5.3', '钾 (入院时 6.9 mmol/L 3.5-5.3', 'Potassium (original 6.9 mmol/L 3.5-5.1']) {
      expect(row(line)).toEqual([]);
      expect(checks(line)).toEqual(['k=6.9 critical-high']);
    }
  });
});

describe('a damaged name is read only when its name and its bracket agree (second review s27)', () => {
  const checks = (line: string) => photo(line).skipped.flatMap((s) => (s.check ? [`${s.check.code}=${s.check.valueText} ${s.check.flag}`] : []));
  it('keeps START\'s "please check" when the name before the bracket and the code inside it are other tests (S1)', () => {
    for (const [line, check] of [
      ['钠 (K 6.9 mmol/L 3.5-5.3', 'k=6.9 critical-high'],
      ['钾 (Na 118 mmol/L 137-147', 'na=118 critical-low'],
      ['Sodium (K 6.9 H mmol/L 3.5-5.1', 'k=6.9 critical-high'],
      ['钙 (K 2.1 mmol/L 3.5-5.3', 'k=2.1 critical-low'],
      ['钙 (Na 118 mmol/L 137-147', 'na=118 critical-low'],
      ['氯 (K 6.9 mmol/L 3.5-5.3', 'k=6.9 critical-high'],
      ['Glucose (K 6.9 mmol/L 3.5-5.3', 'k=6.9 critical-high'],
    ]) {
      expect(row(line), line).toEqual([]);
      expect(checks(line), line).toEqual([check]);
    }
    expect(row('钠 (Na 118 mmol/L 137-147')).toEqual(['na=118 critical-low']);
  });
  it('reads one glyph and a code only as a value possible for that test (S2)', () => {
    expect(row('#(Na 2.1 mmol/L 3.5-5.3')).toEqual([]);
    expect(row('#(K 2.4 mmol/L 3.5-5.3')).toEqual(['k=2.4 critical-low']);
  });
  it('keeps an earlier day, visit or hospital in the bracket as START read it (S2)', () => {
    for (const line of [
      '钾 (前天 6.9 mmol/L 3.5-5.3',
      '钾 (上周 6.9 mmol/L 3.5-5.3',
      '钾 (外院 6.9 mmol/L 3.5-5.3',
      '钾 (入院 6.9 mmol/L 3.5-5.3',
      '钾 (门诊 6.9 mmol/L 3.5-5.3',
      'Potassium (pre-op 6.9 mmol/L 3.5-5.1',
      'Potassium (Outside 6.9 mmol/L 3.5-5.1',
    ]) {
      expect(row(line), line).toEqual([]);
      expect(checks(line), line).toEqual(['k=6.9 critical-high']);
    }
  });
});
