import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { checkerVoice, chooseDescribedTopic, describedOverNamedOther, fuseDifferential, narrowNamedFinding } from './described-choice.js';
import { buildDescribedTopicIndex } from './described-topic.js';

const analyzer = createAnalyzer();
const q = (t: string) => analyzer.queryTerms(t);

describe('fuseDifferential (pure)', () => {
  it('joins one condition spelt two ways and sums each reader scaled by its best', () => {
    const fused = fuseDifferential({
      D: [
        { name: 'Cold Sores', score: 20 },
        { name: 'Canker Sores', score: 18 },
      ],
      L: [{ name: 'Cold sore', score: 4 }],
      S: [],
    });
    expect(fused[0]).toMatchObject({ name: 'Cold Sores', rank: { D: 1, L: 1 } });
    expect(fused[0].score).toBeCloseTo(2);
    expect(fused[1]).toMatchObject({ name: 'Canker Sores', rank: { D: 2 } });
  });
});

describe('chooseDescribedTopic: the differential needs two readers to agree', () => {
  // Two near-twin descriptions: the sources alone have no margin, so their own rule names no topic.
  const entities = [
    { name: 'Ganglion cyst', lang: 'en' as const, docs: [1], text: 'a soft rubbery lump on the wrist or hand that grows with use' },
    { name: 'Soft tissue sarcoma', lang: 'en' as const, docs: [2], text: 'a soft rubbery lump on the wrist or hand that grows' },
    ...Array.from({ length: 25 }, (_, i) => ({ name: `Other ${i}`, lang: 'en' as const, docs: [100 + i], text: `unrelated condition number ${i} rash fever` })),
  ];
  const described = buildDescribedTopicIndex(entities, (t) => analyzer.terms(t));
  const terms = q('soft rubbery lump on my wrist, bigger when I use my hand');
  const base = { terms, lang: 'en' as const, described, isSymptom: () => false };

  it('takes the fused first when the symptom lists agree with the descriptions', () => {
    expect(described.resolve(terms, 'en').topic).toBeUndefined();
    const pick = chooseDescribedTopic({ ...base, symptoms: [{ name: 'Ganglion cyst', score: 7.5 }] });
    expect(pick).toMatchObject({ name: 'Ganglion cyst', docs: [1], via: 'differential' });
  });
  it('takes the fused first when the symptom checker agrees with the descriptions (the fourth reader)', () => {
    const pick = chooseDescribedTopic({ ...base, symptoms: [], checker: [{ name: 'Ganglion cyst', score: 4.2, complaints: 2 }] });
    expect(pick).toMatchObject({ name: 'Ganglion cyst', docs: [1], via: 'differential' });
    // The checker's voice needs three described findings, all complaints or signs (not a site, a person, a time).
    const voiced = checkerVoice([
      { name: 'Ganglion cyst', score: 4.2, matched: ['肿块 / lump', '手 / hand', '腕 / wrist'], complaints: 1 },
      { name: 'Soft tissue sarcoma', score: 4, matched: ['肿块 / lump', '刺痛 / stabbing', '压痛 / tender'], complaints: 3 },
    ]);
    expect(voiced.map((c) => c.name)).toEqual(['Soft tissue sarcoma']);
    expect(chooseDescribedTopic({ ...base, symptoms: [], checker: checkerVoice([]) })).toBeUndefined();
    // Where the three readers already choose, the checker is not heard (it cannot turn their choice).
    const both = { ...base, symptoms: [{ name: 'Ganglion cyst', score: 7.5 }], checker: [{ name: 'Soft tissue sarcoma', score: 9, complaints: 3 }] };
    expect(chooseDescribedTopic(both)).toMatchObject({ name: 'Ganglion cyst' });
  });
  it('names nothing on one reader alone, for a symptom page, or when the caller gives no symptom reading', () => {
    expect(chooseDescribedTopic({ ...base, symptoms: [] })).toBeUndefined();
    expect(chooseDescribedTopic({ ...base, symptoms: [{ name: 'Wrist injury', score: 3 }] })).toBeUndefined();
    expect(chooseDescribedTopic({ ...base, symptoms: [{ name: 'Ganglion cyst', score: 7.5 }], isSymptom: (n) => n === 'Ganglion cyst' })).toBeUndefined();
    expect(chooseDescribedTopic(base)).toBeUndefined();
  });
  it('names nothing when two conditions are backed equally (no lead)', () => {
    const both = [
      { name: 'Ganglion cyst', score: 5 },
      { name: 'Soft tissue sarcoma', score: 5 },
    ];
    expect(chooseDescribedTopic({ ...base, symptoms: both })).toBeUndefined();
  });
});

