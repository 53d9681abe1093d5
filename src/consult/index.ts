export { mergeFacts, readFacts } from './facts.js';
export { type ConsultOptions, type ConsultStep, isSymptomMessage, nextConsultStep, QUESTION_LEAD, warmRedFlagRanking } from './policy.js';
export type { CaseFacts, ConsultLang, ConsultQuestion, ConsultReason, ConsultState, ConsultSummary } from './types.js';
