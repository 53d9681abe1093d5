// Everything before the first model token: triage → query analysis → retrieval → relevance extraction →
// packaging → evidence assessment. Shared by generated and evidence mode, and by report interpretation.
import { namesWithoutPage } from './no-page.js';
import { redFlagLead } from '../retrieval/red-flag-lead.js';
import type { SearchHit } from '../core/types.js';
import type { ChatBackend, ChatMessage } from '../models/backend.js';
import type { Retriever } from '../retrieval/store.js';
import type { Triage } from '../safety/types.js';
import { analyteSectionHits, keepForAnalytes } from '../knowledge/starter/analyte-passages.js';
import { analyzeQuery, synonymVariants, type QueryAnalysis, type TermMatcher } from './analyze-query.js';
import { assessEvidence, type EvidenceAssessment } from './assess-evidence.js';
import { ragErrors } from './errors.js';
import { termSet } from './lexical-terms.js';
import { ANSWER_DEFAULTS } from './options.js';
import { packageSources, type PackagedSources } from './package-sources.js';
import type { DroppedHit, RankedHit } from './ranked-hit.js';
import { boostForIntent } from './intent-boost.js';
import { screenHits } from './compliance-step.js';
import { warning, type Warning } from '../core/warnings.js';
import { toSimplified } from '../core/han-variants.js';
import { lexicalRelevance } from './relevance-lexical.js';
import { modelRelevance } from './relevance-model.js';

/** The judge reads at most this many candidates (best lexical first), to bound its prompt. */
const JUDGE_CANDIDATES = 12;

export interface PrepareInput {
  question: string;
  /** The question as the model may see it (identifiers redacted); defaults to `question`. Only the relevance judge reads it. */
  modelQuestion?: string;
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
  /** Weighted like entities in relevance (report analytes). */
  focusTerms?: string[];
  /** Passages offered alongside retrieval results. */
  extraHits?: SearchHit[];
  /** What relevance is judged against instead of the question and extra queries. */
  relevanceQueries?: string[];
  /** Keep a candidate? Runs before relevance; rejected candidates are dropped with reason "filtered". */
  hitFilter?: (hit: SearchHit) => boolean;
  /** Use passages flagged at ingest (default false: they are dropped, with a warning either way). */
  allowFlagged?: boolean;
}

export interface PreparedAnswer {
  analysis: QueryAnalysis;
  questionTerms: Set<string>;
  /** Terms of each query separately (question, then extra queries), for per-query sentence scoring. */
  queryTermSets: Set<string>[];
  retrieved: number;
  /** Medicines the question names that no retrieved passage mentions: the answer says the KB has no page on them. */
  withoutPage: string[];
  packaged: PackagedSources;
  assessment: EvidenceAssessment;
  dropped: DroppedHit[];
  /** Flagged passages, relevance failures and the evidence assessment's findings, typed. */
  warnings: Warning[];
  relevanceMode: 'lexical' | 'model';
  /** The source budget (estimated tokens) this packaging used. */
  budget: number;
  /** The same candidates packaged again within a smaller budget (fitting a model's context); assessment follows. */
  repack(budget: number): PreparedAnswer;
  /** Milliseconds per stage (analysis, retrieval, relevance, packaging incl. hedging), for benchmarks and logs. */
  timings: Record<StageName, number>;
}

type StageName = 'analysis' | 'retrieval' | 'relevance' | 'packaging';

