import type { Authority } from '../core/types.js';
import type { Triage } from '../safety/types.js';
import type { Warning } from '../core/warnings.js';

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

/** The result object of `quarkmed ask --json`, the API and the web app. */
export interface AnswerResult {
  mode: AnswerMode;
  answer: string;
  citations: Citation[];
  triage: Triage;
  /** Typed `{code, message}` from src/core/warnings.ts: callers decide on `code`, people read `message`. */
  warnings: Warning[];
}

/** Streaming view of the same pipeline: triage first, then answer text, then the final result. */
export type AnswerEvent =
  | { type: 'triage'; triage: Triage }
  | { type: 'citations'; citations: Citation[] }
  | { type: 'delta'; text: string }
  | { type: 'done'; result: AnswerResult };
