// The server's response shapes the UI reads. The API contracts are imported from the server's own type files
// (type-only, erased by the bundler) so the web app and the API cannot drift apart.
export type { Authority, SearchHit } from '../../src/core/types.js';
export type { AnswerResult, Citation } from '../../src/rag/types.js';
export type { Triage } from '../../src/safety/types.js';
export type { Warning } from '../../src/core/warnings.js';
export type { LabFlag, LabReport, LabResult } from '../../src/report/types.js';
export type { ConsultSummary } from '../../src/consult/types.js';

import type { AnswerResult } from '../../src/rag/types.js';
import type { LabReport } from '../../src/report/types.js';

/** What the server read from an uploaded file (src/server/routes/report.ts documentView). */
export interface ReadDocument {
  name: string;
  kind: 'text' | 'pdf-text' | 'pdf-ocr' | 'image-ocr';
  pages: number;
  text: string;
  confidence?: number;
}

export interface InterpretResponse {
  report: LabReport;
  answer: AnswerResult;
  document?: ReadDocument;
}

export interface RecognizeResponse {
  document: ReadDocument;
  report: LabReport;
}

export interface StatusResponse {
  mode: 'generated' | 'evidence';
  model: { id: string; backend: string } | null;
  models: { id: string; backend: string; isDefault: boolean }[];
  addModelHint: string;
  kb: Record<string, unknown> | null;
  addKnowledgeHint: string[];
  auth: { apiKeys: boolean; admin: boolean };
  version: string;
  startedAt: string;
}
