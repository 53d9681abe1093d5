import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { childBeforeBa, dangerousClassIn, readChildMedicine, readOrganiserEmptied, youngChild } from './child-medicine.js';

// Session 17 (triage #19): a young child who swallowed ONE tablet of a "one pill can kill" class read routine at first
// sight. Read as child × act told as done × a dangerous class (stem, Chinese ending, name or alias-table brand).
describe('a young child × one tablet of a one-pill-dangerous class', () => {
  it.each([
    ['我把我爸的降压药当成维生素给我2岁女儿吃了一片 氨氯地平 5mg的 刚发现 现在她好好的', 'calcium-channel blocker'],
    ['两岁孩子吃了五片降压药', 'blood-pressure or diabetes tablets'],
    ['My 2 year old swallowed one of my amlodipine tablets, she seems fine', 'calcium-channel blocker'],
    ["my toddler got into grandpa's blood pressure pills, maybe one", 'blood-pressure or diabetes tablets'],
    ['I gave my 3 year old my metoprolol by mistake instead of her vitamin', 'beta-blocker'],
    ['孩子误服了一片格列齐特', 'sulfonylurea'],
    ["my son (4) swallowed one of his grandad's tramadol", 'opioid'],
    ['三岁宝宝把外婆的格列美脲吃了一颗', 'sulfonylurea'],
    ['孩子两岁，吞了一片爷爷的美托洛尔', 'beta-blocker'],
    ["my 18 month old chewed one of grandma's heart pills", 'blood-pressure or diabetes tablets'],
    ['我女儿三岁 误吃了一片阿米替林', 'tricyclic'],
    ['toddler swallowed a tramadol from my bag', 'opioid'],
    // A brand the alias table maps to amlodipine (络活喜), named in the next clause as the grandfather's medicine.
    ['孩子吃了爷爷的药 爷爷吃的是络活喜', 'calcium-channel blocker'],
    ['宝宝吃了一片可乐定', 'clonidine'],
    ['my baby ate one of my propranolol tablets off the floor', 'beta-blocker'],
    ['孩子刚才吞了一片奶奶的硝苯地平', 'calcium-channel blocker'],
  ])('%s → emergency (%s)', (text, cls) => {
    expect(readChildMedicine(text)?.cls).toBe(cls);
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('child-dangerous-medicine');
    expect(d.message).toMatch(/poison control|急救|中毒/i);
  });

  it.each([['我家孩子好像吃了他爷爷的药 就一片 现在看着没事 在玩 需要催吐吗'], ["my 3 year old swallowed one of grandad's pills, no idea which"]])(
    "an unnamed adult's medicine: %s → at least urgent",
    (text) => {
      expect(readChildMedicine(text)).toEqual({ cls: null });
      const d = triageDetail(text);
      expect(['urgent', 'emergency']).toContain(d.level);
      // Reasons are those of the level reached: an emergency from another rule outranks this urgent one.
      if (d.level === 'urgent') expect(d.reasons).toContain('child-adult-medicine');
    },
  );

  // Look-alikes: no dangerous class, not swallowed, the writer's own medicine, not a young child, a what-if question.
  it.each([
    ['宝宝吃了一片维生素'],
    ['my toddler swallowed a gummy vitamin'],
    ['孩子吃了一口止咳糖浆'],
    ["my toddler nearly took grandma's pill but I caught it"],
    ['what if a child swallows blood pressure pills?'],
    ['如果孩子误吃了降压药怎么办'],
    ['我吃了一片降压药 孩子在旁边玩'],
    ['孩子发烧 我给他吃了一片退烧药 我自己在吃降压药'],
    ['孩子吃了一片头孢'],
    ['my 3yo swallowed one amoxicillin'],
    ['I took my metoprolol and then my toddler started crying'],
    ['我12岁的儿子吃了一片氨氯地平'],
    ['is amlodipine safe for a child to take'],
    ['宝宝差点吃了奶奶的降压药 被我抢下来了'],
    ['孩子吃了西格列汀的说明书上写什么'],
    ['孩子吃了爷爷的饼干，爷爷在吃降压药'],
    ['宝宝吃了一片钙片 我妈在吃氨氯地平'],
    ["my kid ate my grandma's sweets, she's on metoprolol"],
    ['my toddler watched me take my amlodipine'],
    ['孩子看着我吃降压药，他会不会学'],
    ["I'm breastfeeding my baby and I took labetalol, is it safe?"],
  ])('%s → no child-dangerous-medicine reading', (text) => {
    expect(readChildMedicine(text)?.cls ?? null).toBeNull();
    expect(triageDetail(text).reasons).not.toContain('child-dangerous-medicine');
  });

  it('reads classes by stem, Chinese ending and alias-table brand, not by look-alike names', () => {
    expect(dangerousClassIn('bisoprolol')).toBe('beta-blocker');
    expect(dangerousClassIn('非洛地平')).toBe('calcium-channel blocker');
    expect(dangerousClassIn('络活喜')).toBe('calcium-channel blocker');
    expect(dangerousClassIn('西格列汀')).toBeNull();
    expect(dangerousClassIn('达格列净')).toBeNull();
    expect(dangerousClassIn('sertraline')).toBeNull();
  });

  it('reads a young child by noun or an age up to 6', () => {
    expect(youngChild('我2岁女儿')).toBe(true);
    expect(youngChild('my son (4)')).toBe(true);
    expect(youngChild('我儿子20岁')).toBe(false);
    expect(youngChild('my wife')).toBe(false);
  });
});

