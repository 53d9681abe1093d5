// When a triage result carries the crisis line (suicide.ts crisisLine, in the user's language), and which evidence put
// it there. Pure. Every suicide or self-harm emergency must carry it, whoever raised the level: the rules' suicide
// screen, an overdose rule, or the learned reader — whose self-harm head (model.ts predictSelfHarm) is then the
// evidence, so an emergency the reader raised from a farewell or an overdose the screen has no words for is not left
// with the emergency number alone.
import type { TriageLevel } from '../types.js';
import type { SuicideComponent } from './suicide.js';

/** A message carries a crisis line: one of the numbers suicide.ts crisisLine writes (12356 and 010-82951332 in mainland
 *  China, 988 US, 116 123 UK/IE, 13 11 14 AU, 1737 NZ, 1925 TW, 2389 2222 HK). The one home for the tests and the bench
 *  scorers that count "suicide → emergency + crisis line" (bench/crisis-line.ts re-exports it). */
export const CRISIS_LINE = /12356|988|116 123|13 11 14|1737|1925|2389 2222|82951332/;

export type CrisisSource =
  /** The suicide screen graded a risk (at any final level, routine included). */
  | 'screen'
  /** The screen heard a component that names suicide or self-harm itself (a wish, despair, a farewell, an injury
   *  done to oneself) in an emergency, and the self-harm head (when there is one) does not rule it out. */
  | 'components'
  /** A large ingestion (deliberate-overdose) decided the emergency: assessed as possible self-harm past early
   *  childhood (NICE NG225). */
  | 'overdose'
  /** A poisoning decided the emergency and the message states a setback as its motive (motive-clause.ts: "after failing
   *  my exam", 被开除后), with no accident read: a self-poisoning, as 'overdose' reads one after a row. */
  | 'motive'
  /** The reader's self-harm head rated a current self-harm risk. */
  | 'head'
  /** The reader alone made this an emergency (no rule names one) and its self-harm head leans towards self-harm. */
  | 'reader'
  /** The self-harm intent reader (intent-reader.ts) heard a suicide or self-harm emergency told now and raised it. */
  | 'intent'
  /** Read after the decision (line-after.ts): an emergency, however it was decided, whose message tells a suicidal
   *  course — a stage, a burden wish with the person at a lethal place or a means got, a medicine gathered "enough". */
  | 'course'
  /** A self-directed harmful act read as structure (self-directed-harm.ts: a ligature round one's own neck, cuts at a
   *  self-harm site, a person at a height's edge, a poison at the bedside × what makes it self-directed), whichever
   *  path set the level: triage.ts raises to emergency and gives the line. */
  | 'self-directed'
  /** The emergency's own cause read as structure (self-caused.ts: a whole supply taken, a poison drunk by the bottle, a
   *  wrist cut, charcoal burnt, a railing crossed × a course — despair, finality, shut in, a disclosure, a loss), in an
   *  emergency whichever path set it: triage.ts raises to emergency and gives the line. */
  | 'self-caused'
  /** An ingestion nobody can bound (supply-unexplained.ts: a container's contents, an amount said to be unknown) by
   *  someone past early childhood with no accident marker read: the line worded for uncertainty ("if this may not have
   *  been an accident"), the default inverted because intent is what such a message does not say. */
  | 'unbounded'
  /** A lethal means acquired and kept by the person in a life course told, with no ordinary purpose named
   *  (means-kept.ts): the line worded for uncertainty ("if what was bought or kept may be meant for self-harm").
   *  Given by triage.ts last, after line-after.ts's 'course', so it never replaces a firmer line. */
  | 'means-kept'
  /** The text-only learned witness (intent-reader.ts, n-grams of the text and its person-folded copy, no rule feature)
   *  heard a suicide or self-harm message in an emergency or urgent result that no other source gave the line: the
   *  line is added, worded for uncertainty, the level is not changed (INTENT_LINE_THRESHOLD, chosen leave-one-batch-out). */
  | 'witness';

export interface CrisisFacts {
  level: TriageLevel;
  screenRisk: 'high' | 'moderate' | 'none';
  /** The screen's components (a means bought for a named ordinary purpose already removed). */
  components: readonly SuicideComponent[];
  /** A large ingestion (deliberate-overdose) is among the rules that decided the level. */
  overdose: boolean;
  /** A poisoning finding decided the level and motive-clause.ts read a setback as the act's motive (triage.ts). */
  motive?: boolean;
  /** The reader's self-harm head heard a current self-harm risk (headHearsSelfHarm). */
  head: boolean;
  /** The self-harm head's p (null: no model). */
  selfHarmP: number | null;
  /** The reader raised the level to emergency and no rule found one. */
  readerOnlyEmergency: boolean;
  /** A young child's ingestion or carbon monoxide from a fuel burning indoors: an accident, not self-harm. */
  accident: boolean;
  /** An injury with a tool or by accident (suicide.ts ACCIDENTAL_INJURY): the head's or the reader's lean is no
   *  suicide finding then (a chainsaw cut read as "cut my forearm"); the screen and its components still speak. */
  accidentalInjury?: boolean;
  /** The self-harm intent reader raised this message (triage.ts applied its guards: no accident, a current episode). */
  intent?: boolean;
  /** The self-directed harm reader (self-directed-harm.ts) read an act on the person's own body with its role. */
  selfDirected?: boolean;
  /** The self-caused reader (self-caused.ts) read a means of self-harm used in a life course. */
  selfCaused?: boolean;
  /** An ingestion nobody can bound, told with no accident marker (supply-unexplained.ts; triage.ts applied the guards). */
  unbounded?: boolean;
  /** The text-only witness's p reached INTENT_LINE_THRESHOLD under the intent reader's guards (triage.ts). */
  witness?: boolean;
}

