import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { createFixtureServices } from '../../../test/helpers/server-fixtures.js';
import { startServer } from '../start.js';

/** Send bytes as they are (fetch and curl's -G would encode them) and read the whole response. */
function raw(url: string, request: Buffer): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((res, rej) => {
    let out = '';
    const s = net.connect(Number(port), hostname, () => s.write(request));
    s.on('data', (d) => {
      out += d.toString('utf8');
    });
    s.on('close', () => res(out));
    s.on('error', rej);
  });
}

describe('requests the HTTP parser refuses', () => {
  // A first-hour user's `curl '…/api/search?q=高血压'` got a bare "Client Error".
  it('names percent-encoding when the URL holds raw UTF-8, in the API error shape', async () => {
    const server = await startServer({ services: await createFixtureServices(), port: 0, handleSignals: false, logger: false, webRoot: null });
    try {
      const res = await raw(server.url, Buffer.from('GET /api/search?q=高血压 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8'));
      expect(res).toMatch(/^HTTP\/1\.1 400 /);
      const body = JSON.parse(res.slice(res.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toContain('percent-encoded');
      expect(body.error.message).toContain('--data-urlencode');
      // The same query encoded is answered.
      expect((await fetch(`${server.url}/api/search?q=${encodeURIComponent('高血压')}`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('keeps 431 for oversized headers', async () => {
    const server = await startServer({ services: await createFixtureServices(), port: 0, handleSignals: false, logger: false, webRoot: null });
    try {
      const res = await raw(server.url, Buffer.from(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
      expect(res).toMatch(/^HTTP\/1\.1 431 /);
    } finally {
      await server.close();
    }
  });
});
