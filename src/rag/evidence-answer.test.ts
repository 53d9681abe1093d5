import { describe, expect, it } from 'vitest';
import { buildEvidenceAnswer, extractiveSummary, isBareList } from './evidence-answer.js';
import type { PackagedSource } from './package-sources.js';
import { termSet } from './lexical-terms.js';

const source = (n: number, text: string): PackagedSource => ({
  n,
  text,
  truncated: false,
  hit: { id: `h${n}`, docId: `d${n}`, title: `T${n}`, section: '', source: 'test', authority: 'B', lang: 'zh', score: 1, text },
});

describe('evidence answer', () => {
  it('never quotes bare lists (aliases, lay trigger phrases) or administrative fields as summary sentences', () => {
    expect(isBareList('胸口疼、胸口痛、胸闷、胸口像压了块石头、喘不上气')).toBe(true);
    expect(isBareList('HGB, Hb, Hgb, Hemoglobin, Haemoglobin')).toBe(true);
    expect(isBareList('典型症状：多饮、多尿、多食、体重下降')).toBe(false);
    expect(isBareList('糖尿病患者应控制含糖水果的摄入，西瓜可在血糖平稳时少量食用。')).toBe(false);
    const sources = [
      source(1, '胸口疼、胸口痛、胸闷、胸口像压了块石头、喘不上气。治疗费用：根据不同医院，收费标准不一致。'),
      source(2, '胸痛伴出汗、气短时应立即拨打急救电话，不要自行驾车去医院。'),
    ];
    const summary = extractiveSummary(sources, termSet('胸口疼 胸闷 怎么办 医院 急救'));
    expect(summary).toEqual(['胸痛伴出汗、气短时应立即拨打急救电话，不要自行驾车去医院。 [2]']);
  });

  it('says the configured model failed instead of telling the user to configure one', () => {
    const text = buildEvidenceAnswer({
      lang: 'en',
      sources: [],
      questionTerms: new Set(),
      modelHint: 'No model configured: add one',
      modelFailure: 'openai:qwen: connection refused',
    });
    expect(text).toContain('the configured language model failed');
    expect(text).toContain('Model failure: openai:qwen: connection refused');
    expect(text).not.toContain('No model configured');
    expect(text).not.toContain('no language model is configured');
  });
});
