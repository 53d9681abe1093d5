import { describe, expect, it } from 'vitest';
import { type Cell, cellWord } from '../../../test/helpers/page-words.js';
import type { OcrWord } from './ocr-lines.js';
import { pageDocument, parseReportDocument } from './read-report.js';

// Cells are 16 px per digit, a point half a cell (test/helpers/page-words.ts): "2.1" is 40 px wide, "21" 32 px.
const read = (rows: Cell[][], edit: (w: OcrWord) => OcrWord = (w) => w) =>
  parseReportDocument(
    pageDocument(
      't.jpg',
      rows.flatMap((cells, k) => cells.map((c) => edit(cellWord(c, k)))),
    ),
  );
const row = (name: string, value: Cell, unit: string, range: string): Cell[] => [{ text: name, x: 20 }, value, { text: unit, x: 420 }, { text: range, x: 560 }];
// Rows read right around the row under test, so the page has number cells to measure its digit cell by.
const others: Cell[][] = [
  row('Glucose', { text: '5.4', x: 240 }, 'mmol/L', '3.9-6.1'),
  row('Sodium', { text: '139', x: 240 }, 'mmol/L', '135-145'),
  row('Albumin', { text: '41.2', x: 240 }, 'g/L', '40-55'),
];

describe('a lost glyph leaves its width in the word (point-width.ts)', () => {
  // Review s42 (SAME-wrong at START and HEAD): PSA "2.1" read "21" beside 0-4 was shown high with no "please check".
  it('withholds PSA "21" whose box is as wide as "2.1" beside a range without decimals', () => {
    const rep = read([...others, row('PSA', { text: '21', x: 240, width: 40 }, 'ng/mL', '0-4')]);
    expect(rep.results.find((x) => x.code === 'psa')).toMatchObject({ value: null, read: { status: 'unreadable' } });
  });
  it('keeps PSA "21" printed as 21 (its box holds two digits)', () => {
    const rep = read([...others, row('PSA', { text: '21', x: 240 }, 'ng/mL', '0-4')]);
    expect(rep.results.find((x) => x.code === 'psa')).toMatchObject({ value: 21 });
  });
  // Review s42: ferritin 8.2 read "82" shown normal (its low flag lost).
  it('withholds ferritin "82" whose box is as wide as "8.2" (inside its range, so no other check doubts it)', () => {
    const rep = read([...others, row('Ferritin', { text: '82', x: 240, width: 40 }, 'ng/mL', '15-150')]);
    expect(rep.results.find((x) => x.code === 'ferritin')).toMatchObject({ value: null, read: { status: 'unreadable' } });
  });
  // report-texts-43 rt43-02: calcium "8.4" read "84", put back at the range's precision — the point fills the box.
  it('keeps a point the reader put back when it fills the box (calcium "84" → 8.4 beside 8.7-10.2)', () => {
    const rep = read([...others, row('Calcium', { text: '84', x: 240, width: 40, doubt: [1] }, 'mg/dL', '8.7-10.2')]);
    expect(rep.results.find((x) => x.code === 'ca')).toMatchObject({ value: 8.4, read: { status: 'check' } });
  });
  // report-texts-43 rt43-01: RBC "2.86" read "28" with a break after the 2, shown as 2.8 "check" — a digit lost too.
  it('withholds a re-pointed value whose box is still wider than it ("2.86" read "28" → 2.8)', () => {
    const rep = read([...others, row('RBC', { text: '28', x: 240, width: 56 }, '10^12/L', '3.8-5.1')], (w) => (w.text === '28' ? { ...w, breaks: [0] } : w));
    expect(rep.results.find((x) => x.code === 'rbc')).toMatchObject({ value: null, read: { status: 'unreadable' } });
  });
  it("says nothing about a word taller than its digits (a dropped arrow is the mark readers' case)", () => {
    const rep = read([...others, row('WBC', { text: '11.1', x: 240, width: 16 * 4.5, tall: true }, '10^9/L', '3.5-9.5')]);
    expect(rep.results.find((x) => x.code === 'wbc')?.value).toBe(11.1);
  });
  // report-texts-43 rt43-18: "64 %" read as a word "64" whose box runs over the "%" beside it — read right.
  it('says nothing about a box that runs into the next word ("64" over its "%")', () => {
    const rep = read([
      ...others,
      [
        { text: 'Neutrophils', x: 20 },
        { text: '64', x: 240, width: 60 },
        { text: '%', x: 280 },
      ],
    ]);
    expect(rep.results.find((x) => x.code === 'neut-pct')?.value).toBe(64);
  });
  it('keeps the critical alarm of a withheld reading (potassium "7" in a box as wide as "7.1")', () => {
    const rep = read([...others, row('Potassium', { text: '7', x: 240, width: 40 }, 'mmol/L', '3.5-5.5')]);
    expect(rep.results.find((x) => x.code === 'k')).toMatchObject({ value: null, read: { status: 'unreadable' } });
    expect(rep.skipped.some((s) => s.check?.code === 'k' && s.check.flag === 'critical-high')).toBe(true);
  });
  // Review s43 (S1): the lab's own critical mark raised "please check" at START (row agreement); a value withheld by its
  // width must not lose it ("0.32 LL" phosphate read "32", base excess "-12.5 LL" read "12.5").
  it('keeps the alarm of the critical mark the lab printed beside a withheld value', () => {
    const rep = read([
      ...others,
      [
        { text: 'Phosphate', x: 20 },
        { text: '32', x: 240, width: 56 },
        { text: 'LL', x: 330 },
        { text: 'mmol/L', x: 420 },
        { text: '0.8-1.5', x: 560 },
      ],
    ]);
    expect(rep.results.find((x) => x.code === 'p')).toMatchObject({ value: null, read: { status: 'unreadable' } });
    expect(rep.skipped.some((s) => s.check?.code === 'p' && s.check.flag === 'critical-low')).toBe(true);
  });
  it('raises the alarm of a reading with the point put back (platelets "12" as wide as "1.2": 1.2 would be critical)', () => {
    const rep = read([...others, row('Platelets', { text: '12', x: 240, width: 40 }, '10^9/L', '100-300')]);
    expect(rep.results.find((x) => x.code === 'plt')).toMatchObject({ value: null });
    expect(rep.skipped.some((s) => s.check?.code === 'plt' && s.check.flag === 'critical-low')).toBe(true);
  });
});
