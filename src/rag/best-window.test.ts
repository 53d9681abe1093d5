import { describe, expect, it } from 'vitest';
import { bestWindow, sentenceSpans } from './best-window.js';
import { termSet } from './lexical-terms.js';
import { estimateTokens } from '../core/tokens.js';

const PASSAGE =
  'Blood pressure is the force of blood against artery walls. It is measured in millimeters of mercury. ' +
  'Many things affect it during the day. ' +
  'A normal A1C level is below 5.7 percent. Prediabetes is 5.7 to 6.4 percent. ' +
  'Exercise and diet help many conditions. Sleep matters too. Stress can raise blood pressure.';

describe('bestWindow', () => {
  it('keeps the sentences that answer the question, verbatim, marking the cuts', () => {
    const w = bestWindow(PASSAGE, termSet('normal A1C level prediabetes'), 24);
    expect(w).toBe('… A normal A1C level is below 5.7 percent. Prediabetes is 5.7 to 6.4 percent. …');
    expect(PASSAGE).toContain(w.replace(/^… | …$/g, ''));
    expect(estimateTokens(w)).toBeLessThanOrEqual(24);
  });

  it('returns short text unchanged and falls back to a prefix when nothing matches', () => {
    expect(bestWindow('Short.', termSet('anything'), 50)).toBe('Short.');
    expect(bestWindow(PASSAGE, termSet('zzqx'), 20).startsWith('Blood pressure is the force')).toBe(true);
  });

  it('splits Chinese sentences', () => {
    expect(sentenceSpans('高血压是常见病。需要长期管理！注意饮食').length).toBe(3);
    const w = bestWindow('百日咳是传染病。'.repeat(3) + '典型症状：阵发性痉挛性咳嗽。' + '预防接种很重要。'.repeat(3), termSet('百日咳症状'), 30);
    expect(w).toContain('典型症状：阵发性痉挛性咳嗽。');
  });
});
