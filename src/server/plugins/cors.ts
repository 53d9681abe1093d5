// Opt-in CORS for browser apps on other origins (`--cors-origin https://app.example.org`, repeatable; "*" for
// any). Off by default: the bundled web app is same-origin and needs none. Preflights are answered here.
import type { FastifyInstance } from 'fastify';

const ALLOW_HEADERS =
  'authorization, content-type, x-stainless-arch, x-stainless-lang, x-stainless-os, x-stainless-package-version, x-stainless-runtime, x-stainless-runtime-version, x-stainless-retry-count, x-stainless-timeout';

export function installCors(app: FastifyInstance, origins: string[]): void {
  if (origins.length === 0) return;
  const any = origins.includes('*');
  const allowed = new Set(origins.map((o) => o.replace(/\/+$/, '')));
  const allow = (origin: string | undefined) => Boolean(origin) && (any || allowed.has(origin as string));

  app.addHook('onRequest', async function cors(request, reply) {
    const origin = request.headers.origin;
    if (!allow(origin)) return;
    reply.header('access-control-allow-origin', any ? '*' : (origin as string));
    reply.header('vary', 'Origin');
    reply.header('access-control-expose-headers', 'x-request-id, retry-after, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset');
  });

  app.options('/*', { config: { access: 'public' } }, async function preflight(request, reply) {
    if (!allow(request.headers.origin))
      return reply.code(403).send({ error: { message: 'origin not allowed (see --cors-origin)', type: 'permission_error', code: 'CORS_ORIGIN', param: null } });
    return reply
      .code(204)
      .header('access-control-allow-methods', 'GET, POST, OPTIONS')
      .header('access-control-allow-headers', ALLOW_HEADERS)
      .header('access-control-max-age', '600')
      .send();
  });
}
