// fetch for OpenAI-compatible servers with typed errors: a timer (restartable, so streams get an idle timeout),
// caller aborts kept distinct from timeouts, and upstream error bodies surfaced in the message.
import { type Deadline, createDeadline as createCoreDeadline } from '../core/deadline.js';
import { isQuarkError } from '../core/errors.js';
import { modelErrors } from './errors.js';

/** A fetch deadline: the core deadline, created per request (`timedOut` tells a timeout from a caller abort). */
export function createDeadline(timeoutMs: number, outer?: AbortSignal): Deadline {
  return createCoreDeadline({ timeoutMs, parent: outer });
}

export interface PostOptions {
  backend: string;
  url: string;
  body: unknown;
  apiKey?: string;
  timeoutMs: number;
  deadline: Deadline;
  phase: string;
}

/** Map whatever fetch/reading threw into a QuarkError. */
export function mapFetchError(err: unknown, o: { backend: string; url: string; timeoutMs: number; deadline: Deadline; phase: string }): Error {
  if (o.deadline.timedOut) return modelErrors.MODEL_TIMEOUT({ backend: o.backend, timeoutMs: o.timeoutMs, phase: o.phase }, { cause: err });
  if (o.deadline.signal.aborted) return modelErrors.MODEL_ABORTED({ backend: o.backend }, { cause: err });
  if (isQuarkError(err)) return err;
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : '';
  const reason = [err instanceof Error ? err.message : String(err), cause].filter(Boolean).join(': ');
  return modelErrors.MODEL_UNREACHABLE({ backend: o.backend, url: o.url, reason }, { cause: err });
}

function upstreamMessage(text: string): string {
  try {
    const j = JSON.parse(text) as { error?: { message?: string } | string; message?: string; detail?: string };
    const m = typeof j.error === 'string' ? j.error : (j.error?.message ?? j.message ?? j.detail);
    if (m) return String(m).slice(0, 500);
  } catch {
    /* not JSON: fall through */
  }
  return text.trim().slice(0, 500) || '(empty body)';
}

function retryAfterMs(h: string | null): number | undefined {
  if (!h) return undefined;
  const secs = Number(h);
  if (Number.isFinite(secs)) return secs * 1000;
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

export function authHeaders(apiKey?: string): Record<string, string> {
  return apiKey ? { authorization: `Bearer ${apiKey}` } : {};
}

/** POST JSON; resolves only on a 2xx response (body unread), otherwise throws a typed error. */
export async function postJson(o: PostOptions): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(o.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...authHeaders(o.apiKey) },
      body: JSON.stringify(o.body),
      signal: o.deadline.signal,
    });
  } catch (err) {
    throw mapFetchError(err, o);
  }
  if (res.ok) return res;
  let text = '';
  try {
    text = await res.text();
  } catch (err) {
    throw mapFetchError(err, o);
  }
  throw modelErrors.MODEL_UPSTREAM_ERROR(
    { backend: o.backend, upstreamStatus: res.status, upstreamMessage: upstreamMessage(text) },
    { details: { upstreamStatus: res.status, retryAfterMs: retryAfterMs(res.headers.get('retry-after')) } },
  );
}

/** GET JSON (model listing, health checks). */
export async function getJson(o: Omit<PostOptions, 'body'>): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(o.url, { headers: { accept: 'application/json', ...authHeaders(o.apiKey) }, signal: o.deadline.signal });
    if (!res.ok) {
      throw modelErrors.MODEL_UPSTREAM_ERROR(
        { backend: o.backend, upstreamStatus: res.status, upstreamMessage: upstreamMessage(await res.text()) },
        { details: { upstreamStatus: res.status } },
      );
    }
    return await res.json();
  } catch (err) {
    throw mapFetchError(err, o);
  }
}
