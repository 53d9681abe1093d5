// The terminal side of a cited answer, shared by `ask` and `report interpret`: the same model/db/embedder
// flags, the knowledge base and model opened once, Ctrl-C cancelling the stream instead of killing the process
// mid-write, deltas streamed to stdout, then citations (stdout) and warnings (stderr), and everything closed.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnswerContextFlags } from './answer-options.js';
import type { ChatBackend } from '../models/backend.js';
import { createBackend } from '../models/create-backend.js';
import { formatCitations, formatWarnings } from '../rag/format-answer.js';
import type { AnswerEvent, AnswerResult } from '../rag/types.js';
import type { KnowledgeBase } from '../retrieval/knowledge-base.js';
import { openKnowledge, resolveServiceConfig, type ServiceConfig } from '../retrieval/open-services.js';
import { STARTER_VERSION, starterDocs } from '../retrieval/starter-pack.js';

export interface AnswerContext {
  kb: KnowledgeBase;
  backend: ChatBackend | null;
}

/**
 * A first `ask` on a new machine finds no knowledge base at the default path: create it with the starter pack, as
 * `quarkmed serve` does, instead of failing. An explicit --db that does not exist stays KB_MISSING (a typo must not
 * silently become a new, nearly empty knowledge base).
 */
async function ensureDefaultKnowledgeBase(flags: AnswerContextFlags, cfg: ServiceConfig): Promise<void> {
  if (flags.db || existsSync(cfg.dbPath)) return;
  mkdirSync(dirname(cfg.dbPath), { recursive: true });
  // Built beside the target and renamed when complete: an interrupted first run leaves no half-filled knowledge base
  // that later runs would take for the real one.
  const tmp = `${cfg.dbPath}.first-run-${process.pid}`;
  const removeTmp = () => {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  };
  try {
    const created = await openKnowledge({ dbPath: tmp, embedderSpec: cfg.embedderSpec, env: cfg.env });
    let documents: number;
    try {
      documents = (await created.kb.ingest(starterDocs())).documents;
    } finally {
      await created.close();
    }
    renameSync(tmp, cfg.dbPath);
    process.stderr.write(
      `quarkmed: first run — created ${cfg.dbPath} with the starter knowledge pack v${STARTER_VERSION} (${documents} documents); add more with quarkmed kb pull medquad or quarkmed kb ingest PATH\n`,
    );
  } finally {
    removeTmp();
  }
}

/**
 * Open the knowledge base (read-only) and the model through the shared service set-up, run `fn` with a signal
 * Ctrl-C aborts, and always close both.
 */
export async function withAnswerContext(flags: AnswerContextFlags, fn: (ctx: AnswerContext, signal: AbortSignal) => Promise<void>): Promise<void> {
  const cfg = resolveServiceConfig(flags);
  await ensureDefaultKnowledgeBase(flags, cfg);
  const knowledge = await openKnowledge({ dbPath: cfg.dbPath, embedderSpec: cfg.embedderSpec, env: cfg.env, readonly: true });
  let backend: ChatBackend | null = null;
  const ac = new AbortController();
  const onSigint = () => ac.abort();
  process.once('SIGINT', onSigint);
  try {
    backend = await createBackend(cfg.modelSpec, { env: cfg.env });
    await fn({ kb: knowledge.kb, backend }, ac.signal);
  } finally {
    process.off('SIGINT', onSigint);
    await backend?.close();
    await knowledge.close();
  }
}

/** Write answer text to stdout as it arrives (not in JSON mode, where only the final object is printed). */
export async function streamAnswerText(events: AsyncIterable<AnswerEvent>, json: boolean | undefined): Promise<AnswerResult | undefined> {
  let result: AnswerResult | undefined;
  for await (const ev of events) {
    if (ev.type === 'done') result = ev.result;
    else if (ev.type === 'delta' && !json) process.stdout.write(ev.text);
  }
  return result;
}

/** After streamed text: end the line, list citations for a generated answer, and put warnings on stderr. */
export function printAnswerFooter(result: AnswerResult): void {
  process.stdout.write('\n');
  const cites = formatCitations(result);
  if (result.mode === 'generated' && cites) process.stdout.write(`\n${cites}\n`);
  const warns = formatWarnings(result);
  if (warns) process.stderr.write(`${warns}\n`);
}
