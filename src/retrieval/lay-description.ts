// Lay-description model: which condition a question describes in a lay person's words ("my mom gets dizzy when she
// stands up", "一到阴天下雨膝盖就疼"), learned from consultations where a patient describes and a doctor names. The
// entity-level BM25 resolver (described-topic.ts) compares the question with how the *sources* describe a condition,
// and lay wording shares few words with that; this model learns from thousands of patient questions which of their
// words go with the condition the answering doctor named. It is trained offline (bench/lay-model-train.ts) and shipped
// as weights (lay-model-weights.generated.ts); the labels are condition names, resolved to pages by the knowledge
// base at run time, so one model serves any knowledge base that has those pages.
//
// Model: per language, a Bernoulli naive-Bayes log-odds weight for (term present | condition) against (term present |
// any other condition), kept only when positive and seen with the condition in at least `minPairs` questions.
// A question's score for a condition is the sum of the weights of its distinct terms. Pure: data in, data out.
import type { Lang } from '../core/types.js';

export const LAY_MODEL_VERSION = 1;

/** One training question: the patient's terms and the condition the answer named. */
export interface LayExample {
  lang: Lang;
  terms: readonly string[];
  label: string;
}

/** Per language: condition names, and per term the [label index, weight] pairs it votes for. */
export interface LayModelLang {
  labels: string[];
  examples: number;
  weights: Record<string, [number, number][]>;
}

export interface LayModelData {
  version: number;
  langs: Partial<Record<Lang, LayModelLang>>;
}

export interface LayTrainOptions {
  /** A term must appear with the condition in at least this many questions to vote for it. */
  minPairs?: number;
  /** A condition needs at least this many questions to be learned at all. */
  minExamples?: number;
  /** Laplace smoothing of the presence probabilities. */
  alpha?: number;
  /** At most this many terms per condition are kept (the strongest): a bound on the shipped size. */
  maxTermsPerLabel?: number;
  /** Terms in more than this share of all questions say nothing about which condition (这个, "doctor"). */
  maxTermShare?: number;
  /**
   * Knowledge check: a term may vote for a condition only when this says so (the trainer passes "the condition's own
   * description in the knowledge base uses the term"), so chance company in noisy consultations ("第二天", "won't go
   * away") votes for nothing.
   */
  keep?: (term: string, label: string) => boolean;
}

const TRAIN_DEFAULTS: Required<Omit<LayTrainOptions, 'keep'>> = { minPairs: 2, minExamples: 3, alpha: 0.5, maxTermsPerLabel: 40, maxTermShare: 0.05 };

/** Pure: count term presence per condition and keep the positive log-odds weights. */
export function trainLayModel(examples: readonly LayExample[], options: LayTrainOptions = {}): LayModelData {
  const o = { ...TRAIN_DEFAULTS, ...options };
  const langs: Partial<Record<Lang, LayModelLang>> = {};
  for (const lang of [...new Set(examples.map((e) => e.lang))].sort()) {
    const own = examples.filter((e) => e.lang === lang);
    const perLabel = new Map<string, number>();
    for (const e of own) perLabel.set(e.label, (perLabel.get(e.label) ?? 0) + 1);
    const labels = [...perLabel.keys()].filter((l) => (perLabel.get(l) ?? 0) >= o.minExamples).sort();
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    const termCount = new Map<string, number>();
    const pair = new Map<string, Map<number, number>>();
    for (const e of own) {
      const li = labelIndex.get(e.label);
      for (const t of new Set(e.terms)) {
        termCount.set(t, (termCount.get(t) ?? 0) + 1);
        if (li === undefined) continue;
        const m = pair.get(t) ?? new Map<number, number>();
        m.set(li, (m.get(li) ?? 0) + 1);
        pair.set(t, m);
      }
    }
    const n = own.length;
    const perLabelTerms: [string, number][][] = labels.map(() => []);
    for (const [t, m] of pair) {
      const nt = termCount.get(t) ?? 0;
      if (nt > o.maxTermShare * n) continue;
      for (const [li, ntc] of m) {
        if (ntc < o.minPairs || (options.keep && !options.keep(t, labels[li]))) continue;
        const nc = perLabel.get(labels[li]) ?? 0;
        const inClass = (ntc + o.alpha) / (nc + 2 * o.alpha);
        const outClass = (nt - ntc + o.alpha) / (n - nc + 2 * o.alpha);
        const w = Math.log(inClass / outClass);
        if (w > 0) perLabelTerms[li].push([t, w]);
      }
    }
    const weights: Record<string, [number, number][]> = {};
    perLabelTerms.forEach((list, li) => {
      for (const [t, w] of list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.maxTermsPerLabel)) {
        (weights[t] ??= []).push([li, Math.round(w * 100) / 100]);
      }
    });
    langs[lang] = { labels, examples: n, weights };
  }
  return { version: LAY_MODEL_VERSION, langs };
}

export interface LayCandidate {
  name: string;
  score: number;
  /** The question's terms that voted for this condition. */
  matched: string[];
}

export interface LayResolveOptions {
  /** The best condition must score at least this many times the runner-up… */
  minMargin?: number;
  /** …at least this much in total… */
  minScore?: number;
  /** …with at least this many of the question's terms voting for it. */
  minMatched?: number;
}

export interface LayModel {
  readonly version: number;
  /** Conditions ranked by the summed weights of the question's distinct terms (same language only). */
  rank(terms: readonly string[], lang: Lang, limit?: number): LayCandidate[];
  /** The condition the question describes, when one stands out (else undefined). */
  resolve(terms: readonly string[], lang: Lang, options?: LayResolveOptions): LayCandidate | undefined;
}

const RESOLVE_DEFAULTS: Required<LayResolveOptions> = { minMargin: 1.3, minScore: 6, minMatched: 2 };

/** Load shipped weights; a version other than this code's is refused by name (weights and scorer must agree). */
export function createLayModel(data: LayModelData): LayModel {
  if (data.version !== LAY_MODEL_VERSION) {
    throw new Error(
      `lay-description weights are version ${String(data.version)}, this code reads version ${LAY_MODEL_VERSION}: retrain with bench/lay-model-train.ts`,
    );
  }
  const rank = (terms: readonly string[], lang: Lang, limit = 5): LayCandidate[] => {
    const m = data.langs[lang];
    if (!m) return [];
    const score = new Map<number, number>();
    const matched = new Map<number, string[]>();
    for (const t of new Set(terms)) {
      for (const [li, w] of m.weights[t] ?? []) {
        score.set(li, (score.get(li) ?? 0) + w);
        matched.set(li, [...(matched.get(li) ?? []), t]);
      }
    }
    return [...score]
      .map(([li, s]) => ({ name: m.labels[li], score: Math.round(s * 100) / 100, matched: matched.get(li) ?? [] }))
      .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))
      .slice(0, limit);
  };
  return {
    version: data.version,
    rank,
    resolve(terms, lang, options = {}) {
      const o = { ...RESOLVE_DEFAULTS, ...options };
      const [best, next] = rank(terms, lang, 2);
      if (!best || best.matched.length < o.minMatched || best.score < o.minScore) return undefined;
      if (next && best.score < o.minMargin * next.score) return undefined;
      return best;
    },
  };
}
