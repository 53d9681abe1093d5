// A conditional emergency, and the replies that settle it. The triage marks an emergency as conditional when only its
// learned reader saw it and the reader is unsure (p < READER_SURE): no danger sign, no rule, no open high-risk
// presentation, no suicide component, no poisoning, fit or collapse (policy.ts consultTriage). Such an opening gets one
// question turn that opens with the emergency advice, then the danger signs. Until session 34 the opening floor kept it
// an emergency whatever the replies said (opening-floor.ts: "an emergency opening is never lowered"), so a worried
// question the reader weighted up ("why is my baby's poop GREEN??", a 78-year-old's slow forgetting, a pregnant
// woman's morning sickness) ended an emergency after "no fever… no blood… not confused" — the denials were never heard
// (consult-cases-38/39: 7 of the 21 non-emergencies called emergencies).
//
// Here the replies to that one turn settle the call. A CLEAR denial lowers it to same-day care (urgent), never lower:
// every reply denies something (a negation cue), says yes to nothing, tells no danger sign present (the triage's sign
// reader, which reads each mention's negation and time; a hedged sign is a sign), leaves nothing unknown ("not sure",
// "no idea", "haven't checked", 不清楚, 没量), and the whole case re-read with the replies — rules, signs, held
// situations and the learned reader itself — is same-day care (urgent): one step down, heard. Anything else — a yes, a sign told (hedged or not), "I
// don't know", no reply, a re-read still an emergency on any ground or fallen to routine — keeps the emergency. The fixed emergencies (chest pain with breathlessness or sweat, stroke signs, anaphylaxis, suicidal
// intent, unconsciousness, heavy bleeding, a baby's fever) are rule findings: never conditional, never lowered here.
import { findSigns } from '../safety/triage/sign-scan.js';
import type { TriageLevel } from '../safety/types.js';
import { isYes } from './replies.js';
import { splitListLines } from './reply-lists.js';

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
 * rules at routine — or at urgent for an adult's case that is no child's, burn or pregnancy (a child, a burn or a
 * pregnancy the rules call urgent is an emergency the reader graded up: answered at once). A caller's own triage
 * without the reader's p is taken as sure.
 */
export function isConditionalEmergency(t: EmergencyGround): boolean {
  return t.level === 'emergency' && (t.signsLevel === 'routine' || (t.signsLevel === 'urgent' && !t.vulnerable)) && (t.readerEmergencyP ?? 1) < READER_SURE;
}

/** A negation cue: the reply answers no to something ("no fever", "doesn't hurt", 没发烧, 不晕, 冇嘔, 唔痛). */
const DENIES =
  /\b(?:no|not|none|never|nothing|nope|without|cannot|(?:isn|aren|wasn|weren|hasn|haven|hadn|doesn|don|didn|can|couldn|won|wouldn)'?t)\b|没|沒|不|无|無|冇|唔|未/i;
/** The state of something asked is unknown or left open: no clear answer ("not sure", "no idea", 不清楚, 唔知). A hedged
 *  sign ("maybe a bit breathless", 好像有点喘) is the sign reader's: it reads the sign as told. */
const UNKNOWN =
  /\b(?:not (?:\w+ )?sure|unsure|(?:don'?t|do not|didn'?t) know|no idea|can'?t (?:tell|say|remember)|hard to (?:tell|say)|not certain|haven'?t (?:checked|looked|measured)|didn'?t (?:check|look|measure))\b|不(?:太|大|是很|怎么|怎麼)?(?:清楚|知道|确定|確定|记得|記得)|说不好|說不好|说不清|說不清|说不准|說不準|不好说|不好說|没看|沒看|没量|沒量|唔知|唔清楚|唔肯定|唔确定|唔確定|冇睇/i;
/** A list item's number or circled mark before its answer ("2、有", "②没有", "1. yes"). */
const ITEM_MARK = /^\s*(?:\d{1,2}\s*[.、)．]|[\u2460-\u2473])\s*/;

/** Does a reply, or one item of its list, open with a yes ("Yes, some pain on the left", "2、有，…")? */
function saysYes(reply: string, asked: number): boolean {
  return splitListLines(reply, asked)
    .split('\n')
    .some((line) => isYes(line.replace(ITEM_MARK, '')));
}

/** One question turn and the reply that followed it. */
export interface AnsweredTurn {
  asked: readonly string[];
  reply: string;
}

/**
 * Do the replies clearly deny? Every reply carries a denial, none opens (or has a list item opening) with a yes, none
 * tells a danger sign present, none leaves the state of something unknown. No reply is no denial.
 */
export function clearlyDenied(turns: readonly AnsweredTurn[]): boolean {
  return (
    turns.length > 0 &&
    turns.every(({ asked, reply }) => {
      const r = reply.replace(/[’‘]/g, "'");
      return DENIES.test(r) && !UNKNOWN.test(r) && !saysYes(r, Math.max(1, asked.length)) && findSigns(r).length === 0;
    })
  );
}

/** The reason a lowered case carries beside the re-read's own, so the answer says why the emergency was withdrawn. */
export const CONDITIONAL_DENIED_REASON = 'consult:conditional-denied';

/**
 * Is the opening's conditional emergency lowered by the replies? The opening was a conditional emergency; the case read
 * with the replies (`now`: rules, signs, held situations and the learned reader together) is same-day care — the
 * reader itself heard the answers and moved ONE step down; no red-flag question was answered yes (`affirmed`); and the
 * replies clearly deny (clearlyDenied). A re-read still an emergency, even on the unsure reader alone, keeps it: the
 * turn's questions may have missed what the reader saw (consult-cases-38 c38-003: a "hangover" asked period questions,
 * the reply told type 1 diabetes, no insulin, deep fast breathing — a true emergency). A re-read fallen to routine keeps
 * it too: that is the reader losing the opening among the replies' words, not hearing a denial (c39-019: a father's
 * slurred speech and drooping mouth told in Cantonese, replies "two hours ago; no headache, no vomiting" re-read
 * routine — a true emergency).
 */
export function conditionalEmergencyDenied(opening: EmergencyGround, now: EmergencyGround, affirmed: number, turns: readonly AnsweredTurn[]): boolean {
  return isConditionalEmergency(opening) && now.level === 'urgent' && affirmed === 0 && clearlyDenied(turns);
}
