// Shared verifier types. A rule verifier is a pure (response, reference, ctx) => Score; model verifiers are
// batched async calls to a configured endpoint. Every score carries a reason, so reward stats come free.
import type { DrugIndications } from '../../knowledge/drug-indications.js';
import type { DrugLexicon } from '../../knowledge/drugs.js';
import type { Icd10Index } from '../../knowledge/icd10.js';
import type { CheckNames } from '../check-names.js';

export interface Score {
  /** Reward contribution: [0, 1] for verifiers, [-1, 0] for penalties. */
  score: number;
  /** Short machine-friendly reason, e.g. "exact", "wrong:B", "no-answer", "every-option-listed". */
  reason: string;
  /** Whether the answer counts as correct (pass@k, dynamic filtering); penalties leave it unset. */
  acc?: boolean;
  /** The extracted prediction, for logs. */
  pred?: string;
  /** Whether the response used the requested answer format. */
  formatOk?: boolean;
  /** Set when rules could not decide and a configured judge model may (the candidate answer text). */
  fallback?: string;
}

/** Resources verifiers may read (loaded once by the service); all optional so tests can inject small ones. */
export interface VerifyContext {
  icd?: Icd10Index;
  drugs?: DrugLexicon;
  /** Drug-class indications (ICD-10 ranges): lets the drug verifier accept a clinically right alternative. */
  indications?: DrugIndications;
  /** Examination names (entity-dict-zh/check.txt) for reading tests out of free text. */
  checks?: CheckNames;
}

export type RuleVerifier<R> = (response: string, reference: R, ctx: VerifyContext) => Score;

export const TASKS = ['exam', 'diagnosis', 'drug', 'test_order', 'calc', 'open', 'general'] as const;
export type Task = (typeof TASKS)[number];
