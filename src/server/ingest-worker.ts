// Admin ingest in a worker thread: parse and validate the upload (or read the server-side path), then write it
// through the worker's own SQLite connection. The event loop that serves /healthz, search and chat never runs
// jieba segmentation, screening or SQLite writes for an upload. One job per thread; the thread exits after it.
import { parentPort, workerData } from 'node:worker_threads';
import { createEmbedder } from '../models/embedders/create-embedder.js';
import { openKnowledgeBase } from '../retrieval/knowledge-base.js';
import { toWire } from '../retrieval/search-protocol.js';
import { parseJsonlDocs } from './ingest-input.js';
import type { FromIngestWorker, IngestWorkerData } from './ingest-protocol.js';

const data = workerData as IngestWorkerData;
const port = parentPort;
if (!port) throw new Error('ingest-worker.ts runs as a worker thread (see ingest-runner.ts)');

async function run(): Promise<FromIngestWorker> {
  const docs = data.job.kind === 'jsonl' ? parseJsonlDocs(data.job.text) : null;
  const embedder = data.embedderSpec ? await createEmbedder(data.embedderSpec, { env: data.env ?? process.env }) : undefined;
  const kb = await openKnowledgeBase({ dbPath: data.dbPath, embedder });
  try {
    const job = data.job;
    const summary = docs ? await kb.ingest(docs) : job.kind === 'path' ? await kb.ingest(job.path, { source: job.source, authority: job.authority, lang: job.lang }) : null;
    if (!summary) throw new Error('unknown ingest job');
    return { type: 'done', summary: { ...summary } };
  } finally {
    await kb.close();
    await embedder?.close();
  }
}

run()
  .then((msg) => port.postMessage(msg))
  .catch((err: unknown) => port.postMessage({ type: 'error', error: toWire(err) } satisfies FromIngestWorker));
