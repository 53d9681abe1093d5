// Stratified sampling: an equal share per task, then within a task an equal share per label stratum (answer
// letter, calculator, ICD chapter), so the policy does not learn "C is usually right". Seeded and stable.
import { createRng, type Rng, shuffle } from '../../core/random.js';
import { stratumOf, type RlItem } from './item.js';

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    let g = m.get(k);
    if (!g) m.set(k, (g = []));
    g.push(x);
  }
  return m;
}

/** Take up to `n` from groups as evenly as possible (round-robin over shuffled groups). */
function balanced<T>(groups: Map<string, T[]>, n: number, rand: Rng): T[] {
  const queues = [...groups.keys()].sort().map((k) => shuffle([...groups.get(k)!], rand));
  const out: T[] = [];
  let progress = true;
  while (out.length < n && progress) {
    progress = false;
    for (const q of queues) {
      if (out.length >= n) break;
      const x = q.pop();
      if (x !== undefined) {
        out.push(x);
        progress = true;
      }
    }
  }
  return out;
}

export interface SampleOptions {
  /** Items per task (default: all). */
  perTask?: number;
  /** Items overall after per-task sampling (default: all). */
  max?: number;
  seed?: number;
}

export function stratifiedSample(items: readonly RlItem[], options: SampleOptions = {}): RlItem[] {
  const rand = createRng(options.seed ?? 42);
  const byTask = groupBy(items, (i) => i.task);
  const picked: RlItem[] = [];
  for (const task of [...byTask.keys()].sort()) {
    const list = byTask.get(task)!;
    const n = Math.min(options.perTask ?? list.length, list.length);
    picked.push(...balanced(groupBy(list, stratumOf), n, rand));
  }
  const out =
    options.max !== undefined && options.max < picked.length
      ? balanced(
          groupBy(picked, (i) => i.task),
          options.max,
          rand,
        )
      : picked;
  return shuffle(out, rand);
}

/** Counts per task and stratum, for the build report. */
export function strataCounts(items: readonly RlItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[stratumOf(i)] = (out[stratumOf(i)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort());
}
