import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deidJsonlFile, deidTextFile, isTextDocument } from './dry-run.js';
import { loadPhiRedactor } from './redactor.js';

describe('deidJsonlFile', () => {
  it('writes the records with the field de-identified', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deid-file-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 1, text: 'Call 555-123-4567 or mail jo@example.com' })}\n`);
    const redactor = await loadPhiRedactor({ rulesOnly: true });
    const report = await deidJsonlFile(input, join(dir, 'out.jsonl'), redactor, { field: 'text', dryRun: false });
    expect(report.spans).toBeGreaterThanOrEqual(2);
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8');
    expect(out).not.toContain('555-123-4567');
    expect(out).not.toContain('jo@example.com');
  });

  // A first-hour user's malformed file: the clear error used to be followed by an unhandled ERR_STREAM_DESTROYED crash.
  it('stops at a malformed line with a clear error and leaves no output, partial or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deid-file-'));
    const input = join(dir, 'bad.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 1, text: 'Call John Smith at 555-123-4567' })}\nnot json\n`);
    const redactor = await loadPhiRedactor({ rulesOnly: true });
    await expect(deidJsonlFile(input, join(dir, 'out', 'o.jsonl'), redactor, { field: 'text', dryRun: false })).rejects.toThrow(/bad\.jsonl:2: not JSON/);
    await new Promise((r) => setTimeout(r, 100)); // an unhandled stream error would surface here
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });
  // A new user who names the input as <out> would lose the only copy of the original (de-identification is one way).
  it('refuses to write over its input, through a relative path too, and leaves the input as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deid-file-'));
    const input = join(dir, 'in.jsonl');
    const original = `${JSON.stringify({ id: 1, text: 'Call 555-123-4567' })}\n`;
    writeFileSync(input, original);
    const redactor = await loadPhiRedactor({ rulesOnly: true });
    for (const out of [input, join(dir, '.', 'in.jsonl')])
      await expect(deidJsonlFile(input, out, redactor, { field: 'text', dryRun: false })).rejects.toMatchObject({ code: 'DATA_STEP_OPTIONS' });
    expect(readFileSync(input, 'utf8')).toBe(original);
    expect((await deidJsonlFile(input, input, redactor, { field: 'text', dryRun: true })).spans).toBe(1);
  });
});

describe('deidTextFile: a plain-text or Markdown document is one record, read whole', () => {
  it('redacts a .txt note in place of the JSONL error, a name found once redacted everywhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deid-text-'));
    const input = join(dir, 'note.txt');
    writeFileSync(input, 'Patient: Mr Daniel Whitaker, 63.\n\nDANIEL says the pain is worse. Call 555-123-4567.\nWhitaker lives alone.\n');
    expect(isTextDocument(input)).toBe(true);
    expect(isTextDocument(join(dir, 'notes.jsonl'))).toBe(false);
    const redactor = await loadPhiRedactor({ rulesOnly: true });
    const report = await deidTextFile(input, join(dir, 'note.out.txt'), redactor, { dryRun: false });
    const out = readFileSync(join(dir, 'note.out.txt'), 'utf8');
    expect(report.records).toBe(1);
    for (const leak of ['Whitaker', 'DANIEL', '555-123-4567']) expect(out).not.toContain(leak);
    expect(out).toContain('the pain is worse');
    expect(out.split('\n').length).toBe(5);
  });

  it('names what it expects when a plain-text file is given under a JSONL name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deid-text-'));
    const input = join(dir, 'note.jsonl');
    writeFileSync(input, 'Patient: Mr Daniel Whitaker, 63.\n');
    const redactor = await loadPhiRedactor({ rulesOnly: true });
    await expect(deidJsonlFile(input, join(dir, 'o.jsonl'), redactor, { field: 'text', dryRun: false })).rejects.toThrow(/ends in \.txt or \.md/);
  });
});
