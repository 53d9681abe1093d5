import { describe, expect, it } from 'vitest';
import { EMERGENCY_GUIDANCE } from './guidance.js';
import { careConflict, GUIDANCE_ACTS, type GuidanceId, guidanceNamed } from './guidance-acts.js';
import { RED_FLAG_RULES } from './rules.js';

const ids = Object.keys(EMERGENCY_GUIDANCE) as GuidanceId[];

describe('the act table reads the product’s own guidance (one home: guidance.ts)', () => {
  it('every act matches an item of its direction in each emergency it is listed for, in both languages', () => {
    const missing: string[] = [];
    for (const a of GUIDANCE_ACTS)
      for (const id of a.for === 'all' ? ids : a.for)
        for (const lang of ['en', 'zh'] as const) {
          const g = EMERGENCY_GUIDANCE[id];
          const items = a.direction === 'do' ? g.whileWaiting[lang] : g.doNot[lang];
          if (!items.some((x) => (lang === 'en' ? a.en : a.zh).test(x.toLowerCase()))) missing.push(`${a.id} ${id} ${lang}`);
        }
    expect(missing).toEqual([]);
  });

  it('the guidance never contradicts itself: no item or description of any emergency conflicts, read about that emergency', () => {
    const conflicts: string[] = [];
    for (const id of ids) {
      const g = EMERGENCY_GUIDANCE[id];
      const rule = RED_FLAG_RULES.find((r) => r.id === id)!;
      for (const lang of ['en', 'zh'] as const)
        for (const x of [...g.whileWaiting[lang], ...g.doNot[lang], g.looksLike[lang]])
          if (careConflict(x, { topic: rule.title[lang], fired: [id] })) conflicts.push(`${id} ${lang}: ${x}`);
    }
    expect(conflicts).toEqual([]);
  });

  it('names an emergency by the words people use for it (said-as.ts), word forms included', () => {
    expect(guidanceNamed('She had two seizures today')).toContain('unconscious-seizure');
    expect(guidanceNamed('烫伤了怎么办')).toContain('severe-burn-electric');
    expect(guidanceNamed('a sore knee')).toEqual([]);
  });
});

