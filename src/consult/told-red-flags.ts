// A red flag the consultation asked, told present in the patient's own words, where the sign is same-day care by itself.
// Patients rarely answer "yes": they answer with what they have ("今天早上醒来就这样了" to a sudden hearing-loss question,
// "the redness is spreading up my arm"), which no triage sign reads. The question is the frame that makes such words
// readable — but only a narrow question frames: the generic first-turn question ("…or with any weight loss?") is asked
// in almost every consultation, so weight loss is no sign here at all (review s23: 30 raises of denials, other people's
// losses, intended or postpartum losses; NICE NG12 puts unexplained weight loss on a 2-week pathway, not same day).
// Kept: sudden loss of hearing or sight (NICE CKS: same day), spreading redness with fever (cellulitis with systemic
// signs) and a wound's pus with fever — pus in phlegm, from an ear or a nose is no wound. A mention counts when its
// clause does not deny it (red-flags/context.ts isNegated), it is the patient's (triage/persons.ts signCarriers), and it
// is not told of the past or as over (context.ts isHistorical, PAST_TIME; triage/stance.ts readStance). Pure; zh + en.
import { PAST_TIME, clauseAt, clauses, isHistorical, isNegated } from '../safety/red-flags/context.js';
import { matchesOf } from '../safety/red-flags/match.js';
import { RELATIVE_EN, RELATIVE_ZH, signCarriers } from '../safety/triage/persons.js';
import { readStance } from '../safety/triage/stance.js';

export type ToldSignId = 'suddenSenseLoss' | 'woundPus' | 'spreadingRedness';

interface ToldSign {
  /** The question asks this sign. */
  asks: RegExp;
  /** A question that names the sign but frames something else (pus-like phlegm, an ear's discharge). */
  notAsks?: RegExp;
  /** The reply says it (global: every mention is judged in its own clause). */
  told: RegExp;
  /** A mention whose clause says this is not the sign (a gradual course, phlegm, an ear). */
  unless?: RegExp;
  /** Same day only with a fever told in the case (policy.ts reads it with the triage's sign reader). */
  withFever?: true;
  /** A time before now in the clause ("last week", 以前) makes the mention past: not for an onset ("suddenly, 2 days ago"). */
  pastByTime?: true;
  title: { zh: string; en: string };
}

/** Where pus is not a wound's: phlegm, sputum, an ear, a nose, tonsils, gums or teeth (their own questions ask it). */
const NOT_WOUND =
  /痰|鼻|耳|扁桃|牙|龈|齦|喉|嗓|\b(?:phlegm|sputum|mucus|cough\w*|ears?|nose|nasal|snot\w*|tonsils?|gums?|tooth|teeth|throat|vagina\w*|discharge)\b/i;

const SIGNS: Record<ToldSignId, ToldSign> = {
  suddenSenseLoss: {
    // Sudden loss of hearing or sight (NICE CKS: refer the same day); the generic "did it come on suddenly" is not this.
    asks: /突然[^，。？?、]{0,4}(?:听力|听不|聽不|耳聋|耳聾|看不|视力|視力|失明)|\bsudden(?:ly)?\b[^?.]{0,24}\b(?:hearing|deaf\w*|vision|sight|blind\w*)\b/i,
    told: /(?:醒来|醒來|起来|起來|起床|睁眼|睜眼)(?:后|後|时|時|以后|以後)?就|一觉醒来|一覺醒來|突然|一下子|突发|突發|\bsudden(?:ly)?\b|\ball of a sudden\b|\bwoke (?:up )?(?:with|like)\b|\bovernight\b|\bout of (?:nowhere|the blue)\b/gi,
    unless: /不是突然|并不突然|並不突然|慢慢|逐渐|逐漸|渐渐|漸漸|\bgradual\w*|\bslowly\b|\bbuilt up\b|\bover (?:weeks|months|years)\b/i,
    title: { zh: '突然听力或视力下降', en: 'a sudden loss of hearing or sight' },
  },
  woundPus: {
    asks: /脓|膿|\bpus\b/i,
    notAsks: NOT_WOUND,
    told: /脓|膿|\bpus\b|\booz\w*\b[^.;,]{0,15}\b(?:yellow|green)\b|\b(?:yellow|green)\w*\s+(?:gunk|goo|stuff)\b/gi,
    unless: NOT_WOUND,
    withFever: true,
    pastByTime: true,
    title: { zh: '伤口流脓并发烧', en: 'pus from the wound with a fever' },
  },
  spreadingRedness: {
    asks: /(?:周围|周圍|四周)[^？?]{0,6}红|红(?:肿)?[^？?]{0,6}(?:扩散|蔓延|变大)|\bspreading\b|\bred streaks?\b|\bgetting bigger\b/i,
    told: /红肿了一圈|紅腫了一圈|红[^，。；,;]{0,6}(?:越来越|变)大|紅[^，。；,;]{0,6}(?:越來越|變)大|越来越红|越來越紅|(?:红|紅|肿|腫)[^，。；,;]{0,4}(?:扩散|擴散|蔓延|扩大|擴大)|红线|紅線|\bspreading (?:redness|red)\b|\b(?:redness|red (?:area|patch(?:es)?|bit|mark|skin)|swelling)\b[^.;,]{0,25}\b(?:spread\w*|got bigger|getting bigger|grown|growing)\b|\bred (?:streaks?|lines?)\b/gi,
    withFever: true,
    pastByTime: true,
    title: { zh: '红肿在扩大并发烧', en: 'spreading redness with a fever' },
  },
};

