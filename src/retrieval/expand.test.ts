import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { createQueryExpander } from './expand.js';

describe('query expansion (recall rescue)', () => {
  const analyzer = createAnalyzer();
  const df: Record<string, number> = {
    a1c: 40,
    glycohemoglobin: 0,
    hba1c: 2,
    test: 900,
    acetaminophen: 12,
    paracetamol: 0,
    tylenol: 0,
    对乙酰氨基酚: 5,
    dose: 50,
  };
  const expander = createQueryExpander(
    analyzer,
    { entities: [{ term: 'A1C', type: 'check' }], synonymGroups: [['A1C', 'Glycohemoglobin', 'HbA1C']] },
    { docFreq: (t) => df[t] ?? 0 },
  );

  it('adds the indexed names of an entity the index does not use', () => {
    expect(expander.expand('glycohemoglobin test')).toEqual(['glycohemoglobin', 'test', 'a1c', 'hba1c']);
  });

  it('leaves names the index already uses alone', () => {
    expect(expander.expand('A1C test')).toEqual(['a1c', 'test']);
  });

  it('knows the built-in drug aliases (brand → generic, English ↔ Chinese)', () => {
    const terms = expander.expand('Tylenol dose');
    expect(terms.slice(0, 2)).toEqual(['tylenol', 'dose']);
    expect(terms).toEqual(expect.arrayContaining(['acetaminophen', '对乙酰氨基酚']));
    expect(terms).not.toContain('paracetamol'); // absent from the index: adding it cannot help
  });
});

describe('lay ↔ clinical rescue', () => {
  it('adds the clinical word when the sources clearly prefer it, not when both are common', () => {
    const analyzer = createAnalyzer();
    const df: Record<string, number> = { 发烧: 88, 发热: 745, 高烧: 3, 低烧: 2, 小孩: 500, 小儿: 843, 儿童: 968, 孩子: 400, 宝宝: 300 };
    const expander = createQueryExpander(analyzer, { entities: [], synonymGroups: [] }, { docFreq: (t) => df[t] ?? 0 });
    const terms = expander.expand('小孩发烧');
    expect(terms).toContain('发热');
    expect(terms).not.toContain('小儿'); // 843 < 5 × 500: 小孩 is used enough already
  });
});

describe('lay ↔ clinical weighting and numbers', () => {
  const analyzer = createAnalyzer();
  const df: Record<string, number> = {
    小孩: 500,
    小儿: 3000,
    发烧: 88,
    发热: 745,
    怎么办: 40,
    度: 30,
    39: 12,
    kid: 40,
    child: 900,
    throw: 30,
    vomit: 800,
    up: 0,
    keep: 300,
    fever: 600,
    temperature: 100,
    degre: 80,
    102: 5,
  };
  const docFreq = (t: string) => df[t] ?? 0;
  const expander = createQueryExpander(analyzer, { entities: [], synonymGroups: [] }, { docFreq });

  it('lists the user words twice when a clinical name is added beside a word the index uses', () => {
    const terms = expander.expand('my kid keeps throwing up');
    const count = (t: string) => terms.filter((x) => x === t).length;
    expect(count('kid')).toBe(2);
    expect(count('throw')).toBe(2);
    expect(count('vomit')).toBe(1);
    expect(count('child')).toBe(1);
  });

  it('maps a numeric body temperature to the fever term, at full weight when nothing else is added', () => {
    expect(expander.expand('39度怎么办')).toContain('发热');
    expect(expander.expand('temperature of 102 degrees')).toContain('fever');
    expect(expander.expand('37度怎么办')).not.toContain('发热'); // normal temperature
    expect(expander.expand('39度怎么办').filter((t) => t === '发热')).toHaveLength(1);
  });

  it('adds nothing the index lacks, and leaves the query alone when no group matches', () => {
    const none = createQueryExpander(analyzer, { entities: [], synonymGroups: [] }, { docFreq: () => 0 });
    expect(none.expand('小孩发烧39度')).toEqual(analyzer.queryTerms('小孩发烧39度'));
    expect(expander.expand('keep calm')).toEqual(['keep', 'calm']);
  });

  it('keeps exact synonyms at the weight of the user words', () => {
    const exact = createQueryExpander(
      analyzer,
      { entities: [], synonymGroups: [['A1C', 'HbA1C']] },
      { docFreq: (t) => ({ a1c: 10, hba1c: 400, test: 50 })[t] ?? 0 },
    );
    expect(exact.expand('A1C test')).toEqual(['a1c', 'test', 'hba1c']);
  });
});
