// Decontamination against evaluation sets: exact matches of the normalised text, and near-duplicates by
// character n-gram containment (hash-sampled shingles, so 10^4–10^5 eval items fit in memory). Every removal
// names the eval set and item it collided with.
import { sampledWindowHashes } from '../../core/shingles.js';
import { normTerm } from '../../knowledge/term-text.js';

export interface EvalText {
  set: string;
  id: string;
  text: string;
}

export interface Contamination {
  kind: 'exact' | 'near';
  set: string;
  evalId: string;
  /** Share of the item's sampled n-grams found in that eval item (1 for exact). */
  overlap: number;
}

export interface DecontamOptions {
  /** Characters per shingle (default 12). */
  ngram?: number;
  /** Keep one shingle in `sample` (by hash) on both sides (default 2). */
  sample?: number;
  /** Containment at or above which an item is a near-duplicate (default 0.5). */
  threshold?: number;
  /** Texts shorter than this (normalised) only match exactly (default 24). */
  minChars?: number;
}

export interface Decontaminator {
  readonly size: number;
  check(text: string): Contamination | null;
}

export function createDecontaminator(evals: Iterable<EvalText>, options: DecontamOptions = {}): Decontaminator {
  const n = options.ngram ?? 12;
  const sample = options.sample ?? 2;
  const threshold = options.threshold ?? 0.5;
  const minChars = options.minChars ?? 24;
  const list: EvalText[] = [];
  const exact = new Map<string, number>();
  const index = new Map<number, number | number[]>();
  for (const e of evals) {
    const idx = list.length;
    list.push(e);
    const norm = normTerm(e.text);
    if (!norm) continue;
    if (!exact.has(norm)) exact.set(norm, idx);
    for (const h of new Set(sampledWindowHashes(norm, n, sample))) {
      const cur = index.get(h);
      if (cur === undefined) index.set(h, idx);
      else if (typeof cur === 'number') {
        if (cur !== idx) index.set(h, [cur, idx]);
      } else if (cur[cur.length - 1] !== idx && cur.length < 64) cur.push(idx);
    }
  }
  return {
    size: list.length,
    check(text) {
      const norm = normTerm(text);
      if (!norm) return null;
      const ex = exact.get(norm);
      if (ex !== undefined) return { kind: 'exact', set: list[ex].set, evalId: list[ex].id, overlap: 1 };
      if (norm.length < minChars) return null;
      const mine = [...new Set(sampledWindowHashes(norm, n, sample))];
      if (mine.length < 3) return null;
      const counts = new Map<number, number>();
      for (const h of mine) {
        const hit = index.get(h);
        if (hit === undefined) continue;
        if (typeof hit === 'number') counts.set(hit, (counts.get(hit) ?? 0) + 1);
        else for (const i of hit) counts.set(i, (counts.get(i) ?? 0) + 1);
      }
      let best = -1;
      let bestCount = 0;
      for (const [i, c] of counts) if (c > bestCount) [best, bestCount] = [i, c];
      const overlap = bestCount / mine.length;
      if (best < 0 || overlap < threshold) return null;
      return { kind: 'near', set: list[best].set, evalId: list[best].id, overlap: Math.round(overlap * 1000) / 1000 };
    },
  };
}
