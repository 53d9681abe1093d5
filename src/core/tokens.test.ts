import { describe, expect, it } from 'vitest';
import { countTokens, estimateTokens, prefixWithinTokens, qwen3Counter, truncateToTokens } from './tokens.js';

describe('estimateTokens (budgets)', () => {
  it('counts Han characters one each and other text at four characters per token', () => {
    expect(estimateTokens('高血压')).toBe(3);
    expect(estimateTokens('abcdefgh')).toBe(2);
    expect(estimateTokens('高血压 high')).toBe(3 + 2);
    expect(estimateTokens('')).toBe(0);
  });
  it('errs high against the real Qwen3 count on Chinese and English medical text', () => {
    const zh = '高血压患者应定期监测血压，若收缩压持续高于140 mmHg，应在医生指导下调整降压药物。';
    const en = 'Patients with hypertension should monitor their blood pressure and take antihypertensive drugs as prescribed.';
    expect(estimateTokens(zh)).toBeGreaterThanOrEqual(countTokens(zh));
    expect(estimateTokens(en)).toBeGreaterThanOrEqual(countTokens(en));
  });
});

describe('countTokens (exact, Qwen3)', () => {
  it('counts with the bundled tokenizer', () => {
    expect(countTokens('')).toBe(0);
    expect(countTokens('hello world')).toBe(2);
    expect(qwen3Counter).toMatchObject({ method: 'tokenizer', description: 'qwen3' });
    expect(qwen3Counter.count('hello world')).toBe(2);
  });
});

describe('prefixWithinTokens', () => {
  it('stops where the estimate reaches the bound', () => {
    expect(prefixWithinTokens('abcdefgh', 1)).toBe(4);
    expect(prefixWithinTokens('高血压病', 2)).toBe(2);
    expect(prefixWithinTokens('ab', 10)).toBe(2);
  });
});

describe('truncateToTokens', () => {
  it('returns text unchanged when it fits and cuts at a sentence end when it does not', () => {
    expect(truncateToTokens('short text.', 50)).toBe('short text.');
    const text = 'First sentence is here. Second sentence is here. Third sentence runs on and on and on.';
    const cut = truncateToTokens(text, 14);
    expect(estimateTokens(cut)).toBeLessThanOrEqual(14);
    expect(cut).toBe('First sentence is here. Second sentence is here. …');
    expect(text.startsWith(cut.replace(/ …$/, ''))).toBe(true);
  });
  it('truncates Chinese within budget', () => {
    const cut = truncateToTokens('高血压是一种常见的慢性病。需要长期管理和规律服药才能控制。', 16);
    expect(estimateTokens(cut)).toBeLessThanOrEqual(16);
    expect(cut).toBe('高血压是一种常见的慢性病。 …');
  });
  it('fits a real token count when given one', () => {
    const text = 'Hypertension is a common chronic disease. It needs long-term management and regular medication to control.';
    const cut = truncateToTokens(text, 10, countTokens);
    expect(countTokens(cut)).toBeLessThanOrEqual(10);
    expect(cut.length).toBeGreaterThan(0);
  });
});
