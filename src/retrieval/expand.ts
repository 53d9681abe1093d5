// Query expansion as recall rescue: when the query names an entity with words the index barely uses
// (e.g. "glycohemoglobin"), or the sources clearly prefer another name (发烧 → 发热, 小孩 → 小儿), the other names
// are added (MedQuAD focus synonyms, disease-KG English aliases, lay ↔ clinical terms, drug generic/brand aliases).
// Names the index already uses as much as their synonyms are left alone:
// measured on MedQuAD, adding synonyms or stressing entities unconditionally lowered recall@1 (bench/retrieval).
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
   * How many times the query's own terms are listed when something was added (FTS5 bm25 counts a repeated term
   * again), so an added synonym weighs less than the user's word: a document using the user's own words still
   * wins over one that only matches the rescue. Default 2.
   */
  originalWeight?: number;
}

export function createQueryExpander(analyzer: Analyzer, vocab: ExpansionVocabulary, options: ExpansionOptions): QueryExpander {
  const rareBelow = options.rareBelow ?? 3;
  const maxAdded = options.maxAdded ?? 12;
  const preferRatio = options.preferRatio ?? 5;
  const originalWeight = options.originalWeight ?? 2;
  const groups = [...vocab.synonymGroups, ...layTermGroups(), ...Object.entries(parseSeedAliases()).map(([canon, aliases]) => [canon, ...aliases])];
  const groupsByTerm = new Map<string, string[][]>();
  for (const g of groups) {
    for (const t of g) {
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
      const out = [...base];
      const seen = new Set(base);
      let added = 0;
      const add = (t: string) => {
        if (seen.has(t) || added >= maxAdded || options.docFreq(t) === 0) return;
        seen.add(t);
        out.push(t);
        added++;
      };
      // A numeric temperature ("39度", "102 degrees") is the symptom the sources name.
      for (const w of temperatureTerms(query)) for (const t of analyzer.queryTerms(w)) add(t);
      for (const m of matcher.match(query)) {
        const own = analyzer.queryTerms(m.text);
        if (own.length === 0) continue;
        const rarest = own.reduce((min, t) => Math.min(min, options.docFreq(t)), Infinity);
        for (const g of groupsByTerm.get(normalizeTerm(m.text)) ?? []) {
          for (const syn of g) {
            const synTerms = analyzer.queryTerms(syn);
            const synDf = synTerms.reduce((min, t) => Math.min(min, options.docFreq(t)), Infinity);
            // Rescue when the query's word is (nearly) absent, or the sources clearly prefer the other name.
            if (rarest >= rareBelow && !(synDf !== Infinity && synDf >= preferRatio * rarest)) continue;
            for (const t of synTerms) add(t);
          }
        }
      }
      if (added === 0) return out;
      const extra = out.slice(base.length);
      return [...Array.from({ length: originalWeight }, () => base).flat(), ...extra];
    },
  };
}
