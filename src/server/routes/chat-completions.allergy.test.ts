// The user test of 2026-12-04 over the API: a stated penicillin allergy beside amoxicillin and a cephalosporin is
// warned about first, in both languages, streamed or not (evidence mode: no model configured).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureServices } from '../../../test/helpers/server-fixtures.js';
import { createApp } from '../app.js';

describe('allergy warning on /v1/chat/completions', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createApp({ services: await createFixtureServices(), logger: false, webRoot: null, rateLimit: { max: 1000, timeWindowMs: 60_000 } });
  });
  afterAll(() => app.close());

  const ask = async (content: string, stream = false) =>
    app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { messages: [{ role: 'user', content }], stream, quarkmed: { consult: 'off' } } });

  it('leads the answer with the allergy warning (zh)', async () => {
    const res = await ask('阿莫西林和头孢可以一起吃吗？我青霉素过敏');
    expect(res.statusCode).toBe(200);
    const text: string = res.json().choices[0].message.content;
    expect(text.startsWith('⚠️ 过敏提醒')).toBe(true);
    expect(text).toContain('阿莫西林属于青霉素类药物');
    expect(text).toContain('头孢属于头孢菌素类');
  });

  it('with the consultation on (the default), a question turn says the warning before its questions (review s14)', async () => {
    const opening = '我青霉素过敏，发烧嗓子疼两天了，能吃阿莫西林吗？';
    const first = await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { messages: [{ role: 'user', content: opening }] } });
    const body = first.json();
    expect(body.quarkmed.mode).toBe('consult');
    const text: string = body.choices[0].message.content;
    expect(text).toContain('阿莫西林属于青霉素类药物');
    expect(text.indexOf('过敏提醒')).toBeLessThan(text.indexOf('1. '));
    // The next turn reads the question turn as before (its questions, not the warning lines).
    const second = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: {
        messages: [
          { role: 'user', content: opening },
          { role: 'assistant', content: text },
          { role: 'user', content: '没有，38.5度，32岁' },
        ],
      },
    });
    expect(second.statusCode).toBe(200);
    expect(second.json().choices[0].message.content).toContain('过敏提醒');
  });

  it('leads the answer with the allergy warning (en, streamed)', async () => {
    const res = await ask('I am allergic to penicillin. Can I take amoxicillin for a sore throat?', true);
    expect(res.statusCode).toBe(200);
    const text = res.body
      .split('\n')
      .filter((l) => l.startsWith('data: {'))
      .map((l) => JSON.parse(l.slice(6)).choices?.[0]?.delta?.content ?? '')
      .join('');
    expect(text.trimStart().startsWith('⚠️ Allergy warning:\n- amoxicillin is a penicillin')).toBe(true);
  });
});
