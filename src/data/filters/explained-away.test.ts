import { describe, expect, it } from 'vitest';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';
import { explainedAway } from './explained-away.js';

// Session 35 (#17): an urgent picture given a milder cause and no care unless it lasts. Wordings written for these
// tests, none from a batch.
const o = adviceCheckOptions.parse({});
const verdict = (q: string, a: string) =>
  adviceVerdict(
    {
      id: 't',
      text: `${q}\n\n${a}`,
      source: 'test',
      metadata: {},
      messages: [
        { role: 'user', content: q },
        { role: 'assistant', content: a },
      ],
    },
    o,
  );

describe('explainedAway: a cause named, care only on a condition', () => {
  it('reads an attribution with care only if the picture lasts, or none at all', () => {
    expect(
      explainedAway('This is most likely a tension headache from poor sleep. Try paracetamol; if it has not settled in a while, see your GP.'),
    ).toBeDefined();
    expect(explainedAway('你好，考虑是颈椎病引起的，平时注意少低头，热敷一下。如果一直不好再去医院看看。')).toBeDefined();
    expect(explainedAway('多半是最近太累了，多休息，多喝水就行。')).toBeDefined();
  });
  it('not when the answer sends for care without a condition, or names no cause', () => {
    expect(explainedAway('This is most likely a tension headache, but please see your GP this week to rule out other causes.')).toBeUndefined();
    expect(explainedAway('考虑是颈椎病引起的，建议去骨科拍个片子。')).toBeUndefined();
    expect(explainedAway('Rest, fluids and paracetamol. If it has not settled, see your GP.')).toBeUndefined();
  });
  it('a denied referral sends nowhere', () => {
    expect(explainedAway('It is probably just a pulled muscle. There is no need to see a doctor for this.')).toBeDefined();
  });
});

describe('advice-check: explained away for a picture a named triage rule calls urgent', () => {
  // New headache at 73 with scalp tenderness and jaw pain on chewing: triage's giant-cell-arteritis rule (urgent).
  const arteritis = '我妈73岁，最近两周右边太阳穴疼，梳头时头皮疼，吃饭嚼东西下巴就酸痛，这是怎么了？';
  it('drops a milder cause with home care and care only if it lasts', () => {
    expect(verdict(arteritis, '你好，考虑是颈椎病引起的神经性头痛，平时注意少低头，热敷一下，可以吃点布洛芬。如果一直不好再去医院看看。')).toEqual({
      drop: 'advice_claim_explains-away-urgent',
    });
  });
  it('keeps the same cause when care is sent for today (the picture told with 出现 is no condition)', () => {
    expect(verdict(arteritis, '你好，可能是颈椎病引起的，但这个年纪出现嚼东西下巴痛、头皮痛，建议今天去医院查血沉和C反应蛋白。')).toBe(true);
  });
  it('keeps home care with a safety net for a routine picture', () => {
    expect(
      verdict(
        'My 3-year-old has had a runny nose and a mild cough for two days, no fever, eating and playing normally. What should I do?',
        'This is most likely a common cold. Give plenty of fluids and rest; if he develops a fever or breathing trouble, see your GP.',
      ),
    ).toBe(true);
  });
});
