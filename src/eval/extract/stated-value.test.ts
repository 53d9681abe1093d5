import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';
import { statedOtherValue } from './stated-value.js';

// Session 44: one option's numeric text stated as the stem's value, another option's letter picked (stated-value.ts).
// xax-083 (extract-ax) and look-alikes written for this session (in-sample).
const potassium = { A: '3.5～5.5 mmol/L', B: '2.5～3.5 mmol/L', C: '5.5～6.5 mmol/L', D: '135～145 mmol/L' };

describe('a letter that disagrees with the value stated', () => {
  it('gives no answer (xax-083)', () => {
    const xax083 = '正常成人血钾为3.5～5.5mmol/L，低于3.5为低钾血症，高于5.5为高钾血症，故选B。';
    expect(readChoiceAnswer(xax083, { options: potassium }).value).toBeNull();
    expect(statedOtherValue('Normal serum potassium is 3.5-5.5 mmol/L, so B.', potassium, 'B')).toBe('A');
  });

  it('keeps the answer when the letter agrees, the value is not stated after a copula, or the stem asks what is wrong', () => {
    expect(readChoiceAnswer('正常成人血钾为3.5～5.5mmol/L，故选A。', { options: potassium }).value).toBe('A');
    expect(readChoiceAnswer('正常血钾3.5～5.5，本题问低钾范围，选B。', { options: potassium }).value).toBe('B');
    expect(statedOtherValue('血钾2.5～3.5 mmol/L为低钾；正常为3.5～5.5 mmol/L。选B', potassium, 'B')).toBeNull();
    expect(
      readChoiceAnswer('正常成人血钾为3.5～5.5mmol/L，故错误的是B。答案：B', { options: potassium, question: '关于血钾正常范围，下列错误的是' }).value,
    ).toBe('B');
  });
});
