// POST /openrlhf as OpenRLHF's remote reward client sends and reads it (mimic_openrlhf.py: Python json,
// ASCII-escaped bodies, one sample per request since 0.9.1 with empty lists to every URL but the first, and the
// dtype torch.tensor would infer). A step whose rewards are all whole numbers must still come back as floats.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpqexamRows, runPython, startContractService, wrongLetter, type ContractService } from '../../../test/helpers/reward-contract.js';
import { REPO_ROOT } from '../../../test/helpers/shared-data.js';
import { encodeSpec } from '../reward/spec.js';
import { rewardServeBanner } from './banner.js';
import { floatList, pyFloat } from './float-json.js';
import { SCORE_CHUNK } from './routes/openrlhf.js';

const python = spawnSync('python3', ['--version']).status === 0;
if (!python) console.warn('python3 not found: skipping the OpenRLHF client-contract tests that parse with Python json');
const MIMIC = join(REPO_ROOT, 'integrations', 'openrlhf', 'tests', 'mimic_openrlhf.py');
const template = (q: string) => `<|im_start|>user\n${q}<|im_end|>\n<|im_start|>assistant\n`;

type Req = {
  url: string;
  n: number;
  status: number;
  rewards?: number[];
  scores?: number[];
  rewards_dtype?: string;
  scores_dtype?: string;
  malformed?: boolean;
  extra_logs_dtypes?: Record<string, string>;
  extra_logs_lengths?: Record<string, number>;
  body?: string;
};

let svc: ContractService;
// Exam items without a format weight: every reward is exactly 0 or 1 (the step that crashed OpenRLHF).
const cases: { query: string; prompt: string; label: string }[] = [];
const expected: number[] = [];

beforeAll(async () => {
  svc = await startContractService();
  cpqexamRows()
    .filter((r) => r.answer.length === 1)
    .slice(0, 6)
    .forEach((r, i) => {
      const prompt = template(`${r.question}\n${r.option}`);
      const letter = i % 2 ? wrongLetter(r.answer) : r.answer;
      cases.push({ query: `${prompt}综合分析，答案：${letter}<|im_end|>`, prompt, label: encodeSpec({ task: 'exam', gt: r.answer }) });
      expected.push(i % 2 ? 0 : 1);
    });
});

afterAll(async () => {
  await svc?.close();
});

