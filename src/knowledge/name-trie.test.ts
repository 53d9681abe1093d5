import { describe, expect, it } from 'vitest';
import { createNameTrie } from './name-trie.js';

describe('name trie', () => {
  const trie = createNameTrie<string>([
    ['胸痛', 'R07'],
    ['胸痛综合征', 'X1'],
    ['痛风', 'M10'],
    ['aspirin', 'drug'],
    ['asp', 'abbr'],
  ]);

  it('finds the longest key at a position, nested names included', () => {
    expect(trie.longestAt('胸痛综合征', 0)).toEqual({ end: 5, value: 'X1' });
    expect(trie.longestAt('胸痛综合', 0)).toEqual({ end: 2, value: 'R07' });
    expect(trie.longestAt('aspirin', 0)).toEqual({ end: 7, value: 'drug' });
    expect(trie.longestAt('aspiri', 0)).toEqual({ end: 3, value: 'abbr' });
  });

  it('starts where asked and reports overlapping names independently', () => {
    // 胸痛风: 胸痛 at 0 and 痛风 at 1 overlap; the caller's greedy step decides which one is kept.
    expect(trie.longestAt('胸痛风', 0)).toEqual({ end: 2, value: 'R07' });
    expect(trie.longestAt('胸痛风', 1)).toEqual({ end: 3, value: 'M10' });
    expect(trie.longestAt('服用aspirin', 2)).toEqual({ end: 9, value: 'drug' });
  });

  it('tries shorter keys, longest first, when accept rejects', () => {
    const tried: number[] = [];
    const hit = trie.longestAt('aspirinx', 0, (end) => {
      tried.push(end);
      return end !== 7;
    });
    expect(tried).toEqual([7, 3]);
    expect(hit).toEqual({ end: 3, value: 'abbr' });
    expect(trie.longestAt('aspirin', 0, () => false)).toBeUndefined();
  });

  it('handles empty text, empty dictionaries, empty keys and positions past the end', () => {
    expect(trie.longestAt('', 0)).toBeUndefined();
    expect(trie.longestAt('胸痛', 2)).toBeUndefined();
    const empty = createNameTrie<number>([['', 1]]);
    expect(empty.size).toBe(0);
    expect(empty.get('')).toBeUndefined();
    expect(empty.longestAt('abc', 0)).toBeUndefined();
  });

  it('keeps the first value of a repeated key; get is exact', () => {
    const t = createNameTrie([
      ['发热', 1],
      ['发热', 2],
      ['发', 3],
    ]);
    expect(t.size).toBe(2);
    expect(t.get('发热')).toBe(1);
    expect(t.get('发热了')).toBeUndefined();
    expect(t.get('发')).toBe(3);
  });

  it('compares UTF-16 code units (astral characters, many children per node)', () => {
    // 𠮷 is a surrogate pair; a node with many children exercises the binary search.
    const names = [...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [`x${c}`, i] as const);
    const t = createNameTrie<number>([...names, ['𠮷野', 100]]);
    expect(t.longestAt('吉𠮷野家', 1)).toEqual({ end: 4, value: 100 });
    for (const [k, v] of names) expect(t.longestAt(`-${k}-`, 1)).toEqual({ end: 3, value: v });
    expect(t.longestAt('x!', 0)).toBeUndefined();
  });

  it('agrees with slicing every length on random dictionaries', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const alphabet = ['a', 'b', '胸', '痛', ' '];
    const word = (max: number) => Array.from({ length: 1 + rand(max) }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 20; round++) {
      const keys = Array.from({ length: 30 }, () => word(5));
      const t = createNameTrie(keys.map((k, i) => [k, i] as const));
      const first = new Map<string, number>();
      keys.forEach((k, i) => first.has(k) || first.set(k, i));
      const text = word(60);
      for (let i = 0; i < text.length; i++) {
        let expected: { end: number; value: number } | undefined;
        for (let len = 6; len >= 1 && !expected; len--) {
          const v = i + len <= text.length ? first.get(text.slice(i, i + len)) : undefined;
          if (v !== undefined) expected = { end: i + len, value: v };
        }
        expect(t.longestAt(text, i)).toEqual(expected);
      }
    }
  });
});
