// Query expansion as recall rescue: when the query names an entity with words the index barely uses
// (e.g. "glycohemoglobin", "Tylenol"), the other names of that entity are added (MedQuAD focus synonyms,
// disease-KG English aliases, drug generic/brand aliases). Names the index already uses are left alone:
// measured on MedQuAD, adding synonyms or stressing entities unconditionally lowered recall@1 (bench/retrieval).
import { parseSeedAliases } from '../knowledge/drugs.js';
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
  /** Cap on added terms per query, so a long group cannot drown the user's words. Default 12. */
  maxAdded?: number;
}

export function createQueryExpander(analyzer: Analyzer, vocab: ExpansionVocabulary, options: ExpansionOptions): QueryExpander {
  const rareBelow = options.rareBelow ?? 3;
  const maxAdded = options.maxAdded ?? 12;
  const groups = [...vocab.synonymGroups, ...Object.entries(parseSeedAliases()).map(([canon, aliases]) => [canon, ...aliases])];
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
      for (const m of matcher.match(query)) {
        const own = analyzer.queryTerms(m.text);
        const rarest = own.reduce((min, t) => Math.min(min, options.docFreq(t)), Infinity);
        if (own.length > 0 && rarest >= rareBelow) continue;
        for (const g of groupsByTerm.get(normalizeTerm(m.text)) ?? []) {
          for (const syn of g) {
            for (const t of analyzer.queryTerms(syn)) {
              if (seen.has(t) || added >= maxAdded || options.docFreq(t) === 0) continue;
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
