import { describe, expect, it } from 'vitest';
import { TOXIC_AGENTS } from '../../knowledge/toxic-agents.js';
import { triageDetail } from '../triage.js';
import { normaliseText } from './normalise.js';
import { dangerLevel, readToxicExposures } from './toxic-exposure.js';

// Session 20 (triage #19, knowledge; review s19 S5/S6/S11/S12/S14/S17, D5): the poison table checked as a whole, not one
// name at a time — every plain name of every row (and every form name-forms.ts writes for it) resolves to its own row at
// the row's child amount, and no name resolves in a harmless sentence. Then the name variants the review broke the
// table with (word order, brands, slang, regional names, typos, Cantonese), and a correction read as a correction.

const PLAIN = /^[\p{Script=Han}a-z0-9 '-]+$/iu;
const level = (t: string) => triageDetail(t, { locale: /[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en-GB' }).level;

/** A row's names that carry the danger without a qualifier: all of them, or only the named ones when it has qualifiers. */
function namesOf(a: (typeof TOXIC_AGENTS)[number]): { zh: string[]; en: string[] } {
  const zh = a.qualifiers ? [...(a.named?.zh ?? [])] : [...a.zh, ...(a.named?.zh ?? [])];
  const en = a.qualifiers ? [...(a.named?.en ?? [])] : [...a.en, ...(a.named?.en ?? [])];
  return { zh: zh.filter((n) => PLAIN.test(n)), en: en.filter((n) => PLAIN.test(n)) };
}

describe('the poison table resolves as a whole', () => {
  it('every plain name of every row, swallowed by a toddler, resolves to its own row at the row’s child amount', () => {
    const misses: string[] = [];
    for (const a of TOXIC_AGENTS) {
      if (!a.routes.includes('swallowed') || a.amount.child === 'none') continue;
      const want = dangerLevel(a.amount.child, false, Number.NaN);
      const { zh, en } = namesOf(a);
      const texts = [...zh.map((n) => `我家两岁孩子刚才吃了${n}`), ...en.map((n) => `my 2 year old just swallowed some ${n}`)];
      for (const t of texts) {
        const got = readToxicExposures(normaliseText(t)).find((e) => e.agent.id === a.id);
        if (got?.level !== want) misses.push(`${a.id}: "${t}" → ${got?.level ?? 'none'} ≠ ${want}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('no name of any row is an exposure in a harmless sentence', () => {
    const fired: string[] = [];
    for (const a of TOXIC_AGENTS) {
      const { zh, en } = namesOf(a);
      const texts = [
        ...zh.flatMap((n) => [`${n}是什么？`, `如果孩子吃了${n}怎么办`, `孩子没有吃${n}，只是摸了一下盒子`, `电视剧里有人吃了${n}`]),
        ...en.flatMap((n) => [
          `what is ${n}?`,
          `what if my toddler ate ${n}?`,
          `he didn't eat any ${n}, he only touched the box`,
          `in the movie someone ate ${n}`,
        ]),
      ];
      for (const t of texts) if (readToxicExposures(normaliseText(t)).some((e) => e.agent.id === a.id)) fired.push(t);
    }
    expect(fired).toEqual([]);
  });
});

describe('name variants the review broke the table with (review s19 S5/S6/S11/S12/S14)', () => {
  it('word order, brands and devices of nicotine', () => {
    for (const t of [
      'my toddler drank some liquid nicotine',
      'my 2yo licked some juul pods liquid',
      '2yo chewed through an elf bar and drank the liquid',
      'my 18 month old bit into an Elf Bar and some of the juice got in her mouth',
      'my 2 year old had a Zyn pouch in his mouth',
      '小孩喝了一口电子烟的烟弹液',
      'toddler chewed on my vape pen',
    ])
      expect(level(t), t).toBe('emergency');
    // An adult vaping or asking is no exposure.
    for (const t of [
      'I vape an elf bar a day, is that bad for my lungs?',
      'my vape is leaking juice, how do I fix it',
      "I'm trying to quit with nicotine gum, how many pieces a day is ok?",
    ])
      expect(level(t), t).toBe('routine');
  });
  it('iron in pregnancy vitamins, methylated spirits and washer fluid, paraquat in Taiwan, a fentanyl patch misspelt', () => {
    for (const t of [
      'my toddler ate a handful of prenatal vitamins',
      '两岁宝宝吃了一把孕妇铁剂',
      '孩子吃了好几粒孕期复合维生素（含铁）',
      'kid drank from a bottle of methylated spirits',
      'my 4 year old drank some metho',
      'kid swallowed some windshield washer fluid',
      '阿公誤喝了一口巴拉刈',
      'my son chewed a fentynal patch',
      'todler swallowed a bupe strip',
      '阿嬤吃了自己採的野菇，現在一直吐',
    ])
      expect(level(t), t).toBe('emergency');
    for (const t of [
      'I take prenatal vitamins with iron, are they making me constipated?',
      '孕妇铁剂饭前吃还是饭后吃',
      'Do methylated spirits work for cleaning glass?',
    ])
      expect(level(t), t).toBe('routine');
  });
  it("od'd / OD'ed is overdosed; 'odd' and ODD stay words", () => {
    expect(normaliseText("I od'd on 40 sertraline")).toBe('I overdosed on 40 sertraline');
    expect(normaliseText("OD'ed on my tramadol")).toBe('overdosed on my tramadol');
    expect(normaliseText('he ODed last night')).toBe('he overdosed last night');
    expect(normaliseText("that's odd")).toBe("that's odd");
    expect(normaliseText('ODD symptoms in my son')).toBe('ODD symptoms in my son');
    expect(level("I od'd on 40 sertraline")).toBe('emergency');
  });
  it('Cantonese acts done read as the Mandarin ones (必理痛 is Panadol; 头先 just now; 停唔到 will not stop)', () => {
    expect(level('我剛食咗成板必理痛')).toBe('emergency');
    expect(level('頭先割咗手，啲血停唔到')).toBe('emergency');
  });
});

describe('a correction is read as a correction: the later count wins (review s19 S17)', () => {
  it('raises', () => {
    expect(level('my son ate a yew berry. no wait, it was two')).toBe('emergency');
    expect(level('孩子吃了两颗白果，不对，是二十多颗')).toBe('emergency');
    expect(level('my 2 year old swallowed one of my iron tablets - no wait, it was 5')).toBe('emergency');
  });
  it('lowers only the count, never a row whose danger is any amount', () => {
    // The table's own reading (the pill-count sign elsewhere still reads 二十多颗 and keeps the message an emergency).
    expect(readToxicExposures(normaliseText('孩子吃了二十多颗白果，不对，是两颗')).map((e) => e.level)).toEqual(['urgent']);
    expect(level('my toddler ate five yew berries. no wait, it was one')).toBe('emergency');
  });
  it('a plain taking back still takes back', () => {
    expect(readToxicExposures(normaliseText('Did she eat a yew berry? No, she only touched it'))).toEqual([]);
  });
});
