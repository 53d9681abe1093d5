import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { earlyPregnancyBleeding, earlyPregnancyPain, ectopicSigns, oneSidedLowPain, pregnancyStage } from './ectopic-signs.js';
import { nextConsultStep } from './policy.js';

// The frame's three parts told across turns, as the blind batches told them (k014, c22-028, c24-012, c27-060, c32-042,
// c34-045 ended urgent before this reading), and the near-misses that must not read it.
describe('ectopicSigns: early pregnancy or a late period + pain or bleeding + fainting or shoulder-tip pain', () => {
  const fires: string[] = [
    "I'm about 7 weeks pregnant and got a bit of spotting and pain low down on the right.\nweird pain in the tip of my right shoulder",
    "I'm about 6 weeks pregnant and I've got some spotting and crampy pain.\nI nearly passed out on the loo about 20 minutes ago",
    "Worse period pain than normal, mostly on my right side, plus a bit of spotting.\nActually my period's about two weeks late. I nearly fainted in the shower.",
    "really bad pain low down on one side of my stomach\nLast period was about 7 weeks ago, they're irregular. I nearly fainted when I stood up.",
    "bad tummy ache on one side\nnearly passed out when I stood up from the loo. period is about 3 weeks late, haven't done a test",
    'positive test last week, now sharp pain on the left and my shoulder tip hurts when I lie down',
    '怀孕7周，右下腹疼，有点见红\n刚才差点晕倒',
    '月经推迟了两周，左下腹疼，肩膀尖疼',
    '验孕棒两道杠，小肚子一直疼，刚才眼前发黑',
    'My wife is 6 weeks pregnant with bad cramps and she just fainted',
  ];
  it.each(fires)('reads %s', (t) => expect(ectopicSigns(t)?.level).toBe('emergency'));

  const quiet: string[] = [
    "I'm 8 weeks pregnant with cramps. No fainting, no shoulder pain",
    "I'm 8 weeks pregnant with cramps. My mum nearly fainted when I told her",
    "I'm 30 weeks pregnant, belly pain, I nearly fainted", // later pregnancy: the triage's own rows
    "I'm 6 weeks pregnant, spotting. There was a faint line on the test",
    'I fainted when I was pregnant with my first 3 years ago. Now 7 weeks pregnant with cramps',
    'not pregnant, period pain, fainted',
    "I'm 7 weeks pregnant and feel faint in the mornings", // no pain, no bleeding
    'period pain on the left, I nearly fainted', // no late period, no pregnancy
    '怀孕6周，肚子不疼，没有出血，今天晕倒了一次', // pain and bleeding denied
    '怀孕7周，小腹有点疼，没有头晕也没晕倒',
  ];
  it.each(quiet)('leaves %s', (t) => expect(ectopicSigns(t)).toBeNull());

  it('reads the stage: weeks past the first trimester are later, a late period is its own stage', () => {
    expect(pregnancyStage("I'm 7 weeks pregnant")).toBe('early');
    expect(pregnancyStage('孕20周')).toBe('later');
    expect(pregnancyStage("my period's two weeks late")).toBe('periodLate');
    expect(pregnancyStage("my period isn't late")).toBeUndefined();
    expect(pregnancyStage('negative test, period late')).toBeUndefined();
  });

  it('opens its screens only for pain or bleeding', () => {
    expect(earlyPregnancyPain("I'm 7 weeks pregnant with spotting")).toBe(true);
    expect(earlyPregnancyPain("I'm 7 weeks pregnant, can I take paracetamol for a cold?")).toBe(false);
    expect(oneSidedLowPain('sharp pain lower right side of my tummy')).toBe(true);
    expect(oneSidedLowPain('no pain low down on one side')).toBe(false);
  });
});

// Whole consultations, scripted replies one per question turn, then "no".
function finalStep(open: string, replies: readonly string[]) {
  const t: ChatMessage[] = [{ role: 'user', content: open }];
  let s = nextConsultStep(t, { maxTurns: 2 });
  const asked: string[] = [];
  for (let i = 0; i < 5 && s.action === 'ask'; i++) {
    asked.push(s.text);
    t.push({ role: 'assistant', content: s.text }, { role: 'user', content: replies[i] ?? 'no' });
    s = nextConsultStep(t, { maxTurns: 2 });
  }
  return { s, asked };
}

