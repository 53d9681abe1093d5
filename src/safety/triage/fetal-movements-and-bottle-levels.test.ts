import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readLevelDrop } from './level-drop.js';

// Review s19 (triage #19) S2, O3, S1 and the level-drop.ts zh bug, with own variants.

describe('review s19 S2: fewer / no fetal movements at term are the sign however said', () => {
  it.each([
    ['怀孕36周，今天还没感觉到胎动', 'zh-CN'],
    ['39 weeks and the baby stopped moving', 'en-GB'],
    ['第一次怀孕，34周了，今天宝宝一直不动', 'zh-CN'],
    ["36 weeks pregnant and I haven't felt the baby move yet today", 'en-GB'],
    ['pregnant 35 weeks, baby usually kicks a lot, but today nothing at all', 'en-GB'],
    ['first pregnancy, 37 weeks, the baby has not moved since last night', 'en-GB'],
    ['38周了，宝宝从昨晚到现在都没动', 'zh-CN'],
  ] as const)('%s → emergency', (text, locale) => {
    expect(triageDetail(text, { locale }).level).toBe('emergency');
  });
});

describe('review s19 O3 and early pregnancy: not the sign', () => {
  it.each([
    ['second baby kicks less than my first did, 28 weeks, but moves lots now', 'en-GB'],
    ['baby kicked less this morning, 30 weeks, but kicks a lot now', 'en-GB'],
    ["16 weeks pregnant and haven't felt the baby move yet", 'en-GB'],
    ['第一次怀孕，18周了，还没感觉到胎动', 'zh-CN'],
    ['when will I feel the baby move? 20 weeks', 'en-GB'],
    ['my baby is 30 weeks old and moves less after his jabs, is that normal', 'en-GB'],
  ] as const)('%s → not emergency', (text, locale) => {
    expect(triageDetail(text, { locale }).level).not.toBe('emergency');
  });
});

describe('review s19 S1: a whole bottle of a child paracetamol is the pack × the fraction', () => {
  it.each([
    ['my 2 year old drank the whole bottle of Calpol', 'en-GB'],
    ['我家1岁宝宝把一整瓶泰诺林滴剂喝完了', 'zh-CN'],
  ] as const)('%s → emergency', (text, locale) => {
    expect(triageDetail(text, { locale }).level).toBe('emergency');
  });
  it.each([
    ['gave my 2 year old 5ml of Calpol from the bottle', 'en-GB'],
    ['我家2岁宝宝发烧，喂了2.5毫升泰诺林滴剂', 'zh-CN'],
  ] as const)('%s → a dose from the bottle is not the bottle', (text, locale) => {
    expect(triageDetail(text, { locale }).level).not.toBe('emergency');
  });
});

describe('review s19 level-drop.ts: the zh fraction left is not nothing left', () => {
  it.each([
    ['本来是满的，现在剩一半了', 15, 7.5],
    ['本来是满的，现在剩了三分之一', 15, 10],
    ['本来是满的，现在空了', 15, 15],
    ['was full, now half left', 15, 7.5],
    ['was full, now nothing left', 15, 15],
  ] as const)('%s → %s mL pack, %s mL drunk', (text, pack, ml) => {
    expect(readLevelDrop(text, pack)?.ml).toBeCloseTo(ml, 5);
  });
});
