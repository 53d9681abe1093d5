import { describe, expect, it } from 'vitest';
import type { RewardLogRecord } from './service/reward-log.js';
import { summarizeRewards } from './stats.js';

function run(n: number, at: (i: number) => Partial<RewardLogRecord>): RewardLogRecord[] {
  return Array.from(
    { length: n },
    (_, i) => ({ t: i, b: Math.floor(i / 10), ep: 'openrlhf', task: 'exam', r: 0, acc: 0, fmt: 0, len: 100, why: 'exam=wrong:A', ...at(i) }) as RewardLogRecord,
  );
}

describe('reward stats', () => {
  it('reports distribution and pass rate per task', () => {
    const s = summarizeRewards([...run(100, (i) => ({ r: i % 2, acc: (i % 2) as 0 | 1 })), ...run(20, () => ({ task: 'calc', r: 1, acc: 1 }))]);
    const exam = s.tasks.find((t) => t.task === 'exam')!;
    expect(exam).toMatchObject({ n: 100, passRate: 0.5, meanReward: 0.5, p10: 0, p90: 1 });
    expect(s.tasks.find((t) => t.task === 'calc')?.passRate).toBe(1);
    expect(exam.warnings).toEqual([]);
  });

  it('flags rising format-only wins and length growth with a flat pass rate', () => {
    const s = summarizeRewards(
      run(200, (i) => ({ fmt: (i >= 100 ? 1 : 0) as 0 | 1, r: i >= 100 ? 0.1 : 0, len: 100 + i * 10, acc: (i % 4 === 0 ? 1 : 0) as 0 | 1 })),
    );
    const codes = s.tasks[0].warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['reward-format-only-rising', 'reward-length-without-gains']));
    expect(s.tasks[0].warnings.map((w) => w.message).join('\n')).toMatch(/longer with pass rate flat/);
    expect(s.tasks[0].lengthGrowth).toBeGreaterThan(5);
  });
});
