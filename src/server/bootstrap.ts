// Wire the real subsystems into ServerServices for `quarkmed serve`: the shared service set-up
// (retrieval/open-services.ts: configuration, embedder, knowledge base — the CLI uses the same), then create
// $QUARKMED_HOME, ingest the bundled starter pack (idempotent: unchanged documents are skipped), start the search
// workers and create the model backends (evidence mode when none is configured).
import { mkdirSync } from 'node:fs';
import { loadConfig } from '../models/config.js';
import { answerQuestion, streamAnswer } from '../rag/answer-question.js';
import { closeOcr } from '../report/intake/ocr.js';
import { interpretReport } from '../report/interpret.js';
import { createIngestRunner } from './ingest-runner.js';
import { STARTER_VERSION, starterDocs } from '../retrieval/starter-pack.js';
import type { KnowledgeBase } from '../retrieval/knowledge-base.js';
import { openKnowledge, resolveServiceConfig, type KnowledgeHandle } from '../retrieval/open-services.js';
import { setRedFlagsKnowledgeBase } from './consult-turn.js';
import { createSearchPool, defaultSearchThreads, type SearchPool } from '../retrieval/search-pool.js';
import { redactForLog } from '../safety/log-redaction.js';
import { createModelRegistry } from './model-registry.js';
import { type AnswerAdmission, answerOffloadable, answerPayload, evidenceEvents } from './answer-task.js';
import { resolveEntry } from '../core/worker-entry.js';
import type { AnswerResult } from '../rag/types.js';
import type { ServerServices } from './services.js';

export interface BootstrapOptions {
  model?: string;
  db?: string;
  embedder?: string;
  /**
   * Search worker threads, each with its own read-only connection (default defaultSearchThreads()); 0 searches
   * on the main thread, where every search blocks the event loop.
   */
  searchThreads?: number;
  /**
   * Evidence-mode answers in flight or queued in the workers at once; one more gets 503 WORKERS_BUSY with
   * Retry-After (default threads × 8).
   */
  maxQueuedAnswers?: number;
  /** Ingest the bundled starter pack (default true). */
  starter?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Progress lines for the terminal (never user data). */
  log?: (line: string) => void;
}

export interface Bootstrapped {
  services: ServerServices;
  kb: KnowledgeBase;
  /** The search workers (null with searchThreads 0); services.retriever is this pool when there is one. */
  searchPool: SearchPool | null;
  home: string;
  dbPath: string;
  modelSpec: string;
  starter: { documents: number; skipped: number } | null;
}

export async function bootstrap(options: BootstrapOptions = {}): Promise<Bootstrapped> {
  const log = options.log ?? (() => {});
  const { env, home, dbPath, modelSpec, embedderSpec } = resolveServiceConfig(options);
  mkdirSync(home, { recursive: true });
  // The consultation's red flags read this knowledge base's disease pages unless $QUARKMED_RED_FLAGS_KB names another.
  setRedFlagsKnowledgeBase(dbPath);

  let knowledge: KnowledgeHandle | undefined;
  let pool: SearchPool | undefined;
  try {
    knowledge = await openKnowledge({ dbPath, embedderSpec, env });
    const kb = knowledge.kb;
    let starter: Bootstrapped['starter'] = null;
    if (options.starter !== false) {
      const s = await kb.ingest(starterDocs());
      starter = { documents: s.documents, skipped: s.skipped };
      log(`starter knowledge pack v${STARTER_VERSION}: ${s.documents} added, ${s.skipped} unchanged`);
    }
    // Workers start after the starter ingest and open the file the writer just committed.
    const threads = options.searchThreads ?? defaultSearchThreads();
    // The same workers answer evidence-mode chat (answer-task.ts), so its CPU work leaves the event loop as well.
    const tasks = resolveEntry(new URL('./answer-task.js', import.meta.url)).file;
    if (threads > 0) pool = await createSearchPool({ dbPath, embedderSpec, env, threads, tasks, maxTasks: options.maxQueuedAnswers });
    // Searching on this thread: build the search indexes now, so the first user does not wait for them (workers warm their own).
    else log(`search indexes built in ${kb.warm()} ms`);
    const models = await createModelRegistry({ defaultSpec: modelSpec, aliases: loadConfig(env).models, backendOptions: { env } });
    const opened = kb;
    const closeKnowledge = knowledge.close;
    const searchers = pool;
    // Writes stay on the main connection; the workers then reopen theirs (new lexicon and vocabulary caches).
    const afterWrite = async <T extends object>(summary: T): Promise<T> => {
      await searchers?.refresh();
      return summary;
    };
    // Admin uploads and server-side paths are parsed, segmented, screened and written in a niced child process, so the
    // event loop keeps answering /healthz, search and chat during a large upload (ingest-runner.ts).
    const ingester = createIngestRunner({ dbPath, embedderSpec, env });
    const services: ServerServices & AnswerAdmission = {
      // Full answer queue: app.ts refuses chat before parsing it (503 WORKERS_BUSY, Retry-After).
      saturated: () => searchers?.saturated(),
      retriever: searchers ?? opened,
      kb: {
        ingestDocs: async (docs) => ({ ...(await afterWrite(await opened.ingest(docs))) }),
        ingestJsonl: async (text) => ({ ...(await afterWrite(await ingester.run({ kind: 'jsonl', text }))) }),
        ingestPath: async (path, o) => ({ ...(await afterWrite(await ingester.run({ kind: 'path', path, ...(o ?? {}) }))) }),
        stats: async () => ({ ...opened.stats() }),
      },
      models,
      answerQuestion: (q, o) => (searchers && answerOffloadable(o) ? searchers.run<AnswerResult>('answer', answerPayload(q, o)) : answerQuestion(q, o)),
      streamAnswer: (q, o) =>
        searchers && answerOffloadable(o)
          ? (async function* offloaded() {
              yield* evidenceEvents(await searchers.run<AnswerResult>('answer', answerPayload(q, o)));
            })()
          : streamAnswer(q, o),
      interpretReport: (text, o) => interpretReport(text, o),
      redactForLog: (v) => redactForLog(v),
      async close() {
        await searchers?.close();
        await models.close();
        await closeKnowledge();
        await closeOcr();
      },
    };
    return { services, kb: opened, searchPool: searchers ?? null, home, dbPath, modelSpec, starter };
  } catch (err) {
    await pool?.close();
    await knowledge?.close();
    throw err;
  }
}
