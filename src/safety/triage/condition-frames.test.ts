// #19 session 27: rapid insulin given in place of the long-acting dose (condition-frames.ts). The s26 fix review's 15 S1
// came from blockers read anywhere in the message (差点晕倒, 没打通, 没打算, "nearly midnight", "almost out of strips", any
// pet, "didn't take it seriously"); each must leave the mix-up an emergency here, and each blocker must still hold on ITS
// dose: a catch on the dose verb, a past mix-up, food since, a prescriber's plan, a pump, the reverse error, an animal.
import { describe, expect, it } from 'vitest';
import { rapidForBasal } from './condition-frames.js';
import { triageDetail } from '../triage.js';

// A fixed day: the frame reads a told past against the day it is given, not the clock.
const NOW = new Date('2026-12-05T23:00:00Z');
const fires = (text: string): boolean => rapidForBasal(text, NOW);

const MIX_UPS = [
  'I accidentally injected 30 units of novorapid instead of my lantus before bed',
  '本来要打甘精胰岛素，结果打错了打成门冬胰岛素18个单位',
  '我妈把诺和锐当成甘精打了18个单位，现在准备睡觉',
  '我每天睡前打甘精，今晚拿错笔打成诺和锐20个单位',
  'I had dinner at 6, then at 10 I injected 20 units of novorapid instead of my lantus by mistake',
  'I disconnected my pump and meant to inject lantus but injected 20 units of novorapid by mistake',
  'My doctor switched me to tresiba last month. Tonight I accidentally injected 20 units of fiasp instead of my tresiba',
  // s26 fix review S1: a blocker word about something else in the message
  '我把甘精打成了诺和锐，打了16个单位，差点晕倒',
  '我把甘精打成了诺和锐，打了16个单位，打电话给医院没打通',
  '本来要打甘精，结果打错了，打了14个单位诺和锐，晚饭没打算吃',
  'Nearly midnight and I just injected 20 units of novorapid instead of lantus',
  'I almost panicked - I injected 18 units of Humalog instead of my Lantus tonight',
  "I injected 20 units of novorapid instead of my lantus. I'm almost out of test strips.",
  "I injected 16 units of Humalog instead of my Lantus, didn't take it seriously at first but now I'm worried",
  'Injected 15 units of novorapid instead of my lantus by mistake. Going to feed the cat then go to bed.',
  "I injected 20 units of novorapid instead of my lantus. My rabbit is fine, it's me I'm worried about.",
  'Gave my son 12 units of Humalog instead of his Lantus, the dog knocked the pens over and I grabbed the wrong one',
  'My daughter accidentally gave herself 14 units of lispro instead of her glargine, her brother is fine now after his cold',
  "I injected 22 units of humalog instead of my lantus. My husband already ate dinner, I haven't.",
  // s27 review S1: "had no dinner" is no food; a bare Mum/Dad is a person, so the writer's own dinner is not hers
  'Gave mum 20u of aspart instead of her glargine by mistake, she had no dinner.',
  'Mum injected 20 units of NovoRapid instead of Lantus by mistake. I was fine after my own dinner.',
  // a stranger's dose that went to the writer's own
  'The nurse gave my dad 20 units of Humalog instead of his Lantus tonight.',
];

const NOT_A_MIX_UP = [
  'I almost injected novorapid instead of my lantus but noticed before I did it, 20 units still in the pen',
  'I nearly gave 20 units of humalog instead of lantus, caught it before injecting',
  '我拿错笔了，差点打成诺和锐，还没打，本来要打甘精20个单位',
  '本来要打甘精，拿成了诺和锐，及时发现了，没打进去',
  "I haven't injected anything yet - picked up the novorapid instead of my lantus, 20 units dialled, stopped myself",
  'What happens if I inject novorapid instead of lantus by mistake? Asking for 20 units.',
  'Yesterday I injected 20 units of novorapid instead of lantus, I ate and my sugars were fine overnight',
  'I injected 20 units of humalog instead of my lantus, then ate a big plate of pasta and my sugar is 9',
  'I took my lantus 20 units tonight as usual; my sister injected humalog instead of her lantus last month and was fine',
  "My nurse told me to use novorapid instead of lantus while I'm on steroids, so I injected 12 units at bedtime. Is that normal?",
  '医生让我睡前用门冬胰岛素代替甘精，打了12个单位，要紧吗',
  'I use humalog in my pump instead of long-acting insulin and gave 24 units today',
  'I was supposed to take novorapid but took 20 units of lantus instead',
  '本来要打诺和锐，结果打成了甘精20个单位',
  'My lantus dose is 20 units. Tonight I took 3 units of novorapid instead of lantus.',
  'Our cat is on lantus and I gave her 2 units of humalog instead by mistake',
  'My dog got his caninsulin, I accidentally gave 10 units of vetsulin instead of his usual dose',
  // s27 review S2: a story or general knowledge (no one of the writer's circle dosed), a pet named after the mix-up
  'I read a story about a nurse who gave 20 units of Humalog instead of Lantus to a patient. Could that kill someone?',
  'In my diabetes class they said people have injected 20 units of novorapid instead of lantus by mistake. How common is it?',
  "I gave her 20 units of Humalog instead of her Lantus by mistake - she's our 30kg labrador.",
];

describe('rapid-insulin-for-basal: the mix-up read with blockers scoped to its own dose', () => {
  it.each(MIX_UPS)('fires: %s', (text) => expect(fires(text)).toBe(true));
  it.each(NOT_A_MIX_UP)('stays silent: %s', (text) => expect(fires(text)).toBe(false));
  it('is an emergency through triageDetail (the learned reader on)', () => {
    for (const text of MIX_UPS.slice(7, 11)) expect(triageDetail(text, {}).level).toBe('emergency');
  });
  it('is a hard finding: the learned reader does not lower it when the person says they feel fine (s27 review S1)', () => {
    const d = triageDetail('我爸睡前打错了，把门冬胰岛素当成长效的打了16单位，现在他说没事', { rulesOnly: false, pinyin: true });
    expect(d.level).toBe('emergency');
  });
  it('leaves the ingestion mode alone: a deliberate overdose told beside a mix-up keeps the crisis line (s27 second review S1)', () => {
    for (const text of [
      'My 16 year old son took 25 paracetamol and injected his novorapid instead of his lantus, 20 units.',
      '我吃了一整瓶安眠药，还把诺和锐当成甘精打了20个单位',
    ]) {
      const d = triageDetail(text, { rulesOnly: false, pinyin: true });
      expect(d.level).toBe('emergency');
      expect(d.contributions.crisisLine).not.toBeNull();
    }
  });
});
