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
