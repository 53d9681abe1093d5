// A configured model that cannot be reached: the start-up probe says so, /healthz reports it down, answers name the
// failure (not "no model configured") and report no invented token usage. The listening URL is logged as is.
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureServices } from '../../test/helpers/server-fixtures.js';
import { createApp } from './app.js';
import type { ServerServices } from './services.js';
import { startServer } from './start.js';

/** A loopback port nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

describe('model health', () => {
  let services: ServerServices;
  let app: FastifyInstance;
  beforeAll(async () => {
    services = await createFixtureServices(`openai:http://127.0.0.1:${await closedPort()}/v1#qwen?retries=0`);
    app = await createApp({ services, logger: false, webRoot: null });
  });
  afterAll(() => app.close());

  it('probes the configured model: down with a one-line reason, shown by /healthz', async () => {
    expect(services.models.health?.().status).toBe('unknown');
    const h = await services.models.probe!(3000);
    expect(h.status).toBe('down');
    expect(h.reason).toBeTruthy();
    expect(h.reason).not.toContain('\n');
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', model: { status: 'down', model: 'quarkmed' } });
  });

  it('answers with evidence that says the model failed, with zero usage', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: { messages: [{ role: 'user', content: 'How is high blood pressure treated?' }] },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.quarkmed.mode).toBe('evidence');
    const text: string = body.choices[0].message.content;
    expect(text).toContain('the configured language model failed');
    expect(text).not.toMatch(/no language model is configured|未配置语言模型/);
    expect(body.usage).toEqual({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 });
  });

  it('reports none in evidence mode', async () => {
    const none = await createFixtureServices('none');
    expect(none.models.health?.().status).toBe('none');
    expect((await none.models.probe!()).status).toBe('none');
  });
});

describe('start-up log', () => {
  it('shows the listening URL (not redacted as a user-typed URL)', async () => {
    let log = '';
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        log += chunk.toString();
        done();
      },
    });
    const server = await startServer({
      services: await createFixtureServices('none'),
      port: 0,
      handleSignals: false,
      logger: { level: 'info', stream },
      webRoot: null,
    });
    try {
      expect(log).toContain(`Server listening at ${server.url}`);
      expect(log).not.toContain('[URL]');
    } finally {
      await server.close();
    }
  });
});
