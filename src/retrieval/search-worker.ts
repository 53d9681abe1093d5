// Search worker thread: one read-only knowledge-base connection (better-sqlite3 connections belong to the
// thread that opened them), answering search and refresh messages from the pool in search-pool.ts.
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createEmbedder } from '../models/embedders/create-embedder.js';
import type { Embedder } from '../models/embedder.js';
import { openKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { pathToFileURL } from 'node:url';
import { toWire, type FromWorker, type SearchWorkerConfig, type ToWorker, type WorkerTasks } from './search-protocol.js';

const config = workerData as SearchWorkerConfig;
// Lower this thread's CPU priority (on Linux a nice value belongs to the calling thread), so on a busy machine the
// event loop thread — /healthz, request parsing, streaming — wins the CPU over searches and evidence answers.
if (config.nice) {
  try {
    setPriority(0, Math.min(19, getPriority(0) + config.nice));
  } catch {
    /* not permitted here: run at the process's priority */
  }
}
const port = parentPort;
if (!port) throw new Error('search-worker.ts runs as a worker thread (see search-pool.ts)');
const send = (msg: FromWorker) => port.postMessage(msg);

/** An open connection and the searches still using it (a refresh closes it only once they settle). */
interface Generation {
  kb: KnowledgeBase;
  active: number;
  retired: boolean;
}

let embedder: Embedder | undefined;
let current: Generation;
let tasks: Promise<WorkerTasks> | undefined;

/** The tasks module, imported on the first task (workers that only search never load it). */
function loadTasks(): Promise<WorkerTasks> {
  if (!config.tasks) return Promise.reject(new Error('this search pool was started without a tasks module'));
  tasks ??= import(pathToFileURL(config.tasks).href).then((m: { workerTasks?: WorkerTasks }) => {
    if (!m.workerTasks) throw new Error(`${config.tasks} exports no workerTasks`);
    return m.workerTasks;
  });
  return tasks;
}

async function open(): Promise<Generation> {
  const kb = await openKnowledgeBase({ dbPath: config.dbPath, embedder, readonly: true });
  // The query expander, topic, symptom, described-entity and unpaged-name indexes are built by the first search (seconds
  // on a large knowledge base): build them here, before this connection serves anyone (at start, and before a refresh
  // swaps it in).
  kb.warm();
  return { kb, active: 0, retired: false };
}

function release(g: Generation): void {
  if (g.retired && g.active === 0) void g.kb.close();
}

async function handle(msg: ToWorker): Promise<void> {
  if (msg.type === 'close') {
    await current.kb.close();
    await embedder?.close();
    process.exit(0);
  }
  if (msg.type === 'refresh') {
    const old = current;
    try {
      current = await open();
    } catch (err) {
      return send({ type: 'error', id: msg.id, error: toWire(err) });
    }
    old.retired = true;
    release(old);
    return send({ type: 'refreshed', id: msg.id });
  }
  const g = current;
  g.active++;
  try {
    if (msg.type === 'task') {
      const run = (await loadTasks())[msg.name];
      if (!run) throw new Error(`unknown worker task "${msg.name}"`);
      send({ type: 'taskResult', id: msg.id, value: await run(g.kb, msg.payload) });
      return;
    }
    send({ type: 'result', id: msg.id, hits: await g.kb.search(msg.query, msg.options) });
  } catch (err) {
    send({ type: 'error', id: msg.id, error: toWire(err) });
  } finally {
    g.active--;
    release(g);
  }
}

// Listen at once: a message that arrives while the file is opening waits for it instead of going unheard.
const opening = (async () => {
  embedder = config.embedderSpec ? await createEmbedder(config.embedderSpec, { env: config.env ?? process.env, onProgress: false }) : undefined;
  current = await open();
})();
port.on(
  'message',
  (msg: ToWorker) =>
    void opening.then(
      () => handle(msg),
      () => {},
    ),
);
try {
  await opening;
  send({ type: 'ready' });
} catch (err) {
  // The pool reports this at start-up (or stops respawning); exiting lets the thread go.
  send({ type: 'failed', error: toWire(err) });
  await embedder?.close();
  process.exit(1);
}
