import { describe, expect, it } from 'vitest';
import type { OcrLine } from './ocr-lines.js';
import { cutLeadMarks, markCutBefore } from './lead-marks.js';
import { pageDocument, parseReportDocument } from './read-report.js';
import type { OcrWord } from './ocr-lines.js';

/** A line of words at x positions (16 px per character); a number's first digit may carry the glyph doubt (30). */
function line(cells: [string, number, boolean?][], y: number): OcrLine {
  let text = '';
  const spans: OcrLine['spans'] = [];
  for (const [c, x, doubted] of cells) {
    if (text) text += '    ';
    const chars = [...c].map((_, i) => (i === 0 && doubted ? 30 : 98));
    spans.push({ start: text.length, end: text.length + c.length, confidence: 92, chars, x0: x, x1: x + 16 * c.length });
    text += c;
  }
  return { text, spans, y0: y, y1: y + 24 };
}

/** The same as OCR words (for the whole reader). */
const words = (rows: [string, number, boolean?][][]): OcrWord[] =>
  rows.flatMap((cells, k) =>
    cells.map(([c, x, doubted]) => ({
      text: c,
      confidence: 92,
      x0: x,
      x1: x + 16 * c.length,
      y0: 50 * k,
      y1: 50 * k + 24,
      chars: [...c].map((_, i) => (i === 0 && doubted ? 30 : 98)),
    })),
  );

describe('cutLeadMarks: an arrow joined to the value, seen from the value column', () => {
  it('cuts the doubted lead of a word standing left of the column where unflagged values start ("↓ 86" read "186")', () => {
    const lines = [
      line(
        [
          ['Haemoglobin', 20],
          ['186', 282, true],
          ['g/L', 480],
          ['130-175', 600],
        ],
        0,
      ),
      line(
        [
          ['Platelets', 20],
          ['210', 312],
          ['10^9/L', 480],
          ['125-350', 600],
        ],
        50,
      ),
      line(
        [
          ['MCV', 20],
          ['90.2', 310],
          ['fL', 480],
          ['80-100', 600],
        ],
        100,
      ),
    ];
    const out = cutLeadMarks(lines);
    expect(out[0]?.text).toContain(' 86');
    expect(markCutBefore(out[0] as OcrLine, '86')).toBe(true);
    expect(out[1]).toBe(lines[1]);
  });
  it('keeps a real value: one starting with the column, an undoubted first digit, or a ragged (tab-separated) layout', () => {
    const column = [
      line(
        [
          ['Haemoglobin', 20],
          ['186', 310, true],
          ['g/L', 480],
        ],
        0,
      ),
      line(
        [
          ['Platelets', 20],
          ['210', 312],
          ['10^9/L', 480],
        ],
        50,
      ),
      line(
        [
          ['MCV', 20],
          ['90.2', 310],
          ['fL', 480],
        ],
        100,
      ),
    ];
    expect(cutLeadMarks(column).map((l) => l?.text)).toEqual(column.map((l) => l.text));
    const undoubted = [
      line(
        [
          ['Haemoglobin', 20],
          ['186', 282],
        ],
        0,
      ),
      line(
        [
          ['Platelets', 20],
          ['210', 312],
        ],
        50,
      ),
      line(
        [
          ['MCV', 20],
          ['90.2', 312],
        ],
        100,
      ),
    ];
    expect(cutLeadMarks(undoubted).map((l) => l?.text)).toEqual(undoubted.map((l) => l.text));
    // rt38-02's shape: each value one space after its name; two of them happen to start together.
    const ragged = [
      line(
        [
          ['Sodium', 20],
          ['134', 157, true],
        ],
        0,
      ),
      line(
        [
          ['Potassium', 20],
          ['6.8', 201],
        ],
        50,
      ),
      line(
        [
          ['Chloride', 20],
          ['101', 187],
        ],
        100,
      ),
      line(
        [
          ['Anion Gap', 20],
          ['16', 201],
        ],
        150,
      ),
    ];
    expect(cutLeadMarks(ragged).map((l) => l?.text)).toEqual(ragged.map((l) => l.text));
  });
  it('right-aligned numbers: a longer number stands left by its extra digits only, not by an arrow and a space', () => {
    const right = [
      line(
        [
          ['pO2', 20],
          ['112.0', 280, true],
        ],
        0,
      ),
      line(
        [
          ['pCO2', 20],
          ['41.0', 296],
        ],
        50,
      ),
      line(
        [
          ['pH', 20],
          ['7.41', 296],
        ],
        100,
      ),
    ];
    expect(cutLeadMarks(right).map((l) => l?.text)).toEqual(right.map((l) => l.text));
  });
});

