// Session 33: the reply's commitment, read by structure. (1) A one-answer reading from prose stands only when no other
// option is asserted (rival-assertion.ts): blind xam-120 "首選腹部超音波（A）。HIDA 掃描雖然敏感度最高…" read C, xm-111 "PTU
// is the preferred thionamide … propranolol and hydrocortisone are adjuncts" read E, xam-112 "SIADH → paraneoplastic →
// small cell. Squamous cell is the one with hypercalcemia" read A — each now no answer, never the rival. (2) A
// multi-answer closing that counts its choice ("…这四项", "these three", "— all of them") fixes the set's size
// (stated-count.ts): xam-020, xam-049, xam-105 were partial sets. (3) A closing paragraph that is one "all except …"
// sentence is read as the complement, and its exception is never the answer (closing-reference.ts): xam-083
// "Everything but amoxicillin." read D.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';
import { statedCount } from './stated-count.js';

const chole = { A: 'Abdominal ultrasound', B: 'CT abdomen', C: 'HIDA scan', D: 'MRCP', E: 'Plain abdominal X-ray' };
const choleQ = 'What is the first-line imaging test for suspected acute cholecystitis?';
const storm = { A: '甲巯咪唑', B: '卡比马唑', C: '丙硫氧嘧啶', D: '碘化钾', E: '普萘洛尔' };
const stormQ = '甲状腺危象时，首选的抗甲状腺药物是';
const lung = { A: 'Squamous cell carcinoma', B: 'Small cell carcinoma', C: 'Adenocarcinoma', D: 'Large cell carcinoma' };
const lungQ = 'A smoker has SIADH and a central lung mass. Most likely tumor type?';
const se = { A: 'Lorazepam', B: 'Phenytoin', C: 'Sodium valproate', D: 'Levetiracetam' };
const seQ = 'First drug for convulsive status epilepticus?';

const one = (out: string, options: Record<string, string>, question: string) => readChoiceAnswer(out, { options, multi: false, question }).value;

describe('a reading from prose with another option asserted is no answer', () => {
  it.each([
    ['首選腹部超音波（A）。HIDA 掃描雖然敏感度最高，但通常在超音波結果不明確時才使用。', chole, choleQ],
    [
      'In thyroid storm, propylthiouracil (PTU) is the preferred thionamide. It also inhibits T4 to T3 conversion. Iodide should be given at least 1 hour after the thionamide, and propranolol and hydrocortisone are adjuncts.',
      storm,
      stormQ,
    ],
    ['SIADH → paraneoplastic → small cell. Squamous cell is the one with hypercalcemia (PTHrP).', lung, lungQ],
  ] as const)('blind shape: %s', (out, options, q) => expect(one(out, options, q)).toBeNull());

  it.each([
    // The one read is concluded on: the rival does not undo it.
    ['Cushing disease is the most common endogenous cause. So overall it is lorazepam.', 'A'],
    // A later turn to the one read supersedes the earlier assertion.
    ['Lorazepam is first-line, which beats phenytoin. But levetiracetam is better.', 'D'],
    // What a clause names beside the one read, and what it is compared with, is no rival.
    ['Lorazepam is first-line, which phenytoin and valproate are not.', 'A'],
  ] as const)('still read: %s', (out, want) => expect(one(out, se, seQ)).toBe(want));

  it.each([
    // Near-misses: the rival asserted by letter, by a marker, at an arrow's end — in either order.
    'Give A first. Phenytoin is the classic second agent and levetiracetam is used too.',
    'First-line is lorazepam (A). Levetiracetam is increasingly used as the second agent.',
    'benzo → lorazepam. Phenytoin comes later.',
  ])('no wrong letter: %s', (out) => expect(one(out, se, seQ) ?? 'A').toBe('A'));
});

