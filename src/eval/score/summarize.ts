// Aggregate per-item scores into the report shape: overall, invalid count, per-group tallies, bootstrap CI.
import type { ItemScore } from '../types.js';
import { bootstrapMean, type Interval } from './bootstrap.js';

export interface Tally {
  correct: number;
  total: number;
  /** correct / total as a fraction (0 when total is 0). */
  accuracy: number;
}

export interface GroupTally extends Tally {
  ci95?: Interval;
}

export interface ScoreSummary {
  overall: Tally;
  ci95: Interval;
  /** Mean of per-item scores (equals accuracy except for judge-graded benchmarks). */
  meanScore: number;
  invalid: number;
  /** Items on which the official scorer itself would abort (counted invalid here). */
  officialCrashes: number;
  groups: Record<string, Record<string, GroupTally>>;
}

export interface ScoredRow {
  groups: Record<string, string>;
  score: ItemScore;
}

const tally = (correct: number, total: number): Tally => ({ correct, total, accuracy: total ? correct / total : 0 });

export function summarize(rows: readonly ScoredRow[], groupKeys: readonly string[], options: { groupCi?: boolean } = {}): ScoreSummary {
  const correct = rows.filter((r) => r.score.correct).length;
  const groups: Record<string, Record<string, GroupTally>> = {};
  const members: Record<string, Record<string, number[]>> = {};
  for (const key of groupKeys) {
    groups[key] = {};
    members[key] = {};
  }
  for (const row of rows) {
    for (const key of groupKeys) {
      const name = row.groups[key];
      if (name === undefined || name === '') continue;
      (members[key][name] ??= []).push(row.score.correct ? 1 : 0);
    }
  }
  for (const key of groupKeys) {
    for (const [name, vals] of Object.entries(members[key])) {
      const c = vals.reduce((a, b) => a + b, 0);
      groups[key][name] = { ...tally(c, vals.length), ...(options.groupCi ? { ci95: bootstrapMean(vals) } : {}) };
    }
    if (Object.keys(groups[key]).length === 0) delete groups[key];
  }
  const scores = rows.map((r) => r.score.score);
  return {
    overall: tally(correct, rows.length),
    ci95: bootstrapMean(rows.map((r) => (r.score.correct ? 1 : 0))),
    meanScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0,
    invalid: rows.filter((r) => r.score.invalid).length,
    officialCrashes: rows.filter((r) => r.score.reason.startsWith('crash')).length,
    groups,
  };
}
