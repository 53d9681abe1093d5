import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../test/helpers/shared-data.js';
import { createFixtureServices } from '../../../test/helpers/server-fixtures.js';
import { ROUTE_DOCS } from '../api-docs.js';
import { apiMarkdown, BEGIN, END } from '../api-readme.js';
import { createApp } from '../app.js';
import { API_ROUTE_HINT } from '../errors.js';

describe('API description', () => {
  let app: FastifyInstance;
  let doc: { openapi: string; paths: Record<string, Record<string, Record<string, unknown>>> };
  beforeAll(async () => {
    app = await createApp({ services: await createFixtureServices('none'), logger: false, webRoot: null, apiKeys: ['k'] });
    const res = await app.inject('/openapi.json');
    expect(res.statusCode).toBe(200); // public, even with API keys configured
    doc = res.json();
  });
  afterAll(() => app.close());

  it('is OpenAPI 3.1 generated from the registered routes and their zod schemas', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const key of Object.keys(ROUTE_DOCS)) {
      const [method, path] = key.split(' ');
      expect(doc.paths[path]?.[method.toLowerCase()], `${key} is documented but not registered`).toBeDefined();
    }
    const search = doc.paths['/api/search'].get as { parameters: { name: string; required: boolean }[] };
    expect(search.parameters).toContainEqual(expect.objectContaining({ name: 'q', required: true }));
    const interpret = doc.paths['/api/report/interpret'].post as { requestBody: { content: Record<string, { schema: { required: string[] } }> } };
    expect(interpret.requestBody.content['application/json'].schema.required).toEqual(['text']);
    expect(doc.paths['/api/report/interpret'].get).toBeUndefined();
    expect(doc.paths['/v1/chat/completions'].post.requestBody).toBeDefined();
  });

  it('serves a readable page', async () => {
    const res = await app.inject('/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/POST<\/span> <code>\/api\/report\/interpret<\/code>/);
    expect(res.body).not.toContain('<script');
  });

  it('the 404 hint names registered routes with their real methods', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nope', headers: { authorization: 'Bearer k' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('POST /api/report/interpret');
    for (const [, method, path] of API_ROUTE_HINT.matchAll(/(GET|POST) (\/[\w/.]+)/g)) {
      expect(doc.paths[path]?.[method.toLowerCase()], `${method} ${path}`).toBeDefined();
    }
  });

  it('the README API section is the generated one (npx tsx src/server/api-readme.ts rewrites it)', () => {
    const readme = readFileSync(`${REPO_ROOT}/README.md`, 'utf8');
    const section = readme.slice(readme.indexOf(BEGIN), readme.indexOf(END) + END.length);
    expect(section).toBe(apiMarkdown());
  });
});
