import { describe, expect, it } from 'vitest';
import { ngramClasses } from './ngram-classes.js';
import { dupNgramFrac, topNgramFrac } from './repetition.js';

/** Seeded units from a small alphabet (Han characters, Latin words, numbers), so n-grams repeat. */
function randomUnits(seed: number, length: number): string[] {
  const alphabet = ['胸', '痛', '发', '热', 'fever', 'pain', '12', '𠮷'];
  let s = seed;
  return Array.from({ length }, () => alphabet[((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) % alphabet.length]);
}

describe('n-gram classes', () => {
  it('gives equal ids exactly to equal n-grams, for any size and order of requests', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const units = randomUnits(seed, 60);
      const classes = ngramClasses(units);
      for (const n of seed % 2 ? [4, 6, 8, 20, 3, 1, 60] : [2, 3, 5, 9, 7]) {
        const ids = classes.of(n);
        expect(ids.length).toBe(units.length - n + 1);
        const byGram = new Map<string, number>();
        const byId = new Map<number, string>();
        for (let i = 0; i < ids.length; i++) {
          const gram = units.slice(i, i + n).join('\u0000');
          expect(byGram.get(gram) ?? ids[i]).toBe(ids[i]);
          expect(byId.get(ids[i]) ?? gram).toBe(gram);
          byGram.set(gram, ids[i]);
          byId.set(ids[i], gram);
        }
      }
    }
  });

  it('handles empty input, sizes past the end and bad sizes', () => {
    expect(ngramClasses([]).of(3)).toHaveLength(0);
    expect(ngramClasses(['a', 'b']).of(3)).toHaveLength(0);
    expect(() => ngramClasses(['a']).of(0)).toThrow(/positive integer, got 0/);
    expect(topNgramFrac([], 2)).toBe(0);
    expect(dupNgramFrac([], 2)).toBe(0);
  });

  it('repetition fractions agree with counting joined n-gram strings', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const units = randomUnits(seed * 31, 80);
      const total = units.reduce((s, u) => s + u.length, 0);
      for (const n of [2, 4, 6, 10]) {
        const grams = units.slice(0, units.length - n + 1).map((_, i) => units.slice(i, i + n).join('\u0000'));
        // top: count left to right; ties go to the gram that reaches the top count first.
        const counts = new Map<string, number>();
        let best = 0;
        let bestAt = 0;
        grams.forEach((g, i) => {
          const c = (counts.get(g) ?? 0) + 1;
          counts.set(g, c);
          if (c > best) [best, bestAt] = [c, i];
        });
        const gramChars = units.slice(bestAt, bestAt + n).reduce((s, u) => s + u.length, 0);
        expect(topNgramFrac(units, n)).toBe(best <= 1 ? 0 : (best * gramChars) / total);
        // dup: characters of units inside any repeated occurrence.
        const seen = new Set<string>();
        const covered = new Array<boolean>(units.length).fill(false);
        grams.forEach((g, i) => (seen.has(g) ? covered.fill(true, i, i + n) : seen.add(g)));
        const dup = units.reduce((s, u, i) => s + (covered[i] ? u.length : 0), 0);
        expect(dupNgramFrac(units, n)).toBe(dup / total);
      }
    }
  });
});

describe('n-gram classes on a long text', () => {
  it('stays exact past the shared scratch table size', () => {
    const units = Array.from({ length: 70_000 }, (_, i) => String(i % 7 === 0 ? i % 1000 : i));
    const ids = ngramClasses(units).of(2);
    const first = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) {
      const gram = `${units[i]} ${units[i + 1]}`;
      const id = first.get(gram) ?? ids[i];
      first.set(gram, id);
      if (id !== ids[i]) throw new Error(`class mismatch at ${i}`);
    }
    expect(new Set(ids).size).toBe(first.size);
    // A short text afterwards reuses a small table.
    expect(ngramClasses(['a', 'b', 'a', 'b']).of(2)).toEqual(Int32Array.from([0, 1, 0]));
  });
});
