import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { openKnowledgeBase, type KnowledgeBase } from '../retrieval/knowledge-base.js';
import { starterDocs } from '../retrieval/starter-pack.js';
import { answerQuestion } from './answer-question.js';

// The session-12 finding on real data: the bee sting with a swelling throat fired anaphylaxis, yet chat led with
// "Edema" and /api/search with "First Aid" — the guidance page was never retrieved.
describe('the red flag leads on a real knowledge base (MedQuAD CDC + starter pack)', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await openKnowledgeBase({ dbPath: join(mkdtempSync(join(tmpdir(), 'qm-lead-')), 'kb.sqlite') });
    await kb.ingest(sharedPath('kb', 'medquad', '9_CDC_QA'));
    await kb.ingest(starterDocs());
  });
  afterAll(async () => kb?.close());

  it.each([
    ['got stung by a bee and my throat is swelling', 'en', 'quarkmed-starter:emergency:anaphylaxis:en'],
    ['被蜜蜂蛰了，喉咙发紧，喘不上气', 'zh', 'quarkmed-starter:emergency:anaphylaxis:zh'],
  ] as const)('%s → chat and search lead with the guidance page', async (q, lang, id) => {
    const chat = await answerQuestion(q, { retriever: kb, backend: null, locale: lang });
    expect(chat.citations[0]?.docId).toBe(id);
    const search = await kb.search(q, { k: 3, oneSubject: true });
    expect(search[0]?.docId).toBe(id);
    expect(search.length).toBeLessThanOrEqual(3);
  });

  // Self-probe: the lead passes the caller's filter and the ingest screening like every other candidate (a report's
  // hitFilter keeps only its own reference sections).
  it("a caller's hitFilter keeps the guidance page out too", async () => {
    const q = 'got stung by a bee and my throat is swelling';
    const chat = await answerQuestion(q, { retriever: kb, backend: null, locale: 'en', hitFilter: (h) => !h.docId.startsWith('quarkmed-starter:') });
    expect(chat.citations.some((c) => c.docId.startsWith('quarkmed-starter:'))).toBe(false);
  });

  it('a routine question is untouched, and a source or authority filter keeps the starter page out', async () => {
    const q = 'what is the flu vaccine';
    const chat = await answerQuestion(q, { retriever: kb, backend: null, locale: 'en' });
    expect(chat.citations.some((c) => c.docId.startsWith('quarkmed-starter:emergency:'))).toBe(false);
    const sting = 'got stung by a bee and my throat is swelling';
    for (const o of [{ minAuthority: 'C' as const }, { sources: ['CDC'] }]) {
      const hits = await kb.search(sting, { k: 3, oneSubject: true, ...o });
      expect(hits.some((h) => h.docId.startsWith('quarkmed-starter:'))).toBe(false);
    }
  });
});
