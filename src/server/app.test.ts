import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureServices, createMemoryKb } from '../../test/helpers/server-fixtures.js';
import { createApp } from './app.js';

describe('createApp (inject)', () => {
  let app: FastifyInstance;
  let kb: ReturnType<typeof createMemoryKb>;
  const root = mkdtempSync(join(tmpdir(), 'qm-ingest-'));
  const outside = mkdtempSync(join(tmpdir(), 'qm-outside-'));

  beforeAll(async () => {
    kb = createMemoryKb();
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'a.md'), '# A\ntext');
    writeFileSync(join(outside, 'secret.md'), 'secret');
    symlinkSync(outside, join(root, 'escape'));
    app = await createApp({
      services: await createFixtureServices('none', { kb }),
      adminKey: 'admin-secret',
      ingestRoots: [root],
      logger: false,
      webRoot: null,
      rateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
  });
  afterAll(() => app.close());

  it('answers health checks and says how to build the UI at /', async () => {
    expect((await app.inject('/healthz')).json()).toMatchObject({ status: 'ok' });
    const home = await app.inject('/');
    expect(home.body).toContain('npm run build');
    expect(home.headers['x-content-type-options']).toBe('nosniff');
  });

  it('unknown routes get a 404 in the OpenAI error shape', async () => {
    const r = await app.inject('/v1/nope');
    expect(r.statusCode).toBe(404);
    expect(r.json().error).toMatchObject({ code: 'NOT_FOUND', type: 'not_found_error' });
  });

  it('rejects malformed JSON, invalid UTF-8 and oversize bodies with clear 4xx', async () => {
    const bad = await app.inject({ method: 'POST', url: '/v1/chat/completions', headers: { 'content-type': 'application/json' }, payload: '{"messages": [' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_JSON');
    const utf = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { 'content-type': 'application/json' },
      payload: Buffer.concat([Buffer.from('{"messages":[{"role":"user","content":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}]}')]),
    });
    expect(utf.statusCode).toBe(400);
    expect(utf.json().error).toMatchObject({ code: 'INVALID_UTF8' });
    const big = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { 'content-type': 'application/json' },
      payload: `{"x":"${'a'.repeat(10 * 1024 * 1024)}"}`,
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toMatch(/1048576-byte limit/);
  });

  it('validates chat requests and names the field', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { messages: [{ role: 'user', content: 5 }] } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toMatch(/messages\.0\.content/);
    const last = await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { messages: [{ role: 'assistant', content: 'hi' }] } });
    expect(last.json().error.code).toBe('NO_USER_MESSAGE');
    const model = await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { model: 'gpt-4', messages: [{ role: 'user', content: 'hi' }] } });
    expect(model.statusCode).toBe(404);
    expect(model.json().error).toMatchObject({ code: 'MODEL_NOT_FOUND', param: 'model' });
    expect(model.json().error.message).toContain('quarkmed-evidence');
  });

  it('answers in evidence mode with inline [n] and a citations array', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: { model: 'quarkmed', messages: [{ role: 'user', content: 'How is high blood pressure treated?' }] },
    });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.object).toBe('chat.completion');
    expect(body.quarkmed.mode).toBe('evidence');
    expect(body.citations.length).toBeGreaterThan(0);
    expect(body.citations[0]).toMatchObject({ n: 1, docId: 'fx:hypertension', authority: 'B' });
    expect(body.choices[0].message.content).toContain('[1]');
  });

  it('searches with validation', async () => {
    const r = await app.inject('/api/search?q=blood%20pressure&k=2');
    expect(r.statusCode).toBe(200);
    expect(r.json().hits[0].docId).toBe('fx:hypertension');
    expect((await app.inject('/api/search?q=x&minAuthority=Z')).json().error.message).toMatch(/minAuthority/);
    expect((await app.inject('/api/search')).statusCode).toBe(400);
  });

  it('admin ingest: refuses without a key, takes JSONL, confines server paths to the roots', async () => {
    const noKey = await app.inject({ method: 'POST', url: '/api/kb/ingest', payload: { path: root } });
    expect(noKey.statusCode).toBe(401);
    const wrong = await app.inject({ method: 'POST', url: '/api/kb/ingest', headers: { authorization: 'Bearer nope' }, payload: { path: root } });
    expect(wrong.statusCode).toBe(403);
    const auth = { authorization: 'Bearer admin-secret' };
    const jsonl = [
      JSON.stringify({ id: 'u:1', title: 'Gout', text: 'Gout is arthritis from uric acid crystals.', source: 'upload', lang: 'en', authority: 'C' }),
      '',
    ].join('\n');
    const up = await app.inject({ method: 'POST', url: '/api/kb/ingest', headers: { ...auth, 'content-type': 'application/x-ndjson' }, payload: jsonl });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ ok: true, documents: 1 });
    expect(kb.docs.at(-1)?.text).toContain('uric acid');
    const badLine = await app.inject({
      method: 'POST',
      url: '/api/kb/ingest',
      headers: { ...auth, 'content-type': 'application/x-ndjson' },
      payload: '{"id":"x"}\n',
    });
    expect(badLine.statusCode).toBe(400);
    expect(badLine.json().error.message).toMatch(/line 1/);
    const ok = await app.inject({ method: 'POST', url: '/api/kb/ingest', headers: auth, payload: { path: join(root, 'docs') } });
    expect(ok.statusCode).toBe(200);
    expect(kb.paths.at(-1)).toMatch(/docs$/);
    for (const p of ['/etc/passwd', join(root, '..', 'x'), join(root, 'escape', 'secret.md')]) {
      const r = await app.inject({ method: 'POST', url: '/api/kb/ingest', headers: auth, payload: { path: p } });
      // Outside the roots looks exactly like missing (no probing for files elsewhere): hardening.test.ts.
      expect(r.statusCode, p).toBe(404);
      expect(r.json().error.code).toBe('INGEST_PATH_MISSING');
    }
  });

  it('exposes Prometheus metrics', async () => {
    const r = await app.inject('/metrics');
    expect(r.headers['content-type']).toMatch(/text\/plain/);
    expect(r.body).toMatch(/# TYPE quarkmed_http_requests_total counter/);
    expect(r.body).toMatch(/quarkmed_answers_total\{mode="evidence",triage="routine"\} \d+/);
    expect(r.body).toMatch(/route="\/api\/search",status="200"/);
  });
});

