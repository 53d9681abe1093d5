// The server's redactPrompts option reaches the RAG pipeline: with it on, a phone number and a Chinese ID-card
// number in a chat message never reach the model server; with it off they do. (The fake model listens on
// 127.0.0.1, where the automatic default is off, so both settings are given explicitly.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardChecksum } from '../../safety/phi/index.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../../test/helpers/fake-openai-server.js';
import { createFixtureServices, medicalUpstreamReply } from '../../../test/helpers/server-fixtures.js';
import { createApp } from '../app.js';

const PHONE = '13812345678';
const ID = `11010519491231002${idCardChecksum('11010519491231002')}`;
const QUESTION = `My phone is ${PHONE}, ID card ${ID}. How is high blood pressure treated?`;

describe('POST /v1/chat/completions with redactPrompts', () => {
  let upstream: FakeOpenAI;
  beforeAll(async () => {
    upstream = await startFakeOpenAI({ reply: (body) => medicalUpstreamReply(body) });
  });
  afterAll(async () => {
    await upstream?.close();
  });

  async function ask(redactPrompts: boolean): Promise<string> {
    const services = await createFixtureServices(`openai:${upstream.baseURL}#fake-model?retries=0`);
    const app = await createApp({ services, logger: false, webRoot: null, redactPrompts });
    try {
      const from = upstream.requests.length;
      const r = await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { messages: [{ role: 'user', content: QUESTION }] } });
      expect(r.statusCode, r.body).toBe(200);
      const sent = JSON.stringify(upstream.requests.slice(from).map((q) => q.body.messages));
      expect(sent).toContain('blood pressure'); // the model was asked
      return sent;
    } finally {
      await app.close();
      await services.models.close();
    }
  }

  it('keeps the identifiers from the model when on', async () => {
    const sent = await ask(true);
    expect(sent).not.toContain(PHONE);
    expect(sent).not.toContain(ID);
    expect(sent).toContain('[ID_CARD]');
  });

  it('sends them when off', async () => {
    const sent = await ask(false);
    expect(sent).toContain(PHONE);
    expect(sent).toContain(ID);
  });
});
