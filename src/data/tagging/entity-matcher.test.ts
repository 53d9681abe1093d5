import { describe, expect, it } from 'vitest';
import { createDictionaryMatcher } from './entity-matcher.js';

describe('dictionary matcher', () => {
  const m = createDictionaryMatcher([
    ['糖尿病', 'disease'],
    ['糖尿病肾病', 'disease'],
    ['头痛', 'symptom'],
    ['痛风', 'disease'],
    ['ACE', 'check'],
    ['ace inhibitor', 'drug'],
    ['儿科', 'department'],
    ['儿科', 'other'],
  ]);

  it('takes the longest name, left to right, with offsets into the input', () => {
    expect(m.match('糖尿病肾病与头痛风')).toEqual([
      { text: '糖尿病肾病', type: 'disease', start: 0, end: 5 },
      { text: '头痛', type: 'symptom', start: 6, end: 8 },
    ]);
  });

  it('Latin names need word edges; Han neighbours are edges; the first type given for a name wins', () => {
    expect(m.match('用ACE Inhibitor后').map((x) => [x.text, x.type])).toEqual([['ACE Inhibitor', 'drug']]);
    // "ace inhibitor" runs into the s of "inhibitors", so the shorter "ace" is taken; ACE2 and pace are no edges.
    expect(m.match('ace inhibitors, ACE2, pace, ACE.').map((x) => x.text)).toEqual(['ace', 'ACE']);
    expect(m.match('去儿科').map((x) => x.type)).toEqual(['department']);
  });

  it('empty text or dictionary: no mentions', () => {
    expect(m.match('')).toEqual([]);
    expect(createDictionaryMatcher([]).match('糖尿病')).toEqual([]);
  });
});
