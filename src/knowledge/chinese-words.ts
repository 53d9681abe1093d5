// The ordinary Chinese words: jieba's base dictionary (@node-rs/jieba, ~350k entries), as a set of the words of two or
// more Han characters. One load of the dictionary serves both the segmenter (retrieval/analyzer.ts hands the buffer to
// jieba) and this set, which answers "is this a word?", e.g. whether a test name read from a photo is made of words at
// all. Loaded on first use (~0.3 s), so start-up does not pay for it.
import { createRequire } from 'node:module';

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
