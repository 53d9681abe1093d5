// The reply read with the opening (review s21 C1): a value bound to the slot its question asked, the case graded as a
// state (fever-by-age.ts), a bare yes bound to the one red flag it can answer or asked which; and the sick-day emergency
// that asks its checks first. Rows are own probes written before the code ran (/tmp/probes/consult-s22), each with a
// harmless twin.
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { feverByAge, writersOwnFever } from './fever-by-age.js';
import { readAge } from './facts.js';
import { nextConsultStep, WHICH_LINE } from './policy.js';
import { readReplies } from './replies.js';
import { bindReply, isBareYes } from './reply-slots.js';

/** The consultation run with the patient's replies in order, one to each question turn; the final step. */
function run(opening: string, replies: string[]): ReturnType<typeof nextConsultStep> {
  const t: ChatMessage[] = [{ role: 'user', content: opening }];
  for (let i = 0; i < 5; i++) {
    const s = nextConsultStep(t, { maxTurns: 2 });
    if (s.action === 'answer') return s;
    t.push({ role: 'assistant', content: s.text }, { role: 'user', content: replies[i] ?? 'no' });
  }
  return nextConsultStep(t, { maxTurns: 2 });
}
const level = (opening: string, replies: string[]): string => run(opening, replies).triage.level;

describe('a value is bound to the slot its question asked', () => {
  const tempQ = 'How old is the baby? Under 3 months with a temperature of 38 °C or more?';
  it('a decimal is a reading, never the chip answer numbered 38', () => {
    expect(readReplies([{ asked: [tempQ, 'Feeding much less?'], reply: '38.5' }], 'en').free).toBe('38.5');
  });
  it.each([
    [[tempQ], '38.5', { age: 6 / 52 }, { temperatureC: 38.5 }],
    [[tempQ], 'its 38.3', { age: 6 / 52 }, { temperatureC: 38.3 }],
    [['Any fever, fast breathing or a rash?'], '38', { age: 2 / 52 }, { temperatureC: 38 }],
    [['宝宝体温最高多少度？'], '38.5', {}, { temperatureC: 38.5 }],
    [['How old is the person?'], '5 weeks', {}, { age: 5 * (7 / 365) }],
    [['患者多大年龄？'], '50天', {}, { age: 50 / 365 }],
  ])('%j + %s', (asked, reply, known, facts) => {
    expect(bindReply(asked, reply, known)).toEqual(facts);
  });
  it('a whole number that could be the age or the days asked beside it is neither', () => {
    expect(bindReply([tempQ], '38', {})).toEqual({});
    expect(bindReply(['How long has this been going on?', 'Any fever?'], '38', { age: 0.1 })).toEqual({});
    expect(bindReply(['Any chest pain?'], '38.5', {})).toEqual({});
  });
  it('a bare yes names no sign of its own', () => {
    for (const y of ['Yes', 'yes.', 'yeah I think so', '有', '是的']) expect(isBareYes(y)).toBe(true);
    for (const y of ['Yes, 38.5', 'yes she is floppy', '有，吐了三次', 'No']) expect(isBareYes(y)).toBe(false);
  });
  it('a baby counted in weeks or days has that age (not a gestation, not a duration)', () => {
    expect(readAge('my 6 week old baby feels hot')).toBeCloseTo(6 * (7 / 365));
    expect(readAge('baby is 10 weeks, feels hot tonight')).toBeCloseTo(10 * (7 / 365));
    expect(readAge('我宝宝6周大，摸着有点烫')).toBeCloseTo(6 * (7 / 365));
    expect(readAge('宝宝出生40天，额头发烫')).toBeCloseTo(40 / 365);
    expect(readAge('宝宝两周没大便了')).toBeUndefined();
    // review s22: days with 才/刚/满 and no 大 are the baby's age; days with no such mark stay how long
    expect(readAge('宝宝才40天，发烧38度')).toBeCloseTo(40 / 365);
    expect(readAge('孩子刚满28天 有点咳嗽')).toBeCloseTo(28 / 365);
    expect(readAge('宝宝拉肚子3天了')).toBeUndefined();
    expect(readAge('coughing for 6 weeks now')).toBeUndefined();
  });
});

