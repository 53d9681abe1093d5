import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { type CrisisFacts, crisisSource, headHearsSelfHarm, isSelfHarmPresentation } from './crisis-line.js';

const none: CrisisFacts = {
  level: 'emergency',
  screenRisk: 'none',
  components: [],
  overdose: false,
  head: false,
  accident: false,
  selfHarmP: null,
  readerOnlyEmergency: false,
};

describe('crisis line: every suicide or self-harm emergency carries it, whoever raised it', () => {
  it('names its source: screen, components, overdose, head', () => {
    expect(crisisSource({ ...none, level: 'urgent', screenRisk: 'moderate' })).toBe('screen');
    expect(crisisSource({ ...none, components: ['farewell'] })).toBe('components');
    expect(crisisSource({ ...none, overdose: true })).toBe('overdose');
    expect(crisisSource({ ...none, head: true })).toBe('head');
    expect(crisisSource(none)).toBeNull();
  });
  it('a time, a means or a decision alone is no suicide component: those are words of every emergency', () => {
    expect(crisisSource({ ...none, components: ['timing'] })).toBeNull();
    expect(crisisSource({ ...none, components: ['means', 'plan', 'timing'], selfHarmP: 0.01 })).toBeNull();
    // A component naming suicide needs the head not to rule it out (a despair word in peritonitis after surgery).
    expect(crisisSource({ ...none, components: ['despair'], selfHarmP: 0.001 })).toBeNull();
    expect(crisisSource({ ...none, components: ['despair'], selfHarmP: 0.5 })).toBe('components');
  });
  it('an emergency only the reader found carries the line when the self-harm head leans that way', () => {
    expect(crisisSource({ ...none, readerOnlyEmergency: true, selfHarmP: 0.15 })).toBe('reader');
    expect(crisisSource({ ...none, readerOnlyEmergency: true, selfHarmP: 0.02 })).toBeNull();
    expect(crisisSource({ ...none, readerOnlyEmergency: false, selfHarmP: 0.15 })).toBeNull();
    expect(crisisSource({ ...none, level: 'urgent', readerOnlyEmergency: true, selfHarmP: 0.9 })).toBeNull();
  });
  it('not for an accident, nor at routine without a screened risk; the head alone only at emergency', () => {
    expect(crisisSource({ ...none, overdose: true, accident: true })).toBeNull();
    expect(crisisSource({ ...none, components: ['means'], accident: true })).toBeNull();
    // A risk the screen graded keeps the line even when the final level is routine (review: it was dropped before).
    expect(crisisSource({ ...none, level: 'routine', screenRisk: 'high' })).toBe('screen');
    expect(crisisSource({ ...none, level: 'routine', screenRisk: 'moderate' })).toBe('screen');
    expect(crisisSource({ ...none, level: 'routine', components: ['farewell'] })).toBeNull();
    expect(crisisSource({ ...none, level: 'urgent', head: true })).toBeNull();
  });
  it('the head needs evidence, a current episode and someone past early childhood', () => {
    const h = { selfHarmP: 0.9, threshold: 0.3, youngChild: false, accidentalCo: false, current: true, evidence: true };
    expect(headHearsSelfHarm(h)).toBe(true);
    expect(headHearsSelfHarm({ ...h, evidence: false })).toBe(false);
    expect(headHearsSelfHarm({ ...h, current: false })).toBe(false);
    expect(headHearsSelfHarm({ ...h, youngChild: true })).toBe(false);
    expect(headHearsSelfHarm({ ...h, selfHarmP: 0.1 })).toBe(false);
    expect(headHearsSelfHarm({ ...h, selfHarmP: null })).toBe(false);
  });
});

