export { mergeFacts, readFacts } from './facts.js';
export { type ConsultOptions, type ConsultStep, isSymptomMessage, nextConsultStep, QUESTION_LEAD, renderQuestionTurn, warmRedFlagRanking } from './policy.js';
export type { CaseFacts, ConsultLang, ConsultQuestion, ConsultReason, ConsultState, ConsultSummary } from './types.js';
export { type DraftOutcome, draftQuestionTurn, redFlagTerms, validateDraft } from './draft.js';
