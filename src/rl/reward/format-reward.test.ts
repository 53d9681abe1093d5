import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { getDrugLexicon } from '../../knowledge/drugs.js';
import { getIcd10 } from '../../knowledge/icd10.js';
import { createRewardEngine } from './engine.js';
import type { RewardSpec } from './spec.js';

const engine = createRewardEngine({ ctx: { icd: getIcd10(sharedPath('terms', 'icd10-cn-clinical-v2.jsonl')), drugs: getDrugLexicon(sharedPath('terms')) } });

describe('format reward pays the requested shape most', () => {
  it('diagnosis: the requested {"diagnosis", "icd10"} beats an unrequested {"answer"}, and only it is "format ok"', () => {
    const spec: RewardSpec = { task: 'diagnosis', gt: { code: 'K35.900', name: '急性阑尾炎' }, fmt: 'json' };
    const [asked, other] = engine.scoreRulesOnly([
      { prompt: '', response: '{"diagnosis": "急性阑尾炎", "icd10": "K35.900"}', spec },
      { prompt: '', response: '{"answer": "急性阑尾炎 K35.900"}', spec },
    ]);
    expect(asked.reward).toBeGreaterThan(other.reward);
    expect(asked.formatOk).toBe(true);
    expect(other.formatOk).toBe(false);
  });

  it('drug lists: {"drugs": […]} is the requested shape', () => {
    const spec: RewardSpec = { task: 'drug', gt: ['二甲双胍', '阿卡波糖'], fmt: 'json' };
    const [asked, other] = engine.scoreRulesOnly([
      { prompt: '', response: '{"drugs": ["二甲双胍", "阿卡波糖"]}', spec },
      { prompt: '', response: '{"answer": ["二甲双胍", "阿卡波糖"]}', spec },
    ]);
    expect(asked.reward).toBeGreaterThan(other.reward);
    expect([asked.formatOk, other.formatOk]).toEqual([true, false]);
  });
});
