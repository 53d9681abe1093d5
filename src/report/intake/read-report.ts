// One entry for every report file a user has: a PDF with a text layer (positions → table lines), a scanned PDF
// (pages rendered, then OCR), a photo or scan image (OCR), or plain text. The type is decided by magic bytes, not
// the file name. OCR keeps each line's word confidences so parseReportDocument can mark values that were not read
// with confidence: "check" (flag kept, reader asked to compare with the paper) or "unreadable" (no flag at all —
// a critical value is never guessed from a smudge).
import { decodeText } from '../../core/encoding.js';
import { analyteByCode } from '../../knowledge/reference-ranges.js';
import { interpretErrors } from '../interpret-errors.js';
import { parseLabReport, type ParseLabOptions } from '../parse.js';
import type { LabReport, LabResult } from '../types.js';
import { spanConfidence, valueConfidence, type OcrLine } from './ocr-lines.js';
import { repairNames } from './ocr-names.js';
import { isPdf, pdfTextPages, renderPdfPages } from './pdf.js';

export type ReportSourceKind = 'text' | 'pdf-text' | 'pdf-ocr' | 'image-ocr';

export interface ReportDocument {
  name: string;
  kind: ReportSourceKind;
  /** The report as lines of text (pages separated by a blank line). */
  text: string;
  pages: number;
  /** For OCR'd input: the OCR line behind each text line (index = line number - 1), and page-level facts. */
  ocr?: { lines: (OcrLine | undefined)[]; confidence: number; skew: number[] };
}

export interface ReadReportOptions {
  /** Pages of a scanned PDF to OCR at most (default 10). */
  maxOcrPages?: number;
}

/** Accepted upload types, for error messages and the API's 415 answer. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'text/plain'] as const;

/** Below this word confidence a value is not trusted at all; below CHECK it is shown as "please check". */
export const UNREADABLE_BELOW = 55;
export const CHECK_BELOW = 80;

function joinPages(pages: { lines: OcrLine[] }[]): { text: string; lines: (OcrLine | undefined)[] } {
  const lines: (OcrLine | undefined)[] = [];
  pages.forEach((p, i) => {
    if (i > 0) lines.push(undefined);
    lines.push(...p.lines.map(repairNames));
  });
  return { text: lines.map((l) => l?.text ?? '').join('\n'), lines };
}

