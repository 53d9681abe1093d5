// Default collaborators for the pipeline, from the other subsystems: terminology
// (knowledge), compliance principles (safety) and the add-a-model hint (models). Callers may inject any of
// them (tests, the server's cached instances); defaults are loaded once per process (terminology: once per
// knowledge base, since it folds in the KB's own vocabulary).
import { loadTerminology, type VocabularySource } from '../knowledge/terminology.js';
import { addModelHint } from '../models/model-hint.js';
import type { Retriever } from '../retrieval/store.js';
import type { Lang } from '../core/types.js';
import { loadPrinciples, principlesPrompt, type Principle } from '../safety/principles.js';
import type { TermMatcher } from './analyze-query.js';
import type { AnswerOptions } from './options.js';

/** Triage is not here: streamAnswer runs it before anything is loaded. */
export interface AnswerDeps {
  terminology: TermMatcher | null;
  /** Compliance principles for the system prompt, in the answer's language. */
  principles: (lang: Lang) => string;
  modelHint: string;
}

const terminologyByKb = new WeakMap<object, Promise<TermMatcher | null>>();
let plainTerminology: Promise<TermMatcher | null> | undefined;

function hasVocabulary(r: Retriever): r is Retriever & VocabularySource {
  return typeof (r as Partial<VocabularySource>).vocabulary === 'function';
}

/** The terminology for this retriever; a failure to load degrades entity matching, never the answer. */
export function defaultTerminology(retriever: Retriever): Promise<TermMatcher | null> {
  const load = (kb?: VocabularySource) => loadTerminology(kb ? { kb } : {}).catch(() => null);
  if (!hasVocabulary(retriever)) return (plainTerminology ??= load());
  let p = terminologyByKb.get(retriever);
  if (!p) terminologyByKb.set(retriever, (p = load(retriever)));
  return p;
}

let principlesCache: Principle[] | null | undefined;

/** The compliance principles in the answer's language; a broken principles file must not stop answers. */
function defaultPrinciples(lang: Lang): string {
  if (principlesCache === undefined) {
    try {
      principlesCache = loadPrinciples();
    } catch {
      principlesCache = null;
    }
  }
  return principlesCache ? principlesPrompt(principlesCache, lang === 'zh' ? 'zh' : 'en') : '';
}

export async function resolveAnswerDeps(options: AnswerOptions): Promise<AnswerDeps> {
  return {
    terminology: options.terminology === undefined ? await defaultTerminology(options.retriever) : options.terminology,
    principles: options.principles === undefined ? defaultPrinciples : () => options.principles ?? '',
    modelHint: options.modelHint ?? addModelHint('ask'),
  };
}
