import { defineKgFactTask, head } from './kg-fact.js';
import { listText } from './types.js';

export const kgDiet = defineKgFactTask<{ good: string[]; avoid: string[] }>({
  name: 'kg-diet',
  summary: 'foods to prefer and to avoid with a disease',
  relation: 'diet',
  zh: {
    pick: (d) => (d.goodFood.length || d.avoidFood.length ? { good: head(d.goodFood, 5) ?? [], avoid: head(d.avoidFood, 5) ?? [] } : null),
    templates: ['{disease}患者饮食上要注意什么？', '得了{disease}宜吃什么、忌吃什么？', '{disease}的饮食宜忌有哪些？'],
    answer: (d, f) =>
      [
        `${d.name}患者的饮食建议：`,
        f.good.length ? `宜吃：${listText(f.good, 'zh')}。` : '',
        f.avoid.length ? `忌吃：${listText(f.avoid, 'zh')}。` : '',
        '饮食调整需结合个人情况，必要时咨询医生或营养师。',
      ].join(''),
  },
});
