import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../test/helpers/fake-openai-server.js';
import { createEmbedder } from '../models/embedders/create-embedder.js';
import type { Doc } from '../core/types.js';
import { makeDoc } from '../knowledge/doc.js';
import { openKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'qm-kb-'));
const jsonl = (docs: object[]) => `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`;

describe('knowledge base over real data (MedQuAD CDC + 500 KG diseases)', () => {
  let dir: string;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    dir = tmp();
    kb = await openKnowledgeBase({ dbPath: join(dir, 'kb.sqlite') });
    const s = await kb.ingest([sharedPath('kb', 'medquad', '9_CDC_QA'), sharedPath('kb', 'disease-kg-zh', 'medical_0.json')]);
    expect(s.failed).toBe(0);
    expect(s.files).toBe(60);
    expect(s.documents).toBeGreaterThan(700);
    expect(s.chunks).toBeGreaterThan(s.documents);
  });
  afterAll(async () => kb.close());

  it('finds the English answer for a question and returns the SearchHit contract exactly', async () => {
    const hits = await kb.search('How is Chagas disease treated?', { k: 5 });
    expect(hits[0].title).toMatch(/Chagas/i);
    // `about`: the question names Chagas disease and this passage's document is about it (topic-first ranking).
    expect(Object.keys(hits[0]).sort()).toEqual(['about', 'authority', 'docId', 'id', 'lang', 'score', 'section', 'source', 'text', 'title', 'url']);
    expect(hits[0].about).toMatch(/Chagas disease/i);
    expect(hits[0].id.startsWith(`${hits[0].docId}#`)).toBe(true);
    expect(hits[0]).toMatchObject({ source: 'medquad', authority: 'C', lang: 'en' });
    for (let i = 1; i < hits.length; i++) expect(hits[i].score).toBeLessThanOrEqual(hits[i - 1].score);
  });

  it('finds a Chinese disease from a symptom description', async () => {
    const hits = await kb.search('孩子阵发性痉挛性咳嗽，咳完有鸡鸣样吸气声', { k: 5 });
    expect(hits.map((h) => h.title)).toContain('百日咳');
    expect(hits[0].lang).toBe('zh');
  });

  it('ranks passages of the document a question is about above passages that mention it (topic-first)', async () => {
    // Any disease of the KG sample: questions name it and ask for one aspect.
    const name = (await kb.search('症状', { k: 1, lang: 'zh' }))[0].title;
    const hits = await kb.search(`请问${name}一般怎么治疗？`, { k: 3 });
    expect(hits.map((h) => h.title)).toEqual([name, name, name]);
    expect(hits.every((h) => h.about === name)).toBe(true);
    expect(hits[0].section).toMatch(/治疗/);
    // English: a CDC page's focus, asked about in lay wording with its plural.
    const en = await kb.search('what are the symptoms of chagas disease', { k: 3 });
    expect(en.every((h) => /chagas/i.test(h.title) && h.about !== undefined)).toBe(true);
  });

  it('oneSubject: after the best hit only passages of its page or of a page the question names, in search order', async () => {
    const q = 'my kid has a cough that ends in a whoop and he vomits after';
    // The filter itself, on a list with no described topic (checker off; a topic's pages may fill the list).
    const all = await kb.search(q, { k: 5, checker: false });
    const one = await kb.search(q, { k: 5, oneSubject: true, checker: false });
    expect(one[0]).toEqual(all[0]);
    expect(one.length).toBeLessThan(all.length);
    // A subsequence of the plain list: nothing is ranked up or added.
    const at = one.map((h) => all.findIndex((x) => x.id === h.id));
    expect(at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]))).toBe(true);
    expect(one.every((h) => h.docId === all[0].docId)).toBe(true);
    // This KB has no whooping-cough page in English: cough and vomiting in a child (two complaints) must not make the
    // checker choose another page (it took Lymphocytic Choriomeningitis with a two-complaint voice).
    expect(await kb.search(q, { k: 5 })).toEqual(all);
    // A list already about one page is untouched.
    expect(await kb.search('How is Chagas disease treated?', { k: 5, oneSubject: true })).toEqual(await kb.search('How is Chagas disease treated?', { k: 5 }));
  });

  it('says a medicine the disease pages list but no page is about has no page (百日咳 lists 百咳静糖浆)', async () => {
    expect(kb.unpagedNames?.('孩子咳嗽能喝百咳静糖浆吗')).toEqual(['百咳静糖浆']);
    // A name some page is about is never reported.
    expect(kb.unpagedNames?.('百日咳会传染吗')).toEqual([]);
  });

  it('a name typed as a homophone (百日刻 for 百日咳) is searched as the name: its page first, about it', async () => {
    const hits = await kb.search('孩子得了百日刻，要在家隔离多久', { k: 3 });
    expect(hits[0]).toMatchObject({ title: '百日咳', about: '百日刻' });
  });

  it('floor: where a red flag fires, a misspelling is not read (the danger reading keeps what the question retrieves)', async () => {
    const hits = await kb.search('孩子得了百日刻，现在嘴唇发紫喘不上气', { k: 3 });
    expect(hits.some((h) => h.about === '百日刻')).toBe(false);
    // Written right, the name is still a name.
    expect((await kb.search('孩子得了百日咳，现在嘴唇发紫喘不上气', { k: 3 })).some((h) => h.about === '百日咳')).toBe(true);
  });

  it('ranks the section a Chinese question asks for first', async () => {
    const hits = await kb.search('百日咳怎么预防', { k: 3 });
    expect(hits[0]).toMatchObject({ title: '百日咳', section: '预防' });
  });

  it('filters by language, source and minimum authority', async () => {
    const zh = await kb.search('肺炎 pneumonia', { k: 10, lang: 'zh' });
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.every((h) => h.lang === 'zh')).toBe(true);
    const en = await kb.search('肺炎 pneumonia', { k: 10, sources: ['medquad'] });
    expect(en.every((h) => h.source === 'medquad')).toBe(true);
    const c = await kb.search('肺炎 pneumonia', { k: 10, minAuthority: 'C' });
    expect(c.every((h) => h.authority <= 'C')).toBe(true);
    await expect(kb.search('x', { k: 0 })).rejects.toMatchObject({ code: 'KB_QUERY_INVALID' });
  });

  it('skips unchanged documents on re-ingest', async () => {
    const s = await kb.ingest(sharedPath('kb', 'medquad', '9_CDC_QA'));
    expect(s.documents).toBe(0);
    expect(s.skipped).toBeGreaterThan(200);
  });

  it('shows no malignancy page to a question that does not ask about cancer, by any reader; one that asks gets it', async () => {
    const malignant = (titles: string[]) => titles.filter((t) => /癌|瘤|cancer|leuk|lymphoma|melanoma/i.test(t) && !/血管瘤|动脉瘤|肌瘤/.test(t));
    const q = '咳嗽好几个月了，痰里带血丝，胸口隐隐作痛，人越来越瘦，抽烟三十年';
    const titles = async (text: string, malignancyGuard?: boolean) => (await kb.search(text, { k: 10, malignancyGuard })).map((h) => h.title);
    // The KG sample's 肺癌 and 肺转移瘤 pages share the description's words: shown without the rule, never with it.
    expect(malignant(await titles(q, false)).length).toBeGreaterThan(0);
    expect(malignant(await titles(q))).toEqual([]);
    expect(malignant((await kb.search(q, { k: 3, oneSubject: true })).map((h) => h.title))).toEqual([]);
    // The same words with the question asking about cancer: its page is the topic.
    expect((await titles(`${q}，会不会是肺癌`))[0]).toBe('肺癌');
  });

  it('returns stored documents and stats', () => {
    const d = kb.getDocument('disease-kg-zh:百日咳')!;
    expect(d.sections[0].path).toEqual(['概述']);
    expect(d.metadata.symptoms).toContain('干咳');
    expect(kb.getDocument('nope')).toBeNull();
    const st = kb.stats();
    expect(st.sources.map((s) => s.name).sort()).toEqual(['disease-kg-zh', 'medquad']);
    expect(st.byLang.zh).toBe(500);
    expect(st.chunks).toBeGreaterThan(st.documents);
    expect(st.lexiconWords).toBeGreaterThan(500); // KG disease, symptom, drug and check names feed the segmenter
  });
});

