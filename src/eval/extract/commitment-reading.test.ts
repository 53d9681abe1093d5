// Session 19: the commitment reading of an answer (gloss.ts, kept-open.ts). Review s18 S6/S7/S9 repros (quoted from
// /work/coord/reviews-s18/consult-curation-rl.md) and our own variants in both languages: a gloss naming another option
// or no option, a preference for another option, another option kept open — no credit; the same replies with the gloss
// the letter's own, the preference for the answer, the rival set aside or conceded before the answer — credit.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';
import { glossVerdict, isRemark, ordinalOf } from './gloss.js';
import { letterContext } from './final-answer.js';

const thyroidZh = { A: '甲状腺功能亢进症', B: '甲状腺功能减退症', C: '亚急性甲状腺炎', D: '桥本甲状腺炎' };
const shockZh = { A: '心源性休克', B: '心室颤动', C: '室性心动过速', D: '心房颤动' };
const lungZh = { A: '腺癌', B: '鳞状细胞癌', C: '小细胞癌', D: '大细胞癌' };
const anaphylaxisEn = { A: 'Oral cetirizine', B: 'Intramuscular adrenaline', C: 'Intravenous hydrocortisone', D: 'Nebulised salbutamol' };
const heartFailureEn = { A: 'Mannitol', B: 'Nitroglycerin', C: 'Propranolol', D: 'Furosemide' };
const potassiumZh = { A: '低钾血症', B: '高钾血症', C: '低钠血症', D: '高钠血症' };
const seizureEn = { A: 'Lorazepam', B: 'Phenytoin', C: 'Levetiracetam', D: 'Propofol' };
const nephroticZh = { A: '大量蛋白尿', B: '低白蛋白血症', C: '高脂血症', D: '水肿' };
const read = (out: string, options: Record<string, string>) => readChoiceAnswer(out, { options, multi: false }).value;

describe('a gloss that is not the letter’s own option is no answer (review s18 S6)', () => {
  it.each([
    ['The answer is B — Hashimoto’s thyroiditis', thyroidZh],
    ["The answer is B — Hashimoto's", thyroidZh],
    ['The answer is B — cardiogenic shock', shockZh],
    ['Answer: B — small cell', lungZh],
    ['答案：A——肾上腺素', anaphylaxisEn],
    // own variants: another option's name in either language, a name that is no option's
    ['Answer: A (ventricular fibrillation)', shockZh],
    ['答案：C（鳞癌）', lungZh],
    ['Answer: B — hypomagnesaemia', potassiumZh],
    ['答案：B——低镁血症', potassiumZh],
    ['Answer: B (lorazepam)', seizureEn],
    ['Answer: B — Keppra', seizureEn],
    ['选C（第4项）', nephroticZh],
  ] as const)('%s', (out, options) => expect(read(out, options)).toBeNull());
});

describe('a gloss that is the letter’s own option keeps the credit', () => {
  it.each([
    ["Final answer: D — Hashimoto's thyroiditis", thyroidZh, 'D'],
    ['Answer: B (hyperkalaemia)', potassiumZh, 'B'],
    ['Answer: A (Lorazepam)', seizureEn, 'A'],
    // The bilingual name table (knowledge/clinical-names.ts) names lorazepam in Chinese since session 20.
    ['答案：A（劳拉西泮）', seizureEn, 'A'],
    ['选D（第4项）。', nephroticZh, 'D'],
    ['Answer: D (the fourth option)', nephroticZh, 'D'],
  ] as const)('%s', (out, options, want) => expect(read(out, options)).toBe(want));
  // A name the terminology lacks is doubt, not credit: the reward never rests on a name list's coverage.
  it.each([
    ['答案：A（氯羟安定）', seizureEn],
    ['The answer is A — cardiogenic shock', shockZh],
  ] as const)('an own name the terminology lacks is doubt: %s', (out, options) => expect(read(out, options)).toBeNull());
});

describe('an answer that prefers or keeps open another option is no answer (review s18 S7/S9)', () => {
  it.each([
    ['答案：B——呋塞米效果更好', heartFailureEn],
    ['答案：B。其实呋塞米更常用。', heartFailureEn],
    ["Answer: B (I'd actually give furosemide first)", heartFailureEn],
    ['Answer: B. Furosemide would be better though.', heartFailureEn],
    ['Answer: B — though furosemide is the classic choice', heartFailureEn],
    ['Most likely hyperkalaemia (B), although A cannot be excluded.', potassiumZh],
    ['我会选呋塞米，但硝酸甘油也对。', heartFailureEn],
    // own variants
    ['答案B，不过A也不能除外。', potassiumZh],
    ["B is most likely, but C can't be ruled out.", potassiumZh],
    ['Answer: C. I’d rather use B, though.', anaphylaxisEn],
    ['答案是C，不过我宁愿先用B。', anaphylaxisEn],
    ["I'd rather say C, but the textbook answer is B.", potassiumZh],
    ['更倾向于C，但标准答案是B。', potassiumZh],
    ['Answer: B (D is a close second).', potassiumZh],
    ['答案：A，但我个人更倾向于D。', seizureEn],
    ['我比較傾向B，但C也有可能。', potassiumZh],
    ['Answer: B, although it is less likely than A.', potassiumZh],
    ['Answer: B (A is also possible)', potassiumZh],
    ['答案：B（呋塞米更好）', heartFailureEn],
  ] as const)('%s', (out, options) => expect(read(out, options)).toBeNull());
});

describe('a rival set aside, conceded before the answer, or argued past keeps the credit', () => {
  it.each([
    ['Answer: B. C can be excluded because the sodium is normal.', potassiumZh, 'B'],
    ['答案：B。可以排除C，因为血钠正常。', potassiumZh, 'B'],
    ["I'd rather give A than D, so the answer is A.", seizureEn, 'A'],
    ['Answer: A. Phenytoin is second line, after a benzodiazepine has failed.', seizureEn, 'A'],
    ['So although D is also reasonable, the single best answer is B.', seizureEn, 'B'],
    ['我原本倾向于C，但血钾明显升高。所以改选B。', potassiumZh, 'B'],
    ['Answer: B. If the patient were hypotensive, furosemide would be better avoided.', heartFailureEn, 'B'],
    ['Answer: B. Furosemide is not better here: the patient is dry.', heartFailureEn, 'B'],
    ['Answer: B. A is less likely because U waves are absent.', potassiumZh, 'B'],
  ] as const)('%s', (out, options, want) => expect(read(out, options)).toBe(want));
});

describe('the gloss reader', () => {
  const ctx = letterContext({ options: potassiumZh });
  it('reads remarks as remarks, names as names', () => {
    expect(isRemark('D is a close second', ctx)).toBe(true);
    expect(isRemark('I would give it first', ctx)).toBe(true);
    expect(isRemark('其实C更好', ctx)).toBe(true);
    expect(isRemark('hypomagnesaemia', ctx)).toBe(false);
    expect(isRemark('低钾血症', ctx)).toBe(false);
  });
  it('checks a name against every option', () => {
    expect(glossVerdict('hyperkalemia', 'B', ctx)).toBe('own');
    expect(glossVerdict('hypokalemia', 'B', ctx)).toBe('other');
    expect(glossVerdict('hypomagnesemia', 'B', ctx)).toBe('unread');
  });
  it('reads ordinals', () => {
    expect(ordinalOf('第4项')).toBe(4);
    expect(ordinalOf('第四个选项')).toBe(4);
    expect(ordinalOf('the third option')).toBe(3);
    expect(ordinalOf('option 2')).toBe(2);
    expect(ordinalOf('hypokalemia')).toBeNull();
  });
});
