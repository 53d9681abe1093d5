// A conditional emergency, and the replies that settle it. The triage marks an emergency as conditional when only its
// learned reader saw it and the reader is unsure (p < READER_SURE): no danger sign, no rule, no open high-risk
// presentation, no suicide component, no poisoning, fit or collapse (policy.ts consultTriage). Such an opening gets one
// question turn that opens with the emergency advice, then the danger signs. The opening floor kept it an emergency
// whatever the replies said (opening-floor.ts), so a worried question the reader weighted up ("why is my baby's poop
// GREEN??", a 78-year-old's slow forgetting, floaters in a short-sighted eye) ended an emergency after "no fever… no
// blood… not confused" (consult-cases-38/39/40: 13 of the 35 non-emergencies called emergencies).
//
// Session 34 settled it with "a negation in every reply" and was reverted: a negation that IS the danger (没法躺平, "hasn't
// weed", "can't pee") and the writer's denial beside the patient's yes (我没有胸痛，他有) were read as denials. Here the
// replies are read against what the turn ASKED (asked-denial.ts: per clause, per person; an inability or a vital function
// negated is a finding). The call is lowered ONE step, to same-day care (urgent), only when all of these hold:
//   - the opening was conditional (the reader alone, unsure) and no red-flag question was answered yes;
//   - the replies deny at least one asked sign and tell no finding, no yes (anyone's) and nothing unknown;
//   - the whole case re-read with the replies (rules, signs, held situations, pictures, the learned reader) is urgent —
//     a re-read still an emergency, or fallen to routine (the reader losing the opening among the replies' words:
//     c39-019, a father's slurred speech told in Cantonese), keeps it;
//   - the patient is no baby under three months (a neonate's case is seen at once whatever the replies: review s34 b45).
// The fixed emergencies (chest pain with breathlessness or sweat, stroke signs, anaphylaxis, suicidal intent,
// unconsciousness, heavy bleeding, a baby's fever) are rule findings: never conditional, never lowered here. Pure.
import type { TriageLevel } from '../safety/types.js';
import { type AnsweredTurn, deniesWhatWasAsked, type ReplyFrame } from './asked-denial.js';

export type { AnsweredTurn };

/** Below this p(emergency) an emergency only the learned reader saw is conditional: asked before it is answered. */
export const READER_SURE = 0.9;

/** The parts of the consultation's triage (policy.ts ConsultTriage) that say what an emergency rests on. */
export interface EmergencyGround {
  level: TriageLevel;
  signsLevel?: TriageLevel;
  readerEmergencyP?: number;
  vulnerable?: boolean;
}

/**
 * The triage's own mark that an emergency is conditional: it rests on the learned reader alone, unsure of it, with the
 * rules at routine — or at urgent for an adult's case that is no child's, burn or pregnancy. A caller's own triage
 * without the reader's p is taken as sure.
 */
export function isConditionalEmergency(t: EmergencyGround): boolean {
  return t.level === 'emergency' && (t.signsLevel === 'routine' || (t.signsLevel === 'urgent' && !t.vulnerable)) && (t.readerEmergencyP ?? 1) < READER_SURE;
}

/** The reason a lowered case carries beside the re-read's own, so the answer says why the emergency was withdrawn. */
export const CONDITIONAL_DENIED_REASON = 'consult:conditional-denied';

/** A baby under three months: by the age read, or named so ("newborn", "2 weeks old", 新生儿, 满月, 7周). */
const YOUNG_BABY =
  /\b(?:new-?born|neonate|\d{1,2}\s*-?\s*(?:days?|weeks?|wks?)\s*-?\s*old|(?:[0-2]|one|two)\s*-?\s*(?:months?|mo)\s*-?\s*old|(?:she|he|baby|it)(?:'s| is)\s+(?:only\s+)?\d{1,2}\s*(?:days?|weeks?|wks?)\b)|新生儿|新生兒|满月|滿月|(?:出世|出生|生了?)(?:才|刚|剛|啱啱)?(?:[1-9]|1[0-2]|[一二两兩三四五六七八九十])\s*(?:天|日|周|週|个星期|個星期|个礼拜|個禮拜)|(?<![\d一二三四五六七八九十])(?:[1-9]|1[0-2]|[一二两兩三四五六七八九十])\s*(?:天|周|週|个星期|個星期|个礼拜|個禮拜)(?:大|的宝宝|的寶寶|的孩子|的BB)|(?<![\d一二三四五六七八九十])[一二两兩12]\s*[个個]?月大/i;

export interface DeniedCase {
  /** The opening's own triage. */
  opening: EmergencyGround;
  /** The whole case re-read with the replies. */
  now: EmergencyGround;
  /** Red-flag questions answered yes. */
  affirmed: number;
  turns: readonly AnsweredTurn[];
  frame: ReplyFrame;
  chief: string;
  /** The patient's age in years when read. */
  age?: number;
}

/** Pure: is the opening's conditional emergency lowered to urgent by replies that deny what was asked? */
export function conditionalEmergencyDenied(c: DeniedCase): boolean {
  const youngBaby = (c.age !== undefined && c.age < 0.25) || YOUNG_BABY.test(c.chief);
  return isConditionalEmergency(c.opening) && c.now.level === 'urgent' && c.affirmed === 0 && !youngBaby && deniesWhatWasAsked(c.turns, c.frame);
}
