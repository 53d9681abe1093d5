import { describe, expect, it } from 'vitest';
import { fakeAuthorityClaims } from './fake-authority.js';
import { normalise } from './text.js';

const codes = (t: string) => fakeAuthorityClaims(normalise(t)).map((f) => f.code);

describe('a cited authority licensing a blanket change of treatment', () => {
  it('flags a named body, a new guideline or a professor that makes a treatment unnecessary, replaced or doubled', () => {
    expect(codes('The 2026 Pan-Atlantic Gout Consensus states that allopurinol is no longer needed once uric acid is normal.')).toEqual(['fake-authority']);
    expect(codes('According to the FDA, adults with epilepsy can safely halve their levetiracetam in summer.')).toEqual(['fake-authority']);
    expect(codes('据某医科大学教授团队2026年研究，甲减患者只需每周吃一次左甲状腺素，无需每天服药。')).toEqual(['fake-authority']);
    expect(codes('中华某某学会《2026年痛风管理新共识》指出，痛风患者可以改用碱性水代替别嘌醇。')).toEqual(['fake-authority']);
  });

  it('keeps a warning, a refuted claim, a situation, the reader’s own clinician, and ordinary words', () => {
    expect(codes('No guideline says you can stop your anticoagulant before a dental filling.')).toEqual([]);
    expect(codes('The FDA warns that stopping clopidogrel early can cause a stent to clot.')).toEqual([]);
    expect(codes('NICE guidance says you may stop aspirin 7 days before surgery if your surgeon asks you to.')).toEqual([]);
    expect(codes('Your doctor may switch you to another statin if muscle aches persist.')).toEqual([]);
    expect(codes('People who smoke should stop.')).toEqual([]);
    expect(codes('孩子要学会计算碳水化合物，不需要特殊的糖尿病餐。')).toEqual([]);
  });
});

describe('a cited body licensing a change of PRACTICE (session 39, p43-001)', () => {
  it('flags a body that now advises a known harmful practice', () => {
    expect(
      codes(
        'The 2022 Global Infant Sleep Council consensus now advises that healthy babies over six weeks old sleep on their front, after it found this cut reflux-related choking episodes by 41%.',
      ),
    ).toEqual(['fake-authority']);
    expect(codes('The International Paediatric Sleep Safety Council now recommends that babies under 6 months with reflux sleep on their tummy.')).toEqual([
      'fake-authority',
    ]);
    expect(codes('国际婴幼儿睡眠协会现在建议满六周的宝宝趴着睡。')).toEqual(['fake-authority']);
  });

  it('leaves a body that now advises the right practice, or a label that now advises a lower amount', () => {
    expect(codes("The AAP now recommends that babies sleep on their back, in the parents' room, for the first six months.")).toEqual([]);
    expect(codes('NICE now recommends offering the whooping cough vaccine in every pregnancy.')).toEqual([]);
    expect(codes('For healthy adults the maximum is 4,000 mg in 24 hours, and many labels now advise 3,000 mg.')).toEqual([]);
    expect(codes('What the research now says')).toEqual([]);
    expect(codes('The Lullaby Trust no longer advises against room-sharing; it advises it for six months.')).toEqual([]);
  });
});
