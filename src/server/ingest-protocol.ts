// Messages between the admin-ingest runner (main thread) and its one-shot worker thread. Errors cross as plain
// data with their stable code and status (search-protocol's toWire/fromWire), so a bad JSONL line is still a 400
// naming the line.
import type { Authority, Lang } from '../core/types.js';

export type IngestJob = { kind: 'jsonl'; text: string } | { kind: 'path'; path: string; source?: string; authority?: Authority; lang?: Lang };

export interface IngestWorkerData {
  dbPath: string;
  embedderSpec?: string;
  env?: Record<string, string | undefined>;
  job: IngestJob;
}

export type FromIngestWorker =
  | { type: 'done'; summary: Record<string, unknown> & { documents: number } }
  | { type: 'error'; error: { code?: string; status?: number; message: string } };
