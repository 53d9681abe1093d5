import { describe, expect, it } from 'vitest';
import { columnStarts, splitAtColumns } from './column-grid.js';
import { wordsToLines } from './ocr-lines.js';
import { pageWords } from '../../../test/helpers/page-words.js';
import { pageDocument, parseReportDocument } from './read-report.js';

// A serial table whose header prints the flag and unit titles two spaces apart: the line builder joins them into
// one cell ("提示 单位"), one column fewer than the rows (report-texts-36 rt36-21, texts of our own here).
const SERIAL = [
  '项目            本次(05-20)   提示  单位        参考区间       05-13      05-06',
  '钾(K)           3.02          ↓     mmol/L      3.50-5.30      3.61       3.95',
  '钠(Na)          119           ↓     mmol/L      137-147        126        131',
  '肌酐(Cr)        88                  μmol/L      57-111         92         97',
].join('\n');

describe('column grid (photo)', () => {
  it('finds the columns the rows start cells at', () => {
    const lines = wordsToLines(pageWords(SERIAL));
    expect(lines[0].text).toContain('提示 单位');
    expect(columnStarts(lines).length).toBeGreaterThanOrEqual(5);
  });

  it('puts back the cell gap a header lost, so the current column is read (older values were shown)', () => {
    const split = splitAtColumns(wordsToLines(pageWords(SERIAL)));
    expect(split[0]?.text).toMatch(/提示 {2,}单位/);
    const r = parseReportDocument(pageDocument('p.jpg', pageWords(SERIAL))).results;
    expect(r.map((x) => [x.code, x.valueText])).toEqual([
      ['k', '3.02'],
      ['na', '119'],
      ['crea', '88'],
    ]);
  });

  it('keeps a name, a label with its field and a number group whole', () => {
    const text = [
      'NHS No: 447  192  8830     DOB: 02/02/1961     Sex: M',
      'Test               Result     Units       Range',
      'Anion Gap          16         mmol/L      7-16',
      '总  胆红素         15.2       μmol/L      3.4-20.5',
      'Free T4            14.2       pmol/L      9.0-19.0',
    ].join('\n');
    const lines = wordsToLines(pageWords(text));
    const split = splitAtColumns(lines);
    expect(split.map((l) => l?.text)).toEqual(lines.map((l) => l.text));
    const r = parseReportDocument(pageDocument('p.jpg', pageWords(text))).results;
    expect(r.map((x) => [x.code, x.valueText])).toEqual([
      ['ag', '16'],
      ['tbil', '15.2'],
      ['ft4', '14.2'],
    ]);
  });

  it('leaves lines without word boxes unchanged', () => {
    const lines = [{ text: 'Sodium  139  mmol/L', spans: [{ start: 0, end: 6, confidence: 90 }] }];
    expect(splitAtColumns(lines)).toEqual(lines);
  });
});
