import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseLabReport } from '../parse.js';
import { isPdf, itemsToLines, pdfTextPages, pdfToText } from './pdf.js';
import { firstFontOfTtc } from './ttc-font.js';

/** A hospital-style report page: a header, a table with columns at fixed x positions, a footnote. */
async function reportPdf(rows: string[][], o: { header: string; footnote: string; font?: Uint8Array; pages?: number }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = o.font ? await doc.embedFont(o.font, { subset: true }) : await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < (o.pages ?? 1); p++) {
    const page = doc.addPage([595, 842]);
    page.drawText(o.header, { x: 50, y: 790, size: 14, font });
    const cols = [50, 230, 330, 400];
    for (const [i, r] of rows.entries()) for (const [j, cell] of r.entries()) page.drawText(cell, { x: cols[j], y: 740 - i * 20, size: 10, font });
    page.drawText(o.footnote, { x: 50, y: 80, size: 8, font });
  }
  return doc.save();
}

const ROWS = [
  ['Test', 'Result', 'Unit', 'Reference'],
  ['Hemoglobin', '95', 'g/L', '130-175'],
  ['White blood cells', '6.2', '10^9/L', '3.5-9.5'],
  ['Glucose (fasting)', '7.9', 'mmol/L', '3.9-6.1'],
  ['Potassium', '6.8', 'mmol/L', '3.5-5.3'],
];

