// The first step of every answer: rule triage, then (when a model is configured) an escalate-only model second
// opinion. Rules catch only part of unseen emergency phrasings (src/safety/README.md), so a configured model may
// RAISE the level; it can never lower it, and a slow or broken model costs at most `secondOpinionTimeoutMs`.
import type { ChatBackend } from '../models/backend.js';
import { triageWithSecondOpinion } from '../safety/model-second-opinion.js';
import { triage as safetyTriage } from '../safety/triage.js';
import type { Triage, TriageLevel } from '../safety/types.js';
import { ANSWER_DEFAULTS, type TriageFn } from './options.js';

export interface TriageStepOptions {
  locale?: string;
  emergencyNumber?: string;
  triage?: TriageFn;
  backend?: ChatBackend | null;
  /** false turns the model second opinion off (default: on whenever a backend is configured). */
  secondOpinion?: boolean;
  secondOpinionTimeoutMs?: number;
  signal?: AbortSignal;
  /** What the model second opinion reads instead of `text` (the redacted copy); rules always read `text`. */
  modelText?: string;
}

const RANK: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };

export async function runTriage(text: string, options: TriageStepOptions): Promise<Triage> {
  const where = { locale: options.locale, emergencyNumber: options.emergencyNumber };
  const rules = (options.triage ?? safetyTriage)(text, where);
  const backend = options.backend ?? null;
  // An emergency cannot be raised further: skip the model call and its latency.
  if (!backend || options.secondOpinion === false || rules.level === 'emergency') return rules;
  const second = await triageWithSecondOpinion(options.modelText ?? text, backend, {
    ...where,
    timeoutMs: options.secondOpinionTimeoutMs ?? ANSWER_DEFAULTS.secondOpinionTimeoutMs,
    signal: options.signal,
  });
  // triageWithSecondOpinion re-runs the built-in rules; a caller's own triage function stays the floor.
  if (!second.model?.escalated || RANK[second.level] <= RANK[rules.level]) return rules;
  return { level: second.level, reasons: second.reasons, message: second.message };
}
