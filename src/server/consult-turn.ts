// The consultation on the chat endpoint: before answering a symptom message the assistant may ask one short turn
// of focused questions (src/consult). The server stays stateless: the case is re-derived from the messages each
// time, and `quarkmed.consult` reports it. `"quarkmed": {"consult": "off"}` in the request turns questions off.
import { type ConsultQuestion, type ConsultStep, type ConsultSummary, draftQuestionTurn, nextConsultStep } from '../consult/index.js';
import type { KbRedFlagIndex } from '../consult/kb-red-flags.js';
import { loadRedFlagSource, resolveRedFlagSource } from '../consult/kb-source.js';
import { triage } from '../safety/triage.js';
import type { ChatBackend, ChatMessage } from '../models/backend.js';
import { modelView, redactsByDefault } from '../rag/redact-prompts.js';
import type { AnswerEvent, AnswerResult } from '../rag/types.js';
import { type CompletionIds, completionChunk } from './openai-format.js';

export type { ConsultSummary };

export function consultRequested(body: Record<string, unknown>): boolean {
  const q = body.quarkmed as { consult?: unknown } | undefined;
  return !(q && typeof q === 'object' && q.consult === 'off');
}

let kbRedFlags: { key: string; index: KbRedFlagIndex | undefined } | undefined;
let serverDb: string | undefined;
/** The server's own knowledge base (bootstrap's dbPath): the red flags' default source. */
export function setRedFlagsKnowledgeBase(dbPath: string): void {
  serverDb = dbPath;
}
/**
 * Red flags from the knowledge base's disease pages (consult/kb-source.ts): `$QUARKMED_RED_FLAGS_KB` (a knowledge
 * base file or folder) if set, else the server's own knowledge base — no setting needed once the user built one.
 * Built once (a few seconds, at start-up), then shared by every request; a named source that does not exist stops
 * start-up with KB_PATH_NOT_FOUND.
 */
export function serverRedFlags(env: NodeJS.ProcessEnv = process.env): KbRedFlagIndex | undefined {
  const src = resolveRedFlagSource({ answersDb: serverDb }, env);
  const key = src ? `${src.kind}:${src.path}` : '';
  if (kbRedFlags?.key !== key) kbRedFlags = { key, index: loadRedFlagSource(src, (x, lang) => triage(x, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' })) };
  return kbRedFlags.index;
}

export function consultStep(history: readonly ChatMessage[], question: string, on: boolean): ConsultStep {
  return nextConsultStep([...history.filter((m) => m.role !== 'system'), { role: 'user', content: question }], {
    off: !on,
    kbRedFlags: on ? serverRedFlags() : undefined,
  });
}

/** A model-drafted question turn when it validates against the rule turn's red flags, else the rule turn. */
export async function draftAsk(
  step: Extract<ConsultStep, { action: 'ask' }>,
  backend: ChatBackend,
  o: { timeoutMs: number; redactPrompts?: boolean },
): Promise<ConsultStep> {
  // A third-party model sees the complaint with identifiers replaced, as every other prompt (rag/redact-prompts.ts).
  const seen = modelView(step.state.chiefComplaint, [], o.redactPrompts ?? redactsByDefault(backend)).question;
  return (await draftQuestionTurn(step, backend, { timeoutMs: o.timeoutMs, seen })).step;
}

export function summarise(step: ConsultStep): ConsultSummary {
  const { lang, chiefComplaint, presentations, facts, triage } = step.state;
  return {
    action: step.action,
    reason: step.state.reason,
    turnsAsked: step.state.turnsAsked,
    ...(step.action === 'ask' ? { questions: step.questions.map((q: ConsultQuestion) => ({ text: q.text, quickReplies: q.quickReplies })) } : {}),
    state: { lang, chiefComplaint, presentations, facts, triage },
  };
}

/** A question turn as a chat completion (no model ran: usage counts are the text's own, nothing invented). */
export function askCompletion(ids: CompletionIds, step: Extract<ConsultStep, { action: 'ask' }>) {
  return {
    id: ids.id,
    object: 'chat.completion' as const,
    created: ids.created,
    model: ids.model,
    choices: [{ index: 0, message: { role: 'assistant' as const, content: step.text, refusal: null }, finish_reason: 'stop' as const, logprobs: null }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    citations: [],
    quarkmed: { mode: 'consult' as const, triage: step.triage, warnings: [], consult: summarise(step) },
  };
}

export function askChunks(ids: CompletionIds, step: Extract<ConsultStep, { action: 'ask' }>) {
  return [
    completionChunk(ids, { role: 'assistant', content: '' }, null),
    completionChunk(ids, { content: step.text }, null),
    { ...completionChunk(ids, {}, 'stop'), quarkmed: { mode: 'consult', triage: step.triage, warnings: [], consult: summarise(step) } },
  ];
}

/** The answer after a consultation opens by saying what it rests on. */
export function withRestsOn(result: AnswerResult, restsOn: string): AnswerResult {
  return restsOn ? { ...result, answer: `${restsOn}\n\n${result.answer}` } : result;
}

export async function* eventsWithRestsOn(events: AsyncIterable<AnswerEvent>, restsOn: string): AsyncIterable<AnswerEvent> {
  let opened = false;
  for await (const ev of events) {
    if (restsOn && !opened && ev.type !== 'triage' && ev.type !== 'citations') {
      opened = true;
      yield { type: 'delta', text: `${restsOn}\n\n` } as AnswerEvent;
    }
    yield 'result' in ev ? ({ ...ev, result: withRestsOn(ev.result, restsOn) } as AnswerEvent) : ev;
  }
}
