// Embedder over an OpenAI-compatible /v1/embeddings endpoint (OpenAI, vLLM, TEI, Ollama, DashScope):
// batches of `batch` texts, retries with backoff on 429/5xx, at most `concurrency` batches in flight.
import type { Embedder } from '../embedder.js';
import { modelErrors } from '../errors.js';
import { createDeadline, postJson } from '../http-client.js';
import { createLimiter } from '../limiter.js';
import { withRetry } from '../retry.js';
import { l2normalize } from './normalize.js';

export interface OpenAIEmbedderOptions {
  baseURL: string;
  model: string;
  apiKey?: string;
  batch?: number;
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  retryBaseDelayMs?: number;
}

interface WireEmbeddings {
  data?: Array<{ index?: number; embedding?: number[] }>;
}

export async function createOpenAIEmbedder(o: OpenAIEmbedderOptions): Promise<Embedder> {
  const name = `openai-embeddings:${o.model}`;
  const url = `${o.baseURL}/embeddings`;
  const batch = o.batch ?? 64;
  const timeoutMs = o.timeoutMs ?? 60_000;
  const limiter = createLimiter(o.concurrency ?? 2);

  // OpenAI rejects a batch holding an empty string; a space embeds to the same "nothing" on every server.
  async function embedBatch(texts: string[], signal?: AbortSignal): Promise<Float32Array[]> {
    return withRetry(
      async () => {
        const release = await limiter.acquire(signal);
        const deadline = createDeadline(timeoutMs, signal);
        try {
          const res = await postJson({
            backend: name,
            url,
            body: { model: o.model, input: texts.map((t) => t || ' '), encoding_format: 'float' },
            apiKey: o.apiKey,
            timeoutMs,
            deadline,
            phase: 'embedding',
          });
          const json = (await res.json()) as WireEmbeddings;
          const data = json.data ?? [];
          if (data.length !== texts.length) {
            throw modelErrors.MODEL_BAD_RESPONSE({ backend: name, reason: `asked for ${texts.length} embeddings, got ${data.length}` });
          }
          const out = new Array<Float32Array>(texts.length);
          data.forEach((d, i) => {
            if (!Array.isArray(d.embedding)) throw modelErrors.MODEL_BAD_RESPONSE({ backend: name, reason: `data[${i}].embedding is not an array` });
            out[d.index ?? i] = l2normalize(Float32Array.from(d.embedding));
          });
          return out;
        } finally {
          deadline.dispose();
          release();
        }
      },
      { retries: o.retries ?? 3, baseDelayMs: o.retryBaseDelayMs ?? 500, signal },
    );
  }

  async function embed(texts: string[], signal?: AbortSignal): Promise<Float32Array[]> {
    const batches: string[][] = [];
    for (let i = 0; i < texts.length; i += batch) batches.push(texts.slice(i, i + batch));
    const results = await Promise.all(batches.map((b) => embedBatch(b, signal)));
    return results.flat();
  }

  const [probe] = await embed(['dimension probe']);
  const dim = probe.length;
  if (dim === 0) throw modelErrors.MODEL_BAD_RESPONSE({ backend: name, reason: 'empty embedding vector' });

  return {
    id: `openai:${o.model}`,
    dim,
    async embed(texts, signal) {
      if (texts.length === 0) return [];
      const out = await embed(texts, signal);
      for (const [i, v] of out.entries()) {
        if (v.length !== dim) throw modelErrors.MODEL_BAD_RESPONSE({ backend: name, reason: `vector ${i} has ${v.length} dimensions, expected ${dim}` });
      }
      return out;
    },
    async close() {
      // Stateless HTTP.
    },
  };
}
