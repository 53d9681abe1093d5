// Shared shape of the atomic-knowledge tasks: one disease, one relation, the KG's own object as the answer
// (zh from the disease KG; en from the English disease table where it has the field). The (disease, relation,
// object) triple travels in provenance so every answer can be checked against its source.
import type { RewardSpec } from '../../rl/reward/spec.js';
import type { Ability } from '../sample.js';
import { kgTriple, type KgDisease } from '../sources/kg.js';
import type { EnDisease } from '../sources/tables.js';
import { variantsOf, type SftTask } from './types.js';

export interface KgFactSpec<T> {
  name: string;
  summary: string;
  relation: string;
  ability?: Ability;
  zh: {
    /** The object of the triple for this disease, or null when the KG lacks it. */
    pick(d: KgDisease): T | null;
    templates: readonly string[];
    answer(d: KgDisease, obj: T): string;
    reward?(d: KgDisease, obj: T): RewardSpec;
  };
  en?: {
    pick(d: EnDisease): T | null;
    templates: readonly string[];
    answer(d: EnDisease, obj: T): string;
    reward?(d: EnDisease, obj: T): RewardSpec;
  };
}

/** At most `n` items of a KG list, in the KG's order (long lists make long, unlearnable answers). */
export const head = (xs: readonly string[], n = 8): string[] | null => (xs.length ? xs.slice(0, n) : null);

export function defineKgFactTask<T>(spec: KgFactSpec<T>): SftTask {
  const task: SftTask = {
    name: spec.name,
    ability: spec.ability ?? 'knowledge',
    langs: spec.en ? ['zh', 'en'] : ['zh'],
    summary: spec.summary,
    sources: spec.en ? ['disease-kg', 'en-diseases'] : ['disease-kg'],
    async *build(ctx) {
      if (ctx.sources.has('disease-kg')) {
        for (const d of await ctx.sources.get('disease-kg')) {
          const obj = spec.zh.pick(d);
          if (obj === null) continue;
          yield* variantsOf(ctx, {
            task,
            key: `kg-${d.key}`,
            lang: 'zh',
            source: 'disease-kg-zh',
            provenance: kgTriple(d, spec.relation, obj as string | string[]),
            templates: spec.zh.templates,
            vars: { disease: d.name },
            answer: spec.zh.answer(d, obj),
            reward: spec.zh.reward?.(d, obj),
          });
        }
      }
      if (spec.en && ctx.sources.has('en-diseases')) {
        for (const d of await ctx.sources.get('en-diseases')) {
          const obj = spec.en.pick(d);
          if (obj === null) continue;
          yield* variantsOf(ctx, {
            task,
            key: `en-${d.row}`,
            lang: 'en',
            source: 'chatdoctor-diseases',
            provenance: { file: d.file, row: d.row, triple: [d.name, spec.relation, obj] },
            templates: spec.en.templates,
            vars: { disease: d.name },
            answer: spec.en.answer(d, obj),
            reward: spec.en.reward?.(d, obj),
          });
        }
      }
    },
  };
  return task;
}
