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
  /** Also drop passages below this fraction of the best passage's coverage (default 0.5). */
  relativeToBest?: number;
}

export interface RelevanceOutcome {
  kept: RankedHit[];
  dropped: DroppedHit[];
}

export function lexicalRelevance(question: string, hits: SearchHit[], options: LexicalRelevanceOptions = {}): RelevanceOutcome {
  const threshold = options.threshold ?? 0.2;
  const passageTerms = hits.map((h) => termSet(`${h.title} ${h.section} ${h.text}`));
  // Title and section heading together say what a passage is about ("百日咳 › 症状").
  const titleTerms = hits.map((h) => termSet(`${h.title} ${h.section}`));
  const weights = new Map<string, number>();
  const add = (term: string, boost: number) => {
    const df = passageTerms.filter((s) => s.has(term)).length;
    const idf = Math.log(1 + (hits.length + 1) / (df + 0.5));
    weights.set(term, Math.max(weights.get(term) ?? 0, idf * boost));
  };
  for (const t of new Set(lexicalTerms(question))) add(t, 1);
  for (const e of options.entities ?? []) for (const t of new Set(lexicalTerms(e))) add(t, 2);
  const total = [...weights.values()].reduce((s, w) => s + w, 0);

  const scores = hits.map((_, i) => {
    let covered = 0;
    let inTitle = 0;
    for (const [term, w] of weights) {
      if (passageTerms[i].has(term)) covered += w;
      if (titleTerms[i].has(term)) inTitle += w;
    }
    // No content terms at all (e.g. "help?"): trust retrieval order rather than drop everything.
    if (total === 0) return 0.5;
    // A passage whose title names what is asked about is about it; one that merely mentions the words is not.
    return Math.min(1, 0.75 * (covered / total) + 0.25 * Math.min(1, (2 * inTitle) / total));
  });
  // A passage far weaker than the best one only adds noise (e.g. shares "normal" and "level" but not "A1C").
  const cut = Math.max(threshold, (options.relativeToBest ?? 0.5) * Math.max(0, ...scores));
  const kept: RankedHit[] = [];
  const dropped: DroppedHit[] = [];
  hits.forEach((hit, i) => {
    if (scores[i] >= cut) kept.push({ ...hit, relevance: round(scores[i]) });
    else dropped.push({ id: hit.id, reason: 'irrelevant' });
  });
  return { kept, dropped };
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
