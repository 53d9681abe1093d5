// GET /openapi.json (OpenAPI 3.1) and GET /docs (the same, readable): generated from the routes Fastify registered
// and their zod input schemas (api-docs.ts). A registered route without a doc entry still appears, marked so.
import type { FastifyInstance } from 'fastify';
import { inputSchema, ROUTE_DOCS, type Access } from '../api-docs.js';
import type { RouteContext } from '../context.js';

export interface RegisteredRoute {
  method: string;
  url: string;
  access?: Access;
}

export interface OpenApiContext extends RouteContext {
  /** Filled by app.ts's onRoute hook as route plugins register. */
  registeredRoutes: RegisteredRoute[];
}

/** API routes (not the web app's pages and assets), in registration order, one per method + path. */
export function apiRoutes(routes: RegisteredRoute[]): RegisteredRoute[] {
  const seen = new Set<string>();
  return routes.filter((r) => {
    const key = `${r.method} ${r.url}`;
    const api = r.url.startsWith('/v1/') || r.url.startsWith('/api/') || key in ROUTE_DOCS;
    if (!api || r.method === 'HEAD' || r.method === 'OPTIONS' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SECURITY: Record<Access, Record<string, string[]>[]> = { public: [], user: [{ apiKey: [] }], admin: [{ adminKey: [] }] };

export function openApiDocument(routes: RegisteredRoute[], version = '0.1.0'): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of apiRoutes(routes)) {
    const doc = ROUTE_DOCS[`${r.method} ${r.url}`];
    const op: Record<string, unknown> = {
      summary: doc?.summary ?? 'Undocumented route (add it to src/server/api-docs.ts).',
      security: SECURITY[r.access ?? 'user'],
      responses: { '200': { description: doc?.returns ?? 'JSON' }, default: { description: 'error: {error: {message, type, code}}' } },
    };
    if (doc?.query) {
      const schema = inputSchema(doc.query) as { properties?: Record<string, unknown>; required?: string[] };
      op.parameters = Object.entries(schema.properties ?? {}).map(([name, s]) => ({
        name,
        in: 'query',
        required: schema.required?.includes(name) ?? false,
        schema: s,
      }));
    }
    if (doc?.body) {
      const content: Record<string, unknown> = { 'application/json': { schema: inputSchema(doc.body) } };
      for (const [type, description] of Object.entries(doc.otherBodies ?? {})) content[type] = { schema: { type: 'string', description } };
      op.requestBody = { required: true, content };
    }
    if (doc?.example) op['x-example'] = doc.example;
    (paths[r.url] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'QuarkMed-TS API',
      version,
      description:
        'Cited medical answers (OpenAI-compatible), search, lab-report interpretation and knowledge-base admin. Every answer is triaged for red flags first.',
    },
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'Needed when the server was started with --api-key' },
        adminKey: { type: 'http', scheme: 'bearer', description: 'The --admin-key (QUARKMED_ADMIN_KEY)' },
      },
    },
    paths,
  };
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Self-contained HTML (no scripts, no external assets): one section per route with its inputs and an example. */
export function docsPage(routes: RegisteredRoute[]): string {
  const parts: string[] = [];
  for (const r of apiRoutes(routes)) {
    const doc = ROUTE_DOCS[`${r.method} ${r.url}`];
    const inputs: string[] = [];
    if (doc?.query) {
      const s = inputSchema(doc.query) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
      for (const [name, p] of Object.entries(s.properties ?? {})) {
        inputs.push(
          `<tr><td><code>${esc(name)}</code>${s.required?.includes(name) ? ' (required)' : ''}</td><td>query</td><td><code>${esc(JSON.stringify(p))}</code></td></tr>`,
        );
      }
    }
    if (doc?.body) inputs.push(`<tr><td>body</td><td>application/json</td><td><pre>${esc(JSON.stringify(inputSchema(doc.body), null, 2))}</pre></td></tr>`);
    for (const [type, d] of Object.entries(doc?.otherBodies ?? {})) inputs.push(`<tr><td>body</td><td>${esc(type)}</td><td>${esc(d)}</td></tr>`);
    parts.push(
      `<section><h2><span class="m ${r.method.toLowerCase()}">${r.method}</span> <code>${esc(r.url)}</code> <small>${esc(r.access ?? 'user')}</small></h2>` +
        `<p>${esc(doc?.summary ?? 'Undocumented route.')}</p>` +
        (inputs.length ? `<table><tr><th>input</th><th>in</th><th>schema</th></tr>${inputs.join('')}</table>` : '') +
        (doc ? `<p>Returns ${esc(doc.returns)}</p><pre>${esc(doc.example)}</pre>` : '') +
        '</section>',
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>QuarkMed-TS API</title><style>
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
section{border-top:1px solid #ddd;padding:.5em 0}h2{font-size:1.1em}small{color:#777;font-weight:normal}
.m{display:inline-block;min-width:3.5em;padding:0 .4em;border-radius:4px;color:#fff;font-size:.85em;text-align:center}
.get{background:#2b7a3d}.post{background:#1f5fa8}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3em;vertical-align:top;text-align:left}
pre{background:#f6f6f6;padding:.5em;overflow:auto;white-space:pre-wrap}</style></head><body>
<h1>QuarkMed-TS API</h1><p>Generated from the route schemas; machine-readable at <a href="/openapi.json">/openapi.json</a>. Replace <code>$URL</code> with the server address. Routes marked <em>user</em> need <code>authorization: Bearer &lt;key&gt;</code> when the server runs with <code>--api-key</code>; <em>admin</em> routes need the admin key.</p>
${parts.join('\n')}</body></html>`;
}

export async function openApiRoutes(app: FastifyInstance, ctx: OpenApiContext): Promise<void> {
  app.get('/openapi.json', { config: { access: 'public' } }, async function openApi() {
    return openApiDocument(ctx.registeredRoutes);
  });
  app.get('/docs', { config: { access: 'public' } }, async function apiDocs(_request, reply) {
    return reply.type('text/html; charset=utf-8').send(docsPage(ctx.registeredRoutes));
  });
}
