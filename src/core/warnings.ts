// Warnings, one vocabulary: every warning a result carries is `{code, message}` with a code from this catalog.
// Code that decides (metrics, UI badges, the evidence answer's cautions, translations, tests) reads `code` and
// `details`; `message` is English for people and may change wording freely.

/** Every warning code and what it means (the catalog is the documentation; the server's metrics label by code). */
export const WARNING_CODES = {
  // Evidence behind an answer.
  'insufficient-evidence': 'no passage in the knowledge base bears on the question',
  'weak-evidence': 'the best source covers only part of the question (details.coverage, a percentage)',
  'sources-disagree': 'two sources give different figures, or one advises against what the other recommends',
  'safety-contradiction': 'sources disagree about a medicine, a dose or a contraindication; the answer shows it',
  'relevance-model-failed': 'the model judging source relevance failed; lexical relevance was used',
  // Sources and prompts.
  'flagged-sources-excluded': 'passages flagged at ingest were kept out of the answer',
  'flagged-sources-included': 'passages flagged at ingest were used because the caller allowed them',
  'identifiers-redacted': 'identifiers were removed from the prompt before it reached a third-party model',
  'sources-trimmed-to-context': "sources were dropped or shortened so the prompt fits the model's context",
  'model-context-too-small': "the model's context cannot hold the instructions and the question; the evidence is shown instead",
  // The model's answer.
  'model-failed': 'the model failed before answering; the evidence is shown instead',
  'model-empty': 'the model returned an empty answer; the evidence is shown instead',
  'model-stopped': 'the model stopped mid-answer; the answer is incomplete',
  'answer-truncated': 'the answer reached the token limit',
  'invalid-citations-removed': 'citations to sources that do not exist were removed',
  'uncited-answer': 'the answer cites no source',
  'unsupported-statements': 'some sentences carry no citation',
  'weak-citations': 'some sentences share almost nothing with the sources they cite',
  'compliance-corrected': 'the answer failed the compliance verifier and carries a visible correction',
  'allergy-conflict':
    'the question states a drug allergy and the question or the answer names a medicine of that class (do not take) or of a cross-reacting class (caution); the answer leads with it',
  'advice-held': "treatment-changing advice that only one uploaded source (or no source) gives was held back and shown as a source's claim",
  'report-flag-contradiction': 'a report explanation contradicts the computed flags; the flags stand',
  'report-unparsed-lines': 'some lines of a lab report were not understood',
  'report-possibly-critical': 'a lab-report line not read as a result holds a value that would be critical: please check',
  'report-values-to-check': 'lab-report values repaired from damaged text or read by OCR with doubt: compare them with the printed report',
  // RL reward runs (quarkmed reward stats).
  'reward-format-only-rising': 'format-only wins rise over the run: the policy may be learning the format, not the answer',
  'reward-length-without-gains': 'responses grow longer while the pass rate stays flat',
  'reward-format-only-majority': 'most responses win on format alone',
} as const;

export type WarningCode = keyof typeof WARNING_CODES;

/** Structured values behind a message (numbers, ids), for renderers that do not read English. */
export type WarningDetails = Record<string, string | number | readonly string[]>;

export interface Warning<C extends WarningCode = WarningCode> {
  code: C;
  message: string;
  details?: WarningDetails;
}

export function warning<C extends WarningCode>(code: C, message: string, details?: WarningDetails): Warning<C> {
  return details ? { code, message, details } : { code, message };
}

export function hasWarning(warnings: readonly Warning[], code: WarningCode): boolean {
  return warnings.some((w) => w.code === code);
}

export function isWarningCode(value: string): value is WarningCode {
  return Object.hasOwn(WARNING_CODES, value);
}