/** Read a report file's bytes into text (with OCR where the file is an image or a scan). */
export async function readReportBytes(bytes: Uint8Array, name: string, o: ReadReportOptions = {}): Promise<ReportDocument> {
  if (bytes.length === 0) throw interpretErrors.REPORT_INPUT_EMPTY({ source: name });
  if (isPdf(bytes)) {
    const pages = await pdfTextPages(bytes, name);
    const text = pages.join('\n\n').trim();
    if (text) return { name, kind: 'pdf-text', text, pages: pages.length };
    // No text layer: a scan. Render and OCR each page.
    const { ocrDrawable } = await import('./ocr.js');
    const ocrPages: Awaited<ReturnType<typeof ocrDrawable>>[] = [];
    await renderPdfPages(
      bytes,
      async (canvas) => {
        ocrPages.push(await ocrDrawable(canvas));
      },
      { sourceName: name, maxPages: o.maxOcrPages ?? 10 },
    );
    const joined = joinPages(ocrPages);
    return {
      name,
      kind: 'pdf-ocr',
      text: joined.text,
      pages: ocrPages.length,
      ocr: { lines: joined.lines, confidence: mean(ocrPages.map((p) => p.confidence)), skew: ocrPages.map((p) => p.skew) },
    };
  }
  const { imageKind, ocrImage } = await import('./ocr.js');
  if (imageKind(bytes)) {
    const page = await ocrImage(bytes, name);
    const joined = joinPages([page]);
    return { name, kind: 'image-ocr', text: joined.text, pages: 1, ocr: { lines: joined.lines, confidence: page.confidence, skew: [page.skew] } };
  }
  // Text: refuse binary files rather than parsing their bytes as a report.
  if (bytes.subarray(0, 4096).includes(0))
    throw interpretErrors.REPORT_FILE_UNSUPPORTED({ source: name, reason: `not a PDF, PNG, JPEG, WebP or text file (accepted: ${ACCEPTED_TYPES.join(', ')})` });
  return { name, kind: 'text', text: decodeText(bytes).text, pages: 1 };
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Mark OCR'd values by the confidence of the words they were read from (pure). Unreadable values lose their
 * number and flag; a critical flag from a value read below CHECK_BELOW becomes unreadable too (the report then
 * says "could not read" instead of raising or hiding an alarm on a guess).
 */
export function applyReadConfidence(report: LabReport, lines: readonly (OcrLine | undefined)[]): LabReport {
  const results = report.results.map((result) => {
    let r = result;
    const line = lines[r.line - 1];
    if (!line) return r;
    const conf = valueConfidence(line, r.valueText);
    const confidence = conf === undefined ? 0 : Math.round(conf);
    const criticalCapable = r.code ? analyteByCode(r.code)?.critical !== undefined : false;
    // A printed range read with doubt (a lost decimal point: "3.5-53") must not decide the flag: the line is
    // re-read without it, so the bundled range and critical limits apply.
    const rangeConf = r.range?.origin === 'report' ? rangeConfidence(line, r.range.text) : undefined;
    if (rangeConf !== undefined && rangeConf < CHECK_BELOW && r.range) {
      const rest = line.text.replace(r.range.text, ' ');
      const again = parseLabReport(rest).results.find((x) => x.code === r.code && x.valueText === r.valueText);
      if (again) r = { ...r, flag: again.flag, range: again.range };
      else r = { ...r, flag: 'unknown', range: undefined };
    }
    // A lost decimal point ("48" for 4.8 beside a printed "3.5-5.5"): the value is re-read with the point where the
    // range's own precision puts it, and shown as "please check" — never as read. When the number as read would be
    // critical it is unreadable instead: a real extreme value is never hidden behind a guessed decimal point.
    const decimal = lostDecimal(r);
    let suspect = false;
    if (decimal && (r.flag === 'critical-high' || r.flag === 'critical-low')) {
      return { ...r, value: null, flag: 'unknown' as const, read: { confidence: Math.min(confidence, UNREADABLE_BELOW - 1), status: 'unreadable' as const } };
    }
    if (decimal) {
      const again = parseLabReport(line.text.replace(r.valueText, decimal)).results.find((x) => x.code === r.code && x.valueText === decimal);
      r = again ? { ...r, value: again.value, valueText: decimal, flag: again.flag, range: again.range ?? r.range } : { ...r, value: null, flag: 'unknown' };
      suspect = true;
    }
    const critical = r.flag === 'critical-high' || r.flag === 'critical-low';
    let status: 'ok' | 'check' | 'unreadable' = 'ok';
    if (conf === undefined || conf < CHECK_BELOW || suspect) status = 'check';
    if ((conf !== undefined && conf < UNREADABLE_BELOW) || (status === 'check' && (critical || (criticalCapable && conf === undefined)))) status = 'unreadable';
    if (status === 'unreadable') return { ...r, value: null, flag: 'unknown' as const, read: { confidence, status } };
    return { ...r, read: { confidence, status } };
  });
  return { ...report, results };
}

/**
 * A whole number read where the range is printed with decimals and the number is far above it, while the same digits
 * with the range's precision fall near it ("48" beside 3.5-5.5 → "4.8"): the decimal point was lost in the photo.
 * Returns the re-pointed value text, or undefined (pure).
 */
export function lostDecimal(r: Pick<LabResult, 'value' | 'valueText' | 'range'>): string | undefined {
  if (r.value === null || !/^\d{2,}$/.test(r.valueText) || r.range?.high === undefined) return undefined;
  const places = Math.max(0, ...[...r.range.text.matchAll(/\d\.(\d+)/g)].map((m) => m[1].length));
  if (places < 1 || places >= r.valueText.length) return undefined;
  const high = r.range.high;
  const low = r.range.low ?? 0;
  if (r.value <= 3 * high) return undefined;
  const candidate = r.value / 10 ** places;
  return candidate >= low * 0.3 && candidate <= high * 3 ? candidate.toFixed(places) : undefined;
}

/** Lowest character confidence of a printed range's text on the line (undefined when not found). */
function rangeConfidence(line: OcrLine, rangeText: string): number | undefined {
  const at = line.text.indexOf(rangeText);
  return at < 0 ? undefined : spanConfidence(line, at, at + rangeText.length);
}

/** Parse a read document; OCR'd values carry their read confidence. */
export function parseReportDocument(doc: ReportDocument, options: ParseLabOptions = {}): LabReport {
  const report = parseLabReport(doc.text, options);
  return doc.ocr ? applyReadConfidence(report, doc.ocr.lines) : report;
}
