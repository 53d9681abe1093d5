// One clinical frame of the triage corpus: a presentation, its label (LABELLING.md), who it can be about, and
// several wordings of the same story.
import type { TriageLevel } from '../../types.js';
import type { PersonaKind } from './personas.js';

export interface Scenario {
  presentation: string;
  level: TriageLevel;
  /** 'any': every persona; 'adult+': adults and older people; or an explicit list. */
  who: 'any' | 'adult' | 'adult+' | PersonaKind[];
  texts: string[];
}

export interface CorpusMessage {
  id: string;
  lang: 'zh' | 'en';
  level: TriageLevel;
  presentation: string;
  /** "generated" (compositional generator) or "seed" (hand-written). */
  source: 'generated' | 'seed';
  text: string;
}

export function personaFits(who: Scenario['who'], kind: PersonaKind): boolean {
  if (who === 'any') return true;
  if (who === 'adult') return kind === 'adult';
  if (who === 'adult+') return kind === 'adult' || kind === 'elderly';
  return who.includes(kind);
}
