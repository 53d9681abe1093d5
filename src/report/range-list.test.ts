// Several labelled ranges in a table's range column (range-list.ts) through the real parser. Report texts here are our
// own, written for these tests (no blind-batch text).
import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';
import { isTierScale, rangeListFlag, readRangeList } from './range-list.js';

const rows = (text: string) => parseLabReport(text).results.map((r) => [r.code ?? r.name, r.valueText, r.flag, r.range?.text]);

describe('reading a range cell as a list of labelled ranges', () => {
  it('reads phases, tiers and risk groups; leaves one range and sex pairs to the line reader', () => {
    expect(readRangeList('卵泡期 2.1-10.8；排卵期 9.6-80.2；黄体期 0.8-13.9')?.ranges.map((r) => [r.low, r.high])).toEqual([
      [2.1, 10.8],
      [9.6, 80.2],
      [0.8, 13.9],
    ]);
    expect(readRangeList('Sufficient 30-100 | Insufficient 20-<30 | Deficient <20')?.ranges).toHaveLength(3);
    expect(readRangeList('<3.4（一般人群）；<2.6（高危）')?.ranges.map((r) => r.high)).toEqual([3.4, 2.6]);
    expect(readRangeList('3.5-5.5')).toBeUndefined();
    expect(readRangeList('男 130-175；女 115-150')).toBeUndefined();
    // A piece with two numbers (an age band) is no labelled range: the cell is left as printed.
    expect(readRangeList('<125 (age <75 y); <450 (age >=75 y)')).toBeUndefined();
  });

  it('tells tiers (ranges cutting the scale) from alternatives (ranges that overlap)', () => {
    const tiers = readRangeList('Normal <5.7; Prediabetes 5.7-6.4; Diabetes >=6.5');
    const phases = readRangeList('Follicular 1.9-12.5; Luteal 0.5-16.9');
    expect(tiers && isTierScale(tiers)).toBe(true);
    expect(phases && isTierScale(phases)).toBe(false);
    // Alternatives: the flag they all give, else unknown; tiers: unknown.
    expect(phases && rangeListFlag({ value: 8, op: undefined }, phases)).toBe('normal');
    expect(phases && rangeListFlag({ value: 14, op: undefined }, phases)).toBe('unknown');
    expect(phases && rangeListFlag({ value: 30, op: undefined }, phases)).toBe('high');
    expect(tiers && rangeListFlag({ value: 8.1, op: undefined }, tiers)).toBe('unknown');
    // Alternatives that happen not to overlap read as tiers: unknown between them, never one of them chosen; below
    // every one of them is low (review s33: every piece agrees).
    const apart = readRangeList('卵泡期0.6-4.7;黄体期5.3-86.0');
    expect(apart && rangeListFlag({ value: 5, op: undefined }, apart)).toBe('unknown');
    expect(apart && rangeListFlag({ value: 0.4, op: undefined }, apart)).toBe('low');
  });
});

describe('a table row whose range column lists several ranges is a result', () => {
  it('Chinese phase-specific ranges: every row read, flagged only where all ranges agree', () => {
    const text = [
      '项目              结果     单位      参考区间',
      '黄体生成素 LH     45.2     IU/L      卵泡期2.4-12.6;排卵期14.0-95.6;绝经期7.7-58.5',
      '孕酮 PROG         0.2      nmol/L    卵泡期0.6-4.7;黄体期5.3-86.0;绝经期0.3-2.5',
      '睾酮 TESTO        1.2      nmol/L    0.29-1.67',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['黄体生成素 LH', '45.2', 'unknown', '卵泡期2.4-12.6;排卵期14.0-95.6;绝经期7.7-58.5'],
      ['孕酮 PROG', '0.2', 'low', '卵泡期0.6-4.7;黄体期5.3-86.0;绝经期0.3-2.5'],
      ['睾酮 TESTO', '1.2', 'normal', '0.29-1.67'],
    ]);
  });

  it('English tiers: the row is read, its flag is the report marker or unknown', () => {
    const text = [
      'Test                    Result   Flag   Units    Reference',
      'Vitamin D, 25-OH        11       L      ng/mL    Deficient <20; Insufficient 20-29; Sufficient 30-100',
      'Hemoglobin A1c          5.9             %        Normal <5.7; Prediabetes 5.7-6.4; Diabetes >=6.5',
      'Ferritin                40              ng/mL    15-150',
    ].join('\n');
    expect(rows(text).map((r) => r.slice(0, 3))).toEqual([
      ['vitd', '11', 'low'],
      ['hba1c', '5.9', 'unknown'],
      ['ferritin', '40', 'normal'],
    ]);
  });

  it('risk-group limits that all call the value high are high (tab-separated)', () => {
    const text = ['项目名称\t结果\t单位\t参考范围', '低密度脂蛋白胆固醇(LDL-C)\t4.9\tmmol/L\t<3.4（一般人群）；<2.6（高危）；<1.8（极高危）'].join('\n');
    expect(rows(text).map((r) => r.slice(0, 3))).toEqual([['ldl', '4.9', 'high']]);
  });
});
