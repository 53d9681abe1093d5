// When a triage result carries the crisis line (suicide.ts crisisLine, in the user's language), and which evidence put
// it there. Pure. Every suicide or self-harm emergency must carry it, whoever raised the level: the rules' suicide
// screen, an overdose rule, or the learned reader — whose self-harm head (model.ts predictSelfHarm) is then the
// evidence, so an emergency the reader raised from a farewell or an overdose the screen has no words for is not left
// with the emergency number alone.
import type { TriageLevel } from '../types.js';
import type { SuicideComponent } from './suicide.js';

export type CrisisSource =
  /** The suicide screen graded a risk (at any final level, routine included). */
  | 'screen'
  /** The screen heard a suicide component (despair, a farewell, a method…) in an emergency. */
  | 'components'
  /** An overdose rule decided the emergency: assessed as possible self-harm past early childhood (NICE NG225). */
  | 'overdose'
  /** The reader's self-harm head rated a current self-harm risk. */
  | 'head';

export interface CrisisFacts {
  level: TriageLevel;
  screenRisk: 'high' | 'moderate' | 'none';
  /** The screen's components (a means bought for a named ordinary purpose already removed). */
  components: readonly SuicideComponent[];
  /** An overdose rule (poisoning-overdose, deliberate-overdose) is among the rules that decided the level. */
  overdose: boolean;
  /** The reader's self-harm head heard a current self-harm risk (headHearsSelfHarm). */
  head: boolean;
  /** A young child's ingestion or carbon monoxide from a fuel burning indoors: an accident, not self-harm. */
  accident: boolean;
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

export function crisisSource(f: CrisisFacts): CrisisSource | null {
  // A risk the screen graded carries the line whatever the final level (a reader's routine call does not unsay it).
  if (f.screenRisk !== 'none') return 'screen';
  if (f.level === 'routine') return null;
  const accident = f.accident;
  // A means word alone ("pills") in a young child's ingestion or a charcoal stove is not a suicide signal.
  const suicidal = f.components.some((c) => c !== 'means') || (f.components.length > 0 && !accident);
  if (f.level === 'emergency' && suicidal) return 'components';
  if (f.level === 'emergency' && f.overdose && !accident) return 'overdose';
  // At urgent the head alone is too weak a reason to speak of suicide (a missed pill and a night out is not).
  if (f.level === 'emergency' && f.head) return 'head';
  return null;
}