describe('parseReportDocument: the rest of a cut word', () => {
  const gas = (extra: [string, number, boolean?][][] = []) =>
    words([
      [
        ['pH', 20],
        ['17.92', 265, true],
        ['7.35-7.45', 520],
      ],
      [
        ['pO2', 20],
        ['168.0', 264, true],
        ['mmHg', 400],
        ['83.0-108', 520],
      ],
      [
        ['cK+', 20],
        ['4.9', 294],
        ['mmol/L', 400],
        ['3.5-5.1', 520],
      ],
      [
        ['cNa+', 20],
        ['138', 295],
        ['mmol/L', 400],
        ['136-146', 520],
      ],
      [
        ['cGlu', 20],
        ['19.6', 262, true],
        ['mmol/L', 400],
        ['3.9-5.8', 520],
      ],
      ...extra,
    ]);
  it('is shown as "please check", flagged by its printed range (pO2 68.0 low, not 168.0 high)', () => {
    const rep = parseReportDocument(pageDocument('gas.jpg', gas()));
    const po2 = rep.results.find((r) => r.code === 'po2');
    expect(po2?.valueText).toBe('68.0');
    expect(po2?.flag).toBe('low');
    expect(po2?.read?.status).toBe('check');
    expect(rep.results.find((r) => r.code === 'k')?.valueText).toBe('4.9');
  });
  it('is withheld when the report’s own notice quotes the test at another value, and the notice alarm stays', () => {
    const rep = parseReportDocument(
      pageDocument(
        'gas.jpg',
        gas([
          [
            ['危急值', 20],
            [':', 120],
            ['pH', 140],
            ['7.12', 190],
            ['已通知医生', 260],
          ],
        ]),
      ),
    );
    const ph = rep.results.find((r) => r.code === 'ph');
    expect(ph?.value).toBeNull();
    expect(rep.skipped.some((s) => s.check?.code === 'ph' && s.check.valueText === '7.12')).toBe(true);
  });
  it('is withheld when its range calls it normal (the cut arrow was the lab marking it abnormal)', () => {
    const rep = parseReportDocument(
      pageDocument(
        'na.jpg',
        words([
          [
            ['Sodium', 20],
            ['1140', 282, true],
            ['mmol/L', 480],
            ['135-145', 600],
          ],
          [
            ['Chloride', 20],
            ['101', 314],
            ['mmol/L', 480],
            ['98-107', 600],
          ],
          [
            ['Urea', 20],
            ['5.1', 312],
            ['mmol/L', 480],
            ['2.5-7.5', 600],
          ],
        ]),
      ),
    );
    expect(rep.results.find((r) => r.code === 'na')?.value ?? null).toBeNull();
  });
});

// s39 review (S1, P07/P12): in a DECIMAL-aligned column a real "138" or "171" stands left of the single-digit values by
// its extra digits — its doubted first "1" is no arrow. Cutting it made a false "38 critical-low" / turned a true
// critical-high sodium into "71".
describe('a decimal-aligned column keeps a real leading 1', () => {
  const panel = (value: string) =>
    parseReportDocument(
      pageDocument(
        'na.jpg',
        words([
          [
            ['Sodium', 20],
            [value, 280, true],
            ['mmol/L', 480],
            ['135-145', 600],
          ],
          [
            ['Potassium', 20],
            ['4.1', 312],
            ['mmol/L', 480],
            ['3.5-5.1', 600],
          ],
          [
            ['Glucose', 20],
            ['5.6', 312],
            ['mmol/L', 480],
            ['3.9-6.1', 600],
          ],
          [
            ['Chloride', 20],
            ['5.9', 312],
            ['mmol/L', 480],
            ['1.1-1.3', 600],
          ],
        ]),
      ),
    );
  it.each(['138', '171'])('sodium %s is read whole', (value) => {
    const na = panel(value).results.find((r) => r.code === 'na');
    expect(na?.valueText).toBe(value);
  });
});
