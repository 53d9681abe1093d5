import { describe, expect, it } from 'vitest';
import { parseLabReport } from '../parse.js';
import type { OcrLine } from './ocr-lines.js';
import { alignToPage, columnUnit, displayWidth } from './page-layout.js';

// A line built the way ocr-lines.ts builds one: cells as [text, x0] with 10 px per display column and the OCR
// separators (one space inside a cell, two between cells) whatever the page's gap was.
function line(cells: [string, number][]): OcrLine {
  let text = '';
  const spans: OcrLine['spans'] = [];
  cells.forEach(([t, x0], i) => {
    if (i > 0) text += '  ';
    spans.push({ start: text.length, end: text.length + t.length, confidence: 95, x0, x1: x0 + displayWidth(t) * 10 });
    text += t;
  });
  return { text, spans, y0: 0, y1: 20 };
}

// rt18-16's shape (a table of our own): a current and a prior result column, the flag beside the current one.
const PAGE = [
  line([
    ['Component', 0],
    ['Result', 340],
    ['Flag', 460],
    ['Result', 650],
    ['Reference Range / Units', 790],
  ]),
  line([
    ['Glucose', 0],
    ['212', 340],
    ['H', 460],
    ['118 H', 650],
    ['70 - 99 mg/dL', 790],
  ]),
  line([
    ['Sodium', 0],
    ['137', 340],
    ['139', 650],
    ['135 - 145 mmol/L', 790],
  ]),
  line([
    ['Potassium', 0],
    ['4.9', 340],
    ['4.4', 650],
    ['3.5 - 5.1 mmol/L', 790],
  ]),
];

describe('page layout from OCR word boxes', () => {
  it('measures the page column and counts CJK characters twice', () => {
    expect(displayWidth('血红蛋白 Hb')).toBe(11);
    expect(columnUnit(PAGE)).toBe(10);
  });

  it('puts every cell at its page column, keeping spans on their words', () => {
    const out = alignToPage(PAGE) as OcrLine[];
    const at = (l: OcrLine, w: string) => l.text.indexOf(w);
    expect(at(out[1], '212')).toBe(34);
    expect(at(out[2], '137')).toBe(34);
    expect(at(out[2], '139')).toBe(65);
    expect(at(out[1], '118 H')).toBe(65);
    for (const l of out) for (const s of l.spans) expect(l.text.slice(s.start, s.end).trim()).toBe(l.text.slice(s.start, s.end));
    expect(out[2].text.slice(out[2].spans[1].start, out[2].spans[1].end)).toBe('137');
  });

  it('lets the header decide the current result: the prior column is no value', () => {
    const after = parseLabReport((alignToPage(PAGE) as OcrLine[]).map((l) => l.text).join('\n')).results;
    const value = (rs: typeof after, code: string) => rs.find((r) => r.code === code)?.valueText;
    expect(value(after, 'glu')).toBe('212');
    expect(value(after, 'na')).toBe('137');
    expect(value(after, 'k')).toBe('4.9');
    expect(after.find((r) => r.code === 'k')?.flag).toBe('normal');
  });

  it('trusts no header whose unknown cell stands before the value column (a misread "Result")', () => {
    // rt18-16's photo read the current column's header "Resuit": the known "Result" was the prior column.
    const misread = [
      line([
        ['Component', 0],
        ['Resuit', 340],
        ['Flag', 460],
        ['Result', 650],
        ['Reference Range / Units', 790],
      ]),
      ...PAGE.slice(1),
    ];
    const rs = parseLabReport((alignToPage(misread) as OcrLine[]).map((l) => l.text).join('\n')).results;
    expect(rs.find((r) => r.code === 'glu')?.valueText).toBe('212');
    expect(rs.find((r) => r.code === 'na')?.valueText).toBe('137');
    expect(rs.find((r) => r.code === 'k')?.valueText).toBe('4.9');
  });

  it('keeps one-space words and CJK joins inside a cell, never shrinks a gap, and leaves unmeasurable pages alone', () => {
    const l: OcrLine = { text: '血红蛋白 Hb    45', spans: [], y0: 0, y1: 20 };
    l.spans = [
      { start: 0, end: 4, confidence: 90, x0: 0, x1: 80 },
      { start: 5, end: 7, confidence: 90, x0: 90, x1: 110 },
      { start: 11, end: 13, confidence: 90, x0: 120, x1: 140 },
    ];
    const page = [l, l, l];
    const out = alignToPage(page) as OcrLine[];
    expect(out[0].text.startsWith('血红蛋白 Hb')).toBe(true);
    expect(out[0].text.indexOf('45') - out[0].text.indexOf('Hb')).toBeGreaterThanOrEqual(6);
    const bare: OcrLine = { text: 'K 4.2', spans: [{ start: 0, end: 1, confidence: 90 }], y0: 0, y1: 1 };
    expect(alignToPage([bare])).toEqual([bare]);
  });
});
