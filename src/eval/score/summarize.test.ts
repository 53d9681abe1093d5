import { describe, expect, it } from 'vitest';
import { bootstrapMean } from './bootstrap.js';
import { summarize } from './summarize.js';
import type { ItemScore } from '../types.js';

const s = (correct: boolean, invalid = false, reason = correct ? 'match' : 'mismatch'): ItemScore => ({
  correct,
  score: correct ? 1 : 0,
  prediction: invalid ? '' : 'A',
  invalid,
  reason,
});

describe('summarize', () => {
  it('tallies overall, invalid, official crashes and groups (as fractions)', () => {
    const rows = [
      { groups: { level: '高级', type: '单选题' }, score: s(true) },
      { groups: { level: '高级', type: '多选题' }, score: s(false) },
      { groups: { level: '初级', type: '单选题' }, score: s(false, true, 'no-json') },
      { groups: { level: '初级', type: '单选题' }, score: s(false, true, 'crash: TypeError') },
    ];
    const out = summarize(rows, ['level', 'type', 'department']);
    expect(out.overall).toEqual({ correct: 1, total: 4, accuracy: 0.25 });
    expect(out.invalid).toBe(2);
    expect(out.officialCrashes).toBe(1);
    expect(out.groups.level).toEqual({ 高级: { correct: 1, total: 2, accuracy: 0.5 }, 初级: { correct: 0, total: 2, accuracy: 0 } });
    expect(out.groups.department).toBeUndefined();
  });
});

describe('bootstrapMean', () => {
  it('is reproducible and brackets the mean; narrows with n', () => {
    const small = Array.from({ length: 50 }, (_, i) => (i % 2 ? 1 : 0));
    const big = Array.from({ length: 2000 }, (_, i) => (i % 2 ? 1 : 0));
    const a = bootstrapMean(small);
    expect(bootstrapMean(small)).toEqual(a);
    expect(a.low).toBeLessThan(0.5);
    expect(a.high).toBeGreaterThan(0.5);
    const b = bootstrapMean(big);
    expect(b.high - b.low).toBeLessThan((a.high - a.low) / 3);
    // Normal approximation for p=0.5, n=2000: ±1.96·sqrt(.25/2000) ≈ ±0.0219
    expect(b.high - b.low).toBeGreaterThan(0.035);
    expect(b.high - b.low).toBeLessThan(0.053);
  });
});
