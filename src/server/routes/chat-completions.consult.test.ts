// A three-turn consultation over the API, as a plain OpenAI client would hold it (messages only), in zh and en.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureServices } from '../../../test/helpers/server-fixtures.js';
import { createApp } from '../app.js';

type Msg = { role: 'user' | 'assistant'; content: string };

describe('consultation on /v1/chat/completions', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createApp({ services: await createFixtureServices(), logger: false, webRoot: null, rateLimit: { max: 1000, timeWindowMs: 60_000 } });
  });
  afterAll(() => app.close());

  const chat = async (messages: Msg[], extra: Record<string, unknown> = {}) => {
    const res = await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { messages, ...extra } });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  for (const [lang, opening, reply] of [
    ['zh', '我血压有点高，最近头疼', '三天了，45岁，没有呕吐也没有手脚无力'],
    ['en', 'I have had a headache and my blood pressure is high', 'About three days, I am 45, no vomiting or weakness'],
  ] as const) {
    it(`asks first, then answers with citations and what the answer rests on (${lang})`, async () => {
      const msgs: Msg[] = [{ role: 'user', content: opening }];
      const first = await chat(msgs);
      expect(first.quarkmed.mode).toBe('consult');
      expect(first.quarkmed.consult.action).toBe('ask');
      expect(first.quarkmed.consult.questions.length).toBeGreaterThan(0);
      expect(first.quarkmed.consult.questions.length).toBeLessThanOrEqual(3);
      expect(first.usage.total_tokens).toBe(0);
      msgs.push({ role: 'assistant', content: first.choices[0].message.content }, { role: 'user', content: reply });
      let res = await chat(msgs);
      if (res.quarkmed.consult.action === 'ask') {
        msgs.push({ role: 'assistant', content: res.choices[0].message.content }, { role: 'user', content: lang === 'zh' ? '都没有' : 'none of those' });
        res = await chat(msgs);
      }
      expect(res.quarkmed.consult.action).toBe('answer');
      expect(res.quarkmed.consult.state.facts.age).toBe(45);
      expect(res.choices[0].message.content).toMatch(lang === 'zh' ? /^以下建议基于/ : /^This advice rests on/);
      expect(res.citations.length).toBeGreaterThan(0);
    });
  }

  it('streams a question turn with quarkmed.consult in the last chunk, and "off" answers at once', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: { stream: true, messages: [{ role: 'user', content: '我嗓子疼，咳嗽' }] },
    });
    const chunks = res.body
      .split('\n')
      .filter((l) => l.startsWith('data: {'))
      .map((l) => JSON.parse(l.slice(6)));
    expect(chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('')).toMatch(/^为了给出更稳妥的建议/);
    expect(chunks.at(-1).quarkmed.consult.action).toBe('ask');
    const off = await chat([{ role: 'user', content: '我嗓子疼，咳嗽' }], { quarkmed: { consult: 'off' } });
    expect(off.quarkmed.consult.reason).toBe('off');
    expect(off.quarkmed.mode).not.toBe('consult');
  });
});
