import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicStream } from './atomic-write.js';

describe('openAtomicStream', () => {
  it('shows the file only once committed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'sub', 'out.jsonl');
    const s = openAtomicStream(path);
    await s.write('{"a":1}\n');
    expect(existsSync(path)).toBe(false);
    await s.commit();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['out.jsonl']);
  });

  it('discards everything written so far', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const s = openAtomicStream(join(dir, 'out.jsonl'));
    await s.write('{"a":1}\n');
    await s.discard();
    expect(readdirSync(dir)).toEqual([]);
  });
});
