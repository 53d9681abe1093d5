import { defineKgFactTask } from './kg-fact.js';
import { leadSentences } from '../sources/kg.js';

export const kgCauses = defineKgFactTask<string>({
  name: 'kg-causes',
  summary: 'what causes a disease (the KG cause text, first sentences)',
  relation: 'cause',
  zh: {
    pick: (d) => leadSentences(d.cause, 200) || null,
    templates: ['{disease}是什么原因引起的？', '{disease}的病因有哪些？', '为什么会得{disease}？'],
    answer: (d, s) => `关于${d.name}的病因：${s}`,
  },
});
