// `eval run` end to end: resolve data and model, run (resuming a crashed run), write predictions and reports.
import { appendFileSync, existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { quarkmedHome } from '../core/paths.js';
import { writeFileAtomic } from '../core/atomic-write.js';
import { getBenchmark } from './benchmarks/index.js';
import { openEvalCache, defaultCachePath } from './cache.js';
import { evalErrors } from './errors.js';
import { PAPER_SOURCE, paperFiguresFor } from './paper-numbers.js';
import type { PredictionRecord } from './predictions.js';
import type { Predictor } from './predictor.js';
import { renderHtml } from './report/html.js';
import { renderMarkdown } from './report/markdown.js';
import type { RunReport } from './report/types.js';
import { runItems, type RunProgress } from './runner.js';
import { summarize } from './score/summarize.js';
import { scoreRecords } from './score-file.js';
import type { BenchItem } from './types.js';

export interface EvalRunOptions {
  bench: string;
  data?: string;
  out: string;
  /** Builds the predictor (and closes what it opened via predictor.close()). */
  predictor: Predictor;
  judge?: Predictor;
  /** Cited evidence per item (--rag). */
  evidence?: (item: BenchItem) => Promise<string | undefined>;
  limit?: number;
  /** N items spread evenly over the file (files are often ordered by level or subject, so a prefix is biased). */
  sample?: number;
  concurrency?: number;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  retries?: number;
  /** Cache file; null disables caching. Default $QUARKMED_HOME/eval-cache.sqlite. */
  cachePath?: string | null;
  onProgress?: (p: RunProgress) => void;
  /** Called once the item count is known (progress bar start). */
  onStart?: (info: { total: number; resumed: number; data: string }) => void;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

/** The paper's protocol defaults: temperature 0.6, one pass. */
export const RUN_DEFAULTS = { temperature: 0.6, maxTokens: 2048, concurrency: 4 } as const;

/** `n` items at even strides through the list, in order (deterministic). */
export function spreadSample<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]);
}

export function defaultDataPath(bench: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(quarkmedHome(env), 'bench', bench, getBenchmark(bench).source.defaultFile);
}

