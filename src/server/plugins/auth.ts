// Bearer API keys. Each route declares its access in `config.access`:
//   public — no key ever (health, the web app's static files);
//   user   — a key from --api-key/QUARKMED_API_KEYS when any is configured, else open;
//   admin  — the admin key always; with none configured the route refuses with ADMIN_DISABLED.
// Keys are compared as SHA-256 digests in constant time; logs and rate limits see only a short key id.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { serverErrors } from '../errors.js';

export type Access = 'public' | 'user' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** Short non-reversible id of the bearer key used ("anon" without one). */
    keyId: string;
  }
}

export interface AuthOptions {
  apiKeys: string[];
  adminKey?: string;
  /**
   * Failed authentications allowed per client address in a window (default 10 per 60 s); past it, further failing
   * attempts from that address get 429 with Retry-After until the window ends. A valid key still gets through.
   * `false` turns the limiter off.
   */
  failureLimit?: { max: number; windowMs: number } | false;
}

export const DEFAULT_AUTH_FAILURE_LIMIT = { max: 10, windowMs: 60_000 };

/** Failed attempts per address in fixed windows (in memory, per process, like the request limiter). */
export function createFailureCounter(limit: { max: number; windowMs: number }, now: () => number = Date.now) {
  const seen = new Map<string, { count: number; resetAt: number }>();
  const current = (key: string) => {
    const t = now();
    let e = seen.get(key);
    if (!e || e.resetAt <= t) {
      if (seen.size > 50_000) for (const [k, v] of seen) if (v.resetAt <= t) seen.delete(k);
      e = { count: 0, resetAt: t + limit.windowMs };
      seen.set(key, e);
    }
    return e;
  };
  return {
    /** Seconds until the address may fail again, or 0 when it is under the limit. */
    blockedFor(key: string): number {
      const e = current(key);
      return e.count >= limit.max ? Math.max(1, Math.ceil((e.resetAt - now()) / 1000)) : 0;
    },
    fail(key: string): void {
      current(key).count++;
    },
  };
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

export function keyIdOf(token: string | undefined): string {
  return token ? `k_${digest(token).toString('hex').slice(0, 10)}` : 'anon';
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const h = request.headers.authorization;
  if (typeof h !== 'string') return undefined;
  const m = /^Bearer\s+(.+)$/i.exec(h.trim());
  return m ? m[1].trim() : undefined;
}

function matches(token: string, keys: Buffer[]): boolean {
  const d = digest(token);
  let ok = false;
  for (const k of keys) ok = timingSafeEqual(d, k) || ok;
  return ok;
}

export function installAuth(app: FastifyInstance, options: AuthOptions): void {
  const userKeys = options.apiKeys.filter(Boolean).map(digest);
  const adminKeys = options.adminKey ? [digest(options.adminKey)] : [];
  app.decorateRequest('keyId', 'anon');

  const limit = options.failureLimit === undefined ? DEFAULT_AUTH_FAILURE_LIMIT : options.failureLimit;
  const failures = limit ? createFailureCounter(limit) : null;
  const windowText = limit ? `${Math.round(limit.windowMs / 1000)} s` : '';

  app.addHook('onRequest', async function checkApiKey(request, reply) {
    const token = bearerToken(request);
    request.keyId = keyIdOf(token);
    // Routes without `config.access` (static files, the 404 handler) are public; every API route declares one.
    const access: Access = request.routeOptions.config?.access ?? 'public';
    if (access === 'public') return;
    const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
    // Key guessing: an address past its failure budget gets 429 instead of another verdict on its guess. This runs
    // here, before the request limiter, because a failed authentication never reaches that limiter.
    const refuse = (err: Error): never => {
      if (failures) {
        const wait = failures.blockedFor(request.ip);
        if (wait > 0) {
          reply.header('retry-after', String(wait));
          throw serverErrors.AUTH_RATE_LIMITED({ failures: (limit as { max: number }).max, window: windowText, after: wait });
        }
        failures.fail(request.ip);
      }
      throw err;
    };
    if (access === 'admin') {
      if (adminKeys.length === 0) throw serverErrors.ADMIN_DISABLED({ route });
      if (!token) refuse(serverErrors.ADMIN_UNAUTHORIZED({ route }));
      if (!matches(token!, adminKeys)) refuse(serverErrors.ADMIN_FORBIDDEN({ route }));
      return;
    }
    if (userKeys.length === 0) return;
    if (!token) refuse(serverErrors.UNAUTHORIZED({ reason: 'this server requires an API key' }));
    if (!matches(token!, [...userKeys, ...adminKeys])) refuse(serverErrors.UNAUTHORIZED({ reason: 'the API key is not valid' }));
  });
}
