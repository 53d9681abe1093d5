// Query expansion as recall rescue: when the query names an entity with words the index barely uses
// (e.g. "glycohemoglobin"), or the sources clearly prefer another name (发烧 → 发热, 小孩 → 小儿), the other names
// are added (MedQuAD focus synonyms, disease-KG English aliases, lay ↔ clinical terms, drug generic/brand aliases).
// Names the index already uses as much as their synonyms are left alone:
// measured on MedQuAD, adding synonyms or stressing entities unconditionally lowered recall@1 (bench/retrieval).
// Weights: a lay ↔ clinical name added beside a word the index does use (小孩 + 小儿) counts half as much as the
// user's own terms; names that stand in for an absent word, and exact synonyms, count fully (halving those cost
// the MedQuAD synonym set 2 points of recall@10). Numeric temperatures ("39度", "102 degrees") add 发热 / fever.
import { parseSeedAliases } from '../knowledge/drugs.js';
import { layTermGroups, temperatureTerms } from '../knowledge/lay-terms.js';
import { createEntityMatcher, ENTITY_TYPE_NAMES, normalizeTerm, type EntityType } from '../knowledge/entity-matcher.js';
import type { Analyzer } from './analyzer.js';

export interface QueryExpander {
  /** Terms for the lexical query: the query's own, plus synonym terms for entities the index lacks. */
  expand(query: string): string[];
}

export interface ExpansionVocabulary {
  entities: { term: string; type: string }[];
  synonymGroups: string[][];
}

export interface ExpansionOptions {
  /** Chunks containing a term (0 when absent). */
  docFreq(term: string): number;
  /** A mention is rescued when its rarest own term occurs in fewer chunks than this. Default 3. */
  rareBelow?: number;
  /** Also rescue when a synonym is this many times more frequent in the index than the query's word. Default 5. */
  preferRatio?: number;
  /** Cap on added terms per query, so a long group cannot drown the user's words. Default 12. */
  maxAdded?: number;
  /**
   * How many times the query's own terms are listed when a lay ↔ clinical name was added beside a word the index
   * uses (FTS5 bm25 counts a repeated term again), so the looser name weighs less than the user's words. Default 2.
   */
  originalWeight?: number;
}

interface SynonymGroup {
  terms: string[];
  /** Same entity (curated synonyms, drug aliases) rather than a lay ↔ clinical equivalent. */
  exact: boolean;
}

export function createQueryExpander(analyzer: Analyzer, vocab: ExpansionVocabulary, options: ExpansionOptions): QueryExpander {
  const rareBelow = options.rareBelow ?? 3;
  const maxAdded = options.maxAdded ?? 12;
  const preferRatio = options.preferRatio ?? 5;
  const originalWeight = options.originalWeight ?? 2;
  // Curated synonyms name the very same entity; lay ↔ clinical pairs are looser (胸口疼 vs 胸痛), so they weigh less.
  const groups: SynonymGroup[] = [
    ...vocab.synonymGroups.map((terms) => ({ terms, exact: true })),
    ...Object.entries(parseSeedAliases()).map(([canon, aliases]) => ({ terms: [canon, ...aliases], exact: true })),
    ...layTermGroups().map((terms) => ({ terms, exact: false })),
  ];
  const groupsByTerm = new Map<string, SynonymGroup[]>();
  for (const g of groups) {
    for (const t of g.terms) {
      const key = normalizeTerm(t);
      const list = groupsByTerm.get(key) ?? [];
      list.push(g);
      groupsByTerm.set(key, list);
    }
  }
  const typed = vocab.entities.filter((e): e is { term: string; type: EntityType } => (ENTITY_TYPE_NAMES as readonly string[]).includes(e.type));
  // Only names with synonyms can be expanded, so only they need matching.
  const matcher = createEntityMatcher([
    ...typed.filter((e) => groupsByTerm.has(normalizeTerm(e.term))),
    ...[...groupsByTerm.keys()].map((term) => ({ term, type: 'disease' as const })),
  ]);

  return {
    expand(query) {
      const base = analyzer.queryTerms(query);
      const seen = new Set(base);
      // Stand-ins replace a word the index lacks, or are exact synonyms, so they weigh what the user's word would
      // have; lay ↔ clinical names sit beside a word the index does use, so they weigh less than the user's own terms.
      const standIns: string[] = [];
      const secondary: string[] = [];
      const add = (list: string[], t: string) => {
        if (seen.has(t) || standIns.length + secondary.length >= maxAdded || options.docFreq(t) === 0) return;
        seen.add(t);
        list.push(t);
      };
      // A numeric temperature ("39度", "102 degrees") names a symptom no word of the query does.
      for (const w of temperatureTerms(query)) for (const t of analyzer.queryTerms(w)) add(standIns, t);
      for (const m of matcher.match(query)) {
        const own = analyzer.queryTerms(m.text);
        if (own.length === 0) continue;
        const rarest = own.reduce((min, t) => Math.min(min, options.docFreq(t)), Infinity);
        const absent = rarest < rareBelow;
        for (const g of groupsByTerm.get(normalizeTerm(m.text)) ?? []) {
          for (const syn of g.terms) {
            const synTerms = analyzer.queryTerms(syn);
            const synDf = synTerms.reduce((min, t) => Math.min(min, options.docFreq(t)), Infinity);
            // Rescue when the query's word is (nearly) absent, or the sources clearly prefer the other name.
            if (!absent && !(synDf !== Infinity && synDf >= preferRatio * rarest)) continue;
            for (const t of synTerms) add(absent || g.exact ? standIns : secondary, t);
          }
        }
      }
      if (secondary.length === 0) return [...base, ...standIns];
      const heavy = [...base, ...standIns];
      return [...Array.from({ length: originalWeight }, () => heavy).flat(), ...secondary];
    },
  };
}
