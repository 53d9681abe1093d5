// Names the knowledge base has never seen: a question about a brand, a supplement or a device ("Ozempic", "ashwagandha",
// "NMN") whose name is no ordinary English word and appears in no indexed passage is told "the knowledge base has no page
// about X" (rag/no-page.ts) instead of being shown pages that share its other words as if they answered it. A word the
// index almost knows (one or two letters off a known word: "metforman") is a misspelling, not a new name. Pure: the
// dictionary and the index are passed in.

export interface UnknownNamesInput {
  /** Is the word (any case) an ordinary English word? */
  isEnglishWord: (word: string) => boolean;
  /** How many indexed passages hold the word (as the index analyses it); 0 = never seen. */
  docFreq: (word: string) => number;
  /** Does the index hold a word a letter or two away from this one (a misspelling of a known word)? */
  nearKnown: (word: string) => boolean;
}

/** Latin words of the question that may be names: 5+ letters, or an acronym of 3+ capitals (NMN). */
const CANDIDATE = /(?<![A-Za-z0-9])(?:[A-Za-z][a-z'-]{4,}[a-z]|[A-Z]{3,6})(?![A-Za-z0-9])/g;

const PLACE_BEFORE = /\b(?:in|to|from|at|near|visit(?:ing|ed)?|trip\s+to)\s+(?:[A-Z][a-z]+\s+)?$/;

// The calendar's names are ordinary words the dictionary leaves out as proper nouns: "it's now tuesday afternoon",
// "course finishes thursday" named no product (evidence-q-8 answers said "no page about tuesday"). A closed class.
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february april june july august september october november december'.split(' '),
);

/** Two ordinary words of 3+ letters each, written as one. */
function compound(w: string, isWord: (w: string) => boolean): boolean {
  for (let i = 3; i <= w.length - 3; i++) if (isWord(w.slice(0, i)) && isWord(w.slice(i))) return true;
  return false;
}

/** Pure: the question's words that name something the knowledge base has never indexed, as written, in order. */
export function unknownNames(question: string, input: UnknownNamesInput): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(CANDIDATE)) {
    const w = m[0].replace(/'s$/i, '');
    const low = w.toLowerCase();
    if (out.some((o) => o.toLowerCase() === low)) continue;
    // An ordinary word (or its singular), or one the index holds, is no unknown name.
    if (CALENDAR.has(low) || CALENDAR.has(low.slice(0, -1)) || input.isEnglishWord(low) || (low.endsWith('s') && input.isEnglishWord(low.slice(0, -1))))
      continue;
    // Two ordinary words written as one ("bloodwork", "bullseye").
    if (compound(low, input.isEnglishWord)) continue;
    // A place ("in Guangdong", "to Machu Picchu"): a capitalised word in a locative frame is no medicine or product.
    if (/^[A-Z]/.test(w) && PLACE_BEFORE.test(question.slice(Math.max(0, (m.index ?? 0) - 24), m.index))) continue;
    if (input.docFreq(w) > 0 || input.nearKnown(low)) continue;
    out.push(w);
  }
  return out;
}

/** Pure: are two words at most `max` edits apart (insert, delete, substitute, swap of neighbours)? */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return false;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length] <= max;
}
