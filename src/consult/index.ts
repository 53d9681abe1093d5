export { type CaseFacts, mergeFacts, readFacts } from './facts.js';
export { type ConsultOptions, type ConsultState, type ConsultStep, isSymptomMessage, nextConsultStep, QUESTION_LEAD } from './policy.js';
export type { ConsultLang, ConsultQuestion } from './questions.js';
