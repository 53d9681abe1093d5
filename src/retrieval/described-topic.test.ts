import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { createAnalyzer } from './analyzer.js';
import { buildDescribedTopicIndex } from './described-topic.js';
import { openKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

describe('buildDescribedTopicIndex (pure confidence rule)', () => {
  const analyzer = createAnalyzer();
  const terms = (t: string) => analyzer.terms(t);
  const index = buildDescribedTopicIndex(
    [
      { name: 'A', lang: 'en', docs: [1], text: 'fingers turn white then blue in the cold and throb when warmed' },
      { name: 'B', lang: 'en', docs: [2], text: 'loud snoring with pauses in breathing during sleep and gasping' },
      { name: 'C', lang: 'en', docs: [3], text: 'loud snoring with pauses in breathing during sleep and gasping' },
      { name: 'D', lang: 'en', docs: [4], text: 'itchy rash on the elbows' },
    ],
    terms,
  );
  const few = { minEntities: 1 };
  it('resolves the entity whose description the question matches clearly best', () => {
    expect(index.resolve(analyzer.queryTerms('my fingers go white and blue when it is cold'), 'en', few).topic?.name).toBe('A');
    // A handful of entities is no population to judge distinctiveness by: the default rule needs twenty.
    expect(index.resolve(analyzer.queryTerms('my fingers go white and blue when it is cold'), 'en').topic).toBeUndefined();
  });
  it('names no topic when two entities fit the description equally (margin below the rule)', () => {
    const r = index.resolve(analyzer.queryTerms('snoring and gasping with pauses in breathing'), 'en', few);
    expect(r.candidates.length).toBeGreaterThanOrEqual(2);
    expect(r.topic).toBeUndefined();
  });
  it('a long question full of story is still read as the description it contains (four shared terms, clear margin)', () => {
    // Our own sentences: the Raynaud description sits in a story whose words other descriptions use one or two at a
    // time, so the description holds well under 40 % of the question's weight.
    const life = ['wedding planning', 'new flat', 'builders noise', 'school kids', 'job boss', 'dog walks'];
    const withStory = buildDescribedTopicIndex(
      [
        { name: 'A', lang: 'en', docs: [1], text: 'fingers turn white then blue in the cold and throb when warmed' },
        ...life.map((text, i) => ({ name: `L${i}`, lang: 'en' as const, docs: [10 + i], text })),
      ],
      terms,
    );
    const story = analyzer.queryTerms(
      'wedding planning, a new flat, builders noise all day, school kids, my boss at the job, dog walks, and now my fingers turn white then blue in the cold',
    );
    const r = withStory.resolve(story, 'en', few);
    expect(r.candidates[0]?.name).toBe('A');
    expect(r.candidates[0]?.coverage).toBeLessThan(0.4);
    expect(r.topic?.name).toBe('A');
    // The old share rule alone (no count of shared terms) would have named nothing.
    expect(withStory.resolve(story, 'en', { ...few, longMatched: Number.POSITIVE_INFINITY }).topic).toBeUndefined();
  });
  it('names no topic from one shared word, nor in a language it has no descriptions for', () => {
    expect(index.resolve(analyzer.queryTerms('my elbows ache after tennis and I want a new racket grip'), 'en', few).topic).toBeUndefined();
    expect(index.resolve(analyzer.queryTerms('手指遇冷发白'), 'zh').candidates).toEqual([]);
  });
});

// Real MedQuAD pages (NHLBI's 88 topics plus seven MedlinePlus topics): a question that describes a condition without
// naming it is about the condition whose own overview and symptom answers it matches, not a page named by a symptom.
describe('described conditions over shared MedQuAD pages', () => {
  let dir: string;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qm-described-'));
    kb = await openKnowledgeBase({ dbPath: join(dir, 'kb.sqlite') });
    const mplus = ['0000823', '0000242', '0000388', '0000830', '0000769', '0000249', '0000264'].map((f) =>
      sharedPath('kb', 'medquad', '4_MPlus_Health_Topics_QA', `${f}.xml`),
    );
    await kb.ingest([sharedPath('kb', 'medquad', '8_NHLBI_QA_XML'), ...mplus]);
  });
  afterAll(async () => {
    await kb.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loud snoring with pauses and gasps is about sleep apnea, not the Snoring page the symptom names', async () => {
    const q = 'My husband snores like a train and his breathing stops for a few seconds in his sleep, then he gasps; he is exhausted all day';
    const hits = await kb.search(q, { k: 3 });
    expect(hits.map((h) => h.about)).toEqual(['Sleep Apnea', 'Sleep Apnea', 'Sleep Apnea']);
    // The same search without the resolver: the symptom page is the topic (what the design replaces).
    expect((await kb.search(q, { k: 3, described: false }))[0]?.title).toBe('Snoring');
  });

  it('a barking cough with a hoarse voice in a toddler takes croup as its topic (cited alone by chat)', async () => {
    const q = 'My toddler has a cough that sounds like a seal barking at night and a hoarse voice';
    expect((await kb.search(q, { k: 3 }))[0]?.about).toBe('Croup');
    expect((await kb.search(q, { k: 3, described: false }))[0]?.about).toBeUndefined();
  });

  it('a clearly matched description outranks a lay name read into one word ("blue" → Depression)', async () => {
    const q = 'In cold weather my fingertips go white, then blue, and then red and painful as they warm up';
    expect((await kb.search(q, { k: 3 }))[0]?.about).toBe("Raynaud's Disease");
    expect((await kb.search(q, { k: 3, described: false }))[0]?.title).toBe('Depression');
  });

  it('a question describing no condition gets no described topic', async () => {
    const hits = await kb.search('what should I eat for breakfast', { k: 3 });
    expect(hits.every((h) => h.about === undefined)).toBe(true);
  });
});
