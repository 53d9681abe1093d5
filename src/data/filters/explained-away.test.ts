import { describe, expect, it } from 'vitest';
import { qaVerdict } from '../../../test/helpers/qa-verdict.js';
import { explainedAway } from './explained-away.js';

// Session 35 (#17): an urgent picture given a milder cause and no care unless it lasts. Wordings written for these
// tests, none from a batch.
const verdict = qaVerdict;

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

// Review s35 (curation #17): a condition governs its own clause — a purpose or consequence clause ("如果不及时治疗…",
// "若要确诊…", "if untreated", "if that's confirmed") and the modal "you should see" are no conditions on care — and a
// cause that is the triage rule's own diagnosis (TIA, giant cell arteritis) explains nothing away.
describe('review s35: referrals with purpose clauses, and the urgent diagnosis named, are kept', () => {
  const keeps: [string, string, string][] = [
    [
      'cp35-b30',
      "I'm 70, new pain on my temples and my jaw hurts when chewing",
      'This is most likely due to giant cell arteritis, an inflammation of the arteries. You should see your GP for an ESR blood test, as steroids are usually started straight away to protect your sight.',
    ],
    [
      'cp35-b33',
      '我爸68岁，最近太阳穴疼，吃饭嚼东西下巴累',
      '考虑是巨细胞动脉炎，这是需要及时处理的病。若要确诊需要查血沉和颞动脉活检，建议尽快去风湿免疫科。',
    ],
    [
      'cp35-b34',
      "yesterday my dad's left hand went weak and he couldn't get his words out for about 10 minutes, he's back to normal now",
      "This is most likely due to a TIA. If that's confirmed he'll need a blood thinner and a statin, so please get him to his GP first thing tomorrow morning.",
    ],
    [
      'cp35-b35',
      '我妈昨天突然右手拿不住东西，说话不清楚，十几分钟就好了',
      '考虑是短暂性脑缺血发作引起的，如果不及时治疗可能会发展为脑梗塞，建议到医院神经内科就诊，做头颅CT和颈动脉彩超。',
    ],
    [
      'cp35-b37',
      "I'm 71, new headache at my temple and jaw pain when eating for a week",
      'This is most likely due to giant cell arteritis. Because it can damage your eyesight if untreated, see your GP for a blood test and to start steroids.',
    ],
    [
      'cp35-b12',
      "I'm 70, new pain on my temples and my jaw hurts when chewing",
      'This is most likely due to giant cell arteritis. When a new headache like this appears after 50, you need to see a doctor today for a blood test and steroids to protect your sight.',
    ],
    [
      'cp35-b11',
      '我妈昨天右手突然没力，说话不清十分钟，现在好了',
      '考虑是短暂性脑缺血发作引起的。一旦出现过这种情况，就要尽快去医院神经内科检查，不要等再发作。',
    ],
  ];
  for (const [id, q, a] of keeps) {
    it(`${id}: not dropped as explained away`, () => {
      expect(verdict(q, a)).not.toEqual({ drop: 'advice_claim_explains-away-urgent' });
    });
  }
  it('the purpose clause and the modal are read as referrals', () => {
    expect(explainedAway('考虑是颈椎病引起的，如果不及时治疗可能会加重，建议到医院骨科就诊。')).toBeUndefined();
    expect(explainedAway('This is most likely due to a pulled muscle. You should see your GP for an examination.')).toBeUndefined();
    // A condition opening the clause still conditions the care after it.
    expect(explainedAway('This is most likely due to a pulled muscle. Should it not settle, see your GP.')).toBeDefined();
    expect(explainedAway('考虑是颈椎病引起的，如果不及时治疗可能会加重，多休息热敷即可。')).toBeDefined();
  });
  it('a milder cause for a TIA still drops (cp35-a03), and 脑供血不足 is no naming of the TIA', () => {
    expect(
      verdict(
        '我妈昨天突然右手拿不住筷子，说话含糊了十来分钟，现在已经好了，要紧吗',
        '应该是颈椎病压迫神经引起的，平时少低头玩手机，注意颈部保暖。要是再发作的话再去医院看看。',
      ),
    ).toEqual({
      drop: 'advice_claim_explains-away-urgent',
    });
    expect(
      verdict('我妈昨天突然右手拿不住筷子，说话含糊了十来分钟，现在已经好了，要紧吗', '应该是脑供血不足引起的，平时多休息。要是再发作的话再去医院看看。'),
    ).toEqual({
      drop: 'advice_claim_explains-away-urgent',
    });
    expect(
      verdict(
        '我妈昨天突然右手拿不住筷子，说话含糊了十来分钟，现在已经好了，要紧吗',
        '应该是颈椎病引起的而不是小中风，平时少低头。要是再发作的话再去医院看看。',
      ),
    ).toEqual({
      drop: 'advice_claim_explains-away-urgent',
    });
  });
});
