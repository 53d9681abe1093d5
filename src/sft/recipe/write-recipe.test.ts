import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/helpers/run-cli.js';
import { writeRecipe } from './write-recipe.js';

describe('recipe init', () => {
  it('writes runnable shell scripts with the stage settings of the report', () => {
    const root = mkdtempSync(join(tmpdir(), 'recipe-'));
    const { dir, files } = writeRecipe(join(root, 'run'), { model: 'Qwen/Qwen2.5-0.5B', gpus: 2, data: '/data/med' });
    expect(files).toContain('40-rl-stage2.sh');
    for (const f of files.filter((f) => f.endsWith('.sh'))) {
      execFileSync('bash', ['-n', join(dir, f)]); // syntax check: throws on a broken script
      if (f !== 'env.sh') expect(statSync(join(dir, f)).mode & 0o111).not.toBe(0);
    }
    const env = readFileSync(join(dir, 'env.sh'), 'utf8');
    expect(env).toContain('BASE_MODEL=${BASE_MODEL:-Qwen/Qwen2.5-0.5B}');
    expect(env).toContain('DATA=${DATA:-/data/med}');
    expect(readFileSync(join(dir, '20-rl-stage1.sh'), 'utf8')).toContain('ROLLOUT_N=32');
    const stage2 = readFileSync(join(dir, '40-rl-stage2.sh'), 'utf8');
    expect(stage2).toContain('ROLLOUT_N=8 KL_COEF=0.01');
    expect(stage2).toContain('--helpfulness rm:');
    expect(readFileSync(join(dir, '10-sft.sh'), 'utf8')).toContain('data.multiturn.messages_key=messages');
  });

  it('the verl launch script takes the stage-2 settings', () => {
    const out = execFileSync('bash', ['integrations/verl/train_grpo_quarkmed.sh', 'trainer.total_epochs=1'], {
      env: { ...process.env, DRY_RUN: '1', VERL_VERSION: '0.7.1', ROLLOUT_N: '8', KL_COEF: '0.01' },
      encoding: 'utf8',
    });
    expect(out).toContain('actor_rollout_ref.rollout.n=8');
    expect(out).toContain('actor_rollout_ref.actor.kl_loss_coef=0.01');
    expect(out).toContain('reward_model.reward_manager=naive');
    expect(out.trim().endsWith('trainer.total_epochs=1')).toBe(true);
  });

  it('LLaMA-Factory variant, and never over a non-empty folder without --force', () => {
    const root = mkdtempSync(join(tmpdir(), 'recipe-'));
    const dir = join(root, 'lf');
    writeRecipe(dir, { sftEngine: 'llamafactory' });
    expect(readFileSync(join(dir, '10-sft-llamafactory.yaml'), 'utf8')).toMatch(/stage: sft\n/);
    expect(() => writeRecipe(dir, {})).toThrow(/not empty/);
    mkdirSync(join(root, 'mine'));
    writeFileSync(join(root, 'mine', 'notes.txt'), 'keep me');
    writeRecipe(join(root, 'mine'), {}, { force: true });
    expect(readFileSync(join(root, 'mine', 'notes.txt'), 'utf8')).toBe('keep me');
    expect(() => writeRecipe(join(root, 'x'), { gpus: 0 })).toThrow(/gpus/);
  });
});

describe('recipe commands exist', () => {
  it('every quarkmed command and flag the scripts use is one the CLI accepts', async () => {
    const root = mkdtempSync(join(tmpdir(), 'recipe-'));
    const { dir, files } = writeRecipe(join(root, 'run'), {});
    const uses = new Map<string, Set<string>>();
    for (const f of files.filter((x) => x.endsWith('.sh'))) {
      // Join continued lines, then find every `quarkmed <group> <command> …` invocation.
      const text = readFileSync(join(dir, f), 'utf8').replace(/\\\n\s*/g, ' ');
      for (const m of text.matchAll(/quarkmed (\w+) ([\w-]+)((?:(?!\$\()[^\n|&;)'])*)/g)) {
        const key = `${m[1]} ${m[2]}`;
        const flags = uses.get(key) ?? new Set<string>();
        for (const flag of m[3].matchAll(/\s(--?[a-z][\w-]*)/g)) flags.add(flag[1]);
        uses.set(key, flags);
      }
    }
    expect(uses.size).toBeGreaterThan(6);
    for (const [cmd, flags] of uses) {
      // runCli retries once when Node 20 kills a `--import tsx` child by SIGSEGV (the loader-thread crash seen under load).
      const run = await runCli([...cmd.split(' '), '--help']);
      expect(run.code, `${cmd} --help: ${run.stderr}`).toBe(0);
      const help = run.stdout;
      for (const flag of flags) expect(help, `${cmd} ${flag}`).toMatch(new RegExp(`(^|[\\s,])${flag}\\b`));
    }
  });
});
