import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isQuarkError } from '../core/errors.js';
import { makeDoc } from '../knowledge/doc.js';
import { openKnowledgeBase } from './knowledge-base.js';
import { createSearchPool, type SearchPool } from './search-pool.js';

const tasks = fileURLToPath(new URL('../../test/helpers/pool-tasks.mjs', import.meta.url));

describe('search pool tasks (CPU-bound work beside the workers’ connections)', () => {
  let pool: SearchPool;
  beforeAll(async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'qm-pool-tasks-')), 'kb.sqlite');
    const kb = await openKnowledgeBase({ dbPath });
    await kb.ingest([
      makeDoc({
        id: 't:1',
        title: 'Gout',
        sections: [{ path: [], text: 'Gout is a form of arthritis caused by uric acid crystals.' }],
        source: 't',
        lang: 'en',
        authority: 'C',
      }),
    ]);
    await kb.close();
    pool = await createSearchPool({ dbPath, threads: 1, tasks, maxTasks: 2 });
  });
  afterAll(async () => pool?.close());

  it('runs a named task with the worker’s own knowledge base', async () => {
    expect(await pool.run('echo', { query: 'gout' })).toEqual({ titles: ['Gout'] });
  });

  it('refuses work beyond maxTasks with WORKERS_BUSY (503, Retry-After) instead of queueing, and serves again once drained', async () => {
    const flag = new SharedArrayBuffer(4);
    const held = [pool.run('hold', { flag }), pool.run('hold', { flag })];
    let refused: unknown;
    try {
      await pool.run('echo', { query: 'gout' });
    } catch (err) {
      refused = err;
    }
    expect(isQuarkError(refused) && refused.code).toBe('WORKERS_BUSY');
    expect(isQuarkError(refused) && refused.status).toBe(503);
    expect(isQuarkError(refused) && refused.details?.retryAfterSeconds).toBe(1);
    // Searches are not tasks: they still go through while tasks are held.
    expect((await pool.search('gout', { k: 1 }))[0].title).toBe('Gout');
    expect(pool.stats()).toMatchObject({ tasks: 2 });
    Atomics.store(new Int32Array(flag), 0, 1);
    Atomics.notify(new Int32Array(flag), 0);
    expect(await Promise.all(held)).toEqual(['released', 'released']);
    expect(pool.stats()).toMatchObject({ tasks: 0 });
    expect(pool.stats().refused).toBeGreaterThanOrEqual(1);
    expect(await pool.run('echo', { query: 'gout' })).toEqual({ titles: ['Gout'] });
  });

  it('rejects with the task’s error and an unknown task by name', async () => {
    await expect(pool.run('fail', {})).rejects.toThrow(/task failed on purpose/);
    await expect(pool.run('nope', {})).rejects.toThrow(/unknown worker task "nope"/);
  });
});