function stageClock() {
  let last = performance.now();
  const laps: Record<StageName, number> = { analysis: 0, retrieval: 0, relevance: 0, packaging: 0 };
  return {
    laps,
    lap(stage: StageName) {
      const now = performance.now();
      laps[stage] = Math.round((now - last) * 100) / 100;
      last = now;
    },
  };
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
  const clock = stageClock();
  // Read in the KB's script (simplified characters); the model and the user still see the question as written.
  const question = toSimplified(input.question);
  const analysis = analyzeQuery(question, { history: input.history, terminology: input.terminology, triage: input.triage });
  const queries = [analysis.retrievalQuery, ...analysis.rewordings, ...(input.extraQueries ?? [])];
  clock.lap('analysis');
  const lists = await Promise.all(queries.map((q) => search(input.retriever, q, k)));
  clock.lap('retrieval');
  // A chat question about a lab value is offered its analyte's reference section, as a report is (reference-hits.ts),
  // and other analytes' sections are left out.
  const offeredHits = input.extraHits ?? analyteSectionHits(analysis.labAnalytes, analysis.lang);
  const retrieved = lists.flat();
  // An offered passage the knowledge base also returned (same document and section) is that retrieved hit.
  const twin = (h: SearchHit) => retrieved.find((r) => r.docId === h.docId && r.section === h.section);
  const extraHits = offeredHits.map((h) => twin(h) ?? h);
  const seen = new Set<string>();
  const unique = [...retrieved, ...extraHits].filter((h) => (seen.has(h.id) ? false : (seen.add(h.id), true)));
  // Passages flagged at ingest (instructions to a model, unsafe advice) never reach the summary or the prompt unless allowed.
  const screened = screenHits(unique, input.allowFlagged);
  const keep = input.hitFilter ?? (analysis.labAnalytes.length ? keepForAnalytes(analysis.labAnalytes) : undefined);
  const hits = keep ? screened.hits.filter(keep) : screened.hits;
  const filtered: DroppedHit[] = [
    ...screened.dropped,
    ...(keep ? screened.hits.filter((h) => !keep(h)).map((h) => ({ id: h.id, reason: 'filtered' as const })) : []),
  ];

  // Checked on the current turn only, against everything retrieved (not only what is cited); medicine names by their
  // shape (loading the drug lexicon costs seconds on a first question).
  // Conditions (and other names) the knowledge base itself knows no page about (retrieval/unpaged-names.ts) join them,
  // unless a retrieved passage is titled with or about the name after all.
  const withoutPage = namesWithoutPage(question, hits, undefined, input.retriever.unpagedNames?.(question));
  const variants = synonymVariants(question.trim(), analysis.entities, input.terminology);
  const relevanceQueries = input.relevanceQueries?.length
    ? input.relevanceQueries
    : [analysis.retrievalQuery, ...analysis.rewordings, ...variants, ...(input.extraQueries ?? [])];
  const relevanceText = relevanceQueries.join(' ');
  const entities = [...analysis.entities.map((e) => e.text), ...(input.focusTerms ?? [])];
  // Best rank of each hit over the retrieval lists: relevance keeps and weighs what search ranked first.
  const retrievalRank = new Map<string, number>();
  for (const list of lists) list.forEach((h, r) => retrievalRank.set(h.id, Math.min(r, retrievalRank.get(h.id) ?? r)));
  // Passages the caller offered explicitly (a report's own analyte reference sections) count as ranked first.
  for (const h of extraHits) retrievalRank.set(h.id, 0);
  const lexical = lexicalRelevance(relevanceQueries, hits, { entities, retrievalRank, preferLang: analysis.lang });
  const warnings: Warning[] = [];
  let kept: RankedHit[] = lexical.kept;
  let dropped: DroppedHit[] = lexical.dropped;
  let relevanceMode: 'lexical' | 'model' = 'lexical';
  // 'auto' asks the model unless it runs in this process: an in-process CPU model would spend seconds reading
  // every candidate before the user sees a token. `relevance: 'model'` forces the judge for any backend.
  const wantModel = input.relevance === 'model' || ((input.relevance ?? 'auto') === 'auto' && input.backend && input.backend.kind !== 'llama');
  if (wantModel && input.backend && hits.length > 0) {
    // The judge sees every candidate (with lexical scores kept for ordering and hedging).
    const all = lexicalRelevance(relevanceQueries, hits, { entities, retrievalRank, threshold: 0, relativeToBest: 0, relativeToOverallBest: 0 })
      .kept.sort((a, b) => b.relevance - a.relevance)
      .slice(0, JUDGE_CANDIDATES);
    const judged = await modelRelevance(input.backend, input.modelQuestion ?? input.question, all, {
      timeoutMs: input.relevanceTimeoutMs ?? ANSWER_DEFAULTS.relevanceTimeoutMs,
      signal: input.signal,
    });
    if (judged.ok) {
      relevanceMode = 'model';
      kept = judged.keep;
      dropped = judged.rejected.map((h) => ({ id: h.id, reason: 'model-judged-irrelevant' as const }));
    } else {
      warnings.push(warning('relevance-model-failed', `relevance model failed (${judged.reason}); used lexical relevance instead`));
    }
  }

  // When retrieval found passages of the documents the question is about (SearchHit.about), those are the answer's
  // sources: a passage that merely shares words with the question is not cited beside them (an off-topic citation
  // next to on-topic ones reads as if it applied). Offered passages (report analytes) stay.
  // The topic is the one the question's own search chose; a rewording may name another (a lay word's page).
  const offered = new Set(extraHits.map((h) => h.id));
  const mainTopics = new Set(lists[0]?.flatMap((h) => (h.about ? [h.about] : [])));
  const onTopic = (h: RankedHit) => h.about !== undefined && (mainTopics.size === 0 || mainTopics.has(h.about));
  if (kept.some(onTopic)) {
    const offTopic = kept.filter((h) => !onTopic(h) && !offered.has(h.id));
    kept = kept.filter((h) => onTopic(h) || offered.has(h.id));
    dropped = [...dropped, ...offTopic.map((h) => ({ id: h.id, reason: 'off-topic' as const }))];
  }
  const pinned = kept.map((h) => (offered.has(h.id) ? { ...h, pinned: true } : h));
  // The fired emergency red flag's own guidance page leads, fetched by a bounded second query when retrieval missed it.
  // It passes the ingest screening and the caller's filter like any candidate (a report keeps only its own sections).
  const found = await redFlagLead(input.retriever, input.triage, analysis.lang, hits);
  const lead = found && screenHits([found], input.allowFlagged).hits.length > 0 && (!keep || keep(found)) ? found : undefined;
  const led: RankedHit[] = lead ? [{ ...lead, relevance: 1, lead: true }, ...pinned.filter((h) => h.id !== lead.id)] : pinned;
  const questionTerms = termSet(relevanceText);
  for (const e of entities) for (const t of termSet(e)) questionTerms.add(t);
  clock.lap('relevance');
  const candidates = boostForIntent(led, analysis.intent);
  const budget = input.budget ?? ANSWER_DEFAULTS.budget;
  const pack = (tokens: number): PreparedAnswer => {
    const packaged = packageSources(candidates, { budget: tokens, maxSources: input.maxSources ?? ANSWER_DEFAULTS.maxSources, focus: questionTerms });
    const assessment = assessEvidence(packaged.sources, questionTerms, { lang: analysis.lang });
    return {
      analysis,
      questionTerms,
      queryTermSets: relevanceQueries.map((q) => termSet(q)),
      retrieved: hits.length,
      withoutPage,
      packaged,
      assessment,
      dropped: [...filtered, ...dropped, ...packaged.dropped],
      warnings: [...screened.warnings, ...warnings, ...assessment.warnings],
      relevanceMode,
      timings: clock.laps,
      budget: tokens,
      repack: pack,
    };
  };
  const prepared = pack(budget);
  clock.lap('packaging');
  return prepared;
}
