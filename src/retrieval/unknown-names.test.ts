import { describe, expect, it } from 'vitest';
import { unknownNames, withinEdits } from './unknown-names.js';

const WORDS = new Set([
  'side',
  'effects',
  'does',
  'make',
  'your',
  'hair',
  'fall',
  'blood',
  'work',
  'started',
  'taking',
  'metformin',
  'trip',
  'pills',
  'water',
  'hike',
  'week',
  'next',
  'came',
  'back',
  'side',
  'effect',
  'effects',
  'man',
]);
const INDEXED = new Set(['metformin', 'hair', 'water']);
const input = {
  isEnglishWord: (w: string) => WORDS.has(w.toLowerCase()),
  docFreq: (w: string) => (INDEXED.has(w.toLowerCase()) ? 3 : 0),
  nearKnown: (w: string) => [...INDEXED].some((k) => withinEdits(w.toLowerCase(), k, 2)),
};

describe('unknownNames (pure)', () => {
  it('finds a name that is no English word and that the index never saw, as written', () => {
    expect(unknownNames('Does Ozempic make your hair fall out?', input)).toEqual(['Ozempic']);
    expect(unknownNames('NMN到底能不能抗衰老', input)).toEqual(['NMN']);
  });
  it('leaves ordinary words, indexed words, misspellings of indexed words, compounds and places', () => {
    expect(unknownNames('started taking metformin, does it make hair fall', input)).toEqual([]);
    expect(unknownNames('metforman side effects', input)).toEqual([]);
    expect(unknownNames('my bloodwork came back', input)).toEqual([]);
    expect(unknownNames('a hike to Machu Picchu next week', input)).toEqual([]);
  });
  it('leaves the names of days and months, which the dictionary omits as proper nouns, whatever their case', () => {
    expect(unknownNames('the pills came back tuesday, next week is Thursday', input)).toEqual([]);
    expect(unknownNames('started taking it in September, Mondays and Fridays', input)).toEqual([]);
    expect(unknownNames('started Ozempic on Saturday', input)).toEqual(['Ozempic']);
  });
});

describe('withinEdits', () => {
  it('counts inserts, deletes, substitutions and swaps', () => {
    expect(withinEdits('vacin', 'vaccin', 1)).toBe(true);
    expect(withinEdits('alzhiemer', 'alzheimer', 1)).toBe(true);
    expect(withinEdits('ozempic', 'olympic', 1)).toBe(false);
  });
});
