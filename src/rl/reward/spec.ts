// The reward spec an RL item carries: task, ground truth, weights. It travels as a compact JSON string — the
// OpenRLHF `label`, the verl `reward_model.ground_truth` — and the service parses it back (zod, once per
// distinct label per batch).
import { z } from 'zod';
import { rlErrors } from '../errors.js';
import { isVerifierName, type VerifierName } from '../verifiers/index.js';
import { TASKS, type Task } from '../verifiers/types.js';

export const SPEC_VERSION = 1;

const weights = z.record(z.string(), z.number().finite()).superRefine((w, ctx) => {
  for (const k of Object.keys(w)) if (!isVerifierName(k)) ctx.addIssue({ code: 'custom', message: `unknown verifier "${k}" in weights` });
});

export const rewardSpecSchema = z.object({
  v: z.literal(SPEC_VERSION).optional(),
  /** RL item id, so reward logs can tell which items a policy has mastered (`quarkmed rl resample`). */
  id: z.string().optional(),
  task: z.enum(TASKS),
  /** Task-specific ground truth (exam letters, {code,name}, drug list, tests, {answer,lower,upper,type}, text). */
  gt: z.unknown(),
  /** Verifier weights; defaults per task (see defaultWeights). */
  w: weights.optional(),
  /** Requested answer format: adds the format verifier and makes extraction strict. */
  fmt: z.enum(['json', 'tag', 'think-answer']).optional(),
  /** Extra options passed to the verifiers (mode, k, maxChars, threshold, question …). */
  opt: z.record(z.string(), z.unknown()).optional(),
});

export type RewardSpec = z.infer<typeof rewardSpecSchema> & { w?: Partial<Record<VerifierName, number>> };

export const PRIMARY: Record<Task, VerifierName | null> = {
  exam: 'exam',
  diagnosis: 'icd',
  drug: 'drugJson',
  test_order: 'testOrder',
  calc: 'numeric',
  open: 'openAnswer',
  general: null,
};

/** Weights when the spec gives none: the task's verifier, a repetition penalty, a small format reward if asked. */
export function defaultWeights(spec: Pick<RewardSpec, 'task' | 'fmt'>): Partial<Record<VerifierName, number>> {
  const primary = PRIMARY[spec.task];
  const w: Partial<Record<VerifierName, number>> = primary ? { [primary]: 1 } : { principles: 0.5, honesty: 0.25, helpfulness: 0.25 };
  w.repetition = 0.5;
  if (spec.fmt) w.format = 0.1;
  return w;
}

export function encodeSpec(spec: RewardSpec): string {
  return JSON.stringify({ v: SPEC_VERSION, ...spec });
}

/** Parse a label string (or an already-decoded object); errors name the label's position in the batch. */
export function decodeSpec(label: unknown, index = 0): RewardSpec {
  let value = label;
  if (typeof label === 'string') {
    try {
      value = JSON.parse(label);
    } catch {
      throw rlErrors.RL_LABEL_INVALID({ index, reason: `not JSON: ${label.slice(0, 80)}` });
    }
  }
  const parsed = rewardSpecSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw rlErrors.RL_LABEL_INVALID({ index, reason: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
  }
  return parsed.data as RewardSpec;
}

/** decodeSpec with a per-batch memo: 32 rollouts share one label, parsed once. */
export function createSpecDecoder(): (label: unknown, index: number) => RewardSpec {
  const memo = new Map<string, RewardSpec>();
  return (label, index) => {
    if (typeof label !== 'string') return decodeSpec(label, index);
    let s = memo.get(label);
    if (!s) {
      s = decodeSpec(label, index);
      memo.set(label, s);
    }
    return s;
  };
}
