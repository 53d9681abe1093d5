import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../../test/helpers/fake-openai-server.js';
import { scriptedBackend } from '../../test/helpers/scripted-backend.js';
import { createBackend } from '../models/create-backend.js';
import { parseSecondOpinion, triageWithSecondOpinion } from './model-second-opinion.js';

/** A model that only answers JSON-schema calls (the second opinion); any other call fails the test. */
const fakeBackend = (reply: string | (() => Promise<string>)) =>
  scriptedBackend({
    answer: () => {
      throw new Error('expected a JSON-schema call');
    },
    judge: () => (typeof reply === 'string' ? reply : reply()),
  });

describe('triageWithSecondOpinion', () => {
  const missedByRules = 'my wife is acting really strange and I cannot get her to answer me properly';

  it('lets the model raise the level, with the locale number in the message', async () => {
    const model = fakeBackend('{"level":"emergency","category":"stroke-signs","reason":"sudden confusion"}');
    const seen = model.requests;
    const r = await triageWithSecondOpinion(missedByRules, model, {
      locale: 'en-US',
    });
    expect(r.level).toBe('emergency');
    expect(r.reasons).toEqual(['model:stroke-signs']);
    expect(r.message).toContain('911');
    expect(r.model).toMatchObject({ escalated: true });
    expect(seen[0].jsonSchema).toBeDefined();
    expect(seen[0].temperature).toBe(0);
  });

  it('never lowers the rules and never asks when the rules already say emergency', async () => {
    const model = fakeBackend('{"level":"routine","category":"other","reason":"x"}');
    const seen = model.requests;
    const r = await triageWithSecondOpinion('crushing chest pain and sweating', model);
    expect(r.level).toBe('emergency');
    expect(seen).toHaveLength(0);
    const u = await triageWithSecondOpinion(
      'chest pain when I press on a bruised rib',
      fakeBackend('{"level":"routine","category":"other","reason":"musculoskeletal"}'),
    );
    expect(u.level).toBe('urgent');
    expect(u.model).toMatchObject({ level: 'routine', escalated: false });
  });

  it('falls back to the rules on bad JSON, errors, timeouts or no backend', async () => {
    expect((await triageWithSecondOpinion(missedByRules, fakeBackend('I think it is fine'))).level).toBe('routine');
    const slow = fakeBackend(() => new Promise((res) => setTimeout(() => res('{"level":"emergency","category":"other","reason":""}'), 500)));
    const t = await triageWithSecondOpinion(missedByRules, slow, { timeoutMs: 20 });
    expect(t.level).toBe('routine');
    expect(t.model).toBeUndefined();
    expect((await triageWithSecondOpinion(missedByRules, null)).level).toBe('routine');
  });

  it('reads JSON wrapped in prose or code fences', () => {
    expect(parseSecondOpinion('```json\n{"level":"urgent","category":"other","reason":"r"}\n```')).toEqual({ level: 'urgent', category: 'other', reason: 'r' });
    expect(parseSecondOpinion('{"level":"maybe"}')).toBeUndefined();
  });
});

describe('triageWithSecondOpinion over a real OpenAI-compatible HTTP backend', () => {
  it('sends the schema as response_format and escalates from the reply', async () => {
    const server = await startFakeOpenAI({ reply: () => '{"level":"emergency","category":"other","reason":"sounds acute"}' });
    const backend = await createBackend(`openai:${server.baseURL}#fake-model`, { retries: 0, timeoutMs: 5000 });
    try {
      const r = await triageWithSecondOpinion('我老伴儿今天怪怪的，叫他也不太理人', backend, { locale: 'zh-CN' });
      expect(r.level).toBe('emergency');
      expect(r.reasons).toEqual(['model:other']);
      expect(r.message).toMatch(/^⚠️ 这可能是急症：根据你的描述.*120/);
      expect(server.requests[0].body.response_format?.type).toBe('json_schema');
    } finally {
      await backend?.close();
      await server.close();
    }
  });
});
