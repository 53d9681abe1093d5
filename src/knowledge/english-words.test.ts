import { describe, expect, it } from 'vitest';
import { englishWord, englishWords, nearEnglishWord } from './english-words.js';

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
  it('finds a word one edit away with the same first letter (insert, delete, substitute, swap), not two', () => {
    expect(nearEnglishWord('dysfunction')).toBe(true);
    expect(nearEnglishWord('dysfuntion')).toBe(true); // delete
    expect(nearEnglishWord('injecetion')).toBe(true); // insert
    expect(nearEnglishWord('infectoin')).toBe(true); // swap of neighbours
    expect(nearEnglishWord('tablat')).toBe(true); // substitute
    expect(nearEnglishWord('ozempic')).toBe(false); // two edits from 'olympic'
    expect(nearEnglishWord('zablet')).toBe(false); // 'tablet' differs in its first letter
  });
});