describe('crisis line in full triage (sentences of our own)', () => {
  const crisis = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });
  it.each([
    ['swallowed 40 of my amitriptyline after the row with my dad. feel ok, just wanted someone to know', '988'],
    ['和老公吵完架把一整瓶舍曲林都吞了，现在有点困', '12356'],
  ])('an overdose of a named medicine with no suicide word: emergency with the crisis line (%s)', (text, line) => {
    const d = crisis(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toContain(line);
    expect(d.contributions.crisisLine).not.toBeNull();
  });
  it('a short message from a height, raised by the reader, is an emergency with the crisis line', () => {
    const d = crisis("on the roof of my building now. i'm not coming down");
    expect(d.level).toBe('emergency');
    expect(d.message).toContain('988');
  });
  it.each([
    ['化验结果钾7.0，医院让我马上去急诊，明天上午去行不行', 'critical-vital-signs'],
    ['my dad is 70, crushing chest pain for 40 minutes right now, sweaty, took his tablets and nothing', 'chest-pain-cardiac'],
    ['toddler swallowed a button battery from the remote about 20 minutes ago', 'toxic-substance-ingestion'],
    ['我爸喝多了酒，躺在沙发上拍也不醒，打呼噜声音很怪', 'unconscious-seizure'],
  ])('an emergency with a time or a means word in it is not a suicide risk (%s)', (text, reason) => {
    const d = crisis(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain(reason);
    expect(d.reasons).not.toContain('suicide-risk');
    expect(d.contributions.crisisLine).toBeNull();
  });
  it('a toddler who swallowed tablets gets the emergency, not the crisis line', () => {
    const d = crisis('my 2 year old got into the cupboard and swallowed about 12 of my iron tablets');
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).toBeNull();
  });
});

describe('farewell acts and method preparation without suicide words (sentences of our own)', () => {
  it.each([
    ['我弟把他的游戏机和衣服全部送人了，跟我说对不起以后别管他了，现在手机一直关机', '12356'],
    ['my brother gave away all his games and his guitar, texted mum sorry for everything, and now his phone is off', '988'],
    ['bought a hose that fits the exhaust and the garage is sorted for friday when everyone is out', '988'],
    ['我爸老说我走了你们就轻松了，今天把存折都分给我们了，电话打了好几个都不接', '12356'],
  ])('%s', (text, line) => {
    const d = triageDetail(text, { locale: line === '988' ? 'en-US' : 'zh-CN' });
    expect(d.level).toBe('emergency');
    expect(d.message).toContain(line);
  });
});

describe('self-poisoning after a row, settling affairs (sentences of our own)', () => {
  it('a weedkiller swallowed right after an argument is self-harm: emergency with the crisis line', () => {
    const d = triageDetail('我哥跟嫂子吵完架，把家里的除草剂喝了几口，现在说肚子烧得慌', { locale: 'zh-CN' });
    expect(d.level).toBe('emergency');
    expect(d.message).toContain('12356');
  });
  it('the same poison swallowed by mistake is a poisoning emergency without the crisis line', () => {
    const d = triageDetail('奶奶误喝了装在矿泉水瓶里的除草剂，喝了一口就吐出来了', { locale: 'zh-CN' });
    expect(d.contributions.suicide.risk).toBe('none');
  });
  it('means, a time and settled affairs, with no suicide word', () => {
    const d = triageDetail(
      "went up to the multi-storey car park roof twice to look over the edge. I've paid the rent up and left my keys with my brother. Sunday morning, early, is when.",
      { locale: 'en-US' },
    );
    expect(d.level).toBe('emergency');
    expect(d.message).toContain('988');
  });
});

describe('no suicide reason on an emergency of another kind (sentences of our own)', () => {
  it.each([
    ['I feel like I am going to die, my chest is crushing and my left arm is numb, started 20 minutes ago', 'chest-pain-cardiac'],
    ['sliced my forearm open with the chainsaw, blood is pumping out through the towel', 'severe-bleeding'],
    ['fell off the roof onto the drive, neck pain and both hands tingling, my son is with me', 'spinal-injury'],
    ['wheezing badly tonight, inhaler not helping at all, same as last time when I ended up in hospital', 'severe-asthma'],
  ])('%s', (text, reason) => {
    const d = triageDetail(text, { locale: 'en-US' });
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain(reason);
    expect(d.reasons).not.toContain('suicide-risk');
    expect(d.message).not.toContain('988');
  });
  it('passive thoughts with a safety statement and a companion are still screened (moderate, crisis line)', () => {
    const d = triageDetail("lately I think everyone would be better off without me. I have no plan and I won't act on it, my sister is with me", {
      locale: 'en-US',
    });
    expect(d.contributions.suicide.risk).toBe('moderate');
    expect(d.message).toContain('988');
  });
});

