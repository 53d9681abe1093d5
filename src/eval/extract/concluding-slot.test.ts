import { describe, expect, it } from 'vitest';
import { concludingSlot } from './concluding-slot.js';
import { letterContext, readChoiceAnswer } from './final-answer.js';

// Session 44: the reply's last sentence as a concluding slot (concluding-slot.ts). xax-029 (extract-ax, zh-TW) and
// look-alikes written for this session (in-sample, not blind).
const nephrotic = { A: '感染', B: '血栓栓塞', C: '急性腎損傷', D: '脂質代謝異常相關之動脈粥狀硬化', E: '低血鈉性昏迷' };
const read = (reply: string, options: Record<string, string> = nephrotic, multi = true) => readChoiceAnswer(reply, { options, multi });

describe('a concluding slot closing the reply', () => {
  it('reads the set a conclusion word hands to a short subject by a copula (xax-029)', () => {
    const xax029 =
      '腎病症候群常見併發症包括：感染（免疫球蛋白流失）、血栓及栓塞（高凝狀態，尤其腎靜脈栓塞）、急性腎損傷，以及蛋白質與脂肪代謝紊亂所致之動脈粥狀硬化。低血鈉性昏迷並非典型併發症。故正解為 ABCD。';
    expect(read(xax029)).toMatchObject({ value: 'ABCD', status: 'ok' });
    expect(read('所以正解係ABCD。').value).toBe('ABCD');
    expect(read('Infection. So the best picks are A, C and D.').value).toBe('ACD');
    expect(concludingSlot('故正解为 ABCD.', letterContext({ options: nephrotic }))).toMatchObject({ letters: ['A', 'B', 'C', 'D'], via: 'conclusion' });
  });

  it('reads nothing when the subject negates, excepts, is voiced by others or names a letter noun, or anything follows', () => {
    const ctx = letterContext({ options: nephrotic });
    for (const t of [
      '感染。故错误的为 E。',
      '感染。故排除的是 E。',
      '感染。所以不选的为 E。',
      '感染。故有人认为正解为 B。',
      '感染。所以缺乏的维生素为 D。',
      '感染。故孕妇首选为 B。',
      '感染。故正解为 ABCD，但孕妇除外。',
      '感染。故正解为 A 或 B。',
      '感染。故正解为 B？',
      'So the exception is E.',
      'So the wrong ones are E.',
      '如果是老人，故正解为 B。',
    ])
      expect(concludingSlot(t, ctx), t).toBeNull();
  });

  it('steps aside on a stem asking what is not so (its subject may say the opposite)', () => {
    const q = 'Which of the following is NOT a typical complication of nephrotic syndrome?';
    expect(readChoiceAnswer('Hyponatraemic coma is rare. So the most typical one is A.', { options: nephrotic, question: q }).how).not.toBe('conclusion');
  });

  it('is one more statement: a different answer stated before it is a conflict', () => {
    expect(read('答案：A。\n感染最常見。故正解為 ABCD。').value).toBeNull();
  });
});
