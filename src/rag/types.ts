import type { Authority } from '../core/types.js';
import type { Triage } from '../safety/types.js';

export interface Citation {
  n: number;
  docId: string;
  title: string;
  source: string;
  authority: Authority;
  url?: string;
  /** The passage text the answer cites (verbatim from the knowledge base). */
  quote: string;
}

export type AnswerMode = 'generated' | 'evidence';

/** Typed companions of `warnings` for the safety findings callers act on (metrics, UI badges, tests). */
export const ANSWER_WARNING_CODES = [
  /** Passages flagged at ingest (instructions to a model, unsafe advice) were kept out of the answer. */
  'flagged-sources-excluded',
  /** Flagged passages were used because the caller allowed them (allowFlagged / --allow-flagged). */
  'flagged-sources-included',
  /** The answer failed the compliance verifier and carries a visible correction. */
  'compliance-corrected',
  /** Sources disagree about a medicine, a dose or a contraindication; the answer shows it. */
  'safety-contradiction',
] as const;
export type AnswerWarningCode = (typeof ANSWER_WARNING_CODES)[number];

/** The result object of `quarkmed ask --json`, the API and the web app. */
export interface AnswerResult {
  mode: AnswerMode;
  answer: string;
  citations: Citation[];
  triage: Triage;
  warnings: string[];
  /** Safety findings as codes (absent or empty when there are none). */
  warningCodes?: AnswerWarningCode[];
}

/** Streaming view of the same pipeline: triage first, then answer text, then the final result. */
export type AnswerEvent =
  | { type: 'triage'; triage: Triage }
  | { type: 'citations'; citations: Citation[] }
  | { type: 'delta'; text: string }
  | { type: 'done'; result: AnswerResult };
