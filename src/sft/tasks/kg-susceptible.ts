import { defineKgFactTask } from './kg-fact.js';

export const kgSusceptible = defineKgFactTask<string>({
  name: 'kg-susceptible',
  summary: 'who is most susceptible to a disease',
  relation: 'susceptible_people',
  zh: {
    pick: (d) => (d.susceptible && d.susceptible !== '无特定人群' ? d.susceptible : null),
    templates: ['哪些人容易得{disease}？', '{disease}的易感人群是哪些？', '{disease}好发于什么人群？'],
    answer: (d, s) => `${d.name}的易感人群：${s.replace(/[。.]$/, '')}。`,
  },
});
