// Opening the knowledge base (and the embedder, when one is configured) for a kb command.
import { openKnowledge, resolveServiceConfig, type KnowledgeHandle } from '../../../retrieval/open-services.js';

export type KbHandle = KnowledgeHandle;

/** The shared service set-up (retrieval/open-services.ts); `noEmbedder` opens the lexical index only. */
export async function openKb(flags: { db?: string; embedder?: string; readonly?: boolean; noEmbedder?: boolean }): Promise<KbHandle> {
  const cfg = resolveServiceConfig({ db: flags.db, embedder: flags.embedder });
  return openKnowledge({ dbPath: cfg.dbPath, embedderSpec: flags.noEmbedder ? undefined : cfg.embedderSpec, env: cfg.env, readonly: flags.readonly });
}
