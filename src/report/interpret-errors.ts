import { defineErrors } from '../core/errors.js';

export const interpretErrors = defineErrors({
  REPORT_INPUT_EMPTY: {
    status: 400,
    message: (a: { source: string }) => `${a.source} is empty; paste the lab report text (one result per line: name, value, unit, reference range)`,
  },
  REPORT_INPUT_UNREADABLE: {
    status: 400,
    message: (a: { file: string; reason: string }) => `cannot read ${a.file}: ${a.reason}`,
  },
  REPORT_FILE_UNSUPPORTED: {
    status: 415,
    message: (a: { source: string; reason: string }) => `cannot read a lab report from ${a.source}: ${a.reason}`,
  },
  REPORT_FILE_TOO_LARGE: {
    status: 413,
    message: (a: { limitMb: number }) =>
      `the uploaded file is larger than ${a.limitMb} MB; send one report (a PDF, or a photo of each page as JPEG/PNG — a phone photo is usually 2–5 MB)`,
  },
  REPORT_FILE_MISSING: {
    status: 400,
    message: (_a: Record<string, never>) => 'the multipart upload has no "file" field; send the report as form field "file" (PDF, PNG or JPEG)',
  },
  REPORT_OCR_UNAVAILABLE: {
    status: 503,
    message: (a: { reason: string }) => `image OCR is not available: ${a.reason}`,
  },
  REPORT_NO_RESULTS: {
    status: 400,
    message: (a: { source: string; lines: number; skipped: string }) =>
      `no lab results recognised in ${a.source} (${a.lines} lines${a.skipped ? `; e.g. ${a.skipped}` : ''}); expected lines like "血红蛋白 85 g/L 115-150" or "Hemoglobin 8.5 g/dL 12.0-15.5"`,
  },
});
