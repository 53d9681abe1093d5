// Turn `--model SPEC` (and --rag / --db / --judge) into what the runner needs. Only place that opens
// backends and the knowledge base for eval, so the runner and scorers stay free of I/O choices.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDbPath } from '../core/paths.js';
import { createBackend, type BackendOptions } from '../models/create-backend.js';
import { packageSources } from '../rag/package-sources.js';
import { openKnowledgeBase, type KnowledgeBase } from '../retrieval/knowledge-base.js';
import { evidenceBaseline } from './evidence-baseline.js';
import { evalErrors } from './errors.js';
import { chatPredictor, type Predictor } from './predictor.js';
import type { BenchItem } from './types.js';

export const EVIDENCE_BASELINE = 'evidence-baseline';

/** `evidence-baseline`, `evidence-baseline?expand=false&k=8`. */
export function parseBaselineSpec(spec: string): { expand: boolean; k: number } | null {
  if (!spec.startsWith(EVIDENCE_BASELINE)) return null;
  const params = new URLSearchParams(spec.slice(EVIDENCE_BASELINE.length).replace(/^\?/, ''));
  const k = Number(params.get('k') ?? 5);
  return { expand: params.get('expand') !== 'false', k: Number.isInteger(k) && k > 0 ? k : 5 };
}

/** Open the knowledge base read-only and refuse clearly when it is missing or empty. */
export async function openEvalKnowledgeBase(db: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<KnowledgeBase> {
  const dbPath = resolve(db ?? defaultDbPath(env));
  if (!existsSync(dbPath)) throw evalErrors.EVAL_KB_EMPTY({ db: dbPath });
  const kb = await openKnowledgeBase({ dbPath, readonly: true });
  if (kb.stats().chunks === 0) {
    await kb.close();
    throw evalErrors.EVAL_KB_EMPTY({ db: dbPath });
  }
  return kb;
}

export async function createPredictor(spec: string, kb: () => Promise<KnowledgeBase>, options: BackendOptions = {}): Promise<Predictor> {
  const baseline = parseBaselineSpec(spec);
  if (baseline) return evidenceBaseline(await kb(), baseline);
  const backend = await createBackend(spec, options);
  if (!backend) {
    throw evalErrors.EVAL_MODEL_UNAVAILABLE({ spec, reason: `it answers nothing; give a model (openai:URL#MODEL, llama:FILE.gguf) or "${EVIDENCE_BASELINE}"` });
  }
  return chatPredictor(backend);
}

export interface RagOptions {
  k?: number;
  /** Token budget for the packaged sources (the RAG engineer's packageSources). */
  budget?: number;
  expand?: boolean;
}

/** --rag: retrieve with the stem and question, package numbered, fenced, cited sources for the prompt. */
export function ragEvidence(kb: KnowledgeBase, options: RagOptions = {}): (item: BenchItem) => Promise<string | undefined> {
  return async (item) => {
    const query = `${item.stem ? `${item.stem.slice(0, 400)} ` : ''}${item.question}`;
    const hits = await kb.search(query, { k: options.k ?? 5, expand: options.expand ?? true });
    if (hits.length === 0) return undefined;
    const packed = packageSources(hits, { budget: options.budget ?? 1200 });
    return packed.sources.length ? packed.block : undefined;
  };
}
