import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readLargeIngestions, withMedicineClass } from './ingestion.js';

describe('large ingestion: act × quantity × medicine', () => {
  it('reads a medicine by its name from the knowledge base, keeping offsets', () => {
    const text = 'she swallowed 30 of her citalopram tonight';
    expect(withMedicineClass(text)).toHaveLength(text.length);
    expect(withMedicineClass('took 12 panadol')).toBe('took 12 pills  ');
    expect(withMedicineClass('喝了一整瓶布洛芬')).toBe('喝了一整瓶药药药');
  });
  it.each([
    ['he took about twenty of his metformin an hour ago', true],
    ['I swallowed a whole packet of ibuprofen', true],
    ['我爸把一整盒阿司匹林吃了', true],
    ['她吞了三十几片对乙酰氨基酚', true],
    ['going to take the whole bottle of diazepam tonight', false],
    // Amount words without a count (the rule before 53963a1 knew them; review: reviewer sentence).
    ['我吃了好多安眠药', true],
    // A tablet named by its strength: "ones" after a strength is the medicine named earlier.
    ['she took about 30 of the 200mg ones after we argued', true],
    ['my brother swallowed the rest of his sertraline, maybe 40 of the 50mg tablets', true],
    ['he took twenty 500 mg tablets', true],
    ['他吞了一大把药', true],
  ])('%s → a large ingestion (taken: %s)', (text, taken) => {
    const found = readLargeIngestions(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.taken).toBe(taken);
    expect(found[0]?.supplyOnly).toBe(false);
  });
  it('a whole supply alone is flagged as such (it is also how people say they finished a course)', () => {
    expect(readLargeIngestions('我把药都吃了，还要再开吗')[0]?.supplyOnly).toBe(true);
    expect(readLargeIngestions('took all my amoxicillin and then 15 paracetamol')[0]?.supplyOnly).toBe(false);
  });
  it.each([
    'took 2 of my sertraline by mistake',
    'took all my meds this morning as usual',
    'I took all the tablets the doctor gave me for today',
    '吃了很多药都没用',
    '吃了好多药都没用',
    '吃了好多种药，还是咳',
    '所有的菜都吃光了',
    '昨晚喝了一整瓶红酒',
    'took my insulin and ate dinner',
    'I take 2 of the 500mg ones four times a day',
    'took the rest of my amoxicillin this morning as prescribed',
    'I took 40 mg of omeprazole',
  ])('%s → none', (text) => {
    expect(readLargeIngestions(text)).toEqual([]);
  });
});

describe('an overdose told with an amount word (review: reviewer sentence)', () => {
  it('我吃了好多安眠药 → emergency with the crisis line', () => {
    const d = triageDetail('我吃了好多安眠药', { locale: 'zh-CN' });
    expect(d.level).toBe('emergency');
    expect(d.message).toContain('12356');
  });
  it('吃了好多药都没用 is a treatment failure, not an overdose', () => {
    expect(triageDetail('吃了好多药都没用').level).not.toBe('emergency');
  });
});

describe('what was left of a supply, swallowed, is an overdose in both languages (review: whoever owned it)', () => {
  it.each([
    ['I took the rest of my sleeping pills', '988'],
    ['my daughter swallowed the rest of her fluoxetine after a row with her boyfriend', '988'],
    ["he took the rest of his grandad's heart tablets", '988'],
    ['she swallowed whatever was left of her painkillers', '988'],
    ['把剩下的安眠药都吃了', '12356'],
    ['他吞了剩下的止痛药', '12356'],
    ['I took the rest of my zopiclone this morning', '988'],
    ['她把她爸剩下的降压药全吃了', '12356'],
  ])('%s → emergency with the crisis line', (text, line) => {
    const d = triageDetail(text, /\p{Script=Han}/u.test(text) ? { locale: 'zh-CN' } : undefined);
    expect(d.level).toBe('emergency');
    expect(d.message).toContain(line);
    expect(readLargeIngestions(text)[0]?.supplyOnly).toBe(false);
  });
  it.each([
    'took the rest of my amoxicillin',
    'I took the rest of my antibiotics yesterday',
    '我把剩下的消炎药都吃了',
    '把今天剩下的药吃了',
    "I took the rest of today's tablets",
    '剩下的药还能吃吗',
    '我把剩下的饭都吃了',
  ])('%s → no overdose (the end of a course, a question, food)', (text) => {
    expect(readLargeIngestions(text)).toEqual([]);
  });
});

