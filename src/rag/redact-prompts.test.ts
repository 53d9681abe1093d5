import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatBackend } from '../models/backend.js';
import { createBackend } from '../models/create-backend.js';
import { idCardChecksum } from '../safety/phi/index.js';
import type { Triage } from '../safety/types.js';
import { startFakeOpenAI, type FakeChatBody, type FakeOpenAI } from '../../test/helpers/fake-openai-server.js';
import { medquadHits, memoryRetriever } from '../../test/helpers/rag-memory-retriever.js';
import { answerQuestion } from './answer-question.js';
import type { AnswerOptions } from './options.js';
import { isLoopbackHost } from '../models/loopback.js';
import { modelView, redactionWarning, redactsByDefault } from './redact-prompts.js';

describe('redactsByDefault', () => {
  it('is on when the backend states its prompts leave the machine: openai: servers on other hosts only', async () => {
    const cases: [string, boolean][] = [
      ['openai:https://api.example.com/v1#qwen', true],
      ['openai:http://10.0.0.5:8000/v1#qwen', true],
      ['openai:http://localhost:8000/v1#qwen', false],
      ['openai:http://127.0.0.1:8000/v1#qwen?concurrency=2', false],
      ['openai:http://[::1]:8000/v1#qwen', false],
      ['openai:http://[::ffff:127.0.0.1]:8000/v1#qwen', false],
    ];
    for (const [spec, remote] of cases) {
      const backend = await createBackend(spec);
      expect(backend?.remote, spec).toBe(remote);
      expect(redactsByDefault(backend), spec).toBe(remote);
    }
    const local = { kind: 'llama', remote: false } as ChatBackend;
    expect(redactsByDefault(local)).toBe(false);
    expect(redactsByDefault(null)).toBe(false);
  });

  it('recognises loopback hosts and nothing else', () => {
    for (const h of ['localhost', 'api.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::ffff:127.0.0.1']) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['example.com', '10.0.0.1', '192.168.1.2', 'localhost.example.com', '128.0.0.1']) expect(isLoopbackHost(h)).toBe(false);
  });
});

describe('modelView', () => {
  it('redacts user turns only and lists the removed types in order', () => {
    const v = modelView(
      '我叫张伟，糖化血红蛋白正常吗？',
      [
        { role: 'user', content: 'call me at 415-555-0132' },
        { role: 'assistant', content: 'Sure.' },
      ],
      true,
    );
    expect(v.question).toBe('我叫[NAME]，糖化血红蛋白正常吗？');
    expect(v.history).toEqual([
      { role: 'user', content: 'call me at [PHONE]' },
      { role: 'assistant', content: 'Sure.' },
    ]);
    expect(v.removed).toEqual(['PHONE', 'NAME']);
    expect(redactionWarning(v.removed)).toEqual([
      { code: 'identifiers-redacted', message: 'identifiers removed before sending to the model: PHONE, NAME', details: { types: ['PHONE', 'NAME'] } },
    ]);
  });

  it('changes nothing when off', () => {
    const v = modelView('call me at 415-555-0132', [], false);
    expect(v).toEqual({ question: 'call me at 415-555-0132', history: [], removed: [] });
  });
});

describe('answerQuestion with redactPrompts (fake OpenAI server)', () => {
  const ID = `11010519491231002${idCardChecksum('11010519491231002')}`;
  const PHONE = '13812345678';
  const QUESTION = `My phone is ${PHONE} and my ID card number is ${ID}. What is a normal A1C level?`;
  const ROUTINE: Triage = { level: 'routine', reasons: [], message: '' };
  let server: FakeOpenAI;
  let backend: ChatBackend;

  beforeAll(async () => {
    server = await startFakeOpenAI({
      reply: (b: FakeChatBody) => {
        const system = b.messages?.[0]?.content ?? '';
        if (system.startsWith('You triage')) return '{"level":"routine","category":"other","reason":"a question about a test"}';
        if (b.response_format) return '{"relevant":[1]}';
        return 'A normal A1C level is below 5.7 percent [1].';
      },
    });
    backend = (await createBackend(`openai:${server.baseURL}#fake-model`, { retries: 0, timeoutMs: 5000 }))!;
  });
  afterAll(async () => {
    await backend?.close();
    await server?.close();
  });

  const options = (redactPrompts: boolean | undefined): AnswerOptions => ({
    retriever: memoryRetriever(medquadHits(['4_MPlus_Health_Topics_QA/0000001.xml'])),
    backend,
    triage: () => ROUTINE,
    terminology: null,
    principles: '',
    // On, so the second opinion, the relevance judge and the answer prompt are all checked.
    secondOpinion: true,
    relevance: 'model',
    history: [
      { role: 'user', content: `I called ${PHONE} yesterday about my test` },
      { role: 'assistant', content: 'OK.' },
    ],
    redactPrompts,
  });

  const sent = (from: number) => JSON.stringify(server.requests.slice(from).map((r) => r.body.messages));

  it('never sends the phone or ID-card number when on, and says so', async () => {
    const from = server.requests.length;
    const retriever = memoryRetriever(medquadHits(['4_MPlus_Health_Topics_QA/0000001.xml']));
    const r = await answerQuestion(QUESTION, { ...options(true), retriever });
    expect(server.requests.length - from).toBe(4); // second opinion, relevance judge, answer, compliance judge
    expect(sent(from)).not.toContain(PHONE);
    expect(sent(from)).not.toContain(ID);
    expect(sent(from)).toContain('[PHONE]');
    expect(sent(from)).toContain('[ID_CARD]');
    // Retrieval still read the original words locally.
    expect(retriever.queries.join(' ')).toContain('A1C');
    expect(r.mode).toBe('generated');
    expect(r.answer).toBe('A normal A1C level is below 5.7 percent [1].');
    expect(r.warnings.map((w) => w.message)).toContain('identifiers removed before sending to the model: PHONE, ID_CARD');
  });

  it('sends them verbatim when off, with no warning', async () => {
    const from = server.requests.length;
    const r = await answerQuestion(QUESTION, options(false));
    expect(sent(from)).toContain(PHONE);
    expect(sent(from)).toContain(ID);
    expect(r.warnings.some((w) => w.message.startsWith('identifiers removed'))).toBe(false);
  });

  it('defaults to off for a loopback server like this one', async () => {
    const from = server.requests.length;
    await answerQuestion(QUESTION, options(undefined));
    expect(sent(from)).toContain(ID);
  });
});
