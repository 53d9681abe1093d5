// An English employer grown over the rest of its name (employer-extent-en.ts). Sentences written for this test (not
// from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';
import { growEmployersEn } from './employer-extent-en.js';

const grown = (text: string, found: string) => {
  const start = text.indexOf(found);
  return growEmployersEn(text, [{ type: 'EMPLOYER', start, end: start + found.length, text: found }]).map((s) => s.text);
};

describe('the rest of an employer name', () => {
  it.each([
    ['She packs boxes at Halvorsen Foods, Inc. since May.', 'Halvorsen Foods', 'Halvorsen Foods, Inc.'],
    ['He is on nights at the Crestline plant this month.', 'Crestline', 'Crestline plant'],
    ['Works at the Hormel meatpacking plant in Austin.', 'Hormel', 'Hormel meatpacking plant'],
    ['Teller at Canara Bank, Jayanagar branch.', 'Canara Bank', 'Canara Bank, Jayanagar branch'],
    ['Driver for Ridgeway Freight (Tilbury depot) — off work', 'Ridgeway Freight', 'Ridgeway Freight (Tilbury depot)'],
    ['Picker for Argos Distribution, Basildon — advised light duties', 'Argos Distribution', 'Argos Distribution, Basildon'],
  ])('%s', (text, found, whole) => {
    expect(grown(text, found)).toEqual([whole]);
  });

  it.each([
    ['Shifts at Tesco, Monday to Friday.', 'Tesco'],
    ['Worked for Boeing, The union says otherwise.', 'Boeing'],
    ['Cashier at Lidl on Saturdays only.', 'Lidl'],
    ['Retired from Unilever, Dr Shah notes.', 'Unilever'],
  ])('does not grow over prose: %s', (text, found) => {
    expect(grown(text, found)).toEqual([]);
  });

  it('redacts the grown name whole in a record', () => {
    const t = 'Shift work (forklift driver, Lowry Steel) since 2019; site: he works nights at the Lowry Steel rolling mill.';
    expect(covered(t, 'Lowry Steel rolling mill', 1), JSON.stringify(detectPhi(t))).toBe(true);
  });
});

describe('a function word opens prose, not a site', () => {
  it.each([
    ['Works at Chick-fil-A near campus most evenings.', 'Chick-fil-A'],
    ['Cleaner at Boeing in the plant since 2011.', 'Boeing'],
  ])('%s', (text, found) => {
    expect(grown(text, found)).toEqual([]);
  });
});
