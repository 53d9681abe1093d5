import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEmergencyGuidance } from '../safety/red-flags/emergency-docs.js';
import { openKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { starterDocs } from './starter-pack.js';

// An emergency-guidance page is about its emergency, not about the words it shares with a question (knowledge-base.ts):
// blind q-31/q-32 met "fever in a baby under 3 months old" on a Calpol dose for an 18-month-old, an antihistamine
// while breastfeeding a 3-month-old and a statin's muscle aches. The starter pack alone holds every guidance page.
describe('emergency guidance in scope only where its emergency is read', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await openKnowledgeBase({ dbPath: join(mkdtempSync(join(tmpdir(), 'qm-guidance-')), 'kb.sqlite') });
    await kb.ingest(starterDocs());
  });
  afterAll(async () => kb.close());
  const guidance = async (q: string, o = {}) => (await kb.search(q, { k: 5, ...o })).filter((h) => isEmergencyGuidance(h.docId)).map((h) => h.docId);

  it('a routine question that shares words with a page does not get it', async () => {
    expect(await guidance('How much Calpol can I give my 18 month old, she weighs about 11kg')).toEqual([]);
    expect(await guidance('Is Zyrtec ok while breastfeeding a 3 month old?')).toEqual([]);
    // The rule, not the words, took it out: without it the page is found.
    expect((await guidance('How much Calpol can I give my 18 month old, she weighs about 11kg', { guidanceScope: false })).length).toBeGreaterThan(0);
  });

  it('a question whose triage fires the red flag keeps its page, first in the one-subject list', async () => {
    const hits = await kb.search('my 2 month old has a fever of 38.5', { k: 3, oneSubject: true });
    expect(hits[0]?.docId).toBe('quarkmed-starter:emergency:infant-fever:en');
    const zh = await kb.search('宝宝两个月大，发烧38.5度', { k: 3, oneSubject: true });
    expect(zh[0]?.docId).toBe('quarkmed-starter:emergency:infant-fever:zh');
  });

  it('an urgent question keeps the page its words meet (a swollen calf after a long flight: the clot warning)', async () => {
    expect(await guidance('After a 12 hour flight my left calf is swollen, warm and sore. Should I worry?')).toContain(
      'quarkmed-starter:emergency:pulmonary-embolism:en',
    );
  });

  it('a search limited to the starter source (the red-flag lead asking for the page by title) still finds it', async () => {
    const title = starterDocs().find((d) => d.id === 'quarkmed-starter:emergency:infant-fever:en')?.title ?? '';
    expect(await guidance(title, { sources: ['quarkmed-starter'] })).toContain('quarkmed-starter:emergency:infant-fever:en');
  });
});
