import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

// Session 36: one consistency check after the readers (reply-consistency.ts). Fail closed: no answer, never the other letter.
const thr = { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Alteplase', E: 'Clopidogrel' };
const dm = { A: 'Metformin', B: 'Insulin glargine', C: 'Amoxicillin', D: 'Empagliflozin', E: 'Omeprazole' };
const zh = { A: '急性阑尾炎', B: '急性胆囊炎', C: '急性胰腺炎', D: '消化性溃疡穿孔', E: '肠梗阻' };
const vit = { A: 'Vitamin B12', B: 'Vitamin C', C: 'Vitamin D', D: 'Vitamin K' };
const read = (reply: string, options: Record<string, string>, multi = false) => readChoiceAnswer(reply, { options, multi });

describe('reply consistency after the readers', () => {
  it('a letter list holding a letter the item does not offer is no answer (not the list without it)', () => {
    expect(read('Metformin, insulin and empagliflozin lower glucose. Answer: A, B, D, G', dm, true)).toMatchObject({ value: null, why: 'letter-not-option' });
    expect(read('上感常见发热、咳嗽、咽痛。\n答案：ABDG', { A: '发热', B: '咳嗽', C: '骨折', D: '咽痛', E: '近视' }, true).value).toBeNull();
    // Abbreviations are words, not letter lists.
    expect(read('答案是CK-MB。', { A: '肌钙蛋白I', B: '肌红蛋白', C: 'CK-MB', D: '乳酸脱氢酶' }).value).toBe('C');
    expect(read('Murphy sign positive, check an ABG anyway. The answer is B.', zh).value).toBe('B');
  });

  it("an option text restated as the answer's appositive must be that letter's", () => {
    expect(read('答案是A，甲状腺功能亢进，因为高代谢症状。', { A: '高血压', B: '糖尿病', C: '甲状腺功能亢进', D: '缺铁性贫血' })).toMatchObject({
      value: null,
      why: 'letter-text-disagree',
    });
    expect(read('考虑急性胆囊炎，故选A。', zh).value).toBeNull();
    expect(read('Thrombolysis means alteplase, i.e. option B.', thr).value).toBeNull();
    // Look-alikes: the name set aside, related to something else, agreeing, or in another clause's predicate.
    expect(read('不是急性胰腺炎，答案是B。', zh).value).toBe('B');
    expect(read('Given the contraindication to heparin, D.', thr).value).toBe('D');
    expect(read('答案是B，急性胆囊炎，因为Murphy征阳性。', zh).value).toBe('B');
    expect(read('Heparin would only stop propagation, so D.', thr).value).toBe('D');
    expect(read('The usual trap is warfarin, but the answer is D.', thr).value).toBe('D');
  });

  it('a retraction with no new commitment leaves no answer', () => {
    expect(read('Answer: D. Hmm, on reflection I retract that — none of these seem right to me.', thr)).toMatchObject({ value: null, why: 'retracted' });
    expect(read('答案：ABD\n\n撤回上面的答案，题目没说是成人还是儿童，我没法选。', { A: '发热', B: '咳嗽', C: '骨折', D: '咽痛' }, true).value).toBeNull();
    expect(read("Answer: C\n\nEdit: I take that back. I don't know.", vit).value).toBeNull();
    // Look-alikes: a new answer after it, a third party's claim, a negated verb, another object.
    expect(read('I first said B, but I take that back: the answer is D.', thr).value).toBe('D');
    expect(read('答案是B。有人会把胰腺炎选上，但那个说法应当收回。', zh).value).toBe('B');
    expect(read('Answer: B. I would not retract this even if the eGFR were a bit higher.', thr).value).toBe('B');
    expect(read("Answer: B. I'd also withdraw the diuretic.", thr).value).toBe('B');
  });

  it('an empty or invalid structured answer is not repaired from the prose', () => {
    expect(read('{"answer": "X", "reason": "vitamin C deficiency causes scurvy"}', vit)).toMatchObject({ value: null, why: 'structured-answer-invalid' });
    expect(read('{"answer": null, "explanation": "Alteplase is the thrombolytic."}', thr).value).toBeNull();
    expect(read('```json\n{"答案": "", "解析": "Murphy征阳性提示急性胆囊炎"}\n```', zh).value).toBeNull();
    expect(read('{"answer": "Vitamin D", "reason": "rickets"}', vit).value).toBe('C');
    // A check-box "[ ]" is no structured answer.
    expect(read('- [x] A — aspirin\n- [ ] B — heparin\nAnswer: A', thr).value).toBe('A');
  });
});
