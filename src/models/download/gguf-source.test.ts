import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startStaticFileServer, type StaticFileServer } from '../../../test/helpers/static-file-server.js';
import { parseModelSpec } from '../model-spec.js';
import { planGguf, resolveGguf, splitParts } from './gguf-source.js';
import type { DownloadProgress } from './progress.js';

// A fake GGUF: magic bytes plus padding is all the downloader checks.
function fakeGguf(size: number, seed = 1): string {
  const dir = mkdtempSync(join(tmpdir(), 'qm-gguf-src-'));
  const buf = Buffer.alloc(size, seed);
  buf.write('GGUF', 0, 'latin1');
  const p = join(dir, `m${seed}.gguf`);
  writeFileSync(p, buf);
  return p;
}

function source(spec: string) {
  const s = parseModelSpec(spec);
  if (s.kind !== 'llama' || s.source.type === 'hf-quant') throw new Error('llama file/hf/url spec expected');
  return s.source;
}

let server: StaticFileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('GGUF download cache', () => {
  it('lays hf: and https: models out under $QUARKMED_HOME/models', () => {
    const env = { QUARKMED_HOME: '/h', HF_ENDPOINT: 'https://hf-mirror.com/' };
    const hf = planGguf(source('llama:hf:Qwen/Qwen2.5-3B-Instruct-GGUF/qwen2.5-3b-instruct-q4_k_m.gguf'), env);
    expect(hf.path).toBe('/h/models/hf/Qwen/Qwen2.5-3B-Instruct-GGUF/qwen2.5-3b-instruct-q4_k_m.gguf');
    expect(hf.files[0].url).toBe('https://hf-mirror.com/Qwen/Qwen2.5-3B-Instruct-GGUF/resolve/main/qwen2.5-3b-instruct-q4_k_m.gguf');
    const url = planGguf(source('llama:https://example.org/models/m.gguf'), env);
    expect(url.path).toMatch(/^\/h\/models\/url\/example\.org-[0-9a-f]{10}\/m\.gguf$/);
    expect(planGguf(source('llama:./x.gguf'), env).files).toEqual([]);
  });

  it('expands split GGUFs to every part', () => {
    expect(splitParts('q4-00001-of-00003.gguf')).toEqual(['q4-00001-of-00003.gguf', 'q4-00002-of-00003.gguf', 'q4-00003-of-00003.gguf']);
    expect(splitParts('q4.gguf')).toEqual(['q4.gguf']);
    const plan = planGguf(source('llama:hf:o/r/q4-00002-of-00002.gguf'), { QUARKMED_HOME: '/h' });
    expect(plan.path.endsWith('q4-00001-of-00002.gguf')).toBe(true);
    expect(plan.files.length).toBe(2);
  });

  it('downloads an hf: model with progress and an auth token, then serves it from the cache', async () => {
    const file = fakeGguf(300_000);
    server = await startStaticFileServer({ '/acme/tiny/resolve/main/tiny.gguf': file });
    const env = { QUARKMED_HOME: mkdtempSync(join(tmpdir(), 'qm-home-')), HF_ENDPOINT: server.url, HF_TOKEN: 'hf_test' };
    const progress: DownloadProgress[] = [];
    const path = await resolveGguf(source('llama:hf:acme/tiny/tiny.gguf'), { env, onProgress: (p) => progress.push(p) });
    expect(readFileSync(path).equals(readFileSync(file))).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: true, downloadedBytes: 300_000, totalBytes: 300_000 });
    expect(server.requests[0].headers.authorization).toBe('Bearer hf_test');
    await resolveGguf(source('llama:hf:acme/tiny/tiny.gguf'), { env });
    expect(server.requests.length).toBe(1);
  });

  it('resumes an interrupted download with a Range request', async () => {
    const file = fakeGguf(200_000, 2);
    server = await startStaticFileServer({ '/m2.gguf': { file, cutAfterBytes: 70_000 } });
    const env = { QUARKMED_HOME: mkdtempSync(join(tmpdir(), 'qm-home-')) };
    const src = source(`llama:${server.url}/m2.gguf`);
    await expect(resolveGguf(src, { env })).rejects.toMatchObject({ code: 'MODEL_DOWNLOAD_FAILED' });
    const plan = planGguf(src, env);
    expect(existsSync(plan.path)).toBe(false);
    expect(existsSync(`${plan.path}.part`)).toBe(true);
    const path = await resolveGguf(src, { env });
    expect(readFileSync(path).equals(readFileSync(file))).toBe(true);
    expect(server.requests[1].headers.range).toMatch(/^bytes=\d+-$/);
    expect(existsSync(`${plan.path}.part`)).toBe(false);
  });

  it('never caches something that is not a GGUF, and names 404s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-html-'));
    writeFileSync(join(dir, 'page.html'), '<html>rate limited</html>');
    server = await startStaticFileServer({ '/x.gguf': join(dir, 'page.html') });
    const env = { QUARKMED_HOME: mkdtempSync(join(tmpdir(), 'qm-home-')) };
    const src = source(`llama:${server.url}/x.gguf`);
    await expect(resolveGguf(src, { env })).rejects.toMatchObject({ code: 'MODEL_DOWNLOAD_FAILED', message: expect.stringContaining('not a GGUF') });
    expect(existsSync(planGguf(src, env).path)).toBe(false);
    await expect(resolveGguf(source(`llama:${server.url}/missing.gguf`), { env })).rejects.toMatchObject({
      message: expect.stringContaining('HTTP 404'),
    });
  });

  it('reports a missing local file or an uncached download with MODEL_FILE_NOT_FOUND', async () => {
    await expect(resolveGguf(source('llama:/no/such.gguf'))).rejects.toMatchObject({ code: 'MODEL_FILE_NOT_FOUND' });
    const env = { QUARKMED_HOME: mkdtempSync(join(tmpdir(), 'qm-home-')) };
    await expect(resolveGguf(source('llama:hf:a/b/c.gguf'), { env, download: false })).rejects.toMatchObject({ code: 'MODEL_FILE_NOT_FOUND' });
  });
});