describe('narrowNamedFinding: a named finding gives way to the condition the whole question describes', () => {
  // Snoring is shown by ten other conditions' descriptions, so the knowledge base says it is a finding.
  const entities = [
    {
      name: 'Sleep apnea',
      lang: 'en' as const,
      docs: [1],
      text: 'loud snoring, pauses in breathing during sleep, gasping, daytime sleepiness, dozing at work',
    },
    { name: 'Snoring', lang: 'en' as const, docs: [2], text: 'snoring is noisy breathing during sleep' },
    ...Array.from({ length: 10 }, (_, i) => ({ name: `Snorer ${i}`, lang: 'en' as const, docs: [50 + i], text: `condition ${i} may cause snoring` })),
    ...Array.from({ length: 30 }, (_, i) => ({ name: `Other ${i}`, lang: 'en' as const, docs: [100 + i], text: `unrelated condition number ${i} rash fever` })),
  ];
  const described = buildDescribedTopicIndex(entities, (t) => analyzer.terms(t));
  const named = { docs: [2], terms: q('snoring') };
  const input = (question: string) => ({ terms: q(question), lang: 'en' as const, described, isSymptom: () => false, named });

  it('takes the described condition when its description shows the finding and two telling terms more', () => {
    expect(described.mentioning(q('snoring'), 'en')).toBe(12);
    const pick = narrowNamedFinding(input('husband snoring loud, pauses in breathing and gasping, dozing at work'));
    expect(pick).toMatchObject({ name: 'Sleep apnea', docs: [1] });
  });
  it('keeps the page of a finding asked about alone, and of a name few descriptions show', () => {
    expect(narrowNamedFinding(input('how do I stop snoring'))).toBeUndefined();
    const rare = { ...input('loud snoring, pauses in breathing, gasping, dozing at work'), named: { docs: [2], terms: q('gasping') } };
    expect(described.mentioning(q('gasping'), 'en')).toBe(1);
    expect(narrowNamedFinding(rare)).toBeUndefined();
  });
  it('never answers with the named page itself, nor counts words most descriptions use', () => {
    expect(
      narrowNamedFinding({ ...input('husband snoring loud, pauses in breathing and gasping, dozing at work'), named: { docs: [1, 2], terms: q('snoring') } }),
    ).toBeUndefined();
    // "condition" is in nearly every description: it tells nothing about which one.
    expect(described.share('condit', 'en')).toBeGreaterThan(0.05);
  });
  it('counts a compound and the words inside it once (高血糖 with its 血糖 is one term)', () => {
    const zh = [
      { name: '糖尿病肾病', lang: 'zh' as const, docs: [7], text: '糖尿病患者高血糖，出现蛋白尿、水肿' },
      ...Array.from({ length: 12 }, (_, i) => ({ name: `并发症${i}`, lang: 'zh' as const, docs: [200 + i], text: `糖尿病可伴发第${i}种病变` })),
      ...Array.from({ length: 30 }, (_, i) => ({ name: `其他${i}`, lang: 'zh' as const, docs: [300 + i], text: `无关的疾病${i}，发热皮疹` })),
    ];
    const index = buildDescribedTopicIndex(zh, (t) => analyzer.terms(t));
    const ask = (question: string) =>
      narrowNamedFinding({
        terms: q(question),
        lang: 'zh',
        described: index,
        isSymptom: () => false,
        symptoms: [{ name: '糖尿病肾病', score: 5 }],
        named: { docs: [1], terms: q('糖尿病') },
      });
    expect(ask('糖尿病 高血糖')).toBeUndefined();
    expect(ask('糖尿病，高血糖，还有蛋白尿')).toMatchObject({ name: '糖尿病肾病', docs: [7] });
  });
});

