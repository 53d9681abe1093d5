// Shingles for near-duplicate detection: character n-grams for Chinese, word n-grams for English.

export interface ShingleOptions {
  /** Character n for Han-dominant text (default 5). */
  charN: number;
  /** Word n for other text (default 5). */
  wordN: number;
}

export const DEFAULT_SHINGLES: ShingleOptions = { charN: 5, wordN: 5 };

/** Lower-cased, NFKC, punctuation and whitespace removed: the key for exact dedup and the base for shingles. */
export function dedupKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function shingles(text: string, o: ShingleOptions = DEFAULT_SHINGLES): Set<string> {
  const norm = text.normalize('NFKC').toLowerCase();
  const han = (norm.match(/\p{Script=Han}/gu) ?? []).length;
  const words = norm.match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (han * 2 >= words.join('').length) {
    const chars = [...norm.replace(/[\s\p{P}\p{S}]+/gu, '')];
    if (chars.length <= o.charN) out.add(chars.join(''));
    else for (let i = 0; i + o.charN <= chars.length; i++) out.add(chars.slice(i, i + o.charN).join(''));
  } else {
    if (words.length <= o.wordN) out.add(words.join(' '));
    else for (let i = 0; i + o.wordN <= words.length; i++) out.add(words.slice(i, i + o.wordN).join(' '));
  }
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}
