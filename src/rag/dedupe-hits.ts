// Duplicate removal before packaging: the same chunk twice, the same text from two loaders, or near-copies
// (syndicated NIH pages, mirrored consumer sites). The more authoritative (then more relevant) copy wins.
import { authorityRank } from '../core/types.js';
import type { SearchHit } from '../core/types.js';

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

/** Word 3-shingles for Latin text, character 4-shingles for CJK. */
function shingles(text: string): Set<string> {
  const n = normalise(text);
  const out = new Set<string>();
  if (/\p{Script=Han}/u.test(n)) {
    const s = n.replace(/ /g, '');
    for (let i = 0; i + 4 <= s.length; i++) out.add(s.slice(i, i + 4));
  } else {
    const w = n.split(' ');
    for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

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
    const sh = shingles(h.text);
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
