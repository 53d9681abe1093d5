// Default collaborators for the pipeline, from the other subsystems: triage (safety), terminology
// (knowledge), compliance principles (safety) and the add-a-model hint (models). Callers may inject any of
// them (tests, the server's cached instances); defaults are loaded once per process (terminology: once per
// knowledge base, since it folds in the KB's own vocabulary).
import { loadTerminology, type VocabularySource } from '../knowledge/terminology.js';
import { addModelHint } from '../models/model-hint.js';
import type { Retriever } from '../retrieval/store.js';
import { triage as safetyTriage } from '../safety/triage.js';
import type { TermMatcher } from './analyze-query.js';
import type { AnswerOptions, TriageFn } from './options.js';

export interface AnswerDeps {
  triage: TriageFn;
  terminology: TermMatcher | null;
  principles: string;
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

// Interim: resolved at run time until the safety subsystem's principles module lands.
let principlesCache: Promise<string> | undefined;
async function defaultPrinciples(): Promise<string> {
  try {
    const path = '../safety/principles.js';
    const m = (await import(path)) as { loadPrinciples?: () => unknown };
    return formatPrinciples(m.loadPrinciples ? await m.loadPrinciples() : undefined);
  } catch {
    return '';
  }
}

/** Principles may come as text, a list of strings, or a list of {text}/{rule} objects. */
export function formatPrinciples(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return value
      .map((p) => (typeof p === 'string' ? p : typeof p === 'object' && p ? String((p as Record<string, unknown>).text ?? (p as Record<string, unknown>).rule ?? '') : ''))
      .filter(Boolean)
      .map((s) => `- ${s}`)
      .join('\n');
  }
  return '';
}

export async function resolveAnswerDeps(options: AnswerOptions): Promise<AnswerDeps> {
  return {
    triage: options.triage ?? safetyTriage,
    terminology: options.terminology === undefined ? await defaultTerminology(options.retriever) : options.terminology,
    principles: options.principles ?? (await (principlesCache ??= defaultPrinciples())),
    modelHint: options.modelHint ?? addModelHint('ask'),
  };
}
