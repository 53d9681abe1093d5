// #19 session 27: rapid insulin given in place of the long-acting dose (condition-frames.ts). The s26 fix review's 15 S1
// came from blockers read anywhere in the message (差点晕倒, 没打通, 没打算, "nearly midnight", "almost out of strips", any
// pet, "didn't take it seriously"); each must leave the mix-up an emergency here, and each blocker must still hold on ITS
// dose: a catch on the dose verb, a past mix-up, food since, a prescriber's plan, a pump, the reverse error, an animal.
import { describe, expect, it } from 'vitest';
import { CONDITION_FRAME_RULES, chokingThenBreathing, febrileNeonate, rapidForBasal, withdrawalDelirium } from './condition-frames.js';
import { findModifiers } from './modifiers.js';
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

// #19 session 28: a frame (a neonate, a child's choking on something solid, drinking stopped) and its sign of the SAME
// person, affirmed in its own clause. Each near-miss below moves one blocker onto its own object: the sign denied or
// resolved, another person's, a story's, the frame long ago or told as advice, an older sibling's age in between.
describe('frames of the very young, a choked child and alcohol withdrawal (session 28)', () => {
  const rule = (id: string) => {
    const r = CONDITION_FRAME_RULES.find((x) => x.id === id);
    if (!r) throw new Error(id);
    return (text: string): boolean =>
      r.test({ text, modifiers: new Set(findModifiers(text).map((m) => m.id)), signs: new Set(), presentations: new Set(), vitals: [] });
  };
  const neonate = rule('febrile-neonate');
  const choking = rule('choking-then-breathing');
  const withdrawal = rule('withdrawal-delirium');

  it('fires on a neonate with a temperature off and a sepsis sign', () => {
    for (const t of [
      '宝宝出生20天，今天不太爱吃奶，体温37.9，手脚有点凉，精神没平时好，需要去医院吗还是多喂点水观察',
      '寶寶出生18天，體溫37.8度，今天吃奶吃得很少，手腳冰涼',
      '还没满月的宝宝，今天有点发热37.8，吃奶没劲，皮肤有点花',
      '宝宝刚出生16天，手脚冰凉，量体温35.7度，吃奶没力气',
      "My 3 week old son feels cold, temp 35.9, and he's much sleepier than usual and feeding poorly",
    ])
      expect(neonate(t), t).toBe(true);
  });
  it('stays silent without both signs of the baby', () => {
    for (const t of [
      '宝宝四个月，体温37.9，吃奶正常，精神挺好',
      '宝宝出生20天，吃奶很好，体温36.8，脸还有点黄，正常吗',
      '宝宝出生20天，吃奶有点少，体温36.8，正常吗',
      '宝宝出生25天，体温37.2，吃奶很好，手脚有点凉是不是穿少了',
      '爷爷发烧37.9，没胃口，家里有个刚出生20天的宝宝，吃奶有点少，会不会传染',
      '大宝3岁发烧38度，精神不好，二宝刚出生15天，吃奶正常',
      '宝宝出生二十天，上周发烧37.8吃奶少，住院治疗后现在好了',
      "I'm breastfeeding my 2 week old and I have a temperature of 37.9 and I'm off my food",
      'If a baby under 28 days has a temperature of 37.9 and is feeding poorly, is that an emergency?',
    ])
      expect(neonate(t), t).toBe(false);
  });
  it('fires on a child who choked on something solid and breathes badly since', () => {
    for (const t of [
      '孩子3岁，吃花生的时候呛了一下，咳了好久，现在不怎么咳了，但是呼吸有呼噜声，喘气有点快',
      '孩子吃果凍嗆到之後，現在呼吸很喘，一直咳',
      "My 2 year old choked on a grape an hour ago, coughed a lot, now he's wheezing and breathing fast",
      '儿子两岁，昨天吃瓜子呛到了，今天一直咳嗽，呼吸有哨音',
    ])
      expect(choking(t), t).toBe(true);
  });
  it("stays silent when the breathing sign is denied, resolved, another person's, a story's or long ago", () => {
    for (const t of [
      '孩子吃花生呛了一下，没有喘，呼吸也不快，还要去医院吗',
      '孩子吃葡萄呛到了，喘了几口气就好了，现在呼吸正常',
      'My daughter choked on her food at dinner but swallowed it fine. Her brother has asthma and is wheezing tonight.',
      '儿子去年吃花生呛到过，现在感冒了有点喘',
      'What should I do if my toddler chokes on a grape and starts wheezing?',
      '看动画片里小猪吃糖呛到了然后喘不上气，孩子问我这是真的吗',
      'In the cartoon the boy choked on a peanut and started wheezing, my son keeps asking about it',
      '孩子呛到了以后我很着急，我自己都喘不过气来，孩子现在咳出来了在玩',
      '宝宝喝水呛了一下，现在呼吸有点快，是哭的吗',
      'I choked on a chip at lunch and my son laughed so hard he started wheezing from his asthma',
    ])
      expect(choking(t), t).toBe(false);
  });
  it('fires on delirium of the person who stopped drinking', () => {
    for (const t of [
      "Dad's on day 3 of stopping drinking cold turkey. He's shaking, drenched in sweat, says there are insects crawling on the wall and doesn't know what day it is. How long does this bit last?",
      '我爸喝了二十年酒，前天突然戒了，现在浑身发抖，说看见墙上有虫子，不认识人',
      "My husband stopped drinking 2 days ago after years of heavy drinking; now he's confused, shaking and seeing things that aren't there",
    ])
      expect(withdrawal(t), t).toBe(true);
  });
  it('stays silent on a hangover, a story, another person, a possibility or a long-past stop', () => {
    for (const t of [
      "I stopped drinking in November so I'm confused about my liver results, could a supplement raise them?",
      'My dad stopped drinking last week. My mum has dementia and is confused and sees things at night.',
      '我爸戒酒两天了，今天我看到墙上有只虫子在爬，吓了一跳',
      '戒酒期间会不会出现幻觉？我爸戒了两天',
      "My brother quit drinking 2 days ago; he's worried he might start seeing things",
      '戒酒四天了，没有幻觉，也不糊涂，就是出汗多',
      'In the film the dad stops drinking and sees bugs on the walls, is that what DTs look like?',
      '我爸喝了一斤白酒，现在胡言乱语，站都站不稳',
      "My dad used to get the DTs years ago when he stopped drinking; he's been sober 10 years now and is fine",
    ])
      expect(withdrawal(t), t).toBe(false);
  });
  // The s28 review's raises: each blocker read on the row's own mention (a resolution of ITS sign, the head noun of a
  // possessive, a generic subject after the frame, a stop years back, an idiom).
  it("stays silent when the delirium or the wheeze is taken back, or the sign is another child's", () => {
    for (const t of [
      "he stopped drinking 3 days ago; the hallucinations have stopped now and he's clear",
      '他戒酒三天了，前两天有幻觉，现在已经没有了',
      "I stopped drinking 3 days ago and I'm seeing things more clearly now, my mind is sharp",
      'After stopping drinking, do people get confused?',
      '我爸这几年不喝酒了，最近有点糊涂，老忘事',
    ])
      expect(withdrawal(t), t).toBe(false);
    for (const t of [
      "My daughter's classmate choked on a grape at school; my daughter is wheezing tonight",
      "My son's friend choked on a sweet at the party; my son has been wheezing since this morning with his asthma",
      'My son choked on a grape. Now his little sister is wheezing with croup',
      "My 7 year old choked on a sweet, she's fine; my 3 year old has been wheezing all week with a virus",
      'my son choked on a grape, he was wheezing for a minute but the wheezing has gone now',
    ])
      expect(choking(t), t).toBe(false);
  });
  it('still fires on the same texts told of one person, and reads the day it is given', () => {
    const day = new Date('2026-12-06T03:00:00Z');
    expect(withdrawalDelirium("he stopped drinking 3 days ago and now he's hallucinating, the shaking has stopped", day)).toBe(true);
    expect(withdrawalDelirium('After stopping drinking two days ago, my dad is confused and sees bugs on the wall', day)).toBe(true);
    expect(withdrawalDelirium("I stopped drinking 3 days ago and I'm seeing things that aren't there", day)).toBe(true);
    expect(chokingThenBreathing("My son's friend choked on a sweet at the party and now my son's friend is wheezing", true, day)).toBe(true);
    expect(chokingThenBreathing('My 3 year old choked on a peanut and my 3 year old is wheezing now', true, day)).toBe(true);
    expect(chokingThenBreathing('My son choked on a grape. Now his breathing is noisy and he is wheezing', true, day)).toBe(true);
    expect(febrileNeonate('My 10 day old has a temperature of 38.1 and is feeding poorly', day)).toBe(true);
  });
});
