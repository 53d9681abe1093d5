// Exponential backoff with full jitter (AWS architecture blog), honouring Retry-After when the server sends one.
import { isQuarkError } from '../core/errors.js';

export interface RetryOptions {
  /** Extra attempts after the first. */
  retries: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  signal?: AbortSignal;
  /** Called before each wait, e.g. for logging. */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
}

/** 429, 5xx from upstream and network failures are worth another try; 4xx and timeouts are not. */
export function isRetryable(err: unknown): boolean {
  if (!isQuarkError(err)) return false;
  if (err.code === 'MODEL_UNREACHABLE') return true;
  if (err.code !== 'MODEL_UPSTREAM_ERROR') return false;
  const status = Number(err.details?.upstreamStatus);
  return status === 429 || status === 408 || status >= 500;
}

export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random = Math.random): number {
  const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.round(cap / 2 + random() * (cap / 2));
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 20_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (attempt >= options.retries || !isRetryable(err) || options.signal?.aborted) throw err;
      const retryAfter = isQuarkError(err) ? Number(err.details?.retryAfterMs) : NaN;
      const delay = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, max) : backoffDelay(attempt, base, max);
      if (options.onRetry) options.onRetry(err, attempt + 1, delay);
      else if (process.env.QUARKMED_DEBUG)
        process.stderr.write(`[quarkmed] retry ${attempt + 1}/${options.retries} in ${delay} ms: ${(err as Error).message}\n`);
      await sleep(delay, options.signal);
    }
  }
}
