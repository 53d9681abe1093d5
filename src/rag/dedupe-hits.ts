// Duplicate removal before packaging: the same chunk twice, the same text from two loaders, or near-copies
// (syndicated NIH pages, mirrored consumer sites). The more authoritative (then more relevant) copy wins.
import { jaccard, shingles } from '../core/shingles.js';
import { authorityRank } from '../core/types.js';
import type { SearchHit } from '../core/types.js';

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

/** Character 4-shingles for Chinese, word 3-shingles otherwise: passages are short, so shorter grams than corpus
 *  near-dedup (5/5) still separate distinct texts. */
const PASSAGE_SHINGLES = { charN: 4, wordN: 3 };

export interface DedupeOutcome<T> {
  kept: T[];
  duplicates: { id: string; of: string }[];
}

/** Keep the first of each duplicate group after ordering by authority then relevance/score. */
export function dedupeHits<T extends SearchHit & { relevance?: number }>(hits: T[], nearThreshold = 0.8): DedupeOutcome<T> {
  const ordered = [...hits].sort((a, b) => authorityRank(a.authority) - authorityRank(b.authority) || (b.relevance ?? b.score) - (a.relevance ?? a.score));
  const kept: T[] = [];
  const keptShingles: Set<string>[] = [];
  const seenIds = new Set<string>();
  const seenText = new Map<string, string>();
  const duplicates: { id: string; of: string }[] = [];
  for (const h of ordered) {
    if (seenIds.has(h.id)) {
      duplicates.push({ id: h.id, of: h.id });
      continue;
    }
    const norm = normalise(h.text);
    const exact = seenText.get(norm);
    if (exact) {
      duplicates.push({ id: h.id, of: exact });
      continue;
    }
    const sh = shingles(h.text, PASSAGE_SHINGLES);
    const near = keptShingles.findIndex((k) => jaccard(sh, k) >= nearThreshold);
    if (near >= 0) {
      duplicates.push({ id: h.id, of: kept[near].id });
      continue;
    }
    seenIds.add(h.id);
    seenText.set(norm, h.id);
    kept.push(h);
    keptShingles.push(sh);
  }
  return { kept, duplicates };
}
