import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listConfiguredModels, loadConfig, resolveEmbedderSpec, resolveModelSpec, saveConfig } from './config.js';

function home(config?: unknown): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'qm-config-'));
  if (config !== undefined) writeFileSync(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return { QUARKMED_HOME: dir };
}

describe('model config', () => {
  it('resolves flag → env → config → none', () => {
    const env = home({ model: 'openai:http://cfg/v1#a', embedder: 'onnx:/m' });
    expect(resolveModelSpec('llama:/x.gguf', { ...env, QUARKMED_MODEL: 'none' })).toBe('llama:/x.gguf');
    expect(resolveModelSpec(undefined, { ...env, QUARKMED_MODEL: 'openai:http://env/v1#b' })).toBe('openai:http://env/v1#b');
    expect(resolveModelSpec(undefined, env)).toBe('openai:http://cfg/v1#a');
    expect(resolveModelSpec(undefined, home())).toBe('none');
    expect(resolveEmbedderSpec(undefined, env)).toBe('onnx:/m');
    expect(resolveEmbedderSpec('openai:http://e/v1#bge', env)).toBe('openai:http://e/v1#bge');
    expect(resolveEmbedderSpec(undefined, home())).toBeUndefined();
  });

  it('expands aliases from config.models and lists them for the server', () => {
    const env = home({ model: 'fast', models: { fast: 'openai:http://a/v1#small', big: 'llama:/big.gguf' } });
    expect(resolveModelSpec(undefined, env)).toBe('openai:http://a/v1#small');
    expect(resolveModelSpec('big', env)).toBe('llama:/big.gguf');
    expect(listConfiguredModels(env)).toEqual([
      { alias: 'fast', spec: 'openai:http://a/v1#small', isDefault: true },
      { alias: 'big', spec: 'llama:/big.gguf', isDefault: false },
    ]);
  });

  it('lists a plain default model under alias "default"', () => {
    expect(listConfiguredModels(home({ model: 'llama:/m.gguf' }))).toEqual([{ alias: 'default', spec: 'llama:/m.gguf', isDefault: true }]);
    expect(listConfiguredModels(home({ model: 'none' }))).toEqual([]);
  });

  it('rejects a malformed config naming the file and field', () => {
    const env = home('{ "model": 3 }');
    expect(() => loadConfig(env)).toThrow(/config\.json: field "model"/);
    expect(() => loadConfig(home('{oops'))).toThrow(/not valid JSON/);
  });

  it('saves atomically, keeping other fields', () => {
    const env = home({ model: 'none', server: { port: 1 } });
    saveConfig({ embedder: 'onnx:/e' }, env);
    expect(loadConfig(env)).toEqual({ model: 'none', server: { port: 1 }, embedder: 'onnx:/e' });
  });
});