describe('NICE NG143 by age × temperature', () => {
  it('under 3 months ≥ 38 °C is an emergency, 3–6 months ≥ 39 °C urgent, the rest unread', () => {
    expect(feverByAge({ age: 6 / 52, temperatureC: 38 })?.level).toBe('emergency');
    expect(feverByAge({ age: 6 / 52, temperatureC: 37.9 })).toBeUndefined();
    expect(feverByAge({ age: 4 / 12, temperatureC: 39.2 })?.level).toBe('urgent');
    expect(feverByAge({ age: 4 / 12, temperatureC: 38.6 })).toBeUndefined();
    expect(feverByAge({ age: 2, temperatureC: 40 })).toBeUndefined();
    expect(feverByAge({ temperatureC: 40 })).toBeUndefined();
  });
});

describe('the state is graded, not the last message (review s21 C1)', () => {
  it.each([
    ['my 6 week old baby feels hot, can I give calpol?', ['38.5']],
    ['my 6 week old baby feels hot, can I give calpol?', ['Yes', '1']],
    ['my 7-week-old feels warm', ['Yes, she is 7 weeks old and her temperature is 38.2C']],
    ['my baby has a temperature of 38.4, can I give calpol?', ['5 weeks']],
    ['我宝宝6周大，摸着有点烫', ['38.5度']],
    ['宝宝发烧38.4度，可以吃美林吗', ['50天']],
    ['寶寶兩個月大，摸起來有點燙', ['38.6度']],
  ])('%s + %j → emergency', (opening, replies) => {
    expect(level(opening, replies)).toBe('emergency');
  });
  it.each([
    ['my 6 week old baby feels hot, can I give calpol?', ['37.1']],
    ['my 6 week old baby feels hot, can I give calpol?', ['No']],
    ['my baby has a temperature of 38.4, can I give calpol?', ['2 years']],
    ['我宝宝6周大，摸着有点烫', ['36.8度']],
    ['I have mastitis, my baby is 6 weeks, my temp is 38.5, can I keep breastfeeding?', ['no']],
  ])('harmless twin: %s + %j → not an emergency', (opening, replies) => {
    expect(level(opening, replies)).not.toBe('emergency');
  });
  it('a bare yes to several red flags asks which, past the turn limit; "1" picks the first', () => {
    const t: ChatMessage[] = [{ role: 'user', content: 'my 6 week old baby feels hot, can I give calpol?' }];
    const first = nextConsultStep(t);
    if (first.action !== 'ask') throw new Error('expected a question turn');
    t.push({ role: 'assistant', content: first.text }, { role: 'user', content: 'Yes' });
    const which = nextConsultStep(t);
    expect(which.action === 'ask' && which.text.includes(WHICH_LINE.en)).toBe(true);
  });

  it('the answer to "which?" picks in simplified, traditional and Cantonese wording (第一个, 第一個, 第二條, 同)', () => {
    for (const [reply, picked] of [
      ['第一个', ['A？']],
      ['第一個', ['A？']],
      ['第二條', ['B？']],
      ['第一個同第二個', ['A？', 'B？']],
      ['第三個', undefined],
    ] as const) {
      const r = readReplies([{ asked: ['A？', 'B？'], reply, which: true }], 'zh');
      if (picked) expect(r.affirmed).toEqual(picked);
      else expect(r.affirmed).toEqual([]);
    }
  });
});

