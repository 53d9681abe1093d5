// The verifier registry: every verifier by name, rule-based ones pure and synchronous, model-based ones batched.
// Adding a name to VerifierName without an entry here fails to compile; getVerifier names the known ones.
import { rlErrors } from '../errors.js';
import { verifyDrugs } from './drug-json.js';
import { verifyExam } from './exam.js';
import { verifyFormat } from './format.js';
import { verifyDiagnosis } from './icd-code.js';
import { verifyNumeric } from './numeric.js';
import { verifyLength, verifyRepetition } from './penalties.js';
import { verifyTestOrder } from './test-order.js';
import type { RuleVerifier } from './types.js';

export type RuleVerifierName = 'exam' | 'icd' | 'drugJson' | 'testOrder' | 'numeric' | 'format' | 'length' | 'repetition';
export type ModelVerifierName = 'openAnswer' | 'principles' | 'honesty' | 'helpfulness';
export type VerifierName = RuleVerifierName | ModelVerifierName;

export const ruleVerifiers = {
  exam: verifyExam,
  icd: verifyDiagnosis,
  drugJson: verifyDrugs,
  testOrder: verifyTestOrder,
  numeric: verifyNumeric,
  format: verifyFormat,
  length: verifyLength,
  repetition: verifyRepetition,
} satisfies Record<RuleVerifierName, RuleVerifier<never>>;

export const MODEL_VERIFIERS: readonly ModelVerifierName[] = ['openAnswer', 'principles', 'honesty', 'helpfulness'];
export const VERIFIER_NAMES: readonly VerifierName[] = [...(Object.keys(ruleVerifiers) as RuleVerifierName[]), ...MODEL_VERIFIERS];

export function isRuleVerifier(name: string): name is RuleVerifierName {
  return Object.hasOwn(ruleVerifiers, name);
}

export function isVerifierName(name: string): name is VerifierName {
  return (VERIFIER_NAMES as readonly string[]).includes(name);
}

/** A rule verifier by name; unknown or model-based names throw RL_UNKNOWN_VERIFIER listing the rule ones. */
export function getVerifier(name: string): RuleVerifier<never> {
  if (!isRuleVerifier(name)) throw rlErrors.RL_UNKNOWN_VERIFIER({ name, known: Object.keys(ruleVerifiers).join(', ') });
  return ruleVerifiers[name] as RuleVerifier<never>;
}

export type { Score, VerifyContext, RuleVerifier, Task } from './types.js';
