// Scoring Best-of-N candidates. Pure given its inputs: the reward engine's rule verifiers when the sample carries
// a reference (reward spec), the compliance rules of src/safety (the principle verifier's rule half) always, and
// an optional judge's principle score (model verifiers, awaited by the caller and passed in).
import type { RewardEngine } from '../../rl/reward/engine.js';
import { verifyComplianceRules } from '../../safety/compliance/index.js';
import type { TriageLevel } from '../../safety/types.js';
import type { SftSample } from '../sample.js';

export interface ScoreParts {
  /** Rule verifiers against the sample's reference (reward engine), when it has one. */
  reference?: number;
  /** Compliance rules: 1 compliant, capped at 0.5 (major) / 0.2 (critical) violations. */
  compliance: number;
  /** Judge model's principle score, when a judge is configured. */
  judge?: number;
}

/** Weights of the parts present: a reference counts double, compliance and judge once each. */
export const PART_WEIGHTS = { reference: 2, compliance: 1, judge: 1 } as const;

export function combine(parts: ScoreParts): number {
  let sum = 0;
  let w = 0;
  for (const k of ['reference', 'compliance', 'judge'] as const) {
    const v = parts[k];
    if (v === undefined) continue;
    sum += PART_WEIGHTS[k] * v;
    w += PART_WEIGHTS[k];
  }
  return w ? Math.round((sum / w) * 10_000) / 10_000 : 0;
}

export interface PromptFacts {
  question: string;
  lang: 'zh' | 'en';
  triage: TriageLevel;
}

/** Rule parts of one candidate's score (no I/O). */
export function ruleParts(sample: SftSample, facts: PromptFacts, response: string, engine: RewardEngine): ScoreParts {
  const parts: ScoreParts = { compliance: verifyComplianceRules(response, { question: facts.question, lang: facts.lang, triage: facts.triage }).score };
  if (sample.reward) {
    const [r] = engine.scoreRulesOnly([{ prompt: facts.question, response, spec: sample.reward }]);
    // The engine's reward may include penalties below 0; clamp so parts stay in [0, 1].
    parts.reference = Math.max(0, Math.min(1, r.reward));
  }
  return parts;
}
