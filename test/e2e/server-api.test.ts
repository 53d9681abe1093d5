// The OpenAI-compatible API end to end: the real `openai` client against `startServer` with the real
// knowledge base (MedQuAD subsets from shared data), the real RAG pipeline and a local OpenAI-protocol upstream.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.js';
import { medicalUpstreamReply } from '../helpers/server-fixtures.js';
import { sharedPath } from '../helpers/shared-data.js';
import { bootstrap, type Bootstrapped } from '../../src/server/bootstrap.js';
import { startServer, type RunningServer } from '../../src/server/start.js';

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _enc, cb) {
    logLines.push(String(chunk));
    cb();
  },
});

describe('OpenAI-compatible API with the real openai client', () => {
  let upstream: FakeOpenAI;
  let boot: Bootstrapped;
  let server: RunningServer;
  let client: OpenAI;
  let ingestRoot: string;

  beforeAll(async () => {
    upstream = await startFakeOpenAI({
      reply: (body) => {
        const last = body.messages?.at(-1)?.content ?? '';
        if (/SLOW-PLEASE/.test(last)) return { text: 'late [1]', delayMs: 3000 };
        return medicalUpstreamReply(body);
      },
    });
    const home = mkdtempSync(join(tmpdir(), 'qm-api-'));
    ingestRoot = join(home, 'imports');
    mkdirSync(ingestRoot);
    writeFileSync(
      join(ingestRoot, 'ward-protocol.md'),
      '# Ward hydration protocol\n\nPatients on the zebrafinch ward receive oral rehydration salts every four hours.\n',
    );
    const env = { ...process.env, QUARKMED_HOME: home, QUARKMED_MODEL: '', QUARKMED_EMBEDDER: '' };
    boot = await bootstrap({ model: `openai:${upstream.baseURL}#fake-model?retries=0`, env });
    await boot.kb.ingest([sharedPath('kb', 'medquad', '4_MPlus_Health_Topics_QA'), sharedPath('kb', 'medquad', '8_NHLBI_QA_XML')]);
    // Written behind the server's back: the search workers reopen the file (as admin ingest does for them).
    await boot.searchPool?.refresh();
    server = await startServer({
      services: boot.services,
      port: 0,
      handleSignals: false,
      apiKeys: ['test-key'],
      adminKey: 'admin-key',
      ingestRoots: [ingestRoot],
      logger: { level: 'info', stream: logStream },
      webRoot: null,
    });
    client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'test-key', maxRetries: 0 });
    // Bootstraps, ingests two MedQuAD folders and starts the server: a hang guard, not a speed target (120 s timed out
    // in a full fresh-machine run beside other work, session 40).
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    await upstream?.close();
  });

  it('lists the configured models', async () => {
    const ids = [];
    for await (const m of client.models.list()) ids.push(m.id);
    expect(ids).toEqual(['quarkmed', 'quarkmed-evidence']);
  });

  it('answers with inline [n], the standard message and a top-level citations array', async () => {
    const res = await client.chat.completions.create({ model: 'quarkmed', messages: [{ role: 'user', content: 'How is high blood pressure treated?' }] });
    const content = res.choices[0].message.content ?? '';
    expect(res.choices[0].message.role).toBe('assistant');
    expect(content).toMatch(/\[1\]/);
    const extra = res as unknown as {
      citations: Array<{ n: number; title: string; url?: string; authority: string; quote: string }>;
      quarkmed: { mode: string; triage: { level: string } };
    };
    expect(extra.quarkmed.mode).toBe('generated');
    expect(extra.quarkmed.triage.level).toBe('routine');
    expect(extra.citations[0].n).toBe(1);
    expect(extra.citations[0].title).toMatch(/blood pressure/i);
    expect(extra.citations[0].quote.length).toBeGreaterThan(20);
    // The model saw the retrieved passage, not just the question.
    const answerCall = upstream.requests.filter((r) => r.path === '/v1/chat/completions').at(-1);
    expect(JSON.stringify(answerCall?.body.messages)).toMatch(/blood pressure/i);
  });

  it('streams SSE chunks the client reassembles, with citations and quarkmed in the final chunk', async () => {
    const stream = await client.chat.completions.create({
      model: 'quarkmed',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'What are the treatments for high blood pressure?' }],
    });
    let text = '';
    let final: Record<string, unknown> | undefined;
    let usage: unknown;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.choices[0]?.finish_reason) final = chunk as unknown as Record<string, unknown>;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toContain('lifestyle changes and medicines [1]');
    expect(final?.citations).toBeInstanceOf(Array);
    expect((final?.quarkmed as { mode: string }).mode).toBe('generated');
    expect(usage).toMatchObject({ total_tokens: expect.any(Number) });
  });

  it('serves evidence mode on request and names unknown models', async () => {
    const res = await client.chat.completions.create({ model: 'quarkmed-evidence', messages: [{ role: 'user', content: 'What causes anemia?' }] });
    expect((res as unknown as { quarkmed: { mode: string } }).quarkmed.mode).toBe('evidence');
    expect(res.choices[0].message.content).toMatch(/\[1\]/);
    await expect(client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('quarkmed-evidence'),
    });
  });

  it('triages emergencies before anything else', async () => {
    const res = await client.chat.completions.create({
      model: 'quarkmed',
      messages: [{ role: 'user', content: 'I have crushing chest pain spreading to my left arm and I am sweating' }],
    });
    const q = (res as unknown as { quarkmed: { triage: { level: string; message: string } } }).quarkmed;
    expect(q.triage.level).toBe('emergency');
    expect(res.choices[0].message.content?.startsWith(q.triage.message)).toBe(true);
  });

  it('gives 504 with a message when the model is too slow (JSON) and an error event when streaming', async () => {
    // A second server on the same services with a short model deadline (the main one keeps the default).
    const strict = await startServer({
      services: { ...boot.services, close: undefined },
      port: 0,
      handleSignals: false,
      logger: false,
      webRoot: null,
      modelTimeoutMs: 800,
    });
    try {
      const c = new OpenAI({ baseURL: `${strict.url}/v1`, apiKey: 'none', maxRetries: 0 });
      const err = await c.chat.completions
        .create({ model: 'quarkmed', messages: [{ role: 'user', content: 'SLOW-PLEASE how is high blood pressure treated?' }] })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.APIError);
      expect((err as InstanceType<typeof OpenAI.APIError>).status).toBe(504);
      expect((err as Error).message).toMatch(/did not respond within 800 ms/);
      // The deadline is under test, not the consultation (a bare condition name may get a question turn first):
      // `quarkmed` is this server's extension field, which the openai client passes through.
      const streamBody = {
        model: 'quarkmed',
        stream: true as const,
        messages: [{ role: 'user' as const, content: 'SLOW-PLEASE high blood pressure treatment' }],
        quarkmed: { consult: 'off' },
      };
      const stream = await c.chat.completions.create(streamBody);
      const streamErr = await (async () => {
        for await (const _ of stream) {
          /* drain */
        }
      })().catch((e: unknown) => e);
      expect(streamErr).toBeInstanceOf(OpenAI.APIError);
      expect((streamErr as Error).message).toMatch(/MODEL_TIMEOUT|did not respond/);
      // The server is still fine afterwards.
      expect((await fetch(`${strict.url}/healthz`)).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('admin ingest (server path under the root, and uploaded JSONL) makes documents searchable', async () => {
    const admin = { authorization: 'Bearer admin-key' };
    const byPath = await fetch(`${server.url}/api/kb/ingest`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ path: join(ingestRoot, 'ward-protocol.md'), source: 'ward-protocols', authority: 'B' }),
    });
    expect(byPath.status).toBe(200);
    expect(await byPath.json()).toMatchObject({ ok: true, documents: 1 });
    const jsonl = `${JSON.stringify({ id: 'local:quokka-fever', title: 'Quokka fever', text: 'Quokka fever is a fictional illness used to test uploads; it is treated with rest.', source: 'uploads', lang: 'en', authority: 'C' })}\n`;
    const upload = await fetch(`${server.url}/api/kb/ingest`, { method: 'POST', headers: { ...admin, 'content-type': 'application/x-ndjson' }, body: jsonl });
    expect(upload.status).toBe(200);
    const user = { authorization: 'Bearer test-key' };
    const a = (await (await fetch(`${server.url}/api/search?q=zebrafinch%20ward%20rehydration`, { headers: user })).json()) as {
      hits: Array<{ source: string; authority: string }>;
    };
    expect(a.hits[0]).toMatchObject({ source: 'ward-protocols', authority: 'B' });
    const b = (await (await fetch(`${server.url}/api/search?q=quokka%20fever`, { headers: user })).json()) as { hits: Array<{ docId: string }> };
    expect(b.hits[0].docId).toBe('local:quokka-fever');
    // The user key is not an admin key; paths outside the root are refused.
    expect(
      (await fetch(`${server.url}/api/kb/ingest`, { method: 'POST', headers: { ...user, 'content-type': 'application/x-ndjson' }, body: jsonl })).status,
    ).toBe(403);
    const outside = await fetch(`${server.url}/api/kb/ingest`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ path: sharedPath('kb', 'medquad') }),
    });
    expect(outside.status).toBe(404); // outside the roots answers like a missing path
    // Each ingest forks a niced child (ingest-runner.ts) and then reopens the search workers' indexes: ~5 s on a quiet
    // machine, but a niced child gets little CPU while other test suites run beside this one (> 60 s seen), and
    // that is the design working — the server's own thread wins — not a fault, so this test waits longer.
  });

  it('rejects a wrong key, and keeps what users type out of the logs', async () => {
    const bad = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'wrong', maxRetries: 0 });
    await expect(bad.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    const secret = 'Zhang Weiming 13812345678';
    await client.chat.completions.create({ model: 'quarkmed', messages: [{ role: 'user', content: `I am ${secret}, is high blood pressure dangerous?` }] });
    await fetch(`${server.url}/api/search?q=${encodeURIComponent(secret)}`, { headers: { authorization: 'Bearer test-key' } });
    const logs = logLines.join('');
    expect(logs).toContain('/v1/chat/completions');
    expect(logs).not.toContain('13812345678');
    expect(logs).not.toContain('Weiming');
    expect(logs).not.toContain('127.0.0.1"'); // client addresses are hashed
  });
});
