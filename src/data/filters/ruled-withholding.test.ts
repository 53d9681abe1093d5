import { describe, expect, it } from 'vitest';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';
import { ruledWithholding } from './ruled-withholding.js';

// Session 35 (#17): care withheld on a dated rule put in an issuer's mouth. Wordings written for these tests, none
// from a batch.
const o = adviceCheckOptions.parse({});
const verdict = (q: string, a: string) =>
  adviceVerdict(
    {
      id: 't',
      text: `${q}\n\n${a}`,
      source: 'test',
      metadata: {},
      messages: [
        { role: 'user', content: q },
        { role: 'assistant', content: a },
      ],
    },
    o,
  );

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
  it('drops it; a clinician deciding is read for review', () => {
    expect(
      verdict(
        'My dad is 74 and his home readings are about 158/94. He feels fine. Does he need tablets?',
        'According to the 2021 European Society of Hypertension guidance, readings under 160/100 are acceptable after 70. So there is no need for any tablets; keep his salt down.',
      ),
    ).toEqual({ drop: 'advice_claim_ruled-withholding' });
    // The hand-off is read by the reading (the verdict of such an answer is review unless another rule drops it).
    expect(
      ruledWithholding(
        'Under the 2019 national guidance, people who had shingles within the past year do not need the vaccine yet, so her GP may suggest waiting until next year.',
      )?.clinicianDecides,
    ).toBe(true);
  });
});
