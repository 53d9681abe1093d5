import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regex.js';

describe('escapeRegExp', () => {
  it('makes every syntax character literal', () => {
    for (const s of ['co-amoxiclav (augmentin)', 'a.b*c+d?e^f$g{h}i|j[k]l\\m', '维生素B1 (片)', 'x/y'])
      expect(new RegExp(`^${escapeRegExp(s)}$`, 'u').test(s), s).toBe(true);
    expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
  });
});
