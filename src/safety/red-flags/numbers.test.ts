// The number/age parser feeds infant-fever and child logic; these pin the spellings it must read and the
// durations it must not mistake for ages.
import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumber } from './numbers.js';
import { findAges, INFANT_MAX_DAYS } from './age.js';
import { triage } from '../triage.js';

describe('parseNumber', () => {
  it('reads Chinese numerals', () => {
    expect(parseNumber('七')).toBe(7);
    expect(parseNumber('两')).toBe(2);
    expect(parseNumber('十')).toBe(10);
    expect(parseNumber('十二')).toBe(12);
    expect(parseNumber('二十三')).toBe(23);
    expect(parseNumber('一百零五')).toBe(105);
  });
  it('reads digits and English words', () => {
    expect(parseNumber('6')).toBe(6);
    expect(parseNumber('Six')).toBe(6);
    expect(parseNumber('twelve')).toBe(12);
    expect(parseNumber('many')).toBeNull();
  });
});

describe('findQuantities', () => {
  it('reads units, 个/多 and a trailing 半', () => {
    const [q] = findQuantities('出生七个礼拜');
    expect(q).toMatchObject({ value: 7, unit: 'week', days: 49 });
    expect(findQuantities('两个月大')[0]).toMatchObject({ value: 2, unit: 'month' });
    expect(findQuantities('三岁半')[0]).toMatchObject({ value: 3.5, unit: 'year' });
    expect(findQuantities('three and a half years old')[0]).toMatchObject({ value: 3.5, unit: 'year' });
    expect(findQuantities('a 6-week-old')[0]).toMatchObject({ value: 6, unit: 'week', days: 42 });
  });
});

describe('findAges', () => {
  it('treats a quantity as an age only with an age cue', () => {
    expect(findAges('宝宝才出生七个礼拜').map((a) => a.days)).toEqual([49]);
    expect(findAges('两个月大的宝宝')[0]!.days).toBeLessThan(INFANT_MAX_DAYS);
    expect(findAges('our six week old')[0]!.days).toBe(42);
    expect(findAges('烧了两周了')).toEqual([]);
    expect(findAges('孩子一天吃几片')).toEqual([]);
    expect(findAges('发烧才两天')).toEqual([]);
    expect(findAges('怀孕七个月')).toEqual([]);
    expect(findAges('I am 31 weeks pregnant')).toEqual([]);
  });
  it('feeds infant fever and leaves older babies to the other rules', () => {
    expect(triage('宝宝出生七个礼拜，发烧38.3度').level).toBe('emergency');
    expect(triage('孩子十个礼拜大，发烧38度').level).toBe('emergency');
    expect(triage('宝宝五个月大，发烧38度，精神很好').level).not.toBe('emergency');
    expect(triage('our seven week old has a fever of 38.1').level).toBe('emergency');
  });
});
