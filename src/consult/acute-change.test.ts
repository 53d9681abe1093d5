import { describe, expect, it } from 'vitest';
import { nextConsultStep } from './policy.js';
import { ACUTE_CHANGE_QUESTIONS, olderPatient, readAcuteChange } from './acute-change.js';
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

describe('session 38: written Cantonese and traditional script read through core, exclusions read per part', () => {
  it.each([
    // review s37 blind cb-t03, cb-t04, cb-t19 (routine or unread at START)
    ['阿嫲今日成日瞓，叫佢都懶應，食嘢都唔食，佢八十幾歲', 'intake'],
    ['阿公這兩天都不太吃東西，水也喝很少，整個人懶懶的，他82歲', 'intake'],
    ['我外婆83岁，今天喝水老呛，说话也不太清楚了', 'speech'],
    // acute on chronic: the long-standing part comes first, the change after a contrast
    ['Grandma has had dementia for years, but since this morning she is much more confused', 'alertness'],
    ['我奶奶老年痴呆好几年了，今天突然不吃不喝', 'intake'],
    ['我爸80了，平时就爱睡觉，可今天怎么叫都叫不醒', 'alertness'],
    ['阿爺今朝起身之後成個人懵懵哋，叫佢都唔係好應，佢83歲', 'alertness'],
    // a what-if covers its own span only
    ["Nan's off her food today, what if she stops drinking?", 'intake'],
  ])('reads %s', (t, domain) => expect(read(t)?.domains).toContain(domain));

  it.each([
    // a veto in the LAST part refers back to the change told before it
    "He's 80 and sleepy today, but that's as usual for him",
    "Grandad was a bit muddled this morning but he's back to his normal self now",
    '奶奶今天不吃饭，不过她平时就这样',
    '奶奶上周糊涂了两天，但现在已经好了',
    '爷爷一直都这样，今天也是迷迷糊糊的',
    // the part after the contrast tells no change for the worse
    "Grandad hasn't been eating for weeks, but today he ate a full meal",
    '奶奶平时就糊涂，可今天也没什么不一样',
    // a what-if's own event, a medicine refused, a Cantonese good state, a grandchild patient
    "If grandma stops eating today, should I call someone? She's 90 and eating fine at the moment.",
    '我奶奶85岁，今天不肯吃降压药，怎么劝',
    '阿嫲今日精神好好，食咗兩碗飯，想問下佢可唔可以去飲茶？',
    '我係嫲嫲，個孫3歲，今日唔肯食飯，係咪出牙？',
  ])('does not read %s', (t) => expect(read(t)).toBeUndefined());
});

describe('review fix s38: the Cantonese possessive child only on written Cantonese, a baby under a Cantonese grandparent, a long medicine name', () => {
  it.each([
    // S1 (review s38): ordinary Mandarin 个女 beside an elder word keeps the elder reading (START's)
    ['奶奶今天一直昏睡，叫她也不怎么应，隔壁一个女邻居来看过说可能是累了', 'alertness'],
    ['外婆今天一天都没吃东西，也不怎么喝水，是小区一个女医生上门的时候发现的', 'intake'],
    ['奶奶今天一天都不吃饭，没什么精神，楼下一个女邻居说她昨天还好好的', 'intake'],
    ['奶奶今天早上开始不怎么吃东西，精神不好，邻居一个女的说是天热', 'intake'],
    ['姥爷今天早饭午饭都没吃，跟平时不一样，我们这个女儿都急坏了', 'intake'],
    // the blind gains kept (review s38 cb38-t01, cb38-t02)
    ['我阿爺今朝起身之後成個人懵懵哋，唔認得我阿媽', 'state'],
    ['阿嫲由琴晚開始一啖飯都唔肯食，今日仲成日喺度瞓', 'intake'],
  ])('reads %s', (t, domain) => {
    expect(olderPatient(t, readFacts(t))).toBe(true);
    expect(read(t)?.domains).toContain(domain);
  });

  it.each([
    // written Cantonese "my daughter / her son" is the patient, not the elder
    '我係阿嫲，我個女今日成日瞓，唔肯食嘢',
    '阿公話佢個仔今日唔肯食飯',
    // S2-a: a baby written about by a Cantonese grandparent
    '我係阿嫲，BB今日唔肯食奶，尿片成日都冇濕',
    '阿嫲湊緊個囡囡，囡囡今日好眼瞓唔肯食嘢',
    '我係阿嫲，個BB今日好眼瞓，唔肯飲奶，成日瞓',
    '嫲嫲話細路今日成日瞓，唔肯食奶',
    // S2-b: a medicine refused, its name long after 吃
    '爷爷今天不肯吃医生新开的那种降糖的药片',
    '爷爷今天不肯吃医生开的那个新的降压的药，说头晕',
  ])('does not read %s', (t) => expect(read(t)).toBeUndefined());

  it('still reads not eating when a medicine follows a food in the same clause', () => {
    expect(read('奶奶今天不吃饭也不吃药')?.domains).toContain('intake');
  });
});