describe('PDF intake', () => {
  it('rebuilds table rows from positions so the text parser reads every result', async () => {
    const pdf = await reportPdf(ROWS, { header: 'City Hospital Laboratory Report', footnote: '* Results verified by the laboratory. Page 1 of 1' });
    expect(isPdf(pdf)).toBe(true);
    const text = await pdfToText(pdf, 'report.pdf');
    expect(text.split('\n').some((l) => /^Hemoglobin {4,}95 {4,}g\/L {4,}130-175$/.test(l))).toBe(true);
    const report = parseLabReport(text);
    const byName = Object.fromEntries(report.results.map((r) => [r.code ?? r.name, r]));
    expect(report.results).toHaveLength(4);
    expect(byName.HGB?.value ?? byName.Hb?.value ?? report.results[0].value).toBe(95);
    expect(report.results.some((r) => r.flag === 'critical-high' || r.flag === 'high')).toBe(true);
  });

  it('keeps pages apart and refuses what is not a PDF', async () => {
    const pdf = await reportPdf(ROWS.slice(0, 3), { header: 'Report', footnote: 'end', pages: 2 });
    expect(await pdfTextPages(pdf, 'two.pdf')).toHaveLength(2);
    await expect(pdfToText(new TextEncoder().encode('Hemoglobin 95 g/L'), 'notes.txt')).rejects.toThrow(/REPORT|not a PDF/);
    const empty = await (await PDFDocument.create()).save();
    await expect(pdfToText(empty, 'empty.pdf')).rejects.toThrow(/no pages|no text layer|unreadable/);
  });

  const CJK = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
  it.skipIf(!existsSync(CJK))('reads a Chinese report PDF (needs fonts-wqy-microhei: apt-get install fonts-wqy-microhei)', async () => {
    const rows = [
      ['项目', '结果', '单位', '参考范围'],
      ['血红蛋白', '95', 'g/L', '130-175'],
      ['血小板计数', '18', '10^9/L', '125-350'],
    ];
    const pdf = await reportPdf(rows, { header: '检验报告单', footnote: '本报告仅对所检标本负责', font: firstFontOfTtc(new Uint8Array(readFileSync(CJK))) });
    const report = parseLabReport(await pdfToText(pdf, '报告.pdf'));
    expect(report.results.map((r) => r.value)).toEqual([95, 18]);
  });

  it('groups items on one baseline and inserts column gaps', () => {
    const lines = itemsToLines([
      { str: '95', x: 230, y: 700, width: 12, height: 10 },
      { str: 'Hemoglobin', x: 50, y: 700.5, width: 60, height: 10 },
      { str: 'g/L', x: 330, y: 700, width: 15, height: 10 },
      { str: 'Glucose', x: 50, y: 680, width: 40, height: 10 },
    ]);
    // Session 6: a gap keeps the number of page columns it spans (one column ≈ 5.7 pt here), as a pasted printout.
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Hemoglobin {15,25}95 {10,20}g\/L$/);
    expect(lines[1]).toBe('Glucose');
  });

  it('keeps the page alignment of two tables side by side and a blank line where the page has one', () => {
    // report-texts-6 (in-sample): a long range left two columns before the right table's name, so the line was read
    // as one table ("13.5-17.5  BUN") and BUN and K were lost. Columns of 6 pt, rows 12 pt apart.
    const cell = (str: string, col: number, y: number) => ({ str, x: 40 + col * 6, y, width: str.length * 6, height: 10 });
    const lines = itemsToLines([
      cell('Hb', 0, 700),
      cell('14.1', 13, 700),
      cell('13.5-17.5', 38, 700),
      cell('BUN', 51, 700),
      cell('28 H', 64, 700),
      cell('Esterase', 0, 688),
      cell('MICROSCOPY', 0, 664),
    ]);
    expect(lines[0]).toMatch(/^Hb {8,}14\.1 {8,}13\.5-17\.5 {4}BUN {8,}28 H$/);
    expect(lines.slice(1)).toEqual(['Esterase', '', 'MICROSCOPY']);
    expect(parseLabReport(lines[0]).results.map((r) => r.code)).toEqual(['hgb', 'urea']);
  });
  it('starts every cell at its page column, so a cumulative table keeps the current value under its header', () => {
    // Session 44 (report-texts-44 rt44-17, in-sample): positions as pdf.js reports them for our render of a Taiwan
    // cumulative report. Each gap rounded to columns on its own drifted the rows a column left of the header, and the
    // previous collection's values (Na 139, LDL-C 131) were read as the current ones (141, 96).
    const at = (str: string, x: number, width: number, y: number) => ({ str, x, y, width, height: 11 });
    const row = (y: number, cells: [string, number][]) => cells.map(([str, width], j) => at(str, [40, 131.52, 234.48, 337.44, 394.64][j], width, y));
    const lines = itemsToLines([
      ...row(755.8, [
        ['檢驗項目', 44],
        ['前次 2024/03/02', 81.53],
        ['本次 2024/06/01', 81.53],
        ['單位', 22],
        ['參考值', 33],
      ]),
      ...row(738.2, [
        ['BUN', 22.53],
        ['28', 12.12],
        ['34', 12.12],
        ['mg/dL', 31.51],
        ['7-25', 21.72],
      ]),
      ...row(720.6, [
        ['Creatinine', 51.01],
        ['1.62', 21.12],
        ['1.88', 21.12],
        ['mg/dL', 31.51],
        ['0.7-1.3', 33.67],
      ]),
      ...row(703, [
        ['Na', 13.86],
        ['139', 18.18],
        ['141', 18.18],
        ['mmol/L', 38.41],
        ['136-145', 39.89],
      ]),
      ...row(685.4, [
        ['LDL-C', 28.5],
        ['131', 18.18],
        ['96', 12.12],
        ['mg/dL', 31.51],
        ['<100', 24.23],
      ]),
    ]);
    // Display columns (a CJK character counts two), as the table reader measures them.
    const col = (line: string, cell: string) => [...line.slice(0, line.indexOf(cell))].reduce((n, ch) => n + (/[\u3400-\u9fff]/.test(ch) ? 2 : 1), 0);
    const current = col(lines[0], '本次');
    expect(lines.slice(1).map((l, i) => col(l, ['34', '1.88', '141', '96'][i]))).toEqual([current, current, current, current]);
    const read = parseLabReport(lines.join('\n')).results;
    expect(read.map((r) => r.valueText)).toEqual(['34', '1.88', '141', '96']);
  });
});
