// Session 16 (#16): answers taken back by an edit note or a slip before another is stated (retraction.ts), candidate
// lists, and answers off the list (a letter past the options, a value said not to be among them). Probes written for the
// design; the batch items they generalise are named in the commit (extract-n…v, in-sample).
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const read = (text: string, options: Record<string, string>, multi = false) => readChoiceAnswer(text, { options, multi }).value;
const gi = { A: 'Anal fissure', B: 'Intussusception', C: 'Juvenile polyp', D: "Meckel's diverticulum", E: 'Haemorrhoids' };
const rf = { A: '高血压', B: '吸烟', C: '糖尿病', D: '高脂血症', E: '肥胖' };

describe('an answer taken back by saying so, then another stated', () => {
  it('an edit note, a typo or a slip takes the earlier answer back: the later one decides', () => {
    expect(read('Answer: C\n\nEdit: sorry, typo above — I meant D.', gi)).toBe('D');
    expect(read('Answer: C — juvenile polyp.\n\nEdit: painless heavy bleeding fits Meckel better. Correcting my answer to D.', gi)).toBe('D');
    expect(read('Answer: C (polyp).\n\nOops — typo, I meant **D**.', gi)).toBe('D');
    expect(read('Answer: A\n\nHmm, no — that is wrong. Heavy painless bleeding is Meckel.\n\nCorrected final answer: D', gi)).toBe('D');
    expect(read('答：A。\n\n再核对一下：所以A其实是错的。\n\n应选D。', gi)).toBe('D');
  });

  it('without a retraction two answers stay two (a key that disagrees with its explanation is no answer)', () => {
    expect(read('【答案】A\n\n【解析】本例为梅克尔憩室出血，故选D。', gi)).toBeNull();
    expect(read('Answer: C\n\nThe bleeding is painless and heavy. The answer is D.', gi)).toBeNull();
  });

  it('a retraction that is only considered, or doubt after it, credits nothing new (session-12 review)', () => {
    expect(read('Final answer: B\n\nWait, would changing my answer to D be better? No, I will keep B.', gi)).toBe('B');
    expect(read('Should I be changing my answer to D? The answer is C.', gi)).toBe('C');
    expect(read('Answer: C\n\nEdit: maybe D? Not sure.', gi)).toBeNull();
    expect(read('Answer: C. Oops, I meant D. Or maybe C after all.', gi)).toBeNull();
    expect(read('Answer: C\n\nEdit: formatting only.', gi)).toBe('C');
    expect(read('I meant to say that D is wrong. The answer is C.', gi)).toBe('C');
  });
});

describe('candidates are not an answer', () => {
  it('"候选答案" / "Candidate answers" name options still to choose between', () => {
    expect(read('候选答案：C和D。\n\n比较之后，最终选D。', gi)).toBe('D');
    expect(read('Candidate answers: C and D.', gi)).toBeNull();
    expect(read('候选答案：C和D', gi)).toBeNull();
  });
});

describe('an answer off the list is no answer', () => {
  const ectopic = { A: 'Ovary', B: 'Cervix', C: 'Abdominal cavity', D: 'Interstitial (cornual) portion of the fallopian tube', E: 'Caesarean scar' };
  it('a letter past the options, alone or in a set, answers with something not offered', () => {
    expect(read('The correct answer is **F — the ampullary portion of the fallopian tube**; the interstitial segment in D is rare.', ectopic)).toBeNull();
    expect(read('所以本题全部正确，答案：ABCDEF', rf, true)).toBeNull();
    // Words of capitals are not letter sets: "ECG", "ABG".
    const tests = { A: 'ECG monitoring', B: 'Chest X-ray', C: 'Troponin', D: 'Echocardiogram', E: 'CT coronary angiogram' };
    expect(read('The answer is ECG monitoring.', tests)).toBe('A');
  });

  it('a value said not to be among the options names none of the options it shares words with', () => {
    const syphilis = { A: 'Ceftriaxone intramuscularly', B: 'Azithromycin single dose', C: 'Doxycycline for 21 days', D: 'Acyclovir', E: 'Metronidazole' };
    expect(read("The treatment of choice is a single IM dose of benzathine penicillin G — and that isn't among the choices.", syphilis)).toBeNull();
    expect(read('None of the options given here is actually correct; I would flag the question.', syphilis)).toBeNull();
    expect(read('正确答案是苄星青霉素，不在选项中。', { A: '头孢曲松', B: '阿奇霉素', C: '多西环素', D: '阿昔洛韦', E: '甲硝唑' })).toBeNull();
    // "not listed" about something else is no such statement.
    expect(read('Answer: B, which is not listed as first-line in older guidelines but is now preferred.', syphilis)).toBe('B');
  });
});

describe('two answers offered or stated side by side are no answer', () => {
  const o = { A: 'a1', B: 'b1', C: 'c1', D: 'd1', E: 'e1' };
  it('a labelled summary or TL;DR states an answer: against another final line it is a conflict', () => {
    expect(read('Summary: B, C, D.\n\n**Final answer: A, C, E**', o, true)).toBeNull();
    expect(read('**TL;DR: C**\n\nDiabetic nephropathy …\n\n**Final answer: A**', o)).toBeNull();
    expect(read('TL;DR: C\n\nFinal answer: C', o)).toBe('C');
    expect(read('总结：选C。', o)).toBe('C');
  });
  it('two letter sets joined by a slash are alternatives; single letters joined by slashes are one set', () => {
    expect(read('答案：ABCE / ACE', o, true)).toBeNull();
    expect(read('Answer: A/C/E', o, true)).toBe('ACE');
  });
  it('"B、E都可以算对" after the answer leaves a one-answer item unanswered', () => {
    expect(read('答案：B\n\n不过说实话，E也对，所以B、E都可以算对。', o)).toBeNull();
  });
});

describe('session-16 self-probes', () => {
  const o = { A: 'Hypertension', B: 'Smoking', C: 'Diabetes', D: 'Hyperlipidemia', E: 'Obesity' };
  it('an edit note whose new answer is for another case takes nothing back', () => {
    expect(read('Answer: B\n\nEdit: The answer is D if the patient is pregnant.', o)).toBeNull();
    expect(read('Final answer: A\n\nOops, I meant C. Final answer: C', o)).toBe('C');
  });
  it('"以上都是错误的" is not all of the above', () => {
    expect(read('以上都是错误的。', { A: '高血压', B: '吸烟', C: '糖尿病', D: '高脂血症', E: '肥胖' }, true)).toBeNull();
  });
});
