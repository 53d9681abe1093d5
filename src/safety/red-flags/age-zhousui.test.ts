import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { findAges } from './age.js';

// Review s18 S1: 5dba1b9 moved child ages to findAges, which read 周岁 as weeks (周) and so not as an age at all — a
// toddler who swallowed a one-pill-can-kill medicine dropped from emergency. Also read: 周岁半, 虚岁, N岁M个月, 八个半月.
describe('findAges reads 周岁, 周岁半, 虚岁, N岁M个月 and 八个半月', () => {
  it.each([
    ['女儿3周岁，吃了一片爷爷的美托洛尔', 3 * 365],
    ['孙女两周岁，在地上捡到', 2 * 365],
    ['儿子两周岁半，在小区草坪上', 2.5 * 365],
    ['闺女一周岁半，误吃了', 1.5 * 365],
    ['宝宝八个半月，会爬了', 8.5 * 30.4],
    ['宝宝8个半月', 8.5 * 30.4],
    ['宝宝一岁两个月', 365 + 2 * 30.4],
    ['孩子1岁2个月，发烧', 365 + 2 * 30.4],
    ['孩子3岁零5个月', 3 * 365 + 5 * 30.4],
    ['孩子三虚岁', 2 * 365],
    ['儿子虚岁3岁', 2 * 365],
    ['my son is 2 years 3 months old', 2 * 365 + 3 * 30.4],
  ])('%s', (text, days) => {
    const ages = findAges(text);
    expect(ages).toHaveLength(1);
    expect(ages[0]!.days).toBeCloseTo(days, 0);
  });

  it.each(['烧了两周', '这两天大便是黑的', '孩子3岁，两个月前开始咳'])('not a second age: %s', (text) => {
    expect(findAges(text).filter((q) => q.unit !== 'year')).toEqual([]);
  });
});

describe('a 周岁 child × one tablet of a one-pill-dangerous class stays emergency', () => {
  it.each([
    '女儿3周岁，吃了一片爷爷的美托洛尔',
    '孙女两周岁，在地上捡到奶奶的一粒氨氯地平咽下去了',
    '女儿2周岁，刚才吞了一颗爷爷的格列本脲，现在在玩',
    '闺女一周岁半，误吃了一片外婆的硝苯地平',
    '宝宝八个半月，吃了一片奶奶的美托洛尔',
    '孩子1岁2个月，误吃了一片爷爷的格列本脲',
    '儿子虚岁3岁，吃了一粒外公的氨氯地平',
  ])('%s', (text) => {
    const d = triageDetail(text, { locale: 'zh-CN' });
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('child-dangerous-medicine');
  });

  it('儿子两周岁半 + a lawn mushroom is an emergency (as with 两岁半)', () => {
    expect(triageDetail('儿子两周岁半，在小区草坪上摘了一个蘑菇吃了一口，现在看着没事', { locale: 'zh-CN' }).level).toBe('emergency');
  });

  it.each(['女儿3周岁，有点咳嗽流鼻涕', '宝宝八个半月，今天打了疫苗'])('no ingestion, not an emergency: %s', (text) => {
    expect(triageDetail(text, { locale: 'zh-CN' }).level).not.toBe('emergency');
  });
});
