// Run a benchmark's items through a predictor: bounded concurrency, retries, the completion cache, optional
// RAG evidence and judge grading; every finished item is scored at once and handed to `onRecord`.
import type { ChatMessage, ChatResult } from '../models/backend.js';
import { describeError } from '../core/errors.js';
import { cacheKey, type EvalCache } from './cache.js';
import { evalErrors } from './errors.js';
import { toRecord, type PredictionRecord } from './predictions.js';
import type { Predictor } from './predictor.js';
import type { BenchItem, Benchmark } from './types.js';

export interface RunProgress {
  done: number;
  total: number;
  correct: number;
  cached: number;
  errors: number;
  promptTokens: number;
  completionTokens: number;
}

export interface RunnerOptions {
  bench: Benchmark;
  items: BenchItem[];
  predictor: Predictor;
  /** Judge model for judge-graded benchmarks (CMB-Clin); required when the benchmark has a judge. */
  judge?: Predictor;
  temperature: number;
  maxTokens: number;
  seed?: number;
  concurrency: number;
  /** Extra attempts after a failed model call (default 2), with exponential backoff from retryDelayMs. */
  retries?: number;
  retryDelayMs?: number;
  cache?: EvalCache | null;
  /** Cited evidence for an item (--rag); undefined means none. */
  evidence?: (item: BenchItem) => Promise<string | undefined>;
  onProgress?: (p: RunProgress) => void;
  onRecord?: (record: PredictionRecord) => void;
  signal?: AbortSignal;
}

export interface RunResult {
  /** In item order. */
  records: PredictionRecord[];
  progress: RunProgress;
  wallMs: number;
  /** Harness time per item beyond the model call: prompt, cache, parse, score, record (ms). */
  overheadMsPerItem: number;
}

/** Stop the run when this many items have failed and none has succeeded. */
const FAIL_FAST_AFTER = 5;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

/**
 * Harness time is summed over its own synchronous steps (prompt, cache, parse, score, record), never as
 * wall time minus model time: with several items in flight, another item's work would be counted too.
 */
interface Clock {
  ms: number;
}

function timed<T>(clock: Clock, fn: () => T): T {
  const t = performance.now();
  try {
    return fn();
  } finally {
    clock.ms += performance.now() - t;
  }
}

async function completeWithCache(
  predictor: Predictor,
  item: BenchItem,
  messages: ChatMessage[],
  o: RunnerOptions,
  clock: Clock,
): Promise<{ result: ChatResult; cached: boolean; modelMs: number }> {
  const key =
    predictor.cacheable && o.cache
      ? timed(clock, () => cacheKey({ model: predictor.id, messages, temperature: o.temperature, maxTokens: o.maxTokens, seed: o.seed }))
      : null;
  const hit = key ? timed(clock, () => o.cache!.get(key)) : undefined;
  if (hit) return { result: hit, cached: true, modelMs: 0 };
  const retries = o.retries ?? 2;
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    try {
      const result = await predictor.predict(item, messages, { temperature: o.temperature, maxTokens: o.maxTokens, seed: o.seed }, o.signal);
      const modelMs = performance.now() - started;
      // Errors and aborted generations are not answers: never cache them, so a rerun tries again.
      if (key && result.finishReason !== 'error' && result.finishReason !== 'abort') timed(clock, () => o.cache!.put(key, predictor.id, result));
      return { result, cached: false, modelMs };
    } catch (err) {
      if (attempt >= retries || o.signal?.aborted) throw err;
      await sleep((o.retryDelayMs ?? 500) * 2 ** attempt, o.signal);
    }
  }
}

export async function runItems(o: RunnerOptions): Promise<RunResult> {
  const { bench, items } = o;
  if (bench.judge && !o.judge) throw evalErrors.EVAL_JUDGE_REQUIRED({ bench: bench.id });
  const records: PredictionRecord[] = new Array(items.length);
  const progress: RunProgress = { done: 0, total: items.length, correct: 0, cached: 0, errors: 0, promptTokens: 0, completionTokens: 0 };
  const clock: Clock = { ms: 0 };
  let next = 0;
  // A wrong URL or a dead server should fail in seconds, not produce a report of 1,521 invalid answers.
  let fatal: Error | undefined;
  const wallStart = performance.now();

  async function one(item: BenchItem): Promise<PredictionRecord> {
    let modelMs = 0;
    // Retrieval for --rag is part of the system under test, not harness overhead.
    const evidence = o.evidence ? await o.evidence(item) : undefined;
    const messages = timed(clock, () => bench.prompt(item, evidence ? { evidence } : undefined));
    let text = '';
    let error: string | undefined;
    let usage = { promptTokens: 0, completionTokens: 0 };
    let cached = false;
    let finish: string | undefined;
    let judge: PredictionRecord['judge'];
    try {
      const r = await completeWithCache(o.predictor, item, messages, o, clock);
      ({ text } = r.result);
      usage = r.result.usage;
      cached = r.cached;
      finish = r.result.finishReason;
      modelMs += r.modelMs;
      if (bench.judge && o.judge) {
        const j = await completeWithCache(o.judge, item, bench.judge.prompt(item, text), { ...o, temperature: 0 }, clock);
        modelMs += j.modelMs;
        judge = { text: j.result.text, grade: bench.judge.parseGrade(j.result.text) };
      }
    } catch (err) {
      error = describeError(err);
    }
    return timed(clock, () => {
      const scoredText = bench.judge ? (judge?.grade ? `grade:${judge.grade}` : '') : text;
      const parsed = bench.parse(scoredText, item.gold, item);
      const score = bench.score(parsed, item.gold);
      return toRecord({
        item,
        bench,
        predStr: text,
        score,
        how: error ? 'error' : parsed.how,
        usage,
        latencyMs: Math.round(modelMs),
        cached,
        finish,
        error,
        judge,
      });
    });
  }

  async function worker(): Promise<void> {
    while (next < items.length && !o.signal?.aborted && !fatal) {
      const i = next++;
      const rec = await one(items[i]);
      records[i] = rec;
      timed(clock, () => {
        progress.done++;
        if (rec.correct) progress.correct++;
        if (rec.cached) progress.cached++;
        if (rec.error) progress.errors++;
        progress.promptTokens += rec.usage?.promptTokens ?? 0;
        progress.completionTokens += rec.usage?.completionTokens ?? 0;
        o.onRecord?.(rec);
        o.onProgress?.({ ...progress });
      });
      if (progress.errors >= FAIL_FAST_AFTER && progress.errors === progress.done) {
        fatal = evalErrors.EVAL_MODEL_UNAVAILABLE({ spec: o.predictor.id, reason: `the first ${progress.errors} items all failed; last error: ${rec.error}` });
      }
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, items.length)) }, worker));
  if (fatal) throw fatal;
  return {
    records: records.filter(Boolean),
    progress,
    wallMs: performance.now() - wallStart,
    overheadMsPerItem: items.length ? clock.ms / items.length : 0,
  };
}