describe('Python float literals', () => {
  it('writes every number with a decimal point or exponent', () => {
    expect([0, 1, -1, 0.5, 1e21, -0].map(pyFloat)).toEqual(['0.0', '1.0', '-1.0', '0.5', '1e+21', '0.0']);
    expect(floatList([])).toBe('[]');
    expect(() => pyFloat(Number.NaN)).toThrow(/not a finite number/);
  });

  it('the raw /openrlhf body has no integer literal in rewards, scores or extra_logs', async () => {
    const res = await svc.app.inject({
      method: 'POST',
      url: '/openrlhf',
      payload: { query: cases.map((c) => c.query), prompts: cases.map((c) => c.prompt), labels: cases.map((c) => c.label) },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^\{"rewards":\[1\.0,0\.0,/);
    for (const list of res.body.match(/\[[^\]]*\]/g) ?? []) {
      for (const num of list.slice(1, -1).split(',').filter(Boolean)) expect(num, list).toMatch(/[.e]/);
    }
  });
});

describe('a GRPO step larger than one scoring chunk', () => {
  it('scores every sample in order across chunks, as the slow JSON path does', async () => {
    const n = 2 * SCORE_CHUNK + 37;
    const step = Array.from({ length: n }, (_, k) => cases[k % cases.length]);
    const payload = { query: step.map((c) => c.query), prompts: step.map((c) => c.prompt), labels: step.map((c) => c.label) };
    // Python's json.dumps (ASCII escapes) takes the fast chunked path; an extra key forces plain JSON.parse.
    const ascii = JSON.stringify(payload).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const fast = await svc.app.inject({ method: 'POST', url: '/openrlhf', headers: { 'content-type': 'application/json' }, payload: ascii });
    const slow = await svc.app.inject({ method: 'POST', url: '/openrlhf', payload: { ...payload, datasource: step.map(() => 'x') } });
    expect(fast.statusCode).toBe(200);
    const rewards = (fast.json() as { rewards: number[] }).rewards;
    expect(rewards).toEqual(Array.from({ length: n }, (_, k) => expected[k % expected.length]));
    expect(fast.body).toBe(slow.body);
  });
});

describe.skipIf(!python)('OpenRLHF client contract (Python json, as the trainer reads it)', () => {
  it('≥ 0.9.1: one sample per request, three URLs → the others get empty lists, all answered 200 with float lists', async () => {
    const out = (await runPython(MIMIC, ['per-sample', `${svc.url}/openrlhf`, `${svc.url}/openrlhf`, `${svc.url}/get_reward`], cases)) as { requests: Req[] };
    expect(out.requests).toHaveLength(cases.length * 3);
    for (const r of out.requests) {
      expect(r.status, JSON.stringify(r)).toBe(200);
      expect(r.rewards).toHaveLength(r.n);
      expect(r.malformed).toBe(false);
      expect(r.rewards_dtype).toBe('float32');
      expect(r.scores_dtype).toBe('float32');
      for (const k of ['qm_acc', 'qm_format_ok', 'qm_format_only', 'qm_response_chars']) {
        expect(r.extra_logs_dtypes?.[k]).toBe('float32');
        expect(r.extra_logs_lengths?.[k]).toBe(r.n);
      }
    }
    const firsts = out.requests.filter((r) => r.n === 1);
    expect(firsts.map((r) => r.rewards![0])).toEqual(expected);
    expect(out.requests.filter((r) => r.n === 0)).toHaveLength(cases.length * 2);
  });

  it('< 0.9.1: a whole step of whole-number rewards is parsed as floats, never int64', async () => {
    const out = (await runPython(MIMIC, ['batch', `${svc.url}/openrlhf`], cases)) as { requests: Req[] };
    const [r] = out.requests;
    expect(r.rewards).toEqual(expected);
    expect(r.rewards_dtype).toBe('float32');
    expect(r.scores_dtype).toBe('float32');
  });

  it('a rejected label is a 400 with the reason in the body and in the service log', async () => {
    const bad = [{ ...cases[0], label: '{"task":"exam"' }];
    const out = (await runPython(MIMIC, ['per-sample', `${svc.url}/openrlhf`], bad)) as { requests: Req[] };
    expect(out.requests[0].status).toBe(400);
    expect(out.requests[0].body).toContain('RL_LABEL_INVALID');
    const line = svc.log.find((l) => l.includes('POST /openrlhf') && l.includes('RL_LABEL_INVALID'));
    expect(line).toMatch(/→ 400 RL_LABEL_INVALID: label #0 is not a valid reward spec: not JSON/);
  });
});

describe('launch script and serve banner name the flags each OpenRLHF version accepts', () => {
  const script = join(REPO_ROOT, 'integrations', 'openrlhf', 'train_grpo_quarkmed.sh');
  const flagsFor = (version: string): string[] => {
    const r = spawnSync('bash', [script], { env: { ...process.env, OPENRLHF_VERSION: version, DRY_RUN: '1' }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout.split(/\s+/).filter((t) => t.startsWith('--'));
  };
  it('≥ 0.10.2: only namespaced flags', () => {
    const flags = flagsFor('0.11.0');
    for (const f of [
      '--reward.remote_url',
      '--data.prompt_dataset',
      '--data.input_key',
      '--data.label_key',
      '--data.apply_chat_template',
      '--rollout.n_samples_per_prompt',
      '--algo.dynamic_filtering_enable',
      '--rollout.max_new_tokens',
      '--data.max_len',
    ])
      expect(flags).toContain(f);
    const trainer = flags.slice(flags.indexOf('--') + 1);
    const flat = trainer.filter((f) => !f.slice(2).includes('.'));
    expect(flat).toEqual([]);
  });
  it('0.9.8–0.10.1 flat without --bf16 / --prompt_max_len / --generate_max_len; 0.9.2–0.9.7 keep the lengths; older keep --bf16', () => {
    const f0101 = flagsFor('0.10.1');
    expect(f0101).toEqual(expect.arrayContaining(['--remote_rm_url', '--max_new_tokens', '--max_len', '--param_dtype']));
    for (const gone of ['--bf16', '--prompt_max_len', '--generate_max_len']) expect(f0101).not.toContain(gone);
    const f095 = flagsFor('0.9.5');
    expect(f095).toEqual(expect.arrayContaining(['--prompt_max_len', '--generate_max_len', '--param_dtype']));
    expect(f095).not.toContain('--bf16');
    expect(flagsFor('0.8.11')).toContain('--bf16');
  });
  it('the serve banner gives the current and the older spelling', () => {
    const b = rewardServeBanner('http://10.0.0.5:8300');
    expect(b).toContain('--reward.remote_url http://10.0.0.5:8300/openrlhf --data.label_key label');
    expect(b).toContain('--remote_rm_url http://10.0.0.5:8300/openrlhf --label_key label');
    expect(b).toContain('reward_model.reward_manager=naive');
  });
});
