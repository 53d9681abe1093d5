// A read-only search worker pool: N threads, each with its own SQLite connection (WAL lets readers run side by
// side, and better-sqlite3 connections belong to one thread), so searches no longer queue on the server's event
// loop. Implements Retriever; RAG and the server use it unchanged. The writer stays in the main thread: after an
// ingest, `refresh()` makes every worker reopen the file (its lexicon, expander and doc-frequency caches are
// built at open; committed rows alone would show up without it, differently segmented queries would not).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SearchHit } from '../core/types.js';
import { resolveEntry, tsWorkerBootstrap } from '../core/worker-entry.js';
import { kbErrors } from '../knowledge/errors.js';
import { fromWire, toWire, type FromWorker, type SearchWorkerConfig, type ToWorker, type WireError } from './search-protocol.js';
import type { Retriever, SearchOptions } from './store.js';

export interface SearchPoolOptions extends SearchWorkerConfig {
  /** Worker threads (default: defaultSearchThreads()); must be ≥ 1 — use the knowledge base itself for 0. */
  threads?: number;
  /** Worker module; tests substitute one that can crash. Default: search-worker.js beside this file. */
  entry?: URL;
  /** A slot whose worker fails to start this many times in a row stays down (a broken file would loop forever). */
  maxStartFailures?: number;
  /** How long close() waits for a worker to close its connection before terminating it. */
  closeTimeoutMs?: number;
  /**
   * Tasks (run()) in flight or queued at once, over all workers; one more is refused with WORKERS_BUSY (503,
   * Retry-After) instead of queueing without bound. Default threads × 8.
   */
  maxTasks?: number;
}

export interface SearchPoolStats {
  threads: number;
  alive: number;
  inFlight: number;
  /** Workers started again after a crash. */
  restarts: number;
  /** Searches and tasks answered, per worker slot. */
  served: number[];
  /** Tasks in flight or queued, and how many were refused because the pool was full. */
  tasks: number;
  refused: number;
}

export interface SearchPool extends Retriever {
  readonly threads: number;
  /**
   * Run a named task of the tasks module (SearchPoolOptions.tasks) on the least busy worker with its connection.
   * Rejects with WORKERS_BUSY when maxTasks are already in flight.
   */
  run<T>(name: string, payload: unknown): Promise<T>;
  /** Tasks in flight and the limit, when the limit is reached (run() would refuse); else undefined. */
  saturated(): { inFlight: number; limit: number } | undefined;
  /** Make every worker reopen the knowledge base (call after each ingest); resolves when all have. */
  refresh(): Promise<void>;
  stats(): SearchPoolStats;
  close(): Promise<void>;
}

