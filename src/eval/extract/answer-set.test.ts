// One reader of an answer SET (letter-set.ts parseLetterSet), used by the single- and the multi-answer paths: the same
// joiners make a set on both, and a set given where one answer is expected is several answers (no answer), never its
// first letter. Sentences of our own (session 14, #16/#18); none is quoted from a scored batch.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const OPTIONS = { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Clopidogrel', E: 'Alteplase' };

function reads(text: string, multi: boolean | undefined) {
  return readChoiceAnswer(text, { options: OPTIONS, multi });
}

/** Replies that give a set: read whole on a multi-answer item, several answers (no answer) on a one-answer item. */
const SETS: [string, string][] = [
  ['Answers: A; C', 'AC'],
  ['The answer is A as well as C.', 'AC'],
  ['The answer is A plus C.', 'AC'],
  ['Answer: B and also D', 'BD'],
  ['答案：选项A与选项C', 'AC'],
  ['I pick A along with C.', 'AC'],
  ['The answer is A (and C).', 'AC'],
  ['答案：B（以及D）', 'BD'],
  ['选 b d e\n\n理由如下。', 'BDE'],
  ['初步：ABCD\n\n复查一遍：D不对。\n修正后最终：ABC', 'ABC'],
  ['\\boxed{A}\\boxed{C}', 'AC'],
  ['$\\boxed{B}$, $\\boxed{D}$', 'BD'],
  ['**B and D**', 'BD'],
  ['Final answer: **B and D**', 'BD'],
  ['\\boxed{A, C}', 'AC'],
  ['选AC', 'AC'],
  ['答案：A、C', 'AC'],
  ['My picks: B; D', 'BD'],
  ['Answers: A; C; E', 'ACE'],
  ['Option B together with D.', 'BD'],
  // A letter with a condition after it is still a letter of the set: never the first letter alone.
  ['Answer: A plus C if allergic', 'AC'],
];

describe('an answer set, read by one grammar on both paths', () => {
  for (const [text, set] of SETS) {
    it(`multi: ${JSON.stringify(text)} → ${set}`, () => {
      expect(reads(text, true).value).toBe(set);
    });
    it(`single: ${JSON.stringify(text)} → several answers, no letter`, () => {
      expect(reads(text, false).value).toBeNull();
    });
  }
});

describe('what is no set', () => {
  const single: [string, string | null][] = [
    // A semicolon in Chinese opens the next clause: 'CEA' there is a tumour marker, not C, E, A.
    ['肝癌筛查首选甲胎蛋白，故本题应选B；CEA多用于结直肠癌，CA125用于卵巢癌。', 'B'],
    ['The answer is B; D is wrong.', 'B'],
    ['Answer: B plus supportive care', 'B'],
    ['Answer: B, as well as fluids', 'B'],
    ['Answer: A and observe.', 'A'],
    // Boxes apart, with reasoning between them, are two answers.
    ['First I thought \\boxed{A}. But the bleeding risk is higher, so \\boxed{C}', null],
    // A bracket that adds a remark, not a letter.
    ['The answer is A (and fast).', 'A'],
  ];
  for (const [text, want] of single) {
    it(`${JSON.stringify(text)} → ${want}`, () => {
      expect(reads(text, false).value).toBe(want);
    });
  }
});

describe('letters written apart are a list, not an initialism', () => {
  // 'Anemia of chronic disease' has the initialism 'acd': "A, C, D" still names three options.
  const anaemia = { A: 'Iron deficiency', B: 'Vitamin B12 deficiency', C: 'Beta-thalassemia trait', D: 'Anemia of chronic disease', E: 'Folate deficiency' };
  for (const [text, want] of [
    ['$$\\boxed{A,\\ C,\\ D}$$', 'ACD'],
    ['Answer: A, C, D', 'ACD'],
    ['答案：A、C、D', 'ACD'],
  ] as const) {
    it(`${JSON.stringify(text)} → ${want}`, () => {
      expect(readChoiceAnswer(text, { options: anaemia, multi: true }).value).toBe(want);
    });
  }
});

describe('options named by their text after an answer cue: the same joiners (own probes after READY)', () => {
  const drugs = { A: 'Gentamicin', B: 'Ciprofloxacin', C: 'Ceftriaxone', D: 'Trimethoprim' };
  it('"ciprofloxacin, plus ceftriaxone" is two answers, never the first', () => {
    expect(readChoiceAnswer('Answer: ciprofloxacin, plus ceftriaxone', { options: drugs, multi: false }).value).toBeNull();
    expect(readChoiceAnswer('Answer: ciprofloxacin, plus ceftriaxone', { options: drugs, multi: true }).value).toBe('BC');
    expect(readChoiceAnswer('<answer>Ceftriaxone / Ciprofloxacin</answer>', { options: drugs, multi: false }).value).toBeNull();
  });
  it("one option's whole text is that option, whatever joiners it holds", () => {
    const combos = { A: 'Aspirin', B: 'Aspirin plus clopidogrel', C: 'Clopidogrel', D: 'Warfarin' };
    for (const t of ['Answer: aspirin plus clopidogrel', 'The answer is aspirin plus clopidogrel.', '{"answer": "Aspirin plus clopidogrel"}'])
      expect(readChoiceAnswer(t, { options: combos, multi: false }).value, t).toBe('B');
  });
});
