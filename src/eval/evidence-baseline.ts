// The information-retrieval baseline of the MedQA paper, model-free: for each option, retrieve with
// question + option and score the option by how well the top passages support it; answer the best one.
// It gives real numbers without an LLM and measures the knowledge base itself.
import { lexicalTerms } from '../rag/lexical-terms.js';
import type { Retriever } from '../retrieval/store.js';
import type { SearchHit } from '../core/types.js';
import type { Predictor } from './predictor.js';
import type { BenchItem } from './types.js';

export interface EvidenceBaselineOptions {
  /** Passages retrieved per option (default 5). */
  k?: number;
  /** Expand queries with terminology synonyms (SearchOptions.expand; default true). */
  expand?: boolean;
}

/** Content terms, falling back to single Han characters for one-character options ("肝", "脾"). */
function terms(text: string): string[] {
  const t = lexicalTerms(text);
  return t.length ? t : [...text.replace(/\s+/g, '')].filter((c) => /\p{Script=Han}|[A-Za-z0-9]/u.test(c));
}

/**
 * Support of one option by its passages: each passage counts by its retrieval rank and by the share of the
 * option's distinctive terms (weighted down when other options share them) and of the question's terms it holds.
 */
export function optionSupport(hits: SearchHit[], optionTerms: Map<string, number>, questionTerms: Set<string>): number {
  const optWeight = [...optionTerms.values()].reduce((a, b) => a + b, 0);
  if (optWeight === 0) return 0;
  let best = 0;
  let sum = 0;
  hits.forEach((hit, rank) => {
    const hay = new Set(terms(`${hit.title} ${hit.text}`));
    let opt = 0;
    for (const [t, w] of optionTerms) if (hay.has(t)) opt += w;
    let q = 0;
    for (const t of questionTerms) if (hay.has(t)) q++;
    const qCov = questionTerms.size ? q / questionTerms.size : 0;
    const s = (opt / optWeight) * (0.3 + 0.7 * qCov) * (1 / (1 + 0.25 * rank)) * (0.5 + 0.5 * hit.score);
    best = Math.max(best, s);
    sum += s;
  });
  return best + 0.25 * (sum / Math.max(1, hits.length));
}

export interface BaselineChoice {
  letter: string | null;
  scores: Record<string, number>;
}

export async function chooseByEvidence(retriever: Retriever, item: BenchItem, options: EvidenceBaselineOptions = {}): Promise<BaselineChoice> {
  const letters = Object.keys(item.options).sort();
  const perOption = letters.map((l) => new Set(terms(item.options[l])));
  const df = new Map<string, number>();
  for (const set of perOption) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const questionTerms = new Set(terms(item.question));
  const scores: Record<string, number> = {};
  for (let i = 0; i < letters.length; i++) {
    const weighted = new Map([...perOption[i]].map((t) => [t, 1 / (df.get(t) ?? 1)]));
    const hits = await retriever.search(`${item.question} ${item.options[letters[i]]}`, {
      k: options.k ?? 5,
      expand: options.expand ?? true,
      mode: 'bm25',
    });
    scores[letters[i]] = optionSupport(hits, weighted, questionTerms);
  }
  let letter: string | null = null;
  for (const l of letters) if (scores[l] > 0 && (letter === null || scores[l] > scores[letter])) letter = l;
  return { letter, scores };
}

/** The baseline as a predictor: replies in the same JSON protocol an LLM would, so scoring is shared. */
export function evidenceBaseline(retriever: Retriever, options: EvidenceBaselineOptions = {}): Predictor {
  return {
    id: `evidence-baseline?expand=${options.expand ?? true}&k=${options.k ?? 5}`,
    cacheable: false,
    async predict(item) {
      if (Object.keys(item.options).length === 0) {
        return { text: '', usage: { promptTokens: 0, completionTokens: 0 }, finishReason: 'stop' };
      }
      const choice = await chooseByEvidence(retriever, item, options);
      return {
        text: JSON.stringify({ answer: choice.letter ?? '', scores: choice.scores }),
        usage: { promptTokens: 0, completionTokens: 0 },
        finishReason: 'stop',
      };
    },
    close: async () => {},
  };
}
