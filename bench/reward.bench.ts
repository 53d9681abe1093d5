// Reward service throughput: rule-based verifications per second per core through POST /openrlhf with the
// payload of one GRPO step (256 prompts × 32 rollouts = 8,192 responses per request), beside a direct
// in-process call. Items are real (CPQExam, MedCalc, disease-KG diagnoses); responses are realistic
// reasoning + answer texts, half right, some adversarial. Target: ≥ 20,000 verifications/s per core.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeSpec, type RewardSpec } from '../src/rl/reward/spec.js';
import { createRewardEngine } from '../src/rl/reward/engine.js';
import { createRewardApp } from '../src/rl/service/app.js';
import { loadVerifyContext } from '../src/rl/service/start.js';
import { SHARED_DATA } from '../test/helpers/shared-data.js';
import { percentile, writeBenchResults } from './report.js';

const here = dirname(fileURLToPath(import.meta.url));
const CHILD_FLAG = 'QUARKMED_REWARD_BENCH_CHILD';

if (process.env[CHILD_FLAG]) {
  // Child mode: the reward service alone in this process (as in production, where the trainer is another
  // process), so its CPU time is the service's and nothing else's.
  const app = createRewardApp({ engine: createRewardEngine({ ctx: loadVerifyContext(join(SHARED_DATA, 'terms')) }) });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`${url}\n`);
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
} else {
  await runBench();
}

