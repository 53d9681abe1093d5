import { layPairs } from './lay-terms.js';
import { variantsOf, type SftTask } from './types.js';

const T = {
  zh: ['"{lay}"用医学术语怎么说？', '把口语"{lay}"改写成规范的医学术语。', '病历中应如何书写患者说的"{lay}"？'],
  en: ['What is the clinical term for "{lay}"?', 'Rewrite the everyday phrase "{lay}" as a medical term.', 'How would a clinical note record "{lay}"?'],
};

export const termLayToClinical: SftTask = {
  name: 'term-lay-to-clinical',
  ability: 'comprehension',
  group: 'terminology',
  langs: ['zh', 'en'],
  summary: "patient wording → the clinical term (the project's lay-term groups)",
  sources: ['lay-terms', 'zh-symptoms', 'en-diseases'],
  async *build(ctx) {
    for (const p of await layPairs(ctx.sources)) {
      yield* variantsOf(ctx, {
        task: termLayToClinical,
        key: `${p.group}-${p.lay}`,
        lang: p.lang,
        source: 'lay-terms',
        provenance: { group: p.group, lay: p.lay, clinical: p.clinical },
        templates: T[p.lang],
        vars: { lay: p.lay },
        answer: p.lang === 'zh' ? `"${p.lay}"的医学术语是"${p.clinical}"。` : `The clinical term for "${p.lay}" is "${p.clinical}".`,
      });
    }
  },
};
