import { defineKgFactTask } from './kg-fact.js';
import { leadSentences } from '../sources/kg.js';

export const diseaseOverview = defineKgFactTask<string>({
  name: 'disease-overview',
  summary: 'what a disease is, in two or three sentences (KG description; English disease table)',
  relation: 'description',
  zh: {
    pick: (d) => leadSentences(d.desc, 180) || null,
    templates: ['{disease}是什么病？', '请简要介绍一下{disease}。', '什么是{disease}？'],
    answer: (_d, s) => s,
  },
  en: {
    pick: (d) => (d.about.length > 40 ? leadSentences(d.about, 400) : null),
    templates: ['What is {disease}?', 'Briefly explain {disease}.', 'Give a short overview of {disease}.'],
    answer: (_d, s) => s,
  },
});
