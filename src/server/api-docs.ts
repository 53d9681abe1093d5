// What each API route is for, with the zod schema that validates its input: the OpenAPI description
// (/openapi.json, /docs) and the README's API table are generated from this and from the routes Fastify actually
// registered, so a schema change shows up in the docs without anyone re-typing it.
import { z } from 'zod';
import { ChatCompletionRequest } from './openai-format.js';
import { IngestPathBody } from './ingest-input.js';
import { InterpretBody } from './routes/report.js';
import { SearchQuery } from './routes/search.js';

export type Access = 'public' | 'user' | 'admin';

export interface RouteDoc {
  summary: string;
  /** Query-string parameters (an object schema). */
  query?: z.ZodObject;
  /** JSON body. */
  body?: z.ZodType;
  /** Other accepted body types, described in words. */
  otherBodies?: Record<string, string>;
  /** What comes back, in one line. */
  returns: string;
  /** A request a reader can paste (relative to the server URL). */
  example: string;
}

/** Keyed "METHOD /path". */
export const ROUTE_DOCS: Record<string, RouteDoc> = {
  'GET /healthz': {
    summary: 'Liveness and readiness, with the default model’s probed state (up, down, unknown or none).',
    returns: '{status: "ok", uptimeSeconds, model?: {status, model, backend, checkedAt?, reason?}}',
    example: 'curl -s $URL/healthz',
  },
  'GET /metrics': { summary: 'Prometheus metrics (text format).', returns: 'text/plain', example: 'curl -s $URL/metrics' },
  'GET /api/status': {
    summary: 'What the web status page shows: mode (evidence or generated), models, knowledge-base counts, hints.',
    returns: '{version, mode, model, models, kb, addModelHint, …}',
    example: 'curl -s $URL/api/status',
  },
  'GET /v1/models': {
    summary: 'The configured model aliases (OpenAI list shape).',
    returns: '{object: "list", data: [{id, …}]}',
    example: 'curl -s $URL/v1/models',
  },
  'POST /v1/chat/completions': {
    summary:
      'OpenAI-compatible chat: a cited answer (or, with no model, the cited evidence), red-flag triage first. A message about symptoms may first get one short turn of focused questions (`quarkmed.mode` "consult", `quarkmed.consult` {action, questions with quick replies, case state}); the case is re-derived from `messages`, so plain clients just reply; send `"quarkmed": {"consult": "off"}` to always answer at once. Streams with "stream": true. Adds top-level `citations` and `quarkmed` {mode, triage, warnings: [{code, message, details?}], consult}.',
    body: ChatCompletionRequest,
    returns: 'chat.completion (or SSE chat.completion.chunk events) with citations',
    example: `curl -s $URL/v1/chat/completions -H 'content-type: application/json' -d '{"messages":[{"role":"user","content":"How is high blood pressure treated?"}]}'`,
  },
  'GET /api/search': {
    summary:
      'Authority-ranked passages from the knowledge base (hybrid BM25 + vectors), of one subject: the best hit, then at most k−1 passages of its page or of pages whose title names a word of q.',
    query: SearchQuery,
    returns:
      '{query, k, tookMs, hits: [{id, docId, title, section, source, authority, lang, score, text, url?}], noPage?: {names, note, lang}} (noPage: the medicines or conditions q names that no page of the knowledge base is about, with the sentence to show before the hits)',
    example: "curl -s '$URL/api/search?q=low+hemoglobin&k=5'",
  },
  'POST /api/report/interpret': {
    summary:
      "Parse a lab report, flag every value against reference ranges, explain the abnormal ones with citations. Pasted text as JSON, or an upload as multipart/form-data field `file` (PDF — text layer or scan —, PNG, JPEG, WebP; at most 15 MB: 413 above, 415 for other types) with optional fields model and locale. OCR'd values carry `read` {confidence, status ok|check|unreadable}; an unreadable value is never flagged.",
    body: InterpretBody,
    otherBodies: { 'multipart/form-data': 'field file: the report (PDF, PNG, JPEG, WebP); fields model?, locale?' },
    returns:
      '{report: {results: [{name, value, unit, flag, read?, …}]}, answer: {mode, answer, citations, triage, warnings}, document?: {name, kind, pages, text, confidence?}}',
    example: `curl -s $URL/api/report/interpret -H 'content-type: application/json' -d '{"text":"血红蛋白 HGB 85 g/L 115-150"}'; curl -s $URL/api/report/interpret -F file=@report.jpg`,
  },
  'POST /api/report/recognize': {
    summary:
      'Read an uploaded report (multipart field `file`: PDF, PNG, JPEG, WebP) and return the recognised text and flagged table without an explanation, so a person can correct it before POST /api/report/interpret.',
    otherBodies: { 'multipart/form-data': 'field file: the report (PDF, PNG, JPEG, WebP)' },
    returns: '{document: {name, kind: pdf-text|pdf-ocr|image-ocr|text, pages, text, confidence?}, report: {results: [{…, read?: {confidence, status}}]}}',
    example: 'curl -s $URL/api/report/recognize -F file=@report.jpg',
  },
  'GET /api/kb/stats': {
    summary: 'Knowledge-base counts (documents, passages, sources).',
    returns: '{documents, chunks, sources, …}',
    example: 'curl -s $URL/api/kb/stats',
  },
  'POST /api/kb/ingest': {
    summary: 'Admin: ingest a server-side path under --ingest-root (JSON body), or upload documents as JSONL.',
    body: IngestPathBody,
    otherBodies: { 'application/x-ndjson': 'one document per line: {id, title, text, source?, authority?, lang?, url?}' },
    returns: '{ok: true, documents, chunks, …, stats}',
    example: `curl -s $URL/api/kb/ingest -H "authorization: Bearer $ADMIN_KEY" -H 'content-type: application/json' -d '{"path":"/data/guidelines","source":"hospital","authority":"A"}'`,
  },
  'GET /openapi.json': {
    summary: 'This API description (OpenAPI 3.1), generated from the route schemas.',
    returns: 'application/json',
    example: 'curl -s $URL/openapi.json',
  },
  'GET /docs': { summary: 'The same description as a readable page.', returns: 'text/html', example: 'open $URL/docs' },
};

/** JSON Schema of a route's input, as a client sends it (coercions and defaults shown as the input type). */
export function inputSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}
