// The replies as answers that bring a guess down (issue #14, session 43): look-alikes ended urgent because the
// triage's learned reader called the opening urgent on its words ("pea-sized lump in my neck… freaking out", a child's
// red stool after dragon fruit) and the opening's level is a floor, so a patient who answered every red-flag question
// with a clear "no" still heard "see a doctor today". A denial answers only what was asked (opening-floor.ts), so the
// lowering is read from the FORM of the answers, question by question, and fails closed:
//   - it may act only on a level that the learned reader ALONE reached — no rule, safety net, held situation or raise
//     of this folder named a sign (the case's and the opening's `signsLevel` routine) — and only from urgent to
//     routine: an emergency is never lowered;
//   - every red-flag question asked (a question naming at least one sign the triage's scan reads) was answered, and
//     each answer denies at least one of that question's signs in its clause (answer-scope.ts: the cue still denies
//     the sign with the cue deleted), or the whole reply is a bare "no" / "none of those" / "都没有";
//   - no sign any question asked is told present in any reply, nothing is uncertain ("not sure", "maybe", "I think",
//     "不清楚", "好像", "可能"), and no reply speaks for another person or reports another's words ("my wife says",
//     "他说", "the nurse said");
//   - the patient is no baby, not pregnant, and the case is not one the triage marks vulnerable.
// Anything else keeps the higher level.
// OPT-IN (policy.ts `answeredLowering: true`), off by default: in session 43 it changed no measured in-sample decision
// (the scripted patients tell what they have, leave questions unanswered or hedge), and a level the learned reader alone
// reached may rest on danger no rule reads in the opening ("can't wake my wife… snoring", review s17), which "no" to
// questions about other signs does not withdraw.
import { toSimplified } from '../core/han-variants.js';
import { findSigns } from '../safety/triage/sign-scan.js';
import { answeredSigns } from './answer-scope.js';
import { signsAsked } from './same-signs.js';
import type { CaseFacts } from './types.js';

/** The reason a level brought down by the answers carries. */
export const ANSWERED_NEGATIVE_REASON = 'consult:answered-negative';

export interface AnsweredTurn {
  asked: readonly string[];
  reply: string;
}

/** The patient unsure, guessing or hedging: no clear answer. (A degree word — "a bit", 有点 — on an asked sign makes that
 *  sign told, below; on anything else it answers nothing asked.) */
const UNSURE_EN =
  /\b(?:not sure|unsure|don'?t know|dunno|no idea|can'?t (?:tell|say|remember)|maybe|perhaps|possibly|might|i think|i guess|not really|hard to say|i'?m not certain)\b/i;
const UNSURE_ZH = /不清楚|不确定|不知道|说不清|不好说|不太|好像|可能|也许|大概|似乎|记不清|不记得|应该/;
/** Another person's words reported in the answer: "my wife says", "他说", "the nurse said", "according to". */
const REPORTED_EN = /\b(?:says|said|told me|tells me|according to|reckons)\b/i;
const REPORTED_ZH = /说(?!话|不出|不清|不了)|讲(?!话)|告诉我|据(?:说|他|她)/;
/** A person the answer names: one the opening did not name is someone else's answer or symptom (a parent answering for
 *  the child the opening named is the patient's answer). */
const PERSON_EN =
  /\b(?:wife|husband|partner|mum|mom|mother|dad|father|sister|brother|friend|son|daughter|grandma|grandad|grandpa|granny|nurse|doctor|gp|boyfriend|girlfriend|colleague)\b/gi;
const PERSON_ZH = /老婆|老公|爱人|妈妈|爸爸|母亲|父亲|姐姐|妹妹|哥哥|弟弟|朋友|儿子|女儿|奶奶|爷爷|外婆|外公|医生|护士|男朋友|女朋友|同事/g;
const newPerson = (reply: string, opening: string, re: RegExp): boolean =>
  [...reply.matchAll(re)].some((m) => !opening.toLowerCase().includes(m[0].toLowerCase()));

/** A reply that is a bare denial of the whole turn. */
const BARE_NO =
  /^\s*(?:no|nope|none|nothing|neither|none of (?:those|them|these|that)|no to (?:all|everything|both)|nothing like that|没有|都没有|没|无|都没|都不是|都无|全都没有|一样都没有)[\s.。!！,，~]*$/i;

/** Negation cues, deleted to see what a denial denies (zh folded to simplified first). */
const CUES_EN = /\b(?:no|not|never|without|none|nor)\b|n't\b/gi;
const CUES_ZH = /没有|没|冇|不|唔|无|未/g;

/**
 * What a reply answers, by form. `told`: signs the triage's scan reads as present and no cue denies (answer-scope.ts).
 * `denied`: signs a cue denies — those answer-scope finds denied where the scan read them, and those the scan itself
 * left out because of a cue: read once every cue is deleted ("no fever" → "fever"), not read as written.
 */
function answerReading(reply: string, zh: boolean): { denied: ReadonlySet<string>; told: ReadonlySet<string> } {
  const scoped = answeredSigns(reply);
  const asWritten = new Set(findSigns(reply).map((h) => h.sign as string));
  const withoutCues = findSigns(reply.replace(zh ? CUES_ZH : CUES_EN, (m) => (zh ? '' : ' '.repeat(m.length)))).map((h) => h.sign as string);
  const denied = new Set([...scoped.denied, ...withoutCues.filter((x) => !asWritten.has(x))]);
  return { denied, told: scoped.told };
}

export interface AnsweredNegativeContext {
  /** The opening as written: who it names is the patient's side. */
  opening: string;
  turns: readonly AnsweredTurn[];
  /** Only who the patient is: a baby or a pregnancy is never read. */
  facts: Pick<CaseFacts, 'age' | 'pregnant'>;
}

/** Every red-flag question asked got a clear, negative answer in the patient's own words (see above). */
export function answeredAllNegative({ opening, turns, facts }: AnsweredNegativeContext): boolean {
  if (turns.length === 0) return false;
  if (facts.pregnant === true || (facts.age !== undefined && facts.age < 1)) return false;
  let redFlagQuestions = 0;
  for (const t of turns) {
    const zh = /\p{Script=Han}/u.test(t.reply);
    const reply = zh ? toSimplified(t.reply) : t.reply;
    if (!reply.trim()) return false;
    if ((zh ? UNSURE_ZH : UNSURE_EN).test(reply) || UNSURE_EN.test(reply)) return false;
    if (REPORTED_EN.test(reply) || (zh && REPORTED_ZH.test(reply))) return false;
    if (newPerson(reply, opening, PERSON_EN) || (zh && newPerson(reply, toSimplified(opening), PERSON_ZH))) return false;
    const questions = t.asked.filter((q) => signsAsked(q).size > 0);
    if (questions.length === 0) continue;
    redFlagQuestions += questions.length;
    if (BARE_NO.test(reply)) continue;
    const { denied, told } = answerReading(reply, zh);
    for (const q of questions) {
      const signs = [...signsAsked(q)];
      if (signs.some((s) => told.has(s))) return false;
      if (!signs.some((s) => denied.has(s) && !told.has(s))) return false;
    }
  }
  return redFlagQuestions > 0;
}
