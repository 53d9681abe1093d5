// Who swallowed it and how (#19, review s19 O5): an accident (a toddler, a child who got into it, mistaken for sweets)
// gets the poison message without the suicide crisis line; intent or its precipitant (on purpose, after a row, bullied)
// keeps or adds the line whatever the amount — a 13-year-old's pesticide after bullying had none at 54d14c2.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readIngestionMode } from './ingestion-mode.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

const ACCIDENTS = [
  '孩子吃了好多颗补铁的药片，以为是糖',
  'toddler drank some oil of wintergreen from the cupboard',
  'my 4yo got into the cupboard and ate about 20 of my sertraline',
];
const INTENT = [
  'my 15 year old took 30 of my sertraline on purpose after a fight',
  '儿子16岁，偷吃了我一整瓶安眠药，留了张纸条说对不起',
  "my son found my oxycodone and took all of it, he's 16 and told his friend he wanted to end it",
  'my son (15) got into my sleeping pills and took 30 of them after we had a fight',
  "my daughter took an overdose of her sertraline after being bullied, she's 13",
  '我儿子13岁，被同学欺负以后喝了农药',
  '我16岁的女儿故意吞了一整板安眠药',
  // s23: a poison of the table swallowed after a conflict in any wording, and a fumigant tablet "taken".
  'Sir my brother has taken one celphos tablet 1 hour back after fight with father, now he is vomiting',
  'my brother drank some pesticide after a quarrel with our father, he is vomiting now',
  'Sir my sister swallowed rat poison paste after fighting with her in-laws, 2 hours back',
  'after being bullied at school my daughter (14) ate some of the rat bait from the shed',
  '我表弟被他爸骂了一顿 喝了一口百草枯 现在说嗓子疼',
  '佢同老公嗌交之後飲咗農藥 而家嘔緊',
];
/** Near misses: the same agents by accident, at work or by a small child keep the poison message without the line. */
const NO_LINE = [
  '孩子两岁 刚才翻出来家里的老鼠药 吃了一点 现在还好',
  'my dad was spraying pesticide all morning without a mask, now he is sweating, drooling and his pupils are tiny',
  'grandma drank some of the bleach by mistake, thought it was water, it was in an old water bottle. she is coughing',
];

/** Review s23 (R22–R28, q05–q09): a mistake, a small child or an age under 10 is read before any conflict word, and a
 *  word that only looks like a conflict (打冷战 a shiver, 被打了一针 an injection) is none — the poison's emergency
 *  stands, without the suicide line. */
const ACCIDENT_BESIDE_CONFLICT = [
  '孩子打冷战，刚才误喝了一口消毒液',
  '爸爸被打了一针破伤风，回来误喝了敌敌畏',
  'I fell out with my brother last week; today I mistook the bleach for water and drank some',
  "Grandma fell out with auntie, then accidentally took her husband's warfarin — 10 tablets",
  'My mum was scolded by the doctor for smoking, and she accidentally drank methanol from a water bottle',
  'She was scolded at work. Yesterday she ate some wild mushrooms that turned out to be button mushrooms',
  'After an argument with my wife I accidentally drank from the wrong bottle - it was weedkiller',
  '我跟同事吵了一架，晚上喝错了瓶子，把洗洁精当成水喝了',
  'He was hit by a car yesterday; today his 9-year-old sister accidentally drank some lamp oil',
  'My 12-year-old broke up his tablets and accidentally swallowed a bleach pod thinking it was a sweet',
  '我儿子9岁，和同学打了一架，回家误喝了消毒水，不是故意的',
];

describe('ingestion mode: the crisis line for the right event', () => {
  it.each(ACCIDENT_BESIDE_CONFLICT)('an accident beside a conflict word: no suicide crisis line: %s', (text) => {
    expect(t(text).contributions.crisisLine).toBeNull();
  });
  it('a child under 10 after a row at school is an accident, not an intent (review s23 R24)', () => {
    expect(readIngestionMode('After a row at school my 7 year old ate some rat bait from the shed')).toBe('accident');
    const d = t('After a row at school my 7 year old ate some rat bait from the shed');
    expect(d.contributions.crisisLine).toBeNull();
    expect(d.reasons).not.toContain('suicide-risk');
  });
  it("the commit's self-poisonings after a conflict keep the line (review s23 fixed p60, p62, p164)", () => {
    for (const text of ['被他爸骂了一顿后，他吃了老鼠药', '佢同屋企人嗌交之后饮咗農藥', 'After my girlfriend dumped me I drank some paraquat']) {
      const d = t(text);
      expect(d.level).toBe('emergency');
      expect(d.contributions.crisisLine).not.toBeNull();
    }
  });
  it.each(ACCIDENTS)('an accident: emergency without the suicide crisis line: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).toBeNull();
  });
  it.each(INTENT)('with intent: emergency with the crisis line: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
  it.each(NO_LINE)('no intent: emergency without the suicide crisis line: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).toBeNull();
  });
  it('reads the mode', () => {
    expect(readIngestionMode('孩子误食几粒马钱子')).toBe('accident');
    // A teenager named by age is no small child, whatever the accident's words.
    expect(readIngestionMode('我儿子16岁，偷吃了我的安眠药')).toBe('unknown');
    expect(readIngestionMode('my baby sister is 17 and she overdosed')).toBe('unknown');
    expect(readIngestionMode('she took them after a row with her boyfriend')).toBe('intent');
    // A conflict read as a class, not a phrase (s23).
    expect(readIngestionMode('he drank it after his dad shouted at him')).toBe('intent');
    expect(readIngestionMode('我哥跟我爸打了一架以后喝的')).toBe('intent');
    expect(readIngestionMode('she took two paracetamol after a long day at work')).toBe('unknown');
    // 打冷战 (a shiver) and 被打了一针 (an injection) are no conflict; 冷战 between people and 被他爸打了 are.
    expect(readIngestionMode('他打冷战，喝了农药')).toBe('unknown');
    expect(readIngestionMode('他被打了一针，喝了农药')).toBe('unknown');
    expect(readIngestionMode('他和老婆冷战了一周，喝了农药')).toBe('intent');
    expect(readIngestionMode('他被他爸打了，喝了农药')).toBe('intent');
  });
});
