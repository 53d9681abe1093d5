// The task-builder contract: one atomic objective per task, several synonymous instruction templates, samples
// built from local sources only. A task names the sources it reads; the builder skips (and reports) a task whose
// sources are absent unless it was asked for by name.
import { type Rng, shuffle } from '../../core/random.js';
import { setSourceText, type Ability, type SampleLang, type SftMessage, type SftSample } from '../sample.js';
import type { SourceBank, SourceName } from '../sources/bank.js';

export interface TaskContext {
  sources: SourceBank;
  rng: Rng;
  /** Instruction templates used per fact (the report's "output stability" pairs: same output, reworded ask). */
  variants: number;
  /** Stop after this many samples (builders may stop early; the builder also truncates). */
  max: number;
}

export interface SftTask {
  name: string;
  ability: Ability;
  /** Mixture group; defaults to the ability. */
  group?: string;
  langs: readonly SampleLang[];
  /** One line for `sft tasks` and the README. */
  summary: string;
  sources: readonly SourceName[];
  build(ctx: TaskContext): AsyncIterable<SftSample>;
}

export type Templates = Partial<Record<SampleLang, readonly string[]>>;

/** Fill `{name}` placeholders; a missing value is an error (a template typo must not ship as literal braces). */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    if (v === undefined) throw new Error(`template "${template}" needs {${k}}`);
    return v;
  });
}

/** `k` distinct template indexes chosen by the seeded RNG (all of them when k ≥ the count). */
export function pickTemplates(count: number, k: number, rng: Rng): number[] {
  const idx = shuffle(
    Array.from({ length: count }, (_, i) => i),
    rng,
  );
  return idx.slice(0, Math.max(1, Math.min(k, count)));
}

export interface FactSamples {
  task: SftTask;
  key: string;
  lang: SampleLang;
  source: string;
  provenance: Record<string, unknown>;
  templates: readonly string[];
  vars: Record<string, string>;
  answer: string;
  /** Extra turns before the instruction (a system prompt, a dialogue history). */
  before?: SftMessage[];
  reward?: SftSample['reward'];
  /** Source text decontamination compares (default: the template variables joined). */
  sourceText?: string;
}

/** One fact → `ctx.variants` samples that differ only in the instruction wording. */
export function* variantsOf(ctx: TaskContext, f: FactSamples): Generator<SftSample> {
  const raw = f.sourceText ?? Object.values(f.vars).join('\n');
  for (const t of pickTemplates(f.templates.length, ctx.variants, ctx.rng)) {
    const s: SftSample = {
      id: `${f.task.name}:${f.key}:t${t}`,
      task: f.task.name,
      ability: f.task.ability,
      group: f.task.group ?? f.task.ability,
      lang: f.lang,
      source: f.source,
      provenance: { ...f.provenance, template: t },
      messages: [...(f.before ?? []), { role: 'user', content: fill(f.templates[t], f.vars) }, { role: 'assistant', content: f.answer }],
      ...(f.reward ? { reward: f.reward } : {}),
    };
    yield setSourceText(s, raw);
  }
}

/** Join a list the way each language writes one. */
export function listText(items: readonly string[], lang: SampleLang): string {
  return lang === 'zh' ? items.join('、') : items.join(', ');
}
