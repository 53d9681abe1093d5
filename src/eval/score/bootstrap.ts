// Percentile bootstrap confidence interval for a mean of per-item scores (seeded, so reports are reproducible).

/** Mulberry32: small, fast, seedable PRNG (Math.random cannot be seeded). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const rand = seededRandom(options.seed ?? 20250);
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
