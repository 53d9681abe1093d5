// `quarkmed report interpret`: read the report (text, PDF, photo), parse and flag it, stream the cited explanation.
// Imported only when the command runs (report.ts registers it).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { printJson } from '../../action.js';
import type { AnswerContextFlags } from '../../answer-options.js';
import { printAnswerFooter, streamAnswerText, withAnswerContext } from '../../answer-session.js';
import { interpretErrors } from '../../../report/interpret-errors.js';
import { closeOcr } from '../../../report/intake/ocr.js';
import { parseReportDocument, readReportBytes, type ReportDocument } from '../../../report/intake/read-report.js';
import { streamReportInterpretation } from '../../../report/interpret.js';
import { addModelHint } from '../../../models/model-hint.js';
import { systemLocale } from '../../locale.js';

export interface InterpretFlags extends AnswerContextFlags {
  json?: boolean;
  budget?: number;
  locale?: string;
}

/**
 * The report from a text file (any common encoding, e.g. GB18030 exports), a PDF (text layer, or OCR for a scan),
 * a photo (PNG/JPEG/WebP, OCR), or stdin ("-").
 */
async function readReport(file: string): Promise<ReportDocument> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw interpretErrors.REPORT_INPUT_UNREADABLE({ file, reason });
  }
  const name = file === '-' ? 'stdin' : basename(file);
  try {
    return await readReportBytes(new Uint8Array(bytes), name);
  } finally {
    await closeOcr();
  }
}

export async function runInterpret(file: string, flags: InterpretFlags): Promise<void> {
  const doc = await readReport(file);
  const { text, name } = doc;
  if (!text.trim()) throw interpretErrors.REPORT_INPUT_EMPTY({ source: name });
  await withAnswerContext(flags, async (ctx, signal) => {
    const { report, events } = await streamReportInterpretation(text, {
      retriever: ctx.kb,
      backend: ctx.backend,
      budget: flags.budget,
      locale: flags.locale ?? systemLocale(),
      // Evidence-mode hint names this command's own --model flag, not `quarkmed ask`.
      modelHint: addModelHint('report interpret'),
      sourceName: name,
      // OCR'd values carry their read confidence (low → "please check" / unreadable, never a guessed flag).
      parse: (t) => (t === doc.text ? parseReportDocument(doc) : parseReportDocument({ ...doc, text: t, ocr: undefined })),
      signal,
    });
    const result = await streamAnswerText(events, flags.json);
    if (!result) return;
    if (flags.json) printJson({ report, answer: result });
    else printAnswerFooter(result);
  });
}
