import { describe, expect, it } from 'vitest';
import { forEachPooled } from './pool.js';

const tick = () => new Promise<void>((r) => setTimeout(r, 1));

describe('forEachPooled', () => {
  it('runs every item once, with its index, never more than the limit at a time, starting in order', async () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const started: string[] = [];
    const seen: [string, number][] = [];
    let inFlight = 0;
    let most = 0;
    await forEachPooled(items, 3, async (x, i) => {
      started.push(x);
      inFlight++;
      most = Math.max(most, inFlight);
      await tick();
      seen.push([x, i]);
      inFlight--;
    });
    expect(started).toEqual(items);
    expect(most).toBe(3);
    expect(seen.sort((p, q) => p[1] - q[1])).toEqual(items.map((x, i) => [x, i]));
  });

  it('runs nothing for no items or a limit below one', async () => {
    let calls = 0;
    await forEachPooled([], 4, async () => void calls++);
    await forEachPooled([1, 2], 0, async () => void calls++);
    expect(calls).toBe(0);
  });
});
