// WHO was exposed (exposed-who.ts, session 22, review s21 O4): an animal's exposure is no person's poisoning; one act of
// a person anywhere keeps it one. Rows are the engineer's own probes (/tmp/probes/triage-frames-s22/animal.tsv, written
// before the code): 8 animal-only messages and 24 with a person also exposed (wrapped).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { animalExposureOnly } from './exposed-who.js';
import { normaliseText } from './normalise.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

describe("an animal's exposure alone is no person's poisoning emergency", () => {
  it.each([
    'my dog ate rat poison, what should I do',
    '家里的猫吃了老鼠药，怎么办',
    'the cat licked some bleach off the floor, is she going to be ok?',
    'My puppy chewed a bottle of ibuprofen and ate maybe 10 tablets',
    '狗狗把一整板布洛芬都吃了',
    'our dog drank antifreeze from the garage floor',
  ])('%s', (text) => {
    expect(animalExposureOnly(normaliseText(text))).toBe(true);
    expect(t(text).level).not.toBe('emergency');
  });
});

describe('a person exposed beside the animal stays an emergency', () => {
  it.each([
    'my dog ate rat poison and I think my 2 year old had some too',
    '家里的猫吃了老鼠药，我儿子三岁也吃了几粒',
    '狗狗舔了敌敌畏，我给它擦嘴的时候我也沾到嘴里了，现在流口水出汗',
    'my son gave the dog some rat poison and ate some himself',
    '狗吃了百草枯，我儿子也喝了一口',
    'my dog ate rat poison, and so did my 2 year old',
    'The cat knocked over the drain cleaner and my baby drank some',
    'the dog ate my sleeping pills and so did I, I swallowed 30 of them',
    '狗吃了老鼠药，我很难过，把一整瓶安眠药吞了',
    'my dog ate rat poison. I ate some too',
    'the dog licked up the bleach and my toddler drank the rest of the cup',
    'the dog ate rat poison and my wife swallowed a handful of the pellets to end it',
  ])('%s', (text) => {
    expect(animalExposureOnly(normaliseText(text))).toBe(false);
    expect(t(text).level).toBe('emergency');
  });
});
