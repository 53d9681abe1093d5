import { describe, expect, it } from 'vitest';
import { modelDisplayName, parseModelSpec } from './model-spec.js';

describe('parseModelSpec', () => {
  it('parses openai specs with the model and options in either place', () => {
    expect(parseModelSpec('openai:http://localhost:8000/v1#qwen2.5-7b')).toEqual({
      kind: 'openai',
      spec: 'openai:http://localhost:8000/v1#qwen2.5-7b',
      baseURL: 'http://localhost:8000/v1',
      model: 'qwen2.5-7b',
      options: {},
    });
    expect(parseModelSpec('openai:http://h:1/v1/#m?concurrency=8&timeout=30000&retries=0')).toMatchObject({
      baseURL: 'http://h:1/v1',
      model: 'm',
      options: { concurrency: 8, timeoutMs: 30000, retries: 0 },
    });
    expect(parseModelSpec('openai:https://dashscope.aliyuncs.com/compatible-mode/v1?concurrency=2#qwen-max')).toMatchObject({
      baseURL: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
      model: 'qwen-max',
      options: { concurrency: 2 },
    });
    expect(parseModelSpec('openai:http://localhost:11434/v1')).toMatchObject({ model: undefined });
    expect(parseModelSpec('openai:http://h:1/v1#m?ctx=4096')).toMatchObject({ options: { contextSize: 4096 } });
  });

  it('parses llama specs: file, hf (incl. nested path and branch), url, options', () => {
    expect(parseModelSpec('llama:./models/m.gguf?threads=4&ctx=4096&gpu=0')).toMatchObject({
      source: { type: 'file', path: './models/m.gguf' },
      options: { threads: 4, contextSize: 4096, gpuLayers: 0 },
    });
    expect(parseModelSpec('llama:hf:Qwen/Qwen2.5-3B-Instruct-GGUF/qwen2.5-3b-instruct-q4_k_m.gguf').kind).toBe('llama');
    expect(parseModelSpec('llama:hf:o/r/sub/dir/f.gguf#v2')).toMatchObject({
      source: { type: 'hf', owner: 'o', repo: 'r', file: 'sub/dir/f.gguf', branch: 'v2' },
    });
    expect(parseModelSpec('llama:http://127.0.0.1:9/x.gguf')).toMatchObject({ source: { type: 'url', url: 'http://127.0.0.1:9/x.gguf' } });
  });

  it('treats "none" and empty as evidence mode', () => {
    expect(parseModelSpec('none').kind).toBe('none');
    expect(parseModelSpec('  ').kind).toBe('none');
  });

  it('rejects bad specs with MODEL_SPEC_INVALID naming the problem', () => {
    const bad: Array<[string, string]> = [
      ['gpt4', 'unknown backend "gpt4"'],
      ['vllm:http://x', 'known: openai, llama, none'],
      ['openai:localhost:8000#m', 'base URL must be http(s)'],
      ['openai:not a url#m', 'is not a URL'],
      ['openai:http://h/v1#m?concurrency=0', 'concurrency expects an integer ≥ 1'],
      ['openai:http://h/v1#m?timeout=1&threads=2', 'unknown option "threads"'],
      ['llama:hf:owner/file.gguf', 'hf:<owner>/<repo>/<file.gguf>'],
      ['llama:', 'missing model path'],
    ];
    for (const [spec, msg] of bad) {
      let err: unknown;
      try {
        parseModelSpec(spec);
      } catch (e) {
        err = e;
      }
      expect(err, spec).toMatchObject({ code: 'MODEL_SPEC_INVALID', status: 400 });
      expect((err as Error).message, spec).toContain(msg);
    }
  });

  it('names models for display', () => {
    expect(modelDisplayName(parseModelSpec('llama:hf:o/r/dir/q4.gguf'))).toBe('llama:q4.gguf');
    expect(modelDisplayName(parseModelSpec('openai:http://h:8/v1#qwen'))).toBe('openai:qwen');
    expect(modelDisplayName(parseModelSpec('llama:/a/b/c.gguf'))).toBe('llama:c.gguf');
  });
});
