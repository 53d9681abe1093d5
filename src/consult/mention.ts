// One reading of "is this mention told as the patient's own, now", shared by the consultation's raise-only readers
// (must-ask.ts, postpartum-headache.ts, ectopic-signs.ts): a match of `re` counts unless its clause negates it or the
// match itself carries the denial ("头不疼", "头没怎么痛"); with `notPast`, a mention told of the past does not count either.
import { clauseAt, clauses, isHistorical, isNegated } from '../safety/red-flags/context.js';

export function toldMention(text: string, re: RegExp, o: { notPast?: boolean } = {}): boolean {
  const all = clauses(text);
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (/[不没無无]/.test(m[0])) continue;
    const c = clauseAt(all, at);
    if (isNegated(text, c, at)) continue;
    if (o.notPast && isHistorical(text, c, new Date(), { start: at, end: at + m[0].length })) continue;
    return true;
  }
  return false;
}
