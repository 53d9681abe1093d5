import { defineKgFactTask } from './kg-fact.js';
import { leadSentences } from '../sources/kg.js';

export const kgPrevention = defineKgFactTask<string>({
  name: 'kg-prevention',
  summary: 'how to prevent a disease (the KG prevention text, first sentences)',
  relation: 'prevent',
  zh: {
    pick: (d) => leadSentences(d.prevent, 200) || null,
    templates: ['如何预防{disease}？', '{disease}该怎么预防？', '有什么办法可以降低患{disease}的风险？'],
    answer: (d, s) => `预防${d.name}可以参考：${s}`,
  },
});
