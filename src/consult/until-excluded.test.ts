// The situations a consultation must not wait on (until-excluded.ts), read from the patient's words: each row is a
// shape the table claims (own probes, written before the code ran on them, /tmp/probes/consult-s21) or a neighbour it
// must leave alone (a what-if, a denial, food, an adult, an animal).
import { describe, expect, it } from 'vitest';
import { untilExcluded } from './until-excluded.js';

const ids = (text: string): string[] => untilExcluded(text).map((x) => `${x.id}:${x.level}`);

describe('a small child who may have swallowed a button battery, magnets or an unknown object', () => {
  it.each([
    'My 2 year old swallowed something small a few minutes ago and seems fine, should I worry?',
    "my toddler put something in her mouth and now it's gone, I think she swallowed it, she's playing normally",
    '18 month old may have swallowed a small part from a toy, no coughing, acting normal',
    'Baby (11 months) swallowed a small object, not sure what it was. What should I do?',
    "my kid (4) swallowed something off the floor, we can't find the earring back, she seems normal",
    'toddler swalowed somthing small, dont know what, shes fine now?',
    'Not sure if my 2 year old swallowed a battery, one is missing from the remote',
    'my 2yo swallowed a AAA battery',
    'my 20-month-old swallowed a tiny magnet from the fridge set',
    '宝宝两岁 刚才在沙发上玩 好像吞了个什么小东西 现在看着还挺好的 需要去医院吗',
    '孩子三岁，刚才把一个小零件咽下去了，不咳嗽也不哭',
    '宝宝1岁半，不知道吞了什么小东西，玩具上的零件不见了',
    '我兒子兩歲半，好像吞了一顆小電池，現在看起來沒事',
    '不知道是不是吞了电池，遥控器里少了一颗，孩子两岁',
    '4岁的女儿把一颗纽扣电池吞下去了',
    '宝宝9个月，地上的小东西塞进嘴里不见了',
  ])('%s → emergency', (text) => {
    expect(ids(text)).toContain('swallowed-object-child:emergency');
  });

  it.each([
    'what if my toddler swallows a button battery? how do I childproof the remote',
    '如果孩子吞了磁铁怎么办？想提前了解一下',
    'my 2 year old swallowed a watermelon seed, is that ok?',
    '孩子吃西瓜把籽咽下去了，有没有关系',
    'my 5 year old swallowed a little toothpaste while brushing',
    '我三岁的孩子吃饭老是吞得很快，不爱嚼，怎么办',
    'my 3 year old coughs when he swallows food sometimes',
    '孩子三岁，咽东西的时候喉咙疼',
    'I swallowed something small at dinner, maybe a bone, feels scratchy',
    'my 25 year old son swallowed a tooth filling, is that ok',
    'my toddler swallowed bath water',
    'my 2 year old swallowed a coin, she is fine',
    'my dog swallowed a small part of a toy',
  ])('%s → not this reading', (text) => {
    expect(ids(text).filter((x) => x.startsWith('swallowed'))).toEqual([]);
  });
});

