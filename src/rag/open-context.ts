// The I/O edge for the CLI (ask, report interpret): open the knowledge base read-only and the configured
// model. The server keeps its own long-lived instances and calls answerQuestion directly.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDbPath } from '../core/paths.js';
import type { ChatBackend } from '../models/backend.js';
import { createBackend, resolveEmbedderSpec, resolveModelSpec } from '../models/create-backend.js';
import { createEmbedder } from '../models/embedders/create-embedder.js';
import type { Embedder } from '../models/embedder.js';
import { openKnowledgeBase, type KnowledgeBase } from '../retrieval/knowledge-base.js';
import { ragErrors } from './errors.js';

export interface AnswerContextOptions {
  model?: string;
  db?: string;
  embedder?: string;
  env?: NodeJS.ProcessEnv;
}

export interface AnswerContext {
  kb: KnowledgeBase;
  backend: ChatBackend | null;
  close(): Promise<void>;
}

export async function openAnswerContext(options: AnswerContextOptions = {}): Promise<AnswerContext> {
  const env = options.env ?? process.env;
  const dbPath = resolve(options.db ?? defaultDbPath(env));
  if (!existsSync(dbPath)) throw ragErrors.RAG_KB_MISSING({ db: dbPath });
  const embedderSpec = resolveEmbedderSpec(options.embedder, env);
  let embedder: Embedder | undefined;
  let kb: KnowledgeBase | undefined;
  let backend: ChatBackend | null = null;
  try {
    embedder = embedderSpec ? await createEmbedder(embedderSpec, { env }) : undefined;
    kb = await openKnowledgeBase({ dbPath, readonly: true, embedder });
    backend = await createBackend(resolveModelSpec(options.model, env), { env });
  } catch (err) {
    await kb?.close();
    await embedder?.close();
    throw err;
  }
  const opened = kb;
  return {
    kb: opened,
    backend,
    async close() {
      await backend?.close();
      await opened.close();
      await embedder?.close();
    },
  };
}
