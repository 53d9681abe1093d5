import { layPairs } from './lay-terms.js';
import { variantsOf, type SftTask } from './types.js';

const T = {
  zh: ['用大白话解释"{clinical}"是什么意思。', '病历上写的"{clinical}"，普通人一般怎么说？', '"{clinical}"换成通俗说法是什么？'],
  en: ['Explain "{clinical}" in everyday words.', 'How would a patient usually describe "{clinical}"?', 'Give a plain-language equivalent of "{clinical}".'],
};

export const termClinicalToLay: SftTask = {
  name: 'term-clinical-to-lay',
  ability: 'generation',
  group: 'terminology',
  langs: ['zh', 'en'],
  summary: "clinical term → the words patients use (the project's lay-term groups)",
  sources: ['lay-terms', 'zh-symptoms', 'en-diseases'],
  async *build(ctx) {
    const byClinical = new Map<string, { lang: 'zh' | 'en'; group: number; lay: string[] }>();
    for (const p of await layPairs(ctx.sources)) {
      const e = byClinical.get(p.clinical) ?? { lang: p.lang, group: p.group, lay: [] };
      e.lay.push(p.lay);
      byClinical.set(p.clinical, e);
    }
    for (const [clinical, e] of byClinical) {
      const lay = e.lay.slice(0, 4);
      yield* variantsOf(ctx, {
        task: termClinicalToLay,
        key: `${e.group}-${clinical}`,
        lang: e.lang,
        source: 'lay-terms',
        provenance: { group: e.group, clinical, lay },
        templates: T[e.lang],
        vars: { clinical },
        answer:
          e.lang === 'zh' ? `"${clinical}"通俗地说就是"${lay.join('"、"')}"。` : `In everyday words, "${clinical}" is what people call "${lay.join('", "')}".`,
      });
    }
  },
};
