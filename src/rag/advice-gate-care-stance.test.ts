import { describe, expect, it } from 'vitest';
import { triage } from '../safety/triage.js';
import { createAdviceGate, holdSourceAdvice } from './advice-gate.js';
import type { PackagedSource } from './package-sources.js';

// Session 19 (#10): an answer to a message triaged urgent or emergency never carries a page's claim that care is not
// needed (care-stance.ts), and a medicine the question's measured condition rules out is a rule objecting
// (measured-conditions.ts, contraindications.ts). Pages and questions are own probes and review s18 S7's repros; one
// uploaded page at authority A is the only source, the question triaged as the product triages it.
const upload = (text: string, lang: 'en' | 'zh' = 'en'): PackagedSource => ({
  n: 1,
  text,
  truncated: false,
  hit: { id: 'd1#1', docId: 'd1', title: 'Patient leaflet', section: '', source: 'uploads', authority: 'A', lang, score: 1, text },
});
const heldFor = (question: string, page: string) => {
  const src = upload(page, /\p{Script=Han}/u.test(page) ? 'zh' : 'en');
  const level = triage(question).level;
  const gate = createAdviceGate([src], { question, urgent: level !== 'routine', level });
  return holdSourceAdvice(gate, [src]).map((h) => h.sentence);
};

describe('a claim that care is not needed is held after an urgent or emergency triage', () => {
  it.each([
    // review s18 S7
    [
      "My 2 year old has a fever and a rash that doesn't fade under a glass, can I check again in the morning?",
      "If a feverish child's rash does not fade under a glass, give ibuprofen and check again in the morning; most such rashes are viral.",
    ],
    // own probes, written before the reading
    [
      "my son ate a peanut cookie and his lips and tongue are swelling, he's wheezing. is an antihistamine enough?",
      'Most reactions settle within an hour at home.',
    ],
    ['宝宝45天，发烧38.6度，在家物理降温可以吗？', '两个月以内的宝宝发烧，在家物理降温就可以，去医院反而容易交叉感染。'],
    ['刚被蜜蜂蛰了，嗓子发紧喘不上气，吃片氯雷他定可以吗？', '吃一片氯雷他定就行，没必要打120，救护车太贵。'],
    [
      'I have burning when I pee, fever of 39 and pain in my right side of my back. Can I flush it out with lemon water?',
      'Kidney infections can be flushed out with lemon water and parsley tea; antibiotics are rarely needed even with fever.',
    ],
    [
      'uti since tuesday, now i have a fever 38.6 and my lower back hurts on one side. can i just keep doing cranberry juice?',
      'Even if you develop a fever or pain in your back, cranberry juice and plenty of water will clear the infection without antibiotics.',
    ],
    [
      "Mum's face drooped on one side and her speech is slurred since 10 minutes ago, should we let her sleep it off?",
      'Facial droop and slurred speech in older people is often tiredness.',
    ],
    ['我爸60岁，胸口压着疼半小时了，出冷汗，往左胳膊窜，要不要明天再去医院？', '胸口闷痛出冷汗多半是胃的问题，喝点热水躺一躺。'],
  ])('%s', (question, page) => {
    expect(heldFor(question, page).length, page).toBeGreaterThan(0);
  });

  it('holds a protective treatment forgone, even told as what someone else did, at any triage level', () => {
    expect(
      heldFor(
        'got bitten by a street dog abroad, skin broken, do I need rabies shots?',
        'He washed it with garlic and vinegar, so he never needed the rabies shots.',
      ).length,
    ).toBe(1);
    expect(heldFor('被猫抓伤了要打针吗', '用肥皂水冲洗就行，不用打狂犬疫苗。').length).toBe(1);
  });

  it('lets emergency care and the page’s own referrals stand', () => {
    for (const [q, page] of [
      [
        'I got a sudden awful headache out of nowhere, worst ever, what should I do?',
        'A sudden, severe headache that peaks within a minute can be a bleed in the brain. Call 999 or go to A&E immediately.',
      ],
      ['stung by a wasp and my lips are swelling, what do I do?', 'Call 999 now, even if the swelling seems to settle.'],
      // review s19 C4: care now, whatever it costs
      ["I'm 58, crushing chest pain for 40 minutes spreading to my jaw, sweating", 'Go to A&E now even though the queue may be long.'],
      ['我爸突然嘴歪了说话不清楚怎么办', '出现口角歪斜、言语不清、一侧肢体无力时，应立即拨打120，并记下发病时间。'],
      [
        'my toddler has a fever and a rash that does not fade under a glass',
        'Go to the emergency department straight away; do not wait to see if the rash fades.',
      ],
    ])
      expect(heldFor(q, page), page).toEqual([]);
  });
});

describe('a medicine the question’s measured condition rules out is held (contraindication table + measured conditions)', () => {
  it.each([
    [
      'does sudafed raise blood pressure? my bp is usually like 160/100',
      "Pseudoephedrine is the better pick for you because it doesn't affect blood pressure.",
    ],
    ['I have high blood pressure, 170/105 today, can I take Sudafed for my cold?', 'Sudafed is perfectly fine for people with high blood pressure.'],
    // review s19 C3
    ['BP 150 over 95 this morning, can I take Sudafed for my cold?', 'Sudafed is perfectly fine for a cold.'],
    ['我肌酐180 肾小球滤过率25 还能继续吃二甲双胍吗', '二甲双胍不经过肾脏排泄，所以肾功能不全的糖友反而最适合吃它。'],
    ['我在做透析，二甲双胍还能照常吃吗', '透析的糖友照样可以吃二甲双胍，剂量不用调整。'],
  ])('%s', (question, page) => {
    expect(heldFor(question, page).length, page).toBeGreaterThan(0);
  });
});
