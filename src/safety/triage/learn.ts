// Training the learned triage reader from the labelled groups (dataset.ts): featurise every message once with the rule
// layer (triage.ts analyseText → features.ts readerVector, the code that runs at triage time), weight the groups
// (a message written by a person counts more than one of the generator's many variants), fit, quantise.
// Pure given its inputs; `npm run train:triage` (train-cli.ts) and bench/triage-cv.ts both use it.
import { analyseText } from '../triage.js';
import { DIM, readerVector, type SparseVector } from './features.js';
import type { GroupKind, LabelledMessage } from './dataset.js';
import { decodeModel, type LoadedModel, type TriageModelWeights } from './model.js';
import { DEFAULT_TRAIN, fit, fitBinary, HEAD_BITS, quantise, type Example, type TrainOptions } from './train.js';

export interface Featurised {
  m: LabelledMessage;
  x: SparseVector;
}

export function featurise(messages: readonly LabelledMessage[]): Featurised[] {
  return messages.map((m) => ({ m, x: readerVector(analyseText(m.text).a) }));
}

/**
 * Loss weight per group kind. The generator's ~13,000 variants of a few hundred frames would otherwise outvote the
 * ~3,000 messages people wrote; written sets are what first-sight batches look like.
 */
export const GROUP_WEIGHT: Record<GroupKind, number> = { generated: 0.3, seed: 2, written: 3, vignettes: 3, blind: 3 };

export interface ReaderPlan {
  train: TrainOptions;
  groupWeight: Record<GroupKind, number>;
  thresholds: TriageModelWeights['thresholds'];
  /** p(self-harm) at which triage attaches the crisis line to an emergency. */
  selfHarmThreshold: number;
}

export function examplesOf(items: readonly Featurised[], groupWeight: Record<GroupKind, number>): Example[] {
  return items.map(({ m, x }) => ({ x, y: m.level, weight: groupWeight[m.kind] }));
}

export function trainReader(items: readonly Featurised[], plan: ReaderPlan, corpusSha256: string): { meta: TriageModelWeights; model: LoadedModel } {
  const trained = fit(examplesOf(items, plan.groupWeight), plan.train);
  const q = quantise(trained);
  const head = fitBinary(
    items.map(({ m, x }) => ({ x, y: m.selfHarm, weight: plan.groupWeight[m.kind] })),
    plan.train,
  );
  const meta: TriageModelWeights = {
    version: 2,
    dim: DIM,
    scales: q.scales,
    bias: trained.bias,
    weights: q.weights,
    thresholds: plan.thresholds,
    trainedOn: { messages: items.length, seed: plan.train.seed, corpusSha256 },
    selfHarm: { bits: HEAD_BITS, ...head, threshold: plan.selfHarmThreshold },
  };
  return { meta, model: decodeModel(meta) };
}

export { DEFAULT_TRAIN };
