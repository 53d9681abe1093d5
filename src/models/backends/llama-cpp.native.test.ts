// Real llama.cpp on a tiny random GGUF: outputs are gibberish, so these tests assert mechanics, not content.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticFileServer } from '../../../test/helpers/static-file-server.js';
import type { DownloadProgress } from '../download/progress.js';
import { tinyGgufPath } from '../../../test/helpers/tiny-gguf.js';
import type { ChatBackend, ChatDelta } from '../backend.js';
import { createBackend } from '../create-backend.js';
import { loadedModelCount } from './llama-runtime.js';

let backend: ChatBackend;
let path: string;

beforeAll(async () => {
  path = await tinyGgufPath();
  const b = await createBackend(`llama:${path}?threads=1`);
  if (!b) throw new Error('expected a backend');
  backend = b;
});
afterAll(async () => {
  await backend?.close();
});

const msgs = [
  { role: 'system' as const, content: 'You are a careful clinician.' },
  { role: 'user' as const, content: 'the patient has chest pain' },
];

describe('llama.cpp backend (tiny GGUF)', () => {
  it('streams tokens and honours maxTokens', async () => {
    const deltas: ChatDelta[] = [];
    for await (const d of backend.chat({ messages: msgs, maxTokens: 12, temperature: 0 })) deltas.push(d);
    const last = deltas.at(-1);
    expect(last?.done).toBe(true);
    expect(last?.usage?.completionTokens).toBeGreaterThan(0);
    expect(last?.usage?.completionTokens).toBeLessThanOrEqual(12);
    expect(last?.usage?.promptTokens).toBeGreaterThan(5);
    expect(deltas.filter((d) => !d.done && d.text).length).toBeGreaterThan(1);
    // A random model rarely emits EOS within 12 tokens; when it does not, the finish reason says so.
    if (last?.usage?.completionTokens === 12) expect(last.finishReason).toBe('length');
    expect(backend.name).toBe('llama:tiny-llama-v1.gguf');
  });

  it('is deterministic at temperature 0 and complete() matches the streamed text', async () => {
    const req = { messages: msgs, maxTokens: 10, temperature: 0 };
    const a = await backend.complete(req);
    let streamed = '';
    for await (const d of backend.chat(req)) streamed += d.text;
    expect(streamed).toBe(a.text);
  });

  it('constrains output to a JSON schema with a grammar', async () => {
    const schema = {
      type: 'object',
      properties: { answer: { enum: ['A', 'B', 'C', 'D'] }, urgent: { type: 'boolean' } },
      required: ['answer', 'urgent'],
    };
    const r = await backend.complete({ messages: msgs, jsonSchema: schema, maxTokens: 60, temperature: 0.8, seed: 3 });
    const parsed = JSON.parse(r.text) as { answer: string; urgent: boolean };
    expect(['A', 'B', 'C', 'D']).toContain(parsed.answer);
    expect(typeof parsed.urgent).toBe('boolean');
  });

  it('stops at a stop string and leaves it out of the text', async () => {
    const base = await backend.complete({ messages: msgs, maxTokens: 40, temperature: 0 });
    expect(base.finishReason).toBe('length');
    // Stop on a printable piece from the second half of the deterministic output.
    const tail = base.text.slice(Math.floor(base.text.length / 2));
    const cut = /[ -~]{1,2}/.exec(tail)?.[0];
    expect(cut).toBeDefined();
    const r = await backend.complete({ messages: msgs, maxTokens: 40, temperature: 0, stop: [cut as string] });
    expect(r.finishReason).toBe('stop');
    expect(r.usage.completionTokens).toBeLessThan(base.usage.completionTokens);
    expect(base.text.startsWith(r.text)).toBe(true);
  });

  it('aborts mid-stream with finishReason "abort"', async () => {
    const ac = new AbortController();
    const deltas: ChatDelta[] = [];
    for await (const d of backend.chat({ messages: msgs, maxTokens: 200, temperature: 0.9, seed: 1 }, ac.signal)) {
      deltas.push(d);
      if (deltas.length === 3) ac.abort();
    }
    expect(deltas.at(-1)).toMatchObject({ done: true, finishReason: 'abort' });
    expect(deltas.length).toBeLessThan(20);
  });

  it('keeps serving after a consumer stops reading early', async () => {
    for await (const d of backend.chat({ messages: msgs, maxTokens: 50 })) {
      if (d.text) break;
    }
    const r = await backend.complete({ messages: msgs, maxTokens: 5, temperature: 0 });
    expect(r.usage.completionTokens).toBeGreaterThan(0);
  });

  it('shares one loaded model between backends of the same file', async () => {
    const before = loadedModelCount();
    const second = await createBackend(`llama:${path}?threads=1&ctx=256`);
    expect(loadedModelCount()).toBe(before);
    const r = await second?.complete({ messages: msgs, maxTokens: 3 });
    expect(r?.usage.completionTokens).toBeGreaterThan(0);
    await second?.close();
    expect(loadedModelCount()).toBe(before);
  });

  it('generates several requests at once with ?parallel=', async () => {
    const par = await createBackend(`llama:${path}?threads=1&ctx=512&parallel=2`);
    const rs = await Promise.all([1, 2, 3].map((seed) => par?.complete({ messages: msgs, maxTokens: 6, temperature: 0.8, seed })));
    for (const r of rs) expect(r?.usage.completionTokens).toBeGreaterThan(0);
    await par?.close();
  });

  it('without maxTokens, stops when the context is full instead of shifting the prompt out', async () => {
    // llama.cpp's smallest context is 256 tokens.
    const small = await createBackend(`llama:${path}?threads=1&ctx=256`);
    expect(small?.contextTokens).toBe(256);
    const r = await small?.complete({ messages: msgs, temperature: 0.9, seed: 5 });
    expect(r?.usage.promptTokens).toBeGreaterThan(0);
    // Seed 5 samples no end-of-text within the window, so generation runs to the context's end and stops there.
    expect(r?.finishReason).toBe('length');
    expect((r?.usage.promptTokens ?? 0) + (r?.usage.completionTokens ?? 0)).toBe(256);
    await small?.close();
  });

  it('reports a prompt longer than the context as MODEL_CONTEXT_OVERFLOW', async () => {
    const small = await createBackend(`llama:${path}?threads=1&ctx=256`);
    const long = 'the patient has chest pain and dyspnea '.repeat(40);
    await expect(small?.complete({ messages: [{ role: 'user', content: long }], maxTokens: 5 })).rejects.toMatchObject({
      code: 'MODEL_CONTEXT_OVERFLOW',
    });
    await small?.close();
  });

  it('downloads an hf: model once into $QUARKMED_HOME/models with progress, then runs it', async () => {
    const server = await startStaticFileServer({ '/acme/tiny-GGUF/resolve/main/tiny-q.gguf': path });
    try {
      const env = { QUARKMED_HOME: mkdtempSync(join(tmpdir(), 'qm-llama-home-')), HF_ENDPOINT: server.url };
      const progress: DownloadProgress[] = [];
      const b = await createBackend('llama:hf:acme/tiny-GGUF/tiny-q.gguf?threads=1', { env, onProgress: (p) => progress.push(p) });
      expect(progress.at(-1)).toMatchObject({ done: true });
      expect(existsSync(join(env.QUARKMED_HOME, 'models', 'hf', 'acme', 'tiny-GGUF', 'tiny-q.gguf'))).toBe(true);
      expect((await b?.complete({ messages: msgs, maxTokens: 4 }))?.usage.completionTokens).toBeGreaterThan(0);
      await b?.close();
      const again = await createBackend('llama:hf:acme/tiny-GGUF/tiny-q.gguf?threads=1', { env });
      expect(server.requests.length).toBe(1);
      await again?.close();
    } finally {
      await server.close();
    }
  });

  it('fails clearly on a missing file', async () => {
    await expect(createBackend('llama:/nonexistent/m.gguf')).rejects.toMatchObject({ code: 'MODEL_FILE_NOT_FOUND', status: 404 });
  });
});
