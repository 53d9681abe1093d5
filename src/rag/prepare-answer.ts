// Everything before the first model token: triage → query analysis → retrieval → relevance extraction →
// packaging → evidence assessment. Shared by generated and evidence mode, and by report interpretation.
import type { SearchHit } from '../core/types.js';
import type { ChatBackend, ChatMessage } from '../models/backend.js';
import type { Retriever } from '../retrieval/store.js';
import type { Triage } from '../safety/types.js';
import { analyzeQuery, type QueryAnalysis, type TermMatcher } from './analyze-query.js';
import { assessEvidence, type EvidenceAssessment } from './assess-evidence.js';
import { ragErrors } from './errors.js';
import { termSet } from './lexical-terms.js';
import { ANSWER_DEFAULTS } from './options.js';
import { packageSources, type PackagedSources } from './package-sources.js';
import type { DroppedHit, RankedHit } from './ranked-hit.js';
import { lexicalRelevance } from './relevance-lexical.js';
import { modelRelevance } from './relevance-model.js';

export interface PrepareInput {
  question: string;
  triage: Triage;
  retriever: Retriever;
  backend?: ChatBackend | null;
  history?: ChatMessage[];
  terminology?: TermMatcher | null;
  k?: number;
  budget?: number;
  maxSources?: number;
  relevance?: 'auto' | 'lexical' | 'model';
  relevanceTimeoutMs?: number;
  signal?: AbortSignal;
  /** Extra queries searched alongside the question (report interpretation: one per abnormal analyte). */
  extraQueries?: string[];
}

export interface PreparedAnswer {
  analysis: QueryAnalysis;
  questionTerms: Set<string>;
  retrieved: number;
  packaged: PackagedSources;
  assessment: EvidenceAssessment;
  dropped: DroppedHit[];
  warnings: string[];
  relevanceMode: 'lexical' | 'model';
}

async function search(retriever: Retriever, query: string, k: number): Promise<SearchHit[]> {
  try {
    return await retriever.search(query, { k });
  } catch (err) {
    throw ragErrors.RAG_RETRIEVAL_FAILED({ query, reason: err instanceof Error ? err.message : String(err) }, { cause: err });
  }
}

export async function prepareAnswer(input: PrepareInput): Promise<PreparedAnswer> {
  const k = input.k ?? ANSWER_DEFAULTS.k;
  const analysis = analyzeQuery(input.question, { history: input.history, terminology: input.terminology, triage: input.triage });
  const queries = [analysis.retrievalQuery, ...(input.extraQueries ?? [])];
  const lists = await Promise.all(queries.map((q) => search(input.retriever, q, k)));
  const seen = new Set<string>();
  const hits = lists.flat().filter((h) => (seen.has(h.id) ? false : (seen.add(h.id), true)));

  const relevanceText = [analysis.retrievalQuery, ...(input.extraQueries ?? [])].join(' ');
  const entities = analysis.entities.map((e) => e.text);
  const lexical = lexicalRelevance(relevanceText, hits, { entities });
  const warnings: string[] = [];
  let kept: RankedHit[] = lexical.kept;
  let dropped: DroppedHit[] = lexical.dropped;
  let relevanceMode: 'lexical' | 'model' = 'lexical';
  const wantModel = input.relevance === 'model' || ((input.relevance ?? 'auto') === 'auto' && input.backend);
  if (wantModel && input.backend && hits.length > 0) {
    // The judge sees every candidate (with lexical scores kept for ordering and hedging).
    const all = lexicalRelevance(relevanceText, hits, { entities, threshold: 0 }).kept;
    const judged = await modelRelevance(input.backend, input.question, all, {
      timeoutMs: input.relevanceTimeoutMs ?? ANSWER_DEFAULTS.relevanceTimeoutMs,
      signal: input.signal,
    });
    if (judged.ok) {
      relevanceMode = 'model';
      kept = judged.keep;
      dropped = judged.rejected.map((h) => ({ id: h.id, reason: 'model-judged-irrelevant' as const }));
    } else {
      warnings.push(`relevance model failed (${judged.reason}); used lexical relevance instead`);
    }
  }

  const packaged = packageSources(kept, {
    budget: input.budget ?? ANSWER_DEFAULTS.budget,
    maxSources: input.maxSources ?? ANSWER_DEFAULTS.maxSources,
  });
  const questionTerms = termSet(relevanceText);
  for (const e of entities) for (const t of termSet(e)) questionTerms.add(t);
  const assessment = assessEvidence(packaged.sources, questionTerms, { lang: analysis.lang });
  return {
    analysis,
    questionTerms,
    retrieved: hits.length,
    packaged,
    assessment,
    dropped: [...dropped, ...packaged.dropped],
    warnings: [...warnings, ...assessment.warnings],
    relevanceMode,
  };
}
