// Text plumbing shared by the screening rules: one normal form (NFKC, lower case, curly quotes straightened,
// digit group separators removed) and sentence splitting that keeps Chinese and English sentence ends.

/** NFKC + lower case + straight apostrophes + "1,000" → "1000"; offsets are not preserved (rules read spans). */
export function normalise(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/(\d),(?=\d{3}\b)/g, '$1')
      // Markdown emphasis is markup, not words: "**do not** apply butter" is read as "do not apply butter".
      .replace(/\*\*|__/g, '')
      .toLowerCase()
  );
}

/** Sentences: split at 。！？；!? ; at ". " and at line breaks (a list item is its own sentence). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])|(?<=\.)(?=\s)|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

/** Where a clause ends inside a sentence: commas, dashes, colons, "but" and its kin. */
export const CLAUSE_BREAK = /[，,、：:—–]|\s-\s|\bbut\b|\bhowever\b|但是|但|然而|不过|而是/u;

/** Clauses inside a sentence (commas, dashes, colons); negation and frames are judged per clause. */
export function clauses(sentence: string): string[] {
  return sentence
    .split(CLAUSE_BREAK)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function trimSpan(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Build one case-insensitive, unicode regex from alternatives (source strings). */
export function alt(parts: readonly string[], flags = 'u'): RegExp {
  return new RegExp(`(?:${parts.join('|')})`, flags);
}
