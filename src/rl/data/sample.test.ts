import { describe, expect, it } from 'vitest';
import type { RlItem } from './item.js';
import { resampleEpoch } from './resample.js';
import { stratifiedSample, strataCounts } from './sample.js';

const item = (id: string, task: RlItem['task'], gt: unknown): RlItem => ({
  id,
  task,
  prompt: [{ role: 'user', content: id }],
  ground_truth: gt,
  reward_spec: { id, task, gt },
  source: 's',
  authority: 'B',
  meta: {},
});
const pool: RlItem[] = [
  ...Array.from({ length: 80 }, (_, i) => item(`a${i}`, 'exam', 'A')),
  ...Array.from({ length: 10 }, (_, i) => item(`b${i}`, 'exam', 'B')),
  ...Array.from({ length: 10 }, (_, i) => item(`c${i}`, 'exam', 'C')),
  ...Array.from({ length: 50 }, (_, i) => item(`d${i}`, 'diagnosis', { code: i % 2 ? 'K35.900' : 'I10.x00' })),
];

describe('stratified sampling', () => {
  it('balances answer letters inside a task and tasks overall; seeded', () => {
    const s = stratifiedSample(pool, { perTask: 30, seed: 1 });
    expect(strataCounts(s)).toEqual({ 'diagnosis:I': 15, 'diagnosis:K': 15, 'exam:A': 10, 'exam:B': 10, 'exam:C': 10 });
    expect(stratifiedSample(pool, { perTask: 30, seed: 1 }).map((i) => i.id)).toEqual(s.map((i) => i.id));
    expect(stratifiedSample(pool, { max: 20, seed: 2 }).filter((i) => i.task === 'exam')).toHaveLength(10);
  });
});

describe('per-epoch resampling', () => {
  it('drops items mastered in the reward log, keeps unseen and unmastered ones', () => {
    const items = [item('x', 'exam', 'A'), item('y', 'exam', 'B'), item('z', 'exam', 'C')];
    const log = [
      ...Array.from({ length: 10 }, (_, i) => ({
        t: 0,
        b: 1,
        ep: 'openrlhf',
        task: 'exam',
        id: 'x',
        r: 1,
        acc: (i < 10 ? 1 : 0) as 0 | 1,
        fmt: 1 as const,
        len: 10,
        why: '',
      })),
      ...Array.from({ length: 10 }, (_, i) => ({
        t: 0,
        b: 1,
        ep: 'openrlhf',
        task: 'exam',
        id: 'y',
        r: 1,
        acc: (i < 5 ? 1 : 0) as 0 | 1,
        fmt: 1 as const,
        len: 10,
        why: '',
      })),
    ];
    const { kept, report } = resampleEpoch(items, log, { mastered: 0.9, minSeen: 8 });
    expect(kept.map((i) => i.id)).toEqual(['y', 'z']);
    expect(report).toMatchObject({ items: 3, seen: 2, mastered: 1, kept: 2, masteredIds: ['x'] });
    expect(resampleEpoch(items, log, { sinceBatch: 2 }).kept).toHaveLength(3);
  });
});