describe('all of a medicine supply swallowed is an overdose by itself (review fix 2: no count, strength or sleeping-pill word needed)', () => {
  const zh = (s: string) => (/\p{Script=Han}/u.test(s) ? { locale: 'zh-CN' as const } : undefined);
  it.each([
    ['我爸刚才把他的降压药全吞了', '12356'],
    ['她把抽屉里的药全部吃掉了', '12356'],
    ['家里的药全吃了', '12356'],
    ['my husband swallowed all of his blood pressure tablets', '988'],
    ['I took all of my antidepressants', '988'],
    // "downed" is a swallowing verb, never spell-corrected to "drowned" (normalise.ts KEEP).
    ['she downed all her sleeping tablets', '988'],
    ['took all of nans heart pills about twenty minutes ago', '988'],
  ])('%s → emergency, deliberate-overdose, crisis line', (text, line) => {
    const d = triageDetail(text, zh(text));
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('deliberate-overdose');
    expect(d.message).toContain(line);
  });
  it('a young child who took a whole supply is an emergency without the crisis line (an accident)', () => {
    const d = triageDetail('我两岁的女儿把奶奶的药都吃了', { locale: 'zh-CN' });
    expect(d.level).toBe('emergency');
    expect(d.message).not.toContain('12356');
  });
  it.each([
    // The end of a course or a day's doses.
    '一个疗程的药我都吃完了',
    'I finished all my antibiotics on Tuesday',
    'I took all of my tablets this evening as prescribed',
    '午饭后的药吃完了',
    '按医嘱把药都吃了',
    '我把医生开的今天的药都吃了',
    // A conditional, a refill question, a treatment that did not help.
    '如果把安眠药全吃了会怎么样',
    '我把药都吃了，要不要再去开',
    'I took all my pills and still have a cough',
    // Not a medicine supply, or a question to someone else.
    'I ate all of my lunch',
    "I've taken all sorts of pills for it",
    'have you taken all your meds',
  ])('%s → no overdose finding, not an emergency', (text) => {
    const d = triageDetail(text, zh(text));
    expect(d.reasons).not.toContain('deliberate-overdose');
    expect(d.level).not.toBe('emergency');
  });
  // A conditional about a named person's own supply is no overdose taken, but it is a method inquiry: the suicide screen
  // hears it (supply-inquiry.ts), with the crisis line.
  it.each(['what would happen if he took all his pills'])('%s → no overdose finding, a method inquiry with the crisis line', (text) => {
    const d = triageDetail(text, zh(text));
    expect(d.reasons).not.toContain('deliberate-overdose');
    expect(d.level).not.toBe('routine');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
});

describe('a young child who found medicine and swallowed part of it (review fix 2: checked beside the whole-supply reader)', () => {
  it.each(['my toddler found my pills and ate some', "my 3 year old got hold of grandma's tablets and swallowed a few"])(
    '%s → emergency child-ingestion',
    (text) => {
      const d = triageDetail(text);
      expect(d.level).toBe('emergency');
      expect(d.reasons).toContain('child-ingestion');
    },
  );
  it('a child who only found the pills is no ingestion finding', () => {
    expect(triageDetail('my 2yo found the pill bottle and I don’t think she had any').reasons).not.toContain('child-ingestion');
  });
});

describe("who prescribed a supply says nothing about a day's dose (review D finding 1)", () => {
  const zh = (s: string) => (/\p{Script=Han}/u.test(s) ? { locale: 'zh-CN' as const } : undefined);
  it.each([
    ['我哥把大夫开的抗焦虑药全吃了', '12356'],
    ['我姐把医院给她开的止痛药全部吞了', '12356'],
    ['my wife swallowed all the painkillers the doctor prescribed her', '988'],
    // A hypnotic is one dose a night: a time word beside all of it is no day's dose.
    ['my brother took all of his sleeping tablets this evening', '988'],
  ])('%s → emergency, deliberate-overdose, crisis line', (text, line) => {
    const d = triageDetail(text, zh(text));
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('deliberate-overdose');
    expect(d.message).toContain(line);
  });
  it.each(['I took all my sleeping pills last night exactly as prescribed by my GP', '我按医嘱把医院开的药都吃了'])(
    '%s → a dose as prescribed, no overdose finding',
    (text) => {
      expect(triageDetail(text, zh(text)).reasons).not.toContain('deliberate-overdose');
    },
  );
});

describe('a young child who found any named medicine and ate some (review D finding 6)', () => {
  it.each([
    'my 2 year old found the ibuprofen and had a couple',
    'my 4 year old got into the loratadine and swallowed some',
    '儿子3岁，摸到爷爷的安眠药，吃了一颗',
  ])('%s → emergency child-ingestion', (text) => {
    const d = triageDetail(text, /\p{Script=Han}/u.test(text) ? { locale: 'zh-CN' } : undefined);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('child-ingestion');
  });
  it.each(['3岁孩子翻到了药，但是没吃', '孩子3岁，找到我的药，没有吃'])('%s → no ingestion finding', (text) => {
    expect(triageDetail(text, { locale: 'zh-CN' }).reasons).not.toContain('child-ingestion');
  });
});
