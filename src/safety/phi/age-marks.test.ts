// Ages over 89 told by what stands beside the number (dates.ts detectAges): a sex mark after it, the number alone in
// brackets after a name or a birth date, "turned", Chinese numerals with 多/大寿. Lines written for these tests (not
// taken from any blind batch); the measurements below hold the same numbers and must stay.
import { describe, expect, it } from 'vitest';
import { detectAges } from './dates.js';

const ages = (t: string) => detectAges(t).map((s) => s.text);

describe('ages over 89 by what stands beside them', () => {
  it.each([
    ['Bed 3: Okafor, Grace, 97F, post-fall', '97'],
    ['REASON FOR STUDY: 93 M, new confusion', '93'],
    ['Age/Sex 95 Y / M\nWard: 6', '95'],
    ['Seen at home: Walter Price (94) - lives alone', '94'],
    ['DOB 03/08/1930 (95), NHS no to follow', '95'],
    ['Grandma just turned 101 and still gardens', '101'],
    ['8床老先生（贺阿公，96）拒绝鼻饲', '96'],
    ['家里有个九十多岁的奶奶', '九十多岁'],
    ['下月给太婆办九十大寿', '九十大寿'],
  ])('%s', (text, age) => {
    expect(ages(text)).toContain(age);
  });
  it('leaves measurements with the same numbers', () => {
    for (const t of [
      'Tmax 101F, HR 96, SpO2 94% on RA',
      'Temp 99 F, BP 142/91',
      'Room 94 F wing, bed 2',
      'Pain score (98) on the form; Troponin (92) ng/L',
      'sats 91 on 4L',
      'the valve turned 90 degrees',
      'Na 135, Cl 98, glucose 96 mg/dL',
      // Own probes after READY: a temperature among vital signs, a test name of two capitalised words.
      'Vitals: 99 F, 120/80, RR 18',
      'Complete Blood Count (95) reviewed; Serum Sodium (98) noted',
    ])
      expect(ages(t), t).toEqual([]);
  });
});
