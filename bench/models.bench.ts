// Model backends: client-side overhead of the OpenAI-compatible backend (against a local fake server, so the figure
// is ours, not a model's), llama.cpp decode speed on the tiny generated GGUF (mechanics; real models are slower),
// and ONNX embedding throughput on the tiny BERT. Run: npx tsx bench/models.bench.ts
import { startFakeOpenAI } from '../test/helpers/fake-openai-server.js';
import { tinyGgufPath } from '../test/helpers/tiny-gguf.js';
import { tinyOnnxModelDir } from '../test/helpers/tiny-onnx.js';
import { createBackend } from '../src/models/create-backend.js';
import { createEmbedder } from '../src/models/embedders/create-embedder.js';
import { measureChat } from '../src/models/measure.js';
import { percentile, writeBenchResults, type BenchSection } from './report.js';

const msgs = [{ role: 'user' as const, content: 'A 58-year-old man has crushing chest pain for 30 minutes. What first?' }];
const reply = 'Call emergency services, chew aspirin 300 mg unless allergic, and get an ECG within 10 minutes. '.repeat(3);

async function openaiOverhead(): Promise<{ figures: Record<string, number>; section: BenchSection }> {
  const server = await startFakeOpenAI({ reply: () => reply });
  const b = (await createBackend(`openai:${server.baseURL}#bench?concurrency=8`, { env: {} }))!;
  for (let i = 0; i < 20; i++) await b.complete({ messages: msgs });
  // Latency one request at a time (no queueing), throughput with 8 in flight.
  const lat: number[] = [];
  const slat: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    await b.complete({ messages: msgs, maxTokens: 64 });
    lat.push(performance.now() - s);
    const s2 = performance.now();
    for await (const d of b.chat({ messages: msgs })) void d;
    slat.push(performance.now() - s2);
  }
  const n = 400;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: n }, () => b.complete({ messages: msgs, maxTokens: 64 })));
  const completeRps = (n * 1000) / (performance.now() - t0);
  let deltas = 0;
  const t1 = performance.now();
  await Promise.all(
    Array.from({ length: 200 }, async () => {
      for await (const d of b.chat({ messages: msgs })) if (d.text) deltas++;
    }),
  );
  const streamSecs = (performance.now() - t1) / 1000;
  await server.close();
  const figures = {
    openai_complete_rps_c8: Math.round(completeRps),
    openai_complete_p50_ms: +percentile(lat, 50).toFixed(2),
    openai_complete_p95_ms: +percentile(lat, 95).toFixed(2),
    openai_stream_deltas_per_s: Math.round(deltas / streamSecs),
    openai_stream_p50_ms: +percentile(slat, 50).toFixed(2),
    openai_stream_p95_ms: +percentile(slat, 95).toFixed(2),
  };
  return {
    figures,
    section: {
      title: 'OpenAI-compatible backend overhead (local fake server, concurrency 8)',
      columns: ['metric', 'value'],
      rows: Object.entries(figures),
      note: 'Server work is near zero, so these are client + loopback HTTP costs: what QuarkMed adds on top of vLLM/Ollama.',
    },
  };
}

async function llamaDecode(): Promise<{ figures: Record<string, number>; section: BenchSection }> {
  const path = await tinyGgufPath();
  const t0 = performance.now();
  const b = (await createBackend(`llama:${path}?threads=1`))!;
  const loadMs = performance.now() - t0;
  await b.complete({ messages: msgs, maxTokens: 8 });
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await measureChat(b, { messages: msgs, maxTokens: 128, temperature: 0.8, seed: i }));
  const schema = { type: 'object', properties: { answer: { enum: ['A', 'B', 'C', 'D'] }, reason: { type: 'string' } }, required: ['answer', 'reason'] };
  const g0 = performance.now();
  const g = await b.complete({ messages: msgs, maxTokens: 64, jsonSchema: schema, temperature: 0.8 });
  const grammarMs = performance.now() - g0;
  await b.close();
  const figures = {
    llama_tiny_load_ms: Math.round(loadMs),
    llama_tiny_first_token_p50_ms: +percentile(
      runs.map((r) => r.firstTokenMs),
      50,
    ).toFixed(1),
    llama_tiny_decode_tokens_per_s_p50: +percentile(
      runs.map((r) => r.tokensPerSecond),
      50,
    ).toFixed(1),
    llama_tiny_json_schema_ms: Math.round(grammarMs),
    llama_tiny_json_schema_tokens: g.usage.completionTokens,
  };
  return {
    figures,
    section: {
      title: 'llama.cpp in-process, tiny random GGUF (threads=1)',
      columns: ['metric', 'value'],
      rows: Object.entries(figures),
      note: 'A 0.5 MB model: this measures binding and sampling overhead, not the speed of a real 3B/7B model (use `quarkmed model test` for that).',
    },
  };
}

async function onnxEmbed(): Promise<{ figures: Record<string, number>; section: BenchSection }> {
  const e = await createEmbedder(`onnx:${await tinyOnnxModelDir()}`);
  const texts = Array.from({ length: 512 }, (_, i) => `the patient has chest pain and fever ${i} 患者出现胸痛伴呼吸困难`);
  await e.embed(texts.slice(0, 32));
  const t0 = performance.now();
  await e.embed(texts);
  const secs = (performance.now() - t0) / 1000;
  await e.close();
  const figures = { onnx_tiny_texts_per_s: Math.round(texts.length / secs) };
  return { figures, section: { title: 'ONNX embedder (tiny BERT, batch 32)', columns: ['metric', 'value'], rows: Object.entries(figures) } };
}

const parts = [await openaiOverhead(), await llamaDecode(), await onnxEmbed()];
writeBenchResults(
  'models',
  Object.assign({}, ...parts.map((p) => p.figures)),
  parts.map((p) => p.section),
);
