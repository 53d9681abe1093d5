// Whose a sign is, read the way a listener does: the last person named before it in its clause ("my baby has a fever",
// "我在家带宝宝玩，他发烧两天了" → the other person; "I get wheezy" → the writer; "vomiting since this morning" → no one
// said). One reader for the triage (a nursing mother's own breast complaint vs a baby's fever: modifiers.ts) and the
// consultation (a child only as company: consult/facts.ts), each with its own sign and person words. Pure.
import { matchesOf } from '../red-flags/match.js';

export type Carrier = 'other' | 'writer' | 'unsaid';

/**
 * The carrier of every `sign` match in the text, in order. `person` (global) names a third person in group 1 and the
 * writer in group 2; `clauseBreak` ends a clause (whatever is before it in the text does not name the carrier).
 */
export function signCarriers(text: string, sign: RegExp, person: RegExp, clauseBreak: RegExp): Carrier[] {
  return matchesOf(sign, text).map((m) => {
    const before = text.slice(0, m.index).split(clauseBreak).pop() ?? '';
    let who: Carrier = 'unsaid';
    for (const p of matchesOf(person, before)) who = p[1] ? 'other' : 'writer';
    return who;
  });
}
