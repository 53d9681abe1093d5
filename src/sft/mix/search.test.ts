import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/random.js';
import { expectedImprovement, fitGp } from './gp.js';
import { bestTrial, type Mixture, proposeMixture, type ScoredTrial } from './search.js';

describe('Gaussian process', () => {
  it('interpolates its training points and is unsure far from them', () => {
    const xs = [[0], [0.5], [1]];
    const gp = fitGp(xs, [1, 3, 2]);
    expect(gp.predict([0.5]).mean).toBeCloseTo(3, 2);
    expect(gp.predict([0.5]).sd).toBeLessThan(0.05);
    expect(gp.predict([3]).sd).toBeGreaterThan(gp.predict([0.5]).sd * 10);
  });

  it('expected improvement prefers a higher mean, then a wider doubt', () => {
    expect(expectedImprovement(2, 0.1, 1)).toBeGreaterThan(expectedImprovement(1, 0.1, 1));
    expect(expectedImprovement(1, 1, 1)).toBeGreaterThan(expectedImprovement(1, 0.1, 1));
    expect(expectedImprovement(0, 0, 1)).toBe(0);
  });
});

describe('mixture search', () => {
  const groups = ['knowledge', 'reasoning', 'rag', 'safety'];
  const target: Mixture = { knowledge: 0.45, reasoning: 0.3, rag: 0.17, safety: 0.08 };
  // A smooth synthetic "eval score" with its optimum (1.0) at `target`.
  const objective = (m: Mixture) => 1 - 0.5 * groups.reduce((s, g) => s + Math.abs(m[g] - target[g]), 0);

  it('finds a synthetic optimum within 5 % in at most 40 trials, and beats random search', () => {
    const space = { groups, minShare: 0.02 };
    const rng = createRng(7);
    const trials: ScoredTrial[] = [];
    for (let i = 0; i < 40; i++) {
      const mixture = proposeMixture(space, trials, rng);
      expect(Object.values(mixture).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
      for (const g of groups) expect(mixture[g]).toBeGreaterThanOrEqual(0.02 - 1e-4);
      trials.push({ mixture, score: objective(mixture) });
    }
    const best = bestTrial(trials);
    expect(best?.score).toBeGreaterThanOrEqual(0.95);

    // The same budget spent on the space-filling design alone does worse.
    const rng2 = createRng(7);
    const random: ScoredTrial[] = [];
    for (let i = 0; i < 40; i++) {
      const mixture = proposeMixture(space, random, rng2, { initial: 1000 });
      random.push({ mixture, score: objective(mixture) });
    }
    expect(best?.score ?? 0).toBeGreaterThan(bestTrial(random)?.score ?? 1);
  });

  it('starts from the uniform mixture, ignores failed trials, and names impossible spaces', () => {
    const space = { groups: ['a', 'b'], minShare: 0 };
    expect(proposeMixture(space, [], createRng(1))).toEqual({ a: 0.5, b: 0.5 });
    const failed = Array.from({ length: 6 }, () => ({ mixture: { a: 0.5, b: 0.5 }, score: null }));
    expect(() => proposeMixture(space, failed, createRng(1))).not.toThrow();
    expect(() => proposeMixture({ groups: ['a'], minShare: 0 }, [], createRng(1))).toThrow(/at least two/);
    expect(() => proposeMixture({ groups: ['a', 'b'], minShare: 0.5 }, [], createRng(1))).toThrow(/impossible/);
  });
});
