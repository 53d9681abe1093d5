import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../../test/helpers/fake-openai-server.js';
import type { ChatBackend, ChatDelta } from '../backend.js';
import { createBackend } from '../create-backend.js';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function backend(spec: string, opts: Parameters<typeof createBackend>[1] = {}): Promise<ChatBackend> {
  const b = await createBackend(spec, { env: {}, retryBaseDelayMs: 5, ...opts });
  if (!b) throw new Error('expected a backend');
  return b;
}

async function collect(it: AsyncIterable<ChatDelta>): Promise<ChatDelta[]> {
  const out: ChatDelta[] = [];
  for await (const d of it) out.push(d);
  return out;
}

const user = (content: string) => ({ messages: [{ role: 'user' as const, content }] });

describe('OpenAI-compatible backend', () => {
  it('states its kind, whether prompts leave the machine, and its window when the spec gives one', async () => {
    const local = await backend('openai:http://127.0.0.1:8000/v1#m');
    expect([local.kind, local.remote, local.contextTokens]).toEqual(['openai', false, undefined]);
    const remote = await backend('openai:https://api.example.com/v1#m?ctx=32768');
    expect([remote.kind, remote.remote, remote.contextTokens]).toEqual(['openai', true, 32768]);
  });

  it('completes non-streaming with the server usage and sends the request fields', async () => {
    server = await startFakeOpenAI({ reply: () => 'Chest pain needs an ECG.' });
    const b = await backend(`openai:${server.baseURL}#qwen-test`, { apiKey: 'sk-test' });
    const r = await b.complete({ ...user('hi'), temperature: 0.6, maxTokens: 50, stop: ['###'], seed: 7, topP: 0.9 });
    expect(r).toEqual({ text: 'Chest pain needs an ECG.', usage: { promptTokens: 1, completionTokens: 5 }, finishReason: 'stop' });
    const req = server.requests[0];
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe('Bearer sk-test');
    expect(req.body).toMatchObject({ model: 'qwen-test', temperature: 0.6, max_tokens: 50, stop: ['###'], seed: 7, top_p: 0.9, stream: false });
    expect(b.name).toBe('openai:qwen-test');
  });

  it('streams deltas that re-join into the text, ending with usage and finish reason', async () => {
    server = await startFakeOpenAI({ reply: () => 'one two three four five' });
    const b = await backend(`openai:${server.baseURL}#m`);
    const deltas = await collect(b.chat({ ...user('count'), maxTokens: 3 }));
    const last = deltas.at(-1);
    expect(deltas.filter((d) => !d.done).length).toBe(3);
    expect(deltas.map((d) => d.text).join('')).toBe('one two three');
    expect(last).toMatchObject({ done: true, finishReason: 'length', usage: { promptTokens: 1, completionTokens: 3 } });
    expect(server.requests[0].body.stream_options).toEqual({ include_usage: true });
  });

  it('sends a JSON schema as response_format json_schema', async () => {
    server = await startFakeOpenAI({ reply: () => '{"answer":"B"}' });
    const b = await backend(`openai:${server.baseURL}#m`);
    const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] };
    const r = await b.complete({ ...user('pick'), jsonSchema: schema });
    expect(JSON.parse(r.text)).toEqual({ answer: 'B' });
    expect(server.requests[0].body.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'response', schema, strict: true } });
  });

  it('retries 500 and 429 with backoff, then succeeds', async () => {
    server = await startFakeOpenAI({
      reply: (_req, i) => (i === 0 ? { text: '', status: 500, error: 'overloaded' } : i === 1 ? { text: '', status: 429 } : 'ok now'),
    });
    const b = await backend(`openai:${server.baseURL}#m`);
    expect((await b.complete(user('x'))).text).toBe('ok now');
    expect(server.requests.length).toBe(3);
  });

  it('retries a stream that fails before its first byte', async () => {
    server = await startFakeOpenAI({ reply: (_req, i) => (i === 0 ? { text: '', status: 503 } : 'streamed fine') });
    const b = await backend(`openai:${server.baseURL}#m`);
    const deltas = await collect(b.chat(user('x')));
    expect(deltas.map((d) => d.text).join('')).toBe('streamed fine');
  });

  it('does not retry 4xx and reports the upstream status and message', async () => {
    server = await startFakeOpenAI({ reply: () => ({ text: '', status: 400, error: 'max_tokens is too large' }) });
    const b = await backend(`openai:${server.baseURL}#m`);
    const err = await b.complete(user('x')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'MODEL_UPSTREAM_ERROR', status: 502, details: { upstreamStatus: 400 } });
    expect(String((err as Error).message)).toContain('max_tokens is too large');
    expect(server.requests.length).toBe(1);
  });

  it('gives up after the configured retries', async () => {
    server = await startFakeOpenAI({ reply: () => ({ text: '', status: 502 }) });
    const b = await backend(`openai:${server.baseURL}#m?retries=2`);
    await expect(b.complete(user('x'))).rejects.toMatchObject({ code: 'MODEL_UPSTREAM_ERROR' });
    expect(server.requests.length).toBe(3);
  });

  it('times out with MODEL_TIMEOUT (504), for complete and for a stalled stream', async () => {
    server = await startFakeOpenAI({ reply: (req) => (req.stream ? { text: 'a b c', chunkDelayMs: 400 } : { text: 'late', delayMs: 400 }) });
    const b = await backend(`openai:${server.baseURL}#m?timeout=100`);
    await expect(b.complete(user('x'))).rejects.toMatchObject({ code: 'MODEL_TIMEOUT', status: 504 });
    await expect(collect(b.chat(user('x')))).rejects.toMatchObject({ code: 'MODEL_TIMEOUT', status: 504 });
  });

  it('maps a refused connection to MODEL_UNREACHABLE after retrying', async () => {
    server = await startFakeOpenAI();
    const url = server.baseURL;
    await server.close();
    server = undefined;
    const b = await backend(`openai:${url}#m?retries=1`);
    await expect(b.complete(user('x'))).rejects.toMatchObject({ code: 'MODEL_UNREACHABLE', status: 503 });
  });

  it('never has more requests in flight than the concurrency limit', async () => {
    server = await startFakeOpenAI({ reply: () => ({ text: 'done', delayMs: 60 }) });
    const b = await backend(`openai:${server.baseURL}#m?concurrency=2`);
    const results = await Promise.all(Array.from({ length: 7 }, (_, i) => (i % 2 ? b.complete(user('x')) : collect(b.chat(user('y'))))));
    expect(results.length).toBe(7);
    expect(server.maxInFlight).toBe(2);
  });

  it('turns a caller abort into finishReason "abort", mid-stream and before the reply', async () => {
    server = await startFakeOpenAI({ reply: () => ({ text: 'a b c d e f g h', chunkDelayMs: 50, delayMs: 0 }) });
    const b = await backend(`openai:${server.baseURL}#m`);
    const ac = new AbortController();
    const deltas: ChatDelta[] = [];
    for await (const d of b.chat(user('x'), ac.signal)) {
      deltas.push(d);
      if (deltas.length === 2) ac.abort();
    }
    expect(deltas.at(-1)).toMatchObject({ done: true, finishReason: 'abort' });
    expect(deltas.length).toBeLessThan(8);

    const ac2 = new AbortController();
    setTimeout(() => ac2.abort(), 20);
    server.requests.length = 0;
    const slow = await startFakeOpenAI({ reply: () => ({ text: 'late', delayMs: 300 }) });
    const b2 = await backend(`openai:${slow.baseURL}#m`);
    expect(await b2.complete(user('x'), ac2.signal)).toMatchObject({ finishReason: 'abort', text: '' });
    await slow.close();
  });

  it('uses the first served model when the spec has no #model', async () => {
    server = await startFakeOpenAI({ models: ['served-model'] });
    const b = await backend(`openai:${server.baseURL}`);
    expect(b.name).toBe('openai:served-model');
    await b.complete(user('x'));
    expect(server.requests.at(-1)?.body.model).toBe('served-model');
  });

  it('takes the API key from the environment in order', async () => {
    server = await startFakeOpenAI();
    const b = await createBackend(`openai:${server.baseURL}#m`, { env: { OPENAI_API_KEY: 'sk-openai', DASHSCOPE_API_KEY: 'sk-ds' } });
    await b?.complete(user('x'));
    expect(server.requests[0].headers.authorization).toBe('Bearer sk-openai');
  });

  it('falls back to JSON mode (schema stated in a system message) when a server rejects json_schema, once', async () => {
    server = await startFakeOpenAI({
      reply: (req) =>
        req.response_format?.type === 'json_schema'
          ? { text: '', status: 400, error: "response_format type 'json_schema' is not supported" }
          : '{"answer":"C"}',
    });
    const b = await backend(`openai:${server.baseURL}#m`);
    const schema = { type: 'object', properties: { answer: { type: 'string' } } };
    expect(JSON.parse((await b.complete({ ...user('q'), jsonSchema: schema })).text)).toEqual({ answer: 'C' });
    expect(JSON.parse((await b.complete({ ...user('q'), jsonSchema: schema })).text)).toEqual({ answer: 'C' });
    expect(server.requests.map((r) => r.body.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
    const last = server.requests.at(-1)?.body.messages?.at(-1);
    expect(last?.role).toBe('system');
    expect(last?.content).toContain('"answer"');
  });

  it('drops stream_options for servers that reject it, estimating usage instead', async () => {
    server = await startFakeOpenAI({
      reply: (req) => (req.stream_options ? { text: '', status: 400, error: 'Unrecognized request argument: stream_options' } : 'fine thanks'),
    });
    const b = await backend(`openai:${server.baseURL}#m`);
    const deltas = await collect(b.chat(user('hello there')));
    expect(deltas.map((d) => d.text).join('')).toBe('fine thanks');
    expect(deltas.at(-1)?.usage?.completionTokens).toBeGreaterThan(0);
    expect(server.requests.length).toBe(2);
  });

  it('reads the key from the env var named by ?key_env=, and refuses when it is unset', async () => {
    server = await startFakeOpenAI();
    const b = await createBackend(`openai:${server.baseURL}#m?key_env=DASHSCOPE_API_KEY`, {
      env: { QUARKMED_API_KEY: 'sk-wrong', DASHSCOPE_API_KEY: 'sk-ds' },
    });
    await b?.complete(user('x'));
    expect(server.requests[0].headers.authorization).toBe('Bearer sk-ds');
    await expect(createBackend(`openai:${server.baseURL}#m?key_env=MY_KEY`, { env: {} })).rejects.toMatchObject({ code: 'MODEL_SPEC_INVALID' });
  });

  it('hides a leading <think> block from reasoning models, streamed and not', async () => {
    server = await startFakeOpenAI({ reply: () => '<think> weigh ACS versus GERD </think>\n\nCall 120 now.' });
    const b = await backend(`openai:${server.baseURL}#qwen3`);
    expect((await b.complete(user('x'))).text).toBe('Call 120 now.');
    const deltas = await collect(b.chat(user('x')));
    expect(deltas.map((d) => d.text).join('')).toBe('Call 120 now.');
  });

  it('switches to max_completion_tokens when a server asks for it', async () => {
    server = await startFakeOpenAI({
      reply: (req) =>
        req.max_tokens !== undefined
          ? { text: '', status: 400, error: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead." }
          : 'one two three',
    });
    const b = await backend(`openai:${server.baseURL}#o4-mini`);
    expect(await b.complete({ ...user('x'), maxTokens: 2 })).toMatchObject({ text: 'one two', finishReason: 'length' });
    await b.complete({ ...user('x'), maxTokens: 2 });
    expect(server.requests.map((r) => r.body.max_completion_tokens)).toEqual([undefined, 2, 2]);
  });
});
