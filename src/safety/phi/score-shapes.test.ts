// A score, a level or a form's edition in a date's shape is no date; a person's day and month beside them still is.
// Texts written for this test, not taken from a blind batch.
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';

describe('values in a date shape read with their frame', () => {
  it.each([
    ['查体：L4/5棘旁压痛，MRI示L4/5椎间盘突出', 'L4/5'],
    ['MRI: C5/6 disc bulge, C6/7 normal', 'C5/6'],
    ['根管工作長度21/20/20 mm，氫氧化鈣封藥', '21/20/20'],
    ['浸润深肌层（>1/2），LVSI（+）', '1/2'],
    ['Quad MMT 4/5 L, TUG 9.8 s', '4/5'],
  ])('keeps %s', (text, value) => {
    expect(covered(text, value, 1e-9)).toBe(false);
  });

  it.each([
    ['Prior auth approved 10/11, PA ref P55120', '10/11'],
    ['seen 4/5 and 6/5 in clinic for the wound', '6/5'],
    ['Consent form signed 02/12 by the patient', '02/12'],
    ['DOB 9/10/10, Apgar not recorded at birth', '9/10/10'],
  ])('redacts the date in %s', (text, value) => {
    expect(covered(text, value)).toBe(true);
  });
});
