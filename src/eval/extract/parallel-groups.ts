// Two clauses joined by a semicolon that say the same verb of two disjoint sets of options, with different objects —
// "p53、Rb和APC属于抑癌基因；ras和myc属于原癌基因", "MMR and varicella are live; IPV and hepatitis B are inactivated". The
// reply sorts the options into two groups by FORM (parallel predicates); which group answers is the question's business,
// and the union of the options named is never the answer. Read only against a reading from options merely named
// (final-answer.ts): such a reading is then no answer — a miss, never a wrong set. Pure.

/** A named option in the reply: where its text starts and how long it is. */
export interface NamedAt {
  letter: string;
  pos: number;
  length: number;
}

/** The verb a predicate opens with: two Han characters, or an English word. */
function verbOf(predicate: string): string | null {
  const p = predicate.trim().toLowerCase();
  const han = /^[\u4e00-\u9fff]{2}/.exec(p);
  if (han) return han[0];
  return /^[a-z]+(?=\s)/.exec(p)?.[0] ?? null;
}

/**
 * Pure: some sentence of `text` has two semicolon-joined clauses, each naming options (none in both), each followed by a
 * predicate opening on the same verb but saying something different after it.
 */
export function parallelPredicateGroups(text: string, named: readonly NamedAt[]): boolean {
  let start = 0;
  const sentences: [number, number][] = [];
  for (const m of text.matchAll(/[\n。！？!?]|\.(?!\d)/g)) {
    sentences.push([start, m.index ?? 0]);
    start = (m.index ?? 0) + 1;
  }
  sentences.push([start, text.length]);
  for (const [a, b] of sentences) {
    const clauses: { from: number; to: number }[] = [];
    let from = a;
    for (const m of text.slice(a, b).matchAll(/[;；]/g)) {
      clauses.push({ from, to: a + (m.index ?? 0) });
      from = a + (m.index ?? 0) + 1;
    }
    clauses.push({ from, to: b });
    if (clauses.length < 2) continue;
    const read = clauses.map(({ from: f, to: t }) => {
      const here = named.filter((n) => n.pos >= f && n.pos + n.length <= t);
      const lastEnd = Math.max(f, ...here.map((n) => n.pos + n.length));
      return { letters: new Set(here.map((n) => n.letter)), predicate: text.slice(lastEnd, t).trim() };
    });
    for (let i = 0; i + 1 < read.length; i++) {
      const x = read[i];
      const y = read[i + 1];
      if (!x.letters.size || !y.letters.size || [...x.letters].some((l) => y.letters.has(l))) continue;
      const v = verbOf(x.predicate);
      if (v && v === verbOf(y.predicate) && x.predicate.slice(v.length).trim() && y.predicate.slice(v.length).trim() !== x.predicate.slice(v.length).trim())
        return true;
    }
  }
  return false;
}
