// Ages over 89 in a record's demographic shorthand (age-shorthand.ts). Lines written for these tests (not taken from
// any blind batch).
import { describe, expect, it } from 'vitest';
import { detectAgeShorthand } from './age-shorthand.js';

const ages = (text: string): string[] => detectAgeShorthand(text).map((s) => s.text);

describe('age shorthand', () => {
  it.each([
    ['DOB 02/01/1931 (93Y)\n14 Ash Row', ['93']],
    ['【12-3】林O珍 F/96 病歷號 0021', ['96']],
    ['MAK WING TUNG 麥穎彤   F / 101Y   HN2031', ['101']],
    ['DOB 01.01.1930   94 y\nPension card', ['94']],
    ['HALVORSEN, Ingrid 97F  MRN 33018', ['97']],
    ['Age (years): 92\nSex: M', ['92']],
    ['Bed 7 - 95/M - post op day 2', ['95']],
    // Review s33: a capital-Y age with the patient in view on its line.
    ['会诊申请：患者（92Y）反复发热', ['92']],
    ['Pt 96Y, lives alone', ['96']],
    // Diff read s33: a vital sign earlier on the line does not hide an age after other words.
    ['HR 80. Pt F/92, confused', ['92']],
    ['Bed 12 HR 80  M/95', ['95']],
  ])('%s', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it.each([
    'T 99F, HR 92',
    'Temp 101F overnight',
    'HR 96, RR 20, 98F',
    'sats 91 y',
    'BP 92/M',
    'FEV1 95%',
    'walked 95 yards',
    'Pt 85F',
    'F/89 admitted',
    // Review s33 (S2): yttrium-90, a room, a bath temperature.
    'Y-90 radioembolisation (90Y) booked for segment 4 lesion',
    'Treated with 90Y, tolerated well',
    'SIRT (90Y) work-up, lung shunt 8%',
    'Please go to Room 95F on level 9 for your scan',
    'Bath 98F checked',
    // Diff read s33: a capitalised temperature word.
    'Fever 102F overnight',
    'Temp: Oral 99F',
    'Level 4, Room 91F',
  ])('keeps %s', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
