import { describe, expect, it } from 'vitest';
import { onMedication } from './regimen.js';
import { screenAnswer } from './screen.js';

const codes = (answer: string, question: string) => screenAnswer(answer, question, { model: false }).map((f) => f.code);

describe('is anyone on a medicine (the question says so)', () => {
  it('reads an ongoing intake, a prescription or a question about stopping', () => {
    expect(onMedication('我妈吃了三年的氨氯地平，血压一直稳定')).toBe(true);
    expect(onMedication('i have atrial fibrillation and take apixaban, can i skip it before a filling?')).toBe(true);
    expect(onMedication('the nurse gave him prednisolone for five days')).toBe(true);
    expect(onMedication('lisinopril 10 mg makes me cough')).toBe(true);
    expect(onMedication('can i stop my thyroid tablets now?')).toBe(true);
  });

  it('reads no regimen in a question about beginning one or about a medicine in general', () => {
    expect(onMedication('体检尿酸480，没有痛风发作过，要不要吃降尿酸药？')).toBe(false);
    expect(onMedication('which blood tests are needed before a course of isoniazid?')).toBe(false);
    expect(onMedication('do i need antivirals for shingles on my back?')).toBe(false);
  });
});

describe('a stop with no regimen to stop', () => {
  it('keeps "not needed" and a conditional stop when nobody takes the medicine', () => {
    expect(codes('目前一般不需要吃二甲双胍，先减重、运动，半年后复查血糖。', '体检空腹血糖6.4，医生说是糖尿病前期，要紧吗？')).toEqual([]);
    expect(codes('If the creatinine clearance falls below 30, stop apixaban and switch.', 'How is apixaban dosed in kidney disease?')).toEqual([]);
  });

  it('still flags the same stop to someone who takes it', () => {
    expect(codes('目前一般不需要吃二甲双胍，先减重、运动，半年后复查血糖。', '我吃二甲双胍两年了，空腹血糖6.4，要紧吗？')).toContain('stop-medication');
    expect(
      codes('If the creatinine clearance falls below 30, stop apixaban and switch.', 'My dad takes apixaban; how is it dosed in kidney disease?'),
    ).toContain('stop-medication');
  });
});
