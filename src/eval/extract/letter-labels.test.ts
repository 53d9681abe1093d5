import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

// Session 37: what the reply writes beside its letters, read by position (letter-labels.ts). Fail closed: a reply whose
// letters and names or marks disagree gets no answer, never the other set; a gloss that agrees name by name stands.
const dm = { A: 'Metformin', B: 'Insulin glargine', C: 'Amoxicillin', D: 'Empagliflozin', E: 'Omeprazole' };
const dm2 = { A: 'Metformin', B: 'Glipizide', C: 'Insulin glargine', D: 'Sitagliptin' };
const ap = { A: '阿司匹林', B: '华法林', C: '氯吡格雷', D: '硝酸甘油', E: '替格瑞洛' };
const mp = { A: '学龄儿童多见', B: '刺激性干咳为突出表现', C: '首选青霉素类治疗', D: '肺部体征常与影像学表现不一致', E: '可伴肺外并发症' };
const ag = { A: 'Methanol ingestion', B: 'Uremia', C: 'Diabetic ketoacidosis', D: 'Severe diarrhea', E: 'Lactic acidosis' };
const read = (reply: string, options: Record<string, string>, multi = false, question?: string) => readChoiceAnswer(reply, { options, multi, question });

describe('letters read with what the reply writes beside them', () => {
  it('a letter list glossed with another set of options is no answer; glossed with its own, it stands', () => {
    expect(read('答案：ACE（阿司匹林、华法林、替格瑞洛）', ap, true)).toMatchObject({ value: null, why: 'letter-text-disagree' });
    expect(read('答案：ACE（阿司匹林、氯吡格雷、替格瑞洛）', ap, true).value).toBe('ACE');
    expect(read('Answer: A, B (metformin and insulin glargine)', dm, true).value).toBe('AB');
    expect(read('Both lower glucose. Answer: A, D (metformin and insulin glargine).', dm, true).value).toBeNull();
    // A bracket that is a remark, not one name a letter, is not read.
    expect(
      read('Answer: ABD (all three are live; IPV is inactivated).', { A: 'MMR', B: 'Varicella', C: 'IPV', D: 'Yellow fever', E: 'Hepatitis B' }, true).value,
    ).toBe('ABD');
  });

  it("a letter written as the label of another option's name is no answer", () => {
    expect(read('First-line pharmacotherapy is B) metformin, because of its efficacy and low cost.', dm2)).toMatchObject({
      value: null,
      why: 'letter-text-disagree',
    });
    expect(read('Start with B) metformin unless eGFR is below 30.', dm2).value).toBeNull();
    // Look-alikes: a mnemonic's rows, a list of letters before a colon, a letter glossing the name before it, rows labelled right.
    // (The mnemonic's rows are no label: whatever the older readers make of the reply, this check does not fire.)
    expect(
      read('MUDPILES:\nM – Methanol\nU – Uremia\nD – DKA\nL – Lactic acidosis\nDiarrhoea is not in it (normal gap). The answer is D.', ag).why,
    ).toBeUndefined();
    expect(read('Options A, B, C and E: methanol, uraemia, DKA and lactate raise the gap. The answer is D.', ag).value).toBe('D');
    expect(read('Metformin is first-line (A). A sulfonylurea such as glipizide risks hypoglycaemia.', dm2).value).toBe('A');
    expect(read('B) glipizide - no, hypoglycaemia.\nA) metformin - yes.\nAnswer: A', dm2).value).toBe('A');
  });

  it('a letter read from mentions that the reply marks wrong is no answer, unless a statement or the question says otherwise', () => {
    expect(read('A√ B√ C× D√ E√\nC错：支原体没有细胞壁，β-内酰胺类无效。', mp, true)).toMatchObject({ value: null, why: 'letter-marked-wrong' });
    // A later statement of the answer, an item asking for the wrong one, a name ending in a capital ("Hepatitis B ✗").
    expect(read('A√ B√ C× D√ E√\nC错：支原体没有细胞壁。答案ABDE', mp, true).value).toBe('ABDE');
    expect(read('A√ B√ C× D√ E√\n答案：C', mp, false, '关于儿童肺炎支原体肺炎，下列说法错误的是').value).toBe('C');
    expect(
      read(
        'MMR, varicella and yellow fever are live; Hepatitis B ✗ and IPV ✗ are not. So A, B and D.',
        { A: 'MMR', B: 'Varicella', C: 'IPV', D: 'Yellow fever', E: 'Hepatitis B' },
        true,
      ).value,
    ).toBe('ABD');
  });
});
