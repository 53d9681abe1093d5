// An antidote named for a poison it does not reverse — "the rescue drug for a heroin overdose is flumazenil", "肝素过量用
// 维生素K逆转", "有机磷中毒的特效解毒药是纳洛酮" — read against the closed antidote table (knowledge/antidotes.ts).
// The poison is the one the sentence names; failing that, the sentence before or the section heading; failing that,
// the question and the whole passage. An agent is judged only in a frame that makes it the treatment: called the
// antidote / reversal / rescue (either side of the name), or — for an agent with no everyday supportive use — given
// in so many words ("give flumazenil nasal spray"). A negated, warned or questioned naming is no claim.
import type { ContentFlag } from '../../core/content-flags.js';
import { toSimplified } from '../../core/han-variants.js';
import { ANTIDOTES, POISONS, type PoisonId } from '../../knowledge/antidotes.js';
import { WARNED } from './frames.js';
import { alt, trimSpan } from './text.js';

const POISON_RES = POISONS.map((p) => ({ id: p.id, re: alt(p.names, 'gu') }));
const AGENT_RES = ANTIDOTES.map((a) => ({ a, re: alt(a.names, 'gu') }));

/** The words that make a named agent the treatment of a poisoning. */
const ROLE = alt([
  '\\bantidotes?\\b',
  '\\brevers(?:al|e|es|ed|ing)\\b',
  '\\brescue (?:drug|medicine|medication|spray|injection)s?\\b',
  '\\bantagonists?\\b',
  '\\bcounteract\\w*',
  '\\bneutrali[sz]\\w*',
  '\\bspecific (?:agent|treatment|therapy)\\b',
  '\\btreated with\\b',
  '\\btreatment (?:is|of choice is)\\b',
  '解毒',
  '拮抗',
  '特效',
  '逆转',
  '对抗',
  '中和',
  '解救',
  '急救药',
  '抢救(?:用)?药',
]);

/** Giving the agent in so many words: a claim for an agent with no everyday supportive use. */
const GIVE = alt([
  '\\b(?:give|giving|inject|injecting|administer|administering|spray|use|using|keep|carry|reach for)\\b',
  '给(?:予|他|她|病人|患者)?',
  '注射',
  '使用',
  '静推',
  '静注',
  '肌注',
  '喷',
  '备(?:好|上|着)?',
]);

/** A naming that denies the agent's use: "flumazenil does not reverse opioids", "纳洛酮对有机磷无效". */
const DENIED = alt([
  "\\b(?:not|no|never|isn't|aren't|doesn't|don't|won't|cannot|can't|instead of|rather than|unlike|ineffective|useless)\\b",
  '不是',
  '不要',
  '不能',
  '不会',
  '不用',
  '别',
  '勿',
  '并非',
  '而不是',
  '无效',
  '没用',
  '没有用',
  '不管用',
  '禁用',
  '避免',
]);

const CLAUSE_END = /[，,；;。!?！？]/u;

interface Span {
  from: number;
  to: number;
}

function poisonsIn(text: string): { ids: Set<PoisonId>; spans: Span[] } {
  const ids = new Set<PoisonId>();
  const spans: Span[] = [];
  for (const p of POISON_RES) {
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      ids.add(p.id);
      spans.push({ from: m.index, to: m.index + m[0].length });
    }
  }
  return { ids, spans };
}

/** A relative clause after the agent continues its clause: "naltrexone spray, which reverses an overdose". */
const RELATIVE = /^[,，]\s*(?:which|that)\b|^[,，]\s*(?:它|能|可)/u;

/**
 * The clause around [from, to): to the nearest clause end either side (a list colon does not end it; a relative
 * clause after the agent continues it). Returns the clause and where it starts.
 */
function clauseAround(s: string, from: number, to: number): { text: string; start: number } {
  let a = from;
  while (a > 0 && !CLAUSE_END.test(s[a - 1])) a--;
  let b = to;
  while (b < s.length && !CLAUSE_END.test(s[b])) b++;
  if (RELATIVE.test(s.slice(b))) {
    b++;
    while (b < s.length && !CLAUSE_END.test(s[b])) b++;
  }
  return { text: s.slice(a, b), start: a };
}

/** The frame word nearest the agent inside its clause, either side, within a short gap (Han text is denser). */
function framed(clause: string, at: number, len: number, frame: RegExp): boolean {
  const han = /\p{Script=Han}/u.test(clause);
  const gap = han ? 16 : 60;
  const before = clause.slice(Math.max(0, at - gap), at);
  const after = clause.slice(at + len, at + len + gap);
  return frame.test(before) || frame.test(after);
}

/**
 * Swapped-antidote claims in one sentence (pure). `near`: the sentence before and the section heading; `context`: the
 * question and the whole passage.
 */
export function antidoteClaims(sentence: string, near: string, context: string): ContentFlag[] {
  const s = toSimplified(sentence.toLowerCase());
  if (/[?？]\s*$/u.test(s) || WARNED.test(s)) return [];
  const own = poisonsIn(s);
  let poisons = own.ids;
  if (poisons.size === 0) poisons = poisonsIn(toSimplified(near.toLowerCase())).ids;
  if (poisons.size === 0) poisons = poisonsIn(toSimplified(context.toLowerCase())).ids;
  if (poisons.size === 0) return [];
  const named = AGENT_RES.flatMap(({ a, re }) => {
    re.lastIndex = 0;
    // A name that is the poison itself ("too much insulin", "digoxin toxicity") names no agent.
    return [...s.matchAll(re)].filter((m) => !own.spans.some((p) => m.index < p.to && m.index + m[0].length > p.from)).map((m) => ({ a, m }));
  });
  // A right agent for the poison named in the sentence: a supportive agent beside it (oxygen, glucose) is no swap.
  const rightNamed = named.some(({ a }) => a.reverses.some((r) => poisons.has(r)));
  for (const { a, m } of named) {
    if (a.reverses.some((r) => poisons.has(r))) continue;
    if (!a.specific && rightNamed) continue;
    const { text: clause, start } = clauseAround(s, m.index, m.index + m[0].length);
    const at = m.index - start;
    if (DENIED.test(clause)) continue;
    const role = framed(clause, at, m[0].length, ROLE);
    const given = a.specific && framed(clause, at, m[0].length, GIVE);
    if (!role && !given) continue;
    const poison = [...poisons].join('/');
    return [
      { code: 'contradicts-knowledge', span: trimSpan(sentence), reason: `antidote swapped: ${a.id} does not reverse ${poison} (knowledge/antidotes.ts)` },
    ];
  }
  return [];
}
