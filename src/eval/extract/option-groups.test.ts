// Session 31 (#16/#18): a multi-answer reply read from prose that sorts the options into groups (option-groups.ts) is
// no answer — the blind rows read the set-aside group (xaj-116 "IPV is inactivated." → B, xak-114 "Mydriasis and
// exophthalmos are the opposite." → BE, xae-092 "C is typical … E is non-specific" → CE). A heading with its list is
// one group, a concluding last group and a closing labelled line still answer, overlapping sentences are no groups.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const vaccines = { A: 'MMR', B: 'Inactivated polio vaccine (IPV)', C: 'Varicella', D: 'Rotavirus', E: 'Hepatitis B vaccine' };
const horner = { A: 'Ptosis', B: 'Mydriasis', C: 'Miosis', D: 'Anhidrosis', E: 'Exophthalmos' };
const potassium = { A: '螺内酯', B: '呋塞米', C: '氢氯噻嗪', D: '卡托普利', E: '胰岛素' };
const loops = { A: 'Furosemide', B: 'Hydrochlorothiazide', C: 'Bumetanide', D: 'Spironolactone', E: 'Torsemide' };
const redFlags = {
  A: 'Saddle anaesthesia',
  B: 'Bilateral sciatica',
  C: 'Unilateral L5 dermatomal leg pain only',
  D: 'New urinary retention',
  E: 'Pain worse on coughing',
};
const multi = (out: string, options: Record<string, string>) => readChoiceAnswer(out, { options, multi: true }).value;

describe('options sorted into groups by prose: no set is credited', () => {
  it.each([
    ['MMR, varicella and rotavirus are the live ones. IPV is an inactivated vaccine, and hepatitis B is a recombinant subunit.', vaccines],
    ['Ptosis, miosis and anhidrosis make up the classic triad. Mydriasis and exophthalmos go the other way.', horner],
    ['螺内酯和卡托普利会升高血钾。呋塞米、氢氯噻嗪属于排钾利尿剂，胰岛素促进钾进入细胞。', potassium],
    [
      'Furosemide, bumetanide and torsemide act on the thick ascending limb. Hydrochlorothiazide works on the distal tubule and spironolactone on the collecting duct.',
      loops,
    ],
    ['MMR, varicella and rotavirus are live.\n\nNot live: IPV, hepatitis B vaccine.', vaccines],
    ['Options A, B and D are the red flags here. C is typical of a simple radiculopathy and E is non-specific.', redFlags],
    ['A, C and D are live. IPV (B) is inactivated.', vaccines],
  ])('%s', (out, options) => expect(multi(out, options)).toBeNull());
});

describe('still answered: one group, a heading with its list, a conclusion, a closing labelled line, letters stated', () => {
  it.each([
    ['IPV and hepatitis B vaccine are inactivated. So the live ones are MMR, varicella and rotavirus.', vaccines, 'ACD'],
    ['呋塞米、氢氯噻嗪排钾，胰岛素降钾。所以升高血钾的是螺内酯和卡托普利。', potassium, 'AD'],
    [
      'Loop diuretics on this list:\n1. Furosemide\n2. Bumetanide\n3. Torsemide\n\n(Hydrochlorothiazide and spironolactone are not loop diuretics.)',
      loops,
      'ACE',
    ],
    ['Hydrochlorothiazide works distally and spironolactone blocks aldosterone.\n\nLoop agents: furosemide, bumetanide, torsemide.', loops, 'ACE'],
    ['Answer: A, C, E. Hydrochlorothiazide is a thiazide.', loops, 'ACE'],
    ['已揀：\nA\nD\n\n唔啱，應該係A、B、C。', { A: '突然一邊手腳無力', B: '口角歪斜', C: '講嘢唔清楚', D: '慢性膝頭痛', E: '季節性鼻塞' }, 'ABC'],
  ])('%s', (out, options, want) => expect(multi(out, options)).toBe(want));
});

