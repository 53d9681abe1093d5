// The compliance verifier's public surface.
export { verifyCompliance, verifyComplianceRules, complianceScore, type ModelCheckOptions } from './verify.js';
export { givesUrgentCare, refersToCare } from './rules.js';
export { correctionText } from './correct.js';
export { complianceJudgeMessages, parseJudgeReply, COMPLIANCE_JUDGE_SCHEMA } from './model-check.js';
export { COMPLIANCE_CODES, type ComplianceCode, type ComplianceContext, type ComplianceVerdict, type ComplianceViolation } from './types.js';