describe('describedOverNamedOther: a medicine, test or life stage named in passing gives way to the described condition', () => {
  const entities = [
    {
      name: 'Lyme disease',
      lang: 'en' as const,
      docs: [1],
      text: 'after a tick bite an expanding red rash with a clearing centre, erythema migrans, fatigue, aching joints, treated with antibiotics',
    },
    { name: 'Cellulitis', lang: 'en' as const, docs: [3], text: 'red hot swollen skin that spreads, fever, treated with antibiotics' },
    ...Array.from({ length: 30 }, (_, i) => ({
      name: `Other ${i}`,
      lang: 'en' as const,
      docs: [100 + i],
      text: `unrelated condition number ${i} cough fever`,
    })),
  ];
  const described = buildDescribedTopicIndex(entities, (t) => analyzer.terms(t));
  // The Antibiotics page (docs [2]) is about no condition: it is named, not described.
  const named = { docs: [2], terms: q('antibiotics') };
  const input = (question: string) => ({ terms: q(question), lang: 'en' as const, described, isSymptom: () => false, named });

  it('takes the condition the question describes, sure by its sources, when it shares two telling terms more', () => {
    const pick = describedOverNamedOther(input('pulled a tick off, now an expanding red rash with a clearing centre, aching joints. do I need antibiotics?'));
    expect(pick).toMatchObject({ name: 'Lyme disease', docs: [1] });
  });
  it('a differential alone (readers agreeing on a condition its sources are not sure of) does not move a written name', () => {
    // Two near-twin descriptions: the sources are not sure; the symptom lists agree with one (a differential choice).
    const twins = buildDescribedTopicIndex(
      [
        { name: 'Ganglion cyst', lang: 'en' as const, docs: [1], text: 'a soft rubbery lump on the wrist or hand that grows with use' },
        { name: 'Tendon sheath cyst', lang: 'en' as const, docs: [4], text: 'a soft rubbery lump on the wrist or hand that grows' },
        ...Array.from({ length: 25 }, (_, i) => ({ name: `Other ${i}`, lang: 'en' as const, docs: [100 + i], text: `unrelated condition ${i} rash fever` })),
      ],
      (t) => analyzer.terms(t),
    );
    const ask = { terms: q('soft rubbery lump on my wrist, bigger when I use my hand, will an ultrasound show it'), lang: 'en' as const, described: twins };
    const lists = { isSymptom: () => false, symptoms: [{ name: 'Ganglion cyst', score: 7.5 }] };
    expect(chooseDescribedTopic({ ...ask, ...lists })).toMatchObject({ name: 'Ganglion cyst', via: 'differential' });
    expect(describedOverNamedOther({ ...ask, ...lists, named: { docs: [2], terms: q('ultrasound') } })).toBeUndefined();
  });
  it('keeps the named page when the question is about it alone, or the description is not sure', () => {
    expect(describedOverNamedOther(input('how long should I take antibiotics for?'))).toBeUndefined();
    // One telling term beside the name: "rash" fits both conditions' descriptions equally — no sure condition.
    expect(describedOverNamedOther(input('red rash, do I need antibiotics'))).toBeUndefined();
  });
  it('never answers with the named page itself', () => {
    const own = {
      ...input('pulled a tick off, now an expanding red rash with a clearing centre, aching joints'),
      named: { docs: [1, 2], terms: q('antibiotics') },
    };
    expect(describedOverNamedOther(own)).toBeUndefined();
  });
});
