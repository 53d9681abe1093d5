import { describe, expect, it } from 'vitest';
import { authorityMultiplier, normalizeByMax, pruneRedundant, rrf, RRF_K } from './fuse.js';
import { minhash, similarity } from './minhash.js';

describe('fusion and pruning', () => {
  it('RRF rewards items both lists agree on', () => {
    const bm25 = [
      { id: 1, score: 9 },
      { id: 2, score: 5 },
      { id: 3, score: 1 },
    ];
    const vec = [
      { id: 2, score: 0.9 },
      { id: 3, score: 0.8 },
      { id: 4, score: 0.1 },
    ];
    const fused = rrf([{ items: bm25 }, { items: vec }]);
    expect(fused.map((f) => f.id)).toEqual([2, 3, 1, 4]);
    expect(fused[0].score).toBeCloseTo(1 / (RRF_K + 2) + 1 / (RRF_K + 1));
    expect(rrf([{ items: bm25, weight: 2 }])[0].score).toBeCloseTo(2 / (RRF_K + 1));
  });

  it('normalises by the best score and applies a mild authority prior', () => {
    expect(
      normalizeByMax([
        { id: 1, score: 4 },
        { id: 2, score: 2 },
      ]).map((r) => r.score),
    ).toEqual([1, 0.5]);
    expect(authorityMultiplier('A', 0.1)).toBeCloseTo(1.1);
    expect(authorityMultiplier('C', 0.1)).toBeCloseTo(1.05);
    expect(authorityMultiplier('E', 0.1)).toBe(1);
  });

  it('MinHash sees near-duplicates and tells different texts apart', () => {
    const t = 'the bone marrow makes too many lymphocytes a type of white blood cell in acute leukemia'.split(' ');
    const near = [...t.slice(0, -1), 'leukaemia'];
    const other = 'inhaled corticosteroids control persistent asthma in children and adults alike'.split(' ');
    expect(similarity(minhash(t), minhash(t))).toBe(1);
    expect(similarity(minhash(t), minhash(near))).toBeGreaterThan(0.6);
    expect(similarity(minhash(t), minhash(other))).toBeLessThan(0.3);
  });

  it('prune keeps the first of a duplicate group and records what it absorbed', () => {
    const a = minhash(['a', 'b', 'c', 'd']);
    const b = minhash(['x', 'y', 'z', 'w']);
    const { kept, absorbed } = pruneRedundant(
      [
        { id: 1, sig: a },
        { id: 2, sig: a },
        { id: 3, sig: b },
      ],
      similarity,
      0.8,
      10,
    );
    expect(kept.map((k) => k.id)).toEqual([1, 3]);
    expect(absorbed.get(1)).toEqual([2]);
  });
});
