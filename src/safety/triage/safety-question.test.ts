// A Chinese A-not-A question is no safety statement (session 44, #19; blind triage-bh bh018 "问下长期压力大会不会真的把血压搞高"
// read 不会真的 as "I won't really" and graded the screen moderate: urgent with the crisis line on a blood-pressure question).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import { statesSafety } from './suicide.js';

describe('statesSafety: 会不会 / 能不能 / 是不是 ask, 不会 states', () => {
  it.each(['问下长期压力大会不会真的把血压搞高', '他会不会真的去做'])('%s → no safety statement', (text) => expect(statesSafety(text)).toBe(false));
  it.each(['我不会真的去做的，只是有时候会想死', '我没有计划'])('%s → a safety statement', (text) => expect(statesSafety(text)).toBe(true));

  it('bh018: routine, no crisis line', () => {
    const d = triageDetail('今天被甲方气得心脏病都要犯了哈哈哈，问下长期压力大会不会真的把血压搞高？要怎么调节');
    expect(d.level).toBe('routine');
    expect(d.message).not.toMatch(CRISIS_LINE);
  });
});
