// predictions.jsonl: one line per item, in the official CPQExam input format ({uid, level, department, type,
// pred_str, answer}) plus our fields, so the official script and `eval score` both read it unchanged.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { evalErrors } from './errors.js';
import type { BenchItem, Benchmark, Gold, ItemScore, ParseContext } from './types.js';

/** What the run learned about a call besides its score; copied onto the record when present. */
export interface CallDetails {
  usage?: { promptTokens: number; completionTokens: number };
  latencyMs?: number;
  cached?: boolean;
  /** 'length' marks a reply cut by --max-tokens (often why an answer is invalid). */
  finish?: string;
  error?: string;
  judge?: { text: string; grade: number | null };
}

export interface PredictionRecord extends CallDetails {
  uid: string;
  pred_str: string;
  /** Gold answer as text: letters, label, number, MM/DD/YYYY, "weeks,days" or the reference answer. */
  answer: string;
  bench: string;
  gold: Gold;
  groups: Record<string, string>;
  prediction: string;
  correct: boolean;
  invalid: boolean;
  score: number;
  how: string;
  /** Official-format fields a benchmark adds (CPQExam: level, department, type). */
  [extra: string]: unknown;
}

export function goldText(gold: Gold): string {
  switch (gold.kind) {
    case 'choice':
      return gold.letters;
    case 'label':
      return gold.label;
    case 'numeric':
      return String(gold.value);
    case 'date':
      return gold.date;
    case 'weeks-days':
      return `${gold.weeks},${gold.days}`;
    case 'open':
      return gold.reference;
  }
}

export interface RecordInput extends CallDetails {
  item: BenchItem;
  bench: Benchmark;
  predStr: string;
  score: ItemScore;
  how: string;
}

export function toRecord(r: RecordInput): PredictionRecord {
  return {
    uid: r.item.id,
    ...(r.bench.recordFields?.(r.item) ?? {}),
    pred_str: r.predStr,
    answer: goldText(r.item.gold),
    bench: r.bench.id,
    gold: r.item.gold,
    groups: r.item.groups,
    prediction: r.score.prediction,
    correct: r.score.correct,
    invalid: r.score.invalid,
    score: r.score.score,
    how: r.how,
    ...(r.usage ? { usage: r.usage } : {}),
    ...(r.latencyMs !== undefined ? { latencyMs: r.latencyMs } : {}),
    ...(r.cached !== undefined ? { cached: r.cached } : {}),
    ...(r.finish ? { finish: r.finish } : {}),
    ...(r.error ? { error: r.error } : {}),
    ...(r.judge ? { judge: r.judge } : {}),
    // A letter item's question and options, so `eval score` re-reads the reply as `eval run` did (Benchmark.parse).
    ...(r.item.gold.kind === 'choice' && Object.keys(r.item.options).length ? { item: { question: r.item.question, options: r.item.options } } : {}),
  };
}

/** Pure: the question and options a predictions record carries (toRecord's `item`), when well-formed. */
export function recordParseContext(record: Record<string, unknown>): ParseContext | undefined {
  const item = record.item as { question?: unknown; options?: unknown } | undefined;
  if (!item || typeof item !== 'object' || typeof item.question !== 'string') return undefined;
  const options = item.options;
  if (!options || typeof options !== 'object' || Array.isArray(options)) return undefined;
  const entries = Object.entries(options as Record<string, unknown>);
  if (!entries.every(([, v]) => typeof v === 'string')) return undefined;
  return { question: item.question, options: Object.fromEntries(entries) as Record<string, string> };
}

const lineSchema = z.looseObject({ uid: z.union([z.string(), z.number()]), pred_str: z.string(), answer: z.unknown() });

/** Read any predictions file in the official format (ours or another tool's); names the line on error. */
export async function readPredictions(file: string): Promise<Record<string, unknown>[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw evalErrors.EVAL_PREDICTIONS_INVALID({ file, line: 0, reason: (err as Error).message });
  }
  const out: Record<string, unknown>[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw evalErrors.EVAL_PREDICTIONS_INVALID({ file, line: i + 1, reason: 'is not JSON' });
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw evalErrors.EVAL_PREDICTIONS_INVALID({ file, line: i + 1, reason: `field "${issue.path.join('.')}" ${issue.message}` });
    }
    out.push(parsed.data as Record<string, unknown>);
  });
  return out;
}
