import { describe, expect, it } from 'vitest';
import { englishWord, englishWords } from './english-words.js';

describe('english words', () => {
  it('knows ordinary English words in any case, not names', () => {
    expect(englishWord('tablets')).toBe(true);
    expect(englishWord('Cough')).toBe(true);
    expect(englishWord('okafor')).toBe(false);
  });
  it('loads one shared dictionary', () => {
    expect(englishWords()).toBe(englishWords());
    expect(englishWords().size).toBeGreaterThan(200_000);
  });
});
