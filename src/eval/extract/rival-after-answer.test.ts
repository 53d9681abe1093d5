// Review s19 R1/R2/R3 (/work/coord/reviews-s19/content-rl.md, replies quoted from /tmp/rvcr/rl*.jsonl) and our own
// variants. R1: after the answer, another option named in a clause that does not dismiss it is a hedge (no credit),
// whatever the words; R2: a name written after the letter with any separator is checked against every option; R3: a
// plain synonym of the own option (adrenaline/epinephrine, IM, PCI, 慢性淋巴细胞性甲状腺炎) keeps the credit.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const seizure = { A: 'Lorazepam', B: 'Phenytoin', C: 'Valproate', D: 'Phenobarbital', E: 'Haloperidol' };
const thyroidDrugZh = { A: '丙硫氧嘧啶', B: '甲巯咪唑', C: '左甲状腺素', D: '碘化钾' };
const mrsa = { A: 'Ceftriaxone', B: 'Vancomycin', C: 'Amoxicillin', D: 'Metronidazole' };
const anaphylaxis = { A: 'Intramuscular epinephrine', B: 'Intravenous diphenhydramine', C: 'Oral prednisone', D: 'Nebulized salbutamol' };
const stemiZh = { A: '静脉溶栓', B: '直接经皮冠状动脉介入治疗', C: '冠状动脉旁路移植术', D: '单纯抗凝治疗' };
const thyroiditisZh = { A: '桥本甲状腺炎', B: 'Graves病', C: '亚急性甲状腺炎', D: '甲状腺乳头状癌' };
const read = (out: string, options: Record<string, string>) => readChoiceAnswer(out, { options, multi: false }).value;

describe('R1: a rival named after the answer and not dismissed is a hedge', () => {
  it.each([
    'Answer: B (though I’d honestly give valproate instead).',
    'The answer is B, although D can’t be completely dismissed.',
    'Answer: B. I wouldn’t rule out A though.',
    'Answer: B, though A remains a real possibility.',
    'Answer: B. Then again, C might well be the intended answer.',
    'B. That said, D is the textbook choice.',
    'A, but B would be my personal pick.',
    'Answer: B. Honestly, C is more appropriate.',
    'Answer: B. My gut says C, though.',
    'Answer: A. B is arguably the more correct answer.',
    'Answer: A. 50/50 with B.',
    'Answer: B. (C is not unreasonable.)',
    'Answer: A. (B is not wrong either.)',
    'Answer: A. Though many would argue B.',
    '答案：A，不过我个人更偏向B。',
    '选A，B也不是不行。',
    '答案：A。不过B才是正解。',
    '答案：A。不过B似乎更符合题意。',
    '答案：A。B也说不定。',
    '答案：A，B亦有道理。',
    // own variants
    '答案：C。B也挺靠谱的。',
  ])('%s', (out) => expect(read(out, seizure)).toBeNull());
});

describe('R1: a rival dismissed after the answer, or conceded before it, keeps the credit', () => {
  it.each([
    ['Answer: B. C is wrong here because it is second-line.', 'B'],
    ['Answer: B. Valproate is less likely to be keyed.', 'B'],
    ['Answer: B. C may also present with seizures but is not first-line here.', 'B'],
    ['Although C is reasonable, the answer is B.', 'B'],
    ['答案：B。C不对，A已经用过了。', 'B'],
    ['答案：B。C可能性小。', 'B'],
    ['Answer: B, rather than C.', 'B'],
    ['Answer: B. Valproate is used for absence seizures.', 'B'],
  ] as const)('%s → %s', (out, want) => expect(read(out, seizure)).toBe(want));
});

describe('R2: a name after the letter with any separator is checked against every option', () => {
  it.each([
    ['Answer: B: valproate', seizure],
    ['Answer: B. Valproate.', seizure],
    ['Answer: B, valproate', seizure],
    ['Answer: **B** Valproate', seizure],
    ['Answer: B = phenobarbital', seizure],
    ['Answer: A → vancomycin', mrsa],
    ['答案：B 丙硫氧嘧啶', thyroidDrugZh],
    ['答案：B、丙硫氧嘧啶', thyroidDrugZh],
    ['答案：B。丙硫氧嘧啶', thyroidDrugZh],
  ] as const)('%s', (out, options) => expect(read(out, options)).toBeNull());
  it.each([
    ['Answer: B: phenytoin', seizure, 'B'],
    ['Answer: B. Phenytoin.', seizure, 'B'],
    ['答案：A、丙硫氧嘧啶', thyroidDrugZh, 'A'],
    ['Answer: B. Rationale: phenytoin loads after benzodiazepines fail.', seizure, 'B'],
  ] as const)('%s → %s', (out, options, want) => expect(read(out, options)).toBe(want));
});

describe('R3: a plain synonym of the own option keeps the credit', () => {
  it.each([
    ['Answer: A (IM adrenaline)', anaphylaxis, 'A'],
    ['答案：B（直接PCI）', stemiZh, 'B'],
    ['答案：B（primary PCI）', stemiZh, 'B'],
    ['答案：A（慢性淋巴细胞性甲状腺炎）', thyroiditisZh, 'A'],
  ] as const)('%s → %s', (out, options, want) => expect(read(out, options)).toBe(want));
  it('a synonym that names another option is still no answer', () => expect(read('Answer: B (IM adrenaline)', anaphylaxis)).toBeNull());
});
