// Session 23 probes (reports #15), written before the design change: word results printed as PHRASES — serology
// and culture results ("Not Detected", "Non Reactive", "Nil seen", "No growth", 无反应性) and blood groups ("O",
// "A型", "O RhD Positive", "A POS"). Before the change such a cell was read word by word: "Not" joined the name and
// "Detected" became a positive value, "RPR Non" a test with the value "Reactive", and a blood group no value at all.
// Near misses keep their reading: names holding the same words ("Non-HDL", "Hepatitis B", "Vitamin B12"), numbers
// before a phrase, and sentences that quote a phrase.
import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';

interface Want {
  /** A part of the printed name (or our code) of the one result the text must hold. */
  name: string;
  value: string;
  /** The flag when the probe decides it. */
  flag?: string;
  code?: string;
}

const found = (text: string, w: Want) => {
  const got = parseLabReport(text).results;
  const r = got.find((x) => x.code === w.name || x.name.toLowerCase().includes(w.name.toLowerCase()));
  return { r, got };
};

describe('a negated or graded result phrase is one value cell', () => {
  it.each<[string, Want]>([
    ['HIV 1/2 Ag/Ab                 Not detected             Not detected', { name: 'HIV 1/2 Ag/Ab', value: 'Not detected', flag: 'normal' }],
    ['  Hepatitis B surface Antigen     Not Detected                   Not Detected', { name: 'hbsag', value: 'Not Detected', flag: 'normal' }],
    ['  Hepatitis B sAg        Not Detected             (Not Detected)', { name: 'Hepatitis B sAg', value: 'Not Detected', flag: 'normal' }],
    [
      '  RPR                             Non Reactive                                           Non Reactive        01',
      { name: 'RPR', value: 'Non Reactive', flag: 'normal' },
    ],
    ['HEPATITIS C ANTIBODY                        NON-REACTIVE             NON-REACTIVE', { name: 'HEPATITIS C', value: 'NON-REACTIVE', flag: 'normal' }],
    ['HBsAg (Rapid Card)            Non Reactive          Non Reactive        Immunochromatography', { name: 'hbsag', value: 'Non Reactive', flag: 'normal' }],
    ['Hepatitis E Virus IgM (HEV-IgM) Non Reactive          Non Reactive        ELISA', { name: 'Hepatitis E', value: 'Non Reactive', flag: 'normal' }],
    ['Hepatitis A Virus IgM (HAV-IgM) Reactive            Non Reactive        ELISA', { name: 'Hepatitis A', value: 'Reactive', flag: 'high' }],
    ['CHLAMYDIA TRACHOMATIS RNA, TMA, URINE       NOT DETECTED             NOT DETECTED', { name: 'CHLAMYDIA', value: 'NOT DETECTED', flag: 'normal' }],
    [
      '  HIV Screen 4th Generation wRfx  Non Reactive                                           Non Reactive        01',
      { name: 'HIV Screen', value: 'Non Reactive', flag: 'normal' },
    ],
    [
      '  Hepatitis C Antibody            Non Reactive                                           Non Reactive        01',
      { name: 'Hepatitis C Antibody', value: 'Non Reactive', flag: 'normal' },
    ],
    ['  Syphilis Ab (CMIA)     Not Detected             (Not Detected)', { name: 'Syphilis', value: 'Not Detected', flag: 'normal' }],
    ['Treponema pallidum Ab      Weakly Reactive      Non Reactive', { name: 'Treponema', value: 'Weakly Reactive', flag: 'high' }],
    ['HCV Antibody               Reactive             Non-Reactive', { name: 'HCV', value: 'Reactive', flag: 'high' }],
    ['Red Blood Cells            Not seen             /HPF       0-2', { name: 'Red Blood Cells', value: 'Not seen' }],
    ['Casts                      Nil seen', { name: 'Casts', value: 'Nil seen' }],
    ['Urine culture              No growth            No growth', { name: 'Urine culture', value: 'No growth', flag: 'normal' }],
    ['梅毒螺旋体抗体 (TP-Ab)       无反应性          无反应性', { name: '梅毒', value: '无反应性', flag: 'normal' }],
    ['人类免疫缺陷病毒抗体         非反应性          非反应性', { name: '人类免疫缺陷病毒抗体', value: '非反应性', flag: 'normal' }],
    ['丙型肝炎抗体 (Anti-HCV)     反应性            无反应性', { name: '丙型肝炎抗体', value: '反应性', flag: 'high' }],
    ['乙肝表面抗原 (HBsAg)         未检出            未检出', { name: 'hbsag', value: '未检出', flag: 'normal' }],
    ['HIV抗体                      阴性(-)           阴性', { name: 'HIV抗体', value: '阴性(-)', flag: 'normal' }],
    ['  Varicella Zoster IgG            Not Detected    *              Detected', { name: 'Varicella', value: 'Not Detected' }],
    ['Neisseria gonorrhoeae NAAT   Not Detected      Not Detected', { name: 'Neisseria', value: 'Not Detected', flag: 'normal' }],
  ])('%s', (text, w) => {
    const { r, got } = found(text, w);
    expect(r, JSON.stringify(got.map((x) => [x.name, x.valueText]))).toBeDefined();
    expect(r?.valueText).toBe(w.value);
    if (w.flag) expect(r?.flag).toBe(w.flag);
    // The phrase never leaves a word in the name ("RPR Non").
    expect(got).toHaveLength(1);
  });
});

