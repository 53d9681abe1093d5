// POST /api/report/interpret — parse a lab report, flag values against ranges, explain with cited evidence (or
// evidence only without a model). The report comes as JSON {text, model?, locale?} or as multipart/form-data with
// field `file` (a PDF — text layer or scan —, or a photo as PNG/JPEG/WebP) plus optional fields model and locale.
// POST /api/report/recognize — the upload's recognised text and table only (no explanation), for the web app's
// "check what was read" step before interpretation.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { interpretErrors } from '../../report/interpret-errors.js';
import { ACCEPTED_TYPES, parseReportDocument, readReportBytes, type ReportDocument } from '../../report/intake/read-report.js';
import type { RouteContext } from '../context.js';
import { createDeadline } from '../deadline.js';
import { serverErrors } from '../errors.js';
import { recordAnswerWarnings } from '../metrics.js';
import { parseInput, requestLocale } from '../validate.js';

/** A report's own limit (a chat question's is 4,000 characters): one long lab printout fits, a whole record does not. */
export const REPORT_MAX_CHARS = 50_000;
/** Uploaded file limit: a multi-page PDF or a full-resolution phone photo fits. */
export const REPORT_MAX_FILE_MB = 15;

export const InterpretBody = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'text (the report, pasted) is required')
    .max(
      REPORT_MAX_CHARS,
      `the report is longer than ${REPORT_MAX_CHARS.toLocaleString('en-US')} characters; send one report at a time (split a long record into its reports)`,
    ),
  model: z.string().max(200).optional(),
  locale: z.string().max(20).optional(),
});

const UploadFields = z.object({ model: z.string().max(200).optional(), locale: z.string().max(20).optional() });

/** What the client sees of a read file: enough to show the recognised text beside the image. */
export function documentView(doc: ReportDocument): { name: string; kind: ReportDocument['kind']; pages: number; text: string; confidence?: number } {
  return { name: doc.name, kind: doc.kind, pages: doc.pages, text: doc.text, confidence: doc.ocr ? Math.round(doc.ocr.confidence) : undefined };
}

/** The uploaded file and form fields of a multipart request (one file, field "file"). */
async function readUpload(request: FastifyRequest): Promise<{ doc: ReportDocument; fields: z.infer<typeof UploadFields> }> {
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; name: string; mimetype: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          await part.toBuffer();
          continue;
        }
        file = { bytes: await part.toBuffer(), name: part.filename || 'upload', mimetype: part.mimetype };
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw interpretErrors.REPORT_FILE_TOO_LARGE({ limitMb: REPORT_MAX_FILE_MB });
    throw err;
  }
  if (!file) throw interpretErrors.REPORT_FILE_MISSING({});
  const mime = file.mimetype.split(';')[0].trim().toLowerCase();
  if (mime && mime !== 'application/octet-stream' && !(ACCEPTED_TYPES as readonly string[]).includes(mime))
    throw serverErrors.UNSUPPORTED_MEDIA_TYPE({ got: mime, expected: `a report file as ${ACCEPTED_TYPES.join(', ')}` });
  const doc = await readReportBytes(new Uint8Array(file.bytes), file.name);
  return { doc, fields: parseInput(UploadFields, fields, 'report upload fields') };
}

export async function reportRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  await app.register(multipart, { limits: { fileSize: REPORT_MAX_FILE_MB * 1024 * 1024, files: 1, fields: 5, fieldSize: 1000 }, throwFileSizeLimit: true });

  app.post('/api/report/recognize', { config: { access: 'user' } }, async function recognizeReport(request) {
    if (!request.isMultipart())
      throw serverErrors.UNSUPPORTED_MEDIA_TYPE({ got: request.headers['content-type'] ?? 'none', expected: 'multipart/form-data with field "file"' });
    const { doc } = await readUpload(request);
    return { document: documentView(doc), report: parseReportDocument(doc) };
  });

  app.post('/api/report/interpret', { config: { access: 'user' } }, async function interpretReport(request, reply) {
    let text: string;
    let doc: ReportDocument | undefined;
    let model: string | undefined;
    let locale: string | undefined;
    if (request.isMultipart()) {
      const up = await readUpload(request);
      doc = up.doc;
      text = doc.text;
      ({ model, locale } = up.fields);
    } else {
      const body = parseInput(InterpretBody, request.body, 'report request');
      ({ text, model, locale } = body);
    }
    const backend = await ctx.services.models.get(model);
    const clientGone = new AbortController();
    reply.raw.on('close', () => {
      if (!reply.raw.writableEnded) clientGone.abort();
    });
    const deadline = createDeadline(ctx.options.modelTimeoutMs, backend?.name ?? 'evidence', clientGone.signal);
    try {
      const read = doc;
      const out = await deadline.run(
        ctx.services.interpretReport(text, {
          retriever: ctx.services.retriever,
          backend,
          signal: deadline.signal,
          locale: locale ?? requestLocale(request.headers['accept-language']),
          modelHint: ctx.services.models.addModelHint,
          ...(read
            ? { parse: (t: string) => parseReportDocument({ ...read, text: t, ocr: t === read.text ? read.ocr : undefined }), sourceName: read.name }
            : {}),
        }),
      );
      ctx.metrics.answers.inc({ mode: out.answer.mode, triage: out.answer.triage.level });
      recordAnswerWarnings(ctx.metrics, out.answer.warnings);
      return read ? { ...out, document: documentView(read) } : out;
    } finally {
      deadline.dispose();
    }
  });
}
