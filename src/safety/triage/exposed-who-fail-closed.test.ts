// Review s22 S1/S1b/S2 (triage): the animal-only lowering must FAIL CLOSED. Rows are the reviewer's probes
// (/tmp/rvtri/a2, a3, d, e, f .tsv) — each was an emergency at d5e46a7 and was lowered by the s22 exposed-who reading.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { animalExposureOnly } from './exposed-who.js';
import { normaliseText } from './normalise.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

describe('S1: a person named anywhere (ellipsis, any person word, a name with an age) keeps the person rules', () => {
  it.each([
    '狗吃了老鼠药。孩子也是。',
    '狗吃了老鼠药，还有我儿子',
    'The dog ate rat poison, and my son too.',
    'dog ate rat poison, my toddler as well i think',
    '猫咪舔了防冻液，婴儿也舔了',
    'the dog ate the slug pellets and my 2-year-old ate a couple',
    'The dog ate rat poison and then my nephew ate some',
    '狗吃了老鼠药，孙子也吃了几粒',
    '狗吃了老鼠药，外孙吃了几粒',
    'the dog ate rat poison, then my little one ate some',
    'Dog ate rat poison and the twins ate some of it',
    'my cat drank antifreeze and my infant drank some',
    '狗喝了百草枯，侄子喝了一口',
    'Our dog ate rat poison; Tommy (age 2) ate some',
    '狗吃了老鼠药，小明（两岁）也吃了',
    '狗吃了老鼠药，老人也误吃了',
    'my dog and granny ate rat poison',
  ])('%s', (text) => {
    expect(animalExposureOnly(normaliseText(text))).toBe(false);
    expect(t(text).level).toBe('emergency');
  });
});

describe('S1b: a person and an animal as joint subject, or a person subject whose object is the animal', () => {
  it.each([
    'Me and the dog both ate rat poison',
    'me and my dog drank antifreeze by accident',
    '我和狗都喝了防冻液',
    '儿子和狗一起吃了老鼠药',
    'my son and the dog ate rat poison',
    'my son fed the dog rat poison and ate some',
    '儿子拿老鼠药喂狗，自己也吃了',
    '儿子喂狗吃老鼠药，然后吃了几粒',
    'my toddler was feeding the dog and ate some of the slug pellets',
    'The dog ate rat poison and my daughter, 2, did too',
    'Tommy and the dog ate rat poison',
  ])('%s', (text) => {
    expect(animalExposureOnly(normaliseText(text))).toBe(false);
    expect(t(text).level).toBe('emergency');
  });
});

describe('S2: a subject-less act after an animal OBJECT is the writer’s (act-done does not inherit the lowering)', () => {
  it.each([
    'fed the dog then drank some antifreeze by mistake from the water bottle',
    '给猫喂完饭，不小心喝了一口防冻液',
    'I was cleaning the dog’s bowl with bleach and accidentally drank some',
  ])('%s', (text) => {
    expect(animalExposureOnly(normaliseText(text))).toBe(false);
    expect(t(text).level).toBe('emergency');
  });
  it.each([
    'walked the dog, then downed 40 of my citalopram',
    '遛完狗吞了一整瓶安眠药',
    'Let the cat out then swallowed the whole box of my paracetamol',
    '喂完狗，吃了三十片安眠药',
  ])('%s → emergency with the crisis line', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).toBeTruthy();
  });
});

describe('the animal as the act’s own subject still lowers (twins)', () => {
  it.each([
    'the dog ate rat poison',
    '我家狗吃了老鼠药，我该怎么办',
    'our cat licked antifreeze off the garage floor',
    'the dog and the cat ate rat poison',
    '狗狗刚才吃了老鼠药',
  ])('%s', (text) => {
    expect(animalExposureOnly(normaliseText(text))).toBe(true);
    expect(t(text).level).not.toBe('emergency');
  });
});
