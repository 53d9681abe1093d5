// The ordinary English words: a 275k-word dictionary (an-array-of-english-words), shared by the de-identifier
// (src/safety/phi: a capitalised word that is not an English word may be a name) and retrieval (question words that
// are neither English nor indexed). Loaded on first use, so start-up does not pay for it.
import { createRequire } from 'node:module';

let dictionary: Set<string> | undefined;
/** The ordinary English words (lower case), loaded on first use. */
export function englishWords(): ReadonlySet<string> {
  if (!dictionary) dictionary = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return dictionary;
}

/** Is `w` (any case) an ordinary English word? */
export function englishWord(w: string): boolean {
  return englishWords().has(w.toLowerCase());
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/**
 * Is lower-case `w` an English word, or one edit (insert, delete, substitute, swap of neighbours) from one that
 * starts with the same letter? Generates the ~54·n edits and looks each up, instead of scanning the dictionary.
 */
export function nearEnglishWord(w: string): boolean {
  const dict = englishWords();
  if (dict.has(w)) return true;
  // Edits at position ≥ 1 keep the first letter (an edit at 0 that keeps it gives a string produced here too).
  for (let i = 1; i <= w.length; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (i < w.length && dict.has(head + tail.slice(1))) return true; // delete w[i]
    if (i + 1 < w.length && dict.has(head + tail[1] + tail[0] + tail.slice(2))) return true; // swap w[i], w[i+1]
    for (const c of LETTERS) {
      if (dict.has(head + c + tail)) return true; // insert before w[i]
      if (i < w.length && c !== tail[0] && dict.has(head + c + tail.slice(1))) return true; // substitute w[i]
    }
  }
  return false;
}
