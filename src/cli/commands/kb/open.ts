// Opening the knowledge base (and the embedder, when one is configured) for a kb command.
import { resolve } from 'node:path';
import { defaultDbPath } from '../../../core/paths.js';
import { resolveEmbedderSpec } from '../../../models/create-backend.js';
import { createEmbedder } from '../../../models/embedders/create-embedder.js';
import type { Embedder } from '../../../models/embedder.js';
import { openKnowledgeBase, type KnowledgeBase } from '../../../retrieval/knowledge-base.js';

export interface KbHandle {
  kb: KnowledgeBase;
  close(): Promise<void>;
}

export async function openKb(flags: { db?: string; embedder?: string; readonly?: boolean; noEmbedder?: boolean }): Promise<KbHandle> {
  const dbPath = resolve(flags.db ?? defaultDbPath());
  const spec = flags.noEmbedder ? undefined : resolveEmbedderSpec(flags.embedder);
  let embedder: Embedder | undefined;
  try {
    embedder = spec ? await createEmbedder(spec) : undefined;
    const kb = await openKnowledgeBase({ dbPath, embedder, readonly: flags.readonly });
    return {
      kb,
      async close() {
        await kb.close();
        await embedder?.close();
      },
    };
  } catch (err) {
    await embedder?.close();
    throw err;
  }
}
