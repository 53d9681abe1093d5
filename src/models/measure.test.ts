import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../../test/helpers/fake-openai-server.js';
import { createBackend } from './create-backend.js';
import { measureChat } from './measure.js';

describe('measureChat', () => {
  it('reports first-token latency, decode speed and usage from a real stream', async () => {
    const server = await startFakeOpenAI({ reply: () => ({ text: 'a b c d e', delayMs: 80, chunkDelayMs: 20 }) });
    try {
      const b = await createBackend(`openai:${server.baseURL}#m`, { env: {} });
      const m = await measureChat(b!, { messages: [{ role: 'user', content: 'hi' }] });
      expect(m.text).toBe('a b c d e');
      // Node timers may fire a millisecond early against the monotonic clock: allow that jitter, nothing more.
      expect(m.firstTokenMs).toBeGreaterThanOrEqual(75);
      expect(m.totalMs).toBeGreaterThan(m.firstTokenMs);
      expect(m.usage.completionTokens).toBe(5);
      // 4 tokens after the first, ~20 ms apart: ~50 tokens/s. The bound stays below 62.5 (5 tokens over the same
      // 80 ms, the off-by-one to catch) while tolerating timers that fire slightly early.
      expect(m.tokensPerSecond).toBeGreaterThan(0);
      expect(m.tokensPerSecond).toBeLessThanOrEqual(60);
    } finally {
      await server.close();
    }
  });
});