// Session 31: a button battery or magnet told missing where a small child played is swallowed until excluded, with no
// swallow seen (consult-cases-36 c36-028; blind triage ae116 ag039 aj075 ap015 o011 p022 r052 t023 v102 x102 read the same).
describe('a button battery or magnet missing where a small child played', () => {
  it.each([
    '两岁的娃刚才玩遥控器，后盖打开了，里面的纽扣电池少了一颗，到处找不到，孩子现在看着挺正常的，还在玩，要不要等等看能不能拉出来？',
    'my 18 month old was playing with the remote and now one of the button batteries is missing',
    "my toddler had the kitchen scales and I can't find the battery",
    'one of the magnets from the fridge set is missing, my 2 year old was playing with them',
    '宝宝一岁半，磁力珠少了两颗，找不到',
  ])('%s → emergency', (text) => {
    expect(ids(text)).toContain('swallowed-object-child:emergency');
  });
  it.each([
    '两岁的娃玩遥控器，电池少了一颗，后来在沙发底下找到了', // found
    '孩子3岁，玩具的电池没了，要换什么型号？', // ran out
    '遥控器电池没电了，孩子2岁老是按',
    "the battery in my 3yo's toy is dead, can I replace it",
    "I can't find my hearing aid battery, my mum is 80", // no child
    'my son is 15 and the remote battery is missing', // not a small child
  ])('%s → nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

// Session 31 review (consult-probes.jsonl rc1xx): the missing-hazard reading narrowed — a battery's cover, one found
// again in any wording, an old story, batteries missing FOR a device, a device no child swallows; Cantonese 唔見咗,
// "disappeared" and "battery gone" read as missing.
describe('a missing battery or magnet: the review narrowing', () => {
  it.each([
    '個仔兩歲，玩完遙控器之後，粒鈕扣電池唔見咗', // rc102
    'toddler (20 months) got the kitchen scales open, battery gone, searched everywhere', // rc106
    'my 2yo had my watch and the watch battery has disappeared', // rc107
    '孩子一岁半，玩体温计，里面的纽扣电池不见了', // rc101
    'my 3 year old was playing with the magnetic balls and two are missing', // rc104
    '两岁宝宝玩巴克球，数了一下少了两颗', // rc105
  ])('%s → emergency', (text) => {
    expect(ids(text)).toContain('swallowed-object-child:emergency');
  });
  it.each([
    "My 3 year old's toy is missing its battery cover, is it safe to keep using it?", // rc108
    'the remote is missing its battery cover, my 2 year old keeps playing with it, should I tape it?', // rc109
    "my 2 year old's magnet set was missing one, we found one under the sofa", // rc115
    "my 2 year old: the remote's battery was missing but it was in my bag all along", // rc117
    "Last year my son (then 2) had a battery missing from a toy - turned out fine. Now he's 3 with a cough", // rc119
    'My 2 year old has a cough; unrelated but the smoke alarm battery is missing, it beeps', // rc121
    "My 18 month old is teething. we're missing the batteries for the thermometer, can't check temp", // rc122
    '宝宝1岁，发烧，家里体温计电池丢了没法量', // rc123
    '孩子两岁，遥控器的电池盖不见了', // a cover in Chinese
    'my 2 year old was playing with the remote, the battery is gone flat', // gone flat
    '两岁的娃玩遥控器，电池少了一颗，后来在沙发底下找到', // found without 了
  ])('%s → nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });
  it('"没找到" is not found again', () => {
    expect(ids('宝宝一岁半 玩遥控器后盖被抠开了 少了一颗纽扣电池 家里翻遍了都没找到')).toContain('swallowed-object-child:emergency');
  });
});

describe('sick-day rules on insulin', () => {
  it.each([
    "I have type 1 diabetes and have been vomiting since last night, can't keep anything down. Should I skip my insulin today?",
    "I'm 17 and have type 1. Got a tummy bug and keep being sick so I'm not eating. Should I skip my insulin today?",
    "I have type 1 and I'm not sure if it's food poisoning but I've been throwing up since 5am",
    'my 12 year old has type 1 diabetes, she has been vomiting 4 times',
    '我是1型糖尿病，吐了一晚上，吃不下东西，今天胰岛素还要打吗',
    '孩子有一型糖尿病，今天一直吐，肚子疼，没精神',
    '我有1型糖尿病，拉肚子又嘔吐，沒吃東西，胰島素可以先停嗎',
    'insulin pump user, pump failed overnight, now nauseous and vomiting',
    "Type one diabetic, throwing up, can't keep water down",
    'My son has T1D and has thrown up twice this morning, ketones 1.2',
    // review s21 C0b: type 1 said of a person with "is" or a possessive (own probes /tmp/probes/consult-s22 d01/d05/h05)
    "my son is type 1, he's throwing up and breathing fast",
    "my daughter's type one and has been sick all morning",
    "my wife is type one, she's being sick and can't keep water down",
    // review s22: the disease named without its last character (1型糖尿, 一型糖尿) is still type 1 diabetes
    '我是1型糖尿，吐了一晚上，胰岛素还打不打',
    '孩子一型糖尿，今天吐了三次，吃不下东西',
  ])('%s → emergency', (text) => {
    expect(ids(text)).toContain('insulin-sick-day:emergency');
  });

  it.each([
    "I'm on insulin for type 2 diabetes and I've had diarrhoea and vomiting for a day, can't eat",
    '我是2型糖尿病打胰岛素的，这两天发烧吃不下饭，胰岛素怎么打',
  ])('%s → same-day care', (text) => {
    expect(ids(text)).toContain('insulin-sick-day:urgent');
  });

  it('the checks a patient can make at once are asked first only while nothing told settles it', () => {
    const checks = (text: string) => untilExcluded(text).find((x) => x.id === 'insulin-sick-day')?.checks;
    expect(checks("I've got a stomach bug, throwing up since last night. I'm type 1.")).toBeDefined();
    expect(checks('1型糖尿病，吐了一晚上，胰岛素要不要停')).toBeDefined();
    expect(checks('husband is type 1, been puking since last night, ketones 3.4')).toBeUndefined();
    expect(checks("Type one diabetic, throwing up, can't keep water down")).toBeUndefined();
    expect(checks('my son has T1D and is vomiting, breathing deep and sleepy')).toBeUndefined();
  });

  // review s22: "type 1" of another condition (a Chiari type 1 malformation) is no diabetes, whatever sugar is named.
  it.each([
    'my daughter has a Chiari type 1 malformation and has been vomiting all morning, her blood sugar was fine',
    "I've got type 1 Chiari and keep being sick, sugars normal",
    'Chiari malformation type I, throwing up since last night, blood sugar 5.6',
  ])("another condition's type 1: %s → no sick-day rule", (text) => {
    expect(ids(text).filter((x) => x.startsWith('insulin'))).toEqual([]);
  });

  it.each(['my daughter is type one and has been asking about pumps', 'my wife is type one and asked if she can drink on holiday'])(
    'harmless twin: %s → no sick-day rule',
    (text) => {
      expect(ids(text).filter((x) => x.startsWith('insulin'))).toEqual([]);
    },
  );

  it.each([
    'I have type 1 diabetes and I am travelling next week, how should I store my insulin?',
    '我是1型糖尿病，想问一下运动前要不要减胰岛素',
    'type 1 diabetic with a mild cold, sugars are normal, no vomiting, eating fine',
    'type 1 diabetic here, what are the sick day rules if I start vomiting?',
    '我是1型糖尿病，如果呕吐了怎么调整胰岛素',
    '我是1型糖尿病，没有呕吐，就是有点咳嗽',
    'my grandmother has type 2 diabetes on metformin and vomited once',
    'my dog is type 1 diabetic and vomiting',
    "I'm on insulin and my sugars are fine, feeling well",
  ])('%s → not this reading', (text) => {
    expect(ids(text).filter((x) => x.startsWith('insulin'))).toEqual([]);
  });
});

// Review s21 C0/C3/C3b: the age attached to the child decides (a parent's own age does not hide the child); an animal
// elsewhere does not cancel a child's event; a past vomit that has settled and a feared future one are not the event.
describe('review s21: whose age, whose event, and when', () => {
  it.each([
    "I'm 32 and my 2 year old just swallowed something small off the floor, I don't know what it was",
    '我今年30岁，我儿子2岁，刚吞了一个小零件，不知道是什么',
    'My dog ate half the toy and my 2 year old swallowed a small piece of it too',
    '我家狗把玩具咬坏了，我女儿2岁吞了一个小零件',
    'My mum is 70 and my 3 year old son swallowed a tiny plastic part',
    "I'm 41, my toddler swallowed a button battery",
  ])('%s → emergency', (text) => {
    expect(ids(text)).toContain('swallowed-object-child:emergency');
  });

  it.each([
    'my 25 year old son swallowed a magnet from his desk toy, I am 52',
    'my 3 year old dog swallowed a button battery',
    'My son is 15 and swallowed a small magnet',
  ])('%s → not this reading', (text) => {
    expect(ids(text).filter((x) => x.startsWith('swallowed'))).toEqual([]);
  });

  it.each([
    "I have type 1 diabetes. I vomited once last week but I'm fine now",
    '1型糖尿病，上周吐过一次，现在好了',
    'My husband is type 1 and vomited once after too much beer last night, now fine, eating and ketones 0.3',
    '我是1型糖尿病，担心明天坐车会吐',
    "I'm type 1 diabetic and worried I might vomit on the flight tomorrow from motion sickness",
    'my type 1 son vomited after the rollercoaster 3 days ago, fine since',
  ])('%s → not the emergency', (text) => {
    expect(ids(text)).not.toContain('insulin-sick-day:emergency');
  });

  it.each([
    'I have type 1 diabetes, vomited last week, fine for a few days but vomiting again since this morning',
    'type 1 diabetic, threw up last night and still feel sick, keep throwing up',
    "I have type 1 and I'm worried because I've been vomiting all morning",
    '我是1型糖尿病，担心是肠胃炎，今天吐了三次',
  ])('%s → emergency', (text) => {
    expect(ids(text)).toContain('insulin-sick-day:emergency');
  });
});

describe('review s21: the event kept when it is told as happening', () => {
  it.each([
    "type 1 diabetic, he won't stop vomiting",
    '我是1型糖尿病，一会儿吐一会儿拉',
    '1型糖尿病，吃完饭以后吐了三次',
    "my son has type 1 diabetes and he might've thrown up in the night, there is sick on his pillow",
  ])('%s → emergency', (text) => {
    expect(ids(text)).toContain('insulin-sick-day:emergency');
  });
  it.each(['I think my 2 year old may have swallowed a button battery', 'my toddler might of swallowed a magnet'])('%s → emergency', (text) => {
    expect(ids(text)).toContain('swallowed-object-child:emergency');
  });
  it.each(['I am worried my toddler will swallow a magnet, how should I store them?', '我担心孩子会吞纽扣电池，遥控器要怎么收好？'])(
    '%s → not this reading',
    (text) => {
      expect(ids(text).filter((x) => x.startsWith('swallowed'))).toEqual([]);
    },
  );
});

// Review s21 C4: the table's own situations in common variants — a zh hedge with the object before the verb (把…吞了),
// Cantonese, and type 1 named by its abbreviations and older names.
describe('review s21: variants of the same situations', () => {
  it.each(['我女儿1岁半，刚刚好像把什么东西吞了，不确定是什么', '我孫子三歲，吞咗塊磁石', '孩子两岁，把一个小零件吞下去了'])('%s → emergency', (text) => {
    expect(ids(text)).toContain('swallowed-object-child:emergency');
  });
  it.each(['孩子两岁，把饭吞下去了', '我女儿三岁，把药片吞了'])('%s → not this reading', (text) => {
    expect(ids(text).filter((x) => x.startsWith('swallowed'))).toEqual([]);
  });
  it.each(['T1DM, vomiting x4 today', 'Ⅰ型糖尿病，今天吐了好几次', 'I have juvenile diabetes and keep throwing up', 'IDDM, been sick all night'])(
    '%s → emergency',
    (text) => {
      expect(ids(text)).toContain('insulin-sick-day:emergency');
    },
  );
  it.each(['T1 weighted MRI showed a disc bulge and I vomited after the scan'])('%s → not this reading', (text) => {
    expect(ids(text).filter((x) => x.startsWith('insulin'))).toEqual([]);
  });
});
