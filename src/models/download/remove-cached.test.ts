import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeCachedModel } from './remove-cached.js';

function home(): NodeJS.ProcessEnv {
  const h = mkdtempSync(join(tmpdir(), 'qm-rm-'));
  const hf = join(h, 'models', 'hf', 'acme', 'm-GGUF');
  mkdirSync(hf, { recursive: true });
  writeFileSync(join(hf, 'm-Q4_K_M.gguf'), 'GGUF1234');
  writeFileSync(join(hf, 'm-Q8_0.gguf.part'), 'GGUF12');
  const onnx = join(h, 'models', 'onnx', 'acme', 'bert', 'onnx');
  mkdirSync(onnx, { recursive: true });
  writeFileSync(join(onnx, 'model.onnx'), '0123456789');
  return { QUARKMED_HOME: h };
}

describe('removeCachedModel', () => {
  it('removes a GGUF by file spec or quant, partial downloads, and ONNX folders, reporting bytes', () => {
    const env = home();
    const root = join(env.QUARKMED_HOME as string, 'models');
    expect(removeCachedModel('llama:hf:acme/m-GGUF:q4_k_m', env)).toEqual({ paths: [join(root, 'hf', 'acme', 'm-GGUF', 'm-Q4_K_M.gguf')], bytes: 8 });
    expect(removeCachedModel('llama:hf:acme/m-GGUF/m-Q8_0.gguf', env).bytes).toBe(6);
    expect(removeCachedModel('onnx:hf:acme/bert', env).bytes).toBe(10);
    expect(existsSync(join(root, 'onnx', 'acme', 'bert'))).toBe(false);
    expect(removeCachedModel('llama:hf:acme/m-GGUF:q4_k_m', env)).toEqual({ paths: [], bytes: 0 });
  });

  it('refuses specs that do not live in the cache', () => {
    expect(() => removeCachedModel('llama:/home/me/model.gguf', home())).toThrow(/only downloaded/);
    expect(() => removeCachedModel('onnx:/models/bge', home())).toThrow(/only downloaded/);
    expect(() => removeCachedModel('openai:http://h/v1#m', home())).toThrow(/only downloaded/);
  });
});
