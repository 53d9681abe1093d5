// `quarkmed ask` end to end: a real SQLite knowledge base (MedQuAD + disease-KG subsets), the real command,
// evidence mode and a fake OpenAI-protocol model on 127.0.0.1.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { register } from '../../src/cli/commands/ask.js';
import { openKnowledgeBase } from '../../src/retrieval/knowledge-base.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.js';
import { buildAskKb, type AskFixture } from './ask-kb-fixture.js';
import { runCli, runInProcess } from '../helpers/run-cli.js';
import { WARNING_CODES, type WarningCode } from '../../src/core/warnings.js';

const ResultSchema = z.strictObject({
  mode: z.enum(['generated', 'evidence']),
  answer: z.string().min(1),
  citations: z.array(
    z.strictObject({
      n: z.number().int().positive(),
      docId: z.string().min(1),
      title: z.string(),
      source: z.string(),
      authority: z.enum(['A', 'B', 'C', 'D', 'E']),
      url: z.string().url().optional(),
      quote: z.string().min(1),
    }),
  ),
  triage: z.strictObject({
    level: z.enum(['emergency', 'urgent', 'routine']),
    reasons: z.array(z.string()),
    message: z.string(),
    ask: z.array(z.string()).min(2).max(4).optional(),
  }),
  // Typed warnings: a code from src/core/warnings.ts and an English message (structured details optional).
  warnings: z.array(
    z.strictObject({
      code: z.enum(Object.keys(WARNING_CODES) as [WarningCode, ...WarningCode[]]),
      message: z.string().min(1),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});

let fx: AskFixture;
let fake: FakeOpenAI;
const env = () => ({ QUARKMED_HOME: fx.dir, QUARKMED_MODEL: '', QUARKMED_EMBEDDER: '' });
const ask = (...args: string[]) => runInProcess(register, ['ask', ...args], env());

beforeAll(async () => {
  fx = await buildAskKb();
  fake = await startFakeOpenAI({
    reply: (body) => (body.response_format ? '{"relevant":[1,2]}' : 'A normal A1C level is below 5.7 percent [1]. See your doctor about your own target [7].'),
  });
});
afterAll(async () => {
  await fake?.close();
  fx?.cleanup();
});

describe('quarkmed ask', () => {
  it('--json (real process, question on stdin) prints the result object with verbatim, KB-backed citations', async () => {
    const r = await runCli(['ask', '--db', fx.dbPath, '--json', '-'], { stdin: 'What is a normal A1C level?\n', env: env() });
    expect(r.code, r.stderr).toBe(0);
    const result = ResultSchema.parse(JSON.parse(r.stdout));
    expect(result.mode).toBe('evidence');
    expect(result.answer).toMatch(/not a generated answer/);
    expect(result.answer).toMatch(/--model/);
    expect(result.citations[0].title).toBe('A1C');
    const kb = await openKnowledgeBase({ dbPath: fx.dbPath, readonly: true });
    try {
      for (const c of result.citations) {
        const doc = kb.getDocument(c.docId);
        expect(doc, c.docId).not.toBeNull();
        expect(doc!.text.replace(/\s+/g, ' ')).toContain(c.quote.replace(/\s+/g, ' ').slice(0, 200));
        expect(c.url).toBe(doc!.url); // never invented
      }
    } finally {
      await kb.close();
    }
  });

  it('answers Chinese questions from the disease KG and puts the emergency message first', async () => {
    const r = await ask('--db', fx.dbPath, '--json', '我父亲突然胸口剧痛、大汗、喘不上气，是心肌梗死吗？');
    expect(r.code, r.stderr).toBe(0);
    const result = ResultSchema.parse(JSON.parse(r.stdout));
    expect(result.triage.level).toBe('emergency');
    expect(result.triage.message).toContain('120');
    expect(result.answer.startsWith(result.triage.message)).toBe(true);
    expect(result.answer).toContain('【证据模式】');
    expect(result.citations[0].title).toBe('心肌梗死');
  });

  it('generates a cited answer through an OpenAI-compatible model and strips the invalid [7]', async () => {
    const r = await ask('--db', fx.dbPath, '--model', `openai:${fake.baseURL}#fake-model`, '--json', 'What is a normal A1C level?');
    expect(r.code, r.stderr).toBe(0);
    const result = ResultSchema.parse(JSON.parse(r.stdout));
    expect(result.mode).toBe('generated');
    expect(result.answer).toBe('A normal A1C level is below 5.7 percent [1]. See your doctor about your own target.');
    expect(result.warnings).toContainEqual({ code: 'invalid-citations-removed', message: 'removed citations to sources that do not exist: [7]' });
    expect(result.citations.map((c) => c.n)).toEqual([1]);
  });

  it('prints plain text with the evidence passages, and warnings on stderr', async () => {
    const r = await ask('--db', fx.dbPath, 'What is asthma?');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Evidence mode/);
    expect(r.stdout).toMatch(/\[1\] Asthma/);
  });

  it('takes earlier turns from --history for a follow-up question', async () => {
    const file = join(fx.dir, 'history.json');
    writeFileSync(
      file,
      JSON.stringify([
        { role: 'user', content: 'Tell me about the A1C test' },
        { role: 'assistant', content: 'It measures blood sugar [1].' },
      ]),
    );
    const r = await ask('--db', fx.dbPath, '--json', '--history', file, 'what is the normal level?');
    expect(r.code, r.stderr).toBe(0);
    expect(ResultSchema.parse(JSON.parse(r.stdout)).citations[0].title).toBe('A1C');
    writeFileSync(file, '{"role":"user"}');
    const bad = await ask('--db', fx.dbPath, '--history', file, 'what is the normal level?');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/RAG_BAD_OPTION: option --history=.* expected a JSON array/)]);
  });

  it('creates the default knowledge base with the starter pack on a first ask, as serve does', async () => {
    const home = mkdtempSync(join(tmpdir(), 'qm-first-ask-'));
    try {
      const r = await runInProcess(register, ['ask', '--json', 'What should I do for a nosebleed?'], {
        QUARKMED_HOME: home,
        QUARKMED_MODEL: '',
        QUARKMED_EMBEDDER: '',
      });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/first run — created .*kb\.sqlite with the starter knowledge pack v\d+ \(\d+ documents\)/);
      expect(existsSync(join(home, 'kb.sqlite'))).toBe(true);
      const again = await runInProcess(register, ['ask', '--json', 'What should I do for a nosebleed?'], {
        QUARKMED_HOME: home,
        QUARKMED_MODEL: '',
        QUARKMED_EMBEDDER: '',
      });
      expect(again.stderr).not.toMatch(/first run/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('exits 2 with a stable code on bad input', async () => {
    const empty = await ask('--db', fx.dbPath, '   ');
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringMatching(/RAG_EMPTY_QUESTION/)]);
    const missing = await ask('--db', join(fx.dir, 'nope.sqlite'), 'What is asthma?');
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/KB_MISSING: no knowledge base at .*nope\.sqlite/)]);
    const badModel = await ask('--db', fx.dbPath, '--model', 'gpt:nonsense', 'What is asthma?');
    expect([badModel.code, badModel.stderr]).toEqual([2, expect.stringMatching(/MODEL_SPEC_INVALID/)]);
    await expect(ask('--db', fx.dbPath, '--k', '0', 'What is asthma?')).rejects.toThrow(/--k expects a positive integer, got "0"/);
  });
});
