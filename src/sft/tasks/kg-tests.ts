import { defineKgFactTask, head } from './kg-fact.js';
import { listText } from './types.js';

export const kgTests = defineKgFactTask<string[]>({
  name: 'kg-tests',
  summary: 'examinations used to diagnose a disease, with the test-ordering verifier spec',
  relation: 'need_check',
  zh: {
    pick: (d) => head(d.tests, 6),
    templates: ['诊断{disease}需要做哪些检查？', '{disease}要做什么检查？', '怀疑{disease}时一般安排哪些检查项目？'],
    answer: (d, s) => `诊断${d.name}常用的检查有：${listText(s, 'zh')}。具体检查项目由接诊医生根据情况安排。`,
    reward: (_d, s) => ({ task: 'test_order', gt: s }),
  },
  en: {
    pick: (d) => head(d.tests, 6),
    templates: [
      'Which tests help diagnose {disease}?',
      'What examinations are used when {disease} is suspected?',
      'List the tests and procedures for {disease}.',
    ],
    answer: (d, s) => `Tests and procedures used for ${d.name} include ${listText(s, 'en')}. The clinician chooses which are needed.`,
    reward: (_d, s) => ({ task: 'test_order', gt: s }),
  },
});
