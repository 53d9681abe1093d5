// RL data sources by name: every evaluation benchmark (through its own loader) plus the RL-only sources.
import { defineRegistry } from '../../../core/registry.js';
import { benchmarks } from '../../../eval/benchmarks/index.js';
import type { Icd10Index } from '../../../knowledge/icd10.js';
import { rlErrors } from '../../errors.js';
import { itemsFromBenchmark } from './bench.js';
import { itemsFromChatPrompts } from './chat-prompts.js';
import { itemsFromDiseaseKg } from './disease-kg.js';
import { itemsFromDiseaseKgTask } from './disease-kg-tasks.js';
import { itemsFromHuatuo } from './huatuo.js';
import { itemsFromKgSba, type KgSbaResources } from './kg-sba.js';
import type { SourceResult } from './types.js';

export interface SourceContext {
  /** Loaded lazily: only the disease KG needs it. */
  icd: () => Icd10Index;
  /** Terminology for KB-checked items (drug lexicon, indications, symptom names); loaded lazily. */
  terms?: () => Omit<KgSbaResources, 'icd'>;
}

type SourceFn = (path: string, ctx: SourceContext) => Promise<SourceResult> | SourceResult;

export const rlSources = defineRegistry<'huatuo-o1' | 'disease-kg' | 'disease-kg-tests' | 'disease-kg-drugs' | 'disease-kg-sba' | 'chat-prompts', SourceFn>(
  'RL data source',
  {
    'huatuo-o1': (path) => itemsFromHuatuo(path),
    'chat-prompts': (path) => itemsFromChatPrompts(path),
    'disease-kg': (path, ctx) => itemsFromDiseaseKg(path, ctx.icd()),
    'disease-kg-tests': (path) => itemsFromDiseaseKgTask(path, 'test_order'),
    'disease-kg-drugs': (path, ctx) => itemsFromDiseaseKgTask(path, 'drug', { icd: ctx.icd() }),
    // Single-best-answer items whose distractors the knowledge base rules out (kg-sba.ts): the unambiguous form of
    // the three tasks above.
    'disease-kg-sba': (path, ctx) => itemsFromKgSba(path, { icd: ctx.icd(), ...(ctx.terms?.() ?? {}) }),
  },
);

export function sourceNames(): string[] {
  return [...rlSources.names(), ...benchmarks.names()];
}

/** Items from a named source: an RL source, else a benchmark of the evaluation harness. */
export async function loadSource(name: string, path: string, ctx: SourceContext): Promise<SourceResult> {
  if (rlSources.has(name)) return rlSources.get(name)(path, ctx);
  if (benchmarks.has(name)) return itemsFromBenchmark(name, path);
  throw rlErrors.RL_SOURCE_UNKNOWN({ name, known: sourceNames().join(', ') });
}
