// Pure ranking steps: reciprocal-rank fusion, score normalisation, the authority prior and redundancy pruning.
import type { Authority } from '../core/types.js';
import { authorityRank } from '../core/types.js';

/** Standard RRF constant (Cormack et al. 2009): damps the head so one list cannot dominate. */
export const RRF_K = 60;

export interface Ranked {
  id: number;
  score: number;
}

/**
 * Reciprocal-rank fusion of ranked lists (best first). Each list may carry a weight.
 * Returns ids with fused scores, best first; ties keep first-seen order.
 */
export function rrf(lists: { items: Ranked[]; weight?: number }[], k = RRF_K): Ranked[] {
  const score = new Map<number, number>();
  for (const { items, weight = 1 } of lists) {
    items.forEach((it, rank) => score.set(it.id, (score.get(it.id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...score].map(([id, s]) => ({ id, score: s })).sort((a, b) => b.score - a.score);
}

/** Scale scores to (0, 1] by the best one (bm25-only ranking keeps score gaps, unlike RRF). */
export function normalizeByMax(items: Ranked[]): Ranked[] {
  const max = items.reduce((m, it) => Math.max(m, it.score), 0);
  return max > 0 ? items.map((it) => ({ id: it.id, score: it.score / max })) : items.map((it) => ({ id: it.id, score: 0 }));
}

/**
 * Authority prior as a multiplier: A gets 1 + weight, E gets 1, linear between.
 * Small by default so relevance leads and authority breaks near-ties (the report's authority ranking).
 */
export function authorityMultiplier(authority: Authority, weight: number): number {
  return 1 + (weight * (4 - authorityRank(authority))) / 4;
}

export interface PruneItem {
  id: number;
  /** Items with the same key are exact duplicates (e.g. the same normalised text). */
  sig: Uint32Array;
}

/**
 * Keep items in order, dropping any whose signature is at least `threshold` similar to a kept one.
 * Returns kept ids and, per kept id, the ids it absorbed.
 */
export function pruneRedundant<T extends PruneItem>(
  items: T[],
  similarity: (a: Uint32Array, b: Uint32Array) => number,
  threshold: number,
  limit: number,
): { kept: T[]; absorbed: Map<number, number[]> } {
  const kept: T[] = [];
  const absorbed = new Map<number, number[]>();
  for (const it of items) {
    const dupOf = kept.find((k) => similarity(k.sig, it.sig) >= threshold);
    if (dupOf) {
      const list = absorbed.get(dupOf.id) ?? [];
      list.push(it.id);
      absorbed.set(dupOf.id, list);
      continue;
    }
    kept.push(it);
    if (kept.length >= limit) break;
  }
  return { kept, absorbed };
}
