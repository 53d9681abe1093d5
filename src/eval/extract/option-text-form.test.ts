import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';
import { coveredBy } from './option-text-form.js';

// Session 42: two forms that answer by an option's TEXT (option-text-form.ts) — a walk of ✓/✗ rows, one per option in
// the options' order, each named by a short form of its option; and a value after the reply's last arrow / equals sign
// that only one option's words cover and that ends the reply. Replies of extract-av (xav-037, xav-084, xav-098) and s42
// self-probes.
const vaccines = {
  A: 'Hepatitis B vaccine',
  B: 'Inactivated polio vaccine (IPV)',
  C: 'MMR vaccine',
  D: 'Tetanus toxoid',
  E: 'HPV vaccine',
};
const smile = { A: '2 weeks', B: '8 weeks', C: '6 months', D: '12 months' };
const design = { A: 'Cohort study', B: 'Cross-sectional study', C: 'Randomised controlled trial', D: 'Ecological study', E: 'Case-control study' };
const read = (reply: string, options: Record<string, string>, multi = false, question?: string) => readChoiceAnswer(reply, { options, multi, question });

describe('a walk of marked rows named by the options’ texts', () => {
  it('reads the ✓ rows when every option has one row, in order, named by its own words (xav-037)', () => {
    const xav037 = 'Hepatitis B ✗ (recombinant subunit)\nIPV ✗ (inactivated)\nMMR ✓\nTetanus ✗ (toxoid)\nHPV ✗ (virus-like particle)';
    expect(read(xav037, vaccines, false, 'Which of the following is a live attenuated vaccine?')).toMatchObject({ value: 'C', how: 'text-marks' });
    const anticoag = { A: '华法林', B: '阿司匹林', C: '肝素', D: '氯吡格雷', E: '利伐沙班' };
    const zh = '✓ 华法林\n✗ 阿司匹林（抗血小板）\n✓ 肝素\n✗ 氯吡格雷（抗血小板）\n✓ 利伐沙班';
    expect(read(zh, anticoag, true, '下列属于抗凝药的有（多选）')).toMatchObject({ value: 'ACE', how: 'text-marks' });
  });

  it('reads nothing from a walk with two ✓ on a one-answer item, a NOT stem, a head naming two options or a closing doubt', () => {
    const loop = { A: 'Furosemide', B: 'Bumetanide', C: 'Spironolactone', D: 'Mannitol' };
    expect(read('Furosemide ✓\nBumetanide ✓\nSpironolactone ✗\nMannitol ✗', loop).value).toBeNull();
    const live = { A: 'BCG', B: 'MMR', C: 'Inactivated polio vaccine', D: 'Yellow fever' };
    const notStem = read('BCG ✓ live\nMMR ✓ live\nInactivated polio vaccine ✗ not live\nYellow fever ✓ live', live, false, 'Which is NOT a live vaccine?');
    expect(notStem.how).not.toBe('text-marks');
    expect(
      read('Hepatitis B / HPV ✗\nHPV ✗\nMMR ✓\nTetanus ✗', { A: 'Hepatitis B vaccine', B: 'HPV vaccine', C: 'MMR vaccine', D: 'Tetanus toxoid' }).value,
    ).toBeNull();
    const doubt = 'Hepatitis B ✗\nInactivated polio ✗\nMMR ✓\nTetanus ✗\n\nNot fully sure about MMR though, I might be mixing it up.';
    expect(read(doubt, { A: 'Hepatitis B vaccine', B: 'Inactivated polio vaccine', C: 'MMR vaccine', D: 'Tetanus toxoid' }).value).toBeNull();
  });
});

