// A small symptom checker over the knowledge base's own condition texts: read the findings a question describes
// (complaints, signs, body site, who, when) with one bilingual lexicon, and rank the conditions whose text says them.
// Retrieval uses its candidates as extra queries and as a page-choice signal beside the lexical ranking (README).
import type { Lang } from '../../core/types.js';
import { buildConditionProfiles, type ConditionText } from './condition-profiles.js';
import { createFindingLexicon, type FindingLexicon } from './finding-lexicon.js';
import { type CheckerCandidate, type RankOptions, rankConditions } from './rank-conditions.js';

export type { CheckerCandidate, ConditionText, RankOptions };

export interface SymptomChecker {
  readonly size: number;
  /** Candidate conditions for a question, best first (empty when it describes fewer than two findings). */
  candidates(question: string, o?: RankOptions & { lang?: Lang }): CheckerCandidate[];
  /** Candidate conditions over pages of `lang` only when given. */
  readonly lexicon: FindingLexicon;
}

export function createSymptomChecker(conditions: readonly ConditionText[], lexicon: FindingLexicon = createFindingLexicon()): SymptomChecker {
  const profiles = buildConditionProfiles(conditions, lexicon);
  return {
    size: profiles.profiles.length,
    lexicon,
    candidates(question, o = {}) {
      const all = rankConditions(question, lexicon, profiles, { ...o, limit: (o.limit ?? 5) * 4 });
      // Pages of one language when asked (an English question reads English pages); else both (a Chinese description
      // reaches the many conditions that have an English page only).
      return (o.lang ? all.filter((c) => c.lang === o.lang) : all).slice(0, o.limit ?? 5);
    },
  };
}
