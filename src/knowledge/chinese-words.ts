// The ordinary Chinese words: jieba's base dictionary (@node-rs/jieba, ~350k entries), as a set of the words of two or
// more Han characters. Shared with the segmenter's own dictionary (retrieval/analyzer.ts loads the same file into
// jieba); here it answers "is this a word?", e.g. whether a test name read from a photo is made of words at all.
// Loaded on first use (~0.3 s), so start-up does not pay for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let words: Set<string> | undefined;
/** Words of two or more Han characters in jieba's base dictionary, loaded on first use. */
export function chineseWords(): ReadonlySet<string> {
  if (words) return words;
  const path = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
  words = new Set();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const w = line.slice(0, line.indexOf(' '));
    if (w.length >= 2 && /^[\u3400-\u9fff]+$/.test(w)) words.add(w);
  }
  return words;
}
