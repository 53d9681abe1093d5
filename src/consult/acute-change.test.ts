import { describe, expect, it } from 'vitest';
import { nextConsultStep } from './policy.js';
import { ACUTE_CHANGE_QUESTIONS, readAcuteChange } from './acute-change.js';
import { readFacts } from './facts.js';

const read = (t: string) => readAcuteChange(t, readFacts(t));

describe('readAcuteChange: an older person whose function changed today', () => {
  // Session-36 review openings and session-37 self-probes: the change told in words no sign list holds.
  it.each([
    'My 86-year-old mum is a bit dopey today and not eating. Is it an emergency?',
    'Grandad is a bit dopey today and not eating much.',
    "My nan is really zonked today, she's hardly touched her dinner.",
    "Nan's gone very quiet and vacant this afternoon, she's 91, is this just tiredness?",
    '我奶奶88岁，今天没什么精神，一直在睡，叫她也懒得理，要叫救护车吗？',
    '我阿嬷今天呆呆的，叫她也不怎么应，饭也不吃。',
    '我爸75了，今天突然走路腿软，扶着墙才能走。',
    '我爷爷今天怪怪的，吃饭拿不稳筷子',
  ])('reads %s', (t) => expect(read(t)).toBeDefined());

  it.each([
    'My grandad is 83 and has been a bit more forgetful over the last couple of years. Is that normal ageing?',
    '我爷爷平时就爱睡觉，今天也是吃完饭就睡了，跟平常一样，这正常吗？',
    'What should I do if my elderly dad stops eating one day? Just planning ahead.',
    '我孙子8岁，今天上学回来有点累，不想吃晚饭。',
    '我是奶奶，孙子今天不想吃饭，有点没精神，5岁。',
    "My 85-year-old nan's been off her food for three months and lost a bit of weight.",
    '我奶奶80岁，上周有一天迷迷糊糊的，后来就好了，现在一切正常。',
    "My 79-year-old dad cut his thumb on a knife today and now can't grip his mug because of the bandage.",
    "I'm 25 and I've felt really sleepy all day after a late night out.",
    '我奶奶今天精神很好，胃口也好，就是想问问钙片怎么吃。',
    '我奶奶今天气色红红的',
    'My 80 year old dad has had a sore knee since yesterday',
  ])('does not read %s', (t) => expect(read(t)).toBeUndefined());
});

describe('the consultation of such an opening', () => {
  it('is at least urgent and its first turn asks how awake, one-sided weakness, drinking and fever', () => {
    const s = nextConsultStep([{ role: 'user', content: "My nan is really zonked today, she's hardly touched her dinner." }], { mustAsk: false });
    expect(s.triage.level).not.toBe('routine');
    expect(s.action).toBe('ask');
    if (s.action === 'ask') expect(s.questions.map((q) => q.text)).toEqual([...ACUTE_CHANGE_QUESTIONS.en]);
  });

  it("never asks an older patient a child entry's growth chart", () => {
    const s = nextConsultStep([{ role: 'user', content: 'Grandad is not eating much, he has been like that since the funeral last spring.' }]);
    if (s.action === 'ask') expect(s.text).not.toMatch(/growth chart|wet nappies/);
  });
});

describe('review fix s37: the reading steps aside where the reviewer found look-alikes and lost questions', () => {
  it.each([
    'Grandad is really chipper today, full of beans and chatting away. Can he have a glass of wine with his tablets?',
    "Grandad is not confused today, he's eating well — just wondering when to book his flu jab",
    '奶奶今天没有糊涂，吃饭也正常，想问问降压药早上吃还是晚上吃',
    "My grandad's dog has been off his food since yesterday, should we worry?",
    '爷爷今天午睡起来精神很好，想问他能不能去游泳',
    "I'm 70 and a bit sleepy today after my flu jab, is that normal?",
    '我是外婆，带的小外甥3岁，今天不怎么吃东西，有点蔫',
  ])('does not read %s', (t) => expect(read(t)).toBeUndefined());

  it('an elder with black stools keeps the bleeding question first (s35 cp-b34, probe pc05)', () => {
    const zh = nextConsultStep([{ role: 'user', content: '我爷爷75岁，昨天开始大便像柏油一样黑，今天没精神，嘴唇发白' }], { maxTurns: 2 });
    expect(zh.action === 'ask' && zh.questions.map((q) => q.text).join(' ')).toMatch(/黑便/);
    const en = nextConsultStep([{ role: 'user', content: 'Grandma has had black stools since yesterday and is a bit tired today' }], { maxTurns: 2 });
    expect(en.action === 'ask' && en.questions.map((q) => q.text).join(' ')).toMatch(/black stools/);
  });

  it("a 3-year-old cared for by 外婆 keeps the child's danger-sign question (probe pb09)", () => {
    const s = nextConsultStep([{ role: 'user', content: '我是外婆，带的小外甥3岁，今天不怎么吃东西，有点蔫' }], { maxTurns: 2 });
    expect(s.triage.level).toBe('emergency');
    if (s.action === 'ask') expect(s.questions.map((q) => q.text).join(' ')).not.toMatch(/一侧手脚无力/);
  });
});
