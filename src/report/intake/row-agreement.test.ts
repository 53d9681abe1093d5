import { describe, expect, it } from 'vitest';
import type { LabResult } from '../types.js';
import type { OcrLine } from './ocr-lines.js';
import { flagCellEmpty, flagColumn, printedRanges, rowAgreement, rowMarker, thousandsDoubt, valueSpan } from './row-agreement.js';

const row = (
  code: string,
  valueText: string,
  unit: string | undefined,
  range?: [number | undefined, number | undefined, string],
): Pick<LabResult, 'code' | 'value' | 'valueText' | 'unit' | 'range' | 'specimen'> => ({
  code,
  value: Number(valueText.replace(/^[<>≤≥]=?/, '')),
  valueText,
  unit,
  range: range ? { low: range[0], high: range[1], text: range[2], origin: 'report' } : undefined,
});

/** A line of words, each at its x position on the page (10 px per character). */
function line(cells: [string, number][], y = 100): OcrLine {
  let text = '';
  const spans: OcrLine['spans'] = [];
  for (const [c, x] of cells) {
    if (text) text += '    ';
    spans.push({ start: text.length, end: text.length + c.length, confidence: 95, x0: x, x1: x + 10 * c.length });
    text += c;
  }
  return { text, spans, y0: y, y1: y + 20 };
}

describe('rowMarker: the flag a row prints for its value', () => {
  it('reads the flag after the value, glued or apart, and a critical one', () => {
    expect(rowMarker('Fibrinogen (Clauss)   14   g/L   (19-43)   L', '14')).toEqual({ side: 'low', critical: false });
    expect(rowMarker('Glucose 空腹血糖   6.8   3.9L   20L   mmol/L   3.9 - 6.0', '20')).toEqual({ side: 'low', critical: false });
    expect(rowMarker('NT-proBNP   3,420   pg/mL   H   <125', '3420')).toEqual({ side: 'high', critical: false });
    expect(rowMarker('Potassium   6.9   HH   mmol/L   3.5-5.1', '6.9')?.critical).toBe(true);
  });
  it('finds none where the row prints none, and never a previous result’s flag', () => {
    expect(rowMarker('CEA   21   ng/mL   <5.0', '21')).toBeUndefined();
    expect(rowMarker('Potassium   4.0   6.9 H   3.5-5.1', '4.0')).toBeUndefined();
    expect(rowMarker('血钾   mmol/L   3.5-5.3   6.9 ↑↑   4.4   4.2', '4.4')).toBeUndefined();
    expect(rowMarker('Glucose   ↑ 9.62   mmol/L   3.9-6.1', '9.62')).toEqual({ side: 'high', critical: false });
  });
  it('locates a value printed with a thousands comma, not inside another number', () => {
    expect(valueSpan('NT-proBNP   3,420   pg/mL', '3420')).toEqual({ start: 12, end: 17 });
    expect(valueSpan('Albumin   3.5-5.0   34 L', '5')).toBeUndefined();
  });
});

