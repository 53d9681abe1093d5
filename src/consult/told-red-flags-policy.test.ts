import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { readAge } from './facts.js';
import { nextConsultStep } from './policy.js';

// The told-red-flag floor wired in policy.ts, run as whole consultations (scripted patient: one reply per question turn,
// then "no"/"没有"). Review s23 regressions: each was routine at the session's start and raised to urgent by the first
// told-red-flags version; a row that reads the floor again fails here. One row per class, both languages.
function finalStep(open: string, replies: readonly string[], zh: boolean) {
  const t: ChatMessage[] = [{ role: 'user', content: open }];
  let s = nextConsultStep(t, { maxTurns: 2 });
  for (let i = 0; i < 5 && s.action === 'ask'; i++) {
    t.push({ role: 'assistant', content: s.text }, { role: 'user', content: replies[i] ?? (zh ? '没有' : 'no') });
    s = nextConsultStep(t, { maxTurns: 2 });
  }
  return s;
}

const TIRED = 'I feel tired all the time for the past two months';
const THIRST_ZH = '我最近老是口渴，尿也多，48岁';
const WEAK_ZH = '最近总是乏力，没精神，一个多月了';
const COUGH = "I've had a cough for about 5 weeks now, I'm 58 and I smoke";
const TOE = 'I have an ingrown toenail that hurts';

const regressions: [string, string][] = [
  [TIRED, "haven't noticed any weight loss"],
  [TIRED, 'Lost weight? Not that I know of'],
  ["I've been feeling very thirsty and peeing a lot", "Lost weight? No, if anything I've gained"],
  [THIRST_ZH, '我妈妈瘦了很多，我没有'],
  [TIRED, "my dad lost a lot of weight before he was diagnosed, that's why I'm worried"],
  [WEAK_ZH, '我爸之前瘦了很多才查出来的，所以担心'],
  [TOE, 'My son had pus in his toe, mine is fine'],
  [COUGH, "I've lost a stone since starting Mounjaro"],
  [THIRST_ZH, '吃了司美格鲁肽，瘦了八斤'],
  [THIRST_ZH, '我在控制饮食，瘦了三公斤'],
  ['咳嗽一个多月了，我55岁，抽烟三十年', '健身三个月瘦了十斤'],
  [WEAK_ZH, '跑步半年瘦了六公斤'],
  [WEAK_ZH, '最近少吃晚饭，瘦了三公斤'],
  [COUGH, "I've been doing intermittent fasting and lost 6 kilos"],
  ["I've been having night sweats for a few weeks", "I've lost weight but I've been on keto"],
  [TIRED, 'lost weight after having my baby in March'],
  [WEAK_ZH, '坐月子以后瘦了十几斤'],
  [WEAK_ZH, '产后三个月，瘦了八斤'],
  [COUGH, 'Lost a few pounds when I had flu last year but it came back'],
  [TIRED, "I lost weight last year after my operation, it's been steady since"],
  [TIRED, 'Lost 4 kg after a stomach bug last month, back to normal now'],
  ['I have an itchy rash on my arm', 'Lost weight? I lost 3 kg on holiday, walked a lot'],
  ["I've had diarrhoea on and off for 3 weeks", 'lost some weight with the runs, maybe 2 pounds'],
  [TIRED, 'lost some weight, maybe 2 pounds'],
  ['I have bad breath', "I'm coughing up some green stuff"],
  ['I have bad breath', 'Yes, pus-like phlegm in the mornings'],
  ['耳朵里面疼，流水', '以前流过脓，现在不流了'],
  ['My 3 year old is pulling at her ear', 'She had pus from that ear last year'],
  [TOE, "There was pus last week but it's gone now"],
  [TOE, "There's some pus at the side of the nail"],
  ["I've got unusual vaginal discharge and itching", 'Just normal period cramps in my lower belly last week'],
  ['白带多，有异味', '来月经时小肚子疼，平时不疼'],
];

describe('policy: the told-red-flag floor', () => {
  it.each(regressions)(
    '%s ← %s: no told red flag, routine',
    (open, reply) => {
      const s = finalStep(open, [reply], /\p{Script=Han}/u.test(open));
      expect(s.triage.reasons).not.toContain('consult:told-red-flag');
      expect(s.triage.level).toBe('routine');
    },
    30_000,
  );

  it('spreading redness with a fever told is seen today; fading redness is not', () => {
    const open = 'My tattoo from last week is red and sore and I have a fever';
    const raised = finalStep(open, ['The redness is spreading'], false);
    expect(raised.triage.reasons).toContain('consult:told-red-flag');
    expect(raised.triage.level).toBe('urgent');
    expect(finalStep(open, ['No, the redness is fading'], false).triage.reasons).not.toContain('consult:told-red-flag');
  });

  it('an ear that discharges pus is no wound (no "伤口流脓" title)', () => {
    const s = finalStep('耳朵里面疼，流水', ['耳朵流脓，黄色的'], true);
    expect(s.triage.reasons).not.toContain('consult:told-red-flag');
  });
});

describe('readAge: days after the child word are an age only when they end the clause (review s23)', () => {
  it.each([
    ['宝宝才40天，发烧38度', 40 / 365],
    ['孩子刚满7天，发烧38度', 7 / 365],
  ])('%s → %d', (text, age) => {
    expect(readAge(text)).toBeCloseTo(age, 4);
  });
  it.each([
    ['孩子满三天了还在咳嗽，有点流鼻涕，5岁', 5],
    ['孩子刚满十天不咳了，现在又流鼻涕，两岁', 2],
  ])('%s → %d (a duration, the stated age wins)', (text, age) => {
    expect(readAge(text)).toBeCloseTo(age, 4);
  });
  it('宝宝才3天没拉大便 is how long, not an age of 3 days (the age is still asked)', () => {
    expect(readAge('宝宝才3天没拉大便，肚子不胀，吃奶正常，8个月')).toBeUndefined();
  });
});
