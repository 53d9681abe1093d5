import { describe, expect, it } from 'vitest';
import { lengthsLongestFirst, scanNames } from './name-scan.js';
import { normTerm } from './term-text.js';

describe('scanNames', () => {
  const names = new Set(['胸痛', '胸痛综合征', '发热', '血常规']);
  const lengths = lengthsLongestFirst(names);
  const lookup = (piece: string) => (names.has(piece) ? piece : undefined);

  it('takes the longest match, left to right, once each', () => {
    expect(scanNames('胸痛综合征伴发热，复查发热和胸痛', { lengths, lookup, max: 10 })).toEqual(['胸痛综合征', '发热', '胸痛']);
  });

  it('stops at max distinct hits', () => {
    expect(scanNames('发热胸痛血常规', { lengths, lookup, max: 2 })).toEqual(['发热', '胸痛']);
  });

  it('de-duplicates by key, keeping the first hit', () => {
    const code: Record<string, string> = { 发热: 'R50', 胸痛: 'R07', 血常规: 'R50' };
    const hits = scanNames('发热血常规胸痛', { lengths, lookup: (p) => (code[p] ? { p, c: code[p] } : undefined), key: (h) => h.c, max: 10 });
    expect(hits.map((h) => h.p)).toEqual(['发热', '胸痛']);
  });
});

describe('lengthsLongestFirst', () => {
  it('lists distinct lengths, longest first', () => {
    expect(lengthsLongestFirst(['ab', 'abcd', 'cd', 'abc'])).toEqual([4, 3, 2]);
  });
});

describe('normTerm', () => {
  it('folds width and case and drops spaces and punctuation', () => {
    expect(normTerm('２型 糖尿病（Type-2）')).toBe('2型糖尿病type2');
  });
});
