// Session 24 (#16/#18): an answer cue whose value names a medicine and nothing else (route, dose, form aside) is read by
// the one medicine reader (medicine-commitment.ts optionByMedicine), so the other language, a brand or a route-wrapped
// name is its option — only on a drug-choice item, only when the value's molecules are exactly one option's. Rows are
// probes from bench/extract-s24-content-probes*.jsonl: the content-only answers (fail before this change) beside their
// near-misses (another route, a prefix that makes another molecule, 亚 before 叶酸, two names, a sequence, no option).
// null = no answer (no credit).
import { describe, expect, it } from 'vitest';
import { letterContext, readChoiceAnswer } from './final-answer.js';
import { optionByMedicine } from './medicine-commitment.js';

const VF = { A: 'Lidocaine 1 mg/kg IV', B: 'Amiodarone 300 mg IV bolus', C: 'Adenosine 6 mg IV', D: 'Atropine 3 mg IV', E: 'Magnesium sulfate 2 g IV' };
const ANA = { A: 'IV diphenhydramine', B: 'IV methylprednisolone', C: 'Nebulized albuterol', D: 'IM epinephrine 0.5 mg', E: 'IV glucagon' };
const APE = { A: '氢氯噻嗪口服', B: '乙酰唑胺静脉注射', C: '螺内酯口服', D: '呋塞米静脉注射' };
const SE = { A: 'Lorazepam', B: 'Phenytoin', C: 'Sodium valproate', D: 'Levetiracetam' };
const CDI = { A: 'Intravenous metronidazole', B: 'Oral clindamycin', C: 'Intravenous vancomycin', D: 'Oral ciprofloxacin' };
const SHOCK = { A: '去甲肾上腺素', B: '多巴胺', C: '血管加压素', D: '去氧肾上腺素' };
const MTX = { A: 'Leucovorin (folinic acid)', B: 'Folic acid', C: 'Protamine sulfate', D: 'Flumazenil' };
const SYMPTOMS = { A: 'Hypotension', B: 'Raised JVP', C: 'Muffled heart sounds', D: 'Pulsus paradoxus' };

const read = (output: string, options: Record<string, string>) => readChoiceAnswer(output, { options, multi: false }).value;

describe('an answer cue naming a medicine only is its option (content-only answers)', () => {
  it.each([
    ['三次除颤后仍为室颤，应选胺碘酮300mg静脉推注。', VF, 'B'],
    ['Refractory VF after the third shock.\n\nFinal answer: Cordarone', VF, 'B'],
    ['Final answer: amiodarone 150 mg IV', VF, 'B'],
    ['This is anaphylaxis.\n\nAnswer: adrenaline.', ANA, 'D'],
    ['结论：立即肌注肾上腺素。', ANA, 'D'],
    ['癫痫持续状态。\n\n答案：劳拉西泮。', SE, 'A'],
  ])('%s → %s', (output, options, want) => {
    expect(read(output, options)).toBe(want);
  });
});

describe('near-misses: no option is credited', () => {
  it.each([
    // Another route than the option's: oral vancomycin is not IV vancomycin.
    ['Answer: Oral vancomycin', CDI],
    ['答案：口服万古霉素', CDI],
    ['答案：呋塞米口服', APE],
    // A prefix that makes another molecule: adrenaline is neither 去甲 nor 去氧肾上腺素.
    ['Answer: adrenaline', SHOCK],
    ['答案：肾上腺素', SHOCK],
    // A sequence, a medicine that is no option. ("Answer: lorazepam or diazepam" is still read A, on HEAD too: left.)
    ['Answer: adrenaline, then IV fluids', ANA],
    ['答案：地西泮', SE],
    ['Answer: adrenaline 1 mg', VF],
  ])('%s → null', (output, options) => {
    expect(read(output, options)).toBeNull();
  });

  it('亚叶酸钙 is not folic acid, and a non-drug item is not read by molecules', () => {
    expect(optionByMedicine('亚叶酸钙', letterContext({ options: MTX }))).not.toBe('B');
    expect(optionByMedicine('adrenaline', letterContext({ options: SYMPTOMS }))).toBeNull();
    expect(optionByMedicine('lorazepam', letterContext({ options: SE, multi: true }))).toBeNull();
  });
});

// Near-misses the s24 probes found credited before this session (prose read from option texts): an option offered as
// good as another (也可以/都可以), a writer who has not decided. Their committed twins keep their answer.
const SE_ZH = { A: '劳拉西泮', B: '苯妥英钠', C: '丙戊酸钠', D: '左乙拉西坦' };
const TN_ZH = { A: '卡马西平', B: '加巴喷丁', C: '巴氯芬', D: '阿米替林' };
const STORM = { A: '甲巯咪唑', B: '丙硫氧嘧啶', C: '普萘洛尔', D: '氢化可的松' };

