import { defineKgFactTask, head } from './kg-fact.js';
import { listText } from './types.js';

export const kgComplications = defineKgFactTask<string[]>({
  name: 'kg-complications',
  summary: 'complications a disease can lead to',
  relation: 'has_complication',
  zh: {
    pick: (d) => head(d.complications, 6),
    templates: ['{disease}可能引起哪些并发症？', '{disease}有什么并发症？', '请说明{disease}的常见并发症。'],
    answer: (d, s) => `${d.name}可能出现的并发症包括：${listText(s, 'zh')}。积极规范治疗有助于减少并发症。`,
  },
});
