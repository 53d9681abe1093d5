// RL data flow end to end: build from real benchmarks and the disease KG, decontaminate against eval sets
// (with planted copies), export verl parquet + OpenRLHF JSONL, then score exported items through the reward
// service exactly as verl and OpenRLHF would send them; pass@k difficulty against a policy endpoint; resample.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/models/create-backend.js';
import { buildRlData, type BuildReport } from '../../src/rl/data/build.js';
import { measureDifficulty } from '../../src/rl/data/difficulty.js';
import type { RlItem } from '../../src/rl/data/item.js';
import { readItems } from '../../src/rl/data/read-items.js';
import { resampleEpoch } from '../../src/rl/data/resample.js';
import { decodeSpec } from '../../src/rl/reward/spec.js';
import { startRewardService, type RewardService } from '../../src/rl/service/start.js';
import { readRewardLog } from '../../src/rl/stats.js';
import { startFakeOpenAI } from '../helpers/fake-openai-server.js';
import { sharedPath } from '../helpers/shared-data.js';

const out = mkdtempSync(join(tmpdir(), 'qm-rl-'));
let report: BuildReport;
let svc: RewardService;
const logPath = join(out, 'rewards.jsonl');

beforeAll(async () => {
  // Plant an eval set holding copies of three MedQA-MCMLE questions: one verbatim, two reworded.
  const mcmle = readFileSync(sharedPath('bench', 'medqa-mcmle-dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { question: string; options: Record<string, string> });
  const opts = (r: (typeof mcmle)[number]) =>
    Object.keys(r.options)
      .sort()
      .map((k) => r.options[k])
      .join('\n');
  const planted = [
    { question: `${mcmle[7].question}\n${opts(mcmle[7])}` },
    { question: `请回答：${mcmle[42].question}（本题为单选题）\n${opts(mcmle[42])}` },
    { question: `${mcmle[99].question}\n${opts(mcmle[99])}\n注：选出最佳答案。` },
  ];
  writeFileSync(join(out, 'planted-eval.jsonl'), planted.map((p) => JSON.stringify(p)).join('\n'));
  report = await buildRlData({
    inputs: [
      { source: 'medqa-mcmle', path: sharedPath('bench', 'medqa-mcmle-dev.jsonl') },
      { source: 'medcalc', path: sharedPath('rl', 'medcalc-dev.jsonl') },
      // The whole graph: the label-quality stage keeps ~1 in 3 diagnosis items, fewer than 120 from one file.
      { source: 'disease-kg', path: sharedPath('kb', 'disease-kg-zh') },
      { source: 'huatuo-o1', path: sharedPath('rl', 'huatuo-o1-verifiable-demo.json') },
    ],
    outDir: out,
    formats: ['verl', 'openrlhf', 'jsonl'],
    evalSets: [
      { name: 'planted', path: join(out, 'planted-eval.jsonl') },
      { name: 'cpqexam', path: sharedPath('bench', 'cpqexam-dev.jsonl') },
    ],
    sample: { perTask: 120, seed: 7 },
    termsDir: sharedPath('terms'),
    // Pipeline mechanics on the rule-checked set (unreviewed knowledge-graph labels are otherwise held out).
    quality: { trustUnreviewed: true },
  });
  svc = await startRewardService({ port: 0, termsDir: sharedPath('terms'), logPath });
});

afterAll(async () => {
  await svc?.close();
});

describe('rl build', () => {
  it('reports sources, the ICD mapping rate and what decontamination removed', () => {
    expect(report.sources.map((s) => s.source)).toEqual(['medqa-mcmle', 'medcalc', 'disease-kg-zh', 'huatuo-o1']);
    expect(report.sources[2].extra?.icdMappingRate).toBeGreaterThan(0.3);
    expect(report.contaminated.bySet.planted).toBe(3);
    expect(report.contaminated.exact).toBeGreaterThanOrEqual(1);
    expect(report.contaminated.near).toBeGreaterThanOrEqual(2);
    const removed = readFileSync(join(out, 'removed.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; reason: string });
    expect(removed.filter((r) => r.reason === 'contaminated').map((r) => r.id)).toEqual(
      expect.arrayContaining(['medqa-mcmle:medqa-mcmle-8', 'medqa-mcmle:medqa-mcmle-43', 'medqa-mcmle:medqa-mcmle-100']),
    );
    expect(report.splits.train.items).toBe(120 * 4);
  });

  it('writes verl parquet whose ground truths the service scores as verl sends them', async () => {
    const rows = (await parquetReadObjects({ file: new Uint8Array(readFileSync(join(out, 'train.parquet'))).buffer })) as {
      data_source: string;
      prompt: { role: string; content: string }[];
      ability: string;
      reward_model: { style: string; ground_truth: string };
      extra_info: Record<string, unknown>;
    }[];
    expect(rows).toHaveLength(480);
    const exam = rows.find((r) => r.ability === 'medical-exam')!;
    expect(exam.data_source).toBe('quarkmed/medqa-mcmle');
    expect(exam.prompt[0].role).toBe('user');
    expect(exam.reward_model.style).toBe('rule');
    const spec = decodeSpec(exam.reward_model.ground_truth);
    const dx = rows.find((r) => r.ability === 'medical-diagnosis')!;
    const dxSpec = decodeSpec(dx.reward_model.ground_truth);
    const res = await fetch(`${svc.url}/verl`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        {
          data_sources: [exam.data_source, exam.data_source, dx.data_source],
          solution_strs: [`分析后\n{"answer": "${String(spec.gt)}"}`, '{"answer": "ABCDE"}', `{"diagnosis": "${(dxSpec.gt as { name: string }).name}"}`],
          ground_truths: [exam.reward_model.ground_truth, exam.reward_model.ground_truth, dx.reward_model.ground_truth],
          extra_infos: [exam.extra_info, exam.extra_info, dx.extra_info],
        },
        (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v),
      ), // parquet INT64 reads back as BigInt
    });
    const { scores } = (await res.json()) as { scores: { score: number; acc: number }[] };
    expect(scores.map((s) => s.acc)).toEqual([1, 0, 1]);
  });

  it('writes OpenRLHF JSONL with prompt and label keys that /openrlhf accepts', async () => {
    const recs = readFileSync(join(out, 'train.openrlhf.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { prompt: { content: string }[]; label: string });
    const calc = recs.find((r) => decodeSpec(r.label).task === 'calc')!;
    const gt = decodeSpec(calc.label).gt as { answer: string; type: string };
    const prompt = `<|im_start|>user\n${calc.prompt[0].content}<|im_end|>\n<|im_start|>assistant\n`;
    const answer = gt.type === 'weeks-days' ? `(${gt.answer.split(',')[0]} weeks, ${gt.answer.split(',')[1]} days)` : gt.answer;
    const query = [`${prompt}Step by step… {"answer": ${JSON.stringify(answer)}}<|im_end|>`, `${prompt}I cannot compute this.<|im_end|>`];
    const res = await fetch(`${svc.url}/openrlhf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, prompts: [prompt, prompt], labels: [calc.label, calc.label] }),
    });
    const body = (await res.json()) as { scores: number[] };
    expect(body.scores).toEqual([1, 0]);
  });
});

describe('rl difficulty and resample', () => {
  it('keeps items whose pass@k lies inside the band, against a policy endpoint', async () => {
    const items = readItems(join(out, 'train.jsonl'))
      .filter((i) => i.task === 'exam')
      .slice(0, 6);
    const byPrompt = new Map(items.map((it, n) => [it.prompt[0].content, { it, n }]));
    let call = 0;
    const policy = await startFakeOpenAI({
      reply: (req) => {
        const hit = byPrompt.get(req.messages?.[0]?.content ?? '')!;
        const key = String(hit.it.ground_truth);
        const wrong = key === 'A' ? 'B' : 'A';
        call++;
        // items 0-1 always right (too easy), 2-3 right half the time (kept), 4-5 never right (too hard)
        const right = hit.n < 2 ? true : hit.n < 4 ? Number(req.seed ?? 0) % 2 === 0 : false;
        return `{"answer": "${right ? key : wrong}"}`;
      },
    });
    try {
      const backend = (await createBackend(`openai:${policy.baseURL}#policy`))!;
      const { kept, records } = await measureDifficulty(items, backend, svc.engine, { k: 4, band: [0.25, 0.75] });
      expect(records.map((r) => r.reason)).toEqual(['too-easy', 'too-easy', 'in-band', 'in-band', 'too-hard', 'too-hard']);
      expect(kept.map((i) => i.id)).toEqual([items[2].id, items[3].id]);
      expect(call).toBe(24);
      await backend.close();
    } finally {
      await policy.close();
    }
  });

  it('drops mastered items using the ids the reward log recorded', async () => {
    const items: RlItem[] = readItems(join(out, 'train.jsonl'))
      .filter((i) => i.task === 'exam')
      .slice(0, 2);
    const labels = items.map((i) => JSON.stringify(i.reward_spec));
    const prompt = 'p';
    const query: string[] = [];
    const lbl: string[] = [];
    for (let r = 0; r < 8; r++) {
      query.push(`${prompt}{"answer": "${String(items[0].ground_truth)}"}`); // item 0 always right
      lbl.push(labels[0]);
      query.push(`${prompt}{"answer": "Z"}`); // item 1 never
      lbl.push(labels[1]);
    }
    await fetch(`${svc.url}/openrlhf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, prompts: query.map(() => prompt), labels: lbl }),
    });
    await new Promise((r) => setTimeout(r, 100));
    const { records } = await readRewardLog(logPath);
    const { kept, report: rr } = resampleEpoch(items, records, { mastered: 0.9, minSeen: 8 });
    expect(rr.masteredIds).toEqual([items[0].id]);
    expect(kept.map((i) => i.id)).toEqual([items[1].id]);
  });
});
