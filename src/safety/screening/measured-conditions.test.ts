import { describe, expect, it } from 'vitest';
import { measuredConditions } from './measured-conditions.js';

describe('measuredConditions: conditions told by a number (session 19)', () => {
  it.each([
    ['my eGFR is 22 now, do I need to stop metformin?', ['N18.4']],
    ['我肌酐180 肾小球滤过率25 还能继续吃二甲双胍吗', ['N18.4']],
    ['GFR: 12, on dialysis next month', ['N18.5']],
    ['my bp is not well controlled, usually like 160/100', ['I10']],
    ['我血压160/100，感冒鼻塞', ['I10']],
    ['today 170/105 mmHg', ['I10']],
    ['我血钾6.2，还能继续吃螺内酯吗', ['E87.5']],
    // review s19 C3
    ['BP 150 over 95 this morning', ['I10']],
    ['血压 160／100', ['I10']],
    ['高压160低压100', ['I10']],
    ['收缩压165', ['I10']],
    ['钾离子6.1', ['E87.5']],
    ['K 6.1', ['E87.5']],
    ['potassium was high at 6.4', ['E87.5']],
  ] as const)('%s → %j', (text, codes) => {
    expect(measuredConditions(text)).toEqual(codes);
  });
  it.each(['my eGFR is 75', 'blood pressure 118/76', 'I took 2/3 of the bottle on 12/10', 'potassium 4.1', 'follow up 2/52'])('no condition: %s', (text) => {
    expect(measuredConditions(text)).toEqual([]);
  });
});
