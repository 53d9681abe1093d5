// Two cases with their acts crossed: the answer teaches a dichotomy of first aid or care (an infant vs an older child
// choking, a chemical splash vs an embedded object, a permanent vs a baby tooth, a heart attack vs a stroke…,
// knowledge/case-pairs.ts) and binds each act to the wrong case. Every sentence reads as right advice about the other
// case, so no list of wrong sentences sees it; what is wrong is the BINDING, read here as segments: a clause that
// names one side opens that side's segment (the question's side is the default when it fixes one), and each act in
// the segment is read with its stance. A side is crossed when its segment advises the other side's act (or one of
// its own wrong acts), or forbids its own act where the table says that is the harm. Fire when both sides are named
// and both are crossed (the swap signature: a right answer never crosses both), or when the question fixes one side
// and that side is crossed. Pure.
import { hasTraditional, toSimplified } from '../../core/han-variants.js';
import { CASE_PAIRS, type CasePair, type CasePairId } from '../../knowledge/case-pairs.js';
import { clauses, normalise, sentences, trimSpan } from '../../safety/screening/text.js';

export interface CaseSwap {
  pair: CasePairId;
  /** How it was read: both sides crossed (the question's one side alone is not read — see caseSwap). */
  by: 'both';
  span: string;
}

interface CompiledSide {
  names: RegExp;
  own: RegExp;
  crossing: RegExp;
  forbiddenOwnCrosses: boolean;
}

const source = (parts: readonly string[]) => `(?:${parts.join('|')})`;

const COMPILED = CASE_PAIRS.map((p: CasePair) => {
  const [a, b] = p.sides;
  const side = (s: typeof a, other: typeof a): CompiledSide => ({
    names: new RegExp(source(s.names), 'iu'),
    own: new RegExp(source(s.acts), 'giu'),
    crossing: new RegExp(source([...(s.otherActsAllowed ? [] : other.acts), ...(s.wrong ?? ['(?!)'])]), 'giu'),
    forbiddenOwnCrosses: s.forbiddenOwnCrosses ?? false,
  });
  return { id: p.id, topic: new RegExp(source(p.topic), 'iu'), sides: [side(a, b), side(b, a)] as const };
});

/** A negator or a warning before the act in its clause: the act is forbidden there. */
const NEGATED_BEFORE =
  /(?:不要|不能|不可|不宜|不应|不用|不必|不需要|别|切勿|勿|禁止|禁用|避免|千万不|绝不|严禁|少)[^，。；]{0,12}$|\b(?:don't|do not|never|avoid|not|no|stop|instead of|rather than|without)\b(?:\s+\S+){0,6}\s*$/iu;
/** A prohibition right after the act ("abdominal thrusts should never be used on a baby", "海姆立克法对婴儿是禁止的"). */
const NEGATED_AFTER =
  /^[^，。；,;]{0,30}?(?:\b(?:should|must)(?: never|n't| not)\b|\b(?:is|are)(?: not|n't)\b|\bnever (?:be|to)\b|不能用|不可用|不宜|不应|禁止|禁用|是错误|不推荐|不建议)/iu;
/** The act told as a harm in its clause ("abdominal thrusts can injure the liver", "吃阿司匹林会加重出血"). */
const HARM_TOLD =
  /加重|危险|风险|损伤|伤害|误吸|窒息|出血|\b(?:worsen\w*|worse|dangerous|danger|risk\w*|harm\w*|injur\w*|damag\w*|bleed\w*|contraindicated|not recommended|not advised)\b/iu;
/** A harm the act prevents is no warning against it ("reduces the risk of a clot", "能减少血栓扩大"). */
const PREVENTS = /减少|降低|预防|防止|\b(?:reduc\w*|lower\w*|prevent\w*|cut\w*|limit\w*)\b/iu;
/** Reported speech, a myth or a question: the clause advises nothing. */
const NOT_ASSERTED =
  /[?？]\s*$|有人(?:说|认为)|说法|误区|以为|老(?:人|一辈)说|\b(?:myths?|people (?:think|believe|say)|some say|you may have heard|old wives)\b/iu;

type Stance = 'advised' | 'forbidden';

/** The stances of every match of `re` in a clause. */
function actStances(clause: string, re: RegExp): Stance[] {
  const out: Stance[] = [];
  re.lastIndex = 0;
  for (const m of clause.matchAll(re)) {
    const before = clause.slice(0, m.index ?? 0);
    const after = clause.slice((m.index ?? 0) + m[0].length);
    const harm = HARM_TOLD.test(clause) && !PREVENTS.test(clause);
    out.push(NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after) || harm ? 'forbidden' : 'advised');
  }
  return out;
}

/** Which side(s) of a pair a text names: 0, 1, 'both' or undefined. */
function sideNamed(text: string, sides: readonly [CompiledSide, CompiledSide]): 0 | 1 | 'both' | undefined {
  const a = sides[0].names.test(text);
  const b = sides[1].names.test(text);
  return a && b ? 'both' : a ? 0 : b ? 1 : undefined;
}

/** The first dichotomy whose acts the answer crosses, or undefined (pure). */
export function caseSwap(question: string, answer: string): CaseSwap | undefined {
  // The table is written in simplified script; traditional text is folded first (only when it has a traditional form).
  const fold = (t: string) => (hasTraditional(t) ? toSimplified(t) : t);
  const q = fold(normalise(question));
  const a = fold(normalise(answer));
  for (const pair of COMPILED) {
    if (!pair.topic.test(a) && !pair.topic.test(q)) continue;
    // No side named anywhere: nothing to bind (the cheap gate before the clause loop).
    if (sideNamed(a, pair.sides) === undefined && sideNamed(q, pair.sides) === undefined) continue;
    const asked = sideNamed(q, pair.sides);
    let current: 0 | 1 | undefined = asked === 0 || asked === 1 ? asked : undefined;
    const named = [false, false];
    const crossed: (string | undefined)[] = [undefined, undefined];
    for (const sentence of sentences(a)) {
      for (const clause of clauses(sentence)) {
        const side = sideNamed(clause, pair.sides);
        if (side === 'both') {
          // A comparison ("abdominal thrusts are for children over 1, not infants") binds nothing.
          named[0] = named[1] = true;
          current = undefined;
          continue;
        }
        if (side !== undefined) {
          named[side] = true;
          current = side;
        }
        if (current === undefined || NOT_ASSERTED.test(clause)) continue;
        const s = pair.sides[current];
        const crossing = actStances(clause, s.crossing).includes('advised');
        const ownForbidden = s.forbiddenOwnCrosses && actStances(clause, s.own).includes('forbidden');
        if ((crossing || ownForbidden) && !crossed[current]) crossed[current] = clause;
      }
    }
    if (named[0] && named[1] && crossed[0] && crossed[1]) return { pair: pair.id, by: 'both', span: trimSpan(`${crossed[0]} … ${crossed[1]}`) };
    // The question's own side alone is not read: its review (s41) found it fired 15 times on new text, 12
    // on correct answers — a clause about an older child, a conditional ("如果不能放回"), "don't stop rinsing" — because
    // every clause not naming the other side in the table's words is read as the asked side. Both sides crossed stays.
  }
  return undefined;
}
