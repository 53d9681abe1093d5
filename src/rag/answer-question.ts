// answerQuestion / streamAnswer: the cited-answer pipeline end to end. Triage runs first (and its event is
// emitted before retrieval starts), then prepareAnswer, then either generation with a streaming citation
// check or evidence mode. answerQuestion is streamAnswer collected, so both paths behave the same.
import { isQuarkError } from '../core/errors.js';
import type { Lang } from '../core/types.js';
import { warning, type Warning, type WarningCode } from '../core/warnings.js';
import type { ChatMessage, FinishReason } from '../models/backend.js';
import type { Triage } from '../safety/types.js';
import { type AllergyConflict, allergyConflicts, allergyWarningText, readStatedAllergies } from '../safety/allergy-check.js';
import { buildMessages } from './build-prompt.js';
import { fitToContext } from './fit-context.js';
import { checkCitations } from './citation-check.js';
import { createCitationStreamFilter } from './citation-stream-filter.js';
import { findWeakCitations } from './citation-support.js';
import { resolveAnswerDeps } from './default-deps.js';
import { ragErrors } from './errors.js';
import { buildEvidenceAnswer } from './evidence-answer.js';
import { ANSWER_DEFAULTS, type AnswerOptions } from './options.js';
import { prepareAnswer, type PreparedAnswer } from './prepare-answer.js';
import { modelView, redactionWarning, redactsByDefault } from './redact-prompts.js';
import { runTriage } from './triage-step.js';
import { checkAnswer, checkAnswerRules, safetyConflictText } from './compliance-step.js';
import { leansOnEarlierTurn } from './analyze-query.js';
import { createAdviceGate, HELD_MARK, heldAdviceText, holdSourceAdvice, withoutHeld, type AdviceGate, type HeldAdvice } from './advice-gate.js';
import { createAdviceStreamGate } from './advice-stream-gate.js';
import type { AnswerEvent, AnswerResult, Citation } from './types.js';

/** What a user may see of a model failure: its stable code (and HTTP status), never the upstream message or body. */
export function publicModelError(err: unknown): string {
  if (isQuarkError(err)) {
    const upstream = typeof err.details?.upstreamStatus === 'number' ? ` HTTP ${err.details.upstreamStatus}` : '';
    return `${err.code}${upstream}`;
  }
  return 'MODEL_ERROR';
}

export function validateQuestion(question: unknown, maxChars: number = ANSWER_DEFAULTS.maxQuestionChars): string {
  const q = typeof question === 'string' ? question.trim() : '';
  if (!q) throw ragErrors.RAG_EMPTY_QUESTION({ input: typeof question === 'string' ? question : String(question) });
  const chars = [...q].length;
  if (chars > maxChars) throw ragErrors.RAG_QUESTION_TOO_LONG({ chars, max: maxChars });
  return q;
}

/** Earlier turns only: drop system messages and a trailing copy of the question itself. */
export function normaliseHistory(history: ChatMessage[] | undefined, question: string): ChatMessage[] {
  const h = (history ?? []).filter((m) => m.role !== 'system' && typeof m.content === 'string' && m.content.trim());
  const last = h[h.length - 1];
  if (last && last.role === 'user' && last.content.trim() === question) h.pop();
  return h;
}

/** Emergency and urgent triage both lead the answer with their message (routine has none). */
function urgentPrefix(triage: Triage): string {
  return triage.level !== 'routine' && triage.message ? triage.message : '';
}

const NO_SOURCES: Record<'zh' | 'en', string> = {
  zh: '知识库中没有找到能回答这个问题的资料，因此不作回答。请咨询医生或药师。',
  en: 'The knowledge base has no passage that answers this question, so no answer is given. Please ask a doctor or pharmacist.',
};

const UNCITED_NOTE = {
  zh: '⚠️ 以上生成内容没有引用知识库中的任何来源，未经核实，请勿作为医疗依据，请咨询医生。',
  en: '⚠️ The text above cites none of the knowledge-base sources, so it is unverified: do not rely on it for medical decisions; ask a clinician.',
};

