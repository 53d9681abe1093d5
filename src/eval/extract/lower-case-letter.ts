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

/**
 * What may stand in the clause before the slot (review s29): only the writer's own discourse words ("so", "ok", "tbh",
 * "ez one", "i think", "pretty sure"). Any other word there may be someone else holding the view ("she said it's c",
 * "my tutor would just pick c", "they told me to just pick c"), a past or doubted one ("i used to think it's c", "i doubt
 * it's c") or a hypothesis ("what if it's c"): the slot is not read — the reading START had returns (a missed lower-case
 * answer is a lost credit; a credited non-answer is a wrong RL reward). The arrow and "=" ("stemi → c") state a mapping
 * whatever goes before them and are not held to it.
 */
const OWN_PREFIX_RE =
  /^[^A-Za-z]*(?:(?:so+|then|ok(?:ay)?|k|yeah|yea|ya|yes|yep|well|hmm+|um+|uh+|ah+|oh+|honestly|tbh|imo|ngl|lol|and|now|anyway|therefore|thus|hence|ez|easy|one|clearly|obviously|def(?:initely|o)?|deffo|i\s+think|(?:i['’]?m\s+)?(?:pretty\s+|quite\s+|very\s+)?sure|my\s+(?:final\s+)?answer|final\s+answer)\b[^A-Za-z]*)*$/i;

/** Set by withoutLowerCaseSlot: the slot reads nothing (START's reading). */
let slotOff = 0;

/** Runs `read` with the slot reader off: the readings the reply had before the slot was read (START behaviour). */
export function withoutLowerCaseSlot<T>(read: () => T): T {
  slotOff++;
  try {
    return read();
  } finally {
    slotOff--;
  }
}

/** True while withoutLowerCaseSlot runs. */
export const lowerCaseSlotOff = (): boolean => slotOff > 0;

/**
 * The lower-case letter `raw` between `before` and `after` in one clause is the complement of a choice whose clause holds
 * only the writer's discourse words before it (OWN_PREFIX_RE). Pure but for the withoutLowerCaseSlot switch.
 */
export function lowerCaseComplement(raw: string, before: string, after: string): boolean {
  if (slotOff > 0) return false;
  if (raw === 'a' || raw === 'i' || raw !== raw.toLowerCase()) return false;
  const slot = COMPLEMENT_SLOT_RE.exec(before);
  if (!slot || !CLOSES_RE.test(after)) return false;
  return /[=→]\s*$/.test(before) || OWN_PREFIX_RE.test(before.slice(0, slot.index));
}

/**
 * Pure (review s29): a lower-case reading of `letters` the reply leaves ambiguous, so the slot steps aside and START's
 * reading returns — each letter of the reading is written only in lower case (no capital, no label) and
 *   - it echoes a name: a noun that takes letters before it anywhere in the reply ("vitamin c … so its c", "hep b, it's
 *     b"), or another option's own text holds that letter as a word ("gbs, so it's b" with "C. Group B");
 *   - or it stands in a list of lower-case letters ("so id pick b, d and a"): part of a set, not the whole answer.
 */
export function lowerCaseAmbiguous(text: string, letters: string, raw?: ReadonlyMap<string, string>): boolean {
  const lower = [...letters].filter(
    (l) =>
      !new RegExp(`(?<![A-Za-z])${l.toUpperCase()}(?![A-Za-z])`).test(text) &&
      !new RegExp(
        `(?:option|choice|answer|选项|答案)\\s*${l.toLowerCase()}(?![A-Za-z])|\\(${l.toLowerCase()}\\)|(?<![A-Za-z])${l.toLowerCase()}\\s*(?:选项|项)`,
        'i',
      ).test(text),
  );
  for (const l of lower) {
    const x = l.toLowerCase();
    if (
      new RegExp(`\\b(?:vitamin|vit|hepatitis|hep|group|type|grade|plan|part|stage|class|phase|lead|factor|level|zone)\\s*-?\\s*${x}(?![A-Za-z0-9])`, 'i').test(
        text,
      )
    )
      return true;
    for (const [other, t] of raw ?? []) if (other !== l && new RegExp(`(?<![A-Za-z0-9])${x}(?![A-Za-z0-9])`, 'i').test(t)) return true;
    const list = String.raw`\s*(?:,|&|/|\band\b|\bor\b)\s*`;
    if (new RegExp(`(?<![A-Za-z0-9'’.-])${x}${list}[a-j](?![A-Za-z0-9'’])|(?<![A-Za-z0-9'’.-])[a-j]${list}${x}(?![A-Za-z0-9'’])`).test(text)) return true;
  }
  return false;
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
  // A rival kept for a case ("i'd go with c. d if contraindicated"): the clause goes on from it, but it is an answer too.
  for (const m of text.matchAll(/(?<![A-Za-z0-9'’.-])([b-hj])\s+(?:if|unless|when|in\s+case)\b/g))
    if (valid.has((m[1] as string).toUpperCase()) && !letters.includes((m[1] as string).toUpperCase())) return true;
  return false;
}
