// Counters kept per step and per shard, merged into the manifest.

export interface StepStats {
  seen: number;
  kept: number;
  /** Records whose text the step changed (normalisers, de-identification). */
  changed: number;
  dropped: Record<string, number>;
  /** Free-form numeric counters (e.g. phi spans by type, languages). */
  counters: Record<string, number>;
  /** Time spent in the step itself (upstream excluded). */
  seconds: number;
}

export function emptyStats(): StepStats {
  return { seen: 0, kept: 0, changed: 0, dropped: {}, counters: {}, seconds: 0 };
}

export class StatsBook {
  readonly steps: Record<string, StepStats> = {};
  get(step: string): StepStats {
    return (this.steps[step] ??= emptyStats());
  }
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

export function mergeStats(into: Record<string, StepStats>, from: Record<string, StepStats>): void {
  for (const [name, s] of Object.entries(from)) {
    const t = (into[name] ??= emptyStats());
    t.seen += s.seen;
    t.kept += s.kept;
    t.changed += s.changed;
    t.seconds = +(t.seconds + (s.seconds ?? 0)).toFixed(4);
    addCounts(t.dropped, s.dropped);
    addCounts(t.counters, s.counters);
  }
}

export function bump(stats: StepStats, key: string, by = 1): void {
  stats.counters[key] = (stats.counters[key] ?? 0) + by;
}
