// Query expansion from the knowledge base's own vocabulary: recognised entities are stressed
// (counted twice in bm25) and synonym groups (e.g. MedQuAD "HbA1C" ↔ "A1C", "Glycohemoglobin") add their members.
import { createEntityMatcher, ENTITY_TYPE_NAMES, normalizeTerm, type EntityType } from '../knowledge/entity-matcher.js';
import type { Analyzer } from './analyzer.js';

export interface QueryExpander {
  /** Terms for the lexical query: the query's own, entity terms repeated, synonyms appended. */
  expand(query: string): string[];
}

export interface ExpansionVocabulary {
  entities: { term: string; type: string }[];
  synonymGroups: string[][];
}

/** Cap on synonym terms added per query, so a long group cannot drown the user's words. */
const MAX_SYNONYM_TERMS = 12;

export function createQueryExpander(analyzer: Analyzer, vocab: ExpansionVocabulary): QueryExpander {
  const typed = vocab.entities
    .filter((e): e is { term: string; type: EntityType } => (ENTITY_TYPE_NAMES as readonly string[]).includes(e.type))
    .filter((e) => e.type !== 'food');
  const groupsByTerm = new Map<string, string[][]>();
  for (const g of vocab.synonymGroups) {
    for (const t of g) {
      const key = normalizeTerm(t);
      const list = groupsByTerm.get(key) ?? [];
      list.push(g);
      groupsByTerm.set(key, list);
    }
  }
  const matcher = createEntityMatcher([
    ...typed,
    ...[...groupsByTerm.keys()].map((term) => ({ term, type: 'disease' as const })),
  ]);

  return {
    expand(query) {
      const base = analyzer.queryTerms(query);
      const out = [...base];
      const seen = new Set(base);
      let added = 0;
      for (const m of matcher.match(query)) {
        const own = analyzer.queryTerms(m.text);
        out.push(...own); // stressed: listed twice
        for (const g of groupsByTerm.get(normalizeTerm(m.text)) ?? []) {
          for (const syn of g) {
            for (const t of analyzer.queryTerms(syn)) {
              if (seen.has(t) || added >= MAX_SYNONYM_TERMS) continue;
              seen.add(t);
              out.push(t);
              added++;
            }
          }
        }
      }
      return out;
    },
  };
}
