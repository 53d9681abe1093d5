// Session 21 (#16): a letter read with its option's name after it ("Answer: **A** Lorazepam", not the article "A"), and
// a list literal of quoted letters read whole (["A", "C", "D"], ['A', 'B', 'D']). Each reading also has its wrapped-hedge
// side: the name must be this option's and no other's, the set grammar still sees "or" after the name, and a reply that
// keeps another option open is still no answer. Probes written before the code: /tmp/probes/rl-s21 (adversarial.jsonl).
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const SEIZURE = { A: 'Lorazepam IV', B: 'Phenytoin IV', C: 'Levetiracetam IV', D: 'Propofol infusion', E: 'Phenobarbital IV' };
const ANAPHYLAXIS = { A: 'IM adrenaline 0.5 mg', B: 'IV hydrocortisone', C: 'IV chlorphenamine', D: 'Nebulised salbutamol' };
const BARE = { A: 'Lorazepam', B: 'Phenytoin', C: 'Levetiracetam', D: 'Propofol' };
const UMN = { A: 'Spasticity', B: 'Fasciculations', C: 'Hyperreflexia', D: 'Extensor plantar response', E: 'Early marked wasting' };

const one = (text: string, options: Record<string, string>) => readChoiceAnswer(text, { options, multi: false }).value;
const many = (text: string, options: Record<string, string>) => readChoiceAnswer(text, { options, multi: true }).value;

describe('a letter with its own option named after it', () => {
  it.each([
    ['Answer: **A** Lorazepam', 'A'],
    ['Answer: A Lorazepam', 'A'],
    ['Answer: A Ativan', 'A'],
  ])('%s → %s', (text, want) => expect(one(text, SEIZURE)).toBe(want));

  it('reads a route- or dose-qualified option by its medicine', () => expect(one('Answer: **A** IM adrenaline', ANAPHYLAXIS)).toBe('A'));

  it.each([
    'Answer: A Phenytoin', // another option's name
    'Answer: A Keppra', // levetiracetam is C
    'Answer: A Lorazepam or C Levetiracetam',
    'Answer: A Lorazepam or C.',
    'Answer: A Lorazepam, though C is just as good.',
    'Answer: A Lorazepam. Levetiracetam would also be reasonable.',
    'Answer: A Lorazepam (or maybe C)',
    'Answer: A Lorazepam\nAnswer: C Levetiracetam',
    'Answer: A Lorazepam and C Levetiracetam',
    'Answer: A Ativan — I would not rule out C though.',
    'Answer: A thorough workup first',
  ])('no answer: %s', (text) => expect(one(text, SEIZURE)).toBeNull());

  // Review s21 R-NEW-2: another option NAMED (not lettered) after a joiner or in an alternative clause keeps it open.
  it.each([
    'Answer: A Lorazepam or Phenytoin',
    'Answer: A Lorazepam, phenytoin if that fails',
    'Answer: A Lorazepam / Phenytoin',
    'Answer: A Lorazepam or Keppra',
    'Answer: **A** Ativan or Dilantin',
    'Answer: A Lorazepam or levetiracetam',
    'Answer: A Lorazepam; propofol if refractory',
  ])('no answer (another option named): %s', (text) => expect(one(text, SEIZURE)).toBeNull());

  it.each(['Answer: A adrenaline or hydrocortisone', 'Answer: A adrenaline, or salbutamol if wheezy'])('no answer (another option named): %s', (text) =>
    expect(one(text, ANAPHYLAXIS)).toBeNull(),
  );

  // Review s21 R-OLD-1: with bare generic options (the usual exam shape) a letter glossed with ANOTHER option's name is
  // a letter and a name that disagree — no answer, never the name's letter; the option's own text said after its letter
  // with another option named after it is no answer either.
  it.each([
    ['Answer: A Phenytoin', BARE],
    ['Answer: A Keppra', BARE],
    ['Answer: A Dilantin', BARE],
    ['Answer: A Lorazepam or Phenytoin', BARE],
    ['Answer: A Lorazepam (or levetiracetam if no IV access)', BARE],
    ['Answer: A Depakote', { A: 'Levetiracetam (Keppra)', B: 'Phenytoin', C: 'Valproate', D: 'Carbamazepine' }],
    ['Answer: A Valium', { A: 'Lorazepam', B: 'Diazepam', C: 'Midazolam', D: 'Phenobarbital' }],
    ['Answer: A Versed', { A: 'Lorazepam', B: 'Diazepam', C: 'Midazolam', D: 'Phenobarbital' }],
  ])('no answer (letter and name disagree): %s', (text, options) => expect(one(text, options)).toBeNull());

  it.each([
    ['Answer: A Lorazepam', 'A'],
    ['Answer: **A** Ativan', 'A'],
    ['Answer: C Keppra', 'C'],
    ['A Phenytoin level was checked first. Answer: C', 'C'],
  ])('bare options: %s → %s', (text, want) => expect(one(text, BARE)).toBe(want));

  it('a named option set aside leaves the answer', () => expect(one('Answer: A Lorazepam, not phenytoin', SEIZURE)).toBe('A'));

  it('keeps the article reading in prose', () => expect(one('A Lorazepam infusion is not needed; the answer is C.', SEIZURE)).toBe('C'));
});

describe('a list literal of quoted letters', () => {
  it.each([
    ["answer = ['A', 'C', 'D']", 'ACD'],
    ['answer = ["A","C","D"]', 'ACD'],
    ["```python\n# UMN signs\nanswer = ['A', 'C', 'D']\n```", 'ACD'],
    ['answer: ["A", "C", "D"]', 'ACD'],
  ])('%s → %s', (text, want) => expect(many(text, UMN)).toBe(want));

  it.each([
    "answer = ['A', 'C'] or ['A', 'C', 'D']",
    "answer = ['A', 'C', 'D', 'A']",
    "answer = ['A', 'C', 'F']",
    "answer = ['A', 'C', 'D']\nanswer = ['A', 'C']",
    "options = ['A', 'B', 'C', 'D', 'E']\n# can't decide",
    "options = ['A', 'B', 'C', 'D', 'E']",
  ])('no answer: %s', (text) => expect(many(text, UMN)).toBeNull());

  // Review s21 R-NEW-1: the remark after the literal on its line (a code comment, a bracket) is the answer's clause.
  it.each([
    'answer = ["A", "C"]  # C is a guess',
    'answer = ["A","C"]  # guessing C',
    "answer = ['B', 'D'] # D is a guess",
    "Answer: ['A', 'C'] (C is a guess)",
    "answer = ['A', 'C']  # probably",
    "answer = ['A', 'C']  # not sure about C",
    'Answer: A, C (C is a guess)',
  ])('no answer (the remark doubts the set): %s', (text) => expect(many(text, UMN)).toBeNull());

  it.each([
    ["answer = ['A', 'C', 'D']  # all three are upper motor neuron signs", 'ACD'],
    ['answer = ["A", "C", "D"]  # UMN signs', 'ACD'],
    ['{"answer": ["A", "C", "D"]}', 'ACD'],
  ])('a plain remark leaves the set: %s → %s', (text, want) => expect(many(text, UMN)).toBe(want));
});
