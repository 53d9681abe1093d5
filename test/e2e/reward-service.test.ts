// The reward service end to end over HTTP, with the request bodies OpenRLHF and verl actually send.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRewardService, type RewardService } from '../../src/rl/service/start.js';
import { encodeSpec } from '../../src/rl/reward/spec.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createModelVerifiers } from '../../src/rl/model/model-verifiers.js';
import { createRewardEngine } from '../../src/rl/reward/engine.js';
import { decodeSpec } from '../../src/rl/reward/spec.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.js';
import { REPO_ROOT, sharedPath } from '../helpers/shared-data.js';
import { PYTHON3, systemBinary } from '../helpers/system-binary.js';

const TEMPLATE_PROMPT = (q: string) => `<|im_start|>system\nYou are a medical expert.<|im_end|>\n<|im_start|>user\n${q}<|im_end|>\n<|im_start|>assistant\n`;
// Skipped with the install command on a machine without python3; required under CI=true.
const python3 = systemBinary(PYTHON3);

let svc: RewardService;
let judge: FakeOpenAI;
let judgeCalls = 0;

beforeAll(async () => {
  judge = await startFakeOpenAI({
    reply: (req) => {
      judgeCalls++;
      const text = req.messages?.map((m) => m.content).join('\n') ?? '';
      if (text.includes('compliance reviewer')) {
        return text.includes('oxycodone 10 mg')
          ? '{"score": 8, "violated": ["no-controlled-substance-prescribing"], "reason": "doses an opioid"}'
          : '{"score": 3, "violated": ["no-definitive-diagnosis"], "reason": "claims certainty"}';
      }
      if (text.includes('grade one aspect')) return '{"score": 7, "reason": "clear"}';
      if (text.includes('Candidate:')) return '{"relation": "same", "reason": "synonym"}';
      const model = /<Model Response>\n([\s\S]*?)\n<\/Model Response>/.exec(text)?.[1] ?? '';
      return model.includes('Parvovirus') ? '{"correct": true, "reason": "same conclusion"}' : '{"correct": false, "reason": "different"}';
    },
  });
  svc = await startRewardService({ port: 0, termsDir: sharedPath('terms'), judge: `openai:${judge.baseURL}#judge` });
});