describe('after triage-u (sentences of our own)', () => {
  it.each([
    ['我爸怎么叫都叫不醒，床边有三板空了的佐匹克隆，还有一张写给我妈的纸条', '12356'],
    ['found two empty boxes of her zopiclone in the bin and my wife is really hard to wake', '988'],
    ['我弟这几天把电脑送人了，欠的钱也全还上了，刚发消息说这些年谢谢你，往后爸妈就靠你了，现在手机关机', '12356'],
  ])('found after the act, or a farewell in other words: emergency with the crisis line (%s)', (text, line) => {
    const d = triageDetail(text, { locale: line === '988' ? 'en-US' : 'zh-CN' });
    expect(d.level).toBe('emergency');
    expect(d.message).toContain(line);
  });
  it('an empty box of medicine at home is a refill, not an overdose', () => {
    expect(triageDetail('药盒空了，降压药要去社区再开一点吗').level).toBe('routine');
  });
  it('a parent asking how suicidal thoughts show in teenagers, their child well, is routine', () => {
    const d = triageDetail('想问问年轻人如果有自杀的想法，一般会有什么迹象？我儿子现在挺好的，就是想先了解一下。');
    expect(d.level).toBe('routine');
  });
  it('a lab value of 105 is not a temperature', () => {
    const d = triageDetail('blood results: sodium 139, creatinine 104, all else normal, GP happy. anything I should eat less of?');
    expect(d.reasons).not.toContain('high-fever');
    expect(triageDetail('his temp went up to 104.8 this evening').reasons).toContain('high-fever');
  });
});

describe('review fixes: a resolve is no fear, on purpose is no accident, someone else’s supply (reviewer probes)', () => {
  const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });
  it.each([
    "I'm going to die tonight. I've made up my mind.",
    "I will be dead by tomorrow, I've decided",
    "I'm about to die. Goodbye everyone, I love you all.",
    "I'm going to be dead by the weekend, I've sorted my will",
  ])('"going to die" with a time, a decision, a farewell or a will is a suicide statement: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toContain('988');
  });
  it('a fear of dying with chest pain stays the chest pain emergency without the crisis line', () => {
    const d = t("I feel like I'm going to die, crushing chest pain");
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('chest-pain-cardiac');
    expect(d.contributions.crisisLine).toBeNull();
  });
  it.each([
    "While cooking I picked up the knife and cut my arm on purpose again, it's deep and bleeding",
    "cut my forearm with a box cutter, I wanted to feel something, it's gaping",
    'I slipped up and cut again',
  ])('a cut said on purpose, again or as a relapse is self-harm, whatever the task or tool: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toContain('988');
  });
  it('a cut with a tool said to be an accident is still no self-harm', () => {
    expect(t('I cut my arm on the grinder by accident').contributions.suicide.risk).toBe('none');
    expect(t('I cut my finger again chopping onions').contributions.crisisLine).toBeNull();
  });
  it.each([
    ['儿子吞了一把他奶奶的降压药，现在叫不醒', '12356'],
    ["Took all my dad's heart tablets, feel dizzy", '988'],
  ])('someone else’s supply swallowed is an overdose taken: emergency with the crisis line (%s)', (text, line) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('deliberate-overdose');
    expect(d.message).toContain(line);
  });
  it('a young child with a grandparent’s tablets, a button battery or bleach: emergency without the crisis line', () => {
    for (const text of [
      "my 3 year old son swallowed a handful of his grandma's blood pressure pills",
      'my 2 year old swallowed a button battery',
      '孩子不小心喝了一口84消毒液',
    ]) {
      const d = t(text);
      expect(d.level).toBe('emergency');
      expect(d.contributions.crisisLine).toBeNull();
    }
  });
  it('bleeding after 24 weeks of pregnancy is an emergency; early-pregnancy bleeding and a show stay urgent', () => {
    expect(t('怀孕32周，今天早上有点出血').reasons).toContain('late-pregnancy-bleeding');
    expect(t('怀孕32周，今天早上有点出血').level).toBe('emergency');
    expect(t('怀孕8周，有点出血').level).toBe('urgent');
    expect(t('怀孕38周，见红了').level).toBe('urgent');
    expect(t("I'm 34 weeks pregnant, no bleeding, baby moving well").level).not.toBe('emergency');
  });
});

