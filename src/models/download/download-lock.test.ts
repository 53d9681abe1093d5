import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDownloadLock } from './download-lock.js';

describe('withDownloadLock', () => {
  it('shares one running download between in-process callers and removes the lock after', async () => {
    const dest = join(mkdtempSync(join(tmpdir(), 'qm-lock-')), 'm.gguf');
    let runs = 0;
    const fn = async () => {
      runs++;
      expect(readFileSync(`${dest}.lock`, 'utf8')).toBe(String(process.pid));
      await new Promise((r) => setTimeout(r, 20));
      return dest;
    };
    const [a, b] = await Promise.all([withDownloadLock(dest, 's', fn), withDownloadLock(dest, 's', fn)]);
    expect([a, b, runs]).toEqual([dest, dest, 1]);
    expect(existsSync(`${dest}.lock`)).toBe(false);
  });

  it('fails fast when a live process holds the lock, and takes over a stale one', async () => {
    const dest = join(mkdtempSync(join(tmpdir(), 'qm-lock-')), 'm.gguf');
    writeFileSync(`${dest}.lock`, String(process.ppid));
    await expect(withDownloadLock(dest, 'hf:x', async () => dest)).rejects.toMatchObject({
      code: 'MODEL_DOWNLOAD_FAILED',
      message: expect.stringContaining(`process ${process.ppid} is already downloading`),
    });
    writeFileSync(`${dest}.lock`, '999999999');
    expect(await withDownloadLock(dest, 'hf:x', async () => 'done')).toBe('done');
  });
});
