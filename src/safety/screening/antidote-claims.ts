// An antidote named for a poison it does not reverse — "the rescue drug for a heroin overdose is flumazenil", "肝素过量用
// 维生素K逆转", "有机磷中毒的特效解毒药是纳洛酮" — read against the closed antidote table (knowledge/antidotes.ts).
//
// One claim per agent, read from the agent's OWN sentence (session 22, review s21 CU-1/CU-6/CU-7):
// - its poison: one named in the agent's clause ("Vitamin K for heroin, naloxone for warfarin" pairs each agent with
//   its clause's poison); else one named in the sentence; else — only when the sentence calls the agent a treatment
//   (an antidote/reversal/cure word, or giving a specific agent) and names nobody the agent is kept for (a diabetic's
//   glucagon) — the sentence before or the heading, then the question. Keeping or carrying an agent ("keep a naloxone
//   kit at home") is no claim about a poison the sentence does not name.
// - its frame: a treatment relation in any verb form (reverses, treat P with X, X works for P, first-line, 首选, 解,
//   用X就得) — claim-frames.ts.
// - its negation: only one that governs THE claim (claim-frames.ts negatedClaim): "never give flumazenil", "纳洛酮对
//   有机磷无效", 唔可以解 — not "Don't wait: vitamin K reverses heparin".
import type { ContentFlag } from '../../core/content-flags.js';
import { toSimplified } from '../../core/han-variants.js';
import { ANTIDOTES, type Antidote, POISONS, type PoisonId } from '../../knowledge/antidotes.js';
import { ADMINISTER, clauseAround, framedAt, KEEP, negatedClaim, OVERDOSE, ROLE, SPECIFIC_RELATION } from './claim-frames.js';
import { WARNED } from './frames.js';
import { alt, trimSpan } from './text.js';

const POISON_RES = POISONS.map((p) => ({ id: p.id, re: alt(p.names, 'gu') }));
const AGENT_RES = ANTIDOTES.map((a) => ({ a, re: alt(a.names, 'gu'), kept: a.keptFor ? alt(a.keptFor, 'u') : undefined }));

interface Named {
  id: PoisonId;
  from: number;
  to: number;
}

function poisonsIn(text: string): Named[] {
  const found: Named[] = [];
  for (const p of POISON_RES) {
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) found.push({ id: p.id, from: m.index, to: m.index + m[0].length });
  }
  return found;
}

const ids = (named: readonly Named[]) => new Set(named.map((n) => n.id));

/** Everything the agent is given for, named among these poisons. */
const reversesAny = (a: Antidote, poisons: ReadonlySet<PoisonId>) => a.reverses.some((r) => poisons.has(r));

/**
 * Swapped-antidote claims in one sentence (pure). `near`: the sentence before and the section heading; `context`: the
 * question and the whole passage.
 */
export function antidoteClaims(sentence: string, near: string, context: string): ContentFlag[] {
  const s = toSimplified(sentence.toLowerCase());
  if (/[?？]\s*$/u.test(s) || WARNED.test(s)) return [];
  const own = poisonsIn(s);
  const named = AGENT_RES.flatMap(({ a, re, kept }) => {
    re.lastIndex = 0;
    // A name that is the poison itself ("too much insulin", "digoxin toxicity") names no agent.
    return [...s.matchAll(re)]
      .filter((m) => !own.some((p) => m.index < p.to && m.index + m[0].length > p.from))
      .map((m) => ({ a, kept, from: m.index, to: m.index + m[0].length }));
  }).filter(
    // One molecule per span: a name inside another agent's longer name is that agent (叶酸 in 甲酰四氢叶酸 / 亚叶酸钙 is
    // folinic acid, not folic acid), as medicine-mentions reads the longest name.
    (n, _, all) => !all.some((o) => o !== n && o.from <= n.from && o.to >= n.to && o.to - o.from > n.to - n.from),
  );
  if (named.length === 0) return [];
  // A right agent for a poison named in the sentence: a supportive agent beside it (oxygen, glucose) is no swap.
  const ownIds = ids(own);
  const rightNamed = named.some(({ a }) => reversesAny(a, ownIds));
  let borrowed: Set<PoisonId> | undefined;
  const borrow = () => {
    if (borrowed) return borrowed;
    borrowed = ids(poisonsIn(toSimplified(near.toLowerCase())));
    if (borrowed.size === 0) borrowed = ids(poisonsIn(toSimplified(context.toLowerCase())));
    return borrowed;
  };
  for (const { a, kept, from, to } of named) {
    if (!a.specific && rightNamed) continue;
    const clause = clauseAround(s, from, to);
    const inClause = own.filter((p) => p.from >= clause.start && p.to <= clause.start + clause.text.length);
    const at = from - clause.start;
    const len = to - from;
    const role = framedAt(clause.text, at, len, ROLE);
    const administer = a.specific ? framedAt(clause.text, at, len, ADMINISTER) : undefined;
    let poisons: Set<PoisonId>;
    let relation: number[];
    if (inClause.length > 0) {
      // The clause pairs the agent with its own poison: any treatment relation between them is the claim.
      poisons = ids(inClause);
      const relatedFor = a.specific ? framedAt(clause.text, at, len, SPECIFIC_RELATION) : undefined;
      const keep = a.specific ? framedAt(clause.text, at, len, KEEP) : undefined;
      const frame = role ?? administer ?? relatedFor ?? keep;
      if (frame === undefined) continue;
      relation = [frame, ...inClause.map((p) => p.from - clause.start)];
    } else if (own.length > 0) {
      poisons = ownIds;
      const keep = a.specific ? framedAt(clause.text, at, len, KEEP) : undefined;
      const frame = role ?? administer ?? keep;
      if (frame === undefined) continue;
      relation = [frame];
    } else {
      // No poison in the sentence: a claim about the poison before only when the sentence makes the agent a
      // treatment, and names no one the agent is kept for ("every type 1 diabetic should carry" glucagon).
      // Keeping it "for an overdose" speaks of a poisoning: the one before.
      const keep = a.specific && OVERDOSE.test(clause.text) ? framedAt(clause.text, at, len, KEEP) : undefined;
      const frame = role ?? administer ?? keep;
      if (frame === undefined || kept?.test(s)) continue;
      poisons = borrow();
      relation = [frame];
    }
    if (poisons.size === 0 || reversesAny(a, poisons)) continue;
    // Folic acid beside methotrexate is everyday care; only a rescue from an overdose is a claim.
    if (a.givenBeside?.some((p) => poisons.has(p)) && !OVERDOSE.test(`${s}\n${toSimplified(near.toLowerCase())}\n${toSimplified(context.toLowerCase())}`))
      continue;
    if (negatedClaim(clause.text, at, len, relation)) continue;
    const poison = [...poisons].join('/');
    return [
      { code: 'contradicts-knowledge', span: trimSpan(sentence), reason: `antidote swapped: ${a.id} does not reverse ${poison} (knowledge/antidotes.ts)` },
    ];
  }
  return [];
}
