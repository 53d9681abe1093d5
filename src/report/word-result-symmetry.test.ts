// Review s23 (reports #15) fix: a word result counts as result evidence whatever its polarity — the rule that admits
// "Not Detected" under a test name we do not know admits "Detected", "Positive", "Isolated", "Reactive", 阳性 — and
// the product never closes a report holding an unjudged positive with "every value within its reference range". One
// table of negators × result words joins a phrase and reads it ("Nil detected", "Not reactive", "No growth at 5
// days"); a bracketed qualifier under a name belongs to that name; remark and flag lines are no rows.
import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';
import { interpretReport } from './interpret.js';
import { memoryRetriever } from '../../test/helpers/rag-memory-retriever.js';

const rows = (text: string) => parseLabReport(text).results.map((r) => `${r.name} = ${r.valueText}${r.unit ? ` [${r.unit}]` : ''}`);

describe('a positive word result under an unknown name is read as its negative twin is', () => {
  it.each<[string, string[]]>([
    [
      'Chlamydia trachomatis     DETECTED\nNeisseria gonorrhoeae     Not Detected\nMycoplasma genitalium     Positive\nHSV-2 PCR                 Not detected',
      ['Chlamydia trachomatis = DETECTED', 'Neisseria gonorrhoeae = Not Detected', 'Mycoplasma genitalium = Positive', 'HSV-2 PCR = Not detected'],
    ],
    [
      'Chlamydia trachomatis NAAT      NOT Detected\nNeisseria gonorrhoeae NAAT      DETECTED\nTrichomonas vaginalis NAAT      Not Detected',
      ['Chlamydia trachomatis NAAT = NOT Detected', 'Neisseria gonorrhoeae NAAT = DETECTED', 'Trichomonas vaginalis NAAT = Not Detected'],
    ],
    [
      'Dengue NS1          Positive\nDengue IgM          Negative\nMalaria RDT         Positive\nLeptospira IgM      Not Detected',
      ['Dengue NS1 = Positive', 'Dengue IgM = Negative', 'Malaria RDT = Positive', 'Leptospira IgM = Not Detected'],
    ],
    [
      'Urine drug screen\nAmphetamines       Not Detected\nCannabinoids       Detected\nOpiates            Not Detected',
      ['Amphetamines = Not Detected', 'Cannabinoids = Detected', 'Opiates = Not Detected'],
    ],
    [
      'Salmonella                 Not isolated\nShigella                   Not isolated\nCampylobacter              Isolated',
      ['Salmonella = Not isolated', 'Shigella = Not isolated', 'Campylobacter = Isolated'],
    ],
    ['Influenza A               Not Detected\nRSV                       Detected', ['Influenza A = Not Detected', 'RSV = Detected']],
    ['丙肝抗体            阴性\n梅毒抗体            有反应性\n新冠病毒核酸        阳性', ['丙肝抗体 = 阴性', '梅毒抗体 = 有反应性', '新冠病毒核酸 = 阳性']],
    [
      'Measles IgG               Equivocal       Negative\nLyme Ab (EIA)             Indeterminate   Negative',
      ['Measles IgG = Equivocal', 'Lyme Ab (EIA) = Indeterminate'],
    ],
  ])('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe('one home for result phrases: every phrase joined is read', () => {
  it.each<[string, string]>([
    ['HBsAg                  Nil detected', 'Nil detected'],
    ['Occult blood (FIT)        Nil detected', 'Nil detected'],
    ['Urine culture          Nil growth', 'Nil growth'],
    ['Stool culture          Nil isolated', 'Nil isolated'],
    ['Malaria parasites      Nil found', 'Nil found'],
    ['HIV antibody             Not reactive', 'Not reactive'],
    ['Ova                    No ova seen', 'No ova seen'],
    ['HBsAg         Not-Detected', 'Not-Detected'],
    ['Aerobic bottle        No growth at 5 days', 'No growth at 5 days'],
    ['Blood culture          No growth after 7 days', 'No growth after 7 days'],
  ])('%s', (text, value) => {
    const r = parseLabReport(text).results;
    expect(r.map((x) => x.valueText)).toEqual([value]);
    // The incubation time is part of the result, never a unit ("at", "after").
    expect(r[0].unit).toBeUndefined();
  });
});

describe('near misses: remark, flag and blood-group lines stay no rows; (Calculated) belongs to the name above', () => {
  it.each<[string, string[]]>([
    ['Creatinine     82     umol/L    45-90\nFootnote: Non reactive results are final.', ['Creatinine = 82 [umol/L]']],
    ['Test          Result    Reference\nHBsAg         NR        NR\nInterpretation: Not detected', []],
    ['Comment: No growth\nFinal report: No significant growth\nStatus: Not reactive', []],
    ['Blood group O positive patients may donate to O positive recipients.', []],
    ['Donor blood type             O negative', []],
    [
      'Clarity, UA\nCloudy\nAbnormal\nNormal range: Clear\n\nProtein, UA\n30 mg/dL\nAbnormal\nNormal range: Negative',
      ['Clarity, UA = Cloudy', 'Protein, UA = 30 [mg/dL]'],
    ],
    ['  Method : CHOD-PAP                                 Borderline : 200 - 239', []],
    ['Non-HDL Cholesterol     5.2    mmol/L   <3.4', ['Non-HDL Cholesterol = 5.2 [mmol/L]']],
  ])('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });

  it('a "(Calculated)" line under an unknown name hands the card to that name', () => {
    const r = parseLabReport('LDL Cholesterol\n(Calculated)\n195 mg/dL\n<100 mg/dL\nNon-HDL Cholesterol\n(Calculated)\n225 mg/dL\n<130 mg/dL').results;
    expect(r.map((x) => `${x.name} = ${x.valueText} ${x.flag}`)).toEqual(['LDL Cholesterol = 195 high', 'Non-HDL Cholesterol = 225 high']);
  });
});

const interpret = async (text: string) =>
  (
    await interpretReport(text, {
      retriever: memoryRetriever([]),
      triage: () => ({ level: 'routine', reasons: [], message: '' }),
      terminology: null,
      principles: '',
      emergencyNumber: '911',
    })
  ).answer.answer;

describe('an unjudged positive is never closed with "every value within range"', () => {
  it.each([
    'Chlamydia trachomatis     DETECTED\nNeisseria gonorrhoeae     Not Detected',
    'SARS-CoV-2 RNA        Detected (Ct 24)\nInfluenza A RNA       Not Detected',
    'Campylobacter  Isolated\nSalmonella     Not isolated',
    '新冠病毒核酸        阳性\n甲流抗原            阴性',
  ])('%s', async (text) => {
    const answer = await interpret(text);
    expect(answer).not.toMatch(/Every recognised value is within|所有识别出的指标都在参考范围内/);
    expect(answer).toMatch(/positive or detected|阳性\/检出/);
  });

  it('an all-negative panel still closes as in range', async () => {
    const answer = await interpret(
      'HBsAg                         Non Reactive                Non Reactive\nAnti-HCV                      Non Reactive                Non Reactive',
    );
    expect(answer).toMatch(/Every recognised value is within/);
  });
});
