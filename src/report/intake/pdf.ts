// PDF intake for lab reports: the text layer with positions (pdf.js), rebuilt into the lines a printed report
// shows — items on one baseline form a row, sorted left to right, and a wide horizontal gap becomes a column
// break (two spaces), so "Hemoglobin   95   g/L   130-175" reaches the text parser as it reads on paper. Scanned
// PDFs without a text layer are refused with a clear error (image intake is the route for photos and scans).
import { readFileSync } from 'node:fs';
import { interpretErrors } from '../interpret-errors.js';

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Does this look like a PDF (by its magic bytes, not its name)? */
export const isPdf = (bytes: Uint8Array): boolean => bytes.length > 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;

/** Group positioned text items into lines of one page (pure; exported for tests). */
export function itemsToLines(items: readonly PdfTextItem[]): string[] {
  const visible = items.filter((i) => i.str.trim() !== '');
  if (visible.length === 0) return [];
  // Rows: items whose baselines are within half a line height of the row's first item.
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const it of sorted) {
    const row = rows.at(-1);
    const tol = Math.max(2, 0.5 * Math.max(it.height, row?.[0].height ?? 0));
    if (row && Math.abs(row[0].y - it.y) <= tol) row.push(it);
    else rows.push([it]);
  }
  return rows.map((row) => {
    const cells = row.sort((a, b) => a.x - b.x);
    let line = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const c of cells) {
      const gap = c.x - end;
      const charW = c.str.length ? c.width / c.str.length : c.height / 2;
      if (line) line += gap > 1.5 * Math.max(charW, 2) ? '  ' : gap > 0.15 * Math.max(charW, 2) ? ' ' : '';
      line += c.str;
      end = c.x + c.width;
    }
    return line.trimEnd();
  });
}

/** All pages' lines, pages separated by a blank line (several reports in one file stay apart). */
export async function pdfToText(input: string | Uint8Array, sourceName = 'PDF'): Promise<string> {
  const data = typeof input === 'string' ? new Uint8Array(readFileSync(input)) : new Uint8Array(input);
  if (!isPdf(data)) throw interpretErrors.REPORT_FILE_UNSUPPORTED({ source: sourceName, reason: 'not a PDF (no %PDF header)' });
  // The legacy build runs in Node without a DOM; loaded on demand so text reports never pay for it.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (err) {
    throw interpretErrors.REPORT_FILE_UNSUPPORTED({ source: sourceName, reason: `unreadable PDF: ${(err as Error).message}` });
  }
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], width: it.width, height: it.height || Math.abs(it.transform[3]) });
      }
      pages.push(itemsToLines(items).join('\n'));
    }
    const text = pages.join('\n\n').trim();
    if (!text)
      throw interpretErrors.REPORT_FILE_UNSUPPORTED({ source: sourceName, reason: 'the PDF has no text layer (a scan?): upload it as an image instead' });
    return text;
  } finally {
    await doc.destroy();
  }
}