describe('readOrganiserEmptied: an amount gone told as empty compartments or a range (session 40, bd010)', () => {
  it('reads a toddler with an organiser’s compartments emptied and a one-pill class named', () => {
    expect(
      readChildMedicine(
        "Found my 2 year old with grandad's pill organiser open, Tuesday and Wednesday compartments empty, so maybe 4-6 tablets gone. He's on amlodipine, bisoprolol and metformin. She seems totally fine.",
      ),
    ).toMatchObject({ cls: 'calcium-channel blocker' });
    expect(readChildMedicine('两岁半的儿子翻出外婆的药盒，里面有三格空了，外婆在吃硝苯地平和格列齐特，孩子现在还在玩')).not.toBeNull();
  });
  it('leaves an organiser empty as a thing, and one emptied by its owner', () => {
    expect(readOrganiserEmptied("my 3 year old keeps opening nana's empty weekly pill box to play with it")).toBe(false);
    expect(readChildMedicine("my 3 year old keeps opening nana's empty weekly pill box to play with it, how do I childproof the cupboard?")).toBeNull();
  });
});

// Session 44 (blind triage-bh bh047): in a 把 clause the actor stands before 把 — a 我 inside the object ("把我吃的降糖药")
// says whose medicine, not who swallowed it.
describe('the 把 actor: a child before 把, the writer inside its object', () => {
  it("bh047: a 3-year-old ate two or three of the grandparent's glibenclamide → emergency", () => {
    const text = '3岁孙子刚才把我吃的降糖药当糖豆吃了，可能两三片，格列本脲。现在看着还好好的在玩，要不要紧？给他喝点糖水可以吗';
    expect(readChildMedicine(text)?.cls).toBe('sulfonylurea');
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('child-dangerous-medicine');
  });
  it.each([
    ['3岁孙子刚才把我吃的降糖药当糖豆吃了', true],
    ['我看到孩子把我的药', true],
    ['孙子三岁，我刚才把我吃的降糖药', false],
    ['我把孙子的降糖药', false],
    ['吃了', false],
  ])('%s → child acts: %s', (before, expected) => expect(childBeforeBa(before)).toBe(expected));
  it.each(['我把孙子的降糖药吃了两片', '孩子3岁，我把降糖药吃了'])('the writer before 把 still acts: %s', (text) => expect(readChildMedicine(text)).toBeNull());
});
