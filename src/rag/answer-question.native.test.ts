// The cited-answer pipeline through real llama.cpp on a tiny random GGUF: the text is gibberish, so this
// checks mechanics only — triage first, streamed deltas that re-join into the answer, a checked result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatBackend } from '../models/backend.js';
import { createBackend } from '../models/create-backend.js';
import { tinyGgufPath } from '../../test/helpers/tiny-gguf.js';
import { medquadHits, memoryRetriever } from '../../test/helpers/rag-memory-retriever.js';
import { streamAnswer } from './answer-question.js';
import type { AnswerEvent } from './types.js';

let backend: ChatBackend;

beforeAll(async () => {
  const path = await tinyGgufPath();
  const b = await createBackend(`llama:${path}?threads=1&ctx=2048`);
  if (!b) throw new Error('expected a backend');
  backend = b;
});
afterAll(async () => {
  await backend?.close();
});

describe('answerQuestion through llama.cpp (tiny GGUF)', () => {
  it('streams a generated, citation-checked answer after the triage event', async () => {
    const retriever = memoryRetriever(medquadHits(['4_MPlus_Health_Topics_QA/0000001.xml']));
    const events: AnswerEvent[] = [];
    for await (const e of streamAnswer('What is a normal A1C level?', {
      retriever,
      backend,
      terminology: null,
      principles: '',
      budget: 200,
      maxTokens: 24,
      temperature: 0,
    })) {
      events.push(e);
    }
    expect(events[0].type).toBe('triage');
    expect(events[1].type).toBe('citations');
    const done = events.at(-1) as Extract<AnswerEvent, { type: 'done' }>;
    expect(done.type).toBe('done');
    const deltas = events.filter((e): e is Extract<AnswerEvent, { type: 'delta' }> => e.type === 'delta');
    expect(deltas.map((d) => d.text).join('')).toBe(done.result.answer);
    expect(done.result.mode).toBe('generated');
    // Random weights cite nothing valid: the check must say so rather than pass the text off as sourced.
    expect(done.result.warnings.map((w) => w.message)).toContain('unsupported statements: the answer cites no source');
    for (const m of done.result.answer.matchAll(/\[(\d+)\]/g)) expect(Number(m[1])).toBe(1);
  });
});
