// Longest-match dictionary scan over normalised text: the one loop behind ICD-10 name, drug name and
// examination name extraction. Each lexicon says what a piece resolves to and what counts as "the same hit"
// (an ICD core code, a canonical drug), so the scan, the greedy step and the de-duplication live here once.

export interface NameScanOptions<T> {
  /** Piece lengths worth trying at each position, longest first. */
  lengths: readonly number[];
  /** What a piece of text names, or undefined when it names nothing. */
  lookup: (piece: string) => T | undefined;
  /** Identity used to report each hit once (default: the hit itself). */
  key?: (hit: T) => unknown;
  /** Stop after this many distinct hits. */
  max: number;
}

/** Distinct longest matches in `text` (already normalised), left to right; a match consumes its characters. */
export function scanNames<T>(text: string, options: NameScanOptions<T>): T[] {
  const { lengths, lookup, max } = options;
  const key = options.key ?? ((hit: T) => hit);
  const out: T[] = [];
  const seen = new Set<unknown>();
  let i = 0;
  while (i < text.length && out.length < max) {
    let step = 1;
    for (const len of lengths) {
      if (i + len > text.length) continue;
      const hit = lookup(text.slice(i, i + len));
      if (hit !== undefined) {
        const k = key(hit);
        if (!seen.has(k)) {
          seen.add(k);
          out.push(hit);
        }
        step = len;
        break;
      }
    }
    i += step;
  }
  return out;
}

/** Distinct lengths of `names`, longest first: the `lengths` a scan over them needs. */
export function lengthsLongestFirst(names: Iterable<string>): number[] {
  const lengths = new Set<number>();
  for (const n of names) lengths.add(n.length);
  return [...lengths].sort((a, b) => b - a);
}
