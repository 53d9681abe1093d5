// PDF intake for lab reports: the text layer with positions (pdf.js), rebuilt into the lines a printed report
// shows — items on one baseline form a row, sorted left to right, and a wide horizontal gap becomes a column
// break (two spaces), so "Hemoglobin   95   g/L   130-175" reaches the text parser as it reads on paper. Scanned
// pages without a text layer are rendered (renderPdfPages) and go through OCR (read-report.ts).
import { readFileSync } from 'node:fs';
import { interpretErrors } from '../interpret-errors.js';
import { importOcrModule } from './ocr-extra.js';

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
      // A very wide gap (two tables side by side) becomes four spaces, so the parser can cut the line in two.
      if (line) line += gap > 6 * Math.max(charW, 2) ? '    ' : gap > 1.5 * Math.max(charW, 2) ? '  ' : gap > 0.15 * Math.max(charW, 2) ? ' ' : '';
      line += c.str;
      end = c.x + c.width;
    }
    return line.trimEnd();
  });
}

type PdfDoc = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs')['getDocument']>['promise']>;

async function openPdf(data: Uint8Array, sourceName: string): Promise<PdfDoc> {
  if (!isPdf(data)) throw interpretErrors.REPORT_FILE_UNSUPPORTED({ source: sourceName, reason: 'not a PDF (no %PDF header)' });
  // The legacy build runs in Node without a DOM; loaded on demand so text reports never pay for it.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
    return await pdfjs.getDocument({ data: data.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (err) {
    throw interpretErrors.REPORT_FILE_UNSUPPORTED({ source: sourceName, reason: `unreadable PDF: ${(err as Error).message}` });
  }
}

/** Each page's text-layer lines joined by newlines ('' for a page without a text layer, e.g. a scan). */
export async function pdfTextPages(input: string | Uint8Array, sourceName = 'PDF'): Promise<string[]> {
  const data = typeof input === 'string' ? new Uint8Array(readFileSync(input)) : new Uint8Array(input);
  const doc = await openPdf(data, sourceName);
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
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * Render pages to canvases (pdf.js draws with @napi-rs/canvas in Node) at about `targetWidth` pixels wide, for
 * OCR of scanned pages. Calls `onPage` with each page's canvas in turn and stops after `maxPages`.
 */
export async function renderPdfPages(
  input: Uint8Array,
  onPage: (canvas: { width: number; height: number }, pageNo: number) => Promise<void>,
  o: { sourceName?: string; targetWidth?: number; maxPages?: number; pages?: readonly number[] } = {},
): Promise<void> {
  const doc = await openPdf(new Uint8Array(input), o.sourceName ?? 'PDF');
  try {
    // @ts-ignore -- optional extra (npm run ocr:install): absent in a default install, typed when present
    const { createCanvas } = await importOcrModule('@napi-rs/canvas', () => import('@napi-rs/canvas'));
    const wanted = o.pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1);
    for (const p of wanted.slice(0, o.maxPages ?? 20)) {
      const page = await doc.getPage(p);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (o.targetWidth ?? 1700) / base.width });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
      await onPage(canvas, p);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}

/** All pages' lines, pages separated by a blank line (several reports in one file stay apart). */
export async function pdfToText(input: string | Uint8Array, sourceName = 'PDF'): Promise<string> {
  const text = (await pdfTextPages(input, sourceName)).join('\n\n').trim();
  if (!text)
    throw interpretErrors.REPORT_FILE_UNSUPPORTED({ source: sourceName, reason: 'the PDF has no text layer (a scan?): upload it as an image instead' });
  return text;
}
