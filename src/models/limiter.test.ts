import { describe, expect, it } from 'vitest';
import { createLimiter } from './limiter.js';

describe('createLimiter', () => {
  it('admits at most `limit` holders, FIFO, and a double release frees one slot only', async () => {
    const l = createLimiter(2);
    const a = await l.acquire();
    await l.acquire();
    const order: number[] = [];
    const c = l.acquire().then((r) => (order.push(3), r));
    const d = l.acquire().then((r) => (order.push(4), r));
    expect(l.waiting).toBe(2);
    a();
    a();
    await c;
    expect(order).toEqual([3]);
    expect(l.active).toBe(2);
    expect(l.waiting).toBe(1);
    (await c)();
    await d;
    expect(order).toEqual([3, 4]);
  });

  it('drops a waiter whose signal aborts', async () => {
    const l = createLimiter(1);
    const hold = await l.acquire();
    const ac = new AbortController();
    const waiting = l.acquire(ac.signal);
    ac.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect(l.waiting).toBe(0);
    hold();
    expect(l.active).toBe(0);
  });
});
