import { describe, expect, it } from 'vitest';
import { createDeadline } from './deadline.js';

const never = (): AsyncIterator<number> => ({ next: () => new Promise(() => {}) });

describe('deadline', () => {
  it('names the first phase when nothing ever arrived, and the typed error comes from onTimeout', async () => {
    const d = createDeadline({ timeoutMs: 20, onTimeout: (phase) => new Error(`late: ${phase}`), phases: { first: 'answer', rest: 'next part' } });
    await expect(d.next(never())).rejects.toThrow('late: answer');
    expect(d.timedOut).toBe(true);
    d.dispose();
  });

  it('a parent abort is not a timeout', async () => {
    const parent = new AbortController();
    const d = createDeadline({ timeoutMs: 30, parent: parent.signal });
    parent.abort(new Error('client gone'));
    await new Promise((r) => setTimeout(r, 60));
    expect(d.signal.aborted).toBe(true);
    expect(d.timedOut).toBe(false);
    d.dispose();
  });

  it('each item re-arms the timer (an idle timeout for streams)', async () => {
    let i = 0;
    const slowButSteady: AsyncIterator<number> = { next: () => new Promise((r) => setTimeout(() => r({ value: i++, done: i > 4 }), 10)) };
    const d = createDeadline({ timeoutMs: 200 });
    const seen: number[] = [];
    for (let r = await d.next(slowButSteady); !r.done; r = await d.next(slowButSteady)) seen.push(r.value);
    expect(seen).toEqual([0, 1, 2, 3]);
    d.dispose();
  });
});
