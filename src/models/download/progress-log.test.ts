import { describe, expect, it } from 'vitest';
import { createProgressLog, progressHandler } from './progress-log.js';

describe('createProgressLog', () => {
  it('logs the first report, then every 10%, and the end', () => {
    const lines: string[] = [];
    const log = createProgressLog((l) => lines.push(l.trim()));
    const total = 1000 * 1024 * 1024;
    for (let i = 0; i <= 100; i += 2) log({ file: '/m/qwen.gguf', downloadedBytes: (total * i) / 100, totalBytes: total });
    log({ file: '/m/qwen.gguf', downloadedBytes: total, totalBytes: total, done: true });
    expect(lines[0]).toBe('quarkmed: downloading qwen.gguf 0% (0 B of 1000.0 MB)');
    expect(lines.length).toBe(12);
    expect(lines.at(-1)).toBe('quarkmed: downloaded qwen.gguf 100% (1000.0 MB of 1000.0 MB)');
  });

  it('is muted by false and replaced by a caller function', () => {
    const f = () => undefined;
    expect(progressHandler(false)).toBeUndefined();
    expect(progressHandler(f)).toBe(f);
    expect(typeof progressHandler(undefined)).toBe('function');
  });
});
