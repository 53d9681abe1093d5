// Entity matching contract for tagging. The implementation is the knowledge engineer's terminology
// (src/knowledge/terminology.ts, loadTerminology().match); a dictionary matcher serves KG-derived vocabularies.
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

/** ASCII letter or digit (the text is lower-cased, so a–z): a Latin name must not run into one. */
function isAsciiWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Longest-match dictionary matcher (left to right, case-insensitive for Latin) over {name → type}. */
export function createDictionaryMatcher(entries: Iterable<[string, string]>, minLength = 2): EntityMatcher {
  const dict = new Map<string, string>();
  for (const [name, type] of entries) {
    const k = name.trim().toLowerCase();
    if (k.length < minLength || dict.has(k)) continue;
    dict.set(k, type);
  }
  // One trie walk per position instead of a slice per name length (src/knowledge/name-trie.ts).
  const trie = createNameTrie(dict);
  return {
    match(text) {
      const lower = text.toLowerCase();
      const out: EntityMention[] = [];
      for (let i = 0; i < lower.length; ) {
        // A name starting with a Latin letter or digit needs a word edge on both sides; inside a word none fits.
        const latinStart = isAsciiWord(lower.charCodeAt(i));
        const hit = latinStart && i > 0 && isAsciiWord(lower.charCodeAt(i - 1))
          ? undefined
          : trie.longestAt(lower, i, latinStart ? (end) => !isAsciiWord(lower.charCodeAt(end)) : undefined);
        if (hit === undefined) {
          i++;
          continue;
        }
        out.push({ text: text.slice(i, hit.end), type: hit.value, start: i, end: hit.end });
        i = hit.end;
      }
      return out;
    },
  };
}