export async function runEval(o: EvalRunOptions): Promise<RunReport> {
  const bench = getBenchmark(o.bench);
  if (bench.judge && !o.judge) throw evalErrors.EVAL_JUDGE_REQUIRED({ bench: bench.id });
  const data = resolve(o.data ?? defaultDataPath(o.bench, o.env));
  if (!existsSync(data)) throw evalErrors.EVAL_NO_DATA({ bench: bench.id, looked: data });
  let skipped = 0;
  const warnings: string[] = [];
  let items = await bench.load(data, { onSkip: () => skipped++, onWarning: (w) => warnings.push(`${w.file}:${w.line}: ${w.reason}`) });
  if (o.sample) items = spreadSample(items, o.sample);
  if (o.limit) items = items.slice(0, o.limit);
  const temperature = o.temperature ?? RUN_DEFAULTS.temperature;
  const maxTokens = o.maxTokens ?? RUN_DEFAULTS.maxTokens;
  const out = resolve(o.out);
  mkdirSync(out, { recursive: true });

  // Resume: finished items of an interrupted run with the same configuration are kept, the rest are run.
  const config = {
    bench: bench.id,
    data,
    model: o.predictor.id,
    judge: o.judge?.id ?? null,
    rag: Boolean(o.evidence),
    temperature,
    maxTokens,
    seed: o.seed ?? null,
  };
  const configHash = createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16);
  const partial = join(out, 'predictions.partial.jsonl');
  const statePath = join(out, 'run-state.json');
  const done = new Map<string, PredictionRecord>();
  if (existsSync(partial) && existsSync(statePath) && JSON.parse(readFileSync(statePath, 'utf8')).configHash === configHash) {
    for (const line of readFileSync(partial, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const rec = JSON.parse(line) as PredictionRecord;
        if (!rec.error) done.set(rec.uid, rec);
      } catch {
        // a line cut by the crash: that item simply runs again
      }
    }
  } else {
    rmSync(partial, { force: true });
  }
  writeFileAtomic(statePath, `${JSON.stringify({ configHash, config }, null, 2)}\n`);
  const todo = items.filter((it) => !done.has(it.id));
  o.onStart?.({ total: items.length, resumed: items.length - todo.length, data });

  const cache = o.cachePath === null ? null : openEvalCache(o.cachePath ?? defaultCachePath(o.env));
  const startedAt = new Date().toISOString();
  let result;
  try {
    result = await runItems({
      bench,
      items: todo,
      predictor: o.predictor,
      judge: o.judge,
      temperature,
      maxTokens,
      seed: o.seed,
      concurrency: o.concurrency ?? RUN_DEFAULTS.concurrency,
      retries: o.retries,
      cache,
      evidence: o.evidence,
      signal: o.signal,
      onRecord: (rec) => appendFileSync(partial, `${JSON.stringify(rec)}\n`),
      onProgress: o.onProgress && ((p) => o.onProgress!({ ...p, done: p.done + done.size, total: items.length })),
    });
  } finally {
    cache?.close();
  }

  const fresh = new Map(result.records.map((r) => [r.uid, r]));
  const records = items.map((it) => fresh.get(it.id) ?? done.get(it.id)).filter((r): r is PredictionRecord => Boolean(r));
  writeFileAtomic(join(out, 'predictions.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : ''));
  // Scores in the report come from re-reading the written file: what `eval score` will say, by construction.
  const rescored = scoreRecords(bench, records as unknown as Record<string, unknown>[], join(out, 'predictions.jsonl'));
  const summary = summarize(rescored.rows, bench.groupKeys, { groupCi: true });
  const notes: string[] = [];
  if (skipped) notes.push(`${skipped} source records were skipped as unscorable (no gold answer in the released file).`);
  for (const w of warnings.slice(0, 5)) notes.push(w);
  if (warnings.length > 5) notes.push(`… and ${warnings.length - 5} more data warnings.`);
  if (done.size) notes.push(`${done.size} items were resumed from an interrupted run.`);
  if (summary.officialCrashes) notes.push(`${summary.officialCrashes} outputs would make the official scorer abort; they count as invalid here.`);
  const truncated = records.filter((r) => r.finish === 'length').length;
  if (truncated) notes.push(`${truncated} replies were cut by the max-tokens limit (${maxTokens}); raise --max-tokens if they lack an answer.`);
  if (result.progress.errors) notes.push(`${result.progress.errors} items failed after retries (model errors); they count as invalid.`);
  const report: RunReport = {
    version: 1,
    bench: bench.id,
    benchTitle: bench.title,
    data,
    model: o.predictor.id,
    rag: Boolean(o.evidence),
    temperature,
    maxTokens,
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
    items: records.length,
    skippedRecords: skipped,
    startedAt,
    finishedAt: new Date().toISOString(),
    wallMs: Math.round(result.wallMs),
    overheadMsPerItem: Number(result.overheadMsPerItem.toFixed(4)),
    cachedItems: records.filter((r) => r.cached).length,
    errors: records.filter((r) => r.error).length,
    tokens: {
      prompt: records.reduce((a, r) => a + (r.usage?.promptTokens ?? 0), 0),
      completion: records.reduce((a, r) => a + (r.usage?.completionTokens ?? 0), 0),
    },
    extraction: records.reduce<Record<string, number>>((acc, r) => ((acc[r.how] = (acc[r.how] ?? 0) + 1), acc), {}),
    summary,
    groupKeys: [...bench.groupKeys],
    paper: { source: PAPER_SOURCE, figures: paperFiguresFor(bench.id) },
    notes,
  };
  writeFileAtomic(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileAtomic(join(out, 'report.md'), renderMarkdown(report));
  writeFileAtomic(join(out, 'report.html'), renderHtml(report));
  if (!o.signal?.aborted) {
    rmSync(partial, { force: true });
    rmSync(statePath, { force: true });
  }
  return report;
}
