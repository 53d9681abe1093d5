import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMixSearch } from './run-search.js';
import { parseTrialScore, runTrial } from './trial-runner.js';

// A trial command as a user would write one: read the mixture file, "train and evaluate", print a score.
const TRIAL = `node -e "const m=require(process.env.QUARKMED_MIX_FILE).groups; console.log('training…'); console.log(JSON.stringify({score: 1 - Math.abs(m.a - 0.7)}))"`;

describe('sft mix search', () => {
  it('reads scores the way trial commands print them', () => {
    expect(parseTrialScore('epoch 1\n0.73\n')).toBe(0.73);
    expect(parseTrialScore('{"score": 0.5}')).toBe(0.5);
    expect(parseTrialScore(JSON.stringify({ summary: { overall: { accuracy: 0.61 } } }, null, 2))).toBe(0.61);
    expect(parseTrialScore('done\n{"score": 0.4}\nbye')).toBe(0.4);
    expect(parseTrialScore('no score here')).toBeNull();
  });

  it('runs trials through a real command, persists them, and resumes', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'mix-'));
    const base = { groups: ['a', 'b'], minShare: 0.05, trialCommand: TRIAL, stateDir, seed: 3, timeoutMs: 30_000 };
    const first = await runMixSearch({ ...base, trials: 3 });
    expect(first.trials.map((t) => t.score)).toEqual([0.8, expect.any(Number), expect.any(Number)]);
    const resumed = await runMixSearch({ ...base, trials: 5 });
    expect(resumed.trials).toHaveLength(5);
    expect(readFileSync(first.file, 'utf8').trim().split('\n')).toHaveLength(5);
    expect(resumed.best?.score).toBeGreaterThanOrEqual(0.8);
    await expect(runMixSearch({ ...base, groups: ['a', 'c'], trials: 6 })).rejects.toThrow(/groups \[a, b\]/);
  });

  it('a timeout stops the whole trial process tree, not only the shell', async () => {
    const t0 = performance.now();
    const r = await runTrial('sleep 30; echo 0.5', { a: 0.5, b: 0.5 }, { timeoutMs: 300 });
    expect(r.score).toBeNull();
    expect(r.error).toMatch(/SIGTERM/);
    // Had only `sh` been killed, the orphaned sleep would hold stdout open for 30 s.
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('records a failing trial with its reason instead of stopping', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'mix-'));
    writeFileSync(join(stateDir, 'note'), 'x');
    const r = await runMixSearch({ groups: ['a', 'b'], minShare: 0, trialCommand: 'exit 3', stateDir, seed: 1, timeoutMs: 10_000, trials: 2 });
    expect(r.trials.map((t) => t.error)).toEqual(['trial command exited with 3', 'trial command exited with 3']);
    expect(r.best).toBeNull();
  });
});
