// Relevance extraction (the RAG pipeline's first step): which of the numbered passages answer the question.
import { ragCaseSamples } from './rag-cases.js';
import type { SftTask } from './types.js';

const T = {
  zh: ['以下资料中，哪些与问题相关？只给出编号和理由。\n\n{passages}\n\n问题：{question}', '问题：{question}\n\n{passages}\n\n请找出能回答该问题的资料编号。'],
  en: [
    'Which of these passages help answer the question? Give their numbers.\n\n{passages}\n\nQuestion: {question}',
    'Question: {question}\n\n{passages}\n\nList the passages relevant to the question.',
  ],
};

export const relevanceExtraction: SftTask = {
  name: 'relevance-extraction',
  ability: 'comprehension',
  group: 'rag',
  langs: ['zh', 'en'],
  summary: 'pick the passages that answer the question (numbers, JSON line)',
  sources: ['disease-kg', 'medquad'],
  build: (ctx) =>
    ragCaseSamples(ctx, relevanceExtraction, T, (c, nums) => {
      const marks = nums.map((n) => `[${n}]`).join(c.lang === 'zh' ? '、' : ', ');
      return c.lang === 'zh'
        ? `相关资料：${marks}。其余资料讲的是其他疾病，与问题无关。\n{"relevant": [${nums.join(', ')}]}`
        : `Relevant: ${marks}. The other passages are about different conditions.\n{"relevant": [${nums.join(', ')}]}`;
    }),
};
