import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startStaticFileServer, type StaticFileServer } from '../../../test/helpers/static-file-server.js';
import { parseModelSpec } from '../model-spec.js';
import { resolveGguf } from './gguf-source.js';
import { pickQuantFile } from './hf-quant.js';

const repoFiles = [
  'README.md',
  'qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf',
  'qwen2.5-7b-instruct-q4_k_m-00002-of-00002.gguf',
  'qwen2.5-7b-instruct-iq4_k_m.gguf',
  'qwen2.5-7b-instruct-q8_0.gguf',
  'qwen2.5-7b-instruct-fp16.gguf',
  'mmproj-q8_0.gguf',
];

describe('pickQuantFile', () => {
  it('matches the quant as a whole token, first part of split models, case-insensitive, never mmproj', () => {
    expect(pickQuantFile(repoFiles, 'Q4_K_M')).toBe('qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf');
    expect(pickQuantFile(repoFiles, 'IQ4_K_M')).toBe('qwen2.5-7b-instruct-iq4_k_m.gguf');
    expect(pickQuantFile(repoFiles, 'q8_0')).toBe('qwen2.5-7b-instruct-q8_0.gguf');
    expect(pickQuantFile(repoFiles, 'Q4_K')).toBeUndefined();
    expect(pickQuantFile(repoFiles, 'Q5_K_M')).toBeUndefined();
  });
});

describe('llama:hf:<owner>/<repo>:<quant>', () => {
  let server: StaticFileServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('lists the repo through the Hub API, downloads the match, then resolves offline from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-quant-'));
    const gguf = join(dir, 'm.gguf');
    const buf = Buffer.alloc(4096, 7);
    buf.write('GGUF', 0, 'latin1');
    writeFileSync(gguf, buf);
    const api = join(dir, 'api.json');
    writeFileSync(api, JSON.stringify({ siblings: [{ rfilename: 'tiny-Q8_0.gguf' }, { rfilename: 'tiny-Q4_K_M.gguf' }] }));
    server = await startStaticFileServer({ '/api/models/acme/tiny-GGUF': api, '/acme/tiny-GGUF/resolve/main/tiny-Q4_K_M.gguf': gguf });
    const env = { QUARKMED_HOME: mkdtempSync(join(tmpdir(), 'qm-home-')), HF_ENDPOINT: server.url };
    const spec = parseModelSpec('llama:hf:acme/tiny-GGUF:q4_k_m?threads=1');
    if (spec.kind !== 'llama') throw new Error('llama spec expected');
    expect(spec.source).toMatchObject({ type: 'hf-quant', owner: 'acme', repo: 'tiny-GGUF', quant: 'q4_k_m' });
    const path = await resolveGguf(spec.source, { env });
    expect(path).toBe(join(env.QUARKMED_HOME, 'models', 'hf', 'acme', 'tiny-GGUF', 'tiny-Q4_K_M.gguf'));
    await server.close();
    server = undefined;
    expect(await resolveGguf(spec.source, { env })).toBe(path);

    const missing = parseModelSpec('llama:hf:acme/tiny-GGUF:Q5_K_S');
    if (missing.kind !== 'llama') throw new Error('llama spec expected');
    server = await startStaticFileServer({ '/api/models/acme/tiny-GGUF': api });
    await expect(resolveGguf(missing.source, { env: { ...env, HF_ENDPOINT: server.url } })).rejects.toMatchObject({
      code: 'MODEL_DOWNLOAD_FAILED',
      message: expect.stringContaining('it has Q4_K_M, Q8_0'),
    });
  });
});
