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
  it("reads a child's age however it is written (the one age reader: child-medicine, the asker)", () => {
    const years = (t: string): number[] => findAges(t).map((a) => Math.round((a.days / 365) * 10) / 10);
    expect(years('2岁女儿发烧')).toEqual([2]);
    expect(years('女儿两岁了')).toEqual([2]);
    expect(years('孩子今年3岁')).toEqual([3]);
    expect(years('3岁多的宝宝')).toEqual([3]);
    expect(years('宝宝一岁半 10公斤')).toEqual([1.5]);
    expect(years('my son (4) has a rash')).toEqual([4]);
    expect(years('My son (10, 35 kg) ate a cookie')).toEqual([10]);
    expect(years('my 4yo fell')).toEqual([4]);
    expect(years('4 y/o girl')).toEqual([4]);
    expect(years('his daughter, 5, ate it')).toEqual([5]);
    expect(years('my son is 7')).toEqual([7]);
    expect(years('baby is 18 months')).toEqual([1.5]);
    expect(years('十个月大的宝宝')).toEqual([0.8]);
    expect(years('宝宝8个月')).toEqual([0.7]);
    expect(years('I reviewed this sixty five year old gentleman')).toEqual([65]);
  });
  it("leaves durations, dates, thresholds, weights and adults' bare ages alone", () => {
    expect(findAges('这两天大便是黑的')).toEqual([]);
    expect(findAges('咳嗽两个月孩子瘦了')).toEqual([]);
    expect(findAges('孩子三天没拉')).toEqual([]);
    expect(findAges('孩子11月20日确诊甲流')).toEqual([]);
    expect(findAges('5岁以上的孩子能吃吗')).toEqual([]);
    expect(findAges('my son is 7 kg')).toEqual([]);
    expect(findAges('我今年45岁')).toEqual([]);
    expect(findAges('我今年45岁', { bare: true }).map((a) => a.value)).toEqual([45]);
    expect(findAges('Passed away peacefully, aged 101', { bare: true }).map((a) => a.value)).toEqual([101]);
  });
  it('feeds infant fever and leaves older babies to the other rules', () => {
    expect(triage('宝宝出生七个礼拜，发烧38.3度').level).toBe('emergency');
    expect(triage('孩子十个礼拜大，发烧38度').level).toBe('emergency');
    expect(triage('宝宝五个月大，发烧38度，精神很好').level).not.toBe('emergency');
    expect(triage('our seven week old has a fever of 38.1').level).toBe('emergency');
  });
});
