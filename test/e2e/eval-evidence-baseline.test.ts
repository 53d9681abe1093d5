// The model-free evidence baseline on a real (small) knowledge base built from MedQuAD and the disease KG:
// it must pick the option its evidence supports, honour --no-expand, and refuse a missing or empty KB clearly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPredictor, openEvalKnowledgeBase, ragEvidence } from '../../src/eval/model-setup.js';
import { runEval } from '../../src/eval/run-eval.js';
import { openKnowledgeBase } from '../../src/retrieval/knowledge-base.js';
import type { KnowledgeBase } from '../../src/retrieval/knowledge-base.js';
import { getBenchmark } from '../../src/eval/benchmarks/index.js';
import { buildAskKb, type AskFixture } from './ask-kb-fixture.js';

let fx: AskFixture;
let dir: string;
let data: string;
let kb: KnowledgeBase;

// MedQA-format items whose right option is what the fixture's documents are about.
const ITEMS = [
  {
    question: 'Which test measures average blood glucose over the past three months?',
    options: { A: 'Lumbar puncture', B: 'A1C test', C: 'Audiometry', D: 'Skin prick test' },
    answer_idx: 'B',
  },
  {
    question: 'Which condition causes airways to become inflamed and narrow, with wheezing and shortness of breath?',
    options: { A: 'Cataract', B: 'Gout', C: 'Asthma', D: 'Psoriasis' },
    answer_idx: 'C',
  },
  { question: '百日咳的主要病原体是什么？', options: { A: '百日咳鲍特菌', B: '金黄色葡萄球菌', C: '乙型肝炎病毒', D: '白色念珠菌' }, answer_idx: 'A' },
];

beforeAll(async () => {
  fx = await buildAskKb();
  dir = mkdtempSync(join(tmpdir(), 'qm-evb-'));
  data = join(dir, 'items.jsonl');
  writeFileSync(data, ITEMS.map((i) => JSON.stringify(i)).join('\n'));
  kb = await openEvalKnowledgeBase(fx.dbPath);
});

afterAll(async () => {
  await kb?.close();
  fx?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('evidence-baseline', () => {
  it('chooses the option the knowledge base supports, with and without expansion', async () => {
    for (const spec of ['evidence-baseline', 'evidence-baseline?expand=false']) {
      const predictor = await createPredictor(spec, async () => kb);
      const report = await runEval({ bench: 'medqa-us', data, out: join(dir, spec.replace(/\W/g, '_')), predictor, cachePath: null, concurrency: 1 });
      expect(report.summary.overall.total).toBe(3);
      expect(report.summary.overall.correct).toBeGreaterThanOrEqual(2);
      expect(report.model).toBe(spec === 'evidence-baseline' ? 'evidence-baseline?expand=true&k=5' : 'evidence-baseline?expand=false&k=5');
    }
  });

  it('--rag puts numbered, fenced sources from the knowledge base before the question', async () => {
    const bench = getBenchmark('medqa-us');
    const [item] = await bench.load(data);
    const evidence = await ragEvidence(kb)(item);
    expect(evidence).toMatch(/<source n="1"/);
    const content = bench.prompt(item, { evidence })[0].content;
    expect(content.indexOf('<source n="1"')).toBeLessThan(content.indexOf(item.question));
  });

  it('refuses a missing or empty knowledge base with EVAL_KB_EMPTY naming the file', async () => {
    await expect(openEvalKnowledgeBase(join(dir, 'nope.sqlite'))).rejects.toMatchObject({
      code: 'EVAL_KB_EMPTY',
      message: expect.stringContaining('nope.sqlite'),
    });
    const empty = join(dir, 'empty.sqlite');
    await (await openKnowledgeBase({ dbPath: empty })).close();
    await expect(openEvalKnowledgeBase(empty)).rejects.toMatchObject({ code: 'EVAL_KB_EMPTY' });
  });
});

describe('eval run --rag through the CLI', () => {
  it('sends the scripted model the question with cited sources from the knowledge base', async () => {
    const { startFakeOpenAI } = await import('../helpers/fake-openai-server.js');
    const { runCli } = await import('../helpers/run-cli.js');
    const server = await startFakeOpenAI({ reply: () => '{"answer": "B"}' });
    try {
      const out = join(dir, 'rag-run');
      const r = await runCli(
        [
          'eval',
          'run',
          '--bench',
          'medqa-us',
          '--data',
          data,
          '--model',
          `openai:${server.baseURL}#scripted`,
          '--rag',
          '--db',
          fx.dbPath,
          '--out',
          out,
          '--no-cache',
          '--no-progress',
          '--json',
        ],
        {
          env: { QUARKMED_HOME: dir },
        },
      );
      expect(r.code, r.stderr).toBe(0);
      const chats = server.requests.filter((r) => r.path.endsWith('/chat/completions'));
      expect(chats).toHaveLength(3);
      const first = chats.find((r) => r.body.messages?.[0].content.includes('A1C'))!;
      expect(first.body.messages![0].content).toMatch(/<source n="1"[^>]*>[\s\S]*<\/source>[\s\S]*Question:/);
      const report = JSON.parse((await import('node:fs')).readFileSync(join(out, 'report.json'), 'utf8'));
      expect(report.rag).toBe(true);
      expect(report.summary.overall.correct).toBe(1);
    } finally {
      await server.close();
    }
  });
});
