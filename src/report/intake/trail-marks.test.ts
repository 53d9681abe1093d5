import { describe, expect, it } from 'vitest';
import { parseLabReport } from '../parse.js';
import { cutLeadMarks } from './lead-marks.js';
import type { OcrLine, OcrWord } from './ocr-lines.js';
import { type Cell, cellWord } from '../../../test/helpers/page-words.js';
import { pageDocument, parseReportDocument } from './read-report.js';
import { cutTrailMarks, markCutAfter } from './trail-marks.js';

const page = (rows: Cell[][]): OcrWord[] => rows.flatMap((cells, k) => cells.map((c) => cellWord(c, k)));
const lines = (rows: Cell[][]): (OcrLine | undefined)[] => pageDocument('t.jpg', page(rows)).ocr?.lines ?? [];

describe('cutTrailMarks: an arrow printed after the value, read as a digit', () => {
  it('cuts the doubted last "1" of a word taller than its row\'s digits ("3.21 ↓" read "3.211")', () => {
    const out = cutTrailMarks(
      lines([
        [
          { text: 'WBC', x: 20 },
          { text: '3.211', x: 200, tall: true, doubt: [3, 4], width: 16 * 4.5 + 8 },
          { text: '3.5-9.5', x: 400 },
        ],
      ]),
    );
    expect(out[0]?.text).toMatch(/3\.21 {2,}3\.5-9\.5/);
    expect(markCutAfter(out[0] as OcrLine, '3.21')).toBe(true);
  });

  it('keeps a real value ending in a doubted 1 that is no taller than its digits ("2.11")', () => {
    const before = lines([
      [
        { text: 'Fibrinogen', x: 20 },
        { text: '2.11', x: 200, doubt: [2, 3] },
        { text: '2.0-4.0', x: 400 },
      ],
    ]);
    expect(cutTrailMarks(before)).toEqual(before);
  });

  it('keeps a tall word whose box holds a glyph the read dropped ("0.61 ↓" read "0.61": the text is whole)', () => {
    const before = lines([
      [
        { text: 'Mg', x: 20 },
        { text: '0.61', x: 200, tall: true, doubt: [3], width: 16 * 5.5 },
        { text: '0.75-1.02', x: 400 },
      ],
    ]);
    expect(cutTrailMarks(before)).toEqual(before);
  });

  it('blanks a tall "1" standing alone after a value, the value keeping its own reading ("78 ↓" read "78 1")', () => {
    const out = cutTrailMarks(
      lines([
        [
          { text: 'HGB', x: 20 },
          { text: '78', x: 200 },
          { text: '1', x: 250, tall: true },
          { text: '115-150', x: 400 },
        ],
      ]),
    );
    expect(out[0]?.text).not.toMatch(/78 1/);
    expect(out[0]?.cutTrail).toBeUndefined();
  });
});

describe("cutLeadMarks: the glyph's height where the column cannot show the edge", () => {
  it('cuts a tall doubted lead in a short panel with one unflagged row ("↓ 2.2" read "12.2")', () => {
    const out = cutLeadMarks(
      lines([
        [
          { text: 'Glucose', x: 20 },
          { text: '12.2', x: 200, tall: true, doubt: [0], width: 16 * 3.5 + 8 },
          { text: '3.9-6.1', x: 400 },
        ],
        [
          { text: 'Potassium', x: 20 },
          { text: '4.1', x: 232 },
          { text: '3.5-5.1', x: 400 },
        ],
      ]),
    );
    expect(out[0]?.cutLead).toBeDefined();
    expect(out[1]?.cutLead).toBeUndefined();
  });

  it('does not cut a tall lead whose rest starts with 1 or 7 again ("↑11.1" with the arrow dropped, s40 review)', () => {
    const out = cutLeadMarks(
      lines([
        [
          { text: 'WBC', x: 20 },
          { text: '11.1', x: 200, tall: true, doubt: [0], width: 16 * 3.5 + 8 },
          { text: '3.5-9.5', x: 400 },
        ],
        [
          { text: 'HGB', x: 20 },
          { text: '128', x: 216 },
          { text: '115-150', x: 400 },
        ],
      ]),
    );
    expect(out[0]?.cutLead).toBeUndefined();
  });

  it('keeps a doubted leading 1 of a word no taller than its digits ("118" in a decimal-aligned column)', () => {
    const before = lines([
      [
        { text: 'PLT', x: 20 },
        { text: '118', x: 200, doubt: [0, 1] },
        { text: '125-350', x: 400 },
      ],
    ]);
    expect(cutLeadMarks(before)).toEqual(before);
  });
});

describe('the whole photo reader', () => {
  it('shows the rest of a cut word only as "please check", on the abnormal side its arrow gave', () => {
    const rep = parseReportDocument(
      pageDocument(
        't.jpg',
        page([
          [
            { text: 'WBC', x: 20 },
            { text: '3.211', x: 200, tall: true, doubt: [3, 4], width: 16 * 4.5 + 8 },
            { text: '10^9/L', x: 320 },
            { text: '3.5-9.5', x: 450 },
          ],
          [
            { text: 'RBC', x: 20 },
            { text: '4.61', x: 200 },
            { text: '10^12/L', x: 320 },
            { text: '4.3-5.8', x: 450 },
          ],
        ]),
      ),
    );
    const wbc = rep.results.find((r) => r.code === 'wbc');
    expect(wbc?.valueText).toBe('3.21');
    expect(wbc?.flag).toBe('low');
    expect(wbc?.read?.status).toBe('check');
  });
});

describe('parse: a dash set apart between a number and a smaller one joins no range', () => {
  it('reads a serial row\'s not-done cell as a cell ("2140   -   388")', () => {
    const r = parseLabReport('NT-proBNP  2140      -    388     pg/mL  <125').results[0];
    expect(r?.valueText).toBe('2140');
    expect(r?.flag).toBe('high');
  });
  it('still joins rising spans and a dash against the next number ("0 -- 40", "140 -2 138")', () => {
    expect(parseLabReport('ALT 25 U/L 0 -- 40').results[0]?.range?.text).toBe('0-40');
    expect(parseLabReport('Na 140 -2 138 mmol/L 136-145').results[0]?.valueText).toBe('138');
    expect(parseLabReport('TSH 2,310 µUI/mL  [0,350 - 4,940]').results[0]?.flag).toBe('normal');
  });
});
