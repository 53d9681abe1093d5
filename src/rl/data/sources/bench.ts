// RL items from the evaluation harness's benchmark loaders (reused, not rewritten): the same prompt the
// benchmark uses and a reward spec built from its gold answer. Label-only gold (PubMedQA) is skipped with a
// reason; everything skipped is counted.
import type { Authority } from '../../../core/types.js';
import { getBenchmark, type BenchItem } from '../../../eval/benchmarks/index.js';
import type { RewardSpec } from '../../reward/spec.js';
import type { RlItem } from '../item.js';
import type { SourceResult } from './types.js';

/** Licensing-exam and textbook-style question banks grade B; MedCalc-Bench (from PubMed case reports) C. */
const AUTHORITY: Record<string, Authority> = { medcalc: 'C' };

/** The raw content (no prompt template) decontamination compares. */
export function benchItemText(item: BenchItem): string {
  return [item.stem ?? '', item.question, ...Object.keys(item.options).sort().map((k) => item.options[k])].filter(Boolean).join('\n');
}

export function specForGold(item: BenchItem): { spec: Omit<RewardSpec, 'id'>; gt: unknown } | { skip: string } {
  const g = item.gold;
  switch (g.kind) {
    case 'choice':
      return { spec: { task: 'exam', gt: g.letters, fmt: 'json', opt: { options: Object.keys(item.options).sort().join('') } }, gt: g.letters };
    case 'numeric': {
      const gt = { answer: String(g.value), lower: String(g.lower), upper: String(g.upper), type: g.outputType };
      return { spec: { task: 'calc', gt }, gt };
    }
    case 'date': {
      const gt = { answer: g.date, type: 'date' };
      return { spec: { task: 'calc', gt }, gt };
    }
    case 'weeks-days': {
      const gt = { answer: `${g.weeks},${g.days}`, type: 'weeks-days' };
      return { spec: { task: 'calc', gt }, gt };
    }
    case 'open':
      return { spec: { task: 'open', gt: g.reference, opt: { question: item.question.slice(0, 2000) } }, gt: g.reference };
    case 'label':
      return { skip: `label gold (${g.labels.join('/')}) has no RL verifier` };
  }
}

export async function itemsFromBenchmark(name: string, path: string): Promise<SourceResult> {
  const bench = getBenchmark(name);
  const skipped: Record<string, number> = {};
  const items: RlItem[] = [];
  const loaded = await bench.load(path, { onSkip: (s) => (skipped[`loader: ${s.reason}`] = (skipped[`loader: ${s.reason}`] ?? 0) + 1) });
  for (const it of loaded) {
    const r = specForGold(it);
    if ('skip' in r) {
      skipped[r.skip] = (skipped[r.skip] ?? 0) + 1;
      continue;
    }
    const id = `${name}:${it.id}`;
    items.push({
      id,
      task: r.spec.task,
      prompt: bench.prompt(it),
      ground_truth: r.gt,
      reward_spec: { ...r.spec, id },
      source: name,
      authority: AUTHORITY[name] ?? 'B',
      meta: { lang: it.lang, groups: it.groups, text: benchItemText(it), ...(name === 'medcalc' ? { calculator: it.groups.calculator } : {}) },
    });
  }
  return { items, report: { source: name, path, read: loaded.length, kept: items.length, skipped } };
}
