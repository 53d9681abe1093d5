import { describe, expect, it } from 'vitest';
import { matchesOf } from './match.js';

describe('matchesOf', () => {
  it('returns every match in order, as matchAll does, and leaves the regex reusable', () => {
    const re = /胸痛|chest (pain)/gi;
    const text = '胸痛 and Chest pain, 胸痛';
    expect(matchesOf(re, text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));
    expect(re.lastIndex).toBe(0);
    expect(matchesOf(re, text)).toHaveLength(3);
  });

  it('advances past empty matches and refuses a non-global regex', () => {
    expect(matchesOf(/x*/g, 'ab')).toHaveLength(3);
    expect(() => matchesOf(/x/, 'x')).toThrow(/global/);
  });
});
