// Runs admin ingest jobs off the server's thread, one at a time (SQLite has one writer): each job gets a fresh child
// process (ingest-worker.ts), niced so that on a busy machine the server's event loop wins the CPU, which parses,
// validates and writes, then exits. The caller refreshes the search workers afterwards. A child that dies without
// answering fails its job with KB_INGEST_FAILED.
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { QuarkError } from '../core/errors.js';
import { resolveEntry } from '../core/worker-entry.js';
import { fromWire } from '../retrieval/search-protocol.js';
import type { FromIngestWorker, IngestJob, IngestWorkerData } from './ingest-protocol.js';
import type { IngestResult } from './services.js';

export interface IngestRunnerOptions {
  dbPath: string;
  embedderSpec?: string;
  env?: Record<string, string | undefined>;
  /** Niceness of the ingest process (default 10: the server's own process wins the CPU; 0 = same as the server). */
  nice?: number;
}

export interface IngestRunner {
  run(job: IngestJob): Promise<IngestResult>;
}

export function createIngestRunner(options: IngestRunnerOptions): IngestRunner {
  const entry = resolveEntry(new URL('./ingest-worker.js', import.meta.url));
  let queue: Promise<unknown> = Promise.resolve();

  const once = (job: IngestJob): Promise<IngestResult> =>
    new Promise<IngestResult>((resolve, reject) => {
      const data: IngestWorkerData = { dbPath: options.dbPath, embedderSpec: options.embedderSpec, env: options.env, job };
      const child = fork(entry.file, [], {
        execArgv: [...process.execArgv.filter((a) => !a.startsWith('--inspect')), ...entry.execArgv],
        env: options.env as NodeJS.ProcessEnv | undefined,
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      try {
        if (child.pid && (options.nice ?? 10) !== 0) setPriority(child.pid, options.nice ?? 10);
      } catch {
        /* not permitted here: the job still runs, at normal priority */
      }
      let settled = false;
      child.once('message', (msg: FromIngestWorker) => {
        settled = true;
        if (msg.type === 'done') resolve(msg.summary);
        else reject(fromWire(msg.error));
      });
      child.once('error', (err) => {
        if (settled) return;
        settled = true;
        reject(new QuarkError('KB_INGEST_FAILED', `ingest process failed: ${err.message}`, { status: 500, cause: err }));
      });
      child.once('exit', (code) => {
        if (settled) return;
        settled = true;
        reject(new QuarkError('KB_INGEST_FAILED', `ingest process exited with code ${code} before answering`, { status: 500 }));
      });
      child.send(data);
    });

  return {
    run(job) {
      const next = queue.then(() => once(job));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
