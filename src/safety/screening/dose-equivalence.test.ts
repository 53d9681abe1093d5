import { describe, expect, it } from 'vitest';
import { countEquivalences, impliedStrength } from './dose-amounts.js';
import { labelConfirmsDose, lastDoseDrug } from './dose-check.js';
import { normalise } from './text.js';

// Session 36 (#10): a bracket after a count restates the count's total ("8 tablets (4 g)" is 4 g, not 8 × 4 g).
describe('countEquivalences: a bracket after a count is the same quantity', () => {
  it('reads the total and the strength it implies', () => {
    const [e] = countEquivalences(normalise('Do not take more than 8 tablets (4 g) in 24 hours.'));
    expect(e).toMatchObject({ countLow: 8, countHigh: 8, mgLow: 4000, mgHigh: 4000 });
    expect(impliedStrength(e)).toBe(500);
  });
  it('reads ranges at both ends, in Chinese too', () => {
    for (const s of ['Take 1 or 2 tablets (500 mg to 1 g)', '成人一次1～2片（500～1000毫克）'])
      expect(impliedStrength(countEquivalences(normalise(s))[0])).toBe(500);
    expect(impliedStrength(countEquivalences(normalise('2 puffs (200 mcg) twice a day'))[0])).toBeCloseTo(0.1);
  });
  it('gives no one strength when the ends disagree', () => {
    expect(impliedStrength(countEquivalences(normalise('Take 1-2 tablets (1 g)'))[0])).toBeNaN();
  });
  it('reads no restatement in a strength, a time or a calculation', () => {
    for (const s of ['Take 2 tablets (500 mg each)', '总共不超过3片（15分钟内）', '2片（每片0.5克）', '2 tablets (= 1 g)'])
      expect(countEquivalences(normalise(s))).toEqual([]);
  });
});

describe('labelConfirmsDose: a restated total is counted once, its strength checked', () => {
  const para = lastDoseDrug('paracetamol');
  const confirms = (s: string, context = '') => labelConfirmsDose(normalise(s), para, context);
  const tabs = 'paracetamol 500 mg tablets';
  it('confirms label ceilings and doses stated with their total', () => {
    expect(confirms('Take 2 tablets (1 g) up to 4 times a day.', tabs)).toBe(true);
    expect(confirms('Take 1 or 2 tablets (500 mg to 1 g) every 4 to 6 hours, no more than 4 doses in 24 hours.', tabs)).toBe(true);
    expect(confirms('Do not take more than 8 tablets (4 g) in 24 hours.', 'paracetamol 500 mg tablets')).toBe(true);
  });
  it('fails closed on a total over the label, a strength no unit has, or one the context contradicts', () => {
    expect(confirms('Take 2 tablets (1 g) up to 6 times a day.', tabs)).toBe(false);
    expect(confirms('Take 2 tablets (3 g) once.')).toBe(false);
    expect(confirms('Take 1-2 tablets (1 g) up to 4 times a day.')).toBe(false);
    expect(confirms('Do not take more than 8 tablets (2 g) in 24 hours.', 'paracetamol 500 mg tablets')).toBe(false);
    expect(confirms('一次4片（1克），一天不超过4次。', '对乙酰氨基酚片 0.5克')).toBe(false);
  });
  it('still multiplies a strength that is per unit', () => {
    expect(confirms('Take 2 tablets (500 mg each) up to 4 times a day.')).toBe(true);
    expect(confirms('Take 2 tablets (500 mg each) up to 6 times a day.')).toBe(false);
  });
});

// Review fix (session 36, content-review.md S1): with no strength stated in the sentence, its title or its question, a
// bracket after a count releases nothing — "8 tablets (1 g)" implies 125 mg, a strength no paracetamol tablet has.
describe('labelConfirmsDose: no strength stated, a restated bracket is not confirmed', () => {
  const para = lastDoseDrug('paracetamol');
  const ibu = lastDoseDrug('ibuprofen');
  it("does not confirm the reviewer's S1 rows", () => {
    for (const s of [
      'Take 8 tablets (1 g) four times a day.',
      'Do not take more than 40 tablets (4 g) in 24 hours.',
      'Take 10 tablets (1 g) every 6 hours.',
      'Take 4 tablets (1 g) up to four times a day.',
      '一次8片（1克），一日4次。',
      'Do not take more than 16 tablets (4 g) in 24 hours.',
      'Take 4 tablets (500 mg) every 4 hours.',
      'Take 4 caplets (1 g) four times a day.',
      'Take 2 tablets (1 g) up to 4 times a day.',
    ])
      expect(labelConfirmsDose(normalise(s), para, 'paracetamol'), s).toBe(false);
    expect(labelConfirmsDose(normalise('Do not take more than 24 tablets (1200 mg) in 24 hours.'), ibu, 'ibuprofen')).toBe(false);
  });
  it('still confirms them where the title states a strength that fits', () => {
    expect(labelConfirmsDose(normalise('Do not take more than 6 tablets (1200 mg) in 24 hours.'), ibu, 'ibuprofen 200 mg tablets')).toBe(true);
  });
});