/** Assessment findings the evidence answer states as cautions. */
const CAUTION_CODES: ReadonlySet<WarningCode> = new Set(['sources-disagree', 'safety-contradiction', 'weak-evidence']);

function noSourcesText(lang: Lang): string {
  return lang === 'zh' ? NO_SOURCES.zh : NO_SOURCES.en;
}

function citedOnly(citations: Citation[], cited: Iterable<number>): Citation[] {
  const keep = new Set(cited);
  return citations.filter((c) => keep.has(c.n));
}

/** The note and warning for advice the gate held back (nothing when none was). */
function heldAdvice(held: readonly HeldAdvice[], lang: Lang): { note: string; warnings: Warning[] } {
  if (held.length === 0) return { note: '', warnings: [] };
  const from = [...new Set(held.map((h) => h.from).filter((n) => n !== undefined))].map((n) => `[${n}]`);
  return {
    note: heldAdviceText(held, lang),
    warnings: [
      warning(
        'advice-held',
        `advice held back: ${held.length} treatment-changing sentence(s) rest on ${from.length ? `one uploaded source (${from.join(' ')})` : 'no source'} and were shown as a source's claim`,
        { held: held.length },
      ),
    ],
  };
}

/** What the user said about their allergies: the question and their earlier turns. */
interface StatedContext {
  question: string;
  earlier: string[];
}

/**
 * Allergy conflicts of a stated drug allergy with the medicines the question and the shown text name (safety/
 * allergy-check.ts), as the text the answer leads with and its typed warning. Raise-only: nothing else changes.
 */
function allergyLead(stated: StatedContext | undefined, shown: readonly string[], lang: Lang, already: readonly AllergyConflict[] = []) {
  if (!stated) return { all: [], text: '', warnings: [] };
  const key = (c: AllergyConflict) => `${c.drug.toLowerCase()}|${c.allergy}`;
  const all = allergyConflicts(stated.question, shown, stated.earlier);
  const fresh = all.filter((c) => !already.some((a) => key(a) === key(c)));
  return {
    all,
    text: allergyWarningText(fresh, lang),
    warnings: fresh.length
      ? [
          warning(
            'allergy-conflict',
            `stated allergy: ${fresh.map((c) => `${c.drug} is ${c.relation === 'same-class' ? 'in the class of' : 'cross-reactive with'} ${c.allergen}`).join('; ')}`,
            { drugs: fresh.map((c) => c.drug), allergies: [...new Set(fresh.map((c) => c.allergy))] },
          ),
        ]
      : [],
  };
}

/** Emergency and urgent questions let emergency first-aid steps stand (advice-gate.ts `urgentCareStep`). */
const isUrgent = (triage: Triage) => triage.level !== 'routine';

/**
 * The advice gate over one prepared answer's sources and what it holds back, built once per prepared answer: the
 * citations, the evidence answer and the model's stream gate all read the same judgement (each sentence of every
 * uploaded source is judged once, not once per caller). A trimmed prepared answer (fitToContext) is a new object, so
 * it gets its own.
 */
const adviceOf = new WeakMap<PreparedAnswer, { gate: AdviceGate; held: HeldAdvice[] }>();
function sourceAdvice(prep: PreparedAnswer, triage: Triage, trustedSources?: readonly string[]): { gate: AdviceGate; held: HeldAdvice[] } {
  let a = adviceOf.get(prep);
  if (!a) {
    // The question is part of what every sentence of the answer says (a child, a condition, another medicine it names).
    const gate = createAdviceGate(prep.packaged.sources, {
      trustedSources,
      urgent: isUrgent(triage),
      level: triage.level,
      question: prep.analysis.retrievalQuery,
    });
    a = { gate, held: holdSourceAdvice(gate, prep.packaged.sources, prep.questionTerms) };
    adviceOf.set(prep, a);
  }
  return a;
}

/**
 * The citations with every sentence the gate holds back replaced by a visible mark: a citation card quotes its
 * passage, and must not show as plain text what the answer withheld as advice.
 */
