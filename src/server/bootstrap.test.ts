// The real wiring with the search worker pool: searches, chat retrieval and admin ingest through inject().
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureServices } from '../../test/helpers/server-fixtures.js';
import { kbErrors } from '../knowledge/errors.js';
import { answerQuestion } from '../rag/answer-question.js';
import { createApp } from './app.js';
import { bootstrap, type Bootstrapped } from './bootstrap.js';

describe('bootstrap with a search worker pool', () => {
  let boot: Bootstrapped;
  let app: FastifyInstance;
  beforeAll(async () => {
    const home = mkdtempSync(join(tmpdir(), 'qm-boot-pool-'));
    boot = await bootstrap({ model: 'none', searchThreads: 2, env: { ...process.env, QUARKMED_HOME: home, QUARKMED_MODEL: '', QUARKMED_EMBEDDER: '' } });
    app = await createApp({ services: boot.services, logger: false, webRoot: null, adminKey: 'admin', rateLimit: false });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('serves search and chat retrieval from the workers, with the in-process results', async () => {
    expect(boot.searchPool?.threads).toBe(2);
    expect(boot.services.retriever).toBe(boot.searchPool);
    const res = await app.inject({ method: 'GET', url: '/api/search?q=%E9%AB%98%E8%A1%80%E5%8E%8B&k=5' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ hits: { id: string }[] }>();
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits).toEqual(await boot.kb.search('高血压', { k: 5, oneSubject: true }));
    const chat = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      // consult off: this checks retrieval, not the consultation's question turn.
      payload: { model: 'quarkmed', messages: [{ role: 'user', content: '高血压怎么治疗？' }], quarkmed: { consult: 'off' } },
    });
    expect(chat.statusCode).toBe(200);
    expect(chat.json<{ citations: unknown[] }>().citations.length).toBeGreaterThan(0);
    expect(boot.searchPool?.stats().served.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
  });

  it('answers evidence-mode chat in the workers (off the event loop) with the in-process answer', async () => {
    const before = boot.searchPool?.stats().served.reduce((a, b) => a + b, 0) ?? 0;
    const offloaded = await boot.services.answerQuestion('痛风能喝啤酒吗？', { retriever: boot.services.retriever, backend: null, locale: 'zh' });
    const local = await answerQuestion('痛风能喝啤酒吗？', { retriever: boot.kb, backend: null, locale: 'zh' });
    expect(offloaded).toEqual(local);
    expect(boot.searchPool?.stats().served.reduce((a, b) => a + b, 0)).toBe(before + 1);
    const events = [];
    for await (const e of boot.services.streamAnswer('痛风能喝啤酒吗？', { retriever: boot.services.retriever, backend: null, locale: 'zh' }))
      events.push(e.type);
    expect(events).toEqual(['triage', 'citations', 'delta', 'done']);
  });

  it('makes admin-ingested documents searchable on every worker', async () => {
    const jsonl = `${JSON.stringify({ id: 'boot:wombat-cough', title: '袋熊咳', text: '袋熊咳是一种用于测试的虚构疾病，wombat cough，休息即可。', source: 'uploads', lang: 'zh', authority: 'C' })}\n`;
    const up = await app.inject({
      method: 'POST',
      url: '/api/kb/ingest',
      headers: { authorization: 'Bearer admin', 'content-type': 'application/x-ndjson' },
      payload: jsonl,
    });
    expect(up.statusCode).toBe(200);
    // Several at once, so both workers answer.
    const all = await Promise.all(Array.from({ length: 6 }, () => app.inject({ method: 'GET', url: '/api/search?q=wombat%20cough' })));
    for (const r of all) expect(r.json<{ hits: { docId: string }[] }>().hits[0]?.docId).toBe('boot:wombat-cough');
    expect(boot.searchPool?.stats().served.every((n) => n > 0)).toBe(true);
  });

  it('closes the pool with the server', async () => {
    const pool = boot.searchPool;
    await app.close();
    expect(pool?.stats().alive).toBe(0);
  });
});

describe('a saturated answer pool', () => {
  it('turns WORKERS_BUSY into 503 with Retry-After on chat', async () => {
    const services = await createFixtureServices('none', {
      answerQuestion: async () => {
        throw kbErrors.WORKERS_BUSY({ inFlight: 16, limit: 16, retryAfter: 1 }, { details: { retryAfterSeconds: 1 } });
      },
    });
    const app = await createApp({ services, logger: false, webRoot: null, rateLimit: false });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        payload: { model: 'quarkmed', messages: [{ role: 'user', content: 'What is gout?' }] },
      });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('1');
      expect(res.json<{ error: { code: string } }>().error.code).toBe('WORKERS_BUSY');
    } finally {
      await app.close();
    }
  });

  it('refuses chat before the route runs while the queue is full, and admits it again once there is room', async () => {
    let full = true;
    let answered = 0;
    const fixture = await createFixtureServices('none');
    const services = Object.assign(fixture, {
      saturated: () => (full ? { inFlight: 16, limit: 16 } : undefined),
      answerQuestion: async (q: string, o: Parameters<typeof fixture.answerQuestion>[1]) => {
        answered++;
        return answerQuestion(q, o);
      },
    });
    const app = await createApp({ services, logger: false, webRoot: null, rateLimit: false });
    const chat = () =>
      app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        payload: { model: 'quarkmed', messages: [{ role: 'user', content: 'What is gout?' }], quarkmed: { consult: 'off' } },
      });
    try {
      const refused = await chat();
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(answered).toBe(0);
      // Other routes are not affected.
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      full = false;
      expect((await chat()).statusCode).toBe(200);
      expect(answered).toBe(1);
    } finally {
      await app.close();
    }
  });
});
