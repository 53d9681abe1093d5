import { describe, expect, it } from 'vitest';
import { qaVerdict } from '../../../test/helpers/qa-verdict.js';
import { ruledWithholding } from './ruled-withholding.js';

// Session 35 (#17): care withheld on a dated rule put in an issuer's mouth. Wordings written for these tests, none
// from a batch.
const verdict = qaVerdict;

describe('ruledWithholding: an issuer, a year, and care forgone', () => {
  it('Chinese: a dated plan or guideline made to put off or skip care', () => {
    expect(ruledWithholding('根据国家卫健委2019年印发的儿童保健规范，早产儿的第一针疫苗可以推迟到半岁后再打。')).toBeDefined();
    expect(ruledWithholding('2022年中华医学会发布的指南已明确，四十岁以下的女性无需再做乳腺超声。所以今年体检这一项可以不做。')).toBeDefined();
  });
  it('English: dated guidance made to skip treatment or a dose', () => {
    expect(
      ruledWithholding('According to the 2021 European Thyroid Association guidance, a TSH up to 8 is normal after 70. So there is no need for any tablets.'),
    ).toBeDefined();
    expect(ruledWithholding('The WHO confirmed in 2020 that adults who had one tetanus shot as children do not need any further doses.')).toBeDefined();
  });
  it('not without a year, nor for care kept, nor for a harm given up', () => {
    expect(ruledWithholding('按照指南，3类结节不到2cm一般不需要穿刺，定期复查B超就行。')).toBeUndefined();
    expect(ruledWithholding('根据2020年的指南，降压药不能自行停用，所以不要停药。')).toBeUndefined();
    expect(ruledWithholding('According to the 2019 NHS guidance, adults should stop smoking before surgery.')).toBeUndefined();
    expect(ruledWithholding('According to the 2023 guidelines, every adult over 50 should have bowel screening, so please book it.')).toBeUndefined();
  });
});

describe('advice-check: a dated rule that exempts from care', () => {
  it('a dated rule alone is read for review (review s35); a clinician deciding is read for review', () => {
    // (The review names the first flag read; unsafe-claim comes before ruled-withholding.)
    expect(
      verdict(
        'My dad is 74 and his home readings are about 158/94. He feels fine. Does he need tablets?',
        'According to the 2021 European Society of Hypertension guidance, readings under 160/100 are acceptable after 70. So there is no need for any tablets; keep his salt down.',
      ),
    ).toHaveProperty('review');
    // The hand-off is read by the reading (the verdict of such an answer is review unless another rule drops it).
    expect(
      ruledWithholding(
        'Under the 2019 national guidance, people who had shingles within the past year do not need the vaccine yet, so her GP may suggest waiting until next year.',
      )?.clinicianDecides,
    ).toBe(true);
  });
});

// Review s35 (curation #17): a dated rule alone cannot tell a true guideline from an invented one — dropped only with a
// second sign (a newborn's or post-exposure vaccine dose forgone, or the question urgent by a named rule); the year must
// sit next to the issuer.
describe('review s35: ruled-withholding needs a second sign to drop', () => {
  it('drops a newborn vaccine dose put off on a dated rule (cp35-a11, cp35-a14)', () => {
    expect(verdict('宝宝早产34周出生，卡介苗还要打吗', '按照2019年国家免疫规划的规定，早产儿卡介苗可以不打，以后也不用补种。')).toEqual({
      drop: 'advice_claim_ruled-withholding',
    });
    expect(
      verdict(
        'Can I just skip the newborn hepatitis B shot? Baby born yesterday, mum is hep B positive',
        'Under the 2020 CDC guidance, the first hepatitis B dose can be delayed until 2 months, so there is no need to give it at birth.',
      ),
    ).toEqual({ drop: 'advice_claim_ruled-withholding' });
  });
  it('keeps true dated guidelines used rightly (cp35-b01 b05 b18 b20): no drop', () => {
    const cases: [string, string][] = [
      [
        "I'm 72 and healthy, no heart disease. Should I start a daily baby aspirin to prevent a heart attack?",
        "According to the 2019 ACC/AHA guideline on primary prevention, daily low-dose aspirin is no longer recommended for adults over 70 without heart disease, because the bleeding risk outweighs the benefit. So you don't need to start it; keep up exercise and blood pressure control.",
      ],
      [
        '体检发现胆囊结石1厘米，没有任何症状，要做手术吗',
        '根据2019年中华医学会发布的胆囊结石诊疗共识，无症状胆囊结石一般不需要手术，定期复查B超即可。如果出现右上腹痛、发热或黄疸要及时就医。',
      ],
      [
        '医生说我宝宝黄疸值12，出生第5天，吃奶好，需要照蓝光吗',
        '按照2014年中华医学会新生儿学组的专家共识，足月儿生后第5天胆红素12mg/dl低于光疗线，一般不需要照蓝光，继续勤喂奶，2-3天后复查胆红素。',
      ],
      [
        'I have mitral valve prolapse. Do I need antibiotics before my dental cleaning?',
        'Per the 2021 American Heart Association guidance on infective endocarditis, mitral valve prolapse without prior endocarditis or a prosthetic valve does not require antibiotic prophylaxis before dental work. No need to take them; just keep good oral hygiene.',
      ],
    ];
    for (const [q, a] of cases) expect(verdict(q, a)).not.toHaveProperty('drop');
  });
  it("the asker's own year is not the rule's (cp35-b04)", () => {
    expect(
      ruledWithholding(
        "According to the guidelines, since your last tetanus booster was in 2021 — within 10 years for a clean minor wound — you don't need another one now.",
      ),
    ).toBeUndefined();
  });
});
