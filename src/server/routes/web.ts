// The web app (web/dist, built by `npm run build`) on the same origin as the API. Client-side routes
// (/chat, /search, /report, /status) get index.html. Without a build, / explains how to make one.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../context.js';

export const WEB_PAGES = ['/', '/chat', '/search', '/report', '/status'] as const;

/** web/dist next to the package (src/server/routes or dist/server/routes → repo root). */
export function defaultWebRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web', 'dist');
}

const NO_BUILD_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>QuarkMed</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;line-height:1.6;color:#1f2d3d">
<h1>QuarkMed is running</h1>
<p>The API is up (<a href="/healthz">/healthz</a>, <code>POST /v1/chat/completions</code>, <code>GET /api/search?q=</code>),
but the web app has not been built in this copy.</p>
<p>Build it with <code>npm run build</code> in the project folder (it writes <code>web/dist</code>), then restart with <code>npm start</code>.</p>
</body></html>`;

export async function webRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const root = ctx.options.webRoot === undefined ? defaultWebRoot() : ctx.options.webRoot;
  const built = root !== null && existsSync(join(root, 'index.html'));
  if (!built) {
    app.get('/', async function noWebBuild(_request, reply) {
      return reply.type('text/html; charset=utf-8').send(NO_BUILD_PAGE);
    });
    return;
  }
  await app.register(fastifyStatic, {
    root,
    index: false,
    wildcard: false,
    cacheControl: true,
    maxAge: '1h',
    setHeaders(res, path) {
      if (path.endsWith('.html')) res.setHeader('cache-control', 'no-cache');
    },
  });
  for (const page of WEB_PAGES) {
    app.get(page, async function webPage(_request, reply) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
}
