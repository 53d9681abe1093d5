// Lexical relevance extraction: weighted coverage of the question's content terms in each passage.
// Terms rare among the candidates weigh more (a local IDF), entity names weigh double, so a passage that
// names the disease or drug asked about outranks one that only shares generic words.
import type { SearchHit } from '../core/types.js';
import { lexicalTerms, termSet } from './lexical-terms.js';
import type { DroppedHit, RankedHit } from './ranked-hit.js';

export interface LexicalRelevanceOptions {
  /** Entity surface forms from query analysis; each gets double weight. */
  entities?: string[];
  /** Keep passages at or above this coverage (default 0.2). */
  threshold?: number;
  /** Also drop passages below this fraction of the best passage's coverage for the same query (default 0.5). */
  relativeToBest?: number;
  /** …and below this fraction of the best coverage over all queries (default 0.35), so a weak query cannot admit noise. */
  relativeToOverallBest?: number;
  /**
   * Each hit's best 0-based rank in the retrieval lists (by id). Retrieval ranks with BM25 over segmented text,
   * synonym and lay-term expansion and an authority prior, which this local coverage score cannot see, so:
   * a ranked hit's relevance blends in its rank (RANK_WEIGHT), and one of the top RANK_GUARANTEE ranks is kept
   * whenever it covers at least `threshold` of the question — the answer never throws away what search found.
   */
  retrievalRank?: ReadonlyMap<string, number>;
  /** The question's language: a passage in another language keeps CROSS_LANG_FACTOR of its relevance. */
  preferLang?: SearchHit['lang'];
}

/** A passage in the other language is readable by fewer users and is usually a looser match (bilingual names). */
export const CROSS_LANG_FACTOR = 0.8;

/** Share of a ranked hit's relevance that comes from its retrieval rank. */
export const RANK_WEIGHT = 0.4;
/** Retrieval's top ranks survive the relative cuts (still subject to the absolute threshold). */
export const RANK_GUARANTEE = 3;

/** 1 for retrieval's first hit, decaying with rank (0.57 at rank 3, 0.29 at rank 10). */
export const rankScore = (rank: number): number => 1 / (1 + rank / 4);

export interface RelevanceOutcome {
  kept: RankedHit[];
  dropped: DroppedHit[];
}

/**
 * Score every hit against the question (or several queries: a passage's relevance is its best score over
 * them, so a report passage about potassium is not diluted by the hemoglobin query).
 */
export function lexicalRelevance(question: string | string[], hits: SearchHit[], options: LexicalRelevanceOptions = {}): RelevanceOutcome {
  const threshold = options.threshold ?? 0.2;
  const passageTerms = hits.map((h) => termSet(`${h.title} ${h.section} ${h.text}`));
  // Title and section heading together say what a passage is about ("百日咳 › 症状").
  const titleTerms = hits.map((h) => termSet(`${h.title} ${h.section}`));
  const queries = (Array.isArray(question) ? question : [question]).filter((q) => q.trim());
  const texts = hits.map((h) => `${h.title} ${h.section} ${h.text}`);
  const heads = hits.map((h) => `${h.title} ${h.section}`);
  const perQuery = (queries.length ? queries : ['']).map((q) =>
    scoreQuery(q, { terms: passageTerms, titles: titleTerms, texts, heads }, options.entities ?? []),
  );
  // A passage far weaker than the best one for the same query only adds noise (e.g. it shares "normal" and
  // "level" but not "A1C"); the cut is per query so one strong analyte does not crowd out another.
  const rel = options.relativeToBest ?? 0.5;
  const overall = Math.max(0, ...perQuery.flat());
  const floor = (options.relativeToOverallBest ?? 0.35) * overall;
  const cuts = perQuery.map((s) => Math.max(threshold, floor, rel * Math.max(0, ...s)));
  const kept: RankedHit[] = [];
  const dropped: DroppedHit[] = [];
  hits.forEach((hit, i) => {
    const scores = perQuery.map((s) => s[i]);
    const passing = scores.filter((score, q) => score >= cuts[q]);
    const rank = options.retrievalRank?.get(hit.id);
    const best = Math.max(...scores);
    // Search's first hit needs only half the threshold: a colloquial question shares few words with the page that
    // answers it, and an empty answer ("no passage bears on this") when search found that page helps nobody.
    // A passage whose document is about a topic the question names (retrieval's topic-first ranking) is kept.
    const guaranteed = Boolean(hit.about) || (rank !== undefined && ((rank < RANK_GUARANTEE && best >= threshold) || (rank === 0 && best >= threshold / 2)));
    if (!passing.length && !guaranteed) {
      dropped.push({ id: hit.id, reason: 'irrelevant' });
      return;
    }
    const lexical = passing.length ? Math.max(...passing) : best;
    const blended = rank === undefined ? lexical : (1 - RANK_WEIGHT) * lexical + RANK_WEIGHT * rankScore(rank);
    const relevance = options.preferLang && hit.lang && hit.lang !== options.preferLang ? blended * CROSS_LANG_FACTOR : blended;
    kept.push({ ...hit, relevance: round(relevance) });
  });
  return { kept, dropped };
}

