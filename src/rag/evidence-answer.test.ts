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

  it("a summary sentence shares two of the question's words; none left says so (first-hour review, session 14)", () => {
    const en = (n: number, text: string): PackagedSource => ({ ...source(n, text), hit: { ...source(n, text).hit, lang: 'en' } });
    const sources = [en(1, '- Do not give fever medicine before a clinician sees the baby. - Do not sponge with alcohol or ice water.')];
    const terms = termSet('How much water should I drink a day?');
    expect(extractiveSummary(sources, terms)).toEqual([]);
    const text = buildEvidenceAnswer({ lang: 'en', sources, questionTerms: terms, modelHint: '' });
    expect(text).not.toContain('Summary');
    expect(text).toContain('No sentence of these passages answers the question directly');
    expect(text).toContain('[1] T1');
    // Floor: when triage fired (an urgent message leads), one shared word still quotes the guidance as before.
    const urgent = buildEvidenceAnswer({ lang: 'en', sources, questionTerms: terms, modelHint: '', urgentMessage: 'Call 112 now.' });
    expect(urgent).toContain('- Do not sponge with alcohol or ice water. [1]');
  });

  it('does not quote again what the urgent message already says (first-hour review, session 14)', () => {
    const en = (n: number, text: string): PackagedSource => ({ ...source(n, text), hit: { ...source(n, text).hit, lang: 'en' } });
    const sources = [en(1, '- Do not give fever medicine before a clinician sees the baby: it can hide how ill they are. - Keep the baby lightly dressed.')];
    const text = buildEvidenceAnswer({
      lang: 'en',
      sources,
      questionTerms: termSet('my 6 week old baby has a fever of 38.5, can I give fever medicine'),
      modelHint: '',
      urgentMessage: 'Call 112 now. Do not give fever medicine before a clinician sees the baby; go now.',
    });
    // Once above the passages (the passage itself still shows it, verbatim, under Sources).
    expect(text.split('Sources:')[0].match(/Do not give fever medicine/g)).toHaveLength(1);
    expect(text).toContain('- Keep the baby lightly dressed. [1]');
    expect(text).toContain('[1] T1');
  });
});
