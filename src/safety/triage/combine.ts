// How the rules and the learned reader decide together. Pure: the rule level, what kind of rule finding it rests on,
// the reader's calibrated probabilities and the policy thresholds in, a level and who set it out.
//
//   hard findings  (a suicide or self-harm finding, an emergency vital sign or lab value) are a floor nobody lowers;
//   rule levels    are the default; the reader may
//     raise        to emergency when p(emergency) ≥ raiseEmergency, to urgent when p(emergency)+p(urgent) ≥ raiseUrgent;
//     lower        a rule emergency one step (to urgent) when p(emergency) ≤ lowerEmergency, two steps (to routine)
//                  when p(routine) ≥ lowerTwoSteps, and a rule urgent to routine when p(routine) ≥ lowerUrgent — strong
//                  evidence only: thresholds are chosen on held-out writers (bench/triage-cv.ts) so that a lowered call
//                  is almost never an emergency;
//     not raise    a presentation a structured reader graded as a whole (`graded`: a burn, burn.ts).
//
// When may the reader lower a rule emergency? (clinical review, session 7.) The rules fire on words; the reader has
// read thousands of look-alikes in which the same words are not an emergency now: a precaution or first-aid question
// about someone named ("what do I do if my baby chokes?"), a harmless item (silica gel, two tablets of one's own
// medicine), a sign told with what settles it. One step down still means a doctor today, with questions. It is never
// allowed on a hard finding (`hard`: a suicide or self-harm finding, an emergency vital sign or lab value), which no
// wording can settle, and only on near-certainty. Held out (leave one writer or batch out), before this session's
// changes (3,639 messages): p(emergency) ≤ 0.30 lowered 35 rule emergencies of which 1 was an emergency (a torn
// facial dog bite in a child, p 0.27); ≤ 0.20 lowered 33 and ≤ 0.10 lowered 30, none an emergency. After them (3,989
// messages, R included): no lowered emergency at any of the three; written-set specificity 93.5 / 93.9 / 94.8 %. The
// threshold is 0.20: the highest at which no left-out emergency was ever lowered. Also refusing to lower whenever a
// life-threat sign was matched (airway, unresponsive, focal deficit, major bleeding) was tried: it saved no held-out
// emergency and turned first-aid questions ("what do I do if someone is choking?") back into emergencies.
// Raising to emergency needs a current episode, a discriminator from the rule layer (a sign beyond the presentation
// itself, an abnormal vital, a high-risk person, altered mentation, a suicide component or a fired clinical rule: "my
// headache is really bad" alone is urgent with questions, the safety-net policy) and a story that is not only
// long-standing. With nothing clinical in the rule layer at all, the reader's own opinion counts only above the
// stricter `unanchored` thresholds, and never on a message too short to read.
import type { TriageLevel } from '../types.js';
import { maxLevel, rankOf } from './analyse.js';

export interface ReaderPolicy {
  raiseEmergency: number;
  raiseUrgent: number;
  /** A rule emergency becomes urgent when p(emergency) is at most this (0 = never). */
  lowerEmergency: number;
  /** A rule urgent becomes routine when p(routine) is at least this (> 1 = never). */
  lowerUrgent: number;
  /** A rule emergency becomes routine when p(routine) is at least this (absent = never). */
  lowerTwoSteps?: number;
  /** Raise thresholds when the rule layer found nothing clinical (no sign, presentation, vital or suicide component). */
  unanchored: { emergency: number; urgent: number };
}

export interface CombineInput {
  ruleLevel: TriageLevel;
  /** Suicide/self-harm or an emergency vital sign: the rule level is a floor. */
  hard: boolean;
  probs: Record<TriageLevel, number> | null;
  policy: ReaderPolicy;
  /** The episode is current (stance.ts): only then may the reader raise to emergency. */
  current: boolean;
  /** Enough of the message for the reader to decide on (text grams or a rule finding). */
  readable: boolean;
  /** The rule layer found something clinical (a sign, high-risk presentation, vital or suicide component). */
  anchored: boolean;
  /** The rule layer found a discriminator (see above). */
  discriminator: boolean;
  /** Long-standing or recurring with nothing acute (red-flags/context.ts isChronicOnly, course.ts readCourse). */
  chronicOnly: boolean;
  /** A structured reader graded the whole presentation (a burn, burn.ts): the reader may not raise it. */
  graded?: boolean;
}

export type Decider = 'rules' | 'model:raise' | 'model:lower';

export function combine(i: CombineInput): { level: TriageLevel; by: Decider } {
  const p = i.probs;
  if (!p || !i.readable) return { level: i.ruleLevel, by: 'rules' };
  const t = i.anchored ? { emergency: i.policy.raiseEmergency, urgent: i.policy.raiseUrgent } : i.policy.unanchored;
  let read: TriageLevel = 'routine';
  if (p.emergency >= t.emergency) read = i.current && i.discriminator && !i.chronicOnly ? 'emergency' : 'urgent';
  else if (p.emergency + p.urgent >= t.urgent) read = 'urgent';
  if (rankOf(read) > rankOf(i.ruleLevel) && !i.graded) return { level: maxLevel(read, i.ruleLevel), by: 'model:raise' };
  if (!i.hard) {
    // Two steps only on near-certainty (held out at 882316e: 22 rule emergencies at p(routine) >= 0.95, all routine).
    if (i.ruleLevel === 'emergency' && i.policy.lowerTwoSteps !== undefined && p.routine >= i.policy.lowerTwoSteps)
      return { level: 'routine', by: 'model:lower' };
    if (i.ruleLevel === 'emergency' && p.emergency <= i.policy.lowerEmergency) return { level: 'urgent', by: 'model:lower' };
    if (i.ruleLevel === 'urgent' && p.routine >= i.policy.lowerUrgent) return { level: 'routine', by: 'model:lower' };
  }
  return { level: i.ruleLevel, by: 'rules' };
}

/** What the final level depends on besides the reader: everything the rule layer decided, policy-free. */
export interface LevelFacts {
  ruleLevel: TriageLevel;
  hard: boolean;
  current: boolean;
  readable: boolean;
  anchored: boolean;
  discriminator: boolean;
  chronicOnly: boolean;
  graded?: boolean;
  /** The look-alike gate (triage.ts): 'routine' for information or a past episode, 'lower' for one that resolved. */
  gate: 'routine' | 'lower' | null;
  /** The safety net has open high-risk presentations for this message. */
  netOpen: boolean;
}

export function applyGate(level: TriageLevel, gate: LevelFacts['gate']): TriageLevel {
  if (gate === 'routine') return 'routine';
  if (gate === 'lower') return level === 'emergency' ? 'urgent' : 'routine';
  return level;
}

/** The reader may answer the safety net's question with the same strong evidence it needs to lower a rule call. */
export const netCleared = (probs: Record<TriageLevel, number> | null, policy: ReaderPolicy | undefined): boolean =>
  policy !== undefined && probs !== null && probs.routine >= policy.lowerUrgent;

/** The whole decision from the facts (triage.ts makes it step by step; bench/triage-cv.ts grids thresholds with it). */
export function decideLevel(f: LevelFacts, probs: Record<TriageLevel, number> | null, policy: ReaderPolicy): { level: TriageLevel; by: Decider; net: boolean } {
  const c = combine({ ...f, probs, policy });
  const gated = applyGate(c.level, f.gate);
  const net = gated === 'routine' && f.netOpen && !netCleared(probs, policy);
  return { level: net ? 'urgent' : gated, by: c.by, net };
}