describe('a blood group is the value of a blood-group row', () => {
  it.each<[string, Want]>([
    ['  Blood Group                     O', { name: 'Blood Group', value: 'O', flag: 'unknown' }],
    ['  ABO Group ....................... A', { name: 'ABO Group', value: 'A', flag: 'unknown' }],
    ['  Rh(D) Type ...................... NEGATIVE', { name: 'Rh(D)', value: 'NEGATIVE', flag: 'unknown' }],
    ['  Rh(D) Type                      Positive', { name: 'Rh(D)', value: 'Positive', flag: 'unknown' }],
    [
      '  Rh Factor                       Positive                                                                   01',
      { name: 'Rh Factor', value: 'Positive', flag: 'unknown' },
    ],
    [
      '  ABO Grouping                    O                                                                          01',
      { name: 'ABO Grouping', value: 'O', flag: 'unknown' },
    ],
    ['ABO血型             ABO    B型', { name: 'ABO血型', value: 'B型', flag: 'unknown' }],
    ['RhD血型             Rh     阳性', { name: 'RhD血型', value: '阳性', flag: 'unknown' }],
    ['血型                AB型', { name: '血型', value: 'AB型', flag: 'unknown' }],
    ['  Blood Group                      O RhD Positive', { name: 'Blood Group', value: 'O RhD Positive', flag: 'unknown' }],
    ['ABO/Rh (Infant)                            A POS', { name: 'ABO/Rh', value: 'A POS', flag: 'unknown' }],
    ['  RhD                        NEGATIVE', { name: 'RhD', value: 'NEGATIVE', flag: 'unknown' }],
    ['ABO Blood Type             AB', { name: 'ABO Blood Type', value: 'AB', flag: 'unknown' }],
    ['Rh血型                      阴性', { name: 'Rh血型', value: '阴性', flag: 'unknown' }],
  ])('%s', (text, w) => {
    const { r, got } = found(text, w);
    expect(r, JSON.stringify(got.map((x) => [x.name, x.valueText]))).toBeDefined();
    expect(r?.valueText).toBe(w.value);
    if (w.flag) expect(r?.flag).toBe(w.flag);
    expect(got).toHaveLength(1);
  });

  it('the rows of a box-drawn table', () => {
    const text = [
      '┌────────────────────┬───────┬───────────┬─────┬──────────┬──────────────┐',
      '│项目                │代号   │结果       │提示 │单位      │参考区间      │',
      '├────────────────────┼───────┼───────────┼─────┼──────────┼──────────────┤',
      '│血红蛋白            │HGB    │92         │↓    │g/L       │115-150       │',
      '│ABO血型             │ABO    │A型        │     │          │              │',
      '│Rh(D)血型           │Rh     │阳性       │     │          │              │',
      '└────────────────────┴───────┴───────────┴─────┴──────────┴──────────────┘',
    ].join('\n');
    const got = parseLabReport(text).results;
    expect(got.map((r) => r.valueText)).toEqual(['92', 'A型', '阳性']);
    expect(got[2].flag).toBe('unknown');
  });
});

describe('near misses keep their reading', () => {
  it.each<[string, Want]>([
    ['Non-HDL Cholesterol        3.6      mmol/L     <4.0', { name: 'Non-HDL', value: '3.6', flag: 'normal' }],
    ['Hepatitis B Surface Antigen     Negative      Negative', { name: 'hbsag', value: 'Negative', flag: 'normal' }],
    ['Vitamin B12                198      pg/mL      232-1245', { name: 'b12', value: '198', flag: 'low' }],
    ['HBV DNA                    <20      IU/mL      Not detected', { name: 'HBV DNA', value: '<20' }],
    ['Ketones                    Negative    Negative', { name: 'Ketones', value: 'Negative', flag: 'normal' }],
    ['乙肝表面抗原                阴性         阴性', { name: 'hbsag', value: '阴性', flag: 'normal' }],
    ['Blood (urine)              Trace        Negative', { name: 'Blood', value: 'Trace' }],
    ['Potassium                  3.4  L     mmol/L     3.5-5.1', { name: 'k', value: '3.4', flag: 'low' }],
  ])('%s', (text, w) => {
    const { r, got } = found(text, w);
    expect(r, JSON.stringify(got.map((x) => [x.name, x.valueText]))).toBeDefined();
    expect(r?.valueText).toBe(w.value);
    if (w.flag) expect(r?.flag).toBe(w.flag);
    expect(got).toHaveLength(1);
  });

  it.each([
    'Fasting: No   Total Volume: Not Provided',
    '      HIV-1/HIV-2 antibodies and HIV-1 p24 antigen were NOT detected.',
    '* RhD NEGATIVE: Routine antenatal anti-D prophylaxis is recommended at 28 and 34 weeks',
    'Blood group and antibody screen to follow.',
    'Non Reactive results do not exclude recent infection.',
    'Comment: no growth after 48 hours of incubation is reported as No growth.',
    'Group and hold sample received',
    'O Neg blood is the universal donor type.',
  ])('%s: no result', (text) => {
    expect(parseLabReport(text).results.map((r) => [r.name, r.valueText])).toEqual([]);
  });
});
