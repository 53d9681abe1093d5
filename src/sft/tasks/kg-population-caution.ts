// Cautions for children, older adults and pregnancy, only where the KG itself says so: sentences of the KG's
// description, nursing, prevention and diet text that name the group together with a caution word.
import { kgTriple } from '../sources/kg.js';
import { variantsOf, type SftTask } from './types.js';

const GROUPS = [
  { id: 'pregnancy', zh: '孕妇', re: /孕妇|妊娠|怀孕|孕期|哺乳/ },
  { id: 'children', zh: '儿童', re: /儿童|小儿|婴幼儿|婴儿|新生儿|患儿/ },
  { id: 'elderly', zh: '老年人', re: /老年|老人/ },
] as const;
// Words that make a sentence a caution (not 需要/应当: "代谢需要" is not advice).
const CAUTION = /禁|慎用|慎重|避免|不宜|不可|不能|忌|注意|减量|警惕/;

const TEMPLATES = [
  '{group}得了{disease}需要特别注意什么？',
  '{disease}患者如果是{group}，有哪些禁忌或注意事项？',
  '对于{group}，{disease}有什么需要当心的地方？',
];

export const kgPopulationCaution: SftTask = {
  name: 'kg-population-caution',
  ability: 'knowledge',
  langs: ['zh'],
  summary: 'cautions for children / older adults / pregnancy, where the KG text states one',
  sources: ['disease-kg'],
  async *build(ctx) {
    for (const d of await ctx.sources.get('disease-kg')) {
      const sentences = [d.desc, d.nursing, d.prevent]
        .join('。')
        .split(/(?<=[。！？；])/)
        .map((s) => s.replace(/\s+/g, '').trim());
      for (const g of GROUPS) {
        const hits = sentences.filter((s) => s.length >= 8 && s.length <= 160 && g.re.test(s) && CAUTION.test(s)).slice(0, 2);
        if (!hits.length) continue;
        const text = hits.map((s) => s.replace(/^[，,。；、\d.、()（）一二三四五六七八九十]+/, '')).join('');
        yield* variantsOf(ctx, {
          task: kgPopulationCaution,
          key: `kg-${d.key}-${g.id}`,
          lang: 'zh',
          source: 'disease-kg-zh',
          provenance: { ...kgTriple(d, `caution_${g.id}`, hits), population: g.id },
          templates: TEMPLATES,
          vars: { disease: d.name, group: g.zh },
          answer: `根据疾病资料，${g.zh}患${d.name}时需注意：${text.replace(/[；。]?$/, '。')}具体请在医生指导下处理。`,
        });
      }
    }
  },
};
