// Messages between the search pool (main thread) and its workers; errors cross as plain data and are rebuilt
// with their stable code and status, so the server's error handler renders a worker's error like a local one.
import { QuarkError } from '../core/errors.js';
import type { SearchHit } from '../core/types.js';
import type { Retriever, SearchOptions } from './store.js';

/** What a worker needs to open its own read-only connection (workerData). */
export interface SearchWorkerConfig {
  dbPath: string;
  /** createEmbedder spec; each worker builds its own embedder for hybrid search. */
  embedderSpec?: string;
  /** Environment for the embedder (API keys, model cache); workers get a copy of process.env otherwise. */
  env?: Record<string, string | undefined>;
  /**
   * A module (file path) exporting `workerTasks: WorkerTasks`: CPU-bound work a higher layer runs beside the
   * worker's connection (the server's evidence-mode answers), so it leaves the event loop too.
   */
  tasks?: string;
  /** Raise the worker thread's nice value by this much (0–19; the pool's default is 10). */
  nice?: number;
}

/** Named tasks a worker runs with its own read-only knowledge base; payloads and results cross by structured clone. */
export type WorkerTasks = Record<string, (retriever: Retriever, payload: unknown) => Promise<unknown>>;

export type ToWorker =
  | { type: 'search'; id: number; query: string; options: SearchOptions }
  /** Run a named task from the configured tasks module. */
  | { type: 'task'; id: number; name: string; payload: unknown }
  /** Reopen the knowledge base: its lexicon, expander and document-frequency caches are built at open. */
  | { type: 'refresh'; id: number }
  /** Close the connection (and embedder) and end the thread. */
  | { type: 'close' };

export interface WireError {
  code?: string;
  status?: number;
  message: string;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; error: WireError }
  | { type: 'result'; id: number; hits: SearchHit[] }
  | { type: 'taskResult'; id: number; value: unknown }
  | { type: 'refreshed'; id: number }
  | { type: 'error'; id: number; error: WireError };

export function toWire(err: unknown): WireError {
  if (err instanceof QuarkError) return { code: err.code, status: err.status, message: err.message };
  return { message: err instanceof Error ? err.message : String(err) };
}

export function fromWire(e: WireError): Error {
  return e.code ? new QuarkError(e.code, e.message, { status: e.status }) : new Error(e.message);
}
