import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../test/helpers/shared-data.js';
import { makeDoc } from '../knowledge/doc.js';
import { openKnowledgeBase } from '../retrieval/knowledge-base.js';
import { triage } from '../safety/triage.js';
import { loadRedFlagSource, resolveRedFlagSource } from './kb-source.js';
import { nextConsultStep } from './policy.js';

const TABLE = join(SHARED_DATA, 'kb', 'chatdoctor-diseases.csv');
const triageOf = (x: string, lang: 'zh' | 'en') => triage(x, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

describe('where the case model finds its disease pages', () => {
  const empty = mkdtempSync(join(tmpdir(), 'qm-consult-home-'));

  it('no setting and no knowledge base built: no source (the written knowledge asks alone)', () => {
    expect(resolveRedFlagSource({}, { QUARKMED_HOME: empty })).toBeUndefined();
  });

  it('the user’s own knowledge base by default, a named source first, off wins', () => {
    const home = mkdtempSync(join(tmpdir(), 'qm-consult-home-'));
    writeFileSync(join(home, 'kb.sqlite'), '');
    expect(resolveRedFlagSource({}, { QUARKMED_HOME: home })).toMatchObject({ kind: 'db', path: join(home, 'kb.sqlite'), by: 'default' });
    expect(resolveRedFlagSource({ answersDb: join(home, 'kb.sqlite') }, { QUARKMED_HOME: empty })).toMatchObject({ by: 'answers-kb' });
    expect(resolveRedFlagSource({}, { QUARKMED_HOME: home, QUARKMED_RED_FLAGS_KB: empty })).toMatchObject({ kind: 'folder', by: 'env' });
    expect(resolveRedFlagSource({ source: join(home, 'kb.sqlite') }, { QUARKMED_HOME: empty, QUARKMED_RED_FLAGS_KB: empty })).toMatchObject({
      kind: 'db',
      by: 'flag',
    });
    expect(resolveRedFlagSource({ off: true, source: empty }, { QUARKMED_HOME: home })).toBeUndefined();
  });

  it('a named source that does not exist is a typed error naming it', () => {
    expect(() => resolveRedFlagSource({ source: '/no/such/kb.sqlite' }, {})).toThrow(expect.objectContaining({ code: 'KB_PATH_NOT_FOUND' }));
    expect(() => resolveRedFlagSource({}, { QUARKMED_RED_FLAGS_KB: '/no/such/folder' })).toThrow(expect.objectContaining({ code: 'KB_PATH_NOT_FOUND' }));
  });
});

describe.skipIf(!existsSync(TABLE))('red flags from a built knowledge base, with no setting', () => {
  const home = mkdtempSync(join(tmpdir(), 'qm-consult-kb-'));
  beforeAll(async () => {
    const kb = await openKnowledgeBase({ dbPath: join(home, 'kb.sqlite') });
    await kb.ingest(TABLE);
    await kb.close();
  });

  it('the disease table ingested with `kb ingest` gives a complaint its candidates’ danger signs', () => {
    const src = resolveRedFlagSource({}, { QUARKMED_HOME: home });
    expect(src).toMatchObject({ kind: 'db', by: 'default' });
    const kb = loadRedFlagSource(src, triageOf);
    expect(kb?.size).toBeGreaterThan(700);
    const a = kb?.assess({ lang: 'en', text: 'I keep getting headaches' });
    expect(a?.said).toContain('Headache');
    expect(a?.candidates.map((c) => c.name)).toEqual(expect.arrayContaining(['Stroke']));
    // A complaint the written knowledge knows (a headache) is asked its written red flags first, as without the
    // pages; the pages' danger signs of its severe candidates open the second turn, a question the written knowledge
    // alone does not ask.
    const opening = { role: 'user' as const, content: 'I keep getting headaches' };
    const first = nextConsultStep([opening], { kbRedFlags: kb });
    const firstAlone = nextConsultStep([opening]);
    expect(first.action === 'ask' && firstAlone.action === 'ask' && first.text === firstAlone.text).toBe(true);
    const next = (kbRedFlags?: typeof kb) =>
      nextConsultStep([opening, { role: 'assistant', content: first.action === 'ask' ? first.text : '' }, { role: 'user', content: 'About a week.' }], {
        kbRedFlags,
      });
    const second = next(kb);
    const secondAlone = next(undefined);
    const pagesQ = second.action === 'ask' ? second.questions[0].text : '';
    expect(pagesQ).toMatch(/^Any \w.*(?:, | or )/);
    expect(secondAlone.action === 'ask' ? secondAlone.questions.map((q) => q.text) : []).not.toContain(pagesQ);
  });

  it('a knowledge base of documents only has no disease pages: no source', async () => {
    const docsOnly = mkdtempSync(join(tmpdir(), 'qm-consult-docs-'));
    const kb = await openKnowledgeBase({ dbPath: join(docsOnly, 'kb.sqlite') });
    await kb.ingest([
      makeDoc({
        id: 'note-1',
        title: 'Hand washing',
        sections: [{ path: ['Body'], text: 'Wash your hands before meals.' }],
        source: 'notes',
        lang: 'en',
        authority: 'C',
      }),
    ]);
    await kb.close();
    expect(loadRedFlagSource(resolveRedFlagSource({}, { QUARKMED_HOME: docsOnly }), triageOf)).toBeUndefined();
  });
});
