// integrations/verl/quarkmed_reward.py called exactly as verl's reward managers call it (mimic_verl.py reproduces
// their call shapes without a verl install): the ≥ 0.7 reward loop's keyword calls per sample in a thread pool,
// the legacy prime manager's positional calls in a process pool (fork and spawn), and the batch manager's numpy
// object arrays. Scores are checked against the service's own verdicts on real CPQExam items.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpqexamRows, runPython, startContractService, wrongLetter, type ContractService } from '../../../test/helpers/reward-contract.js';
import { REPO_ROOT } from '../../../test/helpers/shared-data.js';
import { encodeSpec } from '../reward/spec.js';

const python = spawnSync('python3', ['--version']).status === 0;
if (!python) console.warn('python3 not found: skipping the verl client-contract tests');
const MIMIC = join(REPO_ROOT, 'integrations', 'verl', 'tests', 'mimic_verl.py');

type Case = { data_source: string; solution: string; ground_truth: unknown; extra_info: unknown };
type Out = { scores: number[]; errors: string[]; extra?: Record<string, unknown>[]; numpy?: boolean };

let svc: ContractService;
const cases: Case[] = [];
const expected: number[] = [];

beforeAll(async () => {
  svc = await startContractService();
  const rows = cpqexamRows()
    .filter((r) => r.answer.length === 1)
    .slice(0, 24);
  rows.forEach((r, i) => {
    const right = i % 2 === 0;
    const letter = right ? r.answer : wrongLetter(r.answer);
    // Our own spec, a plain letter under the Hugging Face name that contains "open", and one under our exporter's name.
    const kind = i % 3;
    const ground_truth = kind === 0 ? encodeSpec({ task: 'exam', gt: r.answer }) : r.answer;
    const data_source = kind === 1 ? 'openlifescienceai/medmcqa' : kind === 2 ? 'quarkmed/cpqexam' : 'quarkmed/exam';
    cases.push({ data_source, solution: `分析……\n答案：${letter}`, ground_truth, extra_info: { index: i, split: 'train' } });
    expected.push(right ? 1 : 0);
  });
});

afterAll(async () => {
  await svc?.close();
});

describe.skipIf(!python)('verl client contract (integrations/verl/quarkmed_reward.py)', () => {
  it('loads like verl (module "custom_module" registered or not, or load_module\'s hashed name) and its functions pickle by name', async () => {
    const out = (await runPython(MIMIC, ['loader-check'], [])) as Record<string, string>;
    expect(out).toEqual({
      'register=False': 'ok:quarkmed_reward',
      'register=True': 'ok:quarkmed_reward',
      'register=hashed': 'ok:quarkmed_reward',
      'register=hashed-again': 'ok:quarkmed_reward',
    });
  });

  it('verl ≥ 0.7 reward loop, naive manager: keyword calls per sample over reused keep-alive connections', async () => {
    const before = svc.connections();
    const many = Array.from({ length: 8 }, () => cases).flat();
    const out = (await runPython(MIMIC, ['reward-loop'], many, { QUARKMED_REWARD_URL: svc.url })) as Out;
    expect(out.errors).toEqual([]);
    expect(out.scores).toEqual(Array.from({ length: 8 }, () => expected).flat());
    expect(Object.keys(out.extra![0]).sort()).toEqual(['acc', 'format_ok', 'response_chars', 'score']);
    // 192 calls on a 4-thread executor: at most one connection per thread, not one per call.
    expect(svc.connections() - before).toBeLessThanOrEqual(4);
  });

  // verl/experimental/reward_loop/reward_manager/dapo.py adds strict_box_verify=; process.py and remote.py write
  // num_turns (a numpy int) and rollout_reward_scores into extra_info before the call; compute_rm_score then
  // stacks the scores as float32 and every item's value for each extra key of item 0.
  for (const manager of ['dapo', 'process'] as const) {
    it(`verl ≥ 0.7 reward loop, ${manager} manager: its extra keywords and extra_info fields are accepted`, async () => {
      const out = (await runPython(MIMIC, [`reward-loop-${manager}`], cases, { QUARKMED_REWARD_URL: svc.url })) as Out;
      expect(out.errors).toEqual([]);
      expect(out.scores).toEqual(expected);
      expect(out.extra!.every((e) => Object.keys(e).sort().join() === 'acc,format_ok,response_chars,score')).toBe(true);
    });
  }

  for (const method of ['fork', 'spawn'] as const) {
    it(`legacy prime manager (${method}): positional calls in a process pool read float(result) / float(result[0])`, async () => {
      const out = (await runPython(MIMIC, [`prime-${method}`], cases.slice(0, 9), { QUARKMED_REWARD_URL: svc.url })) as Out;
      expect(out.errors).toEqual([]);
      expect(out.scores).toEqual(expected.slice(0, 9));
    });
  }

  it('batch manager: numpy object arrays in, one request, one score per item', async () => {
    const out = (await runPython(MIMIC, ['batch'], cases, { QUARKMED_REWARD_URL: svc.url })) as Out;
    expect(out.errors).toEqual([]);
    expect(out.scores).toEqual(expected);
  });

  it('an unknown data_source with a plain ground truth fails loudly, naming the fixes, and is written to the service log', async () => {
    const bad = [{ data_source: 'my-org/some-dataset', solution: '答案：B', ground_truth: 'B', extra_info: null }];
    const out = (await runPython(MIMIC, ['reward-loop'], bad, { QUARKMED_REWARD_URL: svc.url, QUARKMED_REWARD_RETRIES: '1' })) as Out;
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatch(/ValueError: .*RL_LABEL_INVALID.*not a known dataset.*extra_info\.task/);
    expect(svc.log.some((l) => l.includes('POST /verl') && l.includes('RL_LABEL_INVALID') && l.includes('my-org/some-dataset'))).toBe(true);
  });
});

describe('verl launch script picks the reward manager the installed version has', () => {
  const script = join(REPO_ROOT, 'integrations', 'verl', 'train_grpo_quarkmed.sh');
  const args = (version: string) => {
    const r = spawnSync('bash', [script], { env: { ...process.env, VERL_VERSION: version, DRY_RUN: '1' }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split(/\s+/);
  };
  const shim = join(REPO_ROOT, 'integrations', 'verl', 'quarkmed_reward.py');
  it('0.7: naive + compute_score (the reward loop has no batch manager); ≤ 0.6: batch + compute_score_batch', () => {
    expect(args('0.7.1')).toEqual(
      expect.arrayContaining(['reward_model.reward_manager=naive', `custom_reward_function.path=${shim}`, 'custom_reward_function.name=compute_score']),
    );
    expect(args('0.6.1')).toEqual(expect.arrayContaining(['reward_model.reward_manager=batch', 'custom_reward_function.name=compute_score_batch']));
  });

  // verl-project/verl verl/trainer/config/reward/reward.yaml (418de7a4): the reward config lives under `reward.`;
  // the top-level keys are legacy_reward_impl.yaml placeholders that only main_ppo's migrate_legacy_reward_impl copies.
  it('≥ 0.8: the reward.* keys, with no legacy top-level reward key left', () => {
    const a = args('0.8.0');
    expect(a).toEqual(
      expect.arrayContaining([
        'reward.reward_manager.name=naive',
        `reward.custom_reward_function.path=${shim}`,
        'reward.custom_reward_function.name=compute_score',
      ]),
    );
    expect(a.filter((x) => x.startsWith('custom_reward_function.') || x.startsWith('reward_model.'))).toEqual([]);
  });
});