describe('createApp: CORS', () => {
  it('is off by default and answers preflights for configured origins only', async () => {
    const closed = await createApp({ services: await createFixtureServices(), logger: false, webRoot: null });
    const plain = await closed.inject({ url: '/v1/models', headers: { origin: 'https://app.example.org' } });
    expect(plain.headers['access-control-allow-origin']).toBeUndefined();
    await closed.close();
    const app = await createApp({
      services: await createFixtureServices(),
      logger: false,
      webRoot: null,
      corsOrigins: ['https://app.example.org'],
      apiKeys: ['k'],
    });
    const pre = await app.inject({
      method: 'OPTIONS',
      url: '/v1/chat/completions',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-headers']).toContain('authorization');
    expect((await app.inject({ method: 'OPTIONS', url: '/v1/models', headers: { origin: 'https://evil.example' } })).statusCode).toBe(403);
    const get = await app.inject({ url: '/v1/models', headers: { origin: 'https://app.example.org', authorization: 'Bearer k' } });
    expect(get.headers['access-control-allow-origin']).toBe('https://app.example.org');
    await app.close();
  });
});

describe('createApp: keys and limits', () => {
  it('requires API keys when configured, refuses admin when no admin key, rate limits per key', async () => {
    const app = await createApp({
      services: await createFixtureServices(),
      apiKeys: ['k1'],
      logger: false,
      webRoot: null,
      rateLimit: { max: 3, timeWindowMs: 60_000 },
    });
    try {
      expect((await app.inject('/healthz')).statusCode).toBe(200);
      const none = await app.inject('/v1/models');
      expect(none.statusCode).toBe(401);
      expect(none.json().error.message).toMatch(/--api-key/);
      const ok = await app.inject({ url: '/v1/models', headers: { authorization: 'Bearer k1' } });
      expect(ok.json().data.map((m: { id: string }) => m.id)).toEqual(['quarkmed', 'quarkmed-evidence']);
      const admin = await app.inject({ method: 'POST', url: '/api/kb/ingest', headers: { authorization: 'Bearer k1' }, payload: { path: '/tmp' } });
      expect(admin.statusCode).toBe(403);
      expect(admin.json().error.message).toMatch(/--admin-key .*QUARKMED_ADMIN_KEY/);
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) codes.push((await app.inject({ url: '/v1/models', headers: { authorization: 'Bearer k1' } })).statusCode);
      expect(codes).toContain(429);
      const limited = await app.inject({ url: '/v1/models', headers: { authorization: 'Bearer k1' } });
      expect(limited.json().error.code).toBe('RATE_LIMITED');
      expect(limited.headers['retry-after']).toBeDefined();
    } finally {
      await app.close();
    }
  });
});
