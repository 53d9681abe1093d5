import { defineKgFactTask } from './kg-fact.js';
import { listText } from './types.js';

export const kgPrognosis = defineKgFactTask<{ cure: string; cycle: string; ways: string[] }>({
  name: 'kg-prognosis',
  summary: 'treatment approach, usual course and cure rate of a disease',
  relation: 'prognosis',
  zh: {
    pick: (d) => (d.cureProb || d.treatCycle ? { cure: d.cureProb, cycle: d.treatCycle, ways: d.treatWays } : null),
    templates: ['{disease}能治好吗？一般要治疗多久？', '{disease}的治愈率和治疗周期是多少？', '{disease}怎么治，需要多长时间？'],
    answer: (d, p) =>
      [
        p.ways.length ? `${d.name}的治疗方式包括${listText(p.ways, 'zh')}。` : '',
        p.cycle ? `治疗周期一般为${p.cycle}。` : '',
        p.cure ? `据疾病知识库记载，治愈率约为${p.cure}。` : '',
        '具体情况因人而异，请遵医嘱规范治疗。',
      ].join(''),
  },
});