describe('type 1 with vomiting: the emergency advice first, then the checks (consult-27 c27-059)', () => {
  it('one question turn that opens with the emergency advice and asks ketones and fluids; the level stays', () => {
    const s = nextConsultStep([{ role: 'user', content: "I've got a stomach bug, throwing up since last night. I'm type 1. Should I skip my insulin?" }]);
    expect(s.action).toBe('ask');
    expect(s.triage.level).toBe('emergency');
    if (s.action === 'ask') {
      expect(s.text).toMatch(/emergency[\s\S]*Do not stop your insulin[\s\S]*1\. What are the blood ketones/);
      expect(s.questions).toHaveLength(1);
    }
    expect(level("I've got a stomach bug, throwing up since last night. I'm type 1. Should I skip my insulin?", ['ketones 0.4, drinking ok'])).toBe(
      'emergency',
    );
  });
  it('told ketones ≥ 3, fluids not kept down or breathing fast: answered at once', () => {
    for (const o of ['husband is type 1, been puking since last night, ketones 3.4', 'my son is type 1, he is throwing up and breathing fast']) {
      const s = nextConsultStep([{ role: 'user', content: o }]);
      expect([s.action, s.triage.level]).toEqual(['answer', 'emergency']);
    }
  });
});

// Review s22 (consult-evidence.md C-1…C-4): rows written before the fix, each with a twin that must keep its reading.
describe('review s22 C-1: a weeks phrase that is not the child age is no age', () => {
  it.each([
    ['my son was 6 weeks premature and is now 8 months old, he feels hot', ['38.5']],
    ['my son is 6 weeks post-op after his hernia repair and feels hot', ['38.5']],
    ['my daughter is 2 weeks late for her period and feels hot and sick', ['38.5']],
    ['my son is 3 weeks into antibiotics for his ear and still feels hot', ['38.5']],
    ["my baby is 6 weeks behind on her jabs and feels hot, she's 5 months", ['38.5']],
    ['my boy was 8 weeks in hospital last year, now he feels hot and has a cough', ['38.5']],
  ])('%s + %j → not an emergency', (opening, replies) => {
    expect(level(opening, replies)).not.toBe('emergency');
  });
  it('the age read: months or years of the child win over weeks; the writer own years do not', () => {
    expect(readAge('my son was 6 weeks premature and is now 8 months old, he feels hot')).toBeCloseTo(8 / 12);
    expect(readAge("my baby is 6 weeks behind on her jabs and feels hot, she's 5 months")).toBeCloseTo(5 / 12);
    expect(readAge('my son is 6 weeks post-op after his hernia repair')).toBeUndefined();
    expect(readAge('my daughter is 2 weeks late for her period')).toBeUndefined();
    expect(readAge('my baby is 6 weeks and has a rash on her cheeks')).toBeCloseTo(6 * (7 / 365));
    expect(readAge("I'm 32 and my 6 week old feels hot")).toBeCloseTo(6 * (7 / 365));
    expect(readAge('my baby is 7 weeks now and feels warm')).toBeCloseTo(7 * (7 / 365));
  });
  it('a weeks reply to the age question is an age only as an age ("6 weeks", "she is 7 weeks"), not "3 weeks into"', () => {
    const ageQ = ['How old is the person?'];
    expect(bindReply(ageQ, "he's 3 weeks into antibiotics", {})).toEqual({});
    expect(bindReply(ageQ, '6 weeks post-op', {})).toEqual({});
    expect(bindReply(ageQ, 'she is 7 weeks', {})).toEqual({ age: 7 * (7 / 365) });
    expect(bindReply(ageQ, '7周大', {})).toEqual({ age: 7 * (7 / 365) });
  });
  it.each([
    ['my baby is 6 weeks and feels hot', ['38.5']],
    ['my 6 week old baby feels hot and is a bit sleepy', ['38.5']],
    ['my baby is 7 weeks now and feels warm', ['38.2']],
    // A child on chemotherapy with 38.5 is neutropenic sepsis whatever the weeks say: that emergency stays.
    ['my daughter is 10 weeks into her chemo and feels hot', ['38.5']],
  ])('twin: %s + %j → emergency', (opening, replies) => {
    expect(level(opening, replies)).toBe('emergency');
  });
});

