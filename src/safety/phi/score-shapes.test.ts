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
    ['STOP-BANG 5/8', '5/8'],
    ['APPROVED BY NUCC 02/12', '02/12'],
    ['mom: baby Apgars were 8/9, born 3/5 at 2am', '8/9'],
    ['MMT 4/5 hip flexors, 5/5 elsewhere', '5/5'],
    ['Fluid balance 3/5 06:00 +1200 mL', '+1200'],
  ])('keeps %s', (text, value) => {
    expect(covered(text, value, 1e-9)).toBe(false);
  });

  it.each([
    ['Prior auth approved 10/11, PA ref P55120', '10/11'],
    ['seen 4/5 and 6/5 in clinic for the wound', '6/5'],
    ['Consent form signed 02/12 by the patient', '02/12'],
    ['DOB 9/10/10, Apgar not recorded at birth', '9/10/10'],
    // A score word governs only the value right after it: a cued or later date in its clause stays a date.
    ['Apgar 9, born 9-10-10', '9-10-10'],
    ['APGAR 8/9 MOTHER DOB 3/5/10', '3/5/10'],
    ['Apgar评分9分，出生日期10/3/10', '10/3/10'],
    ['STOP-BANG 6, PSG on 3/5', '3/5'],
    ['MMT 5/5 throughout, follow up on 2/5', '2/5'],
    ['Quad MMT 4/5 L, repeat MMT done 3/15', '3/15'],
    // A neighbour read as a score or a level still makes the row that holds a real date.
    ['C-section 3/4, Apgars 8/9', '3/4'],
    ['L4/5 laminectomy done 3/4', '3/4'],
    ["OMB review 3/4 for the patient's appeal", '3/4'],
    ['on3/4 went to ED', '3/4'],
    ['CMS-1500 DOS 03/15/2024 CPT 99213', '03/15/2024'],
  ])('redacts the date in %s', (text, value) => {
    expect(covered(text, value)).toBe(true);
  });
});
