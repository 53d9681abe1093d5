// `eval pull` against a local HTTP server on 127.0.0.1 (the real public hosts are unreachable from CI).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { startStaticFileServer } from '../../test/helpers/static-file-server.js';
import { pullBenchmark } from './pull.js';
import { defaultDataPath } from './run-eval.js';

const dir = mkdtempSync(join(tmpdir(), 'qm-pull-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pullBenchmark', () => {
  it('downloads every file of a multi-file benchmark from a mirror and loads it', async () => {
    const routes: Record<string, string> = {};
    for (const f of readdirSync(sharedPath('bench', 'cmmlu-dev'))) routes[`/m/${f}`] = sharedPath('bench', 'cmmlu-dev', f);
    const server = await startStaticFileServer(routes);
    try {
      const r = await pullBenchmark('cmmlu-medical', { dest: join(dir, 'cmmlu'), mirror: `${server.url}/m` });
      expect(r.files).toHaveLength(9);
      expect(r.items).toBe(45);
      expect(r.files.every((f) => f.bytes > 0)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('pulls into $QUARKMED_HOME/bench/NAME, exactly where `eval run` looks by default', async () => {
    const server = await startStaticFileServer({ '/ori_pqal.json': sharedPath('bench', 'pubmedqa-dev.json') });
    try {
      const env = { QUARKMED_HOME: join(dir, 'home') };
      const r = await pullBenchmark('pubmedqa', { mirror: server.url, env });
      expect(r.dataPath).toBe(defaultDataPath('pubmedqa', env));
      expect(r.items).toBe(500);
    } finally {
      await server.close();
    }
  });

  it('fails with EVAL_PULL_FAILED naming the URL on HTTP errors, and leaves no partial file', async () => {
    const server = await startStaticFileServer({});
    try {
      await expect(pullBenchmark('pubmedqa', { dest: join(dir, 'pq'), mirror: server.url })).rejects.toMatchObject({
        code: 'EVAL_PULL_FAILED',
        message: expect.stringContaining(`${server.url}/ori_pqal.json`),
      });
      expect(readdirSync(join(dir, 'pq'))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('rejects a download that is not the benchmark (an HTML error page) when loading it', async () => {
    const html = join(dir, 'page.html');
    writeFileSync(html, '<html><body>Sign in</body></html>');
    const server = await startStaticFileServer({ '/ori_pqal.json': html });
    try {
      await expect(pullBenchmark('pubmedqa', { dest: join(dir, 'pq2'), mirror: server.url })).rejects.toMatchObject({ code: 'EVAL_DATA_INVALID' });
    } finally {
      await server.close();
    }
  });

  it('says where to get MedQA instead of fetching a Google Drive page', async () => {
    await expect(pullBenchmark('medqa-us', { dest: join(dir, 'mq') })).rejects.toThrow(/data_clean\.zip/);
  });
});
