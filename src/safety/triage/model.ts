// The learned triage model: multinomial logistic regression (emergency / urgent / routine) over the features in
// features.ts. Weights are trained by `npm run train:triage` (train-cli.ts) and shipped as int8 with one scale per
// class in weights.generated.ts; inference is a sparse dot product (microseconds). The model may raise the rule
// level, or lower a rule call one step on strong evidence, under the policy in combine.ts.
import type { TriageLevel } from '../types.js';
import type { ReaderPolicy } from './combine.js';
import { DIM, type SparseVector } from './features.js';
import { TRIAGE_MODEL } from './weights.generated.js';

export const CLASSES: readonly TriageLevel[] = ['emergency', 'urgent', 'routine'];

export interface TriageModelWeights {
  version: number;
  dim: number;
  /** Per-class dequantisation scale: w = int8 * scale. */
  scales: number[];
  bias: number[];
  /** base64 of Int8Array(classes × dim), class-major. */
  weights: string;
  /** Decision thresholds chosen at training time on held-out writers (train-cli.ts, bench/triage-cv.ts). */
  thresholds: {
    /** The reader's own level (contributions.model.level): p(emergency) ≥ emergency, else p(em)+p(urg) ≥ urgent. */
    emergency: number;
    urgent: number;
    /** How the reader and the rules decide together (combine.ts). */
    policy: ReaderPolicy;
  };
  trainedOn: { messages: number; seed: number; corpusSha256: string };
  /**
   * Second head: p(a current suicide or self-harm risk), binary logistic regression over the same features folded to
   * 2^bits buckets. Triage attaches the crisis line when it is at least `threshold` (train-cli.ts).
   */
  selfHarm?: { bits: number; scale: number; bias: number; weights: string; threshold: number };
}

export interface LoadedModel {
  meta: TriageModelWeights;
  w: Int8Array;
  head: Int8Array | null;
}

let cached: LoadedModel | null | undefined;

export function decodeModel(meta: TriageModelWeights): LoadedModel {
  if (meta.dim !== DIM) throw new Error(`triage model: weights have dim ${meta.dim}, features use ${DIM}; retrain with npm run train:triage`);
  const buf = Buffer.from(meta.weights, 'base64');
  const w = new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (w.length !== CLASSES.length * DIM) throw new Error(`triage model: expected ${CLASSES.length * DIM} weights, found ${w.length}`);
  const head = meta.selfHarm ? new Int8Array(Buffer.from(meta.selfHarm.weights, 'base64')) : null;
  if (meta.selfHarm && head?.length !== 1 << meta.selfHarm.bits)
    throw new Error(`triage model: self-harm head has ${head?.length} weights, expected ${1 << meta.selfHarm.bits}`);
  return { meta, w, head };
}

/** p(current suicide or self-harm risk) from the second head, or null when the weights have none. */
export function predictSelfHarm(model: LoadedModel, x: SparseVector): number | null {
  const h = model.meta.selfHarm;
  if (!h || !model.head) return null;
  const mask = (1 << h.bits) - 1;
  let z = h.bias;
  for (let k = 0; k < x.idx.length; k++) z += (model.head[x.idx[k]! & mask] ?? 0) * h.scale * x.val[k]!;
  return 1 / (1 + Math.exp(-z));
}

/** The shipped model, or null when no weights have been trained yet (the rules then work alone). */
export function shippedModel(): LoadedModel | null {
  if (cached === undefined) cached = TRIAGE_MODEL ? decodeModel(TRIAGE_MODEL) : null;
  return cached;
}

export interface ModelOpinion {
  level: TriageLevel;
  probs: Record<TriageLevel, number>;
}

export function predict(model: LoadedModel, x: SparseVector): ModelOpinion {
  const { meta, w } = model;
  const z = CLASSES.map((_, c) => {
    let s = meta.bias[c] ?? 0;
    const base = c * DIM;
    const scale = meta.scales[c] ?? 0;
    for (let k = 0; k < x.idx.length; k++) s += (w[base + x.idx[k]!] ?? 0) * scale * x.val[k]!;
    return s;
  });
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  const probs = { emergency: e[0]! / sum, urgent: e[1]! / sum, routine: e[2]! / sum };
  const level: TriageLevel =
    probs.emergency >= meta.thresholds.emergency
      ? 'emergency'
      : // A probable emergency below the emergency threshold is still at least urgent, never routine.
        probs.emergency + probs.urgent >= meta.thresholds.urgent || probs.emergency >= 0.5
        ? 'urgent'
        : 'routine';
  return { level, probs };
}
