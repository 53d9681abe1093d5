// Evidence-mode answers run in the search workers (retrieval/search-pool.ts `run('answer', …)`): triage, query
// analysis, lexical relevance, packaging and the extractive summary are CPU-bound, and on the main thread 200 chat
// connections kept /healthz waiting for seconds. Only plain-data options cross the thread boundary; a request with
// a model, a custom triage/terminology function or a hit filter is answered on the main thread (answerOffloadable).
import type { AnswerEvent, AnswerResult } from '../rag/types.js';
import { answerQuestion } from '../rag/answer-question.js';
import type { AnswerOptions } from '../rag/options.js';
import type { WorkerTasks } from '../retrieval/search-protocol.js';
import type { ServerServices } from './services.js';

/** AnswerOptions without the retriever, backend, signal and functions: what a worker can receive. */
export type OffloadedOptions = Omit<AnswerOptions, 'retriever' | 'backend' | 'signal' | 'triage' | 'terminology' | 'hitFilter'>;

export interface AnswerTaskPayload {
  question: string;
  options: OffloadedOptions;
}

/** Services whose evidence answers run in a bounded worker queue can say when it is full (app.ts refuses early). */
export interface AnswerAdmission {
  /** The queue's fill when full (refuse the request), else undefined. */
  saturated(): { inFlight: number; limit: number } | undefined;
}

export function answerAdmission(services: ServerServices): AnswerAdmission | undefined {
  const s = services as ServerServices & Partial<AnswerAdmission>;
  return typeof s.saturated === 'function' ? { saturated: () => s.saturated?.() } : undefined;
}

/** Can this request be answered in a worker? Evidence mode with plain-data options only. */
export function answerOffloadable(options: AnswerOptions): boolean {
  return !options.backend && options.triage === undefined && options.terminology === undefined && options.hitFilter === undefined;
}

/** Pure: the payload for a worker (the non-cloneable fields dropped). */
export function answerPayload(question: string, options: AnswerOptions): AnswerTaskPayload {
  const { retriever: _r, backend: _b, signal: _s, triage: _t, terminology: _m, hitFilter: _h, ...rest } = options;
  return { question, options: rest };
}

/** The events streamAnswer yields in evidence mode, rebuilt from a finished result. */
export function evidenceEvents(result: AnswerResult): AnswerEvent[] {
  return [
    { type: 'triage', triage: result.triage },
    { type: 'citations', citations: result.citations },
    { type: 'delta', text: result.answer },
    { type: 'done', result },
  ];
}

export const workerTasks: WorkerTasks = {
  async answer(retriever, payload) {
    const { question, options } = payload as AnswerTaskPayload;
    return answerQuestion(question, { ...options, retriever, backend: null });
  },
};