const mtx = { A: '骨髓抑制', B: '肝毒性', C: '口腔黏膜溃疡', D: '耳毒性', E: '间质性肺炎' };
const hypo = { A: 'Sweating', B: 'Tremor', C: 'Palpitations', D: 'Confusion' };
const multi = (out: string, options: Record<string, string>) => readChoiceAnswer(out, { options, multi: true }).value;

describe('a multi-answer closing that counts its choice', () => {
  it('reads the count of the closing sentence only, in a clause that chooses', () => {
    expect(statedCount('所以应选骨髓抑制、肝毒性、口腔溃疡和肺炎这四项。')).toBe(4);
    expect(statedCount('故选乙肝和黄曲霉毒素这两项。')).toBe(2);
    expect(statedCount('所以正确的是前三项。')).toBe(3);
    expect(statedCount('So the answer is these three.')).toBe(3);
    expect(statedCount('a, b, c, d — all of them', 4)).toBe(4);
    // A count said of a pair, not of the choice; a count in reasoning; a count of days.
    expect(statedCount('选ABE，呋塞米是排钾利尿剂，碱中毒时钾向细胞内转移，这两项都会导致低钾。')).toBeNull();
    expect(statedCount('The answer is A, C and E. In short, those two only inhibit growth.')).toBeNull();
    expect(statedCount('这两项检查都不敏感。所以选A、C。')).toBeNull();
    expect(statedCount('Answer: A and C, both given for the first 3 days.')).toBeNull();
  });
  it.each([
    ['甲氨蝶呤常见不良反应包括骨髓抑制、肝毒性、口腔黏膜溃疡，还可引起间质性肺炎。耳毒性是顺铂的特点。所以应选骨髓抑制、肝毒性、口腔溃疡和肺炎这四项。', mtx],
  ] as const)('a set of another size is no answer: %s', (out, options) => expect(multi(out, options)).toBeNull());
  it.each([
    ['所以应选A、B、C、E，共四项。', mtx, 'ABCE'],
    ['A, B, C, D — all of them', hypo, 'ABCD'],
    // Session 35: the lower-case list's last letter before the dash is read (letter-set.ts), so the set is whole.
    ['a, b, c, d — all of them', hypo, 'ABCD'],
  ] as const)('a set of that size stands: %s', (out, options, want) => expect(multi(out, options)).toBe(want));
  // The letter readers leave the E of "E这四项" unread (ABC at session start): the count makes it no answer, not ABC.
  it('a letter the readers miss before the count', () => expect(multi('所以应选A、B、C、E这四项。', mtx)).toBeNull());
});

const qt = { A: 'Azithromycin', B: 'Haloperidol', C: 'Ondansetron', D: 'Amoxicillin', E: 'Methadone' };
// Review fix (session 33 review, S2 p35/p36/p71/p72): a count in a clause that rejects or negates, or that counts options
// the clause names itself among more the closing names, does not size the answer — each was right at session start.
const he = { A: '上消化道出血', B: '高蛋白饮食', C: '便秘', D: '口服乳果糖', E: '低钾性碱中毒' };
describe('a count that does not size the answer (review fix)', () => {
  it.each([
    ['The correct answers are B and E and the three others are wrong.', qt, 'BE'],
    ['选A、B，不选这三个：C、D、E。', he, 'AB'],
    ['答案：A、B、C、E，其中A、B这两项是最常考的正确选项。', he, 'ABCE'],
    ['The answers are A, B, C and E, though the two correct ones tested most often are B and E.', qt, 'ABCE'],
    ['答案：A、B、C、E，A、B这两项是最常考的正确选项。', he, 'ABCE'],
  ] as const)('%s', (out, options, want) => expect(multi(out, options)).toBe(want));
  it('reads no count there, and still the count of the choice', () => {
    expect(statedCount('The correct answers are B and E and the three others are wrong.')).toBeNull();
    expect(statedCount('选A、B，不选这三个：C、D、E。')).toBeNull();
    expect(statedCount('答案:A,B,C,E,其中A,B这两项是最常考的正确选项.')).toBeNull();
    expect(statedCount('不选C、D，E这三项。')).toBeNull();
    // The rejected count set aside, the chosen one stands (blind xt-111: BC read, ABC gold — now no answer).
    expect(statedCount('所以前三个选，后两个不选。')).toBe(3);
    // The list the count ends is the choice itself, not a subset of it.
    expect(statedCount('所以选A,B,C,E这四项.')).toBe(4);
    expect(statedCount('答案是A,B,C,E这四项.')).toBe(4);
  });
  // Cantonese: 揀 chooses, 呢/嗰 point, 個/項 count (reviewer blind b09 read D, the rejected option, at session start).
  it('a Cantonese count of the choice', () => {
    expect(statedCount('揀ABCE呢四個啦，D唔啱，網織紅升高係溶血先會見到。')).toBe(4);
    expect(
      multi('揀ABCE呢四個啦，D唔啱，網織紅升高係溶血先會見到。', {
        A: '血清鐵蛋白低',
        B: '總鐵結合力高',
        C: 'MCV細',
        D: '網織紅細胞明顯升高',
        E: '轉鐵蛋白飽和度低',
      }),
    ).not.toBe('D');
  });
});

