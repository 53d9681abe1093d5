// Runs admin ingest jobs off the main thread, one at a time (SQLite has one writer): each job gets a fresh worker
// thread (ingest-worker.ts) that parses, validates and writes, then exits. The caller refreshes the search
// workers afterwards. A worker that dies without answering fails its job with KB_INGEST_FAILED.
import { Worker } from 'node:worker_threads';
import { QuarkError } from '../core/errors.js';
import { resolveEntry, tsWorkerBootstrap } from '../core/worker-entry.js';
import { fromWire } from '../retrieval/search-protocol.js';
import type { FromIngestWorker, IngestJob, IngestWorkerData } from './ingest-protocol.js';
import type { IngestResult } from './services.js';

export interface IngestRunnerOptions {
  dbPath: string;
  embedderSpec?: string;
  env?: Record<string, string | undefined>;
}

export interface IngestRunner {
  run(job: IngestJob): Promise<IngestResult>;
}

export function createIngestRunner(options: IngestRunnerOptions): IngestRunner {
  const entry = resolveEntry(new URL('./ingest-worker.js', import.meta.url));
  let queue: Promise<unknown> = Promise.resolve();

  const once = (job: IngestJob): Promise<IngestResult> =>
    new Promise<IngestResult>((resolve, reject) => {
      const workerData: IngestWorkerData = { dbPath: options.dbPath, embedderSpec: options.embedderSpec, env: options.env, job };
      const w = entry.typescript ? new Worker(tsWorkerBootstrap(entry.file), { eval: true, workerData }) : new Worker(entry.file, { workerData });
      let settled = false;
      w.once('message', (msg: FromIngestWorker) => {
        settled = true;
        if (msg.type === 'done') resolve(msg.summary);
        else reject(fromWire(msg.error));
        void w.terminate();
      });
      w.once('error', (err) => {
        if (settled) return;
        settled = true;
        reject(new QuarkError('KB_INGEST_FAILED', `ingest worker failed: ${err.message}`, { status: 500, cause: err }));
      });
      w.once('exit', (code) => {
        if (settled) return;
        settled = true;
        reject(new QuarkError('KB_INGEST_FAILED', `ingest worker exited with code ${code} before answering`, { status: 500 }));
      });
    });

  return {
    run(job) {
      const next = queue.then(() => once(job));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
