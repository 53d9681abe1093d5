import { describe, expect, it } from 'vitest';
import { amountBreakdowns } from './dose-amounts.js';
import { labelConfirmsDose, lastDoseDrug } from './dose-check.js';

// Session 37 (#10): an amount broken down into units of a stated strength states the dose twice; the arithmetic checks it.
describe('amountBreakdowns', () => {
  it('reads a total and the count × strength in the bracket after it', () => {
    expect(amountBreakdowns('do not take more than 4 g (eight 500 mg tablets) in 24 hours')).toMatchObject([
      { mg: 4000, count: 8, strengthMg: 500, agrees: true },
    ]);
    expect(amountBreakdowns('每日不超过4克（8片×0.5克）')).toMatchObject([{ mg: 4000, count: 8, strengthMg: 500, agrees: true }]);
    expect(amountBreakdowns('take 1 g (2 x 500 mg caplets) four times a day')).toMatchObject([{ mg: 1000, count: 2, agrees: true }]);
  });
  it('marks a breakdown that disagrees with its total, and reads no other bracket', () => {
    expect(amountBreakdowns('take 1 g (four 500 mg tablets)')).toMatchObject([{ agrees: false }]);
    expect(amountBreakdowns('take 1 g (15 minutes before food)')).toEqual([]);
    expect(amountBreakdowns('take 8 tablets (4 g) a day')).toEqual([]);
    expect(amountBreakdowns('take 2-4 g (eight 500 mg tablets)')).toEqual([]);
  });
});

describe('labelConfirmsDose on a breakdown, a heading strength and a page strength', () => {
  const para = lastDoseDrug('paracetamol');
  it('confirms a ceiling whose breakdown agrees, read as one quantity', () => {
    expect(labelConfirmsDose('do not take more than 4 g (eight 500 mg tablets) in 24 hours, and leave at least 4 hours between doses.', para)).toBe(true);
    expect(labelConfirmsDose('take 1 g (two 500 mg tablets) up to four times a day.', para)).toBe(true);
    expect(labelConfirmsDose('chlorphenamine 4 mg: 1 tablet every 4 to 6 hours, no more than 6 tablets (24 mg) in 24 hours.')).toBe(true);
  });
  it('does not confirm a breakdown that disagrees, a total over the label, or a strength the page does not state', () => {
    expect(labelConfirmsDose('take 1 g (four 500 mg tablets) four times a day.', para)).toBe(false);
    expect(labelConfirmsDose('take 4 g (eight 500 mg tablets) every 6 hours.', para)).toBe(false);
    expect(labelConfirmsDose('do not take more than 8 g (16 x 500 mg tablets) in 24 hours.', para)).toBe(false);
    expect(labelConfirmsDose('chlorphenamine 4 mg: not more than 3 tablets (24 mg) in a day.')).toBe(false);
    expect(labelConfirmsDose('take 1 g (two 500 mg tablets) every 6 hours, and drink alcohol at least 4 hours apart.', para)).toBe(false);
  });
  it('keeps an instruction written before an interval: only a spacing verb belongs to it (review s37 S1)', () => {
    const ibu = lastDoseDrug('ibuprofen');
    expect(labelConfirmsDose('take 400 mg (two 200 mg tablets) three times a day, and double 6 hours apart.', ibu)).toBe(false);
    expect(labelConfirmsDose('take 1 g (two 500 mg tablets) up to four times a day, and inject 4 hours apart.', para)).toBe(false);
    expect(labelConfirmsDose('take 1 g (two 500 mg tablets) up to four times a day, then triple 4 hours apart.', para)).toBe(false);
    expect(labelConfirmsDose('take 1 g (two 500 mg tablets) up to four times a day, leaving at least 4 hours apart.', para)).toBe(true);
  });
  it('reads the one strength the page states, and none when the page names another medicine or two strengths', () => {
    const s = 'do not take more than 8 tablets (4 g) in 24 hours.';
    expect(labelConfirmsDose(s, para, '')).toBe(false);
    expect(labelConfirmsDose(s, para, '', 'take one or two 500 mg tablets every 4 to 6 hours. do not take more than 8 tablets (4 g) in 24 hours.')).toBe(true);
    expect(labelConfirmsDose('do not take more than 16 tablets (4 g) in 24 hours.', para, '', 'these are 500 mg tablets.')).toBe(false);
    expect(labelConfirmsDose(s, para, '', 'ibuprofen 200 mg tablets. paracetamol 500 mg tablets.')).toBe(false);
    expect(labelConfirmsDose(s, para, '', 'one 500 mg tablets or one 1000 mg tablets.')).toBe(false);
  });
});