describe('policy: the ectopic frame asked and held', () => {
  it('asks the signs in the first turn of an early pregnancy with pain, and a told sign makes the case an emergency', () => {
    const { s, asked } = finalStep("I'm about 7 weeks pregnant and got a bit of spotting and pain low down on the right. is this a miscarriage?", [
      'sharp on the right, getting worse. nearly fainted in the shower',
    ]);
    expect(asked[0]).toMatch(/tip of your shoulder/);
    expect(s.action).toBe('answer');
    expect(s.triage.level).toBe('emergency');
  });

  it('asks pregnancy with the signs for pain low on one side, and reads a late period told in a reply', () => {
    const { s, asked } = finalStep('really bad pain low down on one side of my stomach', [
      'Last period was about 7 weeks ago, they are irregular. I nearly fainted when I stood up.',
    ]);
    expect(asked[0]).toMatch(/Could you be pregnant/);
    expect(s.triage.level).toBe('emergency');
  });

  it('an early pregnancy with pain whose replies deny the signs is not raised by this reading', () => {
    const { s } = finalStep("I'm 7 weeks pregnant with some mild cramps, is that normal?", ['no, none of those, the cramps are mild and in the middle']);
    expect(s.triage.reasons).not.toContain('consult:ectopic-signs');
  });
});

// Review s29 (consult-review.md): the S1 class (f25, f26) and the S2 over-calls (b04 … f17), with the targets kept.
describe('review s29: the screen keeps the bleeding question; a faint or shoulder pain with its cause is no sign', () => {
  it('S1 f25/f26: early pregnancy with bleeding still asks about heavier bleeding and clots in the first turn', () => {
    for (const open of [
      '7 weeks pregnant and bleeding with period-like cramps',
      "I'm 9 weeks pregnant and bleeding with some cramps",
      '怀孕7周，出血，像来月经一样痛',
    ]) {
      const { s, asked } = finalStep(open, [
        open.startsWith('怀孕') ? '出血越来越多，一小时湿透一片卫生巾，有大血块' : 'yes, soaking through a pad every hour with big clots',
      ]);
      expect(asked[0]).toMatch(/much heavier, with large clots|明显变多、有大血块/);
      expect(s.triage.level).toBe('emergency');
    }
  });

  it('early pregnancy with pain and no bleeding keeps the signs question', () => {
    expect(earlyPregnancyBleeding("I'm 7 weeks pregnant with cramps on the right")).toBe(false);
    expect(earlyPregnancyBleeding("I'm 7 weeks pregnant with spotting and cramps")).toBe(true);
    expect(earlyPregnancyBleeding("I'm 7 weeks pregnant with cramps, no bleeding")).toBe(false);
  });

  const quiet: string[] = [
    'My period is a week late but I did two tests and both were negative. Cramps low down\nI fainted when they took blood at the GP', // b04
    '6 weeks pregnant, had my booking bloods today and almost fainted when they took the blood. Mild period-like cramps since', // b06
    "I'm 6 weeks pregnant and have some cramping. What if I faint, should I go to A&E?", // b13
    "Is fainting a sign of ectopic pregnancy? I'm 5 weeks pregnant and have a little pain on my left", // b14
    '5 weeks pregnant with mild cramps, and my right shoulder hurts from carrying my toddler', // b16
    '怀孕7周，肚子有点隐隐作痛，肩膀痛是因为落枕了', // b18
    "I fainted at the sight of blood when my daughter cut her finger. I'm 9 weeks pregnant with normal mild cramps", // b27
    '5 weeks pregnant with cramps. I passed out from drinking before I knew I was pregnant', // b48
    "I'm 6 weeks pregnant, cramping. I get faint when I stand up too quickly, always have", // b49
    'My period is late and I have cramps\nI did two tests, both negative. I fainted when I had blood taken last week, nothing else', // f09
    '怀孕7周，小腹隐隐作痛\n不偏，就中间隐痛；肩膀痛是昨天搬家累的，没晕过', // f16
    '8 weeks pregnant, mild cramps\nno. I fainted at the sight of blood at my booking appointment, but feel fine', // f17
  ];
  it.each(quiet)('leaves %s', (t) => expect(ectopicSigns(t)).toBeNull());

  const fires: string[] = [
    "I'm 6 weeks pregnant with cramps on the left. I nearly fainted when I stood up from the loo",
    "I'm 6 weeks pregnant with bad cramps and I fainted at work an hour ago",
    "I'm 7 weeks pregnant, pain on the right. I had blood tests yesterday. This morning I fainted",
    '怀孕6周，右下腹疼，刚才站起来就差点晕倒',
    '我妹妹怀孕6周，肚子很痛，刚才妹妹晕倒了', // a36: 我 is not followed by the pregnancy word
  ];
  it.each(fires)('reads %s', (t) => expect(ectopicSigns(t)?.level).toBe('emergency'));

  it('a bare 男 is not asked whether he could be pregnant', () => {
    const { asked } = finalStep('男，30岁，右下腹痛，刚才差点晕倒', ['没有']);
    expect(asked.join('\n')).not.toMatch(/月经推迟或没来/);
  });
});
