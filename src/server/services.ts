// What the server needs from the rest of QuarkMed, as one injectable object. `quarkmed serve` wires the real
// modules (bootstrap.ts); tests pass the same modules with a temporary knowledge base, or small fakes.
import type { Authority, Doc, Lang } from '../core/types.js';
import type { ChatBackend } from '../models/backend.js';
import type { ModelKind } from '../models/model-spec.js';
import type { AnswerOptions as RagAnswerOptions } from '../rag/options.js';
import type { AnswerEvent, AnswerResult } from '../rag/types.js';
import type { LabReport } from '../report/types.js';
import type { Retriever } from '../retrieval/store.js';

/** The answer options the server sets: a subset of the pipeline's own (one definition, rag/options.ts), backend required. */
export type AnswerOptions = Pick<
  RagAnswerOptions,
  'retriever' | 'history' | 'locale' | 'k' | 'signal' | 'temperature' | 'maxTokens' | 'modelHint' | 'secondOpinionTimeoutMs' | 'redactPrompts'
> & { backend: ChatBackend | null };

export interface IngestResult {
  /** Documents added or replaced. */
  documents: number;
  /** Everything else the knowledge base reports (chunks, skipped, failures…). */
  [key: string]: unknown;
}

export interface IngestPathOptions {
  source?: string;
  authority?: Authority;
  lang?: Lang;
}

/** Knowledge-base operations the admin and status routes use. */
export interface ServerKnowledgeBase {
  ingestDocs(docs: Doc[]): Promise<IngestResult>;
  /**
   * Parse, validate and ingest an uploaded JSONL body off the main thread (bootstrap: a worker thread). Without it
   * the route parses on the main thread and calls ingestDocs.
   */
  ingestJsonl?(text: string): Promise<IngestResult>;
  /** Read a server-side file or folder with the knowledge loaders and ingest it. */
  ingestPath(path: string, options?: IngestPathOptions): Promise<IngestResult>;
  stats(): Promise<Record<string, unknown>>;
}

export interface ModelEntry {
  /** What clients put in `model`. */
  id: string;
  /** Display name of the backend ("none" in evidence mode), for people. */
  backend: string;
  /** What decides: `none` is evidence mode (no model). */
  kind: ModelKind;
  isDefault: boolean;
}

/** The default model as last checked: `none` in evidence mode, `unknown` before the first probe. */
export interface ModelHealth {
  status: 'up' | 'down' | 'unknown' | 'none';
  /** The model id clients use and the backend's display name. */
  model: string;
  backend: string;
  checkedAt?: string;
  /** Why it is down (one line, no secrets). */
  reason?: string;
}

/** The configured chat backends by alias; `null` backend = evidence mode. */
export interface ModelRegistry {
  list(): ModelEntry[];
  /** Backend for a `model` value (undefined/"" = default); throws MODEL_NOT_FOUND for an unknown alias. */
  get(model?: string): Promise<ChatBackend | null>;
  /** Shown on the status page when no model is configured. */
  addModelHint: string;
  /** The default model's health as last probed (optional: fakes in tests may leave it out). */
  health?(): ModelHealth;
  /** Ask the default model for one token within `timeoutMs`; records and returns the outcome. */
  probe?(timeoutMs?: number): Promise<ModelHealth>;
  close(): Promise<void>;
}

export interface ServerServices {
  retriever: Retriever;
  kb?: ServerKnowledgeBase;
  models: ModelRegistry;
  answerQuestion(question: string, options: AnswerOptions): Promise<AnswerResult>;
  streamAnswer(question: string, options: AnswerOptions): AsyncIterable<AnswerEvent>;
  interpretReport(
    text: string,
    options: {
      retriever: Retriever;
      backend: ChatBackend | null;
      signal?: AbortSignal;
      locale?: string;
      modelHint?: string;
      /** Parses the text; an uploaded file's reader passes one that carries OCR confidence. */
      parse?: (text: string) => LabReport;
      sourceName?: string;
    },
  ): Promise<{ report: LabReport; answer: AnswerResult }>;
  /** Turns anything a user typed into something safe to log (PHI redacted). */
  redactForLog(value: unknown): unknown;
  close?(): Promise<void>;
}