describe('the self-harm presentation: the head hears it and the screen heard how (session 9)', () => {
  const base = { head: true, accidentalInjury: false, safetyStated: false };
  it('needs the head, a means, plan or farewell, no safety statement and no accident', () => {
    expect(isSelfHarmPresentation({ ...base, components: ['means'] })).toBe(true);
    expect(isSelfHarmPresentation({ ...base, components: ['farewell'] })).toBe(true);
    expect(isSelfHarmPresentation({ ...base, components: ['plan', 'timing'] })).toBe(true);
    // A time alone, or a wish alone, is not how; the head alone is not enough either.
    expect(isSelfHarmPresentation({ ...base, components: ['timing'] })).toBe(false);
    expect(isSelfHarmPresentation({ ...base, components: ['passive'] })).toBe(false);
    expect(isSelfHarmPresentation({ ...base, head: false, components: ['means'] })).toBe(false);
    expect(isSelfHarmPresentation({ ...base, safetyStated: true, components: ['means', 'plan'] })).toBe(false);
    expect(isSelfHarmPresentation({ ...base, accidentalInjury: true, components: ['means'] })).toBe(false);
  });
  it('in full triage it is an emergency floor nobody lowers, with the crisis line (sentences of our own)', () => {
    for (const [text, line] of [
      ['坐在十八楼窗台上 下面是水泥地 掉下去会不会很疼', '12356'],
      ['sitting on the edge of the roof of my dorm, does falling from 6 floors hurt?', '988'],
    ] as const) {
      const d = triageDetail(text, { locale: line === '988' ? 'en-US' : 'zh-CN' });
      expect(d.level).toBe('emergency');
      expect(d.contributions.facts.ruleLevel).toBe('emergency');
      expect(d.contributions.facts.hard).toBe(true);
      expect(d.message).toContain(line);
    }
  });
  it('a passive wish said with a safety statement stays urgent (the screen grades it)', () => {
    const d = triageDetail(
      'some nights I think everyone would be better off without me, but I have no plan, I would never act on it and my sister is staying with me',
    );
    expect(d.level).toBe('urgent');
  });
});

describe('a self-harm found by someone else: shut away, then a wound at the wrist (suicide.ts)', () => {
  it('is an emergency with the crisis line, in the first and third person, without a self-harm word', () => {
    for (const t of [
      "my son locked himself in his room after the argument and won't answer, we got the door open and there's a deep cut on his wrist, lots of blood",
      '姐姐把自己反锁在房间里一直不开门，我们撞开门发现她手腕在流血',
    ]) {
      const d = triageDetail(t);
      expect(d.level, t).toBe('emergency');
      expect(d.contributions.crisisLine, t).toBe('screen');
    }
  });
  it('an injury with a tool is no self-harm however long they were away', () => {
    expect(
      triageDetail("my dad has been in the shed all afternoon and isn't answering his phone, he cut his forearm on the saw").contributions.suicide.risk,
    ).toBe('none');
  });
});

describe('a safety statement speaks to self-harm only (suicide.ts statesSafety)', () => {
  it('"safe" or "no plans" said of the weather or the weekend does not lift the self-harm floor', () => {
    const plain = "the rope is still in the boot of my car and i keep driving past the old quarry, tonight's the night i think";
    for (const t of [`power's back, i'm safe from the flood. ${plain}`, `no plans for the bank holiday. ${plain}`]) {
      const d = triageDetail(t);
      expect(d.contributions.facts.ruleLevel, t).toBe('emergency');
      expect(d.level, t).toBe('emergency');
    }
  });
});