interface PassageIndex {
  terms: Set<string>[];
  titles: Set<string>[];
  texts: string[];
  heads: string[];
}

// Single Han characters are whole words for some entities (钾 potassium, 钠 sodium, 铁 iron) but bigram
// splitting never yields them from running text, so they are matched as substrings instead.
const isHanChar = (t: string) => t.length === 1 && /\p{Script=Han}/u.test(t);

function scoreQuery(query: string, index: PassageIndex, entities: string[]): number[] {
  const passageTerms = index.terms;
  const n = passageTerms.length;
  const inPassage = (term: string, i: number) => (isHanChar(term) ? index.texts[i].includes(term) : passageTerms[i].has(term));
  const inHead = (term: string, i: number) => (isHanChar(term) ? index.heads[i].includes(term) : index.titles[i].has(term));
  const weights = new Map<string, number>();
  const add = (term: string, boost: number) => {
    let df = 0;
    for (let i = 0; i < n; i++) if (inPassage(term, i)) df++;
    const idf = Math.log(1 + (n + 1) / (df + 0.5));
    // A Han bigram no candidate contains is usually a segmentation artefact ("亲突" in "父亲突然"): it should
    // lower every passage's coverage a little, not swamp the terms that do discriminate.
    const artefact = df === 0 && /\p{Script=Han}/u.test(term) ? 0.3 : 1;
    weights.set(term, Math.max(weights.get(term) ?? 0, idf * boost * artefact));
  };
  for (const t of new Set(lexicalTerms(query))) add(t, 1);
  for (const e of entities) if (query.includes(e)) for (const t of new Set(lexicalTerms(e))) add(t, 2);
  const total = [...weights.values()].reduce((s, w) => s + w, 0);
  return passageTerms.map((_, i) => {
    // No content terms at all (e.g. "help?"): trust retrieval order rather than drop everything.
    if (total === 0) return 0.5;
    let covered = 0;
    let inTitle = 0;
    for (const [term, w] of weights) {
      if (inPassage(term, i)) covered += w;
      if (inHead(term, i)) inTitle += w;
    }
    // A passage whose title names what is asked about is about it; one that merely mentions the words is not.
    return Math.min(1, 0.75 * (covered / total) + 0.25 * Math.min(1, (2 * inTitle) / total));
  });
}

/** Relevance of one sentence to the question terms (for extractive summaries and conflict checks). */
export function sentenceOverlap(questionTerms: Set<string>, sentence: string): number {
  if (questionTerms.size === 0) return 0;
  const s = termSet(sentence);
  let n = 0;
  for (const t of questionTerms) if (s.has(t)) n++;
  return n / questionTerms.size;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
