import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { createQueryExpander } from './expand.js';

describe('query expansion (recall rescue)', () => {
  const analyzer = createAnalyzer();
  const df: Record<string, number> = { a1c: 40, glycohemoglobin: 0, hba1c: 2, test: 900, acetaminophen: 12, paracetamol: 0, tylenol: 0, 对乙酰氨基酚: 5, dose: 50 };
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
