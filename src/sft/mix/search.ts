// Bayesian optimisation over task-group ratios (the report tunes its IFT task mixture this way): trials are points
// on the simplex; a GP surrogate with expected improvement picks the next mixture once a small space-filling
// design has been scored. Pure: trials in, the next mixture out.
import type { Rng } from '../../core/random.js';
import { sftErrors } from '../errors.js';
import { expectedImprovement, fitGp } from './gp.js';

export type Mixture = Record<string, number>;

export interface MixSpace {
  groups: readonly string[];
  /** Smallest share any group may get (keeps every ability in the mix). */
  minShare: number;
}

export interface ScoredTrial {
  mixture: Mixture;
  /** null when the trial failed; failures use budget but do not inform the surrogate. */
  score: number | null;
}

export interface ProposeOptions {
  /** Scored trials before the surrogate takes over (default max(5, groups + 1)). */
  initial?: number;
  /** Random candidates scored by expected improvement per proposal. */
  candidates?: number;
}

export function validateSpace(space: MixSpace): void {
  if (space.groups.length < 2)
    throw sftErrors.SFT_OPTION_INVALID({ option: '--groups', reason: `a mixture needs at least two task groups (got ${space.groups.length})` });
  if (new Set(space.groups).size !== space.groups.length)
    throw sftErrors.SFT_OPTION_INVALID({ option: '--groups', reason: `task groups repeat: ${space.groups.join(', ')}` });
  if (!(space.minShare >= 0) || space.minShare * space.groups.length >= 1)
    throw sftErrors.SFT_OPTION_INVALID({
      option: '--min-share',
      reason: `${space.minShare} is impossible for ${space.groups.length} groups (needs 0 ≤ min < ${(1 / space.groups.length).toFixed(3)})`,
    });
}

const toVector = (space: MixSpace, m: Mixture): number[] => space.groups.map((g) => m[g] ?? 0);

function toMixture(space: MixSpace, v: readonly number[]): Mixture {
  const out: Mixture = {};
  space.groups.forEach((g, i) => {
    out[g] = Math.round(v[i] * 1e4) / 1e4;
  });
  return out;
}

/** A flat Dirichlet draw mapped onto the simplex with every share ≥ minShare. */
function dirichlet(space: MixSpace, rng: Rng): number[] {
  const e = space.groups.map(() => -Math.log(1 - rng()));
  const sum = e.reduce((a, b) => a + b, 0);
  const free = 1 - space.minShare * space.groups.length;
  return e.map((x) => space.minShare + (free * x) / sum);
}

/** Move a point by Gaussian noise and put it back on the constrained simplex. */
function perturb(space: MixSpace, v: readonly number[], scale: number, rng: Rng): number[] {
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const raw = v.map((x) => Math.max(0, x - space.minShare + scale * gauss()));
  const sum = raw.reduce((a, b) => a + b, 0) || 1;
  const free = 1 - space.minShare * space.groups.length;
  return raw.map((x) => space.minShare + (free * x) / sum);
}

const STEPS = [0.015, 0.04, 0.1];

/** The next mixture to try. The first is always the uniform mixture (the natural baseline). */
export function proposeMixture(space: MixSpace, trials: readonly ScoredTrial[], rng: Rng, options: ProposeOptions = {}): Mixture {
  validateSpace(space);
  const k = space.groups.length;
  if (trials.length === 0)
    return toMixture(
      space,
      space.groups.map(() => 1 / k),
    );
  const scored = trials.filter((t): t is ScoredTrial & { score: number } => t.score !== null && Number.isFinite(t.score));
  const initial = options.initial ?? Math.max(5, k + 1);
  if (scored.length < initial) return toMixture(space, dirichlet(space, rng));

  const xs = scored.map((t) => toVector(space, t.mixture));
  const ys = scored.map((t) => t.score);
  const gp = fitGp(xs, ys);
  const best = Math.max(...ys);
  const order = scored.map((_, i) => i).sort((a, b) => ys[b] - ys[a]);
  const n = options.candidates ?? 3000;
  let pick: number[] = xs[order[0]];
  let pickEi = -1;
  for (let c = 0; c < n; c++) {
    // Half explore the whole simplex, half refine around the three best trials at three step sizes.
    const v = c % 2 ? perturb(space, xs[order[c % Math.min(3, order.length)]], STEPS[c % STEPS.length], rng) : dirichlet(space, rng);
    const { mean, sd } = gp.predict(v);
    const ei = expectedImprovement(mean, sd, best);
    if (ei > pickEi) {
      pickEi = ei;
      pick = v;
    }
  }
  return toMixture(space, pick);
}

/** The best scored trial so far, or null. */
export function bestTrial<T extends ScoredTrial>(trials: readonly T[]): T | null {
  let best: T | null = null;
  for (const t of trials) if (t.score !== null && (best === null || t.score > (best.score ?? -Infinity))) best = t;
  return best;
}
