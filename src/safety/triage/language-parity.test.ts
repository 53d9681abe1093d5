import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

// Written for these tests (session 36, issue #19), not taken from any batch: the same picture in English and Chinese
// gets the same level, and each reading has look-alikes that stay below emergency.
const read = (text: string) => triageDetail(text);

describe('a baby under 3 months whose tone, feeding or responsiveness changed (infant-danger-signs, zh parity)', () => {
  it.each([
    '宝宝5周大，今天不怎么吃奶，抱起来软软的',
    '孩子出生一个月，这两天没什么力气，叫他也不太有反应',
    'BB 6個星期大，今日冇乜力，唔肯食奶',
    'My 7 week old has been barely feeding since this morning and seems really limp',
  ])('%s → emergency', (text) => {
    const d = read(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('infant-danger-signs');
  });
  it.each([
    '宝宝两个月，打完疫苗睡得多一点，但是吃奶很好',
    '宝宝7个月，这两天不太爱吃辅食，精神挺好',
    'My 9 week old was a little sleepy after her injections but is feeding well',
  ])('%s → not emergency', (text) => {
    expect(read(text).level).not.toBe('emergency');
  });
});

describe('a hand that lost its grip today in an elder or on one side (acute-hand-weakness)', () => {
  it.each([
    '我外公今天早上突然拿不住勺子了',
    '奶奶今天吃午饭老是掉筷子',
    'Grandpa couldn’t grip his cup at breakfast this morning',
    'Since lunch my nan keeps dropping her fork, her right hand is weak',
  ])('%s → emergency', (text) => {
    const d = read(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('acute-hand-weakness');
  });
  it.each([
    '我爷爷手抖好多年了，拿筷子一直拿不稳',
    '奶奶手腕扭了，今天拿碗拿不稳，一动就疼',
    'Grandad has arthritis in both hands and struggles to hold a mug in the mornings',
    'My grandad has Parkinson’s and keeps dropping things, any tips?',
  ])('%s → no acute-hand-weakness', (text) => {
    expect(read(text).reasons).not.toContain('acute-hand-weakness');
  });
});
