// Percentile bootstrap confidence interval for a mean of per-item scores (seeded, so reports are reproducible).
import { createRng } from '../../core/random.js';

export interface Interval {
  low: number;
  high: number;
}

/** 95% (default) percentile interval of the mean over `resamples` resamples with replacement. */
export function bootstrapMean(values: readonly number[], options: { resamples?: number; level?: number; seed?: number } = {}): Interval {
  const n = values.length;
  if (n === 0) return { low: 0, high: 0 };
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  const rand = createRng(options.seed ?? 20250);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(rand() * n)];
    means[r] = sum / n;
  }
  means.sort();
  const tail = (1 - level) / 2;
  const at = (q: number) => means[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))];
  return { low: at(tail), high: at(1 - tail) };
}
