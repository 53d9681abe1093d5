// What the symptom checker (knowledge/symptom-checker) reads per condition: the described-topic entity's own text
// (overview and symptom answers / 概述 and 症状) with the symptom lists of its pages (disease-KG symptom terms, the
// disease table's symptom column) appended, and the prevalence a page states (doc id → log10 share). Pure: entities and symptom pages in, condition texts out.
import type { DescribedEntity } from './described-topic.js';
import type { ConditionText } from '../knowledge/symptom-checker/index.js';
import type { SymptomPage } from '../knowledge/symptom-conditions.js';

export function checkerConditions(
  entities: readonly DescribedEntity[],
  symptomPages: readonly SymptomPage[],
  prevalence: ReadonlyMap<number, number> = new Map(),
): ConditionText[] {
  const listed = new Map<number, readonly string[]>();
  for (const p of symptomPages) listed.set(p.id, p.symptoms);
  return entities.map((e) => {
    const lists = e.docs.flatMap((d) => listed.get(d) ?? []);
    // Chinese list items joined with a separator the lexicon never reads across (咳嗽、发热), English with commas.
    const joined = e.lang === 'zh' ? lists.join('、') : lists.join(', ');
    const prev = e.docs.map((d) => prevalence.get(d)).find((p) => p !== undefined);
    return { name: e.name, lang: e.lang, docs: e.docs, text: joined ? `${e.text}\n${joined}` : e.text, prevalence: prev };
  });
}
