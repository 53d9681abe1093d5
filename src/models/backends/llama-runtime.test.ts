// Where the llama.cpp addon cannot load, a llama: spec fails with a code and a fix, and nothing else breaks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../create-backend.js';

vi.mock('node-llama-cpp', () => {
  throw new Error('node-llama-cpp: no prebuilt binary for linux-riscv64');
});

describe('llama.cpp unavailable', () => {
  it('reports MODEL_NATIVE_UNAVAILABLE with how to fix it, while openai/none still work', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qm-native-')), 'm.gguf');
    writeFileSync(file, 'GGUF0000');
    const err = await createBackend(`llama:${file}`).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'MODEL_NATIVE_UNAVAILABLE', status: 501 });
    expect((err as Error).message).toMatch(/npm install node-llama-cpp.*openai: model spec/);
    expect(await createBackend('none')).toBeNull();
  });
});
