// Admin ingest in a child process (niced, so the server's own thread keeps the CPU on a busy machine): parse and
// validate the upload (or read the server-side path), then write it through the child's own SQLite connection. The
// event loop that serves /healthz, search and chat never runs jieba segmentation, screening or SQLite writes for an
// upload. One job per process; it exits after answering.
import { createEmbedder } from '../models/embedders/create-embedder.js';
import { openKnowledgeBase } from '../retrieval/knowledge-base.js';
import { toWire } from '../retrieval/search-protocol.js';
import { parseJsonlDocs } from './ingest-input.js';
import type { FromIngestWorker, IngestWorkerData } from './ingest-protocol.js';

if (!process.send) throw new Error('ingest-worker.ts runs as a child process (see ingest-runner.ts)');
const reply = (msg: FromIngestWorker) => new Promise<void>((done) => process.send!(msg, undefined, {}, () => done()));

async function run(data: IngestWorkerData): Promise<FromIngestWorker> {
  const docs = data.job.kind === 'jsonl' ? parseJsonlDocs(data.job.text) : null;
  const embedder = data.embedderSpec ? await createEmbedder(data.embedderSpec, { env: data.env ?? process.env }) : undefined;
  const kb = await openKnowledgeBase({ dbPath: data.dbPath, embedder });
  try {
    const job = data.job;
    const summary = docs
      ? await kb.ingest(docs)
      : job.kind === 'path'
        ? await kb.ingest(job.path, { source: job.source, authority: job.authority, lang: job.lang })
        : null;
    if (!summary) throw new Error('unknown ingest job');
    return { type: 'done', summary: { ...summary } };
  } finally {
    await kb.close();
    await embedder?.close();
  }
}

process.once('message', (data: IngestWorkerData) => {
  run(data)
    .catch((err: unknown): FromIngestWorker => ({ type: 'error', error: toWire(err) }))
    .then(reply)
    .finally(() => process.exit(0));
});
