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

const wideChar = (ch: string): boolean => /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch);

/** Median width of one display column over the page's items (CJK characters count two), or 0. */
export function pageColumnWidth(items: readonly PdfTextItem[]): number {
  const per = items
    .map((i) => {
      const cols = [...i.str].reduce((n, ch) => n + (wideChar(ch) ? 2 : 1), 0);
      return cols ? i.width / cols : 0;
    })
    .filter((w) => w > 0)
    .sort((a, b) => a - b);
  return per.length ? per[Math.floor(per.length / 2)] : 0;
}

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
  // The page's typical width of one column of text (a Latin character; a CJK one counts two), so a gap can be
  // kept as the number of columns it spans: the text keeps the page's alignment, as a pasted printout does.
  const unit = pageColumnWidth(visible);
  // Row pitch: the usual distance between baselines; a gap of about two rows is a blank line on the page.
  const steps = rows
    .slice(1)
    .map((r, i) => rows[i][0].y - r[0].y)
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  const pitch = steps.length ? steps[Math.floor((steps.length - 1) / 2)] : 0;
  // The page's left edge: a cell's start is kept as the page column it stands in (session 44), so cells of one table
  // column start at one text column on every row, however each row's earlier gaps round.
  const left = Math.min(...visible.map((i) => i.x));
  const out: string[] = [];
  rows.forEach((row, i) => {
    if (i > 0 && pitch > 0 && rows[i - 1][0].y - row[0].y > 1.7 * pitch) out.push('');
    out.push(rowText(row, unit, left));
  });
  return out;
}

/** Display columns of a text (a CJK character counts two, as the text parser's column spans do). */
const displayCols = (text: string): number => [...text].reduce((n, ch) => n + (wideChar(ch) ? 2 : 1), 0);

/**
 * One row's items left to right, gaps kept as the page columns they span. A column break (a gap of more than 1.5
 * characters) pads the text to the page column where the cell stands (its x from the page's left edge), not by the
 * gap alone: a gap rounded to columns drifts a column or two per cell, so on a cumulative table (前次 / 本次) the
 * current value of a row could end a column before the "本次" header starts and be read as no column's, or as the
 * previous one's (report-texts-44 rt44-17: Na 139 and LDL 131 of the previous collection shown as current).
 */
function rowText(row: PdfTextItem[], unit: number, left: number): string {
  const cells = row.sort((a, b) => a.x - b.x);
  let line = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const c of cells) {
    const gap = c.x - end;
    const charW = c.str.length ? c.width / c.str.length : c.height / 2;
    // Where the cell starts on the page, in columns, less the text already written: the spaces that align it.
    const toCol = unit ? Math.round((c.x - left) / unit) - displayCols(line) : 0;
    // A wide gap is a column break: at least two spaces (four for a very wide one — two tables side by side),
    // or as many as align the cell with its page column (at most 120).
    if (line)
      line +=
        gap > 6 * Math.max(charW, 2)
          ? ' '.repeat(Math.max(4, Math.min(toCol, 120)))
          : gap > 1.5 * Math.max(charW, 2)
            ? ' '.repeat(Math.max(2, Math.min(toCol, 120)))
            : gap > 0.15 * Math.max(charW, 2)
              ? ' '
              : '';
    line += c.str;
    end = c.x + c.width;
  }
  return line.trimEnd();
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
