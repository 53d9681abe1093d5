// Summaries of a reward log: per-task reward distribution, pass rate, format-only wins and response-length
// growth between the first and last fifth of the run — the usual signs that a policy is hacking its reward.
import { warning, type Warning } from '../core/warnings.js';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RewardLogRecord } from './service/reward-log.js';

export interface TaskStats {
  task: string;
  n: number;
  meanReward: number;
  p10: number;
  p50: number;
  p90: number;
  passRate: number;
  formatRate: number;
  /** Share of responses with the format right but the answer wrong. */
  formatOnlyRate: number;
  /** Format-only share in the last fifth minus the first fifth of the run. */
  formatOnlyTrend: number;
  meanChars: number;
  /** Mean length of the last fifth over the first fifth of the run. */
  lengthGrowth: number;
  passTrend: number;
  /** Typed `{code, message}` (src/core/warnings.ts). */
  warnings: Warning[];
  topReasons: [string, number][];
}

export interface RewardStats {
  records: number;
  batches: number;
  tasks: TaskStats[];
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Pure: records (in log order) → stats. */
export function summarizeRewards(records: readonly RewardLogRecord[]): RewardStats {
  const byTask = new Map<string, RewardLogRecord[]>();
  const batches = new Set<number>();
  for (const r of records) {
    batches.add(r.b);
    let list = byTask.get(r.task);
    if (!list) byTask.set(r.task, (list = []));
    list.push(r);
  }
  const tasks: TaskStats[] = [];
  for (const [task, list] of byTask) {
    const rewards = list.map((r) => r.r).sort((a, b) => a - b);
    const fifth = Math.max(1, Math.floor(list.length / 5));
    const first = list.slice(0, fifth);
    const last = list.slice(-fifth);
    const fo = (xs: RewardLogRecord[]) => mean(xs.map((r) => (r.fmt && !r.acc ? 1 : 0)));
    const growth = mean(first.map((r) => r.len)) > 0 ? mean(last.map((r) => r.len)) / mean(first.map((r) => r.len)) : 1;
    const passTrend = mean(last.map((r) => r.acc)) - mean(first.map((r) => r.acc));
    const reasons = new Map<string, number>();
    for (const r of list) {
      const main = r.why.split(';')[0] ?? '';
      const key = main.replace(/:[^;]*$/, '');
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    const s: TaskStats = {
      task,
      n: list.length,
      meanReward: r3(mean(rewards)),
      p10: quantile(rewards, 0.1),
      p50: quantile(rewards, 0.5),
      p90: quantile(rewards, 0.9),
      passRate: r3(mean(list.map((r) => r.acc))),
      formatRate: r3(mean(list.map((r) => r.fmt))),
      formatOnlyRate: r3(fo(list)),
      formatOnlyTrend: r3(fo(last) - fo(first)),
      meanChars: Math.round(mean(list.map((r) => r.len))),
      lengthGrowth: r3(growth),
      passTrend: r3(passTrend),
      warnings: [],
      topReasons: [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5),
    };
    if (list.length >= 50) {
      if (s.formatOnlyTrend > 0.1)
        s.warnings.push(
          warning(
            'reward-format-only-rising',
            `format-only wins rising (+${Math.round(s.formatOnlyTrend * 100)} pts): the policy may be learning the format, not the answer`,
          ),
        );
      if (s.lengthGrowth > 1.5 && s.passTrend < 0.05)
        s.warnings.push(
          warning(
            'reward-length-without-gains',
            `responses ${s.lengthGrowth}× longer with pass rate flat (${s.passTrend >= 0 ? '+' : ''}${Math.round(s.passTrend * 100)} pts): length growth without gains`,
          ),
        );
      if (s.formatOnlyRate > 0.5)
        s.warnings.push(warning('reward-format-only-majority', `${Math.round(s.formatOnlyRate * 100)}% of responses win on format alone`));
    }
    tasks.push(s);
  }
  tasks.sort((a, b) => b.n - a.n);
  return { records: records.length, batches: batches.size, tasks };
}

/** Stream a JSONL reward log (skipping unreadable lines, counted) and summarise it. */
export async function readRewardLog(path: string): Promise<{ records: RewardLogRecord[]; badLines: number }> {
  const records: RewardLogRecord[] = [];
  let badLines = 0;
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as RewardLogRecord;
      if (typeof r.task === 'string' && typeof r.r === 'number') records.push(r);
      else badLines++;
    } catch {
      badLines++;
    }
  }
  return { records, badLines };
}
