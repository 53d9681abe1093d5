// The reply read with the opening (review s21 C1): a value bound to the slot its question asked, the case graded as a
// state (fever-by-age.ts), a bare yes bound to the one red flag it can answer or asked which; and the sick-day emergency
// that asks its checks first. Rows are own probes written before the code ran (/tmp/probes/consult-s22), each with a
// harmless twin.
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { feverByAge } from './fever-by-age.js';
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
