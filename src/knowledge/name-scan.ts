// Longest-match dictionary scan over normalised text: the one loop behind ICD-10 name, drug name and
// examination name extraction. Each lexicon says what a piece resolves to and what counts as "the same hit"
// (an ICD core code, a canonical drug), so the scan, the greedy step and the de-duplication live here once.
import type { NameHit, NameTrie } from './name-trie.js';

interface ScanCommon<T> {
  /** Identity used to report each hit once (default: the hit itself). */
  key?: (hit: T) => unknown;
  /** Stop after this many distinct hits. */
  max: number;
}

/** Names in a trie (createNameTrie): one walk per position, the way lexicons scan. */
export interface TrieScanOptions<T> extends ScanCommon<T> {
  names: NameTrie<T>;
}

/**
 * A lookup function and the piece lengths worth trying, longest first: one slice per length per position, so
 * only for lookups that cannot be listed as a dictionary (or tiny ones).
 */
export interface LookupScanOptions<T> extends ScanCommon<T> {
  lengths: readonly number[];
  /** What a piece of text names, or undefined when it names nothing. */
  lookup: (piece: string) => T | undefined;
}

export type NameScanOptions<T> = TrieScanOptions<T> | LookupScanOptions<T>;

/** Distinct longest matches in `text` (already normalised), left to right; a match consumes its characters. */
export function scanNames<T>(text: string, options: NameScanOptions<T>): T[] {
  const { max } = options;
  const key = options.key ?? ((hit: T) => hit);
  const hitAt = 'names' in options ? (i: number) => options.names.longestAt(text, i) : lookupHitAt(text, options);
  const out: T[] = [];
  const seen = new Set<unknown>();
  let i = 0;
  while (i < text.length && out.length < max) {
    const hit = hitAt(i);
    if (hit === undefined) {
      i++;
      continue;
    }
    const k = key(hit.value);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(hit.value);
    }
    i = hit.end;
  }
  return out;
}

function lookupHitAt<T>(text: string, { lengths, lookup }: LookupScanOptions<T>): (i: number) => NameHit<T> | undefined {
  return (i) => {
    for (const len of lengths) {
      // A zero length would never advance; a trie ignores empty keys the same way.
      if (len <= 0 || i + len > text.length) continue;
      const value = lookup(text.slice(i, i + len));
      if (value !== undefined) return { end: i + len, value };
    }
    return undefined;
  };
}

/** Distinct lengths of `names`, longest first: the `lengths` a lookup scan over them needs. */
export function lengthsLongestFirst(names: Iterable<string>): number[] {
  const lengths = new Set<number>();
  for (const n of names) lengths.add(n.length);
  return [...lengths].sort((a, b) => b - a);
}