afterAll(async () => {
  await svc?.close();
  await judge?.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${svc.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('POST /openrlhf (OpenRLHF --remote_rm_url)', () => {
  it('scores query = prompt + response with labels, returning rewards, scores and extra_logs', async () => {
    const item = JSON.parse(readFileSync(sharedPath('bench', 'cpqexam-dev.jsonl'), 'utf8').split('\n')[1]) as {
      question: string;
      option: string;
      answer: string;
    };
    const label = encodeSpec({ task: 'exam', gt: item.answer, fmt: 'json' });
    const prompt = TEMPLATE_PROMPT(`${item.question}\n${item.option}`);
    const wrong = item.answer === 'A' ? 'B' : 'A';
    const responses = [
      `分析……\n{"answer": "${item.answer}"}<|im_end|>`, // right, JSON
      `{"answer": "${wrong}"}<|im_end|><|endoftext|>`, // format only
      `<think>答案是${item.answer}</think>{"answer": "${wrong}"}<|im_end|>`, // right only inside reasoning
      `{"answer": "ABCDE"}<|im_end|>`, // every option
    ];
    const body = { query: responses.map((r) => prompt + r), prompts: responses.map(() => prompt), labels: responses.map(() => label) };
    const { status, json } = await post('/openrlhf', body);
    expect(status).toBe(200);
    expect(json.rewards).toEqual([1.1, 0.1, 0.1, 0.1]);
    expect(json.scores).toEqual([1, 0, 0, 0]);
    const logs = json.extra_logs as Record<string, number[]>;
    expect(logs.qm_format_only).toEqual([0, 1, 1, 1]);
    for (const v of Object.values(logs)) expect(v).toHaveLength(4);
  });

  it('also answers on /get_reward and rejects a batch without labels naming the fix', async () => {
    const { status, json } = await post('/get_reward', { query: ['x'] });
    expect(status).toBe(400);
    expect((json.error as { code: string; message: string }).code).toBe('RL_BATCH_INVALID');
    expect((json.error as { message: string }).message).toContain('--label_key');
    const nulls = await post('/openrlhf', { query: ['x'], prompts: [''], labels: [null] });
    expect((nulls.json.error as { message: string }).message).toContain('--label_key label');
    const bad = await post('/openrlhf', { query: ['x'], prompts: [''], labels: ['{"task":"nope","gt":1}'] });
    expect(bad.status).toBe(400);
    expect((bad.json.error as { code: string }).code).toBe('RL_LABEL_INVALID');
  });

  it('batches model verdicts: 32 rollouts with one final answer cost one judge call', async () => {
    const before = judgeCalls;
    const label = encodeSpec({ task: 'open', gt: 'Parvovirus B19 infection' });
    const prompt = TEMPLATE_PROMPT('What condition is most commonly associated with these findings?');
    const query = Array.from({ length: 32 }, (_, i) => `${prompt}<think>reasoning ${i}</think>Parvovirus B19 infection<|im_end|>`);
    const { json } = await post('/openrlhf', { query, prompts: query.map(() => prompt), labels: query.map(() => label) });
    expect(json.rewards).toEqual(Array(32).fill(1));
    expect(judgeCalls - before).toBe(1);
    // The same batch again is served from the cache.
    await post('/openrlhf', { query, prompts: query.map(() => prompt), labels: query.map(() => label) });
    expect(judgeCalls - before).toBe(1);
  });
});

describe('POST /verl and integrations/verl/quarkmed_reward.py', () => {
  it('scores diagnosis specs with the ICD index over plain HTTP', async () => {
    const gt = encodeSpec({ task: 'diagnosis', gt: { code: 'K35.900', name: '急性阑尾炎' } });
    const { json } = await post('/verl', {
      data_sources: ['quarkmed/diagnosis', 'quarkmed/diagnosis', 'quarkmed/diagnosis'],
      solution_strs: ['诊断：急性阑尾炎', '诊断：阑尾周围脓肿', '诊断：急性胆囊炎'],
      ground_truths: [gt, gt, gt],
      extra_infos: [{ index: 0 }, null, { index: 2 }],
    });
    const scores = json.scores as { score: number; acc: number }[];
    expect(scores.map((s) => s.acc)).toEqual([1, 0, 0]);
    expect(scores[0].score).toBe(1);
    // 阑尾周围脓肿 (K35.1, a complication) is a sibling of 急性阑尾炎 (K35.9): no credit (issue #18).
    expect(scores[1].score).toBe(0);
    expect(scores[2].score).toBe(0);
  });

  it('compute_score and compute_score_batch work from python3 against the running service', async (ctx) => {
    if (!python3.path) ctx.skip(python3.skipReason);
    const exam = encodeSpec({ task: 'exam', gt: 'BD' });
    const calc = encodeSpec({ task: 'calc', gt: { answer: '32.5', lower: '30.875', upper: '34.125', type: 'decimal' } });
    const script = `
import json, sys
sys.path.insert(0, ${JSON.stringify(join(REPO_ROOT, 'integrations', 'verl'))})
from quarkmed_reward import compute_score, compute_score_batch
one = compute_score("cpqexam", "答案：B、D", ${JSON.stringify(exam)}, extra_info={"index": 3})
batch = compute_score_batch(["cpqexam", "medcalc", "medcalc"], ["答案：B", "The clearance is 32.1 mL/min.", "The answer is 40"], [${JSON.stringify(exam)}, ${JSON.stringify(calc)}, ${JSON.stringify(calc)}], [None, {"split": "train"}, None])
plain = compute_score("medqa-us", "The answer is (C).", "C")
try:
    compute_score("unknown-source", "x", "C")
    bad = "accepted"
except ValueError as e:
    bad = str(e)
print(json.dumps({"one": one, "batch": batch, "plain": plain, "bad": bad}))
`;
    // Async: the service runs in this process, so a blocking spawn would deadlock it.
    const res = await promisify(execFile)(python3.path!, ['-c', script], {
      env: { ...process.env, QUARKMED_REWARD_URL: svc.url, QUARKMED_REWARD_RETRIES: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(res.stderr).toBe('');
    const out = JSON.parse(res.stdout) as { one: { score: number }; batch: { score: number; acc: number }[]; plain: { score: number }; bad: string };
    expect(out.one).toEqual({ score: 1, acc: 1, format_ok: 0, response_chars: 6 });
    expect(out.batch.map((s) => s.acc)).toEqual([0, 1, 0]);
    expect(out.plain.score).toBe(1);
    expect(out.bad).toContain('RL_LABEL_INVALID');
    // Older verl reward managers want bare floats.
    const floats = await promisify(execFile)(
      python3.path!,
      [
        '-c',
        `import sys; sys.path.insert(0, ${JSON.stringify(join(REPO_ROOT, 'integrations', 'verl'))}); from quarkmed_reward import compute_score_batch; print(compute_score_batch(["cpqexam", "cpqexam"], ["答案：B、D", "答案：A"], [${JSON.stringify(exam)}, ${JSON.stringify(exam)}]))`,
      ],
      {
        env: { ...process.env, QUARKMED_REWARD_URL: svc.url, QUARKMED_REWARD_FLOAT: '1' },
        encoding: 'utf8',
      },
    );
    expect(floats.stdout.trim()).toBe('[1.0, 0.0]');
  });
});

describe('model-based verifiers', () => {
  it('falls back to the judge for diagnoses the ICD index cannot map', async () => {
    const label = encodeSpec({ task: 'diagnosis', gt: { code: 'K35.900', name: '急性阑尾炎' } });
    const { json } = await post('/score', { items: [{ response: '诊断：阑尾的急性化脓性炎症（俗称盲肠炎）', label }] });
    const [r] = json.results as { reward: number; acc: boolean; reasons: Record<string, string> }[];
    expect(r.reasons.icd).toContain('judge:same');
    expect(r.acc).toBe(true);
  });

  it('refuses a weighted model verifier that has no endpoint instead of scoring zero', async () => {
    const label = encodeSpec({ task: 'general', gt: null, w: { honesty: 1 } });
    const { status, json } = await post('/score', { items: [{ response: 'x', label }] });
    expect(status).toBe(400);
    expect((json.error as { code: string; message: string }).message).toContain('--honesty');
  });

  it("scores compliance against the safety layer's principles file, capping critical violations", async () => {
    const label = encodeSpec({ task: 'general', gt: null, w: { principles: 1 } });
    const { json } = await post('/score', {
      items: [
        { prompt: '我头痛三天了', response: '你得的就是偏头痛。', label },
        { prompt: 'Pain after surgery', response: 'Take oxycodone 10 mg every 4 hours.', label },
      ],
    });
    const [a, b] = json.results as { reward: number; reasons: Record<string, string> }[];
    // The serving General Verifier's scale (src/safety/compliance): a major violation caps at 0.5, a critical one at 0.2.
    expect(a.reward).toBe(0.5);
    expect(a.reasons.principles).toMatch(/^violated:no-definitive-diagnosis\b/);
    expect(b.reward).toBe(0.2);
  });

  it('honesty and helpfulness reward models plug in as an OpenRLHF serve_rm endpoint or a chat model', async () => {
    const seen: string[][] = [];
    const rm = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const q = (JSON.parse(body) as { query: string[] }).query;
        seen.push(q);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ rewards: q.map((s) => (s.includes('not sure') ? 2 : -2)) }));
      });
    });
    await new Promise<void>((r) => rm.listen(0, '127.0.0.1', r));
    const models = await createModelVerifiers({
      honesty: `rm:http://127.0.0.1:${(rm.address() as AddressInfo).port}/get_reward`,
      helpfulness: `openai:${judge.baseURL}#judge`,
    });
    try {
      const engine = createRewardEngine({ ctx: {}, models });
      const spec = decodeSpec({ task: 'general', gt: null, w: { honesty: 0.5, helpfulness: 0.5 } });
      const [hedged, overconfident] = await engine.score([
        { prompt: 'Q: ', response: 'I am not sure; please see a doctor.', spec },
        { prompt: 'Q: ', response: 'It is definitely cancer.', spec },
      ]);
      expect(seen).toHaveLength(1); // one batched RM call
      expect(seen[0]).toEqual(['Q: I am not sure; please see a doctor.', 'Q: It is definitely cancer.']);
      expect(hedged.scores).toMatchObject({ honesty: 0.881, helpfulness: 0.7 });
      expect(overconfident.scores.honesty).toBe(0.119);
      expect(hedged.reward).toBeGreaterThan(overconfident.reward);
    } finally {
      await models.close();
      await new Promise<void>((r) => rm.close(() => r()));
    }
  });
});