/** min(4, cores): beyond that the writer, the event loop and the embedder compete for the same cores. */
export function defaultSearchThreads(): number {
  return Math.min(4, availableParallelism());
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Slot {
  index: number;
  worker: Worker | null;
  ready: boolean;
  inFlight: Map<number, Pending>;
  served: number;
  startFailures: number;
  lastError?: WireError;
}

export async function createSearchPool(options: SearchPoolOptions): Promise<SearchPool> {
  const threads = options.threads ?? defaultSearchThreads();
  if (!Number.isInteger(threads) || threads < 1) throw kbErrors.KB_QUERY_INVALID({ reason: `search pool threads must be a positive integer, got ${threads}` });
  const entry = resolveEntry(options.entry ?? new URL('./search-worker.js', import.meta.url));
  const maxStartFailures = options.maxStartFailures ?? 3;
  const workerData: SearchWorkerConfig = {
    dbPath: options.dbPath,
    embedderSpec: options.embedderSpec,
    env: options.env,
    tasks: options.tasks,
    nice: options.nice ?? 10,
  };
  const maxTasks = options.maxTasks ?? threads * 8;
  let tasksInFlight = 0;
  let refused = 0;
  const slots: Slot[] = Array.from({ length: threads }, (_, index) => ({
    index,
    worker: null,
    ready: false,
    inFlight: new Map(),
    served: 0,
    startFailures: 0,
  }));
  const firstStart = new Map<Slot, { resolve(): void; reject(err: Error): void }>();
  let nextId = 1;
  let restarts = 0;
  let rotate = 0;
  let closing = false;

  const spawn = (slot: Slot): void => {
    const w = entry.typescript ? new Worker(tsWorkerBootstrap(entry.file), { eval: true, workerData }) : new Worker(entry.file, { workerData });
    slot.worker = w;
    slot.ready = false;
    slot.lastError = undefined;
    w.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') {
        slot.ready = true;
        slot.startFailures = 0;
        firstStart.get(slot)?.resolve();
        firstStart.delete(slot);
        return;
      }
      if (msg.type === 'failed') {
        slot.lastError = msg.error;
        return;
      }
      const p = slot.inFlight.get(msg.id);
      if (!p) return;
      slot.inFlight.delete(msg.id);
      if (msg.type === 'error') return p.reject(fromWire(msg.error));
      if (msg.type === 'result' || msg.type === 'taskResult') slot.served++;
      p.resolve(msg.type === 'result' ? msg.hits : msg.type === 'taskResult' ? msg.value : undefined);
    });
    // An uncaught exception in the worker arrives here, then 'exit'.
    w.on('error', (err) => (slot.lastError = toWire(err)));
    w.on('exit', (code) => {
      if (slot.worker === w) slot.worker = null;
      const reason = slot.lastError?.message ?? `exit code ${code}`;
      const crashed = closing ? kbErrors.SEARCH_POOL_CLOSED({ op: 'search' }) : kbErrors.SEARCH_WORKER_CRASHED({ worker: slot.index, reason });
      for (const p of slot.inFlight.values()) p.reject(crashed);
      slot.inFlight.clear();
      if (closing) return;
      const starting = firstStart.get(slot);
      firstStart.delete(slot);
      if (starting) return starting.reject(slot.lastError ? fromWire(slot.lastError) : new Error(`search worker ${slot.index}: ${reason}`));
      if (!slot.ready) slot.startFailures++;
      if (slot.startFailures >= maxStartFailures) return;
      restarts++;
      spawn(slot);
    });
  };

  const post = <T>(slot: Slot, msg: ToWorker & { id: number }): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      slot.inFlight.set(msg.id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker?.postMessage(msg);
    });

  /** The live worker with the fewest searches in flight; ties rotate so idle workers share the load. */
  const pick = (): Slot => {
    if (closing) throw kbErrors.SEARCH_POOL_CLOSED({ op: 'search' });
    let best: Slot | undefined;
    for (let i = 0; i < threads; i++) {
      const s = slots[(rotate + i) % threads];
      if (s.worker && (!best || s.inFlight.size < best.inFlight.size)) best = s;
    }
    rotate = (rotate + 1) % threads;
    if (!best) throw kbErrors.SEARCH_POOL_DOWN({ reason: slots.find((s) => s.lastError)?.lastError?.message ?? 'every worker failed to start' });
    return best;
  };

  const pool: SearchPool = {
    threads,
    async search(query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
      return post<SearchHit[]>(pick(), { type: 'search', id: nextId++, query, options: opts });
    },
    saturated() {
      return tasksInFlight >= maxTasks ? { inFlight: tasksInFlight, limit: maxTasks } : undefined;
    },
    async run<T>(name: string, payload: unknown): Promise<T> {
      if (tasksInFlight >= maxTasks) {
        refused++;
        throw kbErrors.WORKERS_BUSY({ inFlight: tasksInFlight, limit: maxTasks, retryAfter: 1 }, { details: { retryAfterSeconds: 1 } });
      }
      const slot = pick();
      tasksInFlight++;
      try {
        return await post<T>(slot, { type: 'task', id: nextId++, name, payload });
      } finally {
        tasksInFlight--;
      }
    },
    async refresh() {
      if (closing) throw kbErrors.SEARCH_POOL_CLOSED({ op: 'refresh' });
      await Promise.all(
        slots
          .filter((s) => s.worker)
          .map((s) =>
            post<void>(s, { type: 'refresh', id: nextId++ }).catch((err: unknown) => {
              // A worker that died meanwhile is restarted and opens the current file anyway.
              if ((err as { code?: string }).code !== 'SEARCH_WORKER_CRASHED') throw err;
            }),
          ),
      );
    },
    stats() {
      const live = slots.filter((s) => s.worker);
      return {
        threads,
        alive: live.length,
        inFlight: live.reduce((n, s) => n + s.inFlight.size, 0),
        restarts,
        served: slots.map((s) => s.served),
        tasks: tasksInFlight,
        refused,
      };
    },
    async close() {
      if (closing) return;
      closing = true;
      const timeout = options.closeTimeoutMs ?? 2_000;
      await Promise.all(
        slots.map(async (s) => {
          const w = s.worker;
          if (!w) return;
          const exited = new Promise<void>((r) => w.once('exit', () => r()));
          w.postMessage({ type: 'close' } satisfies ToWorker);
          const timer = setTimeout(() => void w.terminate(), timeout);
          await exited;
          clearTimeout(timer);
        }),
      );
    },
  };

  // Start every worker before serving, so a missing or foreign file fails `serve` at once with the KB's error.
  for (const s of slots) spawn(s);
  const started = await Promise.allSettled(slots.map((s) => new Promise<void>((resolve, reject) => firstStart.set(s, { resolve, reject }))));
  firstStart.clear();
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await pool.close();
    throw failed.reason;
  }
  return pool;
}
