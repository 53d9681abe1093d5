// Session 12's independent review of the lowering step: its own present emergencies that the step lowered to urgent.
// With the step off by default they must stay emergencies; the last block records the step's own failure so that
// whoever turns it on again sees these first (they fail as written until the readings are fixed).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

const REVIEW_EMERGENCIES = [
  '我老公前天晕倒检查没事 抽搐停不下来嘴唇发紫',
  '我同事上周过敏检查都正常 嘴唇舌头肿了喘不上气',
  '我老公上周胸痛检查都正常 胸口压榨样疼出冷汗 怎么办',
  '我爸去年脑梗过。嘴歪了，说话含糊，右手没劲。去年那次治好了出院了',
  '我妈前年心梗。胸口压榨样痛，出冷汗，脸色发白。上次治好出院了',
  'crushing chest pain, sweating, left arm numb - when should you call an ambulance?',
  'Crushing chest pain and sweating and left arm numb, how do you know if its a heart attack?',
  'face drooping on one side and slurred speech, when do you call 999?',
  'lips and tongue swelling, throat tight after peanuts, when should you call an ambulance?',
  'severe crushing chest pain radiating to jaw with sweating and vomiting - when is it time to call 911?',
  '胸口压榨样疼痛出冷汗左臂麻，什么情况下要打120？',
  '嘴歪了说话不清楚一边手没劲，到什么程度要去急诊？',
  '胸口撕裂样疼痛到后背，什么情况下需要打120？',
  '护考复习 胸口压榨样疼痛出冷汗左臂麻是心梗的表现吗？我现在就是这样',
  '护考复习 突发剧烈头痛伴呕吐颈项强直首选什么检查？我头好痛',
  // A history and a present episode in one clause (context.ts isHistorical: a present-tense episode after the history).
  'My dad had a heart attack last year and recovered and is having crushing chest pain',
  '我妈去年心梗出院了 胸口压着疼出冷汗半小时了',
  // Chinese typed in pinyin: 'I just swallowed a whole bottle of sleeping pills, I don't want to live' (pinyin-reading.ts).
  'wo gang chi le yi zheng ping an mian yao, bu xiang huo le',
];

describe('session-12 review sentences: present emergencies stay emergencies (default triage)', () => {
  for (const text of REVIEW_EMERGENCIES) it(text, () => expect(triageDetail(text).level).toBe('emergency'));
});

describe('the lowering step, when asked for, still lowers these (why it is off by default)', () => {
  it('lowers at least one review emergency — remove this test when the step is fixed and turned on', () => {
    const lowered = REVIEW_EMERGENCIES.filter((t) => triageDetail(t, { lowering: true }).level !== 'emergency');
    expect(lowered.length).toBeGreaterThan(0);
  });
});

// Pre-existing gaps the session-12 review found (routine at e029fbb1), recorded as it.fails in session 12 and read right
// since session 13: a sign told in the present after the history word of its clause (context.ts mentionToldNow), a
// history named as one of a series beside signs of their own sentence (stance.ts signBesideSeries), a change of state
// into a droop (colloquial-wordings.ts).
describe('session-12 known gaps: a past event beside a present emergency', () => {
  for (const text of [
    'my dad had a stroke last year checked out fine his face is drooping now',
    'Dad had a stroke 2 yrs ago. face drooping, slurred speech. he recovered fine from the first one tho',
    "my mum's face has gone droopy on one side",
  ])
    it(text, () => expect(triageDetail(text).level).toBe('emergency'));
});

describe('a state tied to the history is its residual, not a new episode', () => {
  for (const text of [
    'he had a stroke 2 years ago and his speech is slurred since then',
    'my dad had a stroke last year his face is still drooping from it',
    'my dad had a stroke last year and is fine now',
    'he had a stroke 3 years ago and his left arm is weak',
    'my dad had a stroke last year and his speech is slurred',
    // A first one compared, no recovery told: no proof of a new one (stance.ts SERIES).
    'My mum had a stroke 2 years ago. Her left hand is a bit weak. Is physio worth it, her first one was milder',
    // Told over after the present-sounding words: the story is the history's.
    "I used to cut myself in school, I'm 25 now and doing great, will the scars fade?",
    'years ago my dad had crushing chest pain for an hour now and was sweaty, he recovered fully, is aspirin still needed',
  ])
    it(text, () => expect(triageDetail(text).level).not.toBe('emergency'));
});

describe('a history told with its recovery stays history (context.ts isHistorical)', () => {
  for (const text of ['我爸去年心梗，现在恢复得挺好，饮食上要注意什么', 'My dad had a heart attack last year and he is fine now. What diet should he follow?'])
    it(text, () => expect(triageDetail(text).level).not.toBe('emergency'));
});
