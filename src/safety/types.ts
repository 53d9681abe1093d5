// Safety contracts shared by RAG, the server and the RL verifiers.

export type TriageLevel = 'emergency' | 'urgent' | 'routine';

export interface Triage {
  level: TriageLevel;
  /** Stable ids of the red flags that fired, e.g. "chest-pain-dyspnea". Empty when routine. */
  reasons: string[];
  /** Urgent-care message in the user's language with the locale's emergency number; empty when routine. */
  message: string;
  /**
   * Two to four questions (in the user's language) that would settle an urgent triage whose discriminators are
   * unknown, e.g. "Does the pain spread to the arm or jaw?". Shown before the answer. Absent when there are none.
   */
  ask?: string[];
}

// The PHI vocabulary lives in core (several subsystems read it); re-exported here for the safety contracts.
export type { PhiSpan, PhiType } from '../core/phi-types.js';
