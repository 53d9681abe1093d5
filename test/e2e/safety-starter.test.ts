// Safety + starter pack end to end: a fresh knowledge base holding only the starter pack answers an emergency in
// evidence mode with the emergency number first and a citation to our own emergency guidance; a lab question cites
// the reference-range document generated from the parser's table; logs of the exchange carry no identifiers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/rag/answer-question.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../src/retrieval/knowledge-base.js';
import { redactForLog } from '../../src/safety/log-redaction.js';
import { type FixtureKbCopy, fixtureKbCopy } from '../helpers/fixture-kbs.js';

let fx: FixtureKbCopy;
let kb: KnowledgeBase;

beforeAll(async () => {
  fx = await fixtureKbCopy('starter');
  kb = await openKnowledgeBase({ dbPath: fx.dbPath });
});
afterAll(async () => {
  await kb?.close();
  fx?.cleanup();
});

describe('starter pack + triage in evidence mode', () => {
  it('an emergency question gets the emergency number first and cites our emergency guidance', async () => {
    const r = await answerQuestion('我爸突然胸口疼，喘不上气，一直出冷汗，怎么办', { retriever: kb, backend: null, locale: 'zh-CN' });
    expect(r.mode).toBe('evidence');
    expect(r.triage.level).toBe('emergency');
    expect(r.triage.reasons).toContain('chest-pain-cardiac');
    expect(r.triage.message).toContain('120');
    expect(r.citations.some((c) => c.docId === 'quarkmed-starter:emergency:chest-pain-cardiac:zh')).toBe(true);
    for (const c of r.citations) expect(c.authority).toBe('D');
  });

  it('the same in English, with the US number', async () => {
    const r = await answerQuestion('My mom suddenly has slurred speech and her face is drooping, what do I do?', {
      retriever: kb,
      backend: null,
      locale: 'en-US',
    });
    expect(r.triage).toMatchObject({ level: 'emergency', reasons: ['stroke-signs'] });
    expect(r.triage.message).toContain('911');
    expect(r.citations.some((c) => c.docId === 'quarkmed-starter:emergency:stroke-signs:en')).toBe(true);
  });

  it('a lab question cites the reference-range document built from the parser table', async () => {
    const r = await answerQuestion('What is the normal range for potassium?', { retriever: kb, backend: null, locale: 'en-US' });
    expect(r.triage.level).toBe('routine');
    expect(r.citations.some((c) => c.docId === 'quarkmed-starter:reference:electrolytes:en')).toBe(true);
  });

  it('what a user typed reaches logs only redacted', () => {
    const logged = redactForLog({ question: '患者张伟，手机13812345678，身份证11010519491231002X，胸痛', level: 'emergency' });
    expect(JSON.stringify(logged)).not.toMatch(/张伟|13812345678|11010519491231002X/);
  });
});