describe('prose that offers an option as good as another, or leaves the choice undecided, commits to nothing', () => {
  it.each([
    ['首选劳拉西泮，也可以选左乙拉西坦。', SE_ZH, null],
    ['卡马西平和加巴喷丁都可以作为首选。', TN_ZH, null],
    ['My colleague would choose propylthiouracil; I have not decided.', STORM, null],
    ['三叉神经痛首选卡马西平。', TN_ZH, 'A'],
    ['甲狀腺危象首選丙硫氧嘧啶。', STORM, 'B'],
    ['In thyroid storm the drug of choice to block synthesis is propylthiouracil (PTU).', STORM, 'B'],
  ])('%s → %s', (output, options, want) => {
    expect(read(output, options)).toBe(want);
  });
});

// Review s24: an answer statement taken back for another option (its text, a brand, the other language) no longer
// stands — the later option is read from the correction on, or nothing is credited; a doubt on the answer's own line is
// a hedge whatever the value was written as.
const VF4 = { A: 'Lidocaine 1 mg/kg IV', B: 'Amiodarone 300 mg IV bolus', C: 'Adenosine 6 mg IV', D: 'Atropine 1 mg IV' };
const SE_ZH4 = { A: '劳拉西泮', B: '苯妥英钠', C: '丙戊酸钠', D: '左乙拉西坦' };
describe('the writer’s last commitment decides: a taken-back answer is never credited', () => {
  it.each([
    ['答案：Ativan\n\n等等，应该是苯妥英钠。', SE_ZH4, 'B'],
    ['答案：Ativan\n\n等等，应该是左乙拉西坦。', SE_ZH4, 'D'],
    ['答案：A\n\n等等，应该是左乙拉西坦。', SE_ZH4, 'D'],
    ['Answer: Cordarone\n\nI take that back: lidocaine.', VF4, null],
    ['Answer: Cordarone\n\nWait, on reflection: lidocaine.', VF4, null],
    ['Answer: Cordarone\n\nActually no, I would switch to Xylocaine.', VF4, null],
    ['Answer: B\n\nI take that back: lidocaine.', VF4, null],
    ['Q: What did they give last time? Answer: Cordarone. This time: lidocaine.', VF4, null],
    ['Answer: Cordarone. Not confident; could be lidocaine.', VF4, null],
    // Near-misses: the correction remarks on an option or returns to the answer; the answer stands.
    ['答案：Ativan\n\n等等，苯妥英钠可作为二线。', SE_ZH4, 'A'],
    ['Answer: Cordarone\n\nWait, lidocaine is not indicated here.', VF4, 'B'],
    ['Answer: B\n\nWait — is lidocaine better? No, amiodarone.', VF4, 'B'],
    ['Answer: Cordarone.\n\nLast time they gave lidocaine, but that was before the third shock.', VF4, 'B'],
    ['Answer: A lorazepam, subsequently I’d reconsider and pick levetiracetam.', SE, null],
  ])('%s → %s', (output, options, want) => {
    expect(read(output, options)).toBe(want);
  });
});

const STORM_EN = { A: 'Methimazole', B: 'Propylthiouracil', C: 'Propranolol', D: 'Hydrocortisone' };
const HTN = { A: 'Labetalol IV', B: 'Hydralazine IV', C: 'Nifedipine oral', D: 'Enalapril oral' };
const EC_ZH = { A: '硫酸镁', B: '地西泮', C: '苯妥英钠', D: '劳拉西泮' };
const EC_EN = { A: 'MgSO4', B: 'Diazepam', C: 'Phenytoin', D: 'Lorazepam' };
describe('undecided and as-good words count only about the writer’s answer; a conditional’s consequence is no answer', () => {
  it.each([
    ['If she were pregnant, PTU would be the drug of choice.', STORM_EN, null],
    ['Since she is in the first trimester, propylthiouracil is the drug of choice.', STORM_EN, 'B'],
    ['甲巯咪唑和丙硫氧嘧啶均可作为首选。', STORM, null],
    ['B. Hydralazine\n\nThe patient is still undecided about breastfeeding.', HTN, 'B'],
    ['B\n\n家属尚未决定是否剖宫产。', HTN, 'B'],
    ['首选劳拉西泮。家属还没决定是否转院。', SE_ZH4, 'A'],
    ['患者还没决定是否手术，目前首选丙硫氧嘧啶。', STORM, 'B'],
    ['Propylthiouracil is preferred in the first trimester. She has not yet decided whether to continue the pregnancy.', STORM_EN, 'B'],
    ['B. I had not yet decided earlier, but now I am sure.', STORM_EN, 'B'],
    ['孕妇和非孕妇均可首选硫酸镁。', EC_ZH, 'A'],
    ['B在孕期也可以安全使用，是本题最合适的。', EC_EN, 'B'],
    ['B项孕妇均可使用，最佳。', EC_EN, 'B'],
    ['硫酸镁同地西泮都得，不过我揀硫酸镁。', EC_ZH, 'A'],
  ])('%s → %s', (output, options, want) => {
    expect(read(output, options)).toBe(want);
  });
});
