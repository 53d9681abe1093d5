// A child given a concentrated liquid at a weaker form's volume (strength-mixup.ts, session 40): who, which medicine and
// how much against the intended. Target: triage-bd bd086 (in-sample now) and new texts of the class; look-alikes are a
// dosing question, the reverse mix-up (an underdose), the drops at their own measure, and an amount under the limit.
import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise.js';
import { readStrengthMixup } from './strength-mixup.js';

const read = (t: string) => readStrengthMixup(normaliseText(t));

describe('readStrengthMixup: drops given at the suspension’s volume', () => {
  it('reads bd086 (泰诺林滴剂 taken for the suspension, 5 mL × 3, 9 kg) and an English twin', () => {
    expect(read('我把孩子的泰诺林滴剂当成混悬液了，今天按混悬液的量一次喂了5毫升，一共喂了三次，孩子10个月9公斤，现在看着还好，要紧吗')).toMatchObject({
      ml: 5,
      doses: 3,
      kg: 9,
    });
    expect(
      read("I gave my 8 month old (8kg) the infant paracetamol drops using the 5ml spoon from the children's syrup, three times today. She seems ok."),
    ).toMatchObject({ ml: 5, doses: 3, kg: 8 });
  });
  it('leaves a dosing question, the reverse mix-up, the drops at their own measure and an amount under the limit', () => {
    for (const t of [
      '孩子1岁8公斤，泰诺林滴剂每次喂多少毫升？',
      '我把孩子的混悬液当成泰诺林滴剂了，喂了1毫升',
      '宝宝10个月，泰诺林滴剂按说明每次喂1毫升，今天喂了三次',
      'my 2 year old (12kg) had 5ml of tylenol drops thinking it was the syrup, just once',
    ])
      expect(read(t), t).toBeNull();
  });
});
