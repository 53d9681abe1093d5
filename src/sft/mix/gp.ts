// A small Gaussian-process regressor (RBF kernel, exact inference by Cholesky) and expected improvement: the
// surrogate and acquisition of the mixture search. Pure numbers in, numbers out; a few dozen trials at most, so
// O(n³) is nothing and no library is needed.

export interface GpModel {
  /** Posterior mean and standard deviation at x, in the units of the training targets. */
  predict(x: readonly number[]): { mean: number; sd: number };
  lengthScale: number;
}

const sqDist = (a: readonly number[], b: readonly number[]): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return s;
};

/** Lower-triangular L with L·Lᵀ = A (A symmetric positive definite), or null when A is not. */
function cholesky(a: number[][]): number[][] | null {
  const n = a.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      if (i === j) {
        if (s <= 0) return null;
        l[i][i] = Math.sqrt(s);
      } else l[i][j] = s / l[j][j];
    }
  }
  return l;
}

/** Solve L·y = b (forward) then Lᵀ·x = y (backward). */
function cholSolve(l: number[][], b: readonly number[]): number[] {
  const n = l.length;
  const y = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * y[k];
    y[i] = s / l[i][i];
  }
  const x = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k][i] * x[k];
    x[i] = s / l[i][i];
  }
  return x;
}

function forward(l: number[][], b: readonly number[]): number[] {
  const y = new Array<number>(l.length);
  for (let i = 0; i < l.length; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * y[k];
    y[i] = s / l[i][i];
  }
  return y;
}

interface Fit {
  l: number[][];
  alpha: number[];
  logLik: number;
}

function fitWith(xs: readonly (readonly number[])[], z: readonly number[], ls: number, noise: number): Fit | null {
  const k = xs.map((a, i) => xs.map((b, j) => Math.exp(-sqDist(a, b) / (2 * ls * ls)) + (i === j ? noise : 0)));
  const l = cholesky(k);
  if (!l) return null;
  const alpha = cholSolve(l, z);
  let logDet = 0;
  for (let i = 0; i < l.length; i++) logDet += Math.log(l[i][i]);
  const logLik = -0.5 * z.reduce((s, zi, i) => s + zi * alpha[i], 0) - logDet;
  return { l, alpha, logLik };
}

const LENGTH_SCALES = [0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2];

/**
 * Fit a zero-mean GP to standardised targets; the length scale is the grid value with the highest marginal
 * likelihood (a grid is robust with this few points, where gradient fits of hyperparameters often run away).
 */
export function fitGp(xs: readonly (readonly number[])[], ys: readonly number[], noise = 1e-4): GpModel {
  if (xs.length === 0 || xs.length !== ys.length) throw new Error(`fitGp needs as many targets as points (got ${xs.length} and ${ys.length})`);
  const mu = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sdY = Math.sqrt(ys.reduce((a, b) => a + (b - mu) ** 2, 0) / ys.length) || 1;
  const z = ys.map((y) => (y - mu) / sdY);
  let best: (Fit & { ls: number }) | null = null;
  for (const ls of LENGTH_SCALES) {
    const f = fitWith(xs, z, ls, noise) ?? fitWith(xs, z, ls, noise * 100);
    if (f && (!best || f.logLik > best.logLik)) best = { ...f, ls };
  }
  if (!best) throw new Error('fitGp: kernel matrix not positive definite at any length scale');
  const { l, alpha, ls } = best;
  return {
    lengthScale: ls,
    predict(x) {
      const kx = xs.map((a) => Math.exp(-sqDist(a, x) / (2 * ls * ls)));
      const mean = kx.reduce((s, k, i) => s + k * alpha[i], 0);
      const v = forward(l, kx);
      const variance = Math.max(1e-12, 1 - v.reduce((s, vi) => s + vi * vi, 0));
      return { mean: mu + sdY * mean, sd: sdY * Math.sqrt(variance) };
    },
  };
}

// Abramowitz–Stegun 7.1.26 erf: |error| < 1.5e-7, plenty for ranking candidates.
function erf(x: number): number {
  const s = Math.sign(x);
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return s * y;
}
const pdf = (z: number): number => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
const cdf = (z: number): number => 0.5 * (1 + erf(z / Math.SQRT2));

/** Expected improvement over `best` (maximisation), with exploration margin `xi`. */
export function expectedImprovement(mean: number, sd: number, best: number, xi = 0.01): number {
  if (sd <= 0) return Math.max(0, mean - best - xi);
  const z = (mean - best - xi) / sd;
  return (mean - best - xi) * cdf(z) + sd * pdf(z);
}
