// One seeded PRNG for everything that must be reproducible (bootstrap CIs, RL sampling, synthetic bench data):
// Math.random cannot be seeded, and reports, samples and benches must come out identical from run to run.

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: small, fast, 32-bit state; the same seed gives the same sequence on every machine. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates in place, drawing from the end: the draw order is part of every seeded sample's reproducibility. */
export function shuffle<T>(xs: T[], rng: Rng): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
