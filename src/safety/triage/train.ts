// Training for the triage model: multinomial logistic regression fitted by AdaGrad SGD with L2, in a fixed order
// (seeded shuffle), then quantised to int8 per class. Pure: examples in, weights out. Deterministic for a seed.
import { createRng } from '../../core/random.js';
import type { TriageLevel } from '../types.js';
import { DIM, type SparseVector } from './features.js';
import { CLASSES } from './model.js';

export interface Example {
  x: SparseVector;
  y: TriageLevel;
  /** Loss weight of this example (default 1): a written message counts more than one of the generator's variants. */
  weight?: number;
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Loss weight per class: missing an emergency costs more than a false alarm. */
  classWeight: Record<TriageLevel, number>;
}

export const DEFAULT_TRAIN: TrainOptions = { seed: 19, epochs: 12, learningRate: 0.5, l2: 1e-6, classWeight: { emergency: 1.5, urgent: 1, routine: 1 } };

export interface TrainedWeights {
  w: Float32Array;
  bias: number[];
}

export function fit(examples: readonly Example[], opts: TrainOptions = DEFAULT_TRAIN): TrainedWeights {
  const K = CLASSES.length;
  const w = new Float32Array(K * DIM);
  const g2 = new Float32Array(K * DIM).fill(1e-8);
  const bias = new Array<number>(K).fill(0);
  const bg2 = new Array<number>(K).fill(1e-8);
  const rng = createRng(opts.seed);
  const order = examples.map((_, i) => i);
  const z = new Array<number>(K).fill(0);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rng);
    for (const n of order) {
      const { x, y, weight = 1 } = examples[n]!;
      for (let c = 0; c < K; c++) {
        let s = bias[c]!;
        for (let k = 0; k < x.idx.length; k++) s += w[c * DIM + x.idx[k]!]! * x.val[k]!;
        z[c] = s;
      }
      const m = Math.max(...z);
      let sum = 0;
      for (let c = 0; c < K; c++) {
        z[c] = Math.exp(z[c]! - m);
        sum += z[c]!;
      }
      const cw = opts.classWeight[y] * weight;
      for (let c = 0; c < K; c++) {
        const grad = cw * (z[c]! / sum - (CLASSES[c] === y ? 1 : 0));
        bg2[c]! += grad * grad;
        bias[c]! -= (opts.learningRate * grad) / Math.sqrt(bg2[c]!);
        for (let k = 0; k < x.idx.length; k++) {
          const at = c * DIM + x.idx[k]!;
          const gk = grad * x.val[k]! + opts.l2 * w[at]!;
          g2[at]! += gk * gk;
          w[at]! -= (opts.learningRate * gk) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  return { w, bias };
}

/** int8 per class (scale = max |w| / 127): 3 × 2^17 bytes, base64 under 600 kB. */
export function quantise(t: TrainedWeights): { scales: number[]; weights: string } {
  const K = CLASSES.length;
  const q = new Int8Array(K * DIM);
  const scales: number[] = [];
  for (let c = 0; c < K; c++) {
    let max = 0;
    for (let i = 0; i < DIM; i++) max = Math.max(max, Math.abs(t.w[c * DIM + i]!));
    const scale = max / 127 || 1;
    scales.push(scale);
    for (let i = 0; i < DIM; i++) q[c * DIM + i] = Math.max(-127, Math.min(127, Math.round(t.w[c * DIM + i]! / scale)));
  }
  return { scales, weights: Buffer.from(q.buffer).toString('base64') };
}

/** Hash space of the self-harm head: feature buckets folded to 2^15 (idx & mask), int8, ~44 kB of base64. */
export const HEAD_BITS = 15;
export const HEAD_DIM = 1 << HEAD_BITS;

export interface BinaryExample {
  x: SparseVector;
  y: boolean;
  weight?: number;
}

/** Binary logistic regression (AdaGrad, L2, seeded order) over the folded buckets; weights quantised to int8. */
export function fitBinary(
  examples: readonly BinaryExample[],
  opts: TrainOptions = DEFAULT_TRAIN,
  positiveWeight = 3,
): { scale: number; bias: number; weights: string } {
  const mask = HEAD_DIM - 1;
  const w = new Float32Array(HEAD_DIM);
  const g2 = new Float32Array(HEAD_DIM).fill(1e-8);
  let bias = 0;
  let bg2 = 1e-8;
  const rng = createRng(opts.seed + 1);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rng);
    for (const n of order) {
      const { x, y, weight = 1 } = examples[n]!;
      let z = bias;
      for (let k = 0; k < x.idx.length; k++) z += w[x.idx[k]! & mask]! * x.val[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const grad = (p - (y ? 1 : 0)) * weight * (y ? positiveWeight : 1);
      bg2 += grad * grad;
      bias -= (opts.learningRate * grad) / Math.sqrt(bg2);
      for (let k = 0; k < x.idx.length; k++) {
        const at = x.idx[k]! & mask;
        const gk = grad * x.val[k]! + opts.l2 * w[at]!;
        g2[at]! += gk * gk;
        w[at]! -= (opts.learningRate * gk) / Math.sqrt(g2[at]!);
      }
    }
  }
  let max = 0;
  for (let i = 0; i < HEAD_DIM; i++) max = Math.max(max, Math.abs(w[i]!));
  const scale = max / 127 || 1;
  const q = new Int8Array(HEAD_DIM);
  for (let i = 0; i < HEAD_DIM; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));
  return { scale, bias, weights: Buffer.from(q.buffer).toString('base64') };
}

/** Fisher–Yates in place; the draw order is part of the shipped weights' reproducibility, so both heads share it. */
function shuffleInPlace(order: number[], rng: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}
