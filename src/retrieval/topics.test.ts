import { describe, expect, it } from 'vitest';
import { buildTopicIndex, declaredAliases, titleNames, type TopicDocRow } from './topics.js';
import { questionAspect } from './intent.js';

const rows: TopicDocRow[] = [
  { rid: 1, title: 'Hypothyroidism', lang: 'en', synonyms: '["Underactive thyroid disease"]' },
  { rid: 2, title: 'Hyperthyroidism', lang: 'en', synonyms: '[]' },
  { rid: 3, title: 'Hematuria (Blood in the Urine)', lang: 'en' },
  { rid: 4, title: 'Parasites - Lice - Head Lice', lang: 'en' },
  { rid: 5, title: "Parkinson's Disease", lang: 'en' },
  { rid: 6, title: 'Acute Lymphocytic Leukemia', lang: 'en', synonyms: '["ALL"]' },
  { rid: 7, title: 'What is (are) ?', lang: 'en' },
  { rid: 8, title: '痛风', lang: 'zh', lead: '痛风是嘌呤代谢紊乱所致的疾病。' },
  { rid: 9, title: '高尿酸血症', lang: 'zh', lead: '高尿酸血症，又称痛风前期，俗称痛风，是…' },
  { rid: 10, title: '流行性腮腺炎', lang: 'zh', lead: '流行性腮腺炎，俗称痄腮，是由腮腺炎病毒引起的急性呼吸道传染病。' },
  { rid: 11, title: '低钾血症', lang: 'zh', lead: '' },
  { rid: 12, title: '甲状腺功能亢进症', lang: 'zh', aliases: '["hyperthyroidism"]' },
  { rid: 13, title: '骨关节炎', lang: 'zh', lead: '' },
  { rid: 14, title: 'Blood', lang: 'en' },
];

const names = (q: string, lang?: 'zh' | 'en') => buildTopicIndex(rows, { docFreq: (w) => (w === 'blood' ? 900 : 10), chunks: 1000 }).match(q, lang);

describe('topic index', () => {
  it('finds the document a question is about, longest name first', () => {
    expect(names('What are the symptoms of hypothyroidism?', 'en').map((m) => m.docs)).toEqual([[1]]);
    expect(names('is hyperthyroidism curable', 'en')[0].docs).toEqual([2]);
  });

  it('reads compound titles, eponyms, plurals and acronyms as written', () => {
    expect(titleNames('Hematuria (Blood in the Urine)')).toEqual(expect.arrayContaining(['Hematuria', 'Blood in the Urine']));
    expect(names('what causes blood in the urine')[0].docs).toEqual([3]);
    expect(names('how do I get rid of head lice')[0].docs).toEqual([4]);
    expect(names("early signs of Parkinson's?")[0].docs).toEqual([5]);
    // "ALL" is an acronym: "all the time" is not leukemia.
    expect(names('I am tired all the time')).toEqual([]);
    expect(names('my son has ALL')[0].docs).toEqual([6]);
  });

  it('skips question titles and names too generic to be a topic', () => {
    expect(names('what is (are) this?')).toEqual([]);
    expect(names('my blood test')).toEqual([]);
  });

  it('gives a titled name to its own document, and uses aliases the overview declares', () => {
    expect(names('痛风能喝啤酒吗', 'zh')[0].docs).toEqual([8]);
    expect(declaredAliases('流行性腮腺炎，俗称痄腮，是由…')).toEqual(['痄腮']);
    expect(names('孩子得了痄腮会传染吗', 'zh')[0].docs).toEqual([10]);
    expect(names('低钾会有什么症状', 'zh')[0].docs).toEqual([11]);
  });

  it('maps everyday names through the lay-term table and prefers the question language', () => {
    expect(names('老寒腿怎么治', 'zh')[0].docs).toEqual([13]);
    expect(names('treatment for hyperthyroidism', 'en')[0].docs).toEqual([2]);
    expect(names('甲状腺功能亢进症怎么治', 'zh')[0].docs).toEqual([12]);
  });
});

describe('question aspect', () => {
  it('maps the asked aspect to section headings in both languages', () => {
    expect(questionAspect('甲亢有哪些表现')?.test('症状')).toBe(true);
    expect(questionAspect('How is gout treated?')?.test('What are the treatments for Gout ?')).toBe(true);
    expect(questionAspect('How can I prevent shingles?')?.test('How to prevent Shingles ?')).toBe(true);
    expect(questionAspect('Hello there')).toBeUndefined();
  });
});
