// verifyCompliance: the General Verifier. Rules first (rules.ts); with a judge backend, a model check may add
// violations (never remove them). Serving (src/rag) and the RL principle reward (src/rl) both call this, so
// training and serving judge an answer alike.
import type { ChatBackend } from '../../models/backend.js';
import { modelViolations } from './model-check.js';
import { ruleViolations } from './rules.js';
import type { ComplianceContext, ComplianceVerdict, ComplianceViolation } from './types.js';

/** Score on the RL principle scale: a critical violation caps at 0.2, a major one at 0.5, a minor one at 0.8. */
export function complianceScore(violations: ComplianceViolation[]): number {
  if (violations.some((v) => v.severity === 'critical')) return 0.2;
  if (violations.some((v) => v.severity === 'major')) return 0.5;
  if (violations.length > 0) return 0.8;
  return 1;
}

function verdict(violations: ComplianceViolation[], checkedBy: ComplianceVerdict['checkedBy']): ComplianceVerdict {
  const score = complianceScore(violations);
  return { ok: violations.every((v) => v.severity === 'minor'), violations, score, checkedBy };
}

/** Rules only: pure and synchronous (reward batches, evidence answers). */
export function verifyComplianceRules(answer: string, ctx: ComplianceContext = {}): ComplianceVerdict {
  return verdict(ruleViolations(answer, ctx), 'rules');
}

export interface ModelCheckOptions {
  backend: ChatBackend;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Rules, then (with a backend) a judge model that can add violations; a failed judge leaves the rule verdict. */
export async function verifyCompliance(answer: string, ctx: ComplianceContext = {}, model?: ModelCheckOptions): Promise<ComplianceVerdict> {
  const rules = ruleViolations(answer, ctx);
  if (!model) return verdict(rules, 'rules');
  const judged = await modelViolations(model.backend, answer, ctx, { timeoutMs: model.timeoutMs, signal: model.signal });
  if (!judged) return verdict(rules, 'rules');
  const seen = new Set(rules.map((v) => v.principle));
  return verdict([...rules, ...judged.filter((v) => !seen.has(v.principle))], 'rules+model');
}
