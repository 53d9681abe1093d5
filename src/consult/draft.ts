// Model-drafted question turns: when a model is configured, it may reword the rule policy's question turn for this
// patient (plain language, the case's own words) as schema-constrained JSON. The draft is kept only when it stays
// on the red flags the knowledge chose: every drafted question must name at least one red-flag term of the rule
// questions, the first must name one of the first rule question's terms, and it must be in the patient's language.
// Anything else — bad JSON, a question about something else, a timeout, a model error — keeps the rule turn.
import { z } from 'zod';
import type { ChatBackend, JsonSchema } from '../models/backend.js';
import { affirmationOf } from './complaints.js';
import { type ConsultStep, renderQuestionTurn } from './policy.js';
import type { ConsultLang, ConsultQuestion } from './types.js';

export const DRAFT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    questions: {
      type: 'array',
      minItems: 1,
      maxItems: 3,
      items: {
        type: 'object',
        properties: { text: { type: 'string', maxLength: 200 }, quickReplies: { type: 'array', maxItems: 4, items: { type: 'string', maxLength: 20 } } },
        required: ['text', 'quickReplies'],
      },
    },
  },
  required: ['questions'],
};

const Draft = z.object({
  questions: z
    .array(z.object({ text: z.string().min(2).max(200), quickReplies: z.array(z.string().min(1).max(20)).max(4) }))
    .min(1)
    .max(3),
});

/** The red-flag terms a question names: its "yes" split into items ("A、B或C" → A, B, C). */
export function redFlagTerms(question: string): string[] {
  return affirmationOf(question)
    .split(/[、，,;；。.?？/]|\s+or\s+|\s+and\s+|或者?|和|还是|以及/)
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length >= 2);
}

/**
 * Does the text name one of the terms? Chinese: the term, or one of its two-character words; English: at least half
 * of the term's content words, compared by their first five letters ("suddenly lost hearing" ~ "sudden loss of hearing").
 */
const names = (text: string, terms: readonly string[]): boolean => {
  const t = text.toLowerCase();
  const stems = new Set((t.match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 5)));
  return terms.some((term) => {
    if (t.includes(term)) return true;
    const han = term.match(/\p{Script=Han}+/gu)?.join('') ?? '';
    if (han.length >= 2) for (let i = 0; i + 2 <= han.length; i++) if (t.includes(han.slice(i, i + 2))) return true;
    const words = (term.match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 5));
    return words.length > 0 && words.filter((w) => stems.has(w)).length >= Math.ceil(words.length / 2);
  });
};

export type DraftOutcome = { kept: true; questions: ConsultQuestion[] } | { kept: false; why: string };

/** Check a model draft against the rule turn's red flags; pure. */
export function validateDraft(raw: string, rule: readonly ConsultQuestion[], lang: ConsultLang): DraftOutcome {
  const json = raw.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { kept: false, why: 'not JSON' };
  }
  const d = Draft.safeParse(parsed);
  if (!d.success) return { kept: false, why: `schema: ${d.error.issues[0]?.message ?? 'invalid'}` };
  const flags = rule.filter((q) => q.kind === 'red-flag');
  const all = flags.flatMap((q) => redFlagTerms(q.text));
  const first = flags[0] ? redFlagTerms(flags[0].text) : [];
  const han = /\p{Script=Han}/u;
  for (const q of d.data.questions) if (han.test(q.text) !== (lang === 'zh')) return { kept: false, why: 'wrong language' };
  if (first.length && !names(d.data.questions[0]?.text ?? '', first)) return { kept: false, why: 'first question drops the leading red flag' };
  for (const q of d.data.questions) {
    const basic = rule.some((r) => r.kind === 'basic' && r.text === q.text);
    if (!basic && all.length && !names(q.text, all)) return { kept: false, why: `off the red flags: ${q.text}` };
  }
  return {
    kept: true,
    questions: d.data.questions.map((q) => ({ text: q.text, quickReplies: q.quickReplies, kind: names(q.text, all) ? 'red-flag' : 'basic' })),
  };
}

const SYSTEM = {
  zh: '你是全科医生，正在问诊。把给出的问题改写成面向这位患者的简短口语化提问（最多3个），必须保留每个问题里的危险信号词，第一个问题必须问第一个危险信号。只输出JSON：{"questions":[{"text":"…","quickReplies":["有","没有"]}]}',
  en: 'You are a GP taking a history. Reword the given questions for this patient in short plain language (at most 3). Keep every red-flag term; the first question must ask about the first red flag. Output JSON only: {"questions":[{"text":"…","quickReplies":["Yes","No"]}]}',
} as const;

/**
 * Ask the model to draft this question turn; returns the step with the drafted questions when they validate, else the
 * rule step unchanged (with the reason), never throwing for a model failure.
 */
export async function draftQuestionTurn(
  step: Extract<ConsultStep, { action: 'ask' }>,
  backend: ChatBackend,
  /** `seen`: the complaint as the model may see it (identifiers redacted for a third-party model); default the opening. */
  o: { timeoutMs: number; signal?: AbortSignal; seen?: string },
): Promise<{ step: Extract<ConsultStep, { action: 'ask' }>; drafted: boolean; why?: string }> {
  const lang = step.state.lang;
  // Questions appended after the turn's own (must-ask.ts) are no part of the draft either: the model rewords the turn's
  // own (at most three) and the appended ones follow verbatim, so a redraft cannot drop them.
  const added = step.added ?? [];
  const own = step.questions.filter((q) => !added.some((a) => a.text === q.text));
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), o.timeoutMs);
  const onAbort = () => ctl.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const r = await backend.complete(
      {
        messages: [
          { role: 'system', content: SYSTEM[lang] },
          { role: 'user', content: `${o.seen ?? step.state.chiefComplaint}\n\n${own.map((q, i) => `${i + 1}. ${q.text}`).join('\n')}` },
        ],
        temperature: 0,
        maxTokens: 400,
        jsonSchema: DRAFT_SCHEMA,
      },
      ctl.signal,
    );
    const v = validateDraft(r.text, own, lang);
    if (!v.kept) return { step, drafted: false, why: v.why };
    const questions = [...v.questions, ...added];
    // The turn's fixed lead (the emergency advice, an allergy warning) is no part of the draft: the model rewords only the
    // questions, so the advice cannot be dropped or softened (review s22: a redraft dropped the type 1 sick-day advice).
    return { step: { ...step, questions, text: renderQuestionTurn(lang, questions, step.lead) }, drafted: true };
  } catch (err) {
    return { step, drafted: false, why: ctl.signal.aborted ? 'timeout' : String(err instanceof Error ? err.message : err) };
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }
}
