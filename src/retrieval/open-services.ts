// The one service set-up the CLI and the server share: configuration (flag → environment → config.json), the
// embedder it names, and the knowledge base opened with that embedder. On top, the CLI adds one model backend
// (cli/answer-session.ts) and the server a model registry, search workers and the starter pack (server/bootstrap.ts);
// the ingest child and `kb` commands open their knowledge base the same way.
import { resolve } from 'node:path';
import { defaultDbPath, quarkmedHome } from '../core/paths.js';
import { resolveEmbedderSpec, resolveModelSpec } from '../models/config.js';
import type { Embedder } from '../models/embedder.js';
import { createEmbedder } from '../models/embedders/create-embedder.js';
import { openKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

export interface ServiceFlags {
  /** --model (else $QUARKMED_MODEL, config.json, "none"). */
  model?: string;
  /** --db (else $QUARKMED_HOME/kb.sqlite). */
  db?: string;
  /** --embedder (else $QUARKMED_EMBEDDER, config.json, none). */
  embedder?: string;
  env?: NodeJS.ProcessEnv;
}

export interface ServiceConfig {
  env: NodeJS.ProcessEnv;
  home: string;
  dbPath: string;
  modelSpec: string;
  embedderSpec: string | undefined;
}

/** Flags, environment and config.json resolved once, in one order, for every entry point. */
export function resolveServiceConfig(flags: ServiceFlags = {}): ServiceConfig {
  const env = flags.env ?? process.env;
  return {
    env,
    home: quarkmedHome(env),
    dbPath: resolve(flags.db ?? defaultDbPath(env)),
    modelSpec: resolveModelSpec(flags.model, env),
    embedderSpec: resolveEmbedderSpec(flags.embedder, env),
  };
}

export interface KnowledgeHandle {
  kb: KnowledgeBase;
  embedder: Embedder | undefined;
  /** Closes the knowledge base, then the embedder. */
  close(): Promise<void>;
}

export interface OpenKnowledgeOptions {
  dbPath: string;
  embedderSpec?: string;
  env?: NodeJS.ProcessEnv;
  /** Read-only: a missing file is KB_MISSING instead of a new knowledge base. */
  readonly?: boolean;
}

/** The embedder (when a spec is given) and the knowledge base opened with it; nothing is left open on failure. */
export async function openKnowledge(o: OpenKnowledgeOptions): Promise<KnowledgeHandle> {
  let embedder: Embedder | undefined;
  try {
    embedder = o.embedderSpec ? await createEmbedder(o.embedderSpec, { env: o.env ?? process.env }) : undefined;
    const kb = await openKnowledgeBase({ dbPath: o.dbPath, readonly: o.readonly, embedder });
    const opened = embedder;
    return {
      kb,
      embedder,
      async close() {
        await kb.close();
        await opened?.close();
      },
    };
  } catch (err) {
    await embedder?.close();
    throw err;
  }
}
