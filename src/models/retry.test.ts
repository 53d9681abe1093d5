import { describe, expect, it } from 'vitest';
import { modelErrors } from './errors.js';
import { backoffDelay, isRetryable, withRetry } from './retry.js';

const upstream = (status: number, retryAfterMs?: number) =>
  modelErrors.MODEL_UPSTREAM_ERROR({ backend: 'b', upstreamStatus: status, upstreamMessage: 'x' }, { details: { upstreamStatus: status, retryAfterMs } });

describe('retry policy', () => {
  it('retries 429/5xx/unreachable, not 4xx, timeouts or plain errors', () => {
    expect([429, 500, 502, 503, 504, 408].map((s) => isRetryable(upstream(s)))).toEqual([true, true, true, true, true, true]);
    expect([400, 401, 404, 422].map((s) => isRetryable(upstream(s)))).toEqual([false, false, false, false]);
    expect(isRetryable(modelErrors.MODEL_UNREACHABLE({ backend: 'b', url: 'u', reason: 'ECONNREFUSED' }))).toBe(true);
    expect(isRetryable(modelErrors.MODEL_TIMEOUT({ backend: 'b', timeoutMs: 1, phase: 'p' }))).toBe(false);
    expect(isRetryable(new Error('bug'))).toBe(false);
  });

  it('backs off exponentially with jitter in [cap/2, cap], capped', () => {
    expect(backoffDelay(0, 100, 10_000, () => 0)).toBe(50);
    expect(backoffDelay(0, 100, 10_000, () => 1)).toBe(100);
    expect(backoffDelay(3, 100, 10_000, () => 1)).toBe(800);
    expect(backoffDelay(20, 100, 10_000, () => 1)).toBe(10_000);
  });

  it('honours Retry-After and stops when the signal aborts', async () => {
    const delays: number[] = [];
    let n = 0;
    const r = await withRetry(async () => (++n < 3 ? Promise.reject(upstream(429, 30)) : 'ok'), {
      retries: 5,
      onRetry: (_e, _a, d) => delays.push(d),
    });
    expect(r).toBe('ok');
    expect(delays).toEqual([30, 30]);

    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('stop')), 20);
    await expect(withRetry(() => Promise.reject(upstream(503)), { retries: 10, baseDelayMs: 1000, signal: ac.signal })).rejects.toThrow('stop');
  });
});
