// RL items from the evaluation harness's benchmark loaders (reused, not rewritten): the same prompt the
// benchmark uses and a reward spec built from its gold answer. Label-only gold (PubMedQA) is skipped with a
// reason; everything skipped is counted.
import type { Authority } from '../../../core/types.js';
import { getBenchmark, type BenchItem } from '../../../eval/benchmarks/index.js';
import type { RewardSpec } from '../../reward/spec.js';
import type { RlItem } from '../item.js';
import type { SourceResult } from './types.js';
import { readRecords } from '../../../eval/benchmarks/read-records.js';
import { parsePythonLiteral } from './python-literal.js';

/** MedCalc provenance the label-quality stage recomputes from: calculator, extracted entities, explanation. */
function medcalcMeta(it: BenchItem, entities: Record<string, unknown> | undefined): Record<string, unknown> {
  const m = it.metadata;
  return { calculator: it.groups.calculator, calculatorId: m.calculatorId, explanation: m.explanation, ...(entities ? { entities } : {}) };
}

/** MedCalc's "Relevant Entities" (a Python dict literal) by item id; unreadable ones are left out. */
async function medcalcEntities(path: string): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const rec of await readRecords(path)) {
    const raw = rec.value['Relevant Entities'];
    const row = rec.value['Row Number'];
    const parsed = typeof raw === 'string' ? parsePythonLiteral(raw) : undefined;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      out.set(`medcalc-${row !== undefined && row !== '' ? String(row) : rec.line}`, parsed as Record<string, unknown>);
    }
  }
  return out;
}

/** The unit each MedCalc answer is in, so an answer stated in another unit is converted (or refused). */
const CALC_UNITS: Record<string, string> = {
  'Creatinine Clearance (Cockcroft-Gault Equation)': 'mL/min',
  'Mean Arterial Pressure (MAP)': 'mmHg',
  'QTc Bazett Calculator': 'msec',
  'QTc Framingham Calculator': 'msec',
  'Maintenance Fluids Calculations': 'mL/hr',
  'Fractional Excretion of Sodium (FENa)': '%',
};

/** Licensing-exam and textbook-style question banks grade B; MedCalc-Bench (from PubMed case reports) C. */
const AUTHORITY: Record<string, Authority> = { medcalc: 'C' };

/** The raw content (no prompt template) decontamination compares. */
export function benchItemText(item: BenchItem): string {
  return [
    item.stem ?? '',
    item.question,
    ...Object.keys(item.options)
      .sort()
      .map((k) => item.options[k]),
  ]
    .filter(Boolean)
    .join('\n');
}

export function specForGold(item: BenchItem): { spec: Omit<RewardSpec, 'id'>; gt: unknown } | { skip: string } {
  const g = item.gold;
  switch (g.kind) {
    case 'choice':
      // The option texts and the question go with the label, so the reward reads a reply as `eval run` scores it
      // (Benchmark.parse with the item): an option named by its text, the question's polarity for the rejection floor.
      return {
        spec: {
          task: 'exam',
          gt: g.letters,
          fmt: 'json',
          opt: { options: Object.keys(item.options).sort().join(''), optionTexts: item.options, question: item.question.slice(0, 2000) },
        },
        gt: g.letters,
      };
    case 'numeric': {
      const unit = CALC_UNITS[item.groups.calculator ?? ''];
      const gt = { answer: String(g.value), lower: String(g.lower), upper: String(g.upper), type: g.outputType, ...(unit ? { unit } : {}) };
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
  const entities = name === 'medcalc' ? await medcalcEntities(path) : undefined;
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
      meta: {
        lang: it.lang,
        groups: it.groups,
        text: benchItemText(it),
        // Exam items keep question and options apart, for the near-duplicate contradiction check.
        ...(r.spec.task === 'exam' ? { question: [it.stem ?? '', it.question].filter(Boolean).join('\n'), options: it.options } : {}),
        ...(name === 'medcalc' ? medcalcMeta(it, entities?.get(it.id)) : {}),
      },
    });
  }
  return { items, report: { source: name, path, read: loaded.length, kept: items.length, skipped } };
}
