import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

// Session 40: a closing modal clause ("应为AB", "it should be C") replaces a STATED answer only when the writer takes that
// answer back itself in the modal's sentence (own-retraction.ts): a closed first-person frame, anything else fails
// closed. And a prose "Q: … / A: …" aside does not cancel a letter answer stated elsewhere (answer-layout.ts).
const tb = { A: '异烟肼', B: '链霉素', C: '利福平', D: '乙胺丁醇', E: '吡嗪酰胺' };
const uti = { A: 'Amoxicillin', B: 'Nitrofurantoin', C: 'Trimethoprim', D: 'Ciprofloxacin' };
const hf = { A: 'Bisoprolol', B: 'Ramipril', C: 'Furosemide', D: 'Spironolactone', E: 'Dapagliflozin' };
const hp = { A: '阿莫西林', B: '克拉霉素', C: '甲硝唑', D: '铋剂', E: '万古霉素' };
const read = (reply: string, options: Record<string, string>, multi = false) => readChoiceAnswer(reply, { options, multi });

describe("the writer's own retraction lets a modal clause replace its stated answer", () => {
  it('reads a first-person retraction in the same sentence, or the one before under a bare lead', () => {
    // extract-ak xak-053: a claim about an option, then the writer's own "刚才漏选了".
    const ak = '……铋剂也有杀菌作用，答案ABD。\n补充：甲硝唑也是常用抗菌药物之一，刚才漏选了，应为ABCD。';
    expect(read(ak, hp, true)).toMatchObject({ value: 'ABCD', how: 'modal' });
    expect(read('答案：BD。\n再想了一下，我把A漏掉了，应为ABD。', tb, true)).toMatchObject({ value: 'ABD', how: 'modal' });
    expect(read('答案：ABE。\n其实E是错的——我之前写错了，应为AB。', tb, true)).toMatchObject({ value: 'AB', how: 'modal' });
    expect(read('The answer is D.\nSorry, my answer was wrong. It should be B.', uti)).toMatchObject({ value: 'B', how: 'modal' });
    expect(read("Answer: D. Wait, that's wrong: trimethoprim is a folate antagonist. It should be C.", uti).value).toBe('C');
  });

  it("reads the writer's own view and a colleague's correction the writer adopts (s39 review2 x14, x16, x17)", () => {
    const dm = { A: '二甲双胍', B: '格列本脲', C: '利格列汀', D: '阿卡波糖', E: '胰岛素' };
    expect(read('答案：ABCD。\n我认为C错了，应为ABD。', dm, true).value).toBe('ABD');
    const hp2 = { A: '推荐铋剂四联方案', B: '疗程为3天', C: '治疗后应复查尿素呼气试验', D: '复查前需停用PPI至少2周', E: '克拉霉素耐药率低无需考虑' };
    expect(read('答案：AC。\n同事提醒我漏选了D，确实如此，应为ACD。', hp2, true).value).toBe('ACD');
    const mi = { A: 'Aspirin', B: 'Nitroglycerin', C: 'Clopidogrel', D: 'Morphine in large doses', E: 'Heparin' };
    expect(read("Answer: B.\nMy colleague pointed out I forgot D, and she's right — it should be B and D.", mi, true).value).toBe('BD');
  });

  it('never takes a letter from anyone else, a scope or a source (self-probes s40-l*): the stated answer or none', () => {
    // Since the s40 review a retraction word whose frame is not read as the writer's own gives NO answer (a miss), so
    // that an own correction worded outside the closed frame never credits the retracted letter (see the S1 test below).
    const statedOrNone = (value: string | null, stated: string) => expect([stated, null]).toContain(value);
    statedOrNone(read('答案：ABD。\n药师留言：D错了，应为AB。说明书并不支持这一点。', tb, true).value, 'ABD');
    statedOrNone(read("Answer: C.\nMy registrar's note on the handout: C is wrong, it should be D. The current BNF disagrees.", uti).value, 'C');
    statedOrNone(read('答案：ABC。\n有的教科书认为C有误，应为AB。', tb, true).value, 'ABC');
    statedOrNone(read('Answer: A, B, D.\nThe answer key says I was wrong about D, it should be A and B. The key is out of date.', hf, true).value, 'ABD');
    statedOrNone(read('答案：ACE\n按照旧指南的说法，E错了，应为AC。但现行指南已更新。', tb, true).value, 'ACE');
    statedOrNone(read('The answer is B.\nIn pregnancy, B would be wrong; it should be A.', uti).value, 'B');
  });
});

describe("the writer's own retraction settles a conflict the readers found", () => {
  it('reads the corrected answer when the retraction is first-person and nothing follows it', () => {
    expect(read('Final answer: A.\nOops, I got that wrong, it should be C.', uti)).toMatchObject({ value: 'C', how: 'modal' });
    expect(read('选B。\n不对，我刚才看错了题干，应为D。', uti)).toMatchObject({ value: 'D', how: 'modal' });
    expect(read('Answer: A and C.\nOn reflection I missed E, so it should be A, C and E.', hf, true).value).toBe('ACE');
  });

  it("leaves the conflict when the retraction is not the last word or not the writer's", () => {
    expect(read('Answer: C.\nOops, I got that wrong, it should be A. Then again, C is also defensible.', uti).value).toBeNull();
    expect(read('Final answer: A.\nMy colleague thinks I got it wrong, it should be C.', uti).value).toBe('A');
    expect(read('答案：AC。\n学生问：我是不是漏选了E，应为ACE？', tb, true).value).toBe('AC');
  });
});

describe('a prose "Q: … / A: …" aside beside a stated letter answer', () => {
  it('reads the letter answer (s39 review xp-b14)', () => {
    const faq =
      'Patient FAQ:\nQ: Can I take ibuprofen for my back?\nA: Ibuprofen raises bleeding risk with warfarin — avoid it.\n\nSo the correct option is C.';
    expect(read(faq, { A: 'Ibuprofen', B: 'Naproxen', C: 'Paracetamol', D: 'Diclofenac' }).value).toBe('C');
  });

  it('still reads a dialogue whose answer is the item answer', () => {
    const gi = { A: 'Oesophageal varices', B: 'Mallory-Weiss tear', C: 'Boerhaave syndrome', D: 'Peptic ulcer' };
    expect(read('Q: What is the most likely diagnosis?\nA: Mallory-Weiss tear.\n\nBoerhaave syndrome (C) would present with shock.', gi).value).toBe('B');
  });

  it('never credits the letter the writer took back when its wording is outside the closed frame (s40 review S1)', () => {
    const uti5 = { ...uti, E: 'Ceftriaxone' };
    for (const reply of [
      '答案：B。唔好意思，我睇錯咗，應該係D。',
      '答案：B。不好意思，我记错了，应为D。',
      '答案：B。\n仔细看了题干，患者是孕妇，所以B错了，应为D。',
    ])
      expect(read(reply, tb).value).not.toBe('B');
    for (const reply of [
      'Answer: B. Sorry, I mixed up the drugs, B is wrong, it should be D.',
      'Answer: B.\nHaving re-checked her allergy history, I got that wrong, it should be D.',
      'Answer: B.\nLooking at the creatinine again, I was wrong. It should be D.',
      'Answer: B.\nGiven her penicillin allergy, B was wrong: it should be D.',
    ])
      expect(read(reply, uti5).value).not.toBe('B');
  });
});