const IDS = Object.keys(SIGNS) as ToldSignId[];

export interface ToldRedFlag {
  id: ToldSignId;
  /** The question that asked it. */
  question: string;
  title: { zh: string; en: string };
}

/** A Chinese negation a verb before the mention ("不流脓", "没见脓", "未见红肿扩大"): context.ts reads 不 only right before. */
const NEGATED_NEAR = /[不没沒无無未]\p{Script=Han}{0,2}$/u;
/** A negation inside a Chinese match, or "nothing"/"none"/"no" before an English one ("nothing sudden", "No pus now"). */
const NEGATED_IN = /[不没沒未]/;
const NOTHING_BEFORE = /\b(?:nothing|none|never|no)\s+(?:\w+\s+)?$/i;

/** Persons for signCarriers: someone else by their tie or a pronoun (group 1), the writer (group 2). */
const PERSON = new RegExp(
  `(\\b(?:my|our|his|her|their)\\s+(?:${RELATIVE_EN})s?\\b|\\b(?:he|she|they|him|his|her)\\b|(?:${RELATIVE_ZH})|他|她)|(\\b(?:i|i'm|i've|me|mine|myself)\\b|我(?!的|家|们|們))`,
  'gi',
);
/** A time a course runs from ("since yesterday", 从昨天开始): it is still going, not past. */
const SINCE = /\bsince\b[^,.;]*|从[^，。；]{0,6}(?:开始|起)/gi;
const CLAUSE_BREAK = /[，,。;；!！?？\n]|\.(?=\s)|\bbut\b/i;

/** Is the sign said in the reply as the patient's, present, in a clause that neither denies it nor says it is not it? */
function says(s: ToldSign, reply: string, patientIsOther: boolean): boolean {
  const all = clauses(reply);
  // Told as over or of the past as a whole ("There was pus last week but it's gone now", "突然头晕了一下，现在好了").
  if (readStance(reply, 0).temporal !== 'current') return false;
  const carriers = signCarriers(reply, s.told, PERSON, CLAUSE_BREAK);
  return matchesOf(s.told, reply).some((m, i) => {
    const c = clauseAt(all, m.index);
    const clause = reply.slice(c.start, c.end);
    const before = reply.slice(Math.max(c.start, m.index - 3), m.index);
    const denied = NEGATED_NEAR.test(before) || NEGATED_IN.test(m[0]) || NOTHING_BEFORE.test(reply.slice(c.start, m.index));
    if (isNegated(reply, c, m.index) || denied || s.unless?.test(clause)) return false;
    // Someone else's sign ("My son had pus in his toe, mine is fine") — unless the consultation is about someone else.
    if (carriers[i] === 'other' && !patientIsOther) return false;
    if (isHistorical(reply, c, new Date(), { start: m.index, end: m.index + m[0].length })) return false;
    return !(s.pastByTime && PAST_TIME.test(clause.replace(SINCE, ' ')));
  });
}

export interface ToldContext {
  /** A fever is told in the case (the triage's sign reader or a temperature of 38 °C or more). */
  febrile: boolean;
  /** The opening tells of someone else's complaint (a child, a parent): a third person in a reply may be the patient. */
  patientIsOther: boolean;
}

/** The red flags the turns asked that their replies tell present, in the order of the signs; each at most once. */
export function toldRedFlags(turns: readonly { asked: readonly string[]; reply: string }[], ctx: ToldContext): ToldRedFlag[] {
  const out: ToldRedFlag[] = [];
  for (const id of IDS) {
    const s = SIGNS[id];
    if (s.withFever && !ctx.febrile) continue;
    for (const { asked, reply } of turns) {
      const question = asked.find((q) => s.asks.test(q) && !s.notAsks?.test(q));
      if (question !== undefined && says(s, reply, ctx.patientIsOther)) {
        out.push({ id, question, title: s.title });
        break;
      }
    }
  }
  return out;
}
