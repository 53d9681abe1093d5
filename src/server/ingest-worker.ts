// Admin ingest in a child process (niced, so the server's own thread keeps the CPU on a busy machine): parse and
// validate the upload (or read the server-side path), then write it through the child's own SQLite connection. The
// event loop that serves /healthz, search and chat never runs jieba segmentation, screening or SQLite writes for an
// upload. One job per process; it exits after answering.
import { openKnowledge } from '../retrieval/open-services.js';
import { toWire } from '../retrieval/search-protocol.js';
import { parseJsonlDocs } from './ingest-input.js';
import type { FromIngestWorker, IngestWorkerData } from './ingest-protocol.js';

if (!process.send) throw new Error('ingest-worker.ts runs as a child process (see ingest-runner.ts)');
const reply = (msg: FromIngestWorker) => new Promise<void>((done) => process.send!(msg, undefined, {}, () => done()));

async function run(data: IngestWorkerData): Promise<FromIngestWorker> {
  const docs = data.job.kind === 'jsonl' ? parseJsonlDocs(data.job.text) : null;
  const knowledge = await openKnowledge({ dbPath: data.dbPath, embedderSpec: data.embedderSpec, env: data.env });
  const kb = knowledge.kb;
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
    await knowledge.close();
  }
}

process.once('message', (data: IngestWorkerData) => {
  run(data)
    .catch((err: unknown): FromIngestWorker => ({ type: 'error', error: toWire(err) }))
    .then(reply)
    .finally(() => process.exit(0));
});
