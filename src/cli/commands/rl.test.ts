import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../../../test/helpers/run-cli.js';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { register } from './rl.js';

const dir = mkdtempSync(join(tmpdir(), 'rl-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quarkmed rl build / review', () => {
  it('reports kept and excluded items per task with reasons, and the review loop round-trips decisions', async () => {
    const kg = sharedPath('kb', 'disease-kg-zh', 'medical_0.json');
    const out = join(dir, 'build');
    const b = await runInProcess(register, [
      'rl',
      'build',
      '--input',
      `disease-kg-drugs=${kg}`,
      '--input',
      `disease-kg-tests=${kg}`,
      '--terms',
      sharedPath('terms'),
      '--out',
      out,
    ]);
    expect(b.stderr).toBe('');
    expect(b.stdout).toMatch(/label quality \(confidence ≥ 0\.6\):/);
    expect(b.stdout).toMatch(/drug:disease-kg-zh: \d+ items → kept \d+, excluded \d+ \(.*shared-gold-list ×\d+/);
    expect(b.stdout).toMatch(/test_order:disease-kg-zh: .* corrected \d+/);

    const sheet = join(dir, 'sheet.jsonl');
    const e = await runInProcess(register, ['rl', 'review', 'export', '--items', join(out, 'excluded.jsonl'), '--out', sheet]);
    expect(e.stdout).toMatch(/items to review/);
    const rows = readFileSync(sheet, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const target = rows[0];
    writeFileSync(sheet, JSON.stringify({ ...target, decision: 'accept', reviewer: 'dr-test', note: 'checked against guideline' }) + '\n');
    const reviews = join(dir, 'reviews.jsonl');
    const i = await runInProcess(register, ['rl', 'review', 'import', '--decisions', sheet, '--out', reviews]);
    expect(i.stdout).toMatch(/1 decisions \(accept 1/);
    const out2 = join(dir, 'build2');
    await runInProcess(register, [
      'rl',
      'build',
      '--input',
      `disease-kg-drugs=${kg}`,
      '--input',
      `disease-kg-tests=${kg}`,
      '--terms',
      sharedPath('terms'),
      '--out',
      out2,
      '--reviews',
      reviews,
    ]);
    const kept = readFileSync(join(out2, 'train.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; meta: { review?: { reviewer: string } } });
    expect(kept.find((k) => k.id === target.id)?.meta.review?.reviewer).toBe('dr-test');

    const bad = await runInProcess(register, ['rl', 'review', 'import', '--decisions', join(out, 'excluded.jsonl'), '--out', join(dir, 'x.jsonl')]);
    expect(bad.stdout + bad.stderr).toMatch(/0 decisions|undecided/);
  });
});
