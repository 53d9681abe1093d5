// Examination names from the Chinese entity dictionary (entity-dict-zh/check.txt): a longest-match scanner the
// test-ordering verifier uses to read examinations out of free text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normTerm } from './text.js';

export interface CheckNames {
  readonly size: number;
  /** Normalised examination names in text, longest match first, left to right, de-duplicated. */
  find(text: string, max?: number): string[];
}

export function createCheckNames(names: Iterable<string>): CheckNames {
  const set = new Set<string>();
  for (const n of names) {
    const k = normTerm(n);
    if (k.length >= 2) set.add(k);
  }
  const lengths = [...new Set([...set].map((k) => k.length))].sort((a, b) => b - a);
  return {
    size: set.size,
    find(text, max = 30) {
      const t = normTerm(text);
      const out: string[] = [];
      const seen = new Set<string>();
      let i = 0;
      while (i < t.length && out.length < max) {
        let step = 1;
        for (const len of lengths) {
          if (i + len > t.length) continue;
          const piece = t.slice(i, i + len);
          if (set.has(piece)) {
            if (!seen.has(piece)) {
              seen.add(piece);
              out.push(piece);
            }
            step = len;
            break;
          }
        }
        i += step;
      }
      return out;
    },
  };
}

/** The dictionary from a terms folder; undefined when the file is absent (the verifier then splits text). */
export function loadCheckNames(termsDir: string): CheckNames | undefined {
  const file = join(termsDir, 'entity-dict-zh', 'check.txt');
  if (!existsSync(file)) return undefined;
  return createCheckNames(readFileSync(file, 'utf8').split('\n'));
}
