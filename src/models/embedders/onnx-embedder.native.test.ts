// Real transformers.js + onnxruntime on a tiny random BERT: vectors are meaningless, mechanics are real.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticFileServer, type StaticFileServer } from '../../../test/helpers/static-file-server.js';
import { tinyOnnxModelDir } from '../../../test/helpers/tiny-onnx.js';
import type { Embedder } from '../embedder.js';
import { createEmbedder } from './create-embedder.js';

let dir: string;
let embedder: Embedder;
beforeAll(async () => {
  dir = await tinyOnnxModelDir();
  embedder = await createEmbedder(`onnx:${dir}`);
});
afterAll(async () => {
  await embedder?.close();
});

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)));
}

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i], 0);

describe('ONNX embedder (tiny BERT)', () => {
  it('loads a local folder and embeds in batches, normalised, order-preserving', async () => {
    expect(embedder.dim).toBe(16);
    expect(embedder.id).toBe('onnx:tiny-bert-v1');
    const texts = ['the patient has chest pain', '患者出现胸痛', 'fever and cough', 'the patient has chest pain'];
    const v = await embedder.embed(texts);
    expect(v.length).toBe(4);
    for (const x of v) expect(Math.sqrt(dot(x, x))).toBeCloseTo(1, 4);
    expect(dot(v[0], v[3])).toBeCloseTo(1, 5);
    expect(dot(v[0], v[2])).toBeLessThan(0.999);
    // Batching gives the same vectors as one-at-a-time.
    const [single] = await embedder.embed([texts[1]]);
    expect(dot(single, v[1])).toBeCloseTo(1, 4);
  });

  it('CLS pooling is a different embedder id and different vectors', async () => {
    const cls = await createEmbedder(`onnx:${dir}?pooling=cls`);
    expect(cls.id).toBe('onnx:tiny-bert-v1?pooling=cls');
    const [a] = await cls.embed(['fever and cough']);
    const [b] = await embedder.embed(['fever and cough']);
    expect(dot(a, b)).toBeLessThan(0.999);
    await cls.close();
  });

  it('picks the weights a folder has (quantized only → q8), and says what is missing', async () => {
    const q = mkdtempSync(join(tmpdir(), 'qm-onnx-q8-'));
    for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json']) copyFileSync(join(dir, f), join(q, f));
    mkdirSync(join(q, 'onnx'));
    copyFileSync(join(dir, 'onnx', 'model.onnx'), join(q, 'onnx', 'model_quantized.onnx'));
    const e = await createEmbedder(`onnx:${q}`);
    expect(e.id).toMatch(/\?dtype=q8$/);
    const [a] = await e.embed(['fever']);
    const [b] = await embedder.embed(['fever']);
    expect(dot(a, b)).toBeCloseTo(1, 4);
    await e.close();
    rmSync(join(q, 'onnx', 'model_quantized.onnx'));
    await expect(createEmbedder(`onnx:${q}`)).rejects.toMatchObject({ code: 'MODEL_FILE_NOT_FOUND', message: expect.stringContaining('?dtype=') });
  });

  it('fails clearly on a folder that is not a model', async () => {
    await expect(createEmbedder(`onnx:${tmpdir()}/no-such-model`)).rejects.toMatchObject({ code: 'MODEL_FILE_NOT_FOUND' });
  });

  describe('hf: download on first use', () => {
    let server: StaticFileServer;
    beforeAll(async () => {
      const routes: Record<string, string> = {};
      for (const f of files(dir)) routes[`/acme/tiny-bert/resolve/main/${f}`] = join(dir, f);
      server = await startStaticFileServer(routes);
    });
    afterAll(async () => server?.close());

    it('downloads into $QUARKMED_HOME/models/onnx, then loads from the cache without the network', async () => {
      const home = mkdtempSync(join(tmpdir(), 'qm-onnx-'));
      const progress: string[] = [];
      const env = { QUARKMED_HOME: home, HF_ENDPOINT: server.url };
      const e = await createEmbedder('onnx:hf:acme/tiny-bert', { env, onProgress: (p) => progress.push(p.file) });
      expect(e.id).toBe('onnx:acme/tiny-bert');
      const [v] = await e.embed(['患者出现胸痛']);
      const [local] = await embedder.embed(['患者出现胸痛']);
      expect(dot(v, local)).toBeCloseTo(1, 4);
      await e.close();
      expect(files(join(home, 'models', 'onnx'))).toEqual(expect.arrayContaining([join('acme', 'tiny-bert', 'onnx', 'model.onnx')]));
      expect(progress.length).toBeGreaterThan(0);

      const served = server.requests.length;
      await server.close();
      const again = await createEmbedder('onnx:hf:acme/tiny-bert', { env });
      expect((await again.embed(['fever']))[0].length).toBe(16);
      expect(server.requests.length).toBe(served);
      await again.close();
    });
  });
});
