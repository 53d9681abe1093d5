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

// Review s29 (/work/coord/reviews-s29/extract-probes.jsonl): the S1 rows — each now reads what START read.
describe('review s29: the slot reads only the writer, and steps aside for a name or a list', () => {
  const stemi = { A: 'Observation and repeat ECG in 6 hours', B: 'CT head', C: 'Aspirin and primary PCI', D: 'Oral warfarin', E: 'Discharge with antacids' };
  const st = (s: string) => readChoiceAnswer(s, { options: stemi, multi: false }).value;
  it.each([
    "the guy next to me in the exam said it's c.", // rx048
    'our attending always says just pick c.', // rx050
    "they told me to just pick c. i don't know.", // rx051
    "she said it's c.", // rx144
    "my study group said it's c.", // rx145
    "the answer key says it's d. i think that's a typo.", // rx146
    'my tutor would just pick c.', // rx147
    "ppl keep saying it's c.", // rx150
    "i used to think it's c.", // rx151
    "last year i thought it's c.", // rx152
    "i doubt it's c.", // rx154
    "what if it's c.", // rx157
    "i'd go with c. d if contraindicated.", // rx172: a rival kept for a case
    "he reckons it's c.",
    "hopefully it's c.",
  ])('%s → no answer (someone else, past, doubted, hypothetical)', (s) => expect(st(s)).toBeNull());
  it.each([
    ["stemi → cath lab. so it's c.", 'C'],
    ['ok so stemi inferior leads, needs reperfusion asap. id go with c', 'C'],
    ["pretty sure it's c.", 'C'],
    ["so yeah it's c.", 'C'],
    ["i'm gonna pick c.", 'C'],
  ])("the writer's own: %s → %s", (s, want) => expect(st(s)).toBe(want));

  const vit = { A: 'Vitamin B1', B: 'Vitamin C', C: 'Vitamin D', D: 'Vitamin K', E: 'Vitamin B12' };
  const hep = { A: 'HAV', B: 'HCV', C: 'HBV', D: 'HEV', E: 'HDV' };
  const gbs = { A: 'Group A', B: 'Group D', C: 'Group B', D: 'Group C' };
  it.each([
    [vit, 'scurvy is lack of vitamin c. so its c.', 'B'], // rx042: START's B, not the echoed C
    [vit, "vitamin c. so it's c", 'B'], // rx046
    [vit, 'lack of vit c → c', null], // rx161
    [{ A: 'Vitamin A', B: 'Vitamin D', C: 'Vitamin K', D: 'Vitamin C' }, 'rickets = vitamin d. its d.', 'B'], // rx166
    [gbs, "neonatal sepsis = gbs, so it's b.", null], // rx167: "Group B" is option C's own text
  ])('a letter that echoes a name: %#', (opts, s, want) => expect(readChoiceAnswer(s, { options: opts, multi: false }).value).toBe(want));
  it.each([
    "the only dna hepatitis virus is hep b, so it's b.", // rx043
    "hbv is the dna one. hep b, it's b.", // rx163
    "hepatitis b - so it's b.", // rx164
  ])('"hep b" is no label B: %s', (s) => expect(readChoiceAnswer(s, { options: hep, multi: false }).value).not.toBe('B'));

  it('part of a multi-answer set is no answer (rx021)', () => {
    const dvt = { A: 'Recent hip surgery', B: 'Combined oral contraceptive pill', C: 'Regular exercise', D: 'Active malignancy', E: 'Young age' };
    expect(readChoiceAnswer('hip surgery, pill and cancer. so id pick b, d and a', { options: dvt, multi: true }).value).not.toBe('B');
  });

  const zh = { A: '胰岛素', B: '二甲双胍', C: '格列本脲', D: '阿卡波糖' };
  const readZh = (s: string) => readChoiceAnswer(s, { options: zh, multi: false }).value;
  it.each(['他说的 选 c', '我妈说了 选 c', '同学说吧 选 c', '我猜的 选 c', '别人都选的 选 c'])(
    '%s: a particle closing a report opens no 选 clause (rx173/rx174)',
    (s) => expect(readZh(s)).toBeNull(),
  );
  it.each([
    ['这题简单的 选 b', 'B'],
    ['那首选肯定就是二甲双胍嘛 选 b 吧', 'B'],
  ])('%s → %s', (s, want) => expect(readZh(s)).toBe(want));

  it('"so" + auxiliary + "be"/"only" is chat with the subject dropped, not "and so is X" (rx100, rx183)', () => {
    expect(st('so should be c')).toBe('C');
    expect(st('so would be c')).toBe('C');
    expect(additiveSo('so', ' should be c')).toBe(false);
  });
});
