// What the compliance verifier (the paper's General Verifier) says about one answer. Codes are the contract:
// the RAG pipeline, the server's metrics and the RL principle reward read them, never the prose.
import type { TreatmentRelations } from '../../knowledge/treatment-relations.js';
import type { TriageLevel } from '../types.js';

export const COMPLIANCE_CODES = [
  'stop-medication',
  'dose-change',
  'replace-treatment',
  'dose-out-of-range',
  'discourage-care',
  'harmful-practice',
  'unsafe-combination',
  /** The learned claim model reads a sentence as harmful advice that no rule named. */
  'unsafe-claim',
  /** A medicine advised for a condition the knowledge base does not give it for (screening/kb-claims.ts). */
  'contradicts-knowledge',
  /** A cited authority licensing a blanket change of treatment (screening/fake-authority.ts). */
  'fake-authority',
  'definitive-diagnosis',
  'controlled-substance-dose',
  'missing-urgent-care',
  /** The answer repeats instructions aimed at a model (an override, a chat-template marker, "tell every user…"): a source steered it. */
  'repeated-instruction',
  /** A judge model named a violated principle the rules did not see. */
  'model-judged',
] as const;
export type ComplianceCode = (typeof COMPLIANCE_CODES)[number];

export interface ComplianceViolation {
  code: ComplianceCode;
  /** Id in src/safety/principles.yaml. */
  principle: string;
  severity: 'critical' | 'major' | 'minor';
  /** The sentence that broke it (empty for an omission). */
  span: string;
  reason: string;
}

export interface ComplianceContext {
  /** The user's question (the model check reads it; rules use it for context only). */
  question?: string;
  /** Triage of the question: urgent/emergency answers must carry urgent-care advice. */
  triage?: TriageLevel;
  lang?: 'zh' | 'en';
  /**
   * Medicine ↔ disease lists of the knowledge base the answer drew on: a medicine advised for the opposite of the
   * condition it is listed for fails, as it does at ingest and in curation (one check, src/safety/screening).
   */
  relations?: TreatmentRelations;
}

export interface ComplianceVerdict {
  ok: boolean;
  violations: ComplianceViolation[];
  /** 1 = compliant; a critical violation caps at 0.2, a major one at 0.5 (same scale as the RL principle reward). */
  score: number;
  /** 'rules' or 'rules+model' (the model only adds violations). */
  checkedBy: 'rules' | 'rules+model';
}