describe('rowAgreement: the value against its own row', () => {
  it('a flag the printed range contradicts is a misread value (a lost point: "2.4 L" read 24)', () => {
    expect(rowAgreement(row('wbc', '24', '10^9/L', [4, 10, '4.0-10.0']), { side: 'low', critical: false }, { emptyFlagCell: false, doubted: true }).kind).toBe(
      'disagrees',
    );
    expect(rowAgreement(row('alb', '34', 'g/dL', [3.5, 5, '3.5-5.0']), { side: 'low', critical: false }, { emptyFlagCell: false, doubted: true }).kind).toBe(
      'disagrees',
    );
  });
  it('a flag the value agrees with, on either range, stands', () => {
    expect(rowAgreement(row('wbc', '2.4', '10^9/L', [4, 10, '4.0-10.0']), { side: 'low', critical: false }, { emptyFlagCell: false, doubted: true }).kind).toBe(
      'agrees',
    );
    // The printed range misread ("05-20" for 0.5-2.0): the bundled range agrees with the lab's H.
    expect(rowAgreement(row('lac', '2.4', 'mmol/L', [5, 20, '05-20']), { side: 'high', critical: false }, { emptyFlagCell: false, doubted: true }).kind).toBe(
      'agrees',
    );
    // A value on the lab's own limit, flagged: labs flag their limits either way.
    expect(
      rowAgreement(row('cr', '1.3', 'mg/dL', [0.7, 1.3, '0.7-1.3']), { side: 'high', critical: false }, { emptyFlagCell: false, doubted: true }).kind,
    ).toBe('agrees');
  });
  it('the bundled range alone contradicts a flag only from its other side (ours is not the lab’s range)', () => {
    // Haematocrit 46.8 H: normal by our 35-50, high by the lab's 36-46 (not read) — not judged.
    expect(rowAgreement(row('hct', '46.8', '%'), { side: 'high', critical: false }, { emptyFlagCell: false, doubted: false }).kind).toBe('unjudged');
    // Fibrinogen 14 g/L flagged L: high on every range we have — a lost point.
    expect(rowAgreement(row('fib', '14', 'g/L'), { side: 'low', critical: false }, { emptyFlagCell: false, doubted: true }).kind).toBe('disagrees');
  });
  it('an empty flag cell beside a doubtful value outside its printed range is a doubt; a confident one stands', () => {
    const cea = row('cea', '21', 'ng/mL', [undefined, 5, '<5.0']);
    expect(rowAgreement(cea, undefined, { emptyFlagCell: true, doubted: true })).toEqual({ kind: 'disagrees', why: 'unflagged' });
    expect(rowAgreement(cea, undefined, { emptyFlagCell: true, doubted: false }).kind).toBe('agrees');
    expect(rowAgreement(cea, undefined, { emptyFlagCell: false, doubted: true }).kind).toBe('agrees');
    // Inside its range: nothing to doubt.
    expect(rowAgreement(row('cea', '2.1', 'ng/mL', [undefined, 5, '<5.0']), undefined, { emptyFlagCell: true, doubted: true }).kind).toBe('agrees');
  });
});