export interface HeadFacts {
  /** The self-harm head's p and its threshold (null: no model). */
  selfHarmP: number | null;
  threshold: number;
  /** A young child (an ingestion is an accident) or carbon monoxide from a fuel burning indoors (exposure.ts). */
  youngChild: boolean;
  accidentalCo: boolean;
  /** The episode is current (stance.ts): a past attempt, an education question is not a crisis now. */
  current: boolean;
  /** Enough to read: a message long enough for the reader, or a finding of the rule layer. On a few words the head
   *  says little more than its prior ("my wife says I snore" would otherwise be heard as self-harm). */
  evidence: boolean;
}

/** Does the self-harm head rate a current self-harm risk, on enough evidence, in someone past early childhood? */
export const headHearsSelfHarm = (f: HeadFacts): boolean =>
  f.evidence && f.selfHarmP !== null && f.selfHarmP >= f.threshold && f.current && !f.youngChild && !f.accidentalCo;

/** Components that name suicide or self-harm itself. A time ("tonight", 马上), a means ("pills", a bridge) or a
 *  decision ("planned", 打算) are words of every emergency: alone they made a chest pain or a potassium of 6.9 "a risk
 *  of suicide" (held out, 132 of 301 crisis lines on non-suicide messages came from them, 2026-12-03). */
const SPECIFIC: ReadonlySet<SuicideComponent> = new Set<SuicideComponent>(['ideation', 'passive', 'selfHarm', 'farewell', 'despair']);
/** Below this the head rules a component out: a "despair" word in peritonitis after surgery (p < 0.01) is no crisis. */
export const HEAD_AGREES = 0.1;
/** The bar for an emergency only the reader found: held out (leave one writer out, 882316e), the reader raised 240
 *  emergencies without a crisis line; those with p(self-harm) >= 0.1 were 4, all suicide or self-harm, the rest below. */
export const READER_ONLY_BAR = 0.1;

/** How a self-harm would happen, as the screen hears it: a means or a dangerous place, a plan, a farewell act. */
const SELF_HARM_HOW: ReadonlySet<SuicideComponent> = new Set<SuicideComponent>(['means', 'plan', 'farewell']);

/**
 * The self-harm presentation: the head hears a current self-harm risk (headHearsSelfHarm) and the screen heard how —
 * a means or a dangerous place, a plan, a farewell act — with no safety statement, and no accident. Each part alone is
 * a word of many messages (a bridge, charcoal for heating, a rope in a chest-pain metaphor; the head alone also hears
 * passive wishes said with a safety plan, urgent-labelled); together they are what a crisis assessment asks about, so
 * triage.ts makes the level an emergency nobody lowers, with the crisis line (source 'head'), whatever the reader's
 * level said (a question about jumping, asked from a bridge, read as an information question).
 * Held out (each writer or batch left out of training in turn, bench/triage-cv.ts at 1ecac9b, 4,099 messages): 198
 * current messages met it, all emergency-labelled and all already rated emergency — the floor changed no held-out
 * decision; it is a backstop for the reader's level. Not covered: a message too short for the head to count (its
 * evidence floor), e.g. eleven words asking how high a bridge must be "to be sure" (held out, still routine); letting a
 * component count as the head's evidence there made "charcoal for the barbecue tomorrow" an emergency. Known cost: the
 * head leans on place words, so a sightseer's long question asked from a bridge can meet it.
 */
export const isSelfHarmPresentation = (f: {
  head: boolean;
  accidentalInjury: boolean;
  safetyStated: boolean;
  components: readonly SuicideComponent[];
}): boolean => f.head && !f.accidentalInjury && !f.safetyStated && f.components.some((c) => SELF_HARM_HOW.has(c));

export function crisisSource(f: CrisisFacts): CrisisSource | null {
  // A risk the screen graded carries the line whatever the final level (a reader's routine call does not unsay it).
  if (f.screenRisk !== 'none') return 'screen';
  if (f.level !== 'emergency') return f.level === 'urgent' && f.witness === true && !f.accident && !f.accidentalInjury ? 'witness' : null;
  // At urgent the head alone is too weak a reason to speak of suicide (a missed pill and a night out is not).
  if (f.head && !f.accidentalInjury && !f.accident) return 'head';
  const specific = f.components.some((c) => SPECIFIC.has(c)) && !f.accident;
  if (specific && (f.selfHarmP === null || f.selfHarmP >= HEAD_AGREES)) return 'components';
  if (f.overdose && !f.accident) return 'overdose';
  if (f.motive === true && !f.accident) return 'motive';
  if (f.readerOnlyEmergency && f.selfHarmP !== null && f.selfHarmP >= READER_ONLY_BAR && !f.accident && !f.accidentalInjury) return 'reader';
  // Last, so a line another source already explains keeps its name.
  if (f.intent === true) return 'intent';
  // The structural reading needs no reader to have heard a risk (its own guards read accidents, a young child, an
  // assault, an ordinary use and a past that is over).
  if (f.selfDirected === true) return 'self-directed';
  if (f.selfCaused === true) return 'self-caused';
  if (f.unbounded === true && !f.accident) return 'unbounded';
  // The witness speaks at urgent too: a needless line beside a real urgent complaint is cheap, a missing one is not.
  if (f.witness === true && !f.accident && !f.accidentalInjury) return 'witness';
  return null;
}
