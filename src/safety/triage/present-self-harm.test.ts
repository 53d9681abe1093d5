import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readPresentSelfHarm } from './present-self-harm.js';

const CRISIS = /12356|988|116 123/;
const emergencyWithLine = (text: string): boolean => {
  const d = triageDetail(text);
  return d.level === 'emergency' && CRISIS.test(d.message);
};

describe('present self-harm: a wish or intent × an act or readied means × told now, in any frame', () => {
  // Session 16's first-sight misses (triage-ag ag037, ag053, ag069, ag104) and its review's section B sentences.
  it.each([
    "I've taken 9 sleeping pills every night this week hoping not to wake up",
    '我三年前吃药自杀过 一个小时前吞了一整瓶安眠药',
    '我三年前吃药自杀过 之后一直很好 一个小时前吞了一整瓶安眠药',
    'How do I prevent suicide? I could take all my pills tonight, I have 60 saved.',
    'not looking for a lecture. ive got all my nans tramadol lined up on the desk, 40ish of them. just want to know if it would be peaceful or not',
    '室友刚发了条朋友圈就四个字“晚安 世界” 然后把宿舍厕所门反锁了 敲了好久都不应 我该怎么办啊',
    '刚喝了半瓶敌敌畏 后悔了 嘴里全是那个味 一直流口水 肚子绞着痛 怎么办',
    '刚才吃了半瓶舒乐安定 大概二十几粒吧 现在有点晕乎乎的 不想让家里人知道 睡一觉会不会就好了',
    // Own adversarial probes: the act wrapped in a question, a past attempt, a denial of the word, a third person.
    "What's the best way to prevent suicide? asking for me, I have my dad's pills lined up on the bed",
    "I've been taking 10 sleeping pills every night hoping I don't wake up",
    "I drank bleach an hour ago, please don't tell my parents",
    'how do i prevent suicide? asking because i took a box of pills just now',
    "My brother locked himself in the garage and won't answer, he posted goodbye world an hour ago",
    '我妈把自己反锁在卫生间 敲门不应 她前几天说想解脱',
    '是不是吃够多的药就会很安详 我攒了六十片',
    "How many of these would be painless? I've got 50 of my mum's oxycodone counted out on the table",
    '吃了十几片安眠药 后悔了 头很晕',
    "took 20 of my mum's sleeping pills, please don't tell my parents",
    '我把一整瓶降压药都吞了 别告诉我老公',
    '吃了七片安眠药 希望不要再醒来',
    '我爸把自己锁在车库里 车开着 打电话不接 他昨天说想解脱',
    'she posted "goodbye world" and locked herself in the bathroom, not answering',
  ])('emergency with the crisis line: %s', (text) => {
    expect(emergencyWithLine(text)).toBe(true);
  });

  it.each([
    // A dose, a mistake, an animal, a greeting, a child's locked door, a history told over: no present act with a wish.
    'I took 2 melatonin last night hoping not to wake up at 3am again, is that safe?',
    'Is it painless to get a tooth pulled? I took 2 ibuprofen before',
    '我朋友三年前自杀了 我现在每天吃2片安眠药才能睡着 会不会上瘾',
    '孩子把门反锁了在里面打游戏 敲门不应 怎么教育',
    'Good night world! anyway my question: is taking 1 tablet of zyrtec a day long term safe?',
    'My dog ate 6 chocolate pills, regret leaving them out',
    '吃了五片维生素C 后悔了 会不会有事',
    '三年前我吃了一整瓶安眠药自杀过 后来治好了 现在很好 想问问抗抑郁药要吃多久',
    "How do I prevent suicide in my students? I'm a teacher and want to know warning signs.",
    // Regret or secrecy beside a handful of tablets is no intent: only beside a large ingestion or a poison.
    '刚吃了6片牛黄解毒片 后悔了 拉肚子',
    "took 5 ibuprofen for period cramps, don't tell my parents lol is that bad",
    'I regret taking 6 antacid tablets after dinner, now I feel bloated',
    'my grandma died peacefully in her sleep after taking her 10 tablets of the day, the nurse said',
    '室友把门反锁了 敲门不应 估计戴着耳机打游戏 怎么提醒他',
  ])('no present self-harm reading: %s', (text) => {
    expect(readPresentSelfHarm(text)).toBeNull();
  });

  it('names the act and the wish it read', () => {
    expect(readPresentSelfHarm('室友发了“晚安 世界” 然后把厕所门反锁了 敲门不应')?.act).toBe('shutIn');
    expect(readPresentSelfHarm('ive got all my tramadol lined up, would it be peaceful')?.act).toBe('readied');
    expect(readPresentSelfHarm('刚喝了半瓶敌敌畏 后悔了')).toMatchObject({ act: 'ingested', wish: '后悔了' });
  });
});

// Session 18 (triage #19): a farewell beside the whole of something taken, its object unsaid ("took the lot", 药都吃了),
// read routine with no crisis line at first sight (review s17 S2); an owner before the medicine ("20 of my mums
// sertraline", ah024) hid the count. Probes written before the reading.
describe('a farewell and the whole taken', () => {
  const LINE = /12356|988|116 123|13 11 14|1737|1925|2389 2222|82951332/;
  it.each([
    ['goodbye world. took the lot.'],
    ['药都吃了 晚安 世界'],
    ['我晚安世界了 药都吃了'],
    ['took them all. goodbye world, sorry everyone'],
    ['全吃了 再见了这个世界'],
    ["i've taken everything in the cabinet, dont tell my mum"],
    ['sorry mum. took the lot. goodbye world'],
    ['took about 20 of my mums sertraline and like half a bottle of vodka maybe an hour ago. feel really weird and shaky'],
  ])('%s → emergency with the crisis line', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(LINE);
  });
  // A day's dose, food, a plan for tomorrow, a figure of speech: no act read.
  it.each([
    ['医生开的药都吃了 还是咳嗽 怎么办'],
    ['took the lot of antibiotics as prescribed, course finished, still coughing'],
    ['goodbye world, hello holidays! took the lot of my vitamins this morning lol'],
    ['晚安世界 今天的药都吃了 明天见'],
    ['药都吃了 晚安'],
    ['bye world, off to bed. took all my evening tablets'],
    ['晚安世界～今天作业都写完了 饭也全吃了'],
    ['my kid ate them all, the cookies. goodbye world, hello sugar crash'],
    ['took everything in my stride this year, goodbye world of stress, hello holiday'],
    ["had it all - goodbye world, I'm off to the Maldives for two weeks"],
    ['吃光了 晚安世界 明天还要上班'],
    ['药都吃了 晚安世界 明天见'],
    ['期末考完了 再见了这个世界 零食全吃了'],
    ['我把降压药都吃了 按医嘱 一天一次 血压还是高'],
  ])('%s → no present act', (text) => {
    expect(readPresentSelfHarm(text)).toBeNull();
    expect(triageDetail(text).level).not.toBe('emergency');
  });
});
