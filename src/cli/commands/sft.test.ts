import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../../../test/helpers/run-cli.js';
import { SHARED_DATA } from '../../../test/helpers/shared-data.js';
import { register } from './sft.js';

const dir = mkdtempSync(join(tmpdir(), 'sft-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('quarkmed sft', () => {
  it('lists tasks, builds, exports by mixture and writes consistency pairs', async () => {
    const tasks = await runInProcess(register, ['sft', 'tasks', '--json']);
    expect((JSON.parse(tasks.stdout) as { name: string }[]).length).toBeGreaterThanOrEqual(20);
    const out = join(dir, 'build');
    const emptyDir = join(dir, 'no-evals');
    mkdirSync(emptyDir);
    const b = await runInProcess(register, [
      'sft',
      'build',
      '--data',
      SHARED_DATA,
      '--out',
      out,
      '--tasks',
      'kg-department,medcalc-formula',
      '--max-per-task',
      '4',
      '--no-vignettes',
      '--eval-dir',
      emptyDir,
    ]);
    expect(b.stderr).toBe('');
    expect(b.stdout).toMatch(/8 samples, 2 task types/);
    const mix = join(dir, 'mix.json');
    writeFileSync(mix, JSON.stringify({ groups: { knowledge: 3, reasoning: 1 } }));
    const e = await runInProcess(register, [
      'sft',
      'export',
      '--in',
      out,
      '--out',
      join(dir, 'exp'),
      '--format',
      'chat,sharegpt',
      '--mixture',
      mix,
      '--total',
      '8',
    ]);
    expect(e.code).toBe(0);
    expect(
      readFileSync(join(dir, 'exp', 'train.chat.jsonl'), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(8);
    const p = await runInProcess(register, ['sft', 'pairs', '--consistency', out, '--out', join(dir, 'pairs'), '--format', 'jsonl']);
    expect(p.stdout).toMatch(/4 consistency pairs/);
    const bad = await runInProcess(register, ['sft', 'export', '--in', out, '--out', join(dir, 'x'), '--format', 'alpaca']);
    expect(bad.stderr).toMatch(/unknown export format "alpaca"; known: chat, sharegpt/);
  });

  it('runs the mixture search with a trial command and resumes from its state folder', async () => {
    const trial = `node -e "const m=JSON.parse(process.env.QUARKMED_MIX); console.log(1 - Math.abs(m.knowledge - 0.7))"`;
    const args = ['sft', 'mix', '--groups', 'knowledge,safety', '--trial', trial, '--state', join(dir, 'mix'), '--trials', '3', '--min-share', '0.05'];
    const r = await runInProcess(register, args);
    expect(r.stdout).toMatch(/trial 3: 0\.\d+/);
    expect(r.stdout).toMatch(/best: trial \d score 0\.\d+/);
    const again = await runInProcess(register, [...args.slice(0, -4), '--trials', '4', '--min-share', '0.05']);
    expect(again.stdout).toMatch(/trial 4:/);
    expect(again.stdout).not.toMatch(/trial 1:/);
  });
});
