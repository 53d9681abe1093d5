// Abuse over real sockets: malformed JSON, invalid UTF-8, a 10 MB body, slow clients trickling headers or
// a body, unknown routes — each gets a clear error or is cut off, and the server keeps serving.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureServices } from '../helpers/server-fixtures.js';
import { startServer, type RunningServer } from '../../src/server/start.js';

let server: RunningServer;
let port: number;

async function healthy(): Promise<boolean> {
  const r = await fetch(`${server.url}/healthz`);
  return r.status === 200;
}

/** Open a raw socket, run `drive`, and resolve with what the server sent and when it closed. */
function raw(drive: (s: Socket) => void): Promise<{ data: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const s = connect(port, '127.0.0.1');
    let data = '';
    s.on('data', (d) => (data += d.toString('latin1')));
    s.on('error', () => {});
    s.on('close', () => resolve({ data, closedAfterMs: Date.now() - started }));
    s.on('connect', () => drive(s));
    setTimeout(() => {
      s.destroy();
      reject(new Error(`server did not close the connection; got ${JSON.stringify(data.slice(0, 200))}`));
    }, 15_000).unref();
  });
}

beforeAll(async () => {
  server = await startServer({
    services: await createFixtureServices(),
    port: 0,
    handleSignals: false,
    logger: false,
    webRoot: null,
    requestTimeoutMs: 1500,
    connectionTimeoutMs: 3000,
    rateLimit: false,
  });
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.close());

describe('abuse', () => {
  const post = (body: BodyInit, type = 'application/json') =>
    fetch(`${server.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': type }, body });

  it('malformed JSON → 400 INVALID_JSON naming the parse error', async () => {
    const r = await post('{"model": "quarkmed", "messages": [}');
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INVALID_JSON');
    expect(body.error.message).toMatch(/not valid JSON/);
    expect(await healthy()).toBe(true);
  });

  it('invalid UTF-8 → 400 INVALID_UTF8', async () => {
    const bytes = Buffer.concat([Buffer.from('{"messages":[{"role":"user","content":"'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('"}]}')]);
    const r = await post(bytes);
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('INVALID_UTF8');
  });

  it('a 10 MB body → 413 with the limit, and the server stays up', async () => {
    const r = await post(Buffer.alloc(10 * 1024 * 1024, 0x61));
    expect(r.status).toBe(413);
    expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/byte limit/);
    expect(await healthy()).toBe(true);
  });

  it('wrong content type → 415', async () => {
    const r = await post('<xml/>', 'application/xml');
    expect(r.status).toBe(415);
  });

  it('unknown routes and methods → 404 in the error shape', async () => {
    for (const [method, path] of [
      ['GET', '/wp-admin'],
      ['DELETE', '/v1/chat/completions'],
      ['GET', '/../../etc/passwd'],
    ] as const) {
      const r = await fetch(`${server.url}${path}`, { method });
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    }
  });

  it('a client trickling its body is cut off by the request timeout', async () => {
    const res = await raw((s) => {
      s.write('POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
      const timer = setInterval(() => (s.destroyed ? clearInterval(timer) : s.write(' ')), 200);
    });
    expect(res.closedAfterMs).toBeLessThan(8000);
    expect(res.data).toMatch(/^HTTP\/1\.1 408|^$/);
    expect(await healthy()).toBe(true);
  });

  it('a client trickling its headers (slowloris) is cut off', async () => {
    const res = await raw((s) => {
      s.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
      const timer = setInterval(() => (s.destroyed ? clearInterval(timer) : s.write('X-A: b\r\n')), 200);
    });
    expect(res.closedAfterMs).toBeLessThan(8000);
    expect(await healthy()).toBe(true);
  });

  it('a silent connection is closed after the connection timeout', async () => {
    const res = await raw(() => {});
    expect(res.closedAfterMs).toBeLessThan(8000);
  });

  it('many concurrent bad requests do not take it down', async () => {
    const rs = await Promise.all(Array.from({ length: 50 }, (_, i) => post(i % 2 ? '{bad' : Buffer.from([0xc0, 0xaf]))));
    expect(rs.every((r) => r.status === 400)).toBe(true);
    expect(await healthy()).toBe(true);
  });
});
