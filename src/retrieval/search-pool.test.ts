import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureKbCopy } from '../../test/helpers/fixture-kbs.js';
import { makeDoc } from '../knowledge/doc.js';
import { openKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { createSearchPool, type SearchPool } from './search-pool.js';
import type { SearchOptions } from './store.js';

const crashingEntry = new URL('../../test/helpers/crashing-search-worker.js', import.meta.url);

const QUERIES: [string, SearchOptions][] = [
  ['How is Chagas disease treated?', { k: 5 }],
  ['What are the symptoms of rabies?', {}],
  ['hepatitis B vaccine', { k: 3, minAuthority: 'C' }],
  ['flu prevention', { k: 10, expand: false }],
  ['malaria travel', { k: 4, sources: ['medquad'], lang: 'en' }],
  ['zzzz-no-such-term', {}],
];

describe('search pool over MedQuAD CDC', () => {
  let dir: string;
  let dbPath: string;
  let kb: KnowledgeBase;
  let pool: SearchPool;
  beforeAll(async () => {
    // A private copy of the shared MedQuAD CDC fixture (built once per run): this file writes to it.
    ({ dir, dbPath } = await fixtureKbCopy('cdc'));
    kb = await openKnowledgeBase({ dbPath });
    pool = await createSearchPool({ dbPath, threads: 2 });
  });
  afterAll(async () => {
    await pool?.close();
    await kb?.close();
  });

  it('returns exactly the in-process hits', async () => {
    for (const [q, o] of QUERIES) expect(await pool.search(q, o)).toEqual(await kb.search(q, o));
  });

  it('answers concurrent searches on every worker, each matching its sequential result', async () => {
    const expected = await Promise.all(QUERIES.map(([q, o]) => kb.search(q, o)));
    const runs = Array.from({ length: 60 }, (_, i) => i % QUERIES.length);
    const before = pool.stats().served;
    const got = await Promise.all(runs.map((i) => pool.search(QUERIES[i][0], QUERIES[i][1])));
    got.forEach((hits, j) => expect(hits).toEqual(expected[runs[j]]));
    const after = pool.stats().served;
    expect(after.every((n, i) => n > before[i])).toBe(true);
    expect(pool.stats()).toMatchObject({ threads: 2, alive: 2, inFlight: 0 });
  });

  it('passes knowledge-base errors through with their code', async () => {
    await expect(pool.search('x', { k: 0 })).rejects.toMatchObject({ code: 'KB_QUERY_INVALID', status: 400 });
  });

  it('sees documents ingested by the writer after refresh()', async () => {
    expect(await pool.search('quokkapox')).toEqual([]);
    await kb.ingest([
      makeDoc({
        id: 'pool:quokkapox',
        title: 'Quokkapox',
        sections: [{ path: [], text: 'Quokkapox is a made-up rash illness used to test the search pool.' }],
        source: 'pool-test',
        lang: 'en',
        authority: 'B',
      }),
    ]);
    await pool.refresh();
    const hits = await pool.search('quokkapox');
    expect(hits[0]?.docId).toBe('pool:quokkapox');
    expect(hits).toEqual(await kb.search('quokkapox'));
  });

  it('fails at start-up with the knowledge base error when the file is missing', async () => {
    await expect(createSearchPool({ dbPath: join(dir, 'missing.sqlite'), threads: 1 })).rejects.toMatchObject({ code: 'KB_MISSING' });
  });
});

describe('search pool: crashes and shutdown', () => {
  let dbPath: string;
  beforeAll(async () => {
    dbPath = join(mkdtempSync(join(tmpdir(), 'qm-pool-crash-')), 'kb.sqlite');
    const kb = await openKnowledgeBase({ dbPath });
    await kb.ingest([
      makeDoc({
        id: 'c:flu',
        title: 'Flu',
        sections: [{ path: [], text: 'Influenza spreads by droplets; yearly vaccination prevents it.' }],
        source: 'crash-test',
        lang: 'en',
        authority: 'B',
      }),
    ]);
    await kb.close();
  });

  it('rejects the in-flight search with a clear error, restarts the worker and keeps serving', async () => {
    const pool = await createSearchPool({ dbPath, threads: 1, entry: crashingEntry });
    try {
      expect((await pool.search('influenza'))[0]?.docId).toBe('c:flu');
      const crashed = pool.search('__crash__');
      await expect(crashed).rejects.toMatchObject({ code: 'SEARCH_WORKER_CRASHED', status: 503 });
      await expect(crashed).rejects.toThrow(/worker 0 stopped .*exit code 7.*retry/);
      expect((await pool.search('influenza'))[0]?.docId).toBe('c:flu');
      expect(pool.stats()).toMatchObject({ alive: 1, restarts: 1 });
    } finally {
      await pool.close();
    }
  });

  it('only fails the searches of the worker that died', async () => {
    const pool = await createSearchPool({ dbPath, threads: 2, entry: crashingEntry });
    try {
      const results = await Promise.allSettled([pool.search('__crash_once__'), ...Array.from({ length: 9 }, () => pool.search('vaccination'))]);
      const failed = results.filter((r) => r.status === 'rejected');
      expect(failed.length).toBeGreaterThanOrEqual(1);
      expect(failed.length).toBeLessThan(results.length);
      expect(await pool.search('vaccination')).toHaveLength(1);
      expect(existsSync(`${dbPath}.crashed`)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('closes its workers and refuses work afterwards', async () => {
    const pool = await createSearchPool({ dbPath, threads: 2 });
    await pool.search('flu');
    await pool.close();
    expect(pool.stats().alive).toBe(0);
    await expect(pool.search('flu')).rejects.toMatchObject({ code: 'SEARCH_POOL_CLOSED' });
    await expect(pool.refresh()).rejects.toMatchObject({ code: 'SEARCH_POOL_CLOSED' });
    await pool.close();
  });
});
