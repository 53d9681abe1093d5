import { defineKgFactTask, head } from './kg-fact.js';
import { listText } from './types.js';

export const kgDrugs = defineKgFactTask<string[]>({
  name: 'kg-drugs',
  summary: 'commonly used drugs for a disease, with the reward spec of the drug-list verifier',
  relation: 'common_drug',
  zh: {
    pick: (d) => head(d.drugs, 6),
    templates: ['{disease}常用哪些药物治疗？', '治疗{disease}的常用药有哪些？', '{disease}一般吃什么药？', '请列出{disease}的常用药物。'],
    answer: (d, s) => `${d.name}的常用药物有：${listText(s, 'zh')}。具体用药须由医生根据病情决定，并遵医嘱和药品说明书使用。`,
    reward: (_d, s) => ({ task: 'drug', gt: s }),
  },
  en: {
    pick: (d) => head(d.drugs, 6),
    templates: [
      'Which medications are commonly used for {disease}?',
      'What drugs are typically prescribed for {disease}?',
      'List common medications for {disease}.',
    ],
    answer: (d, s) =>
      `Medications commonly used for ${d.name} include ${listText(s, 'en')}. The choice and dose must come from a prescriber who knows the patient.`,
    reward: (_d, s) => ({ task: 'drug', gt: s }),
  },
});