// Review s31 (S2): a last group opened by this reader's own concluding words, or a labelled last line starting its own
// line after prose groups, answers; labelled lines side by side and a rejecting label do not.
const vte = { A: 'Recent hip replacement', B: 'Combined oral contraceptive pill', C: 'Regular swimming', D: 'Long-haul flight', E: 'Vegetarian diet' };
const ssri = { A: 'Sertraline', B: 'Venlafaxine', C: 'Fluoxetine', D: 'Amitriptyline', E: 'Citalopram' };
const cidal = { A: 'Penicillin', B: 'Tetracycline', C: 'Gentamicin', D: 'Clindamycin', E: 'Vancomycin' };
const urate = { A: '氢氯噻嗪', B: '小剂量阿司匹林', C: '别嘌醇', D: '吡嗪酰胺', E: '非布司他' };

const asked = (out: string, options: Record<string, string>, question: string) => readChoiceAnswer(out, { options, multi: true, question }).value;
const askVte = 'Which of the following are risk factors for deep vein thrombosis? (Select all that apply.)';
const askSsri = 'Which of the following are SSRIs? (Select all that apply.)';
const askCidal = 'Which of the following antibiotics are bactericidal? (Select all that apply.)';
const askUrate = '下列哪些药物可引起血尿酸升高？（多选）';

describe('review s31: a closing opener or a closing labelled line answers when it says what the question asks', () => {
  it.each([
    ['Taken together, C and E are lifestyle. In short the risk factors are A, B and D.', vte, askVte, 'ABD'],
    ['Venlafaxine is an SNRI and amitriptyline a TCA. To sum up, the SSRIs are sertraline, fluoxetine and citalopram.', ssri, askSsri, 'ACE'],
    ['Venlafaxine is an SNRI. Amitriptyline is a TCA.\nSSRIs on the list: sertraline, fluoxetine, citalopram.', ssri, askSsri, 'ACE'],
    ['Tetracycline and clindamycin are bacteriostatic. In short, the bactericidal ones are penicillin, gentamicin and vancomycin.', cidal, askCidal, 'ACE'],
  ])('%s', (out, options, question, want) => expect(asked(out, options, question)).toBe(want));
});

describe('review s31: no set where the closing group may be the set-aside one', () => {
  it.each([
    // the opener or label on the group the question does not ask for (the rx31-028 hole, not widened)
    ['Penicillin, gentamicin and vancomycin are cidal. In short, tetracycline and clindamycin are static.', cidal, askCidal],
    ['Penicillin, gentamicin and vancomycin are cidal.\nStatic ones here: tetracycline, clindamycin.', cidal, askCidal],
    ['氢氯噻嗪、小剂量阿司匹林、吡嗪酰胺会升高尿酸。总的来说，别嘌醇和非布司他是用来降尿酸的。', urate, askUrate],
    // labelled lines side by side, on one line, or a rejecting label last
    ['Static: B, D.\nCidal: A, C, E.', cidal, askCidal],
    ['Cidal: A, C, E.\nStatic: B, D.', cidal, askCidal],
    ['Static: B, D. Cidal: A, C, E.', cidal, askCidal],
    ['Venlafaxine is an SNRI. Sertraline, fluoxetine and citalopram are SSRIs.\nNot SSRIs: amitriptyline.', ssri, askSsri],
    // without the question nothing says which group is asked for
    ['Venlafaxine is an SNRI and amitriptyline a TCA. To sum up, the SSRIs are sertraline, fluoxetine and citalopram.', ssri, undefined],
  ])('%s', (out, options, question) => expect(readChoiceAnswer(out, { options, multi: true, question }).value).toBeNull());
});

describe('one-answer items are not read for groups', () => {
  it('keeps a single-answer reading from option text', () => {
    const q = { A: 'Furosemide', B: 'Hydrochlorothiazide', C: 'Bumetanide', D: 'Spironolactone' };
    const one = readChoiceAnswer('The answer is furosemide. Spironolactone and hydrochlorothiazide act elsewhere.', { options: q, multi: false });
    expect(one.value).toBe('A');
  });
});
