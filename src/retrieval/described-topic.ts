// Described-topic resolver: which condition a question is about when it describes the condition without naming it
// ("heel pain on my first steps in the morning", "手指一遇冷就发白发紫"). The topic index (topics.ts) finds names; the
// symptom index (knowledge/symptom-conditions.ts) finds listed symptom terms; neither reads a description. This one
// ranks condition *entities* (not passages) by how well the question's words match the entity's own descriptive text
// — a MedQuAD focus's overview and symptom answers, a disease-KG page's 概述 and 症状, a disease table's symptom
// column — with BM25 at entity level, and says how sure it is: the best entity must score clearly above the next one
// and match a good share of the question's weight, or there is no described topic. Entity-level scoring is the point:
// a passage that happens to share two words with the question no longer decides the topic; the whole description does.
// Pure: entities and an analyzer function in, index out.
import type { Lang } from '../core/types.js';

/** One condition as the knowledge base describes it. `docs` are its documents (every MedQuAD answer about a focus). */
export interface DescribedEntity {
  name: string;
  lang: Lang;
  docs: readonly number[];
  /** Descriptive text only (overview, symptoms): what the condition looks like, not how it is treated. */
  text: string;
}

export interface DescribedCandidate {
  name: string;
  docs: readonly number[];
  score: number;
  /** Share of the question's term weight (idf) the entity's description contains. */
  coverage: number;
}

export interface DescribedResolution {
  /** The resolved entity, or undefined when no entity stands out (a reason is given). */
  topic?: DescribedCandidate;
  /** Best candidates, best first (for reporting and tests). */
  candidates: DescribedCandidate[];
  /** Best score over the runner-up's (Infinity with one candidate). */
  margin: number;
}

export interface DescribedTopicOptions {
  /** The best entity must score at least this many times the runner-up. */
  minMargin?: number;
  /** …and its description must contain at least this share of the question's term weight… */
  minCoverage?: number;
  /** …or at least this many of the question's distinct terms (a long question's description, see DEFAULTS). */
  longMatched?: number;
  /** …and the question must carry at least this many distinct matched terms. */
  minMatched?: number;
  /** …and the language must have at least this many described entities (in a handful, every word looks distinctive). */
  minEntities?: number;
}

export interface DescribedTopicIndex {
  readonly size: number;
  /** Entities ranked by BM25 of the query terms against their descriptions (same language only). */
  rank(queryTerms: readonly string[], lang: Lang, limit?: number): DescribedCandidate[];
  /** The entity the question describes, with the confidence rule applied. */
  resolve(queryTerms: readonly string[], lang: Lang, options?: DescribedTopicOptions): DescribedResolution;
  /** How many entities of the language have every one of these terms in their description (a finding that many
   *  conditions show, such as cough or 瘙痒, is in many). 0 for no terms. */
  mentioning(terms: readonly string[], lang: Lang): number;
  /** Share (0–1) of the language's entities whose description has the term. */
  share(term: string, lang: Lang): number;
  /** The distinct terms of these that the description of the entity called `name` has (none for an unknown name). */
  shared(name: string, terms: readonly string[], lang: Lang): string[];
}

const K1 = 1.2;
const B = 0.75;
// A priori, not fitted to a batch: a runner-up within a third of the best means the description fits two conditions
// (then the passages decide, as before); under 40 % of the question's weight is a few shared words, not a description.
// The share misreads a long question (evidence-q-8, session 9: median 200 characters of story — age, family, work,
// what was tried), whose own words dilute any description: four or more distinct terms shared with one condition's
// description, clearly ahead of the next, are a description however much else the question says.
const DEFAULTS: Required<DescribedTopicOptions> = { minMargin: 1.35, minCoverage: 0.4, longMatched: 4, minMatched: 2, minEntities: 20 };

interface Built {
  entities: DescribedEntity[];
  tf: Map<string, number>[];
  len: number[];
  avg: number;
  df: Map<string, number>;
}

export function buildDescribedTopicIndex(entities: readonly DescribedEntity[], termsOf: (text: string) => string[]): DescribedTopicIndex {
  const byLang = new Map<Lang, Built>();
  for (const e of entities) {
    if (!e.text.trim() || e.docs.length === 0) continue;
    const b: Built = byLang.get(e.lang) ?? { entities: [], tf: [], len: [], avg: 0, df: new Map() };
    const tf = new Map<string, number>();
    const terms = termsOf(e.text);
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) b.df.set(t, (b.df.get(t) ?? 0) + 1);
    b.entities.push(e);
    b.tf.push(tf);
    b.len.push(terms.length);
    byLang.set(e.lang, b);
  }
  for (const b of byLang.values()) b.avg = b.len.reduce((s, n) => s + n, 0) / Math.max(1, b.len.length);

  const idf = (b: Built, t: string) => {
    const n = b.df.get(t) ?? 0;
    return Math.log(1 + (b.entities.length - n + 0.5) / (n + 0.5));
  };

  const rank = (queryTerms: readonly string[], lang: Lang, limit = 5): DescribedCandidate[] => {
    const b = byLang.get(lang);
    if (!b) return [];
    const qs = [...new Set(queryTerms)].filter((t) => b.df.has(t));
    const total = [...new Set(queryTerms)].reduce((s, t) => s + (b.df.has(t) ? idf(b, t) : 0), 0);
    if (qs.length === 0 || total === 0) return [];
    const scored: DescribedCandidate[] = [];
    b.tf.forEach((tf, i) => {
      let score = 0;
      let covered = 0;
      for (const t of qs) {
        const f = tf.get(t);
        if (!f) continue;
        const w = idf(b, t);
        covered += w;
        score += (w * f * (K1 + 1)) / (f + K1 * (1 - B + (B * b.len[i]) / b.avg));
      }
      if (score > 0) scored.push({ name: b.entities[i].name, docs: b.entities[i].docs, score, coverage: covered / total });
    });
    return scored.sort((x, y) => y.score - x.score).slice(0, limit);
  };

  const hasAll = (tf: Map<string, number>, terms: readonly string[]) => terms.length > 0 && terms.every((t) => tf.has(t));

  return {
    size: entities.length,
    rank,
    mentioning(terms, lang) {
      const b = byLang.get(lang);
      return b ? b.tf.filter((tf) => hasAll(tf, terms)).length : 0;
    },
    share(term, lang) {
      const b = byLang.get(lang);
      return b?.entities.length ? (b.df.get(term) ?? 0) / b.entities.length : 0;
    },
    shared(name, terms, lang) {
      const b = byLang.get(lang);
      const i = b ? b.entities.findIndex((e) => e.name === name) : -1;
      return b && i >= 0 ? [...new Set(terms)].filter((t) => b.tf[i].has(t)) : [];
    },
    resolve(queryTerms, lang, options = {}) {
      const o = { ...DEFAULTS, ...options };
      const candidates = rank(queryTerms, lang, 5);
      const [best, next] = candidates;
      const margin = best ? (next ? best.score / next.score : Number.POSITIVE_INFINITY) : 0;
      if (!best) return { candidates, margin };
      const b = byLang.get(lang) as Built;
      const i = b.entities.findIndex((e) => e.docs === best.docs);
      const matched = [...new Set(queryTerms)].filter((t) => b.tf[i]?.has(t)).length;
      const described = best.coverage >= o.minCoverage || matched >= o.longMatched;
      const sure = b.entities.length >= o.minEntities && margin >= o.minMargin && described && matched >= o.minMatched;
      return { topic: sure ? best : undefined, candidates, margin };
    },
  };
}
