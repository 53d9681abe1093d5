// `quarkmed model …` in-process: pull a GGUF from a local server into $QUARKMED_HOME, list it, test it, set it default.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../src/cli/commands/model.js';
import { runInProcess } from '../helpers/run-cli.js';
import { startStaticFileServer, type StaticFileServer } from '../helpers/static-file-server.js';
import { tinyGgufPath } from '../helpers/tiny-gguf.js';

let server: StaticFileServer;
let home: string;
const saved = { home: process.env.QUARKMED_HOME, hf: process.env.HF_ENDPOINT, model: process.env.QUARKMED_MODEL };

beforeAll(async () => {
  server = await startStaticFileServer({ '/acme/tiny-GGUF/resolve/main/tiny.gguf': await tinyGgufPath() });
  home = mkdtempSync(join(tmpdir(), 'qm-cli-home-'));
  process.env.QUARKMED_HOME = home;
  process.env.HF_ENDPOINT = server.url;
  delete process.env.QUARKMED_MODEL;
});
afterAll(async () => {
  await server.close();
  for (const [k, v] of [
    ['QUARKMED_HOME', saved.home],
    ['HF_ENDPOINT', saved.hf],
    ['QUARKMED_MODEL', saved.model],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const run = (...args: string[]) => runInProcess(register, args);

describe('quarkmed model', () => {
  const spec = 'llama:hf:acme/tiny-GGUF/tiny.gguf';

  it('pull downloads into the cache and list shows it', async () => {
    const pulled = JSON.parse((await run('model', 'pull', spec, '--json')).stdout) as { path: string };
    expect(pulled.path).toBe(join(home, 'models', 'hf', 'acme', 'tiny-GGUF', 'tiny.gguf'));
    const listed = JSON.parse((await run('model', 'list', '--json')).stdout) as { cached: Array<{ spec: string; partial: boolean }>; current: string };
    expect(listed.cached).toEqual([expect.objectContaining({ spec, partial: false })]);
    expect(listed.current).toBe('none');
  });

  it('test reports latency and tokens for the cached model; evidence mode prints the hint', async () => {
    const m = JSON.parse((await run('model', 'test', '--model', `${spec}?threads=1`, '--max-tokens', '8', '--json')).stdout) as {
      usage: { completionTokens: number };
      firstTokenMs: number;
      finishReason: string;
    };
    expect(m.usage.completionTokens).toBeGreaterThan(0);
    expect(m.usage.completionTokens).toBeLessThanOrEqual(8);
    expect(m.firstTokenMs).toBeGreaterThan(0);
    expect(server.requests.length).toBe(1);
    expect((await run('model', 'test')).stdout).toContain('No model configured');
  });

  it('use saves the default and aliases; bad specs exit 2 without touching config', async () => {
    await run('model', 'use', spec);
    await run('model', 'use', 'openai:http://127.0.0.1:9/v1#q', '--alias', 'remote');
    expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'))).toEqual({ model: spec, models: { remote: 'openai:http://127.0.0.1:9/v1#q' } });
    const bad = await run('model', 'use', 'gpt4');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('MODEL_SPEC_INVALID');
    const pullBad = await run('model', 'pull', 'openai:http://127.0.0.1:9/v1#q');
    expect(pullBad.code).toBe(2);
    expect((await run('model', 'list')).stdout).toContain('remote');
  });

  it('rm deletes the cached model', async () => {
    const removed = JSON.parse((await run('model', 'rm', spec, '--json')).stdout) as { paths: string[]; bytes: number };
    expect(removed.bytes).toBeGreaterThan(100_000);
    const listed = JSON.parse((await run('model', 'list', '--json')).stdout) as { cached: unknown[] };
    expect(listed.cached).toEqual([]);
  });
});
