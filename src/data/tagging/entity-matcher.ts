// Entity matching contract for tagging. The implementation is the knowledge engineer's terminology
// (src/knowledge/terminology.ts, loadTerminology().match); a dictionary matcher serves KG-derived vocabularies.
import { scanLongest } from '../../knowledge/entity-matcher.js';
import { createNameTrie } from '../../knowledge/name-trie.js';

export interface EntityMention {
  text: string;
  type: string;
  start: number;
  end: number;
}

export interface EntityMatcher {
  match(text: string): EntityMention[];
}

/** Longest-match dictionary matcher (left to right, case-insensitive for Latin) over {name → type}; first type wins. */
export function createDictionaryMatcher(entries: Iterable<[string, string]>, minLength = 2): EntityMatcher {
  const dict = new Map<string, string>();
  for (const [name, type] of entries) {
    const k = name.trim().toLowerCase();
    if (k.length < minLength || dict.has(k)) continue;
    dict.set(k, type);
  }
  const trie = createNameTrie(dict);
  return {
    match: (text) => scanLongest(trie, text).map(({ text: t, value, start, end }) => ({ text: t, type: value, start, end })),
  };
}
