import { describe, expect, it } from 'vitest';
import { escapeRegExp, globalOf } from './regex.js';

describe('escapeRegExp', () => {
  it('makes every syntax character literal', () => {
    for (const s of ['co-amoxiclav (augmentin)', 'a.b*c+d?e^f$g{h}i|j[k]l\\m', '维生素B1 (片)', 'x/y'])
      expect(new RegExp(`^${escapeRegExp(s)}$`, 'u').test(s), s).toBe(true);
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
  });
});

describe('globalOf', () => {
  it('is a global copy with the same source and flags, compiled once, never the pattern itself', () => {
    const re = /a(b)?/iu;
    const g = globalOf(re);
    expect(g).not.toBe(re);
    expect(g.source).toBe(re.source);
    expect([...g.flags].sort().join('')).toBe('giu');
    expect(globalOf(re)).toBe(g);
    expect([...'xAbyA'.matchAll(g)].map((m) => m.index)).toEqual([1, 4]);
    const already = /z/gu;
    already.lastIndex = 3;
    expect(globalOf(already)).not.toBe(already);
    expect(already.lastIndex).toBe(3);
  });
});
