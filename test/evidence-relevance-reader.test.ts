import { describe, expect, it } from 'vitest';
import { RELEVANCE_FEATURES, type RelevanceModel, readingUnits, relevanceFeatures, relevanceScore } from '../bench/evidence-relevance-reader.js';

const f = (q: string, title: string, text: string, rank = 1, firstTitle?: string) =>
  Object.fromEntries(RELEVANCE_FEATURES.map((n, i) => [n, relevanceFeatures(q, { title, text, rank, firstTitle })[i]]));

describe('relevance reader features', () => {
  it('reads the page title as the passage subject, whole or in part, in either script', () => {
    const q = '醫生說我是缺鐵性貧血，要吃多久鐵劑';
    expect(f(q, '缺铁性贫血', '缺铁性贫血是体内铁缺乏导致的贫血。').titleWhole).toBe(1);
    expect(f(q, '贫血', '贫血是指红细胞减少。').titleCover).toBe(1);
    expect(f(q, 'Asthma', 'If your asthma is not controlled.').titleCover).toBe(0);
    expect(f('is plantar fasciitis why my heel hurts', 'Plantar Fasciitis', 'Plantar fasciitis is …').titleWhole).toBe(1);
  });

  it('joins an English question to a Chinese page through a bilingual concept line', () => {
    expect(f('how long does shingles pain last', '带状疱疹', '带状疱疹是由水痘-带状疱疹病毒引起的。').conceptLink).toBe(1);
    expect(f('how long does shingles pain last', '湿疹', '湿疹是一种皮肤病。').conceptLink).toBe(0);
  });

  it('marks rank, language and a later passage repeating the first page', () => {
    const row = f('can I breastfeed with mastitis', 'Mastitis', 'Mastitis is inflammation.', 2, 'Mastitis');
    expect(row.rank2).toBe(1);
    expect(row.sameAsFirst).toBe(1);
    expect(row.langMatch).toBe(1);
    expect(f('can I breastfeed with mastitis', '乳腺炎', '乳腺炎是乳腺的炎症。').langMatch).toBe(0);
  });

  it('reads units as Han bigrams and English content stems', () => {
    expect([...readingUnits('痛风发作')]).toEqual(['痛风', '风发', '发作']);
    expect(readingUnits('the heels hurt').has('the')).toBe(false);
  });
});

describe('relevance score', () => {
  it('is a logistic of standardised features', () => {
    const d = RELEVANCE_FEATURES.length;
    const model: RelevanceModel = {
      version: 1,
      features: RELEVANCE_FEATURES,
      mean: new Array(d).fill(0),
      scale: new Array(d).fill(1),
      weights: [2, ...new Array(d - 1).fill(0)],
      bias: -1,
    };
    expect(relevanceScore(model, [1, ...new Array(d - 1).fill(0)])).toBeCloseTo(1 / (1 + Math.exp(-1)));
    expect(relevanceScore(model, new Array(d).fill(0))).toBeLessThan(0.5);
  });
});
