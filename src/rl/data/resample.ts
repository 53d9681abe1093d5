// Per-epoch resampling: read the reward log of the last epoch (records carry the item id from the reward spec),
// drop items the policy has mastered, and write the next epoch's list. Items never seen stay in.
import type { RewardLogRecord } from '../service/reward-log.js';
import type { RlItem } from './item.js';

export interface ResampleOptions {
  /** Pass rate at or above which an item counts as mastered (default 0.9). */
  mastered?: number;
  /** Fewest logged rollouts before an item can count as mastered (default 8). */
  minSeen?: number;
  /** Only read records from batches at or after this index (the last epoch). */
  sinceBatch?: number;
}

export interface ResampleReport {
  items: number;
  seen: number;
  mastered: number;
  kept: number;
  masteredIds: string[];
}

export function resampleEpoch(
  items: readonly RlItem[],
  log: readonly RewardLogRecord[],
  options: ResampleOptions = {},
): { kept: RlItem[]; report: ResampleReport } {
  const threshold = options.mastered ?? 0.9;
  const minSeen = options.minSeen ?? 8;
  const tally = new Map<string, { n: number; ok: number }>();
  for (const r of log) {
    if (!r.id || (options.sinceBatch !== undefined && r.b < options.sinceBatch)) continue;
    let t = tally.get(r.id);
    if (!t) tally.set(r.id, (t = { n: 0, ok: 0 }));
    t.n++;
    t.ok += r.acc;
  }
  const masteredIds: string[] = [];
  const kept = items.filter((it) => {
    const t = tally.get(it.id);
    if (t && t.n >= minSeen && t.ok / t.n >= threshold) {
      masteredIds.push(it.id);
      return false;
    }
    return true;
  });
  const seen = items.filter((it) => tally.has(it.id)).length;
  return { kept, report: { items: items.length, seen, mastered: masteredIds.length, kept: kept.length, masteredIds } };
}
