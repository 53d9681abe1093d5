// Logistic regression over hashed n-grams, trained by seeded SGD; saved as a small versioned JSON file
// (only non-zero weights kept).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../../core/atomic-write.js';
import { seededInts } from '../../core/hash.js';
import { dataErrors } from '../errors.js';
import { DEFAULT_FEATURES, featurize, type FeatureOptions, type SparseVector } from './features.js';

export const MODEL_VERSION = 1;

export interface RelevanceModel {
  version: typeof MODEL_VERSION;
  kind: 'hashed-ngram-logreg';
  features: FeatureOptions;
  bias: number;
  weights: Map<number, number>;
  /** What it was trained on, for the record. */
  training: { examples: number; positives: number; epochs: number; seed: number; trainAccuracy: number };
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  features: FeatureOptions;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 8, learningRate: 0.5, l2: 1e-6, seed: 42, features: DEFAULT_FEATURES };

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function dot(w: Float64Array, x: SparseVector): number {
  let s = 0;
  for (const [i, v] of x) s += w[i] * v;
  return s;
}

export function trainRelevance(examples: { text: string; label: 0 | 1 }[], o: Partial<TrainOptions> = {}): RelevanceModel {
  const opt = { ...DEFAULT_TRAIN, ...o };
  const xs = examples.map((e) => featurize(e.text, opt.features));
  const w = new Float64Array(1 << opt.features.bits);
  let b = 0;
  const order = examples.map((_, i) => i);
  const pos = examples.filter((e) => e.label === 1).length;
  // Class weights balance skewed label files.
  const wPos = pos ? examples.length / (2 * pos) : 1;
  const wNeg = examples.length - pos ? examples.length / (2 * (examples.length - pos)) : 1;
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    const rnd = seededInts(opt.seed + epoch, order.length);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rnd[i] % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = opt.learningRate / (1 + epoch);
    for (const i of order) {
      const y = examples[i].label;
      const g = (sigmoid(dot(w, xs[i]) + b) - y) * (y ? wPos : wNeg);
      for (const [k, v] of xs[i]) w[k] -= lr * (g * v + opt.l2 * w[k]);
      b -= lr * g;
    }
  }
  const weights = new Map<number, number>();
  for (let i = 0; i < w.length; i++) if (Math.abs(w[i]) > 1e-4) weights.set(i, +w[i].toFixed(5));
  let correct = 0;
  xs.forEach((x, i) => {
    if ((sigmoid(dot(w, x) + b) >= 0.5 ? 1 : 0) === examples[i].label) correct++;
  });
  return {
    version: MODEL_VERSION,
    kind: 'hashed-ngram-logreg',
    features: opt.features,
    bias: b,
    weights,
    training: { examples: examples.length, positives: pos, epochs: opt.epochs, seed: opt.seed, trainAccuracy: examples.length ? correct / examples.length : 0 },
  };
}

export function scoreRelevance(m: RelevanceModel, text: string): number {
  let s = m.bias;
  for (const [i, v] of featurize(text, m.features)) s += (m.weights.get(i) ?? 0) * v;
  return sigmoid(s);
}

const fileSchema = z.object({
  version: z.number(),
  kind: z.literal('hashed-ngram-logreg'),
  features: z.object({ bits: z.number().int().min(8).max(24), charN: z.number().int().min(1).max(5) }),
  bias: z.number(),
  weights: z.array(z.tuple([z.number().int(), z.number()])),
  training: z.object({ examples: z.number(), positives: z.number(), epochs: z.number(), seed: z.number(), trainAccuracy: z.number() }),
});

export function saveRelevanceModel(m: RelevanceModel, file: string): void {
  const weights = [...m.weights].sort((a, b) => a[0] - b[0]);
  writeFileAtomic(file, JSON.stringify({ ...m, weights }));
}

export function loadRelevanceModel(file: string): RelevanceModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw dataErrors.DATA_MODEL_INVALID({ file, reason: err instanceof Error ? err.message : String(err) });
  }
  const v = (raw as { version?: unknown })?.version;
  if (v !== MODEL_VERSION) throw dataErrors.DATA_VERSION_MISMATCH({ file, found: v, expected: MODEL_VERSION });
  const p = fileSchema.safeParse(raw);
  if (!p.success) throw dataErrors.DATA_MODEL_INVALID({ file, reason: p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  return { ...p.data, version: MODEL_VERSION, weights: new Map(p.data.weights) };
}
