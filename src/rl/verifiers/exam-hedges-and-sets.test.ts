// The session-14 reviewer's findings on answer extraction and the RL exam reward (/work/coord/reviews-s14/rl.md),
// each a failing-first test: sets and hedges are never credited as their first answer, in eval and in the reward alike.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from '../../eval/extract/final-answer.js';
import { verifyExam } from './exam.js';

const ZH = { A: '阿司匹林', B: '氯吡格雷', C: '华法林', D: '肝素', E: '甘露醇' };
const HEP = { A: 'Hepatitis A', B: 'Hepatitis B', C: 'Hepatitis C', D: 'Hepatitis D', E: 'Hepatitis E' };
const EN = { A: 'Aspirin', B: 'Clopidogrel', C: 'Aspirin plus clopidogrel', D: 'Warfarin', E: 'Heparin' };

const credited = (reply: string, answer: string, optionTexts: Record<string, string>) => verifyExam(reply, { answer, optionTexts }, {}).score > 0;
const single = (reply: string, options: Record<string, string>) => readChoiceAnswer(reply, { options, multi: false }).value;

describe('review s14 finding 0: another option called acceptable after the answer is a hedge', () => {
  for (const reply of ['最终：A。不过C也可', '答案：A。不过C也可', 'Answer: A. But C is also fine.', 'Answer: A. C would also be acceptable.']) {
    it(reply, () => {
      expect(single(reply, ZH)).toBeNull();
      expect(credited(reply, 'A', ZH)).toBe(false);
    });
  }
});

describe('review s14 findings 1, 2: a letter joined after an option named by its text is a second answer', () => {
  for (const reply of ['Answer: Hepatitis B and D', '{"answer": "B (Hepatitis B), plus D"}', 'Answer: B (Hepatitis B) and D']) {
    it(reply, () => {
      expect(single(reply, HEP)).toBeNull();
      expect(credited(reply, 'B', HEP)).toBe(false);
      expect(readChoiceAnswer(reply, { options: HEP, multi: true }).value).toBe('BD');
    });
  }
});

describe('review s14 finding 3: an answer taken back with another letter is never credited', () => {
  it('Answer: A. Wait — actually C.', () => {
    expect(credited('Answer: A. Wait — actually C.', 'A', EN)).toBe(false);
    expect(single('Answer: A. Wait — actually C.', EN)).not.toBe('A');
  });
  it('答案：A。等等，不对，应该是B。', () => {
    expect(credited('答案：A。等等，不对，应该是B。', 'A', ZH)).toBe(false);
    expect(single('答案：A。等等，不对，应该是B。', ZH)).not.toBe('A');
  });
  it('a correction that keeps the answer still answers it', () => {
    expect(single('Answer: A. Wait — let me re-check the dose. Yes, A.', EN)).toBe('A');
  });
});

describe('review s14 finding 4: a second letter added after the answer', () => {
  for (const reply of ['Answer: D. Also A.', 'Answer: D. A too.', '答案：D。还有A。']) {
    it(reply, () => {
      expect(single(reply, EN)).toBeNull();
      expect(credited(reply, 'D', EN)).toBe(false);
    });
  }
  it('a remark about another option is no second answer', () => {
    expect(single('Answer: D. A is also commonly used, but not here.', EN)).toBe('D');
  });
});

describe('review s14 finding 5: two different JSON answers are no answer in eval, as in the reward', () => {
  it('{"answer": "A"} {"answer": "B"}', () => {
    expect(single('{"answer": "A"} {"answer": "B"}', EN)).toBeNull();
    expect(credited('{"answer": "A"} {"answer": "B"}', 'B', EN)).toBe(false);
  });
  it('the same answer twice is one answer', () => {
    expect(single('{"answer": "B"}\n{"answer": "B"}', EN)).toBe('B');
  });
});

describe('review s14 finding 7: a combination option named with another joiner', () => {
  for (const reply of ['{"answer": "Aspirin and clopidogrel"}', 'Answer: aspirin and clopidogrel', 'Answer: aspirin with clopidogrel.']) {
    it(reply, () => {
      expect(single(reply, EN)).toBe('C');
      expect(credited(reply, 'C', EN)).toBe(true);
    });
  }
  it('两药联合 written with 和', () => {
    expect(single('答案：阿司匹林和氯吡格雷', { A: '阿司匹林', B: '氯吡格雷', C: '阿司匹林联合氯吡格雷', D: '华法林' })).toBe('C');
  });
  it('two single options joined, with no combination option for them, stay two answers', () => {
    expect(single('Answer: aspirin and warfarin', EN)).toBeNull();
  });
});

describe('review s14 finding 8: one reason for several letters on a one-answer item, whichever path read them', () => {
  it('JSON and prose alike', () => {
    const texts = { A: 'Lisinopril', B: 'Amlodipine', C: 'Hydrochlorothiazide', D: 'Labetalol' };
    expect(verifyExam('{"answer": "Labetalol, Amlodipine"}', { answer: 'D', optionTexts: texts }, {}).reason).toBe('hedged-answer');
    expect(verifyExam('Answer: labetalol and amlodipine', { answer: 'D', optionTexts: texts }, {}).reason).toBe('hedged-answer');
  });
});

describe('a JSON format restated before the answer object is no second answer (own probe after finding 5)', () => {
  it('{"answer": "<letter>"} then {"answer": "B"}', () => {
    expect(single('I will reply as {"answer": "<letter>"}.\n\n{"answer": "B"}', EN)).toBe('B');
  });
});

describe('own probes after the review fixes: a retraction or an addition needs a letter that is not set aside', () => {
  for (const [reply, want] of [
    ['Answer: C\n\nActually, let me explain why not A.', 'C'],
    ['Answer: C. Actually, option A is wrong.', 'C'],
    ['答案：C。等等，不是A。', 'C'],
    ['Answer: C. Note: A, B, D and E are all less appropriate.', 'C'],
    ['Answer: C. Also, A.', null],
  ] as const) {
    it(`${JSON.stringify(reply)} → ${want}`, () => {
      expect(single(reply, EN)).toBe(want);
    });
  }
});

describe('review s14 (unconfirmed): a slash straight to another option letter is a hedge', () => {
  it('Answer: B/D coinfection', () => {
    expect(single('Answer: B/D coinfection', HEP)).toBeNull();
    expect(credited('Answer: B/D coinfection', 'B', HEP)).toBe(false);
    expect(single('The answer is B/day 3', HEP)).toBe('B');
  });
});
