// Options for answerQuestion/streamAnswer, with defaults in one documented object.
import type { SearchHit } from '../core/types.js';
import type { ChatBackend, ChatMessage } from '../models/backend.js';
import type { Retriever } from '../retrieval/store.js';
import type { Triage } from '../safety/types.js';
import type { TermMatcher } from './analyze-query.js';

/** `source: 'report'` marks a lab report (its numbers are results, not vital signs). */
export type TriageFn = (text: string, options: { locale?: string; emergencyNumber?: string; source?: 'message' | 'report' }) => Triage;

export interface AnswerOptions {
  retriever: Retriever;
  /** null/undefined = evidence mode. */
  backend?: ChatBackend | null;
  /** Earlier conversation turns, oldest first (the latest user turn is the question itself). */
  history?: ChatMessage[];
  locale?: string;
  emergencyNumber?: string;
  /** Red-flag triage; defaults to the safety subsystem's triage(). */
  triage?: TriageFn;
  /**
   * Escalate-only model second opinion on the triage (runs only with a backend; default true). It can raise the
   * level, never lower it, and falls back to the rule result on timeout or a bad reply.
   */
  secondOpinion?: boolean;
  /** Give up on the second opinion after this long and keep the rule level (default 2500 ms). */
  secondOpinionTimeoutMs?: number;
  /**
   * Replace identifiers (names, phones, ID-card and record numbers, addresses…) in the user turns sent to the model
   * with typed placeholders ("[PHONE]"); triage and retrieval still read the original locally. Default: on for a
   * remote `openai:` backend (host not loopback), off for llama in-process and loopback servers (redact-prompts.ts).
   */
  redactPrompts?: boolean;
  /** Entity matcher; defaults to the knowledge subsystem's terminology (null disables). */
  terminology?: TermMatcher | null;
  /** Compliance principles for the system prompt; defaults to the safety subsystem's. */
  principles?: string;
  /** Line telling evidence-mode users how to add a model; defaults to the models subsystem's hint. */
  modelHint?: string;
  /** Candidates fetched from retrieval (default 20). */
  k?: number;
  /** Token budget for packaged sources (default 1800). */
  budget?: number;
  maxSources?: number;
  /** 'auto' = model judge for served (openai:) backends, lexical otherwise (default 'auto'). */
  relevance?: 'auto' | 'lexical' | 'model';
  relevanceTimeoutMs?: number;
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
  /** Deterministic text shown after any urgent-care message and before the explanation (report flags); never model-written. */
  preamble?: string;
  /** Extra facts for the model, placed before the question (e.g. the flagged lab values). */
  promptContext?: string;
  /** Extra retrieval queries searched alongside the question (e.g. one per abnormal analyte). */
  extraQueries?: string[];
  /** Passages offered alongside retrieval (report interpretation: the bundled reference-range documents); they pass the same relevance, dedupe and budget steps. */
  extraHits?: SearchHit[];
  /** Replace the question as what passages are judged relevant against (reports: one entry per analyte's names). */
  relevanceQueries?: string[];
  /** Names the answer must be about (report analytes); weighted like recognised entities in relevance. */
  focusTerms?: string[];
  /** Keep a candidate passage? Runs before relevance (reports: drop other analytes' reference sections). */
  hitFilter?: (hit: SearchHit) => boolean;
  /**
   * Question length limit (default 4000 characters). Callers that synthesise the question themselves (report
   * interpretation builds it from every parsed value) apply their own input limit and pass Infinity.
   */
  maxQuestionChars?: number;
  /** Use passages flagged by screening at ingest (default false; the answer warns either way). */
  allowFlagged?: boolean;
  /** Check every answer against the compliance principles before it leaves (default true; a judge model is asked too when a backend is set). */
  complianceCheck?: boolean;
  /**
   * Sources whose treatment advice may stand alone, beside the built-in pack and pulled corpora (advice-gate.ts); any
   * other source's advice to change a medicine, a dose or a first-aid step needs a second, independent source.
   */
  trustedSources?: readonly string[];
  /** Give up on the judge model after this long and keep the rule verdict (default 4000 ms). */
  complianceTimeoutMs?: number;
}

export const ANSWER_DEFAULTS = {
  k: 20,
  budget: 1800,
  maxSources: 6,
  relevance: 'auto' as const,
  relevanceTimeoutMs: 8000,
  /** Short: the triage event is the first thing streamed and waits for this. */
  secondOpinionTimeoutMs: 2500,
  temperature: 0.2,
  maxTokens: 800,
  maxQuestionChars: 4000,
  complianceTimeoutMs: 4000,
};
