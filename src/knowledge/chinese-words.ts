// The ordinary Chinese words: jieba's base dictionary (@node-rs/jieba, ~350k entries), as a set of the words of two or
// more Han characters. One load of the dictionary serves both the segmenter (retrieval/analyzer.ts hands the buffer to
// jieba) and this set, which answers "is this a word?", e.g. whether a test name read from a photo is made of words at
// all. Loaded on first use (~0.3 s), so start-up does not pay for it.
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';

let baseDict: Buffer | undefined;
/** jieba's base dictionary as shipped with @node-rs/jieba (one "word freq tag" line per entry), loaded once. */
export function jiebaBaseDict(): Buffer {
  baseDict ??= (createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Buffer }).dict;
  return baseDict;
}

let words: Set<string> | undefined;
/** Words of two or more Han characters in jieba's base dictionary, loaded on first use. */
export function chineseWords(): ReadonlySet<string> {
  if (words) return words;
  words = new Set();
  for (const line of jiebaBaseDict().toString('utf8').split('\n')) {
    const w = line.slice(0, line.indexOf(' '));
    if (w.length >= 2 && /^[\u3400-\u9fff]+$/.test(w)) words.add(w);
  }
  return words;
}

let entries: Map<string, { freq: number; tag: string }> | undefined;
/** jieba's entry for a word of two to four Han characters (undefined when the dictionary lacks it): its count says
 * how ordinary a word is — 明白 10875, 小心 2441, 多多 382 are ordinary words; 欢欢 2, 婷婷 3 are mostly names — and its
 * tag whether it is a proper name (nr person, ns place, nt/nz organisation or other). Loaded on first use. */
export function chineseWordEntry(word: string): { freq: number; tag: string } | undefined {
  if (!entries) {
    entries = new Map();
    for (const line of jiebaBaseDict().toString('utf8').split('\n')) {
      const [w, f, tag = ''] = line.split(' ');
      if (w && w.length >= 2 && w.length <= 4 && /^[\u3400-\u9fff]+$/.test(w)) entries.set(w, { freq: Number(f) || 0, tag: tag.trim() });
    }
  }
  return entries.get(word);
}

/** jieba's count of a word of two to four Han characters (0 when the dictionary lacks it). */
export function chineseWordFrequency(word: string): number {
  return chineseWordEntry(word)?.freq ?? 0;
}

/** Does a word of the dictionary start before `i` and hold it (帕[金森], 情[况]可)? Then `i` is inside a word: a
 * surname character there starts no name — the segmenter's word-start condition, read from jieba's dictionary. */
export function insideWord(s: string, i: number, words: ReadonlySet<string>): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) for (let k = i + 1; k <= Math.min(s.length, j + 4); k++) if (words.has(s.slice(j, k))) return true;
  return false;
}

/** Does a word of the dictionary (2–4 characters) start at `i`? ("高血压", "方法": the character opens a word.) */
export function opensWord(s: string, i: number, words: ReadonlySet<string>): boolean {
  for (let k = i + 2; k <= Math.min(s.length, i + 4); k++) if (words.has(s.slice(i, k))) return true;
  return false;
}

let charTags: Map<string, string> | undefined;
/**
 * The word class jieba's base dictionary gives a single Han character ("v" verb, "p" preposition, "n" noun, "a"
 * adjective, "nr" person name…; "" when it has no such entry): whether a character standing alone is mainly a verb
 * (谈, 安), a preposition (于, 向), a common noun (方, 路) or a surname (孟, 邓).
 */
export function chineseCharTag(ch: string): string {
  if (!charTags) {
    charTags = new Map();
    for (const line of jiebaBaseDict().toString('utf8').split('\n')) {
      const [w, , tag] = line.split(' ');
      if (w && tag && [...w].length === 1) charTags.set(w, tag.trim());
    }
  }
  return charTags.get(ch) ?? '';
}

let charRanks: Map<string, number> | undefined;
/**
 * A Han character's rank among the single-character words of jieba's base dictionary by frequency (0 = the most
 * frequent, 了; Infinity when the dictionary has no such entry). The few hundred most frequent are the grammatical
 * and everyday words (都 21, 着 23, 个 38): a character that common is read as itself, not as a typing slip.
 */
export function chineseCharRank(ch: string): number {
  if (!charRanks) {
    const freq: [string, number][] = [];
    for (const line of jiebaBaseDict().toString('utf8').split('\n')) {
      const [w, n] = line.split(' ');
      if (w && [...w].length === 1 && /^[\u3400-\u9fff]$/.test(w)) freq.push([w, Number(n)]);
    }
    charRanks = new Map(freq.sort((a, b) => b[1] - a[1]).map(([w], i) => [w, i]));
  }
  return charRanks.get(ch) ?? Number.POSITIVE_INFINITY;
}

let tagger: Jieba | undefined;
/** One word of a tagged segmentation: the word, jieba's word class ("ns" place, "nr" person, "nt" organisation, "x" a
 * word the dictionary does not know, found by the HMM), and where it starts in the text segmented. */
export interface TaggedWord {
  word: string;
  tag: string;
  start: number;
}
/**
 * Words of a Chinese text with their word classes, by jieba over its base dictionary with the HMM for unknown words
 * (a proper name the dictionary does not hold comes out as "x": 湘建|集团, 芦淞|服装城). The segmenter is built on
 * first use (~0.5 s), so callers should hand it short windows, not whole records.
 */
export function chineseTagged(text: string): TaggedWord[] {
  tagger ??= Jieba.withDict(jiebaBaseDict());
  const out: TaggedWord[] = [];
  let at = 0;
  for (const w of tagger.tag(text, true)) {
    const start = text.indexOf(w.word, at);
    if (start < 0) continue;
    out.push({ word: w.word, tag: w.tag, start });
    at = start + w.word.length;
  }
  return out;
}