function guardedCitations(prep: PreparedAnswer, triage: Triage, trustedSources?: readonly string[]): Citation[] {
  const sources = prep.packaged.sources;
  const all = sourceAdvice(prep, triage, trustedSources).held;
  if (all.length === 0) return prep.packaged.citations;
  const mark = prep.analysis.lang === 'zh' ? HELD_MARK.zh : HELD_MARK.en;
  return prep.packaged.citations.map((c) => {
    const own = all.filter((h) => h.from === c.n);
    const src = sources.find((s) => s.n === c.n);
    if (!own.length || !src) return c;
    return { ...c, quote: withoutHeld(src.text, own, mark).replace(/^… /, '').replace(/ …$/, '') };
  });
}

/** Evidence-mode answer as events (also the fallback when a model fails before its first token). */
function* evidenceEvents(
  prep: PreparedAnswer,
  triage: Triage,
  modelHint: string,
  extraWarnings: Warning[],
  preamble: string | undefined,
  modelFailure?: string,
  trustedSources?: readonly string[],
  stated?: StatedContext,
): Generator<AnswerEvent> {
  // Advice that rests on one uploaded source is neither summarised nor excerpted; it is quoted in the held note.
  const { held } = sourceAdvice(prep, triage, trustedSources);
  const sources = prep.packaged.sources.map((s) => {
    const own = held.filter((h) => h.from === s.n);
    return own.length ? { ...s, text: withoutHeld(s.text, own) } : s;
  });
  const evidenceInput = {
    modelFailure,
    lang: prep.analysis.lang,
    sources,
    questionTerms: prep.queryTermSets.length > 1 ? prep.queryTermSets : prep.questionTerms,
    modelHint,
    urgentMessage: urgentPrefix(triage) || undefined,
    preamble,
    cautions: prep.assessment.warnings.filter((w) => CAUTION_CODES.has(w.code)),
    noPage: prep.withoutPage,
  };
  // The allergy warning reads what the answer shows (its summary and excerpts), so the answer is built, read, and
  // built again with the warning first after the urgent-care message (an emergency still leads).
  const plain = buildEvidenceAnswer(evidenceInput);
  // Read without the answer's own 'no page about' line: it names the question's medicines, the allergen among them.
  const shown = stated && prep.withoutPage.length ? buildEvidenceAnswer({ ...evidenceInput, noPage: undefined }) : plain;
  const allergy = allergyLead(stated, [shown], prep.analysis.lang);
  const answer = allergy.text ? buildEvidenceAnswer({ ...evidenceInput, allergyWarning: allergy.text }) : plain;
  // Evidence answers pass the same compliance verifier (rules) before they leave.
  // The verifier reads the held sentences too, so a held claim still gets the principle's correction.
  const heldText = held.map((h) => h.sentence).join('\n');
  const compliance = checkAnswerRules(heldText ? `${answer}\n${heldText}` : answer, prep.analysis.lang, triage, prep.analysis.retrievalQuery);
  const note = heldAdvice(held, prep.analysis.lang);
  const text = [answer, compliance.correction, note.note].filter(Boolean).join('\n\n');
  yield { type: 'delta', text };
  const result: AnswerResult = {
    mode: 'evidence',
    answer: text,
    citations: guardedCitations(prep, triage, trustedSources),
    triage,
    warnings: [...allergy.warnings, ...prep.warnings, ...extraWarnings, ...compliance.warnings, ...note.warnings],
  };
  yield { type: 'done', result };
}