describe('thousandsDoubt: a thousands comma read as a point', () => {
  it('three decimals beside a whole-number range, the two readings on different sides', () => {
    // The row votes for the x1000 reading by the flag it prints ("1.862 H" beside <450).
    expect(
      rowAgreement(row('ntprobnp', '1.862', 'pg/mL', [undefined, 450, '<450']), { side: 'high', critical: false }, { emptyFlagCell: false, doubted: false }),
    ).toEqual({ kind: 'disagrees', why: 'thousands' });
    expect(thousandsDoubt(row('ntprobnp', '1.862', 'pg/mL', [undefined, 450, '<450']), { side: 'high', critical: false })).toBe(true);
  });
  it('review s32: a true small value beside a whole-number range is no thousands group (a leading 0; no vote of the row)', () => {
    const none = { emptyFlagCell: false, doubted: false };
    // a17 / a25 PSA, a18 troponin I, a19 CRP: a thousands group never starts with 0.
    expect(rowAgreement(row('psa', '0.012', 'ng/mL', [0, 4, '0-4']), undefined, none).kind).toBe('agrees');
    expect(rowAgreement(row('psa', '0.015', 'ng/mL', [0, 4, '0-4']), undefined, none).kind).toBe('agrees');
    expect(rowAgreement(row('ctni', '0.034', 'ng/mL', [undefined, 1, '<1']), undefined, none).kind).toBe('agrees');
    expect(rowAgreement(row('crp', '0.125', 'mg/dL', [undefined, 1, '<1']), undefined, none).kind).toBe('agrees');
    // Three decimals with a non-zero lead but no vote of the row: no flag printed and normal by ours as read.
    expect(thousandsDoubt(row('ntprobnp', '1.862', 'pg/mL', [undefined, 450, '<450']))).toBe(false);
    // A flag on the as-read side is no vote for x1000.
    expect(thousandsDoubt(row('wbc', '2.500', 'x10^9/L', [4, 10, '4-10']), { side: 'low', critical: false })).toBe(false);
  });
  it('review s32 a20: a flag any of several printed ranges agrees with agrees; none agreeing is unjudged', () => {
    const lineText = 'Hemoglobin   160   H   g/L   M 130-175   F 115-150';
    const hb = row('hgb', '160', 'g/L', [130, 175, '130-175']);
    expect(printedRanges(lineText, '160').map((p) => [p.low, p.high])).toEqual([
      [130, 175],
      [115, 150],
    ]);
    expect(rowAgreement(hb, { side: 'high', critical: false }, { emptyFlagCell: false, doubted: false, lineText }).kind).toBe('agrees');
    // A side-by-side table's divider ends the row: the next row's range is no range of this one.
    expect(printedRanges('钾 K   3.12   mmol/L   3.50-5.30   |   钠 Na   141   mmol/L   137-147', '3.12')).toHaveLength(1);
    // Flag low: no range agrees — unjudged, never withheld.
    expect(rowAgreement(hb, { side: 'low', critical: false }, { emptyFlagCell: false, doubted: false, lineText }).kind).toBe('unjudged');
    // One range only: the flag rule as before ("2.4 L" read 24).
    expect(
      rowAgreement(
        row('k', '24', 'mmol/L', [3.5, 5.1, '3.5-5.1']),
        { side: 'low', critical: false },
        { emptyFlagCell: false, doubted: false, lineText: 'Potassium   24   L   mmol/L   3.5-5.1' },
      ),
    ).toEqual({ kind: 'disagrees', why: 'flag' });
  });
  it('not where the range prints decimals or both readings agree', () => {
    expect(
      rowAgreement(row('tsh', '0.012', 'mIU/L', [0.27, 4.2, '0.27-4.20']), { side: 'low', critical: false }, { emptyFlagCell: false, doubted: false }).kind,
    ).toBe('agrees');
    expect(rowAgreement(row('ntprobnp', '1.862', 'pg/mL', [undefined, 1, '<1']), undefined, { emptyFlagCell: false, doubted: false }).kind).toBe('agrees');
  });
});

describe('flagColumn / flagCellEmpty: where the page prints its flags', () => {
  // Name at 0, value at 200, flag at 300, unit at 400, range at 500.
  const rows = [
    line([
      ['WBC', 0],
      ['2.31', 200],
      ['↓', 300],
      ['10^9/L', 400],
      ['3.5-9.5', 500],
    ]),
    line([
      ['RBC', 0],
      ['2.86', 200],
      ['↓', 300],
      ['10^12/L', 400],
      ['3.8-5.1', 500],
    ]),
  ];
  const band = flagColumn(rows.map((l, k) => ({ line: l, valueText: ['2.31', '2.86'][k] })));
  it('reads the band from the flag words of two rows', () => {
    expect(band).toEqual({ x0: 300, x1: 310 });
  });
  it('a row with nothing under the band has an empty flag cell; a misread flag fills it', () => {
    expect(
      flagCellEmpty(
        line([
          ['PLT', 0],
          ['21', 200],
          ['10^9/L', 400],
          ['150-400', 500],
        ]),
        '21',
        band!,
      ),
    ).toBe(true);
    expect(
      flagCellEmpty(
        line([
          ['PLT', 0],
          ['21', 200],
          ['儿', 302],
          ['10^9/L', 400],
          ['150-400', 500],
        ]),
        '21',
        band!,
      ),
    ).toBe(false);
    // A flag glued to the value ("9.621" for "9.62↑") reaching into the band leaves the cell empty.
    expect(
      flagCellEmpty(
        line([
          ['GLU', 0],
          ['9.62111111', 200],
          ['mmol/L', 400],
          ['3.9-6.1', 500],
        ]),
        '9.62111111',
        band!,
      ),
    ).toBe(true);
  });
  it('needs two flagged rows', () => {
    expect(flagColumn([{ line: rows[0], valueText: '2.31' }])).toBeUndefined();
  });
});
