import { describe, expect, it } from 'vitest';
import { medquadHits } from '../../test/helpers/rag-memory-retriever.js';
import { lexicalRelevance } from './relevance-lexical.js';

// Real MedQuAD passages: the A1C page among diabetes, blood pressure and asthma pages.
const hits = medquadHits([
  '4_MPlus_Health_Topics_QA/0000001.xml',
  '4_MPlus_Health_Topics_QA/0000065.xml',
  '4_MPlus_Health_Topics_QA/0000267.xml',
  '8_NHLBI_QA_XML/0000071.xml',
]);

describe('lexicalRelevance', () => {
  it('keeps the passages about what is asked and drops ones that only share generic words', () => {
    const { kept, dropped } = lexicalRelevance('What is a normal A1C level?', hits);
    expect(kept.map((h) => h.title)).toEqual(['A1C']);
    expect(dropped.length).toBe(hits.length - 1);
    expect(dropped.every((d) => d.reason === 'irrelevant')).toBe(true);
  });

  it('scores each of several queries separately (reports: one per analyte)', () => {
    const { kept } = lexicalRelevance(['asthma inhaler treatment', 'high blood pressure treatment'], hits);
    const titles = new Set(kept.map((h) => h.title));
    expect(titles.has('Asthma')).toBe(true);
    expect(titles.has('High Blood Pressure')).toBe(true);
    expect(titles.has('A1C')).toBe(false);
  });

  it('drops everything for a question nothing bears on', () => {
    expect(lexicalRelevance('zzqx flurbo widget', hits).kept).toEqual([]);
  });

  it('handles Chinese questions without a dictionary (bigrams, scaffolding removed)', () => {
    const zh = [
      { ...hits[0], id: 'z1', title: '百日咳', section: '症状', text: '典型症状：阵发性痉挛性咳嗽，咳嗽末伴有鸡鸣样吸气吼声。' },
      { ...hits[0], id: 'z2', title: '高血压', section: '症状', text: '头晕、头痛、心悸。' },
    ];
    const { kept } = lexicalRelevance('百日咳有什么症状？', zh);
    expect(kept.map((h) => h.id)).toEqual(['z1']);
  });

  it('keeps what retrieval ranked first when it covers the question, and weighs relevance by rank', () => {
    const strong = { ...hits[0], id: 's', title: 'A1C', section: '', text: 'A normal A1C level is below 5.7 percent; A1C shows average blood glucose.' };
    const weak = { ...hits[0], id: 'w', title: 'Diet', section: '', text: 'A normal salt intake keeps the blood pressure level down.' };
    const q = 'What is a normal A1C level?';
    expect(lexicalRelevance(q, [strong, weak]).kept.map((h) => h.id)).toEqual(['s']);
    const ranked = lexicalRelevance(q, [strong, weak], {
      retrievalRank: new Map([
        ['w', 0],
        ['s', 1],
      ]),
    });
    expect(ranked.kept.map((h) => h.id)).toEqual(['s', 'w']);
    // Nothing rescues a passage below the absolute threshold.
    expect(lexicalRelevance('zzqx flurbo widget', hits, { retrievalRank: new Map(hits.map((h, i) => [h.id, i])) }).kept).toEqual([]);
  });
});
