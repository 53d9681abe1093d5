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

  app.addHook('onRequest', async function checkApiKey(request) {
    const token = bearerToken(request);
    request.keyId = keyIdOf(token);
    // Routes without `config.access` (static files, the 404 handler) are public; every API route declares one.
    const access: Access = request.routeOptions.config?.access ?? 'public';
    if (access === 'public') return;
    const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
    if (access === 'admin') {
      if (adminKeys.length === 0) throw serverErrors.ADMIN_DISABLED({ route });
      if (!token) throw serverErrors.UNAUTHORIZED({ reason: `${route} needs the admin key` });
      if (!matches(token, adminKeys)) throw serverErrors.ADMIN_FORBIDDEN({ route });
      return;
    }
    if (userKeys.length === 0) return;
    if (!token) throw serverErrors.UNAUTHORIZED({ reason: 'this server requires an API key' });
    if (!matches(token, [...userKeys, ...adminKeys])) throw serverErrors.UNAUTHORIZED({ reason: 'the API key is not valid' });
  });
}
