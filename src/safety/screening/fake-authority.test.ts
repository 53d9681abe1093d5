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
