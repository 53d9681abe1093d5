// Evaluation harness: the model-free evidence baseline on the shared dev sets (with and without terminology
// expansion), over a knowledge base built from ../shared/data/kb; harness overhead per item with an instant
// model (target < 1 ms beyond the model call); scorer throughput. Run: npx tsx bench/eval.bench.ts
// Set QUARKMED_EVAL_BENCH_N (default 300 items per set, evenly spaced) and QUARKMED_EVAL_BENCH_KB (reuse a KB).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_DATA } from '../test/helpers/shared-data.js';
import { getBenchmark } from '../src/eval/benchmarks/index.js';
import { evidenceBaseline } from '../src/eval/evidence-baseline.js';
import type { Predictor } from '../src/eval/predictor.js';
import { runEval } from '../src/eval/run-eval.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';
import { loadTerminology } from '../src/knowledge/terminology.js';
import { percentile, writeBenchResults, type BenchSection } from './report.js';

const N = Number(process.env.QUARKMED_EVAL_BENCH_N ?? 300);
const work = mkdtempSync(join(tmpdir(), 'qm-eval-bench-'));

async function knowledgeBase(): Promise<string> {
  const reuse = process.env.QUARKMED_EVAL_BENCH_KB ?? join(tmpdir(), 'quarkmed-eval-bench-kb', 'kb.sqlite');
  if (existsSync(reuse)) return reuse;
  mkdirSync(join(reuse, '..'), { recursive: true });
  const kb = await openKnowledgeBase({ dbPath: reuse });
  const t = performance.now();
  // As `quarkmed kb ingest ../shared/data/kb --terms ../shared/data/terms`: the entity dictionaries feed the segmenter.
  const terms = await loadTerminology({ termsDir: join(SHARED_DATA, 'terms'), kb });
  kb.addLexicon(terms.words());
  await kb.ingest(join(SHARED_DATA, 'kb'));
  console.log(`built KB ${reuse} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await kb.close();
  return reuse;
}

async function baselineOn(bench: string, file: string, db: string, expand: boolean) {
  const kb = await openKnowledgeBase({ dbPath: db, readonly: true });
  const started = performance.now();
  // Evenly spaced items: the files are ordered by level / subject, so a prefix would be biased.
  const r = await runEval({
    bench,
    data: file,
    out: join(work, `${bench}-${expand}`),
    predictor: evidenceBaseline(kb, { expand }),
    sample: N,
    cachePath: null,
    concurrency: 1,
  });
  const secs = (performance.now() - started) / 1000;
  await kb.close();
  const options = (await getBenchmark(bench).load(file)).map((i) => Object.keys(i.options).length);
  const chance = bench === 'cpqexam' ? NaN : 1 / (options.reduce((a, b) => a + b, 0) / options.length);
  const s = r.summary;
  return {
    bench,
    expand,
    n: s.overall.total,
    correct: s.overall.correct,
    accuracy: s.overall.accuracy,
    ci95: s.ci95,
    invalid: s.invalid,
    chance,
    secsPerItem: secs / s.overall.total,
  };
}

async function overhead(cache: boolean) {
  const file = join(SHARED_DATA, 'bench', 'cpqexam-dev.jsonl');
  const instant: Predictor = {
    id: `instant-${Date.now()}`,
    cacheable: true,
    predict: async (item) => ({
      text: `{"answer": "${item.gold.kind === 'choice' ? item.gold.letters : ''}"}`,
      usage: { promptTokens: 1, completionTokens: 1 },
      finishReason: 'stop',
    }),
    close: async () => {},
  };
  const r = await runEval({
    bench: 'cpqexam',
    data: file,
    out: join(work, `overhead-${cache}`),
    predictor: instant,
    cachePath: cache ? join(work, 'cache.sqlite') : null,
    concurrency: 1,
  });
  return { items: r.items, overheadMs: r.overheadMsPerItem, wallMsPerItem: r.wallMs / r.items, accuracy: r.summary.overall.accuracy };
}

function scorerThroughput() {
  const bench = getBenchmark('cpqexam');
  const gold = { kind: 'choice' as const, letters: 'ACD' };
  const outputs = ['{"answer": "ACD"}', '分析……\n\n```json\n{"answer": "A、C、D"}\n```', '{"answer": "ac', '抱歉', '[{"answer": "A"}, {"answer": "CD"}]'];
  const times: number[] = [];
  for (let i = 0; i < 50_000; i++) {
    const t = performance.now();
    bench.score(bench.parse(outputs[i % outputs.length], gold), gold);
    times.push(performance.now() - t);
  }
  return {
    p50us: percentile(times, 50) * 1000,
    p99us: percentile(times, 99) * 1000,
    perSec: Math.round(1000 / (times.reduce((a, b) => a + b, 0) / times.length)),
  };
}

const db = await knowledgeBase();
const sets: [string, string][] = [
  ['medqa-mcmle', join(SHARED_DATA, 'bench', 'medqa-mcmle-dev.jsonl')],
  ['cmexam', join(SHARED_DATA, 'bench', 'cmexam-val.jsonl')],
  ['cpqexam', join(SHARED_DATA, 'bench', 'cpqexam-dev.jsonl')],
  ['medqa-us', join(SHARED_DATA, 'bench', 'medqa-us-dev.jsonl')],
];
const baseline = [];
for (const [bench, file] of sets) for (const expand of [true, false]) baseline.push(await baselineOn(bench, file, db, expand));
const over = [await overhead(false), await overhead(true)];
const scorer = scorerThroughput();
rmSync(work, { recursive: true, force: true });

const pct = (x: number) => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const sections: BenchSection[] = [
  {
    title: `Evidence baseline (no LLM) on the shared dev sets, ${N} evenly spaced items each`,
    columns: ['benchmark', 'expansion', 'items', 'accuracy', '95% CI', 'chance', 'no evidence (abstained)', 'accuracy when answering', 's / item'],
    rows: baseline.map((b) => [
      b.bench,
      b.expand ? 'on' : 'off',
      b.n,
      pct(b.accuracy),
      `${pct(b.ci95.low)}–${pct(b.ci95.high)}`,
      pct(b.chance),
      b.invalid,
      pct(b.correct / Math.max(1, b.n - b.invalid)),
      b.secsPerItem.toFixed(3),
    ]),
    note: 'KB: every source in ../shared/data/kb (MedQuAD, Chinese disease KG, ChatDoctor disease table), BM25 retrieval. When no passage supports any option the baseline abstains (counted wrong), which is why some rows sit below chance: the knowledge base covers consumer disease facts, not exam textbooks. CPQExam chance is not a single figure (multi-answer items; the baseline picks one letter, so multi-answer items are always wrong).',
  },
  {
    title: 'Harness overhead beyond the model call (instant model, CPQExam dev, 1,521 items, concurrency 1)',
    columns: ['cache', 'overhead ms / item', 'wall ms / item', 'target'],
    rows: over.map((o, i) => [i ? 'SQLite on' : 'off', o.overheadMs.toFixed(3), o.wallMsPerItem.toFixed(3), '< 1 ms']),
  },
  {
    title: 'Official CPQExam scorer (parse + score)',
    columns: ['p50 µs', 'p99 µs', 'items / s'],
    rows: [[scorer.p50us.toFixed(2), scorer.p99us.toFixed(2), scorer.perSec]],
  },
];
writeBenchResults('eval', { baseline, overhead: over, scorer, n: N }, sections);
