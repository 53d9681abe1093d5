// RAG noise resistance: question + relevant and distractor passages → an answer from the relevant passages only,
// each statement citing its passage as [n]; distractors are never cited.
import { ragCaseSamples } from './rag-cases.js';
import type { SftTask } from './types.js';

const T = {
  zh: [
    '根据以下资料回答问题，只使用与问题相关的资料，并用[n]标注引用。\n\n{passages}\n\n问题：{question}',
    '参考资料：\n{passages}\n\n请仅依据相关资料回答：{question}（引用格式[n]）',
  ],
  en: [
    'Answer the question using only the passages that are relevant, citing them as [n].\n\n{passages}\n\nQuestion: {question}',
    'Sources:\n{passages}\n\nUsing the relevant sources only (cite as [n]), answer: {question}',
  ],
};

export const ragNoise: SftTask = {
  name: 'rag-noise',
  ability: 'comprehension',
  group: 'rag',
  langs: ['zh', 'en'],
  summary: 'answer from retrieved passages, citing only the relevant ones among distractors',
  sources: ['disease-kg', 'medquad'],
  build: (ctx) =>
    ragCaseSamples(ctx, ragNoise, T, (c, nums) => {
      const parts = c.statements.map((s, i) => `${s}[${nums[Math.min(i, nums.length - 1)]}]`);
      return c.lang === 'zh' ? `${parts.join('。')}。具体诊疗请咨询医生。` : `${parts.join('. ')}.`;
    }),
};