async function runBench(): Promise<void> {
const PROMPTS = 256;
const ROLLOUTS = 32;
const ROUNDS = 7;
const TARGET = 20_000;

const ctx = loadVerifyContext(join(SHARED_DATA, 'terms'));
const engine = createRewardEngine({ ctx });

const reasoning = (seed: number) =>
  `<think>${'患者症状与体征提示需要结合病史、查体与辅助检查综合判断。'.repeat(12 + (seed % 30))}逐项排除其他选项。</think>\n`;

type Case = { prompt: string; spec: RewardSpec; responses: string[] };
const cases: Case[] = [];
const exam = readFileSync(join(SHARED_DATA, 'bench', 'cpqexam-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { question: string; option: string; answer: string });
const calc = readFileSync(join(SHARED_DATA, 'rl', 'medcalc-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>);
const dx = [
  ['K35.900', '急性阑尾炎'], ['I10.x00', '原发性高血压'], ['E11.900', '2型糖尿病'], ['J18.900', '肺炎'], ['K81.000', '急性胆囊炎'],
];
for (let p = 0; p < PROMPTS; p++) {
  const kind = p % 5;
  const responses: string[] = [];
  if (kind <= 2) {
    const it = exam[p % exam.length];
    const wrong = it.answer === 'A' ? 'B' : 'A';
    for (let r = 0; r < ROLLOUTS; r++) {
      const ans = r % 7 === 0 ? 'ABCDE' : r % 2 ? it.answer : wrong;
      responses.push(`${reasoning(r)}${r % 3 ? `{"answer": "${ans}"}` : `答案：${ans}`}`);
    }
    cases.push({ prompt: `${it.question}\n${it.option}`, spec: { task: 'exam', gt: it.answer, fmt: 'json' }, responses });
  } else if (kind === 3) {
    const it = calc[p % calc.length];
    for (let r = 0; r < ROLLOUTS; r++) {
      const v = r % 2 ? it['Ground Truth Answer'] : String(Number(it['Upper Limit']) * 1.5 + 1);
      responses.push(`${reasoning(r)}Step by step the formula gives ${v}. {"answer": ${JSON.stringify(v)}}`);
    }
    cases.push({ prompt: `${it['Patient Note'].slice(0, 1500)}\n${it.Question}`, spec: { task: 'calc', gt: { answer: it['Ground Truth Answer'], lower: it['Lower Limit'], upper: it['Upper Limit'], type: it['Output Type'] } }, responses });
  } else {
    const [code, name] = dx[p % dx.length];
    for (let r = 0; r < ROLLOUTS; r++) responses.push(`${reasoning(r)}诊断：${r % 2 ? name : dx[(p + 1) % dx.length][1]}\n鉴别诊断：肠梗阻；急性胰腺炎`);
    cases.push({ prompt: '患者主诉……请给出诊断。', spec: { task: 'diagnosis', gt: { code, name } }, responses });
  }
}

const template = (q: string) => `<|im_start|>user\n${q}<|im_end|>\n<|im_start|>assistant\n`;
const query: string[] = [];
const prompts: string[] = [];
const labels: string[] = [];
const inputs = [];
for (const c of cases) {
  const label = encodeSpec(c.spec);
  const tp = template(c.prompt);
  for (const r of c.responses) {
    query.push(`${tp}${r}<|im_end|>`);
    prompts.push(tp);
    labels.push(label);
    inputs.push({ prompt: tp, response: r, spec: c.spec });
  }
}
const n = query.length;
// Serialised once, exactly as OpenRLHF sends it: Python requests' json= uses json.dumps, which escapes every
// non-ASCII character (ensure_ascii=True). The bench measures the service, not the client.
const asciiJson = (v: unknown) => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const body = Buffer.from(asciiJson({ query, prompts, labels }));

function cpuSeconds(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1e6;
}

// Direct in-process baseline.
engine.scoreRulesOnly(inputs.slice(0, 2000)); // warm up
const directWall: number[] = [];
const directRates: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  engine.scoreRulesOnly(inputs);
  directWall.push(performance.now() - t0);
  directRates.push(n / cpuSeconds(c0));
}

// Through the real HTTP endpoint: the service runs alone in a child process (the trainer is another process in
// production); per-core throughput = responses / the service's own CPU seconds, read from GET /health.
const child = spawn(process.execPath, [...(process.env.QM_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.QM_PROF] : []), '--import', 'tsx', join(here, 'reward.bench.ts')], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, [CHILD_FLAG]: '1' } });
const url = await new Promise<string>((resolve, reject) => {
  child.stdout.setEncoding('utf8');
  child.stdout.once('data', (d: string) => resolve(d.trim()));
  child.once('exit', (code) => reject(new Error(`reward server exited with ${code}`)));
});
const serverCpu = async () => ((await (await fetch(`${url}/health`)).json()) as { cpuMicros: number }).cpuMicros / 1e6;
const post = async () => {
  const res = await fetch(`${url}/openrlhf`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { rewards: number[]; scores: number[] };
  if (json.rewards.length !== n) throw new Error(`expected ${n} rewards, got ${json.rewards.length}`);
  return json;
};
const first = await post();
const httpWall: number[] = [];
const httpRates: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const c0 = await serverCpu();
  const t0 = performance.now();
  await post();
  httpWall.push(performance.now() - t0);
  httpRates.push(n / ((await serverCpu()) - c0));
}
child.kill('SIGTERM');

const passRate = first.scores.reduce((a, b) => a + b, 0) / n;
// Median over rounds: the machine is shared, and one round slowed by a neighbour should not decide the figure.
const directPerCore = percentile(directRates, 50);
const httpPerCore = percentile(httpRates, 50);
const httpPerSecWall = (n * ROUNDS) / (httpWall.reduce((a, b) => a + b, 0) / 1000);
const mb = body.byteLength / 1e6;

writeBenchResults(
  'reward',
  {
    responsesPerRequest: n,
    requestMB: Math.round(mb * 10) / 10,
    directVerificationsPerCoreSec: Math.round(directPerCore),
    httpVerificationsPerCoreSec: Math.round(httpPerCore),
    httpVerificationsPerCoreSecMin: Math.round(Math.min(...httpRates)),
    httpVerificationsPerWallSec: Math.round(httpPerSecWall),
    httpRequestP50ms: Math.round(percentile(httpWall, 50)),
    httpRequestMaxMs: Math.round(Math.max(...httpWall)),
    target: TARGET,
    meetsTarget: httpPerCore >= TARGET,
    passRate: Math.round(passRate * 1000) / 1000,
  },
  [
    {
      title: `Rule-based verification throughput (${PROMPTS} prompts × ${ROLLOUTS} rollouts = ${n} responses/request, ${mb.toFixed(1)} MB)`,
      columns: ['path', 'verifications/s per core', 'request p50 (ms)', 'target'],
      rows: [
        ['direct in-process (engine.scoreRulesOnly)', Math.round(directPerCore), Math.round(percentile(directWall, 50)), '—'],
        ['POST /openrlhf over loopback HTTP', Math.round(httpPerCore), Math.round(percentile(httpWall, 50)), `≥ ${TARGET} ${httpPerCore >= TARGET ? '✓' : '✗'}`],
      ],
      note: 'Per core = median over rounds of responses scored / CPU seconds of the process doing the work (the HTTP service runs alone in a child process and reports its CPU time; it includes reading the socket, UTF-8 decoding and JSON parsing of the whole batch). Responses are 0.4–1.3k characters (mostly Chinese) of reasoning plus an answer; the body is ASCII-escaped JSON as OpenRLHF (Python json.dumps) sends it. Mix: 60% CPQExam (JSON/text answers, every-option adversarial), 20% MedCalc limits, 20% ICD-10 diagnoses by name.',
    },
  ],
);
if (httpPerCore < TARGET) process.exitCode = 1;
}
