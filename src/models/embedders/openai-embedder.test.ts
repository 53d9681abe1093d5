import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../../test/helpers/fake-openai-server.js';
import { createEmbedder } from './create-embedder.js';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const norm = (v: Float32Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('OpenAI-compatible embedder', () => {
  it('probes the dimension, batches, keeps order and normalises', async () => {
    server = await startFakeOpenAI({
      embeddingDim: 12,
      embed: (input) => input.map((t) => Array.from({ length: 12 }, (_, i) => (i === t.length % 12 ? 3 : 0))),
    });
    const e = await createEmbedder(`openai:${server.baseURL}#bge-m3?batch=4`, { env: {} });
    expect(e.dim).toBe(12);
    expect(e.id).toBe('openai:bge-m3');
    const texts = Array.from({ length: 10 }, (_, i) => 'x'.repeat(i + 1));
    const vecs = await e.embed(texts);
    expect(vecs.length).toBe(10);
    vecs.forEach((v, i) => {
      expect(norm(v)).toBeCloseTo(1, 5);
      expect(v[(i + 1) % 12]).toBeCloseTo(1, 5);
    });
    const embedCalls = server.requests.filter((r) => r.path === '/v1/embeddings');
    expect(embedCalls.map((r) => (r.body.input as string[]).length)).toEqual([1, 4, 4, 2]);
    expect(embedCalls[1].body.model).toBe('bge-m3');
    expect(await e.embed([])).toEqual([]);
    // OpenAI rejects empty strings in a batch; they are sent as a single space.
    await e.embed(['', 'a']);
    expect(server.requests.at(-1)?.body.input).toEqual([' ', 'a']);
  });

  it('retries a 503 then succeeds; a 400 fails at once with the upstream message', async () => {
    let calls = 0;
    server = await startFakeOpenAI({
      embed: (input) =>
        ++calls === 2 ? { text: '', status: 503 } : calls === 4 ? { text: '', status: 400, error: 'input too long' } : input.map(() => [1, 0, 0]),
    });
    const e = await createEmbedder(`openai:${server.baseURL}#m`, { env: {}, retryBaseDelayMs: 5 });
    expect((await e.embed(['a']))[0].length).toBe(3);
    expect(calls).toBe(3);
    await expect(e.embed(['b'])).rejects.toMatchObject({ code: 'MODEL_UPSTREAM_ERROR', message: expect.stringContaining('input too long') });
    expect(calls).toBe(4);
  });

  it('rejects a server that returns the wrong number of vectors or a different dimension', async () => {
    let calls = 0;
    server = await startFakeOpenAI({ embed: (input) => (++calls === 1 ? input.map(() => [1, 0]) : calls === 2 ? [] : input.map(() => [1, 0, 0])) });
    const e = await createEmbedder(`openai:${server.baseURL}#m?retries=0`, { env: {} });
    await expect(e.embed(['a'])).rejects.toMatchObject({ code: 'MODEL_BAD_RESPONSE', message: expect.stringContaining('asked for 1 embeddings, got 0') });
    await expect(e.embed(['a'])).rejects.toMatchObject({ code: 'MODEL_BAD_RESPONSE', message: expect.stringContaining('expected 2') });
  });

  it('rejects malformed specs with EMBEDDER_SPEC_INVALID', async () => {
    await expect(createEmbedder('openai:http://127.0.0.1:1/v1')).rejects.toMatchObject({ code: 'EMBEDDER_SPEC_INVALID' });
    await expect(createEmbedder('onnx:/m?pooling=max')).rejects.toMatchObject({
      code: 'EMBEDDER_SPEC_INVALID',
      message: expect.stringContaining('mean or cls'),
    });
    await expect(createEmbedder('sbert:/m')).rejects.toMatchObject({ code: 'EMBEDDER_SPEC_INVALID', message: expect.stringContaining('known: openai, onnx') });
  });
});
