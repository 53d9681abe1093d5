// Must-ask questions (must-ask.ts) and the postpartum headache reader (postpartum-headache.ts). The additive property is
// tested on real openings: every blind consultation batch 35 opening and every session-29 review probe (the early
// pregnancy class whose screen once displaced START's heavier-bleeding question).
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../test/helpers/bench-probes.js';
import type { ChatMessage } from '../models/backend.js';
import { mustAskQuestions, withMustAsk } from './must-ask.js';
import { nextConsultStep } from './policy.js';
import { daysSinceBirth, readPostpartumHeadache, withinSixWeeksOfBirth } from './postpartum-headache.js';
import { readFacts } from './facts.js';
import { ectopicSigns } from './ectopic-signs.js';

const openings = (file: string): string[] =>
  readBenchProbes<{ opening?: string; open?: string; text?: string }>(file).map((r) => r.opening ?? r.open ?? r.text ?? '');
// The reading form's added question (reading-form.test.ts) comes after must-ask's: off here, so each file tests one.
const ask = (text: string, more: ChatMessage[] = [], o: { mustAsk?: boolean } = {}) =>
  nextConsultStep([{ role: 'user', content: text }, ...more], { readingForm: false, ...o });
const texts = (s: ReturnType<typeof ask>) => (s.action === 'ask' ? s.questions.map((q) => q.text) : []);

