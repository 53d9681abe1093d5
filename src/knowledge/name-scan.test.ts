import { describe, expect, it } from 'vitest';
import { lengthsLongestFirst, scanNames } from './name-scan.js';
import { createNameTrie } from './name-trie.js';
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

describe('scanNames over a trie', () => {
  const names = ['胸痛', '胸痛综合征', '发热', '血常规', '痛风', 'ct', 'ct检查'];
  const trie = createNameTrie(names.map((n) => [n, n] as const));
  const set = new Set(names);
  const legacy = { lengths: lengthsLongestFirst(set), lookup: (p: string) => (set.has(p) ? p : undefined) };

  it('matches the lookup scan: nested, overlapping and mixed zh/en names', () => {
    for (const text of ['胸痛综合征伴发热，复查发热和胸痛', '胸痛风', 'ct检查ct胸痛综合', '', 'x']) {
      expect(scanNames(text, { names: trie, max: 10 })).toEqual(scanNames(text, { ...legacy, max: 10 }));
    }
    expect(scanNames('胸痛风', { names: trie, max: 10 })).toEqual(['胸痛']);
    expect(scanNames('ct检查ct', { names: trie, max: 10 })).toEqual(['ct检查', 'ct']);
  });

  it('de-duplicates by key and stops at max', () => {
    const code = createNameTrie([
      ['发热', 'R50'],
      ['体温升高', 'R50'],
      ['胸痛', 'R07'],
    ]);
    expect(scanNames('发热，体温升高，胸痛', { names: code, max: 10 })).toEqual(['R50', 'R07']);
    expect(scanNames('发热胸痛', { names: trie, max: 1 })).toEqual(['发热']);
    expect(scanNames('发热', { names: trie, max: 0 })).toEqual([]);
  });
});
