// The one answer-extraction module shared by the eval scorers and the RL exam verifiers (pure, no I/O):
// both sides must read a model's reply the same way, or rewards and benchmark numbers drift apart.
export { extractOfficialAnswer } from './extract/official-cpqexam.js';
export type { OfficialExtraction, OfficialHow } from './extract/official-cpqexam.js';
export { extractChoice, lettersFromAnswer } from './extract/choice.js';
export { letterContext, readChoiceAnswer, resolveStatements } from './extract/final-answer.js';
export type { ChoiceReadOptions, ChoiceReading, ChoiceStatus } from './extract/final-answer.js';
export { type LetterContext, parseAnswerValue } from './extract/letter-set.js';
export { extractLabel, extractNumber, extractWeeksDays, extractDate, firstNumber } from './extract/values.js';
export { findJsonAnswer, stripReasoning } from './extract/json-answer.js';
