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
