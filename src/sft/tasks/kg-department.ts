import { defineKgFactTask } from './kg-fact.js';
import { listText } from './types.js';

export const kgDepartment = defineKgFactTask<string[]>({
  name: 'kg-department',
  summary: 'which hospital department treats a disease',
  relation: 'belongs_to_department',
  zh: {
    pick: (d) => (d.departments.length ? d.departments : null),
    templates: ['{disease}应该挂哪个科？', '得了{disease}去医院看什么科？', '{disease}属于哪个科室诊治？', '{disease}就诊应选择哪个科室？'],
    answer: (d, s) => `${d.name}一般就诊于${listText(s, 'zh')}。`,
  },
});
