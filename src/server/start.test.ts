import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../test/helpers/fake-openai-server.js';
import { createFixtureServices, medicalUpstreamReply } from '../../test/helpers/server-fixtures.js';
import { startServer } from './start.js';

describe('startServer: graceful shutdown', () => {
  let upstream: FakeOpenAI;
  beforeAll(async () => {
    upstream = await startFakeOpenAI({ reply: (b) => ({ text: medicalUpstreamReply(b), chunkDelayMs: 40 }) });
  });
  afterAll(() => upstream.close());

  it('stops the model when a streaming client disconnects', async () => {
    // Slow enough that the rest of the answer would keep the upstream busy for seconds if nobody aborted it.
    const slow = await startFakeOpenAI({ reply: (b) => ({ text: medicalUpstreamReply(b), chunkDelayMs: 250 }) });
    const services = await createFixtureServices(`openai:${slow.baseURL}#fake-model?retries=0`);
    const server = await startServer({ services, port: 0, handleSignals: false, logger: false, webRoot: null });
    try {
      const ctl = new AbortController();
      const res = await fetch(`${server.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ stream: true, messages: [{ role: 'user', content: 'How is high blood pressure treated?' }] }),
        signal: ctl.signal,
      });
      const reader = res.body!.getReader();
      let seen = '';
      const firstWords = /"delta":\{"content":"[^"]/;
      for (let i = 0; i < 100 && !firstWords.test(seen); i++) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += new TextDecoder().decode(value);
      }
      expect(seen).toMatch(firstWords);
      expect(slow.inFlight).toBe(1);
      ctl.abort();
      await expect.poll(() => slow.inFlight, { timeout: 1500 }).toBe(0);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
      await slow.close();
    }
  });

  it('lets an in-flight stream finish, refuses new work, then closes the services', async () => {
    let servicesClosed = false;
    const services = await createFixtureServices(`openai:${upstream.baseURL}#fake-model?retries=0`, {
      close: async () => {
        servicesClosed = true;
      },
    });
    const server = await startServer({ services, port: 0, handleSignals: false, logger: false, webRoot: null });
    const res = await fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stream: true, messages: [{ role: 'user', content: 'How is high blood pressure treated?' }] }),
    });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = (await reader.read()).value ?? '';
    const closeStarted = Date.now();
    const closing = server.close();
    // New connections are refused while the stream is still running.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    await closing;
    // Not held open by the idle keep-alive socket (the stream itself now ends with the compliance judge's call).
    expect(Date.now() - closeStarted).toBeLessThan(4500);
    expect(text).toContain('data: [DONE]');
    expect(text).toContain('"finish_reason":"stop"');
    expect(servicesClosed).toBe(true);
  });
});
