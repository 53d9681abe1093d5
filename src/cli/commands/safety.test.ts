// `quarkmed safety …` in-process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { register } from './safety.js';
import { runInProcess } from '../../../test/helpers/run-cli.js';

const run = (...args: string[]) => runInProcess(register, args);

describe('quarkmed safety', () => {
  it('triage prints the level, reasons and the locale number', async () => {
    const r = await run('safety', 'triage', 'sudden slurred speech and face drooping', '--locale', 'en-GB');
    expect(r.stdout).toMatch(/^emergency \(stroke-signs\)/);
    expect(r.stdout).toContain('999');
    const j = await run('safety', 'triage', '没有胸痛', '--json');
    expect(JSON.parse(j.stdout)).toMatchObject({ level: 'routine', reasons: [], message: '' });
  });

  it('redact replaces identifiers in a file, and --dry-run only reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qm-safety-cli-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, '患者王建国，电话13812345678');
    const r = await run('safety', 'redact', file);
    expect(r.stdout.trim()).toBe('患者[NAME]，电话[PHONE]');
    const d = await run('safety', 'redact', file, '--dry-run', '--json');
    expect(JSON.parse(d.stdout).counts).toEqual({ NAME: 1, PHONE: 1 });
    const only = await run('safety', 'redact', file, '--types', 'phone');
    expect(only.stdout.trim()).toBe('患者王建国，电话[PHONE]');
  });

  // A first-hour user typed the text itself and got "cannot read Call John Smith…: ENOENT".
  it('redact takes the text itself with --text, and names --text when a file is missing', async () => {
    const r = await run('safety', 'redact', '--text', '患者王建国，电话13812345678');
    expect(r.stdout.trim()).toBe('患者[NAME]，电话[PHONE]');
    const typed = await run('safety', 'redact', 'Call John Smith at 555-123-4567');
    expect(typed.stderr).toContain('--text');
    const neither = await run('safety', 'redact');
    expect(neither.stderr).toContain('SAFETY_INPUT_MISSING');
    expect(neither.code).toBe(2);
  });

  it('fails with a stable code on bad input', async () => {
    const missing = await run('safety', 'redact', '/nonexistent/file.txt');
    expect(missing.stderr).toContain('SAFETY_INPUT_UNREADABLE');
    expect(missing.code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'qm-safety-cli-'));
    writeFileSync(join(dir, 'a.txt'), 'hello');
    const bad = await run('safety', 'redact', join(dir, 'a.txt'), '--types', 'NAME,NOT_A_TYPE');
    expect(bad.stderr).toContain('SAFETY_BAD_TYPES');
  });

  it('lists the principles', async () => {
    const r = await run('safety', 'principles', '--json');
    expect(JSON.parse(r.stdout).map((p: { id: string }) => p.id)).toContain('no-unsourced-claims');
  });
});
