import { describe, expect, it } from 'vitest';
import { approxTokens, truncateToTokens } from './tokens.js';

describe('approxTokens', () => {
  it('counts CJK characters one each and other text at ~4 characters per token', () => {
    expect(approxTokens('高血压')).toBe(3);
    expect(approxTokens('abcdefgh')).toBe(2);
    expect(approxTokens('高血压 high')).toBe(3 + 2);
    expect(approxTokens('')).toBe(0);
  });
});

describe('truncateToTokens', () => {
  it('returns text unchanged when it fits and cuts at a sentence end when it does not', () => {
    expect(truncateToTokens('short text.', 50)).toBe('short text.');
    const text = 'First sentence is here. Second sentence is here. Third sentence runs on and on and on.';
    const cut = truncateToTokens(text, 14);
    expect(approxTokens(cut)).toBeLessThanOrEqual(14);
    expect(cut).toBe('First sentence is here. Second sentence is here. …');
    expect(text.startsWith(cut.replace(/ …$/, ''))).toBe(true);
  });
  it('truncates Chinese within budget', () => {
    const cut = truncateToTokens('高血压是一种常见的慢性病。需要长期管理和规律服药才能控制。', 16);
    expect(approxTokens(cut)).toBeLessThanOrEqual(16);
    expect(cut).toBe('高血压是一种常见的慢性病。 …');
  });
});