describe('ingestion safety and ranking rules', () => {
  it('replaces changed documents, rolls back a bad file and names it, removes a source', async () => {
    const dir = tmp();
    const file = join(dir, 'guide.jsonl');
    writeFileSync(
      file,
      jsonl([
        { id: 'g1', title: 'Sepsis', text: 'Give broad-spectrum antibiotics within one hour of recognising sepsis.', authority: 'A', source: 'guide' },
        { id: 'g2', title: 'Asthma', text: 'Inhaled corticosteroids control persistent asthma.', authority: 'A', source: 'guide' },
      ]),
    );
    const kb = await openKnowledgeBase({ dbPath: join(dir, 'kb.sqlite') });
    expect((await kb.ingest(file)).documents).toBe(2);

    // v2: first doc changed, second line broken → the whole file is rolled back, v1 stays searchable.
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'g1', title: 'Sepsis', text: 'CHANGED text about vasopressors.', authority: 'A', source: 'guide' })}\n{"id": "g2", "title": 42}\n`,
    );
    const bad = await kb.ingest(file);
    expect(bad.failed).toBe(1);
    expect(bad.documents).toBe(0);
    expect(bad.failures[0].file).toBe(file);
    expect(bad.failures[0].message).toMatch(/guide\.jsonl:2 \(title\)/);
    expect(kb.getDocument('guide:g1')!.text).toContain('antibiotics within one hour');

    writeFileSync(
      file,
      jsonl([
        { id: 'g1', title: 'Sepsis', text: 'Start vasopressors when hypotension persists after fluids.', authority: 'A', source: 'guide' },
        { id: 'g2', title: 'Asthma', text: 'Inhaled corticosteroids control persistent asthma.', authority: 'A', source: 'guide' },
      ]),
    );
    const s = await kb.ingest(file);
    expect(s).toMatchObject({ documents: 1, replaced: 1, skipped: 1, failed: 0 });
    expect((await kb.search('antibiotics', { k: 5 })).length).toBe(0);
    expect((await kb.search('vasopressors hypotension', { k: 5 }))[0].docId).toBe('guide:g1');

    expect(kb.removeSource('guide')).toBe(2);
    expect(kb.stats().documents).toBe(0);
    expect((await kb.search('asthma', { k: 5 })).length).toBe(0);
    expect(() => kb.removeSource('guide')).toThrow(/no source "guide"/);
    await kb.close();
  });

  it('collapses near-identical chunks into one hit and prefers the more authoritative copy', async () => {
    const text = 'Metformin is the first-line medicine for type 2 diabetes in most adults, taken with meals to reduce stomach upset.';
    const docs: Doc[] = [
      makeDoc({ id: 'web:1', title: 'Metformin', sections: [{ path: [], text }], source: 'web', lang: 'en', authority: 'E' }),
      makeDoc({ id: 'label:1', title: 'Metformin', sections: [{ path: [], text }], source: 'label', lang: 'en', authority: 'B' }),
      makeDoc({ id: 'web:2', title: 'Metformin', sections: [{ path: [], text: `${text} ` }], source: 'web', lang: 'en', authority: 'E' }),
      makeDoc({
        id: 'other:1',
        title: 'Insulin',
        sections: [{ path: [], text: 'Insulin is used in type 1 diabetes and sometimes type 2 diabetes.' }],
        source: 'other',
        lang: 'en',
        authority: 'C',
      }),
    ];
    const kb = await openKnowledgeBase({ dbPath: join(tmp(), 'kb.sqlite') });
    await kb.ingest(docs);
    const hits = await kb.search('metformin type 2 diabetes', { k: 5 });
    expect(hits.filter((h) => h.title === 'Metformin')).toHaveLength(1);
    expect(hits[0]).toMatchObject({ docId: 'label:1', authority: 'B' });
    expect(hits.map((h) => h.docId)).toContain('other:1');
    // One long document cannot fill the list: at most two chunks per document.
    await kb.ingest([
      makeDoc({
        id: 'long:1',
        title: 'Gout',
        sections: ['Causes', 'Symptoms', 'Diet', 'Drugs', 'Outlook'].map((p, i) => ({
          path: [p],
          text: `Gout and uric acid, part ${i}: ${p.toLowerCase()} details differ here ${'x'.repeat(i)}.`,
        })),
        source: 'long',
        lang: 'en',
        authority: 'C',
      }),
    ]);
    const gout = await kb.search('gout uric acid', { k: 5 });
    expect(gout.filter((h) => h.docId === 'long:1')).toHaveLength(2);
    await kb.close();
  });

  it('expands queries with synonyms the documents declare (MedQuAD focus synonyms)', async () => {
    const kb = await openKnowledgeBase({ dbPath: join(tmp(), 'kb.sqlite') });
    await kb.ingest([
      makeDoc({
        id: 'm:1',
        title: 'A1C',
        sections: [{ path: [], text: 'A1C is a blood test that shows average blood sugar over three months.' }],
        source: 'm',
        lang: 'en',
        authority: 'C',
        metadata: { focus: 'A1C', synonyms: ['Glycohemoglobin', 'HbA1C'] },
      }),
      makeDoc({
        id: 'm:2',
        title: 'Anemia',
        sections: [{ path: [], text: 'Anemia means too few red blood cells; a blood test measures hemoglobin.' }],
        source: 'm',
        lang: 'en',
        authority: 'C',
      }),
    ]);
    const plain = await kb.search('glycohemoglobin', { k: 5, expand: false });
    expect(plain).toHaveLength(0);
    const expanded = await kb.search('glycohemoglobin', { k: 5 });
    expect(expanded[0].docId).toBe('m:1');
    await kb.close();
  });

  it("an everyday word that is a substance page's other name yields to another name, else leads as before (session 14)", async () => {
    const kb = await openKnowledgeBase({ dbPath: join(tmp(), 'kb.sqlite') });
    const page = (id: string, title: string, text: string, metadata: Record<string, unknown> = {}) =>
      makeDoc({ id, title, sections: [{ path: [], text }], source: 'm', lang: 'en', authority: 'C', metadata });
    await kb.ingest([
      page('m:1', 'Methamphetamine', 'Methamphetamine is a powerful, highly addictive stimulant drug.', { category: 'Other', synonyms: ['Ice', 'Meth'] }),
      page('m:2', 'Iron-Deficiency Anemia', 'Craving and chewing ice, heavy periods and feeling tired all the time are signs of iron-deficiency anemia.'),
      // Enough other pages that a word in two passages is no generic word (topics.ts: > 5 % of chunks).
      ...Array.from({ length: 40 }, (_, i) => page(`f:${i}`, `Topic ${i}`, `Page ${i} is about something else entirely, number ${i}.`)),
    ]);
    // Another name the question says is its subject; the drug page the everyday word also names is not.
    const named = await kb.search('my iron-deficiency anemia is back, I crunch ice all day', { k: 3 });
    expect(named.map((h) => [h.docId, h.about])).toEqual([['m:2', 'iron-deficiency anemia']]);
    // Nothing else claims the question (this small KB has no described conditions): the page leads as before.
    const alone = await kb.search('I crunch ice all day, my periods are heavy and I am always tired', { k: 3, oneSubject: true });
    expect(alone[0]).toMatchObject({ docId: 'm:1', about: 'ice' });
    // Floor: where a red flag fires the name keeps its old strength (its page first, about it).
    const danger = await kb.search('crushing chest pain spreading to my left arm and sweating after I took ice', { k: 3 });
    expect(danger[0]).toMatchObject({ docId: 'm:1', about: 'ice' });
    await kb.close();
  });

  it('refuses another schema version, a foreign database, and writes when read-only', async () => {
    const dir = tmp();
    const path = join(dir, 'kb.sqlite');
    const kb = await openKnowledgeBase({ dbPath: path });
    await kb.ingest([makeDoc({ id: 'x:1', title: 'T', sections: [{ path: [], text: 'hello world' }], source: 'x', lang: 'en', authority: 'E' })]);
    await kb.close();
    const ro = await openKnowledgeBase({ dbPath: path, readonly: true });
    await expect(ro.ingest([])).rejects.toMatchObject({ code: 'KB_READONLY' });
    expect((await ro.search('hello')).length).toBe(1);
    await ro.close();
    const raw = new Database(path);
    raw.prepare("UPDATE meta SET value = '0' WHERE key = 'schema_version'").run();
    raw.close();
    await expect(openKnowledgeBase({ dbPath: path })).rejects.toMatchObject({ code: 'KB_SCHEMA_MISMATCH' });
    const foreign = join(dir, 'other.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE patients (id INTEGER)');
    f.close();
    await expect(openKnowledgeBase({ dbPath: foreign })).rejects.toMatchObject({ code: 'KB_NOT_A_KB' });
    await expect(openKnowledgeBase({ dbPath: join(dir, 'missing.sqlite'), readonly: true })).rejects.toMatchObject({ code: 'KB_MISSING' });
  });
});

describe('hybrid retrieval with an OpenAI-compatible embedder', () => {
  let server: FakeOpenAI;
  // A toy concept space: texts about the heart land on axis 0, about the lungs on axis 1, else axis 2.
  const concept = (t: string) => {
    const s = t.toLowerCase();
    const v = [/heart|myocard|cardiac|心/.test(s) ? 1 : 0, /lung|pulmon|asthma|肺/.test(s) ? 1 : 0, 0.05];
    const n = Math.hypot(...v);
    return v.map((x) => x / n);
  };
  beforeAll(async () => {
    server = await startFakeOpenAI({ embed: (input) => input.map(concept) });
  });
  afterAll(async () => server.close());

  it('finds a passage with no words in common through its vector, and refuses a different embedder', async () => {
    const path = join(tmp(), 'kb.sqlite');
    const embedder = await createEmbedder(`openai:${server.baseURL}#toy-embed`);
    const kb = await openKnowledgeBase({ dbPath: path, embedder });
    await kb.ingest([
      makeDoc({
        id: 'c:1',
        title: 'Myocardial infarction',
        sections: [{ path: [], text: 'Myocardial infarction needs urgent reperfusion.' }],
        source: 'c',
        lang: 'en',
        authority: 'C',
      }),
      makeDoc({
        id: 'c:2',
        title: 'Asthma',
        sections: [{ path: [], text: 'Pulmonary asthma is treated with inhalers.' }],
        source: 'c',
        lang: 'en',
        authority: 'C',
      }),
    ]);
    expect(kb.stats()).toMatchObject({ vectors: 2, embedder: { id: 'openai:toy-embed', dim: 3 } });
    expect(await kb.search('cardiac problem', { k: 5, mode: 'bm25' })).toHaveLength(0);
    const hybrid = await kb.search('cardiac problem', { k: 1 });
    expect(hybrid[0].docId).toBe('c:1');
    // Vectors of a removed source go with it.
    kb.removeSource('c');
    expect(kb.stats().vectors).toBe(0);
    await kb.close();

    // Chunks ingested before an embedder was configured get vectors on the next ingest.
    const late = join(tmp(), 'kb.sqlite');
    const plain = await openKnowledgeBase({ dbPath: late });
    await plain.ingest([
      makeDoc({ id: 'p:1', title: 'Heart failure', sections: [{ path: [], text: 'Cardiac output is too low.' }], source: 'p', lang: 'en', authority: 'C' }),
    ]);
    await plain.close();
    const upgraded = await openKnowledgeBase({ dbPath: late, embedder });
    expect((await upgraded.ingest([])).backfilled).toBe(1);
    expect((await upgraded.search('myocardial weakness', { k: 1 }))[0].docId).toBe('p:1');
    await upgraded.close();

    const other = await createEmbedder(`openai:${server.baseURL}#other-model`);
    await expect(openKnowledgeBase({ dbPath: path, embedder: other })).rejects.toMatchObject({ code: 'KB_EMBEDDER_MISMATCH' });
    await embedder.close();
    await other.close();
  });
});