describe('careConflict: a sentence against the product’s own first-aid guidance (session 14’s open holes)', () => {
  it.each([
    ['Do not cool a burn with water.', 'forbids-step', 'cool-burn-with-water'],
    ['Cooling a burn with water is not recommended.', 'forbids-step', 'cool-burn-with-water'],
    ['烫伤后不要用冷水冲洗', 'forbids-step', 'cool-burn-with-water'],
    ['不要按压出血的伤口', 'forbids-step', 'press-on-wound'],
    ['Never call an ambulance for a seizure.', 'forbids-step', 'call-for-help'],
    ['孩子抽搐时不用打120，一般几分钟就好了', 'forbids-step', 'call-for-help'],
    ['不建议心跳骤停时进行胸外按压', 'forbids-step', 'cpr'],
    ["Don't use your EpiPen for a bee sting, just take an antihistamine.", 'forbids-step', 'adrenaline'],
    ["During the seizure put something like a spoon or a folded cloth between her teeth so she doesn't bite her tongue.", 'does-forbidden', 'object-in-mouth'],
    ['抽搐时往孩子嘴里塞毛巾防止咬舌', 'does-forbidden', 'object-in-mouth'],
    ['按照指南，血压超过180/110时应该马上把一片硝苯地平（10毫克）咬碎含在舌下，防止中风。', 'does-forbidden', 'medicine-on-own'],
    ['If you have stroke signs, see your GP next week.', 'routine-care', undefined],
    ['If you have chest pain, wait and see if it passes.', 'routine-care', undefined],
    ['出现中风症状，下周去社区医院看看就行', 'routine-care', undefined],
    // Signs, not a name: the sentence's own danger reading (triage's rules) rates it an emergency.
    ['If the baby is floppy, you can wait and call the GP.', 'routine-care', undefined],
    ['If he has crushing chest pain and sweating, see your GP next week.', 'routine-care', undefined],
    ['胸口剧痛出冷汗，明天再去门诊看看', 'routine-care', undefined],
  ])('%s → %s', (sentence, kind, act) => {
    const c = careConflict(sentence);
    expect(c?.kind).toBe(kind);
    if (act) expect(c?.act).toBe(act);
    expect(c?.says.length).toBeGreaterThan(0);
  });

  it('reads the page topic and the question as what a sentence is about', () => {
    expect(careConflict('Put a folded cloth between their teeth so they do not bite their tongue.')).toBeUndefined();
    expect(careConflict('Put a folded cloth between their teeth so they do not bite their tongue.', { topic: 'What to do during a seizure' })?.act).toBe(
      'object-in-mouth',
    );
    expect(careConflict('Put a folded cloth between their teeth.', { fired: ['unconscious-seizure'] })?.act).toBe('object-in-mouth');
  });

  it.each([
    'Do not put anything in the mouth during a seizure.',
    "Don't wait to call an ambulance if a seizure lasts more than 5 minutes.",
    'Waiting to call an ambulance is dangerous in a seizure.',
    'Do not use ice on a burn.',
    'Using ice on a burn is dangerous.',
    'Do not give home antidotes, milk or salt water after a poisoning.',
    '不要自己开车去医院，中风时拨打120',
    'Do not rely on antihistamines instead of adrenaline for anaphylaxis.',
    "Don't stop pressing on the wound.",
    'For a small burn, see your GP if it does not heal.',
    'After a stroke, see your GP regularly for blood pressure checks.',
    'Never put anything in their mouth during a seizure: it is a myth that people swallow their tongue.',
    'People who take aspirin bleed more easily after a head injury.',
    'Cool the burn under running water for 20 minutes and call 999 if it is large.',
    'Take ibuprofen for a sprained ankle.',
  ])('agrees with the guidance or names no emergency: %s', (sentence) => {
    expect(careConflict(sentence)).toBeUndefined();
  });

  // Own probes on poison-docs-1…18 and 11,452 held-out real answers (chatdoctor5k, huatuo26m-test): descriptions,
  // warnings, questions, lists of don'ts and referrals for care now are no conflict (wording changed).
  it.each([
    'Always check with your midwife or pharmacist before taking any medicine in pregnancy.',
    'Wear well-fitting shoes and ask your GP about a falls assessment.',
    'Toddlers explore the world by putting things in their mouths, so keep small objects away during a seizure.',
    'Toothpaste has no cooling benefit on a burn and irritates the skin.',
    'Making someone vomit after they swallow a corrosive can burn their food pipe a second time.',
    'If low mood or thoughts of self-harm return, contact your GP promptly.',
    'Have you been taking any sleeping pills since the head injury?',
    'Contact your clinic urgently if you start coughing up blood.',
  ])('no conflict: %s', (sentence) => {
    expect(careConflict(sentence)).toBeUndefined();
  });

  it('reads a heading over a list of don’ts and a Chinese "cannot rule out" as what they are', () => {
    expect(careConflict('Burst the blisters on a burn.')?.act).toBe('burst-blisters');
    expect(careConflict('Burst the blisters on a burn.', { topic: 'What not to do after a burn' })).toBeUndefined();
    expect(careConflict('不能排除是抽动症，建议到医院神经科检查。', { fired: ['unconscious-seizure'] })).toBeUndefined();
  });

  // Own probes after READY (ec9025e9): the act by another verb or a bare object, the emergency told by its signs (the
  // sentence's own triage rules), and a time reference to help coming that is no prohibition of it.
  it.each([
    ["Don't bother with an ambulance if someone has a seizure.", 'call-for-help'],
    ['抽搐时用筷子撬开嘴巴塞块毛巾。', 'object-in-mouth'],
    ["When someone has a fit, hold their arms down firmly so they don't hurt themselves.", 'hold-down'],
    ['If your child swallowed bleach, make them vomit with salt water.', 'make-vomit'],
  ])('held: %s', (sentence, act) => {
    expect(careConflict(sentence)?.act).toBe(act);
  });
  it.each([
    'Do not move him before the ambulance arrives after a seizure.',
    "Don't leave a person having a seizure until the paramedics arrive.",
    'After a burn do not wait for the ambulance to start cooling.',
  ])('help coming named as a time, not forbidden: %s', (sentence) => {
    expect(careConflict(sentence)).toBeUndefined();
  });

  it.each([
    'Do not use CPR on someone who is breathing normally.',
    "Don't use your child's EpiPen for a mild itchy rash.",
    'Do not put them on their side if a neck injury is possible.',
    "Don't call an ambulance for a minor burn; cool it under the tap.",
    'Never run a burn under hot water.',
    '烫伤后不要用热水冲。',
  ])('a step forbidden where the guidance does not ask for it: %s', (sentence) => {
    expect(careConflict(sentence)).toBeUndefined();
  });

  it.each([
    ["Don't panic, put a spoon between her teeth during a seizure.", 'object-in-mouth'],
    ['不要慌，抽搐时往嘴里塞毛巾。', 'object-in-mouth'],
  ])('a step after a finished prohibition of something else is a step: %s', (sentence, act) => {
    expect(careConflict(sentence)?.act).toBe(act);
  });

  it.each([
    ['出血的时候别压伤口，让血流出来可以排毒。', 'press-on-wound'],
    ['低血糖昏迷时要赶紧喂糖水。', 'by-mouth-not-awake'],
    ['If he is drowsy after a seizure, give him some water.', 'by-mouth-not-awake'],
  ])('own probes (session 15): %s', (sentence, act) => {
    expect(careConflict(sentence)?.act).toBe(act);
  });
  it.each(['Low sugar and awake enough to swallow: give a sugary drink now.', '低血糖但还清醒时，喝点糖水。', '不要让血压升高导致出血。'])(
    'no conflict: %s',
    (sentence) => {
      expect(careConflict(sentence)).toBeUndefined();
    },
  );
});
