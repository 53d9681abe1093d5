import { describe, expect, it } from 'vitest';
import { pageDocument, parseReportDocument } from './read-report.js';
import type { OcrWord } from './ocr-lines.js';
import { cutSideBySide, headerCells, tableStarts } from './page-columns.js';

// Words placed as Tesseract boxes them (texts of our own, laid out like report-texts-16 r11, in-sample): two tables
// side by side whose rows leave only a narrow gap between the first table's range and the second table's name.
const H = 30;
const word = (text: string, x0: number, y: number, width = text.length * 18): OcrWord => ({
  text,
  confidence: 95,
  chars: [...text].map(() => 95),
  x0,
  x1: x0 + width,
  y0: y,
  y1: y + H,
});
const row = (y: number, cells: [string, number][]) => cells.map(([t, x]) => word(t, x, y));
const header = row(100, [
  ['项目', 50],
  ['结果', 280],
  ['单位', 420],
  ['参考值', 620],
  ['项目', 820],
  ['结果', 1075],
  ['单位', 1220],
  ['参考值', 1345],
]);
// The gap between "3.50-5.30" (ends at 779) and "脂蛋白(a)" is 41 px: a column break, not a second-table gap.
const body = [
  ...row(150, [
    ['钾', 45],
    ['4.12', 272],
    ['mmol/L', 417],
    ['3.50-5.30', 617],
    ['脂蛋白(a)', 820],
    ['486', 1076],
    ['mg/L', 1221],
    ['<300', 1349],
  ]),
  ...row(200, [
    ['钠', 42],
    ['139.6', 274],
    ['mmol/L', 416],
    ['137.0-147.0', 580],
    ['高密度脂蛋白', 800],
    ['0.86', 1075],
    ['mmol/L', 1219],
    ['1.04-2.00', 1348],
  ]),
];

describe('the page header says where a second table starts', () => {
  it('reads the header cells and their roles, and the x where the second table opens', () => {
    const doc = pageDocument('p.jpg', [...header, ...body]);
    const cells = headerCells(doc.ocr?.lines[0] ?? { text: '', spans: [] });
    expect(cells?.map((c) => c.role)).toEqual(['name', 'value', 'unit', 'range', 'name', 'value', 'unit', 'range']);
    expect(tableStarts(cells ?? [])).toHaveLength(1);
    // A result row is no header; a header of one table opens no second one.
    expect(headerCells(doc.ocr?.lines[1] ?? { text: '', spans: [] })).toBeUndefined();
    expect(tableStarts(headerCells(pageDocument('q.jpg', header.slice(0, 4)).ocr?.lines[0] ?? { text: '', spans: [] }) ?? [])).toEqual([]);
    // A name-like column after the table with no value column of its own ("Lab" site codes) opens no second table.
    const lab = row(100, [
      ['Test', 50],
      ['Result', 280],
      ['Units', 420],
      ['Lab', 820],
    ]);
    expect(tableStarts(headerCells(pageDocument('l.jpg', lab).ocr?.lines[0] ?? { text: '', spans: [] }) ?? [])).toEqual([]);
  });

  it('cuts every row under it there, so both tables are read', () => {
    const doc = pageDocument('p.jpg', [...header, ...body]);
    const cut = cutSideBySide(doc.ocr?.lines ?? []);
    expect(cut[1]?.text).toContain('3.50-5.30    脂蛋白(a)');
    // Spans follow the text: each word is still where its span says.
    for (const l of cut) for (const s of l?.spans ?? []) expect(l?.text.slice(s.start, s.end).trim()).not.toBe('');
    const r = parseReportDocument(doc).results.map((x) => [x.code ?? x.name, x.valueText]);
    expect(r).toEqual([
      ['k', '4.12'],
      ['脂蛋白(a)', '486'],
      ['na', '139.6'],
      ['hdl', '0.86'],
    ]);
  });

  it('leaves a page of one table, and lines without word boxes, as they were', () => {
    const one = pageDocument('o.jpg', [
      ...header.slice(0, 4),
      ...row(150, [
        ['钾', 45],
        ['4.12', 272],
        ['mmol/L', 417],
        ['3.50-5.30', 617],
      ]),
    ]);
    expect(cutSideBySide(one.ocr?.lines ?? [])).toEqual(one.ocr?.lines);
    const bare = [{ text: '项目  结果  单位', spans: [{ start: 0, end: 2, confidence: 90 }] }];
    expect(cutSideBySide(bare)).toEqual(bare);
  });
});