export async function* streamAnswer(question: string, options: AnswerOptions): AsyncGenerator<AnswerEvent> {
  const q = validateQuestion(question, options.maxQuestionChars);
  const history = normaliseHistory(options.history, q);
  // The previous user turn is triaged too when the new one leans on it: "what should I do now?" after "my father
  // collapsed" is still an emergency, but a new question with its own topic is triaged on its own.
  // Triage is emitted before anything slow (terminology loading, retrieval) starts.
  const previousUser = leansOnEarlierTurn(q) ? [...history].reverse().find((m) => m.role === 'user')?.content : undefined;
  // Rules, analysis and retrieval read the original; every prompt reads `seen`, with identifiers replaced when the
  // model is a third party (redact-prompts.ts).
  const redact = Boolean(options.backend) && (options.redactPrompts ?? redactsByDefault(options.backend));
  const seen = modelView(q, history, redact);
  const seenPreviousUser = previousUser ? [...seen.history].reverse().find((m) => m.role === 'user')?.content : undefined;
  // Said in every result the model was involved in, whatever the mode, so the user knows what it was not told.
  const redacted = redactionWarning(seen.removed);
  // With a model configured, it may raise (never lower) the level within a short timeout before the event goes out.
  const triage = await runTriage(previousUser ? `${previousUser}\n${q}` : q, {
    modelText: seenPreviousUser ? `${seenPreviousUser}\n${seen.question}` : seen.question,
    locale: options.locale,
    emergencyNumber: options.emergencyNumber,
    triage: options.triage,
    backend: options.backend,
    secondOpinion: options.secondOpinion,
    secondOpinionTimeoutMs: options.secondOpinionTimeoutMs,
    signal: options.signal,
  });
  yield { type: 'triage', triage };
  const deps = await resolveAnswerDeps(options);

  const backend = options.backend ?? null;
  let prep = await prepareAnswer({
    question: q,
    modelQuestion: seen.question,
    triage,
    retriever: options.retriever,
    backend,
    history,
    terminology: deps.terminology,
    k: options.k,
    budget: options.budget,
    maxSources: options.maxSources,
    relevance: options.relevance,
    relevanceTimeoutMs: options.relevanceTimeoutMs,
    signal: options.signal,
    extraQueries: options.extraQueries,
    focusTerms: options.focusTerms,
    extraHits: options.extraHits,
    relevanceQueries: options.relevanceQueries,
    hitFilter: options.hitFilter,
    allowFlagged: options.allowFlagged,
  });
  const preamble = options.preamble?.trim() || undefined;
  // Allergies are read from what the user wrote (the original, not the redacted view): this turn and earlier ones.
  // Most questions state no allergy: then no answer text is read again for medicines.
  const earlier = history.filter((m) => m.role === 'user').map((m) => m.content);
  const stated: StatedContext | undefined = [q, ...earlier].some((t) => readStatedAllergies(t).length > 0) ? { question: q, earlier } : undefined;
  const build = (p: PreparedAnswer, withHistory: boolean) =>
    buildMessages({
      question: seen.question,
      lang: p.analysis.lang,
      intent: p.analysis.intent,
      sourceBlock: p.packaged.block,
      sourceCount: p.packaged.sources.length,
      notes: p.assessment.notes,
      principles: deps.principles(p.analysis.lang),
      history: withHistory ? seen.history : [],
      urgentMessage: urgentPrefix(triage) || undefined,
      context: options.promptContext,
    });
  const extraWarnings: Warning[] = [];
  let maxTokens = options.maxTokens ?? ANSWER_DEFAULTS.maxTokens;
  let messages: ChatMessage[] | undefined;
  if (backend?.contextTokens !== undefined && prep.packaged.sources.length > 0) {
    // The prompt is fitted to the model's window before citations go out: trimmed sources renumber them.
    const fit = fitToContext({ prep, build, contextTokens: backend.contextTokens, maxTokens, backend: backend.name }, seen.question);
    if (!fit.fits) {
      yield { type: 'citations', citations: guardedCitations(prep, triage, options.trustedSources) };
      const why = `${backend.name}: a ${backend.contextTokens}-token context cannot hold the instructions, the question and a source`;
      const tooSmall = warning(
        'model-context-too-small',
        `model context too small: the prompt needs ${fit.promptTokens} tokens before any source, ${fit.limit} fit; showing evidence instead`,
        { contextTokens: backend.contextTokens, promptTokens: fit.promptTokens },
      );
      yield* evidenceEvents(prep, triage, deps.modelHint, [tooSmall, ...redacted], preamble, why, options.trustedSources, stated);
      return;
    }
    if (fit.trimmed) {
      const kept = fit.prep.packaged.sources.length;
      extraWarnings.push(
        warning(
          'sources-trimmed-to-context',
          `sources trimmed to fit the model's ${backend.contextTokens}-token context: ${kept} of ${prep.packaged.sources.length} kept${fit.withHistory ? '' : ', earlier turns left out'}`,
          {
            contextTokens: backend.contextTokens,
            kept,
            offered: prep.packaged.sources.length,
          },
        ),
      );
    }
    prep = fit.prep;
    messages = fit.messages;
    maxTokens = fit.maxTokens;
  }
  yield { type: 'citations', citations: guardedCitations(prep, triage, options.trustedSources) };

  if (!backend) {
    yield* evidenceEvents(prep, triage, deps.modelHint, [], preamble, undefined, options.trustedSources, stated);
    return;
  }
  const urgent = urgentPrefix(triage);
  // Shown before the model's first token: urgent-care message, the allergy warning on what the question names, then
  // the deterministic preamble.
  const askedAllergy = allergyLead(stated, [], prep.analysis.lang);
  const lead = [urgent, askedAllergy.text, preamble].filter(Boolean).join('\n\n');
  if (prep.packaged.sources.length === 0) {
    // Nothing to ground an answer in: say so rather than let the model answer from memory.
    const answer = [lead, noSourcesText(prep.analysis.lang)].filter(Boolean).join('\n\n');
    yield { type: 'delta', text: answer };
    yield {
      type: 'done',
      result: { mode: 'evidence', answer, citations: [], triage, warnings: [...askedAllergy.warnings, ...prep.warnings, ...redacted] },
    };
    return;
  }

  messages ??= build(prep, true);
  const filter = createCitationStreamFilter(prep.packaged.sources.length);
  // A model that obeys a passage is checked like the passage: advice only one uploaded source (or none) gives does not leave.
  const gate = createAdviceStreamGate(sourceAdvice(prep, triage, options.trustedSources).gate);
  let body = '';
  let started = false;
  let finish: FinishReason | undefined;
  const warnings = [...askedAllergy.warnings, ...prep.warnings, ...extraWarnings, ...redacted];
  const emit = (text: string): AnswerEvent[] => {
    if (!text) return [];
    const out: AnswerEvent[] = [];
    if (!started && lead) out.push({ type: 'delta', text: `${lead}\n\n` });
    started = true;
    body += text;
    out.push({ type: 'delta', text });
    return out;
  };
  try {
    const stream = backend.chat({ messages, temperature: options.temperature ?? ANSWER_DEFAULTS.temperature, maxTokens }, options.signal);
    for await (const d of stream) {
      yield* emit(gate.push(filter.push(d.text)));
      if (d.done) finish = d.finishReason;
    }
    yield* emit(gate.push(filter.flush()) + gate.flush());
  } catch (err) {
    if (options.signal?.aborted) throw err;
    if (!started) {
      // Only the error's code reaches the user: an upstream body can echo parts of the prompt (the server logs the rest).
      const why = `${backend.name}: ${publicModelError(err)}`;
      yield* evidenceEvents(
        prep,
        triage,
        deps.modelHint,
        [warning('model-failed', `model failed before answering (${publicModelError(err)}); showing evidence instead`), ...extraWarnings, ...redacted],
        preamble,
        why,
        options.trustedSources,
        stated,
      );
      return;
    }
    yield* emit(gate.push(filter.flush()) + gate.flush());
    warnings.push(warning('model-stopped', `model stopped mid-answer (${publicModelError(err)}); the answer is incomplete`));
  }
  const held = heldAdvice(gate.held, prep.analysis.lang);
  if (!body.trim() && !held.note) {
    yield* evidenceEvents(
      prep,
      triage,
      deps.modelHint,
      [warning('model-empty', 'model returned an empty answer; showing evidence instead'), ...extraWarnings, ...redacted],
      preamble,
      `${backend.name}: empty answer`,
      options.trustedSources,
      stated,
    );
    return;
  }
  // What the model said that may stand (empty when the gate held all of it: the answer is then the notes below).
  const spoken = body.trim().length > 0;
  /** Appended parts: after a blank line, or first (with the urgent-care lead) when the model's text was all held. */
  const append = (part: string) => emit(body.trim() ? `\n\n${part}` : part);
  const check = checkCitations(body, prep.packaged.sources.length);
  if (filter.invalid.size)
    warnings.push(
      warning(
        'invalid-citations-removed',
        `removed citations to sources that do not exist: ${[...filter.invalid]
          .sort((a, b) => a - b)
          .map((n) => `[${n}]`)
          .join(' ')}`,
      ),
    );
  if (spoken && check.cited.length === 0) {
    warnings.push(warning('uncited-answer', 'unsupported statements: the answer cites no source'));
  }
  if (spoken && check.cited.length === 0 && check.unsupported.length > 0) {
    // Claims that cite nothing must not read as sourced fact: say so in the answer itself, not only in warnings.
    yield* append(UNCITED_NOTE[prep.analysis.lang === 'zh' ? 'zh' : 'en']);
  } else if (check.unsupported.length) {
    const sample = check.unsupported.slice(0, 3).map((s) => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s));
    warnings.push(warning('unsupported-statements', `unsupported statements: ${check.unsupported.length} sentence(s) carry no citation: ${sample.join('; ')}`));
  }
  const weak = findWeakCitations(body, prep.packaged.sources);
  if (weak.length) {
    const sample = weak.slice(0, 3).map((w) => `${JSON.stringify(w.sentence.length > 120 ? `${w.sentence.slice(0, 117)}...` : w.sentence)}`);
    warnings.push(
      warning('weak-citations', `weakly supported citations: ${weak.length} sentence(s) share almost nothing with the sources they cite: ${sample.join('; ')}`),
    );
  }
  if (finish === 'length') warnings.push(warning('answer-truncated', 'answer truncated at the token limit'));
  // Safety-relevant disagreements between sources are shown to the user, not only told to the model.
  const conflicts = safetyConflictText(prep.assessment.safetyConflicts, prep.analysis.lang);
  if (conflicts) yield* append(conflicts);
  // The General Verifier reads the whole answer (urgent-care lead included) before the result leaves, and the held
  // sentences too: what the model wrote, so a held claim still gets the principle's correction.
  if (options.complianceCheck !== false) {
    const written = [lead, body, ...gate.held.map((h) => h.sentence)].filter(Boolean).join('\n\n');
    const compliance = await checkAnswer(written, {
      lang: prep.analysis.lang,
      triage,
      question: seen.question,
      backend,
      timeoutMs: options.complianceTimeoutMs ?? ANSWER_DEFAULTS.complianceTimeoutMs,
      signal: options.signal,
    });
    if (compliance.correction) yield* append(compliance.correction);
    warnings.push(...compliance.warnings);
  }
  // Held advice is quoted last: a source's claim shown as such, never the answer's own statement.
  if (held.note) {
    yield* append(held.note);
    warnings.push(...held.warnings);
  }
  // A medicine the model named that the stated allergy rules out: the stream has passed its lead, so the warning is
  // appended there (not to the body), and the result leads with it (after the urgent-care message).
  const spokenAllergy = allergyLead(stated, [body], prep.analysis.lang, askedAllergy.all);
  if (spokenAllergy.text) {
    yield { type: 'delta', text: `\n\n${spokenAllergy.text}` };
    warnings.unshift(...spokenAllergy.warnings);
  }
  const head = [urgent, askedAllergy.text, spokenAllergy.text, preamble].filter(Boolean).join('\n\n');
  const answer = head ? `${head}\n\n${body}` : body;
  const cited = held.note ? checkCitations(body, prep.packaged.sources.length).cited : check.cited;
  yield {
    type: 'done',
    result: { mode: 'generated', answer, citations: citedOnly(guardedCitations(prep, triage, options.trustedSources), cited), triage, warnings },
  };
}

export async function answerQuestion(question: string, options: AnswerOptions): Promise<AnswerResult> {
  for await (const ev of streamAnswer(question, options)) if (ev.type === 'done') return ev.result;
  throw new Error('answer stream ended without a result'); // unreachable: streamAnswer always ends with done
}
