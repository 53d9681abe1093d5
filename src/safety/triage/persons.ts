// Persons: who a stretch of text names, and whose a finding is. Whose a finding is, sign by sign (signCarriers: the last
// person named before a sign in its clause — modifiers.ts, a nursing mother's own breast complaint vs a baby's fever;
// consult facts.ts, a child only as company), is one reading of the persons a stretch of text names (personsNamed),
// each caller with its own person words. One home of the people-by-tie words (RELATIVE_EN/ZH, read by fiction.ts).
// (The per-clause scope reader that once lived beside this, scope.ts, blanked out-of-scope clauses; it was measured and
// turned off in session 11 and lives in git at 00a0438c.) Pure.

import { matchesOf } from '../red-flags/match.js';

/** The one list of people named by their tie to the writer ("my daughter", "my boss", 我女儿, 我同事): fiction.ts reads
 *  real persons from it, triage.ts a collapse seen, supply-inquiry.ts whose supply, lowering.ts a third party. */
export const RELATIVE_EN =
  'son|daughter|husband|wife|partner|boyfriend|girlfriend|mum|mom|mother|dad|father|grandmother|grandfather|grandma|grandpa|grandad|nan|friend|colleague|coworker|co-worker|boss|brother|sister|roommate|housemate|flatmate|neighbou?r|uncle|aunt|cousin|in-laws?|child|kid|baby';
/** Words that name one's own child or grandparent only after "my"/"our" ("my toddler", "our boy", "my gran"): read
 *  beside RELATIVE_EN where a possessive comes first (seizure-now.ts); alone "a girl", "the boy" are anyone. */
export const OWN_AFTER_MY_EN = 'toddler|boy|girl|gran';
/** Family members called bare by the name the family uses ("Mum says", "Dad fell", "nana's pills"): a person of the
 *  writer's circle with no possessive before it (condition-frames.ts whose). */
export const FAMILY_NAMES_EN = 'mum|mom|mummy|mommy|dad|daddy|nan|nana|grandma|grandpa';
export const RELATIVE_ZH = '女儿|儿子|老公|老婆|爱人|丈夫|妻子|妈|爸|孩子|宝宝|朋友|同事|室友|邻居|哥|姐|弟|妹|爷|奶|外公|外婆|姥|领导|同学|男朋友|女朋友|对象';

/** Who a person named is: someone else (group 1 of the caller's person words) or the writer (group 2). */
export type Carrier = 'other' | 'writer' | 'unsaid';

/** The persons `text` names, in order: `person` (global) names a third person in group 1 and the writer in group 2. */
export function personsNamed(text: string, person: RegExp): Exclude<Carrier, 'unsaid'>[] {
  return matchesOf(person, text).map((p) => (p[1] ? 'other' : 'writer'));
}

/**
 * The carrier of every `sign` match in the text, in order, read the way a listener does: the last person named before
 * it in its clause ("my baby has a fever", "我在家带宝宝玩，他发烧两天了" → the other person; "I get wheezy" → the writer;
 * "vomiting since this morning" → no one said). `clauseBreak` ends a clause (whatever is before it does not name the
 * carrier).
 */
export function signCarriers(text: string, sign: RegExp, person: RegExp, clauseBreak: RegExp): Carrier[] {
  return matchesOf(sign, text).map((m) => personsNamed(text.slice(0, m.index).split(clauseBreak).pop() ?? '', person).at(-1) ?? 'unsaid');
}
