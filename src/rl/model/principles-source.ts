// Where the generative verifier gets its principles: the safety layer's own file (src/safety/principles.yaml
// through loadPrinciples — the same file the RAG prompts use), or another YAML of the same shape via --principles.
import { loadPrinciples } from '../../safety/principles.js';
import type { CompliancePrinciple } from '../verifiers/principles.js';

export function loadCompliancePrinciples(path?: string): CompliancePrinciple[] {
  return loadPrinciples(path).map((p) => ({ id: p.id, title: p.title, severity: p.severity, zh: p.zh, en: p.en, rubric: p.check }));
}