describe('a closing that is one "all except" sentence', () => {
  it('"but" after a clause is a contrast, not an exception (diff read s33)', () =>
    expect(one('All of these can work, but an abdominal ultrasound is the first-line choice.', chole, choleQ)).toBe('A'));
  it.each([
    ['Everything but amoxicillin.', 'ABCE'],
    ['All except amoxicillin.', 'ABCE'],
    ['Everything but D.', 'ABCE'],
    // What the sentence says of the exception decides: the rest wrong, the exception alone.
    ['Everything but amoxicillin is wrong.', 'D'],
  ] as const)('%s', (out, want) => expect(multi(out, qt)).toBe(want));
  it('no credit for the exception: a doubt after it', () => expect(multi('Everything but amoxicillin, maybe.', qt)).not.toBe('D'));
  // At session start each of these read D: what the last sentence excepts is never the answer read from prose.
  it.each([
    'Everything but amoxicillin, probably.',
    'Everything but amoxicillin would be my guess.',
    'All except amoxicillin (which is safe).',
    'All but amoxicillin, I think.',
    'Everything but amoxicillin — and even that is debatable.',
  ])('the exception is not the answer: %s', (out) => expect(multi(out, qt)).toBeNull());
  it('a question asking for the exception keeps it', () =>
    expect(
      readChoiceAnswer('乳果糖是治疗药物。\n\n除D外都是诱因。', {
        options: { A: '上消化道出血', B: '高蛋白饮食', C: '便秘', D: '口服乳果糖', E: '低钾性碱中毒' },
        multi: false,
        question: '下列关于肝性脑病的诱因，除哪项外均是',
      }).value,
    ).toBe('D'));
  // At session start both read D (prose-letter, prose-text): an exception on a one-answer item is no answer.
  it.each(['Everything but D.', 'All except amoxicillin.'])('a one-answer item: %s', (out) =>
    expect(readChoiceAnswer(out, { options: qt, multi: false }).value).toBeNull(),
  );
});

// Diff read s35 (H3): the lower-case list's last-letter reading took an article or pronoun after a comma as an item
// ("b and d, a classic exam pairing" read ABD) — a Latin word after it keeps START's reading.
describe('a lower-case word after a lower-case list is no item', () => {
  const five = { A: 'a', B: 'b', C: 'c', D: 'd', E: 'e' };
  it.each([
    ['Answer: b and d, a classic exam pairing.', 'BD'],
    ['The correct options are c, e, a point often missed.', 'CE'],
    ['b and c, a well-known pair', 'BC'],
    ['answer: a, c, e', 'ACE'],
  ])('%s', (out, want) => expect(readChoiceAnswer(out, { options: five, multi: true }).value).toBe(want));
});
