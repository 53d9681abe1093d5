// Dictionary entity recognition: greedy longest match, case-insensitive, whole words for Latin terms.
// Pure; the dictionary is a character trie built once, so a scan is one walk per position (no slicing).
import { createNameTrie, type NameTrie } from './name-trie.js';

export type EntityType = 'disease' | 'symptom' | 'drug' | 'check' | 'department' | 'food';
export const ENTITY_TYPE_NAMES: readonly EntityType[] = ['disease', 'symptom', 'drug', 'check', 'department', 'food'];

export interface EntityMention {
  /** The text as it appears in the input. */
  text: string;
  type: EntityType;
  start: number;
  end: number;
}

export interface EntityEntry {
  term: string;
  type: EntityType;
}

export interface EntityMatcher {
  match(text: string): EntityMention[];
  /** Known type of an exact term (case-insensitive), if any. */
  typeOf(term: string): EntityType | undefined;
  readonly size: number;
}

/** When one name has several types, the clinically most specific wins. */
const PRIORITY: Record<EntityType, number> = { disease: 0, symptom: 1, drug: 2, check: 3, department: 4, food: 5 };
const WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

// Boundary rules test single UTF-16 code units (as `text[i]` did), so a class per code unit is exact: computed
// once per unit with the regexes above and cached, instead of three regex calls per text position.
const KNOWN = 1;
const IS_WORD = 2;
const IS_HAN = 4;
const unitClass = new Uint8Array(0x10000);
function classOf(code: number): number {
  let c = unitClass[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = KNOWN | (WORD.test(ch) ? IS_WORD : 0) | (HAN.test(ch) ? IS_HAN : 0);
    unitClass[code] = c;
  }
  return c;
}
/** A letter or digit that is not Han: Latin-like words must not continue across a term's edge. */
function isLatinWord(code: number): boolean {
  return (classOf(code) & (IS_WORD | IS_HAN)) === IS_WORD;
}

export function normalizeTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Lowercase without changing length (so offsets map back to the input). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export interface MatcherOptions {
  /** Shortest Han term kept (single characters match everywhere). Default 2. */
  minHanLength?: number;
  /** Shortest Latin term kept. Default 3 (two-letter abbreviations are too ambiguous). */
  minLatinLength?: number;
}

export function createEntityMatcher(entries: Iterable<EntityEntry>, options: MatcherOptions = {}): EntityMatcher {
  const minHan = options.minHanLength ?? 2;
  const minLatin = options.minLatinLength ?? 3;
  const dict = new Map<string, EntityType>();
  for (const { term, type } of entries) {
    const t = normalizeTerm(term);
    if (t.length > 40) continue;
    if (HAN.test(t) ? t.length < minHan : t.length < minLatin) continue;
    const prev = dict.get(t);
    if (prev === undefined || PRIORITY[type] < PRIORITY[prev]) dict.set(t, type);
  }
  const trie = createNameTrie(dict);

  return {
    size: trie.size,
    typeOf: (term) => trie.get(normalizeTerm(term)),
    match: (text) => scanLongest(trie, text).map(({ text: t, value, start, end }) => ({ text: t, type: value, start, end })),
  };
}

export interface DictionaryHit<T> {
  /** The text as it appears in the input. */
  text: string;
  value: T;
  start: number;
  end: number;
}

/**
 * Greedy longest match of a lower-cased-key trie over `text`, left to right. Latin-like terms need word edges on
 * both sides (aspirin ≠ aspirinate, no "ace" inside "pace"); Han text has none, so any Han position may start or
 * end a term. Shared by the terminology matcher and the data pipeline's dictionary matchers.
 */
export function scanLongest<T>(trie: NameTrie<T>, text: string): DictionaryHit<T>[] {
  const lower = lowerSameLength(text);
  const n = lower.length;
  const endsOnBoundary = (end: number): boolean => end >= n || (classOf(lower.charCodeAt(end - 1)) & IS_HAN) !== 0 || !isLatinWord(lower.charCodeAt(end));
  const out: DictionaryHit<T>[] = [];
  let i = 0;
  while (i < n) {
    const here = lower.charCodeAt(i);
    const boundaryBefore = i === 0 || (classOf(here) & IS_HAN) !== 0 || !isLatinWord(lower.charCodeAt(i - 1));
    const hit = boundaryBefore ? trie.longestAt(lower, i, endsOnBoundary) : undefined;
    if (hit === undefined) {
      i++;
      continue;
    }
    out.push({ text: text.slice(i, hit.end), value: hit.value, start: i, end: hit.end });
    i = hit.end;
  }
  return out;
}