describe('a value after the last arrow or equals sign', () => {
  it('reads the value only one option’s words cover, as the reply’s last word (xav-098, xav-084)', () => {
    const xav098 = 'Social smiling usually appears around 6 weeks, so no social smile by 8 weeks is the red flag → 8 weeks.';
    expect(read(xav098, smile)).toMatchObject({ value: 'B', how: 'glyph-value' });
    expect(read('Starts from the outcome and looks back at exposure = case-control.', design)).toMatchObject({ value: 'E', how: 'glyph-value' });
    // Not when a sentence follows (xav-084 as written): the reasoning may go on to another answer in words no reader weighs.
    const xav084 =
      'Starts from the outcome (mesothelioma vs none) and looks back at exposure = case-control. The measure of association would be the odds ratio.';
    expect(read(xav084, design).value).toBeNull();
    const hib = { A: 'Parainfluenza virus', B: 'Respiratory syncytial virus', C: 'Streptococcus pneumoniae', D: 'Haemophilus influenzae type b' };
    expect(read('Stridor → parainfluenza virus. The drooling and the tripod position point to epiglottitis.', hib).how).not.toBe('glyph-value');
  });

  it('reads nothing from a condition, a question, two values, a negation, a turn after it, or a reply cut off', () => {
    expect(read('Depends on the guideline you follow → 8 weeks or 6 months.', smile).value).toBeNull();
    expect(read('Smiling starts around 6 weeks → not 2 weeks.', smile).value).toBeNull();
    expect(read('Looks back from outcome to exposure = case-control. Although it could be read another way, I am not certain.', design).value).toBeNull();
    const hib = { A: 'Parainfluenza virus', B: 'Respiratory syncytial virus', C: 'Streptococcus pneumoniae', D: 'Haemophilus influenzae type b' };
    expect(read("If it's a barking cough with a well-looking child → parainfluenza virus.", hib).how).not.toBe('glyph-value');
    expect(read('Stridor → parainfluenza virus. But the drooling changes that: this is epiglottitis.', hib).how).not.toBe('glyph-value');
    // A reply that stops on the value without a full stop may have been cut off mid-phrase.
    const walk = { A: '6 months', B: '9 months', C: '12-15 months', D: '24 months' };
    expect(read('Pulls to stand ~9-10 mo, cruises, then first independent steps => 12-15 months', walk).value).toBeNull();
  });

  it('covers a phrase by an option’s words only: numbers alone must be the whole option', () => {
    expect(coveredBy('case-control', 'Case-control study')).toBe(true);
    expect(coveredBy("Rovsing's sign", 'Rovsing sign')).toBe(true);
    expect(coveredBy('not case-control', 'Case-control study')).toBe(false);
    expect(coveredBy('4%', '4')).toBe(false);
    expect(coveredBy('25', '25')).toBe(true);
    expect(coveredBy('8', '8 weeks')).toBe(false);
    expect(coveredBy('碘解磷定', '碘解磷定')).toBe(true);
    expect(coveredBy('肺', '肺')).toBe(false);
  });

  it('reads no gloss of an option, no negated glyph clause, and no second ✓ on a one-answer item', () => {
    const q = 'Which is a live attenuated vaccine?';
    expect(read('Tetanus = toxoid.', vaccines, false, q).value).toBeNull();
    expect(read('I would not say → MMR.', vaccines, false, q).value).toBeNull();
    const two = read('Hepatitis B ✗\nIPV ✗\nMMR ✓\nTetanus ✗\nHPV ✓', vaccines, false, q);
    expect(two).toMatchObject({ value: null, status: 'several-for-single' });
    // A closing line naming another row's option leaves the walk to the other readers.
    expect(read('Hepatitis B ✗\nIPV ✗\nMMR ✓\nTetanus ✗\nHPV ✗\n\nSo HPV.', vaccines, false, q).how).not.toBe('text-marks');
  });

  it('reads no value the lead sets aside and no ✓ that is conditional or hedged (s42 review)', () => {
    const dm = { A: 'Insulin glargine', B: 'Metformin', C: 'Glipizide', D: 'Pioglitazone', E: 'Acarbose' };
    const q = 'Newly diagnosed type 2 diabetes, BMI 31. First-line drug?';
    expect(read('Drug to avoid → glipizide.', dm, false, q).value).toBeNull();
    expect(read('Second-line → glipizide.', dm, false, q).value).toBeNull();
    expect(read('Contraindicated if HF → pioglitazone.', dm, false, q).value).toBeNull();
    const dmZh = { A: '胰岛素', B: '二甲双胍', C: '格列吡嗪', D: '吡格列酮', E: '阿卡波糖' };
    expect(read('合并心衰者慎用 → 吡格列酮。', dmZh, false, '肥胖2型糖尿病首选').value).toBeNull();
    expect(read('Obese, normal eGFR, no contraindication → metformin.', dm, false, q)).toMatchObject({ value: 'B', how: 'glyph-value' });
    const abx = { A: 'Nitrofurantoin', B: 'Ceftriaxone', C: 'Vancomycin', D: 'Gentamicin', E: 'Meropenem' };
    const cond = 'Nitrofurantoin ✗ (her eGFR is 28)\nCeftriaxone ✗\nVancomycin ✗\nGentamicin ✗\nMeropenem ✓ only if cultures show ESBL';
    expect(read(cond, abx, false, 'First-line for uncomplicated cystitis?').how).not.toBe('text-marks');
    const hedged = 'Insulin glargine ✗\nMetformin ✓ I think, not 100% sure\nGlipizide ✗\nPioglitazone ✗\nAcarbose ✗';
    expect(read(hedged, dm, false, q).how).not.toBe('text-marks');
    expect(read('胰岛素 ×\n二甲双胍 √ 应该是吧，不太确定\n格列吡嗪 ×\n吡格列酮 ×\n阿卡波糖 ×', dmZh, false, '首选').how).not.toBe('text-marks');
  });

  it('reads no glossary of letters and no one-letter value (s29 review rx081, ry039)', () => {
    const stemi = { A: 'Observation and repeat ECG in 6 hours', B: 'CT head', C: 'Aspirin and primary PCI', D: 'Oral warfarin', E: 'Discharge with antacids' };
    expect(read('c = aspirin + pci, d = warfarin.', stemi).value).toBeNull();
    const vit = { A: 'Vitamin B1', B: 'Vitamin C', C: 'Vitamin D', D: 'Vitamin K', E: 'Vitamin B12' };
    expect(read('no vitamin-c → c', vit).how).not.toBe('glyph-value');
  });
});
