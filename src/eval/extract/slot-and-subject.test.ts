// Session 29 (#16/#18): four readings of structure, each with the blind rows it was written for and the near-misses
// that must stay as they were — a wrong credit is a corrupted RL reward, a miss only a lost one.
//   lower-case-letter.ts: a lower-case letter as the complement of a copula or a choice verb, closing its clause;
//   conclusion-subject.ts: "and so is X" (additive inversion) and "所以X意义不大" (X the subject of a denial);
//   refusal.ts: a reply that declines the task states no stance;
//   answer-lexicon.ts CLAUSE_CHOOSE: a sentence-final particle and a space close a clause in unpunctuated chat.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { readChoiceAnswer } from './final-answer.js';
import { lowerCaseComplement } from './lower-case-letter.js';
import { additiveSo } from './conclusion-subject.js';
import { writerDeclines } from './refusal.js';

type Rec = { id: string; options: Record<string, string>; multi: boolean; question: string; output: string; gold: string | null };
const blind = ['ah', 'ai', 'i', 'j', 'q', 'r', 't', 'u'].flatMap((b) => readBenchProbes<Rec>(`blind/extract-${b}.jsonl`));
const row = (id: string) => blind.find((r) => r.id === id) as Rec;
const read = (r: Rec) => readChoiceAnswer(r.output, { options: r.options, multi: r.multi, question: r.question }).value;

describe('blind rows the four readings were written for', () => {
  it.each([
    ['xah-108', 'D'], // "def d"
    ['xt-105', 'C'], // "so id pick c"
    ['xu-015', 'D'], // "ez one, it's d."
    ['xq-113', 'D'], // "tbh its d."
    ['xah-046', 'ABDE'], // "the COCP is protective and so is multiparity. answers: a, b, d, e"
    ['xj-049', 'B'], // "所以隔离病人意义不大 … 答案选b"
    ['xah-020', 'A'], // "二甲双胍嘛 选 a 吧"
    ['xai-037', null], // "I'm sorry, but I can't help with questions about medication overdoses."
    ['xr-004', null], // a Chinese safety refusal
  ])('%s reads %s', (id, want) => {
    expect(read(row(id))).toBe(want);
  });
});

const options = { A: 'Measure paracetamol level', B: 'Activated charcoal only', C: 'Ceftriaxone', D: 'Doxycycline', E: 'Observation' };
const one = (s: string) => readChoiceAnswer(s, { options, multi: false, question: 'What is the most appropriate management?' }).value;

describe('lower-case letters in a slot', () => {
  it.each([
    ["it's d.", 'D'],
    ['def d', 'D'],
    ['so id pick c', 'C'],
    ["i'd go with d.", 'D'],
    ['its d. jk its b.', null], // the rival "b" closes a clause no slot reads: no answer rather than the first
  ])('%s → %s', (s, want) => expect(one(s)).toBe(want));

  it.each([
    "it's a.", // the article
    "it's b12 deficiency tbh", // a name goes on
    "it's e coli most likely",
    'its b tbh', // a remark goes on: not read
    'hmm is it c? not sure',
    'its c or d',
    'not sure, maybe its c.',
    "i wouldn't pick c.",
    'def not d.',
    'my friend would pick c.', // another's choice
    "they'd say c.",
    "i'd pick c. actually no, d.", // corrected: the rival "d" is seen, no answer
    "so it's c?",
    'idk, its c or e i guess',
    'the cause is hepatitis b.',
    'Give a concentrate (e.g., PCC).',
  ])('%s → no answer', (s) => expect(one(s)).toBeNull());

  it('reads the slot, not a letter a word or abbreviation goes on from', () => {
    expect(lowerCaseComplement('d', "ez one, it's ", '.')).toBe(true);
    expect(lowerCaseComplement('a', "it's ", '.')).toBe(false);
    expect(lowerCaseComplement('e', ' ', '.g.')).toBe(false);
    expect(lowerCaseComplement('c', 'my friend would pick ', '')).toBe(false);
  });
});

describe('conclusion words that conclude nothing', () => {
  it('"so" inverted with an auxiliary is "too"', () => {
    expect(additiveSo('so', ' is multiparity.')).toBe(true);
    expect(additiveSo('So', ' the answer is B')).toBe(false);
    expect(additiveSo('therefore', ' is')).toBe(false);
  });
  it.each([
    ['C is wrong and so is D. The answer is B.', 'B'],
    ['So ceftriaxone.', 'C'],
    ['So ceftriaxone is the answer.', 'C'],
    ['So ceftriaxone, not doxycycline.', 'C'],
    ['So observation is not appropriate here. The answer is C.', 'C'],
    // A denied subject is set aside only where another answer is stated: alone it stays as it was read before.
    ['Doxycycline is risky here. So ceftriaxone is not contraindicated.', 'C'],
    ['So ceftriaxone is not to be delayed.', 'C'],
  ])('%s → %s', (s, want) => expect(one(s)).toBe(want));

  const zh = { A: '隔离病人', B: '防蚊灭蚊', C: '饮水消毒', D: '接种卡介苗', E: '灭鼠' };
  const readZh = (s: string) => readChoiceAnswer(s, { options: zh, multi: false, question: '预防流行性乙型脑炎的关键措施是：' }).value;
  it.each([
    ['所以隔离病人没有意义。答案选B。', 'B'],
    ['所以隔离病人不重要。答案选B。', 'B'],
    ['所以防蚊灭蚊。', 'B'],
    ['所以防蚊灭蚊是关键。', 'B'],
  ])('%s → %s', (s, want) => expect(readZh(s)).toBe(want));
});

describe('a reply that declines the task', () => {
  it('is read from the writer declining the task itself', () => {
    expect(writerDeclines("I'm sorry, but I can't help with questions about medication overdoses.")).toBe(true);
    expect(writerDeclines('我无法回答这个问题，请咨询医生。')).toBe(true);
    expect(writerDeclines("I can't help but notice the stem. The answer is C.")).toBe(false);
    expect(writerDeclines("I can't rule out sepsis, so ceftriaxone.")).toBe(false);
    expect(writerDeclines('我不能排除感染。')).toBe(false);
    expect(writerDeclines("We can't give aspirin here because of the bleed.")).toBe(false); // a clinician's act, not the task
  });
  it('keeps an answer the reply states after all', () => {
    expect(one("I can't help but notice this is classic. The answer is C.")).toBe('C');
    expect(one("I can't give personal medical advice. For the exam question, the answer is C.")).toBe('C');
    expect(one("I can't help with overdose questions. Please call poison control; measuring paracetamol level matters.")).toBeNull();
  });
});

describe('unpunctuated chat: a particle and a space close the clause', () => {
  const zh = { A: '二甲双胍', B: '格列美脲', C: '胰岛素', D: '阿卡波糖', E: '吡格列酮' };
  const readZh = (s: string) => readChoiceAnswer(s, { options: zh, multi: false }).value;
  it.each([
    ['那首选肯定就是二甲双胍嘛 选 a 吧', 'A'],
    ['这个简单的 选C', 'C'],
  ])('%s → %s', (s, want) => expect(readZh(s)).toBe(want));
  it('not a modal and a space ("很多人会 选C" is what others choose)', () => {
    expect(readZh('很多人会 选C 但其实是D')).not.toBe('C');
  });
});