describe("review s22 C-2: the writer's own fever is the writer's, read by its subject", () => {
  it.each([
    ["I'm breastfeeding my 6 week old and I feel hot and shivery", ['38.5']],
    ["I feel hot and shivery, I'm breastfeeding my 5 week old", ['38.6']],
    ['I felt hot all night and my 6 week old is feeding fine', ['38.4']],
    ["I'm feeling hot and achy, my 6 week old is feeding fine", ['38.5']],
  ])('%s + %j → not an emergency', (opening, replies) => {
    expect(level(opening, replies)).not.toBe('emergency');
  });
  it.each([
    ["I'm breastfeeding my 6 week old and she feels hot", ['38.5']],
    ['I have a 6 week old who feels hot and is a bit sleepy', ['38.5']],
    ["I'm so worried, my 7 week old feels hot", ['38.5']],
  ])('twin: %s + %j → emergency', (opening, replies) => {
    expect(level(opening, replies)).toBe('emergency');
  });
  it('whose fever: the subject before it in its clause, or the clause before when it names no one', () => {
    for (const t of [
      "I'm feeling feverish, my 6 week old is feeding fine",
      "I'm breastfeeding my 6 week old, feeling hot and shivery",
      '我在喂奶，宝宝6周大，我自己身上发烫',
      'my temp is 38.5 and my 6 week old feels hot',
    ])
      expect(writersOwnFever(t)).toBe(true);
    for (const t of [
      '我女儿发热了，才40天',
      '我宝宝6周大，摸着有点烫',
      '我儿子刚满月，摸着有点烫',
      "I'm worried, my baby (7 weeks) feels hot",
      'my baby is 6 weeks, feels hot',
      'I have a 6 week old who feels hot',
    ])
      expect(writersOwnFever(t)).toBe(false);
  });
});

describe('review s22 C-3: a decimal in a reply to a turn that asked a temperature is a temperature', () => {
  const tempQ = 'How old is the baby? Under 3 months with a temperature of 38 °C or more?';
  it.each([
    ['6 weeks, 38.5', { age: 6 * (7 / 365), temperatureC: 38.5 }],
    ['38,5', { temperatureC: 38.5 }],
    ['三十八度五', { temperatureC: 38.5 }],
    ['三十九度', { temperatureC: 39 }],
  ])('%s', (reply, facts) => {
    const got = bindReply([tempQ], reply, { age: 6 / 52 });
    expect(got.temperatureC).toBe(facts.temperatureC);
    if ('age' in facts) expect(got.age).toBeCloseTo(facts.age);
  });
  it('not a temperature where none was asked, nor a weight', () => {
    expect(bindReply(['Any chest pain?'], 'no, 38.5 is what I weigh', {})).toEqual({});
    expect(bindReply([tempQ], 'she weighs 4.2 kg', { age: 6 / 52 }).temperatureC).toBeUndefined();
  });
  it.each([
    ['my baby feels hot and is crying a lot', ['6 weeks, 38.5']],
    ['my 6 week old baby feels hot and is a bit sleepy', ['38,5']],
    ['宝宝出生40天，摸着有点烫', ['三十八度五']],
    ['我宝宝6周大，摸着有点烫', ['38.5']],
    ['我儿子刚满月，摸着有点烫', ['38']],
  ])('%s + %j → emergency', (opening, replies) => {
    expect(level(opening, replies)).toBe('emergency');
  });
  it.each([
    ['my baby feels hot and is crying a lot', ['6 weeks, 37.5']],
    ['宝宝出生40天，摸着有点烫', ['三十六度八']],
  ])('twin: %s + %j → not an emergency', (opening, replies) => {
    expect(level(opening, replies)).not.toBe('emergency');
  });
});

describe('review s22 C-4: BB/出世/"(7 weeks)" are a baby age; 我女儿发热 is the daughter fever', () => {
  it.each([
    ['BB出世六個星期，摸落好熱', ['38.5度']],
    ["I'm worried, my baby (7 weeks) feels hot", ['38.5']],
  ])('%s + %j → emergency', (opening, replies) => {
    expect(level(opening, replies)).toBe('emergency');
  });
  it.each([
    ['BB出世六個月，摸落好熱', ['38.5度']],
    ['我女儿发热了，才3天，现在两岁', ['38.5']],
  ])('twin: %s + %j → not an emergency', (opening, replies) => {
    expect(level(opening, replies)).not.toBe('emergency');
  });
});
