// Session 32: who an assertion is about (asserted-subject.ts). Replies of our own, written before running them (also in
// bench/extract-s32-subject-probes.jsonl); the no-credit half are the shapes this reading could wrongly credit.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const thyEn = { A: 'Methimazole', B: 'Propranolol', C: 'Potassium iodide', D: 'Propylthiouracil' };
const thyZh = { A: '甲巯咪唑', B: '普萘洛尔', C: '碘化钾', D: '丙硫氧嘧啶' };
const ecl = { A: 'Diazepam', B: 'Phenytoin', C: 'Magnesium sulfate', D: 'Levetiracetam' };
const se = { A: 'Lorazepam', B: 'Phenytoin', C: 'Sodium valproate', D: 'Levetiracetam' };
const anaZh = { A: '肾上腺素肌注', B: '苯海拉明静注', C: '糖皮质激素静注', D: '沙丁胺醇雾化' };
const anaEn = { A: 'IM adrenaline', B: 'IV chlorphenamine', C: 'IV hydrocortisone', D: 'Nebulised salbutamol' };
const dmZh = { A: '格列本脲', B: '二甲双胍', C: '阿卡波糖', D: '瑞格列奈' };
const qt = 'Which drug is preferred in thyroid storm in the first trimester?';
const qe = 'Which drug prevents eclamptic seizures?';
const qs = 'First drug for convulsive status epilepticus?';
const qa = '过敏性休克首选的治疗是';
const qd = '肥胖的2型糖尿病患者首选的口服降糖药是';
const read = (out: string, options: Record<string, string>, question?: string) => readChoiceAnswer(out, { options, multi: false, question }).value;

describe('the other options are objects of what is said about the answer', () => {
  it.each([
    ['Propylthiouracil is the drug of choice here; it has an edge over methimazole in early pregnancy.', thyEn, qt, 'D'],
    ['Magnesium sulfate is the agent of choice — it outperformed diazepam and phenytoin in trials.', ecl, qe, 'C'],
    ['Lorazepam is the first-line agent, which works faster than phenytoin.', se, qs, 'A'],
    ['二甲双胍是首选，其效果优于格列本脲。', dmZh, qd, 'B'],
    ['IM adrenaline is the first-line treatment; it acts far faster than IV hydrocortisone.', anaEn, 'First treatment in anaphylaxis?', 'A'],
    ['首选劳拉西泮，它优于苯妥英钠和丙戊酸钠。', { A: '劳拉西泮', B: '苯妥英钠', C: '丙戊酸钠', D: '左乙拉西坦' }, qs, 'A'],
    // blind xak-010 and xak-103 (sessions 30), as written
    [
      'The drug of choice here is propylthiouracil (PTU): besides blocking hormone synthesis, it also inhibits peripheral conversion of T4 to T3, which gives it an edge over methimazole in thyroid storm.',
      thyZh,
      '治疗甲状腺危象时，首选的抑制甲状腺激素合成的药物是',
      'D',
    ],
    [
      'Magnesium sulfate is the seizure prophylaxis agent of choice in severe pre-eclampsia — it beat both diazepam and phenytoin in the Collaborative Eclampsia Trial.',
      ecl,
      qe,
      'C',
    ],
  ] as const)('%s', (out, options, q, want) => expect(read(out, options, q)).toBe(want));
});

describe('no credit: another option added, kept open, a subject of its own, a condition, a question, no ask', () => {
  it.each([
    ['Propylthiouracil is the drug of choice; it can also be replaced by methimazole later.', thyEn, qt],
    ['Propylthiouracil is the drug of choice, or methimazole.', thyEn, qt],
    ['If she is not allergic, magnesium sulfate is the agent of choice — it beat diazepam.', ecl, qe],
    ['Is magnesium sulfate the agent of choice, which beat diazepam?', ecl, qe],
    ['不是肾上腺素的话，就是糖皮质激素，它比苯海拉明好。', anaZh, qa],
    ['Magnesium sulfate is the agent of choice; phenytoin works too.', ecl, qe],
    ['Lorazepam is the first-line agent, and phenytoin is the second.', se, qs],
    ['首选肾上腺素肌注，也可以用糖皮质激素。', anaZh, qa],
    ['Lorazepam is first-line, which is why levetiracetam is also acceptable.', se, qs],
    ['Magnesium sulfate is the agent of choice unless contraindicated — then diazepam, which is short acting.', ecl, qe],
    ['Lorazepam is the first-line agent; it and phenytoin are both given in the first hour.', se, qs],
    ['Lorazepam is first-line; phenytoin is what you give next.', se, qs],
    ['二甲双胍是首选，或者阿卡波糖。', dmZh, qd],
    // a relation that is no comparison, or hands the role over, or a choice told of the past (review of the first version)
    ['Lorazepam is first-line, which is followed by phenytoin if seizures continue.', se, qs],
    ['The first-line agent used to be phenytoin, which has now been replaced by lorazepam.', se, qs],
    ['Phenytoin was the classic first-line agent, which lorazepam has since replaced.', se, qs],
    ['Methimazole is the drug of choice in most settings, which changes in storm to propylthiouracil.', thyEn, qt],
    ['Methimazole is preferred long-term; it is replaced by propylthiouracil in storm.', thyEn, qt],
    ['以前首选苯妥英钠，它现在已被劳拉西泮取代。', { A: '劳拉西泮', B: '苯妥英钠', C: '丙戊酸钠', D: '左乙拉西坦' }, qs],
    // a question asking for a later choice; 其次 ('next') is no pronoun, 比较 ('rather') no comparison
    ['首选劳拉西泮，它比苯妥英钠快。', { A: '劳拉西泮', B: '苯妥英钠', C: '丙戊酸钠', D: '左乙拉西坦' }, '癫痫持续状态的第二步用药是'],
    ['首选劳拉西泮，其次比较常用的是苯妥英钠。', { A: '劳拉西泮', B: '苯妥英钠', C: '丙戊酸钠', D: '左乙拉西坦' }, '癫痫持续状态二线用药是'],
    ['首选劳拉西泮，它比较安全，苯妥英钠起效慢。', { A: '劳拉西泮', B: '苯妥英钠', C: '丙戊酸钠', D: '左乙拉西坦' }, qs],
    // the answer the lesser of its comparison; an option added after the comparison
    ['Lorazepam is first-line in the community, which is less effective than phenytoin.', se, qs],
    ['Give IM adrenaline first — it beats chlorphenamine, though IV hydrocortisone may be needed too.', anaEn, 'First treatment in anaphylaxis?'],
    // the question asks for what is set aside: the asserted option is not its answer
    [
      'Propylthiouracil is the drug of choice in the first trimester; it is safer than methimazole.',
      thyEn,
      'Which drug should be avoided in the first trimester?',
    ],
    // no question given: the reading does not run
    ['Propylthiouracil is the drug of choice here; it has an edge over methimazole in early pregnancy.', thyEn, undefined],
  ] as const)('%s', (out, options, q) => expect(read(out, options, q)).toBeNull());
});
