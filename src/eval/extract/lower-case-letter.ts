// A lower-case option letter read from its place in the sentence, not from a label: the complement of a copula or a
// verb of choosing that closes its clause ("it's d.", "so id pick c", "def d", "i'd go with e"). Chat written in
// lower case drops the capital but keeps the grammar: the letter is what "is"/"pick" takes, and nothing follows it in
// the clause. Not read:
//   - "a" and "i": the article and the pronoun fill the same slot ("it's a", "so i") — only a label reads them;
//   - a letter a word or number goes on from ("it's e coli", "it's b12", "it's b tbh"): a name or a remark, not a label;
//   - a letter after a noun that takes letters ("hepatitis b", "vitamin d": evidence-reader.ts LETTER_NOUN_BEFORE_RE).

/**
 * The slot: a copula whose subject is "it/that/this/answer" ("it's d", "answer is d"), or a verb of choosing whose
 * subject is the writer or none ("i'd go with e", "so pick c", "id pick c"; not "my friend would pick c"), or "def"
 * opening the clause or after the copula ("def d", "its def d"); "=" and an arrow state it too. A lone letter that is
 * its whole clause is not read ("a, b, c and e do not fit" lists the rejected ones).
 */
const COMPLEMENT_SLOT_RE = new RegExp(
  [
    String.raw`\b(?:it['’]?s|(?:it|that|this|answer|ans)\s+(?:is|=))\s+(?:def(?:initely|o)?\s+)?$`,
    String.raw`(?:^\s*|\b(?:so|then|just|i|id|i['’]d|i\s+would|i['’]ll|i\s+will|i['’]m\s+(?:gonna|going\s+to))\s+)(?:pick|choose|select|say|go\s+(?:with|for))\s+$`,
    String.raw`(?:^\s*|\bso\s+)def(?:initely|o)?\s+$`,
    String.raw`[=→]\s*$`,
  ].join('|'),
  'i',
);

/**
 * Nothing goes on in the clause after the letter but the clause's or sentence's end ("its c?" asks, no more); a full
 * stop with a letter right after it is an abbreviation ("e.g.", "i.e."), not an end.
 */
const CLOSES_RE = /^\s*(?:[.!;,](?![A-Za-z])|$)/;

/** Pure: the lower-case letter `raw` between `before` and `after` in one clause is the complement of a choice. */
export function lowerCaseComplement(raw: string, before: string, after: string): boolean {
  if (raw === 'a' || raw === 'i' || raw !== raw.toLowerCase()) return false;
  return COMPLEMENT_SLOT_RE.test(before) && CLOSES_RE.test(after);
}

/**
 * Pure: the reply names each of `letters` only in lower case and in a slot (lowerCaseComplement), and another option
 * letter closes a clause in lower case somewhere in it ("i'd say b. no wait … so d", "path 1 → b … path 2 → d", "i'd pick c. actually no, d."). The rival
 * stands where no slot reads it, so the readers that weigh rivals (corrections, hedges, votes) never see it: the
 * reading from the slot is not credited. "a" and "i" are words, and an abbreviation ("e.g.") or a name going on
 * ("b12", "c-section") is no letter.
 */
export function lowerCaseRival(text: string, letters: string, valid: ReadonlySet<string>): boolean {
  for (const l of letters) {
    // A capital, or a label the older readers read ("option b", "(b)", "b项", evidence-reader.ts letterMentions): the
    // reading does not rest on the slot.
    const x = l.toLowerCase();
    if (new RegExp(`(?<![A-Za-z])${l.toUpperCase()}(?![A-Za-z])`).test(text)) return false;
    if (new RegExp(`(?:option|choice|answer|选项|答案)\\s*${x}(?![A-Za-z])|\\(${x}\\)|(?<![A-Za-z])${x}\\s*(?:选项|项)`, 'i').test(text)) return false;
  }
  // A rival closes its clause as the slot's letter does ("no, d.", "so d.", "→ d"); a label opening its line ("- c. sucralfate")
  // or a letter the clause goes on from ("b (physostigmine): ruled out") is the walk through the options.
  for (const m of text.matchAll(/(?<![A-Za-z0-9'’.-])([b-hj])(?=[ \t]*(?:[.!;,](?![A-Za-z])|\n|$))/g)) {
    const l = (m[1] as string).toUpperCase();
    const lineStart = text.lastIndexOf('\n', m.index ?? 0) + 1;
    if (/^[\s>*#\-•+\d.)]*$/.test(text.slice(lineStart, m.index))) continue;
    if (valid.has(l) && !letters.includes(l)) return true;
  }
  return false;
}
