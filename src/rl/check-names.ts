// Examination names from the Chinese entity dictionary (entity-dict-zh/check.txt): a longest-match scanner the
// test-ordering verifier uses to read examinations out of free text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanNames } from '../knowledge/name-scan.js';
import { createNameTrie } from '../knowledge/name-trie.js';
import { normTerm } from '../knowledge/term-text.js';

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
  const trie = createNameTrie([...set].map((k) => [k, k] as const));
  return {
    size: set.size,
    find(text, max = 30) {
      return scanNames(normTerm(text), { names: trie, max });
    },
  };
}

/** The dictionary from a terms folder; undefined when the file is absent (the verifier then splits text). */
export function loadCheckNames(termsDir: string): CheckNames | undefined {
  const file = join(termsDir, 'entity-dict-zh', 'check.txt');
  if (!existsSync(file)) return undefined;
  return createCheckNames(readFileSync(file, 'utf8').split('\n'));
}