describe('must-ask questions are added, never displacing', () => {
  it('withMustAsk keeps the turn as a prefix, in order, and drops a repeat', () => {
    const turn = [{ text: 'a' }, { text: 'b' }, { text: 'c' }];
    expect(withMustAsk(turn, [{ text: 'b' }, { text: 'd' }]).map((q) => q.text)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('on real openings the first turn starts with exactly the questions it had without must-ask', () => {
    const all = [
      ...openings('blind/consult-cases-35.jsonl'),
      ...openings('consult-s29-review-probes.jsonl'),
      ...openings('consult-s29-fix-review-probes.jsonl'),
    ];
    let added = 0;
    for (const t of all) {
      const off = ask(t, [], { mustAsk: false });
      const on = ask(t);
      expect(on.action, t).toBe(off.action);
      const a = texts(off);
      const b = texts(on);
      expect(b.slice(0, a.length), t).toEqual(a);
      if (b.length > a.length) added++;
    }
    expect(added).toBeGreaterThan(20);
  });
  it('a later turn is the policy’s own', () => {
    const t = '8 weeks pregnant, bad cramps and some blood on my pad';
    const first = ask(t);
    expect(first.action).toBe('ask');
    const more: ChatMessage[] = [
      { role: 'assistant', content: first.action === 'ask' ? first.text : '' },
      { role: 'user', content: 'No' },
    ];
    expect(texts(ask(t, more))).toEqual(texts(ask(t, more, { mustAsk: false })));
  });
});

describe('the early-pregnancy frame (review s29 r01, r02, r12: the heavier-bleeding question kept)', () => {
  for (const t of [
    '8 weeks pregnant, bad cramps and some blood on my pad',
    'about 6 wks pregnant, brown discharge and period cramps',
    '7 weeks pregnant with period cramps',
  ]) {
    it(t, () => {
      const q = texts(ask(t));
      expect(
        q.some((x) => /heavier/.test(x) && /clots/.test(x) && !/shoulder/.test(x)),
        'START’s question kept',
      ).toBe(true);
      expect(q[q.length - 1]).toMatch(/shoulder.*faint/);
    });
  }
  it('asks in Chinese too, and not for a man, a negative pregnancy test or a later pregnancy', () => {
    expect(mustAskQuestions({ text: '怀孕7周，左下腹隐痛', facts: readFacts('怀孕7周，左下腹隐痛') }, 'zh', [])).toHaveLength(1);
    for (const t of ['35岁男，左下腹痛两天', 'pregnancy test was negative, cramps on the right', "I'm 30 weeks pregnant with some cramps"]) {
      expect(mustAskQuestions({ text: t, facts: readFacts(t) }, t.match(/[\u4e00-\u9fff]/) ? 'zh' : 'en', []), t).toEqual([]);
    }
  });
  it('a negative infection test is no negative pregnancy test (review s29 r28)', () => {
    const t = "I'm 7 weeks pregnant, pain on my right side. My STI tests came back negative";
    expect(mustAskQuestions({ text: t, facts: readFacts(t) }, 'en', [])).toHaveLength(1);
  });
});

describe('a headache in the six weeks after a birth (c35-003)', () => {
  const opening =
    "had my baby 10 days ago and I've had this headache for 2 days that paracetamol isn't touching. Probably just no sleep lol. Is it ok to take ibuprofen while breastfeeding?";
  it('reads the time since the birth', () => {
    expect(daysSinceBirth(opening)).toBe(10);
    expect(daysSinceBirth('生完孩子两周，头有点疼')).toBe(14);
    expect(daysSinceBirth('产后第5天')).toBe(5);
    expect(daysSinceBirth('gave birth 3 weeks ago')).toBe(21);
    expect(withinSixWeeksOfBirth('坐月子第三周头疼')).toBe(true);
    expect(withinSixWeeksOfBirth('had my baby 4 months ago and get headaches')).toBe(false);
  });
  it('asks the blood pressure and the sight after the turn’s own questions, in both languages', () => {
    const q = texts(ask(opening));
    expect(q).toHaveLength(4);
    expect(q[3]).toMatch(/blood pressure.*blurred vision/);
    const zh = texts(ask('生完孩子两周，头有点疼，是不是没睡好'));
    expect(zh[zh.length - 1]).toMatch(/血压.*模糊/);
    expect(texts(ask('生完孩子两周，乳头疼得厉害')).some((x) => /血压/.test(x))).toBe(false);
  });
  it('grades by the signs told anywhere in the case', () => {
    expect(
      readPostpartumHeadache(`${opening}\nThe midwife's machine yesterday said 158/102 I think. I keep getting flashing zigzags and things look a bit blurry.`)
        ?.level,
    ).toBe('emergency');
    expect(readPostpartumHeadache(`${opening}\nlast reading 164/100`)?.level).toBe('emergency');
    expect(readPostpartumHeadache(opening)?.level).toBe('urgent');
    expect(readPostpartumHeadache('生完孩子10天，头痛两天了，有点累')).toBeNull();
    expect(readPostpartumHeadache('生完孩子10天，头痛两天了，看东西模糊')?.level).toBe('emergency');
    expect(readPostpartumHeadache(`${opening}\nNo blurred vision, no fits. BP 128/80`)?.level).toBe('urgent');
    expect(readPostpartumHeadache('had my baby 10 days ago, no headache, just hot flashes at night')).toBeNull();
  });
  it('the consultation ends an emergency once the reply tells the sight (the triage alone read it urgent)', () => {
    const first = ask(opening);
    const reply = 'They said it was a bit high on the ward. The midwife said 158/102. I keep getting flashing zigzags and things look blurry.';
    const end = ask(opening, [
      { role: 'assistant', content: first.action === 'ask' ? first.text : '' },
      { role: 'user', content: reply },
    ]);
    expect(end.action).toBe('answer');
    expect(end.triage.level).toBe('emergency');
    expect(end.triage.reasons).toContain('consult:postpartum-headache');
  });
});

describe('one-sided low pain where a pregnancy is possible, and the ectopic signs read over the consultation', () => {
  const q = (t: string) => mustAskQuestions({ text: t, facts: readFacts(t) }, /[\u4e00-\u9fff]/.test(t) ? 'zh' : 'en', []);
  it('asks a woman (or an unsaid sex) with one-sided low pain whether she could be pregnant, and the signs', () => {
    expect(q('really bad pain low down on one side of my stomach')[0]).toMatch(/pregnant.*shoulder.*faint/);
    expect(q('Worse period pain than normal, mostly on my right side, plus a bit of spotting')).toHaveLength(1);
    expect(q('右下腹疼了一天，越来越厉害')[0]).toMatch(/怀孕.*肩膀尖/);
  });
  it('not a man, not someone else’s son, not when pregnancy or the period’s timing is told', () => {
    for (const t of [
      '35岁男，左下腹痛两天',
      'my husband has pain low on the right side',
      'pain on my right side, my period came last week as normal',
      '30M, pain lower left side',
    ])
      expect(
        q(t).filter((x) => /late or missed|月经推迟/.test(x)),
        t,
      ).toEqual([]);
  });
  it('joins who, what and a sign told in different messages; a fear, a denial or a man is no sign', () => {
    const open = 'Worse period pain than normal, mostly on my right side, plus a bit of spotting.';
    expect(ectopicSigns(`${open}\nActually my period's about two weeks late. I nearly fainted in the shower.`)).toBe(true);
    expect(ectopicSigns('怀孕6周，小腹隐痛。\n刚才差点晕倒')).toBe(true);
    expect(ectopicSigns('7 weeks pregnant, cramps on the left.\nthe tip of my shoulder hurts')).toBe(true);
    expect(ectopicSigns('7 weeks pregnant, cramps.\nwhat if I faint?')).toBe(false);
    expect(ectopicSigns('怀孕6周，小腹隐痛。\n怕会晕倒')).toBe(false);
    expect(ectopicSigns('7 weeks pregnant, cramps.\nI didn’t faint, no shoulder pain')).toBe(false);
    expect(ectopicSigns('30 weeks pregnant, cramps.\nI nearly fainted')).toBe(false);
    expect(ectopicSigns('pain on the left.\nperiod is regular, I nearly fainted')).toBe(false);
    // Only a reply's sign is read (from = the opening's length): an opening's faint is the triage's own reading.
    const mum = "I'm 6 weeks pregnant with mild cramps. My mum nearly fainted when I told her the news lol";
    expect(ectopicSigns(mum, mum.length)).toBe(false);
    expect(ectopicSigns(`${mum}\nI nearly fainted this morning`, mum.length)).toBe(true);
  });
});

describe('review s30: the readers count the patient’s own sign, now; the frames step aside where pregnancy is ruled out', () => {
  const q = (t: string) => mustAskQuestions({ text: t, facts: readFacts(t) }, /[\u4e00-\u9fff]/.test(t) ? 'zh' : 'en', []);
  it('a faint that is someone else’s or at a blood test is no ectopic sign (b34, d01, b26, b33); the patient’s own still is', () => {
    const open = '6 weeks pregnant, light spotting';
    expect(ectopicSigns(`${open}\nno, my mum fainted when I told her I was pregnant though haha`, open.length)).toBe(false);
    expect(ectopicSigns(`${open}\nno, but my friend fainted at the gym last week`, open.length)).toBe(false);
    expect(ectopicSigns(`${open}\nI fainted at the clinic when they took blood this morning, I'm fine now`, open.length)).toBe(false);
    expect(ectopicSigns('怀孕7周，小腹有点痛\n没有，是我妈昨天晕倒了，我担心她', 10)).toBe(false);
    expect(ectopicSigns(`${open}\nyes, I nearly fainted when I stood up`, open.length)).toBe(true);
    expect(ectopicSigns(`${open}\nI told my mum I nearly fainted this morning`, open.length)).toBe(true);
    expect(ectopicSigns('怀孕7周，小腹有点痛\n有，刚才差点晕倒', 10)).toBe(true);
  });
  it('another person’s or another time’s blood pressure is not the mother’s (a43, d05, a44)', () => {
    expect(readPostpartumHeadache("2 weeks postpartum and I have a headache\nmine wasn't checked, but my husband's was 165/110 yesterday")).toBeNull();
    expect(readPostpartumHeadache("3 weeks postpartum, headache\nMy mum's was 170/110 last year though")).toBeNull();
    expect(readPostpartumHeadache('生完宝宝两周，头痛\n我婆婆血压170/110，我自己的是125/80')).toBeNull();
    expect(readPostpartumHeadache('2 weeks postpartum, headache\nmy husband took it, 170/112')?.level).toBe('emergency');
    expect(readPostpartumHeadache('生完宝宝两周，头痛\n老公帮我量了血压170/112')?.level).toBe('emergency');
  });
  it('no pregnancy question after a hysterectomy, a negative test, for a man, or for a pain not low in the belly (b16, b30, c26–c28, d12)', () => {
    for (const t of [
      'lower left side pain for 2 days, I had a hysterectomy 5 years ago',
      "Period was a week late, the test was negative, and now I've got normal period cramps",
      'lower back pain on the left side after lifting boxes, 35F',
      'pain in the left side of my chest since this morning, 40F',
      'my ear ache on the left side for 2 days, 30F',
      "left lower belly pain, 40, I'm a guy btw",
    ])
      expect(q(t), t).toEqual([]);
    for (const t of ['lower left belly pain for 2 days, 30F', 'pain on the left side of my tummy since yesterday', '右下腹疼两天'])
      expect(q(t), t).toHaveLength(1);
  });
});
