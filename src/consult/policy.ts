// The inquiry policy: ask before advising. Stateless — the case is re-derived from the messages on every turn (a
// question turn is recognised by its fixed lead line), so plain OpenAI clients that send only messages get the same
// consultation as QuarkMed-aware ones. Emergencies and non-symptom questions are answered at once.
import { detectLang } from '../core/lang.js';
import { withoutMedicineNames } from '../knowledge/drug-classes.js';
import { allergyConflicts, allergyWarningText, withoutStatedAllergies } from '../safety/allergy-check.js';
import type { ChatMessage } from '../models/backend.js';
import { triageDetail, triageMessage } from '../safety/triage.js';
import { readBurn } from '../safety/triage/burn.js';
import { findSigns } from '../safety/triage/sign-scan.js';
import { findModifiers } from '../safety/triage/modifiers.js';
import { normaliseText } from '../safety/triage/normalise.js';
import { askFor, findPresentations, PRESENTATIONS, type PresentationId } from '../safety/triage/presentations.js';
import type { Triage, TriageLevel } from '../safety/types.js';
import { conceptsIn, withConceptNames } from './concepts.js';
import { mergeFacts, readFacts, symptomCarriers, weeksNotAnAge, withoutCompany } from './facts.js';
import { affirmationOf, COMPLAINTS, type Complaint, findComplaints, findNamedComplaints, SITE_SCREENS } from './complaints.js';
import { BODILY, dangerSignQuestion, patientGroup, presentationKind } from './discriminators.js';
import { isSymptomMessage, withoutWorryQuestion } from './gate.js';
import { injuryEntry, readInjury } from './injury.js';
import { findProtocols, PROTOCOLS } from './protocols.js';
import type { KbRedFlagIndex } from './kb-red-flags.js';
import { findSituations, medicineRole, PRECONCEPTION, REACTION_SCREEN_AT, SITUATIONS, SOUGHT_SAFETY } from './situations.js';
import { correctsOpening, floorAtOpening, OPENING_FLOOR_REASON } from './opening-floor.js';
import { amountsTaken } from './elided-amount.js';
import { readReplies } from './replies.js';
import { ALL_RISK_SCREENS, riskScreens } from './risk-screens.js';
import { TREATMENT_CAUTIONS } from './treatment-cautions.js';
import { type ToldRedFlag, toldRedFlags } from './told-red-flags.js';
import { untilExcluded } from './until-excluded.js';
import { ANSWERED_NEGATIVE_REASON, answeredAllNegative } from './answered-negative.js';
import { TESTIS_FINDING, testisToldInAnswer } from './groin-testis.js';
import { mustAskQuestions, withMustAsk } from './must-ask.js';
import { consultReadingForm } from './reading-form.js';
import { ECTOPIC_HELD, ectopicSigns } from './ectopic-signs.js';
import { emergencyPictures } from './emergency-pictures.js';
import { patientOf } from './picture-frame.js';
import { POSTPARTUM_HEADACHE_HELD, readPostpartumHeadache } from './postpartum-headache.js';
import { feverByAge, writersOwnFever } from './fever-by-age.js';
import { ACUTE_CHANGE_HELD, ACUTE_CHANGE_QUESTIONS, BLEEDING_TOLD, olderPatient, readAcuteChange, withoutChangeWords } from './acute-change.js';
import { emergencyNumberFor } from '../safety/emergency-number.js';
import { askedAgain } from './same-signs.js';
import { withoutDeniedSigns } from './answer-scope.js';
import { withoutDeniedRuleFindings } from './denied-rule-clauses.js';
import { lowerWithoutDenials, readerRaiseFromDenials } from './reader-denials.js';
import { readPeakFlow } from './peak-flow.js';
import { emergencyPresentations } from '../safety/emergency-presentation.js';
import { NAMES_NO_FINDING, openBasics, redFlagQuestion } from './questions.js';
import type { CaseFacts, ConsultLang, ConsultQuestion, ConsultReason, ConsultState } from './types.js';

export type { ConsultReason, ConsultState };
export { isSymptomMessage };

export const QUESTION_LEAD: Record<ConsultLang, string> = {
  zh: '为了给出更稳妥的建议，想先了解几点：',
  en: 'To give you safer advice, a few quick questions first:',
};

export type ConsultStep =
  | {
      action: 'ask';
      questions: ConsultQuestion[];
      text: string;
      /** Fixed lines that open the turn before its questions (the emergency advice of a sick-day rule or a reader-only
       *  emergency, an allergy warning): a model's redraft of the questions keeps them verbatim (draft.ts). */
      lead?: string;
      /** Questions appended after the turn's own (must-ask.ts): a model's redraft rewords the others and keeps these. */
      added?: ConsultQuestion[];
      triage: Triage;
      state: ConsultState;
    }
  | { action: 'answer'; query: string; restsOn: string; triage: Triage; state: ConsultState };

export interface ConsultOptions {
  /** Question turns at most before answering (default 2). */
  maxTurns?: number;
  /** Questions per turn (default and maximum 3). */
  perTurn?: number;
  off?: boolean;
  /** `false`: no must-ask questions appended (must-ask.ts) — the turn exactly as the policy ranks it (tests, benches). */
  mustAsk?: boolean;
  /** `false`: the opening's reading form (reading-form.ts: traditional characters, Cantonese) adds no question — the turn
   *  as the patient's own words give it (tests, benches). */
  readingForm?: boolean;
  /**
   * Red flags from the knowledge base's disease pages (`loadKbRedFlags`): the danger signs of the conditions the
   * complaint could be, asked in one question beside the hand-written ones. Without it only the written knowledge asks.
   */
  kbRedFlags?: KbRedFlagIndex;
  /**
   * `true`: an emergency the opening tells (other than the reader-only and check-first ones, which always get their turn)
   * gets one turn — the emergency advice first, then at most SEND_ASKS questions — instead of the answer at once.
   */
  sendAndAsk?: boolean;
  /** Triage of the case text; defaults to the safety layer's rules + model. */
  triage?: (text: string) => ConsultTriage;
  /**
   * `true` (opt-in, off by default): an urgent level the learned reader alone reached comes down to routine when every
   * red-flag question was answered no in the patient's own words (answered-negative.ts). Off because it changed no
   * in-sample decision in session 43 and reopens review s17's hole — an opening whose danger no rule reads, answered
   * "no" to questions about other signs — which the opening floor closed.
   */
  answeredLowering?: boolean;
  /**
   * `true` (opt-in, off by default, session 44): a raise above the opening that the replies' DENIED words made is read
   * again without them — a rule finding read past the reply's negation (denied-rule-clauses.ts: "嘴唇脸都不肿" as lip
   * swelling) and the learned reader's raise from echoed denials (reader-denials.ts: "唔係突然"). Off because the
   * partial in-sample gate lowered one gold-urgent case (k074: an elderly mother's diarrhoea, "没精神，嘴干，尿少" — a
   * finding worded as a negation) beside nine right lowerings; bench/results/consult-s44-notes.md.
   */
  deniedWords?: boolean;
}

/**
 * The triage as the consultation reads it: the level, plus — when known — the level the rules and the safety net
 * reached before the learned reader had its say, and the reader's own p(emergency). An emergency only the reader saw
 * (no danger sign, no open high-risk presentation, no suicide component) that the reader is itself unsure of
 * (p < READER_SURE) rests on word statistics, not on anything the patient named: in the blind consultation batches
 * 1–9 those were plain consultations (night sweats, snoring, a 74-year-old's swollen ankles; p 0.59–0.87), while the
 * true emergencies the reader alone caught in the blind triage batches I–Q had p ≥ 0.97 in 53 of 55 (one at 0.78).
 * Such a case gets one question turn, opening with the triage's emergency advice, then the danger signs; everything
 * else skips the questions. The rules' own level may be routine or urgent: with the triage of session 8, in the blind
 * triage batches E–T no true emergency had the rules at urgent and the reader unsure (consultation batch 11 had one
 * plain consultation: a child's scald with blisters) — but a child, a burn or a pregnancy the rules call urgent is
 * answered as an emergency at once (`vulnerable`). Without `signsLevel` (a caller's own triage) every emergency
 * skips them.
 */
export type ConsultTriage = Triage & {
  signsLevel?: TriageLevel;
  /** What the rules found on their own — the sign rules and the situations held until excluded, not the learned reader
   *  nor the safety net's open questions: words a reply newly brings may raise the case only through these
   *  (withFreedWords). Absent for a caller's own triage. */
  rules?: { level: TriageLevel; reasons: readonly string[] };
  readerEmergencyP?: number;
  vulnerable?: boolean;
  /** An emergency held until excluded whose checks a patient can make at once (until-excluded.ts `checks`): one question
   *  turn, opening with the emergency advice, asks them first; the level stays. */
  checksFirst?: string;
};

/**
 * A child (the triage's child or infant modifier), a burn (burn.ts reads one) or a pregnancy (modifier or
 * presentation): where the rules already say urgent, a reader emergency is not a plain consultation's word statistics
 * but a serious case the reader graded up (a child's blistered scald, bleeding in pregnancy) — answered at once.
 */
function vulnerableCase(text: string, modifiers: readonly string[], presentations: readonly PresentationId[]): boolean {
  return (
    modifiers.some((m) => m === 'child' || m === 'infant' || m === 'underOne' || m === 'pregnant') ||
    presentations.includes('pregnancy') ||
    readBurn(normaliseText(text)) !== null
  );
}

/**
 * Presentations that ground a reader's emergency on their own: something swallowed or a poison, a fit, a collapse.
 * No answer to a question makes them safe to wait on (the poison centre or the emergency department decides), so the
 * reader's emergency stands whatever its p. Consultation batch 9's button battery (c9-059: reader p 0.68, presentation
 * poisoning) was the one emergency given a question turn; among the reader-only emergencies below READER_SURE in the
 * blind triage batches E–T and consultation batches 1–11, no plain consultation carries one of these.
 */
const EMERGENCY_WHEN_RAISED: ReadonlySet<PresentationId> = new Set<PresentationId>(['poisoning', 'seizure', 'collapse']);

/** Questions asked after the emergency advice when the opening itself is an emergency (send, then ask). */
export const SEND_ASKS = 2;

/** Below this p(emergency) a reader-only emergency is asked before it is answered (see ConsultTriage). */
export const READER_SURE = 0.9;

const RANK_OF: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };

/** The safety layer's triage with the level its rules and safety net reached on their own. */
export function consultTriage(text: string, lang: ConsultLang): ConsultTriage {
  const d = triageDetail(text, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  // A situation clinical knowledge calls an emergency (or same-day care) until excluded (until-excluded.ts: a small
  // child's unknown swallowed object, insulin sick-day rules) raises the case; its signs come too late to ask for.
  const held = untilExcluded(text).filter((x) => RANK_OF[x.level] > RANK_OF[d.level]);
  if (held.length > 0) return heldTriage(d.reasons, held, lang, d.emergencyNumber);
  // A headache in the six weeks after a birth, graded by the signs told anywhere in the case (postpartum-headache.ts):
  // it only raises. The triage's open questions stay the case's (the turn asks what it asked before).
  const pp = readPostpartumHeadache(text);
  if (pp && RANK_OF[pp.level] > RANK_OF[d.level]) {
    const h = POSTPARTUM_HEADACHE_HELD;
    const raised = heldTriage(d.reasons, [{ id: h.id, level: pp.level, title: h.title, advice: h.advice[pp.level] }], lang, d.emergencyNumber);
    return d.ask.length ? { ...raised, ask: d.ask } : raised;
  }
  const rules = d.contributions.rules.level;
  const net = d.contributions.safetyNet.level ?? 'routine';
  // A rule finding attached after the reader raised (the crisis line on a suicide component) grounds the emergency.
  const grounded =
    d.reasons.some((r) => !r.startsWith('model:')) ||
    d.contributions.suicide.components.length > 0 ||
    d.contributions.presentations.some((p) => EMERGENCY_WHEN_RAISED.has(p));
  return {
    level: d.level,
    reasons: d.reasons,
    message: d.message,
    ...(d.ask.length ? { ask: d.ask } : {}),
    signsLevel: grounded ? d.level : RANK_OF[rules] >= RANK_OF[net] ? rules : net,
    rules: d.contributions.rules,
    ...(d.contributions.model?.probs ? { readerEmergencyP: d.contributions.model.probs.emergency } : {}),
    ...(d.level === 'emergency' && vulnerableCase(text, d.contributions.modifiers, d.contributions.presentations) ? { vulnerable: true } : {}),
  };
}

/**
 * The case's triage when a reply's words were read only because their leading number was past the turn's chips
 * ("64. I'm on chemo, last cycle 8 days ago" to a three-question turn; replies.ts `freed`): `kept` is the triage of
 * the case without those words, `all` with them. The freed words are mostly short denials and ages, on which the
 * learned reader moves both ways on word statistics (s24: six consultations of 438 changed level on the reader alone),
 * so they may raise the case only where the rules found something new in them and the rules alone reach the level
 * (c29-055: chemotherapy + fever → neutropenic-sepsis), and never lower it. A caller's own triage (no `rules`) is
 * taken as it reads.
 */
export function withFreedWords(kept: ConsultTriage, all: ConsultTriage): ConsultTriage {
  if (RANK_OF[all.level] <= RANK_OF[kept.level]) return kept;
  if (!all.rules) return all;
  const found = all.rules.reasons.filter((r) => !kept.reasons.includes(r));
  return found.length > 0 && RANK_OF[all.rules.level] >= RANK_OF[all.level] ? all : kept;
}

/** The level the learned reader itself gave a triage ("model:urgent" among its reasons), routine when it gave none. */
const readerLevel = (t: Triage): number => Math.max(0, ...t.reasons.map((r) => (r === 'model:emergency' ? 2 : r === 'model:urgent' ? 1 : 0)));

/**
 * The case's triage with the replies' denied signs blanked (`scoped`) against the reading of the replies as written
 * (`full`). The blanking may only take away a RULE's finding read from a denied sign: the scoped reading stands when it
 * is lower and at least the level the learned reader gave the whole text as written — the reader reads a reply's
 * denials as word statistics, not as signs, and where it alone carries the level (a 22-year-old's thirst, weight loss
 * and "没有吐，肚子不疼": model:urgent) that reading is not this reader's to re-scope (consult-cases-13 c13-062,
 * consult-cases-25 c25-013 kept urgent). Never raises: a higher scoped reading keeps the reading as written.
 */
export function scopedTriage(full: ConsultTriage, scoped: ConsultTriage): ConsultTriage {
  if (RANK_OF[scoped.level] >= RANK_OF[full.level]) return full;
  return RANK_OF[scoped.level] >= readerLevel(full) ? scoped : full;
}

/** A situation held above the triage (until-excluded.ts; fever-by-age.ts from the case's facts) as the case's triage. */
interface Held {
  id: string;
  level: Exclude<TriageLevel, 'routine'>;
  title: { zh: string; en: string };
  advice: { zh: string; en: string };
  checks?: { zh: string; en: string };
}
function heldTriage(reasons: readonly string[], held: readonly Held[], lang: ConsultLang, number: string): ConsultTriage {
  const level: Held['level'] = held.some((x) => x.level === 'emergency') ? 'emergency' : 'urgent';
  const top = held.filter((x) => x.level === level);
  const rules = top.map((x) => ({ id: `consult:${x.id}`, level, title: x.title, advice: x.advice, when: [] }));
  // Checks are asked first only when every situation at this level has them (a child's battery has none).
  const checks = top.every((x) => x.checks) ? top[0].checks?.[lang] : undefined;
  return {
    level,
    reasons: [...reasons, ...rules.map((r) => r.id)],
    message: triageMessage(level, rules, lang, number),
    signsLevel: level,
    rules: { level, reasons: rules.map((r) => r.id) },
    ...(checks ? { checksFirst: checks } : {}),
  };
}

/** The red flags told in the replies as one held situation: seen today (the advice names what was told). */
function toldHeld(told: readonly ToldRedFlag[]): Held {
  const zh = told.map((x) => x.title.zh).join('、');
  const en = told.map((x) => x.title.en).join(', ');
  return {
    id: 'told-red-flag',
    level: 'urgent',
    title: { zh: `您说到的${zh}`, en: `the ${en} you described` },
    advice: {
      zh: `您说到的${zh}需要今天让医生看看，不要只是在家观察。`,
      en: `The ${en} you described needs a doctor's assessment today, not watching at home.`,
    },
  };
}

/** A reply's temperature readings ("38.5", "38.5C", "101 F", "38度5"), blanked where the text is read as at the start. */
const READING = /(?<![\d.,])(?:3[4-9]|4[0-3]|9\d|10\d)(?:[.,]\d{1,2})?\s*(?:°\s*[CF]?|℃|度\d?|degrees?(?:\s*[CF]\b)?|celsius|fahrenheit|[CF]\b)?/gi;
const withoutReadings = (text: string): string => text.replace(READING, ' ');

/** Openings' triage by language and text, most recent last; bounded (a server's process sees many conversations). */
const OPENINGS = new Map<string, ConsultTriage>();
const OPENINGS_MAX = 256;
function rememberedOpening(text: string, lang: ConsultLang): ConsultTriage {
  // The emergency number in the triage's message follows QUARKMED_EMERGENCY_NUMBER: a changed setting is a new reading.
  const key = `${lang}\u0000${process.env.QUARKMED_EMERGENCY_NUMBER ?? ''}\u0000${text}`;
  let t = OPENINGS.get(key);
  if (t) OPENINGS.delete(key);
  else t = consultTriage(text, lang);
  OPENINGS.set(key, t);
  if (OPENINGS.size > OPENINGS_MAX) OPENINGS.delete(OPENINGS.keys().next().value as string);
  return t;
}

/** Complaint entries about sleep and mood, set aside when the message is about bodily pain or a bodily sign. */
const MIND_ENTRIES: ReadonlySet<string> = new Set(['sleep', 'mood']);
/** Entries written for a child (a growth chart, wet nappies): not an older patient's ("grandad is not eating"). */
const CHILD_ENTRIES: ReadonlySet<string> = new Set(['appetiteChild', 'bedwetting', 'baby']);
/** Entries about the whole person's state: an older person's change today is asked its own questions instead. */
const WHOLE_PERSON_ENTRIES: ReadonlySet<string> = new Set(['tired', 'sleep', 'mood', 'memory', 'appetiteChild', 'tremor']);

/** A presentation's questions as the triage asks them, by language (to leave out when the presentation is not this case's). */
const presentationAsks = (id: PresentationId): Record<ConsultLang, ReadonlySet<string>> => ({
  zh: new Set(askFor([id], 'zh', 99)),
  en: new Set(askFor([id], 'en', 99)),
});
/** A baby's or young child's screen (left out for an adult patient). */
const PAEDIATRIC_ASKS = presentationAsks('paediatric');
/** The mental-health screen (left out when only a worry question named it). */
const MENTAL_HEALTH_ASKS = presentationAsks('mentalHealth');

/** The line of a turn that asks which of the signs a bare yes meant (recognised on later turns by this line). */
export const WHICH_LINE: Record<ConsultLang, string> = {
  zh: '您回答了“有”——是下面哪一项？请回复序号（可多选）：',
  en: 'You said yes — which of these? Reply with the number(s):',
};
const isWhichTurn = (m: ChatMessage): boolean => m.content.includes(WHICH_LINE.zh) || m.content.includes(WHICH_LINE.en);

/** A question turn of this consultation (recognised by its fixed lead line). */
const isQuestionTurn = (m: ChatMessage): boolean =>
  m.role === 'assistant' && (m.content.startsWith(QUESTION_LEAD.zh) || m.content.startsWith(QUESTION_LEAD.en));
const askedIn = (m: ChatMessage): string[] => m.content.split('\n').flatMap((l) => /^\d+\.\s+(.+)$/.exec(l.trim())?.[1] ?? []);

/** The mother's own complaint after a birth ("生完孩子四个月", "I had my baby 5 weeks ago", "breastfeeding my 6 week old"). */
const POSTPARTUM =
  /生完(?:孩子|宝宝)|产后|坐月子|哺乳期|喂奶|\b(?:postpartum|post-natal|postnatal|had (?:my|the|our) baby|gave birth|since (?:the birth|(?:having )?(?:the |my |our )?baby)|breastfeeding)\b/i;

const RANK: Record<Triage['level'], number> = { routine: 0, urgent: 1, emergency: 2 };
/** How decisive each red-flag question is, by the triage of its "yes"; computed once per question text. */
const DECISIVENESS = new Map<string, number>();

/**
 * Order red-flag questions by how well they separate emergency or urgent care from self-care: a question whose "yes"
 * (its red flags stated as present) the triage rates an emergency comes before one it rates urgent, and both before
 * one that changes nothing; ties keep the knowledge order (the triage's own discriminators, then the complaint's,
 * then the presentation's). The triage of each question is cached, so a turn costs no triage calls after warm-up.
 */
export function rankBySeparation(questions: readonly string[], triageOf: (text: string) => Triage): string[] {
  const power = (q: string): number => {
    let p = DECISIVENESS.get(q);
    if (p === undefined) {
      p = RANK[triageOf(affirmationOf(q)).level];
      DECISIVENESS.set(q, p);
    }
    return p;
  };
  return questions
    .map((q, i) => ({ q, i, p: power(q) }))
    .sort((a, b) => b.p - a.p || a.i - b.i)
    .map((x) => x.q);
}

/**
 * Rank every question of the knowledge once (about a second on this machine), so no consultation turn pays for a
 * cold question: the server calls it after start-up, the benchmark before timing.
 */
export function warmRedFlagRanking(triageOf: (text: string) => Triage = (x) => consultTriage(x, detectLang(x) === 'zh' ? 'zh' : 'en')): void {
  const all = [
    ...[...COMPLAINTS, ...SITE_SCREENS, ...PROTOCOLS, ...SITUATIONS].flatMap((c) => [...c.ask.zh, ...c.ask.en]),
    ...PRESENTATIONS.flatMap((p) => [...p.ask.zh, ...p.ask.en]),
  ];
  rankBySeparation(all, triageOf);
  conceptsIn(''); // builds the concept lexicon (tens of ms) before the first turn
}

/** A question whose answer the case already holds (how long, how old, the temperature; pregnancy for a man). */
function settled(q: string, f: CaseFacts): boolean {
  if (f.duration && /多久|持续多长|how long/i.test(q)) return true;
  if (f.age !== undefined && /多大|年龄|how old/i.test(q)) return true;
  if (f.temperatureC && /体温多少|最高多少度|what is the temperature|how high/i.test(q)) return true;
  return f.sex === 'male' && /怀孕|pregnan/i.test(q);
}

/** The text of a question turn: the fixed lead line (how later turns recognise it), numbered questions, a safety line. */
/** A question turn; `urgent` (the triage's emergency advice) goes right after the lead, before the questions. */
export function renderQuestionTurn(lang: ConsultLang, qs: readonly ConsultQuestion[], urgent?: string): string {
  return [
    QUESTION_LEAD[lang],
    ...(urgent ? [urgent] : []),
    ...qs.map((q, i) => `${i + 1}. ${q.text}`),
    lang === 'zh'
      ? '（如有任何一项，请直接告诉我；情况危急请立即拨打急救电话。）'
      : '(If any of these apply, tell me right away; in an emergency call your local emergency number now.)',
  ].join('\n');
}

function restsOn(lang: ConsultLang, s: Omit<ConsultState, 'reason'>, replies: string[]): string {
  const f = s.facts;
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (f.age !== undefined)
    parts.push(zh ? `年龄${f.age < 1 ? `${Math.round(f.age * 12)}个月` : `${f.age}岁`}` : `age ${f.age < 1 ? `${Math.round(f.age * 12)} months` : f.age}`);
  if (f.duration) parts.push(zh ? `持续${f.duration}` : `duration: ${f.duration}`);
  if (f.temperatureC) parts.push(zh ? `最高体温${f.temperatureC}℃` : `highest temperature ${f.temperatureC} °C`);
  if (f.severity) parts.push(zh ? `程度：${f.severity}` : `severity: ${f.severity}`);
  if (f.pregnant) parts.push(zh ? '怀孕中' : 'pregnant');
  if (f.chronic.length) parts.push(zh ? `基础病：${f.chronic.join('、')}` : `conditions: ${f.chronic.join(', ')}`);
  if (f.medicines.length) parts.push(zh ? `在用药：${f.medicines.join('、')}` : `medicines: ${f.medicines.join(', ')}`);
  if (f.tried.length) parts.push(zh ? `已尝试：${f.tried.join('、')}` : `already tried: ${f.tried.join(', ')}`);
  const said = replies.length ? (zh ? `您的回答：「${replies.join('」「')}」` : `your answers: "${replies.join('" "')}"`) : '';
  const facts = parts.length ? parts.join(zh ? '；' : '; ') : zh ? '您的描述' : 'your description';
  return zh
    ? `以下建议基于：${s.chiefComplaint.slice(0, 60)}（${facts}）${said ? `；${said}` : ''}。如果情况有变化或出现新的症状，请及时就医。`
    : `This advice rests on: "${s.chiefComplaint.slice(0, 80)}" (${facts})${said ? `; ${said}` : ''}. If anything changes or new symptoms appear, seek care.`;
}

/**
 * The complaint as the recognisers (complaint entries, body-site screens, presentations, protocols) read it. The
 * patient's own words when any recogniser knows them; otherwise those words plus every other name, in both languages,
 * of the concepts they name (concepts.ts: "the room spinning" → 眩晕, vertigo, dizziness), so a complaint known under one
 * wording is known under all. Only as a fallback: another language's word or a clinical name carries senses the
 * patient's words did not ("hot flushes" → "hot flashes" is not the eye's flashes; 崴脚 → 踝关节扭伤 is not a hot joint).
 * Facts, triage, the language and who the patient is are always read from the patient's own words.
 */
export function recognisedText(chief: string): string {
  const knownAsSaid = findNamedComplaints(chief).length + findComplaints(chief).length + findPresentations(chief).length + findProtocols(chief).length > 0;
  return knownAsSaid ? chief : withConceptNames(chief);
}

/** What to do with the latest user message: ask (≤ 3 focused questions) or answer (with the query to retrieve for). */
export function nextConsultStep(messages: readonly ChatMessage[], o: ConsultOptions = {}): ConsultStep {
  const maxTurns = o.maxTurns ?? 2;
  const perTurn = Math.min(3, o.perTurn ?? 3);
  // The consultation is everything after the last real answer.
  let start = 0;
  messages.forEach((m, i) => {
    if (m.role === 'assistant' && !isQuestionTurn(m)) start = i + 1;
  });
  const episode = messages.slice(start).filter((m) => m.role === 'user' || isQuestionTurn(m));
  const userTurns = episode.filter((m) => m.role === 'user').map((m) => m.content);
  const chief = userTurns[0] ?? '';
  const lang: ConsultLang = detectLang(chief) === 'zh' ? 'zh' : 'en';
  // The complaint as the recognisers read it: the patient's words plus every other name, in both languages, of the
  // concepts they name (concepts.ts), so "the room spinning" finds what 眩晕 finds. Facts, triage, the language and
  // who the patient is are read from the patient's own words only.
  // A medicine's name is no body part (头 in 头孢) and a stated drug allergy is a fact, not a complaint ('我青霉素过敏'):
  // both are blanked for the complaint readers; facts, triage and the medicine situations read the patient's own words.
  const ownWords = withoutMedicineNames(withoutStatedAllergies(chief));
  const known = recognisedText(ownWords);
  // Each question turn paired with the reply that followed it; chip answers are matched to their question.
  const turns = episode.flatMap((m, i) =>
    isQuestionTurn(m) && episode[i + 1]?.role === 'user' ? [{ asked: askedIn(m), reply: episode[i + 1].content, which: isWhichTurn(m) }] : [],
  );
  // The replies are read with the opening: a value is bound to the slot its question asked, given what the opening
  // already told (a bare "38" is a temperature once the age is known).
  const openingFacts = readFacts(chief);
  const replies = readReplies(turns, lang, { age: openingFacts.age });
  const asked = episode.filter(isQuestionTurn).flatMap(askedIn);
  const turnsAsked = episode.filter(isQuestionTurn).length;
  // Triage reads the patient's own words plus the red flags they said yes to — never a question they denied.
  // The values bound to their slots join the facts (not the text: a restated "temperature 37.4 °C" reads as alarm to the
  // learned reader), and the state is graded from the facts (fever-by-age.ts) as well as the words.
  // A yes enters the triage as the finding its question names (affirmationOf: "有没有发烧…？" → "发烧…"), never as the
  // question's own text — a Chinese question reads as nothing to the triage (review s22 C-NEW-1/C-00).
  // The reply to must-ask's groin question that names the testis as the pain's place (groin-testis.ts) is that finding.
  const affirmedFindings = [...replies.affirmed.map(affirmationOf), ...(testisToldInAnswer(turns, lang) ? [TESTIS_FINDING[lang]] : [])];
  const caseText = [chief, replies.free, ...affirmedFindings].filter(Boolean).join('\n');
  // The case without the freed words (replies.ts `freed`), for the readers other than the triage's rules.
  const keptText = [chief, replies.unfreed, ...affirmedFindings].filter(Boolean).join('\n');
  // The facts are read from the words the chips left before session 24 (`unfreed`): a freed reply's words reach the
  // case through the triage's rules only (withFreedWords), never through a fact that would change the questions or
  // the child's fever grading.
  const facts = { ...[openingFacts, readFacts(replies.unfreed)].reduce(mergeFacts, readFacts('')), ...replies.facts };
  const triageOf = o.triage ?? ((x: string) => consultTriage(x, lang));
  // The opening's triage is a floor (opening-floor.ts): a reply may add a sign, never withdraw one the opening told —
  // unless the patient corrects the opening itself. The first turn's reading of the opening is remembered, so the
  // floor on later turns costs no second reading of the same words (policy CPU p99 15 → 21 ms per turn without it).
  const openingTriage = (): ConsultTriage => (o.triage ? o.triage(chief) : rememberedOpening(chief, lang));
  const pregnant = facts.pregnant === true;
  // Planning a pregnancy ("trying for a baby") is about a baby not yet conceived: no infant screen, no pregnancy screen.
  const planning = !pregnant && PRECONCEPTION.test(chief);
  // A writer who speaks of themselves with a child only as company ("I still leak when I jump on the trampoline with my
  // son") is the patient: the child's screen is not theirs.
  const alone = withoutCompany(chief);
  const childOnlyCompany = alone !== chief && !findModifiers(alone).some((m) => m.id === 'child' || m.id === 'infant');
  const notAChild = (facts.age !== undefined && facts.age >= 12) || POSTPARTUM.test(chief) || pregnant || planning || childOnlyCompany;
  const ownFever = writersOwnFever(userTurns.join('\n'));
  // A reading told in a reply ("38.5") joins the text the triage reads; its infant-fever rule then joins it to any
  // infant the opening seems to name. Where the case's own readers say the fever is the writer's (C-2) or there is no
  // infant — the child is 3 months or older, or the weeks after the child word say how long, not how old ("6 weeks
  // post-op", C-1) — and infant-fever is the only finding the reply added, the reply's readings are read as at the
  // session's start (a decimal reply was then dropped): switched off for that shape (review s22 C-1/C-2).
  const noInfant = ownFever || (facts.age !== undefined ? facts.age >= 3 / 12 : weeksNotAnAge(chief));
  const toldWith = (free: string, amounts: readonly string[]): ConsultTriage => {
    const told0 = turnsAsked > 0 ? triageOf([chief, free, ...amounts, ...affirmedFindings].filter(Boolean).join('\n')) : openingTriage();
    const openingReasons = turnsAsked > 0 && noInfant && told0.reasons.includes('infant-fever') ? openingTriage().reasons : undefined;
    return openingReasons &&
      !openingReasons.includes('infant-fever') &&
      told0.reasons.every((r) => r === 'infant-fever' || r.startsWith('model:') || openingReasons.includes(r))
      ? triageOf([chief, withoutReadings(free), ...amounts, ...affirmedFindings].filter(Boolean).join('\n'))
      : told0;
  };
  // A reply sentence that is only an amount ("about 24 of the 500mg ones") is read in the opening's taking sentence
  // (elided-amount.ts). Those sentences are the policy's wording, not the patient's: like freed words they may raise
  // the case only through a rule finding new in them, never through the learned reader's word statistics.
  // The replies reach the triage as answers (answer-scope.ts): a sign a reply's clause denies ("眼睛没有闪光", "呼吸不快")
  // is blanked where the triage's scan would read it as present; a negation that is the sign's own wording stays.
  const answered = (free: string, amounts: readonly string[]): ConsultTriage => {
    const full = toldWith(free, amounts);
    const blanked = withoutDeniedSigns(free);
    const scoped = blanked === free ? full : scopedTriage(full, toldWith(blanked, amounts));
    // A rule finding the replies added from a sign they deny, which the rule's own pattern read past the negation
    // ("嘴唇脸都不肿" as lip swelling; denied-rule-clauses.ts): only where the replies raised the case above the opening,
    // and read like the scan's denials above — lower only, never below the learned reader's level on the reply as written.
    const opening = o.deniedWords === true && turnsAsked > 0 && scoped.rules ? openingTriage() : undefined;
    if (!opening?.rules || RANK_OF[scoped.level] <= RANK_OF[opening.level]) return scoped;
    const rulesWith = (reply: string): ReadonlySet<string> => new Set(toldWith(reply, amounts).rules?.reasons ?? []);
    const cleared = withoutDeniedRuleFindings(blanked, rulesWith, new Set(opening.rules.reasons));
    const ruleScoped = cleared === blanked ? scoped : scopedTriage(full, toldWith(cleared, amounts));
    const byRules = RANK_OF[ruleScoped.level] < RANK_OF[scoped.level] ? ruleScoped : scoped;
    // A raise above the opening the learned reader alone made from the replies' denied words (reader-denials.ts: "唔係突然"
    // echoing "突然…吗？"): read once more with every denied span blanked; lower only, the opening stays the floor.
    const unsaid = readerRaiseFromDenials(cleared, byRules, opening, affirmedFindings.length > 0, (r) => toldWith(r, amounts).level);
    return unsaid === undefined ? byRules : lowerWithoutDenials(byRules, toldWith(unsaid, amounts));
  };
  const toldBy = (free: string): ConsultTriage => {
    const plain = answered(free, []);
    const amounts = turnsAsked > 0 ? amountsTaken(chief, free) : [];
    return amounts.length > 0 ? withFreedWords(plain, answered(free, amounts)) : plain;
  };
  // Words read only since a number past the turn's chips stopped hiding them ("64. I'm on chemo…") are weighed apart:
  // the level the other words reach stands, and the freed words may raise it through a rule finding only.
  const told = replies.freed ? withFreedWords(toldBy(replies.unfreed), toldBy(replies.free)) : toldBy(replies.free);
  // The state graded as a whole (fever-by-age.ts): a baby's age and temperature told in different messages are one
  // finding. Only for a child patient, and not for a fever the writer tells of themselves.
  const fever = notAChild || ownFever ? undefined : feverByAge(facts);
  const graded =
    fever && RANK_OF[fever.level] > RANK_OF[told.level]
      ? heldTriage(told.reasons, [fever], lang, emergencyNumberFor({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', lang }))
      : told;
  // A same-day red flag a turn asked, told present in the reply's own words (told-red-flags.ts: "今天早上醒来就这样了" to a
  // sudden hearing-loss question; spreading redness or a wound's pus with a fever): seen today whatever the triage read.
  const toldFlags = toldRedFlags(turns, {
    febrile: (facts.temperatureC ?? 0) >= 38 || findSigns(keptText).some((h) => h.sign === 'fever'),
    patientIsOther: symptomCarriers(chief).has('other'),
  });
  const seenToday =
    toldFlags.length > 0 && RANK_OF[graded.level] < RANK_OF.urgent
      ? {
          ...heldTriage(graded.reasons, [toldHeld(toldFlags)], lang, emergencyNumberFor({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', lang })),
          // The triage's open discriminators stay the case's questions: the level changed, not what is left to ask.
          ...(graded.ask ? { ask: graded.ask } : {}),
        }
      : graded;
  // A peak flow told against the usual (peak-flow.ts: "平时450 现在270"): the attack's measured severity; raises only.
  const flow = readPeakFlow([chief, ...userTurns.slice(1)].join('\n'));
  const measured =
    flow && RANK_OF[flow.level] > RANK_OF[seenToday.level]
      ? {
          ...heldTriage(
            seenToday.reasons,
            [
              {
                id: 'peak-flow',
                level: flow.level,
                title: { zh: `峰流速只有平时的${Math.round(flow.ratio * 100)}%`, en: `peak flow ${Math.round(flow.ratio * 100)} % of usual` },
                advice: {
                  zh:
                    flow.level === 'emergency'
                      ? '峰流速低于平时的一半，是严重的哮喘发作，请立即拨打急救电话或去急诊。'
                      : '峰流速低于平时的四分之三，是中度哮喘发作，今天就需要看医生。',
                  en:
                    flow.level === 'emergency'
                      ? 'A peak flow under half your usual is a severe asthma attack: call emergency services or go to the emergency department now.'
                      : 'A peak flow under three quarters of your usual is a moderate asthma attack: see a doctor today.',
                },
              },
            ],
            lang,
            emergencyNumberFor({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', lang }),
          ),
          ...(seenToday.ask ? { ask: seenToday.ask } : {}),
        }
      : seenToday;
  // Pain or bleeding in early pregnancy (or a late period) with a faint or shoulder-tip pain told in a reply
  // (ectopic-signs.ts): the parts told across messages are read together; raises only.
  const ectopic =
    turnsAsked > 0 && measured.level !== 'emergency' && ectopicSigns(caseText, chief.length)
      ? {
          ...heldTriage(measured.reasons, [ECTOPIC_HELD], lang, emergencyNumberFor({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', lang })),
          ...(measured.ask ? { ask: measured.ask } : {}),
        }
      : measured;
  // An emergency picture (emergency-pictures.ts: a clot in the lung, a ruptured ectopic, meningitis or sepsis, a heart
  // attack, a gut bleed, a torsion, ketoacidosis, cauda equina) completed by the opening and the replies together, with
  // a feature told in a reply, each feature the patient's own and now: raises only, and names the picture.
  const pictures =
    turnsAsked > 0 && ectopic.level !== 'emergency'
      ? emergencyPictures({ opening: chief, replies: userTurns.slice(1), facts, patient: patientOf(chief, symptomCarriers(chief)) })
      : [];
  const pictured =
    pictures.length > 0
      ? {
          ...heldTriage(
            ectopic.reasons,
            pictures.map((p) => ({ id: `picture-${p.id}`, level: 'emergency' as const, title: p.title, advice: p.advice })),
            lang,
            emergencyNumberFor({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', lang }),
          ),
          ...(ectopic.ask ? { ask: ectopic.ask } : {}),
        }
      : ectopic;
  // An older person's function changed today, told in the opening in whatever words (acute-change.ts: who, when,
  // what — not a sign list): a doctor today at least, whatever the replies. Read on the opening only: replies are
  // answers to questions ("没吃激素", "not overnight"), not the account of a change. Raises only.
  const changed =
    RANK_OF[pictured.level] < RANK_OF.urgent && readAcuteChange(chief, openingFacts)
      ? {
          ...heldTriage(pictured.reasons, [ACUTE_CHANGE_HELD], lang, emergencyNumberFor({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', lang })),
          ...(pictured.ask ? { ask: pictured.ask } : {}),
        }
      : pictured;
  const t = floorAtOpening(changed, turnsAsked > 0 ? openingTriage() : undefined, correctsOpening(chief, userTurns.slice(1), lang));
  const presentations = findPresentations(keptText).map((p) => p.id);
  const base = { lang, turnsAsked, chiefComplaint: chief, presentations, facts, asked, triage: t.level };
  const said = [replies.free, ...replies.affirmed.map((q) => `${q} ${lang === 'zh' ? '有' : 'Yes'}`)].filter(Boolean);
  // Opt-in (`answeredLowering: true`): every red-flag question answered no in the patient's own words, on a level the
  // learned reader alone reached (answered-negative.ts): urgent comes down to routine. Never an emergency, never a level
  // a rule, the safety net or a raise of this folder named; only at the answer.
  const byAnswers = (): ConsultTriage =>
    o.answeredLowering === true &&
    turnsAsked > 0 &&
    t.level === 'urgent' &&
    t.signsLevel === 'routine' &&
    changed.signsLevel === 'routine' &&
    openingTriage().signsLevel === 'routine' &&
    !findModifiers(chief).some((m) => m.id === 'infant') &&
    answeredAllNegative({ opening: chief, turns, facts })
      ? { ...t, level: 'routine', message: '', reasons: [...t.reasons.filter((r) => r !== OPENING_FLOOR_REASON), ANSWERED_NEGATIVE_REASON] }
      : t;
  const answer = (reason: ConsultReason): ConsultStep => answerWith(reason, byAnswers());
  const answerWith = (reason: ConsultReason, t: ConsultTriage): ConsultStep => ({
    action: 'answer',
    // Retrieval reads the complaint itself (replies such as "no vomiting" only add noise to a search); when the
    // replies raised the triage, the whole case goes through so the answer carries the urgent-care message.
    query: t.level === 'routine' ? chief : caseText,
    // An emergency answer opens with the emergency instructions, never with a summary of the conversation.
    restsOn: turnsAsked > 0 && t.level !== 'emergency' ? restsOn(lang, base, said) : '',
    triage: t,
    state: { ...base, triage: t.level, reason },
  });

  if (o.off) return answer('off');
  // Emergencies skip the questions — except one only the learned reader saw, which gets one turn (ConsultTriage).
  // The rules' and the safety net's own level may be routine, or urgent for an adult's case that is neither a burn nor
  // a pregnancy; a child, a burn or a pregnancy the rules already call urgent is an emergency at once (vulnerableCase).
  const readerOnly =
    t.level === 'emergency' && (t.signsLevel === 'routine' || (t.signsLevel === 'urgent' && !t.vulnerable)) && (t.readerEmergencyP ?? 1) < READER_SURE;
  // An emergency held until excluded whose checks the patient can make at once gets the same one turn (checksFirst).
  const checksFirst = t.level === 'emergency' && turnsAsked === 0 ? t.checksFirst : undefined;
  // Send, then ask (session 39, opt-in `{ sendAndAsk: true }`): any other emergency the opening itself tells gets the
  // same one turn — the emergency advice first, then at most two questions a clinician asks while sending the patient
  // (the time it started, what was taken and how much, the blood pressure after a birth). The level cannot fall: an
  // emergency opening is a floor no reply lowers (opening-floor.ts), and the next message is answered as the emergency.
  // Off by default: issue #14's target is no question turn for emergencies (run-consult.test.ts holds it).
  const sendAndAsk = t.level === 'emergency' && turnsAsked === 0 && !readerOnly && !checksFirst && o.sendAndAsk === true && maxTurns > 0;
  if (t.level === 'emergency' && !(readerOnly && turnsAsked === 0) && !checksFirst && !sendAndAsk) return answer('emergency');
  // A message that reads as a symptom only through a medicine's name or a stated drug allergy ('头孢和酒能一起吗') is a
  // medicine question: its medicine situation's questions when it has one, else the answer at once.
  const medicineQuestion = (): boolean => ownWords !== chief && findSituations(chief).length > 0 && isSymptomMessage(recognisedText(chief), o.kbRedFlags);
  if (!isSymptomMessage(known, o.kbRedFlags) && !medicineQuestion()) return answer(sendAndAsk ? 'emergency' : 'not-a-symptom');
  // A bare yes to several red-flag questions: which one is asked before anything else, past the turn limit too — a yes
  // to a danger sign must not end the consultation unread (C1: "Yes" to a newborn's fever question ended routine).
  if (replies.unsure.length > 1) {
    const qs = replies.unsure.map((q) => redFlagQuestion(q, lang));
    return { action: 'ask', questions: qs, text: renderQuestionTurn(lang, qs, WHICH_LINE[lang]), triage: t, state: { ...base, reason: 'missing-information' } };
  }
  if (turnsAsked >= maxTurns) return answer('turn-limit');

  // Case-specific red flags first: the triage's own open discriminators, then the presentation's, then the
  // complaint protocol's; basics (how long, how old, pregnancy) fill the rest.
  // The infant/child screen is for a baby or young child: not for a teenager, nor for a mother whose complaint follows
  // the birth ("生完孩子四个月…掉头发" is about her).
  // A pregnant woman's "baby" is the one she carries ("I'm 30 weeks and baby's been quiet"): no infant screen either.
  // Sleep lost to pain ("疼得晚上睡不着") is the pain's complaint, not a sleep or mood one.
  // An entry naming the message sets aside the entries it supersedes (complaint.ts: shingles' tingling is not numbness).
  // An injury told by its mechanism (injury.ts: "banged my head… got a lump", "摔了…胯骨疼") is the case's complaint:
  // its site's questions lead, and the entries its consequence words would call up (a lump, a swelling) give way.
  const injury = readInjury(chief, facts.age);
  const older = olderPatient(chief, facts);
  const superseded = new Set([
    ...COMPLAINTS.filter((c) => c.supersedes && (c.zh.test(known) || c.en.test(known))).flatMap((c) => c.supersedes ?? []),
    ...(injury?.supersedes ?? []),
  ]);
  // The mood readers read the complaint without its worry questions ("Should I panic?" asks how serious a finding is).
  const mindText = withoutWorryQuestion(known);
  const mindNamed = (c: Complaint): boolean => c.zh.test(mindText) || c.en.test(mindText);
  const fits = (c: Complaint): boolean =>
    !(notAChild && c.id === 'baby') &&
    !(older && CHILD_ENTRIES.has(c.id)) &&
    !(MIND_ENTRIES.has(c.id) && (BODILY.test(known) || !mindNamed(c))) &&
    !superseded.has(c.id);
  const named = [...(injury ? [injuryEntry(injury)] : []), ...findNamedComplaints(known).filter(fits)];
  // A mental-health presentation named only by a worry question is no presentation: neither its questions nor the
  // triage's open ones for it are asked.
  const mentalHealthIn = (x: string): boolean => findPresentations(x).some((p) => p.id === 'mentalHealth');
  const worryOnly = mindText !== known && mentalHealthIn(known) && !mentalHealthIn(mindText);
  const chiefPresentations = findPresentations(known)
    .map((p) => p.id)
    .filter((p) => !(notAChild && p === 'paediatric') && !(planning && p === 'pregnancy') && !(worryOnly && p === 'mentalHealth'));
  const specific = [
    // A named complaint's own red flags lead ("孩子尿床": bedwetting, not any child), then the triage's open
    // discriminators, then the body-site screens, the presentation's and the protocol's questions.
    ...named.flatMap((c) => c.ask[lang]),
    // A medicine, contraception or travel situation is named too: the risk factors that change the advice.
    ...findSituations(chief).flatMap((p) => p.ask[lang]),
    // Pregnancy changes every complaint's red flags (bleeding, pre-eclampsia); a child's general screen comes last.
    ...((chiefPresentations.includes('pregnancy') && facts.pregnant !== false) || pregnant ? askFor(['pregnancy'], lang) : []),
    // The triage's open discriminators, less a baby's screen when the patient is not a child (the triage reads "my
    // baby" in a mother's own complaint as an infant).
    ...(t.ask ?? []).filter((q) => !(notAChild && PAEDIATRIC_ASKS[lang].has(q)) && !(worryOnly && MENTAL_HEALTH_ASKS[lang].has(q))),
    ...findComplaints(known, fits).flatMap((c) => c.ask[lang]),
    ...askFor(
      chiefPresentations.filter((p) => p !== 'paediatric'),
      lang,
      6,
    ),
    ...(chiefPresentations.includes('paediatric') ? askFor(['paediatric'], lang) : []),
    ...findProtocols(known).flatMap((p) => p.ask[lang]),
  ];
  const open = [...new Set(specific)].filter((q) => !asked.includes(q) && !settled(q, facts));
  const ranked = rankBySeparation(open, triageOf);
  // The knowledge base's question (the danger signs of the conditions this complaint could be) joins the first turn
  // when no written entry names the complaint, so an unseen complaint is still asked about its own danger signs (and a
  // named one in the second turn about signs its entry did not list); the generic danger signs follow, and the basics
  // (how long, how old) wait for the second turn.
  const medicine = findSituations(chief).some((x) => x.id === 'medicine');
  // The case model (case-model.ts): the findings so far → candidate conditions → the most informative open danger
  // signs of the severe ones; null once no severe candidate is left or every discriminating sign was asked.
  const kbQ = o.kbRedFlags?.nextQuestion({ lang, text: known, facts, medicine, asked, affirmed: replies.affirmed }) ?? undefined;
  // What the medicine named is to the complaint (situations.ts medicineRole). A complaint after a medicine may be its side
  // effect: the medicine's reaction screen (rash, breathing, mood and self-harm, other medicines) keeps a place among the
  // first two, whatever the complaint's own questions rank. A medicine tried without help, or asked for and not yet
  // taken, is a treatment: no reaction screen (a sought one is asked pregnancy and past reactions instead), and its
  // other questions (kidney, other medicines) come after the complaint's own.
  const role = medicine ? medicineRole(chief) : undefined;
  const medicineAsks = findSituations(chief).find((x) => x.id === 'medicine')?.ask[lang] ?? [];
  const reactionScreen = medicineAsks[REACTION_SCREEN_AT];
  // An injury's mechanism says what caused the complaint: a plaster or a painkiller used on it is not suspected of it.
  const reaction = role === 'suspect' && !injury && findNamedComplaints(known).length + findComplaints(known).length > 0 ? reactionScreen : undefined;
  // The named complaint's own first question leads (a medicine or situation named beside it — "抹了药也不管用" is
  // what was tried — must not push the complaint's red flags out of the first turn), then the reaction screen.
  const own = named.flatMap((c) => c.ask[lang]).find((q) => open.includes(q));
  // A medicine taken with no complaint named beside it ("on valproate… should I stop it when we start trying?") is asked
  // about, not suspected: its reaction screen gives way to the situation's and the condition's own questions.
  const complaintNamed = findNamedComplaints(known).length + findComplaints(known).length + chiefPresentations.length > 0;
  const treatmentAsks = role === 'tried' || role === 'sought' || (role === 'taken' && !complaintNamed) ? medicineAsks : [];
  const soughtSafety = role === 'sought' && !settled(SOUGHT_SAFETY[lang], facts) && !asked.includes(SOUGHT_SAFETY[lang]) ? [SOUGHT_SAFETY[lang]] : [];
  // A medicine asked for is first a question of who will take it (pregnancy, past reactions), then of their other
  // conditions and medicines.
  const byPower = [
    ...ranked.filter((q) => !treatmentAsks.includes(q)),
    ...soughtSafety,
    ...ranked.filter((q) => treatmentAsks.includes(q) && q !== reactionScreen),
  ];
  // What the patient's age, sex or state adds to the complaint (risk-screens.ts: a new headache at 50 or over asks the
  // signs of giant-cell arteritis, a period problem asks pregnancy first) comes right after the complaint's own first
  // question — unless that question already asks it.
  // With no complaint named, a situation named (contraception, travel, a pregnancy planned) is the topic: its own first
  // question leads, as a named complaint's does.
  const situationOwn = findSituations(chief)
    .filter((x) => x.id !== 'medicine')
    .flatMap((x) => x.ask[lang])
    .find((q) => open.includes(q));
  const riskCtx = { text: known, presentations: chiefPresentations, complaints: named.map((c) => c.id), facts };
  // A treatment asked for with no complaint entry named ("can my dad take sleeping pills?", "晕车药哪种好") is a question
  // about the medicines sold for it: their cautions (treatment-cautions.ts) are the case's own first question, before the
  // medicine situation's general one (kidney, ulcer, other medicines) or a travel plan's.
  const caution = own ? undefined : TREATMENT_CAUTIONS.find((x) => x.applies(riskCtx) && !asked.includes(x.ask[lang]))?.ask[lang];
  const lead0 = checksFirst ?? own ?? caution ?? situationOwn ?? byPower[0];
  const risk = riskScreens(riskCtx, lang, [...(lead0 ? [lead0] : []), ...asked]);
  // A short question a risk screen asks in full ("Could you be pregnant?") is not asked again later.
  const coveredBy = ALL_RISK_SCREENS.filter((x) => risk.includes(x.ask[lang]));
  const repeats = (q: string): boolean => q.length <= 40 && coveredBy.some((x) => x.covered.test(q));
  const pinned = [
    ...new Set([lead0, ...risk.filter((q) => !asked.includes(q)), ...(reaction && open.includes(reaction) ? [reaction] : [])].filter((q): q is string => !!q)),
  ];
  const top = [...pinned, ...byPower.filter((q) => !pinned.includes(q) && !repeats(q))];
  // The written knowledge keeps the first turn's two red-flag questions whenever it applies; the knowledge base's
  // question leads only when nothing written does (an unseen complaint is still asked its own danger signs), and
  // otherwise opens the second turn. Measured: put second in the first turn, the pages displaced a written question
  // that asked the case's red flag (blind batches 1, 4 and 10 lost 1–2 cases each with the folder KB, none gained);
  // after the written two, the KB-backed default scores at least the written knowledge alone on batches 1–11.
  const kbAt = specific.length ? 2 : 0;
  const withKb = kbQ && !asked.includes(kbQ) ? [...top.slice(0, kbAt), kbQ, ...top.slice(kbAt)] : top;
  const redFlags = withKb.map((q) => redFlagQuestion(q, lang));
  const pregnancyMatters = presentations.some((p) => p === 'abdominalPain' || p === 'bleeding') || findProtocols(known).some((p) => p.id === 'urinary');
  // The triage's reading of who the patient is (a child noun or an age under 16, a nursing mother's baby set aside).
  const child = !notAChild && findModifiers(chief).some((m) => m.id === 'child');
  const basics = openBasics(facts, lang, { pregnancyMatters, child }).filter((q) => !asked.includes(q.text) && !repeats(q.text));
  // A later turn happens only while something decisive is open: the case model's next danger signs, or how long, how
  // old, pregnancy. The risk factors (long-term conditions, medicines, smoking) join such a turn, never start one.
  const decisiveOpen = kbQ !== undefined || basics.some((q) => !NAMES_NO_FINDING.has(q.text));
  // The generic discriminators of the presentation (discriminators.ts): whatever the complaint is called, the first
  // turn also asks the danger signs that change the disposition of almost any complaint for this kind of patient, less
  // those the chosen questions already name.
  const lead = redFlags.slice(0, 2);
  const group = patientGroup(facts, { pregnant: chiefPresentations.includes('pregnancy') && !POSTPARTUM.test(chief), child });
  const genericText = dangerSignQuestion(group, lang, [...lead.map((q) => q.text), ...asked], presentationKind(mindText, group));
  const generic = genericText && !asked.includes(genericText) ? [redFlagQuestion(genericText, lang)] : [];
  // First turn: the two best red-flag questions, the generic danger signs, then a basic (how long, how old).
  // Later turns: the case model's next danger signs while a severe candidate is left, then the basics still open
  // (duration, age, pregnancy, long-term conditions and medicines), then the red flags not yet asked.
  // The checks of an emergency held until excluded are its one question: the advice above them says go now.
  // An older person's change of function today (acute-change.ts) is asked what separates 999 from a doctor today —
  // how awake, one-sided weakness or speech, drinking, fever, breathing, a fall — whatever entry its words called up.
  // Review fix s37: bleeding told beside the change (an elder's black stools, s35 cp-b08…b34) keeps START's first turn —
  // its melena / bleeding / fainting questions — whatever the change's words; the opening's raise to urgent stays.
  const change = turnsAsked === 0 && !injury && !BLEEDING_TOLD.test(chief) ? readAcuteChange(chief, facts) : undefined;
  // Another complaint the opening tells beside the change (its sentences that told no change name a complaint: black
  // stools, a cough) keeps the case's own first question first; an entry about the whole person's state (tiredness,
  // sleep, memory, mood) is the change itself.
  // Review fix s37: read over the whole opening with the change's own words blanked, not only the sentences that told no
  // change — a complaint joined to the change by a comma or "and" ("black stools since yesterday and a bit tired today",
  // 大便黑黑的，今天没什么力气) keeps its first question first.
  const otherText = change === undefined ? '' : withoutChangeWords(chief);
  const otherComplaint =
    change !== undefined &&
    findNamedComplaints(otherText).filter((c) => !WHOLE_PERSON_ENTRIES.has(c.id)).length +
      findComplaints(otherText).filter((c) => !WHOLE_PERSON_ENTRIES.has(c.id)).length +
      findPresentations(otherText).length >
      0;
  const stateAsks = new Set(COMPLAINTS.filter((c) => WHOLE_PERSON_ENTRIES.has(c.id)).flatMap((c) => c.ask[lang]));
  const bodyOwn = otherComplaint ? redFlags.map((q) => q.text).find((q) => !ACUTE_CHANGE_QUESTIONS[lang].includes(q) && !stateAsks.has(q)) : undefined;
  const changeAsks = ACUTE_CHANGE_QUESTIONS[lang].filter((q) => !(bodyOwn && askedAgain(q, [bodyOwn])));
  const bodyNext =
    bodyOwn && changeAsks.length < ACUTE_CHANGE_QUESTIONS[lang].length
      ? redFlags.map((q) => q.text).find((q) => q !== bodyOwn && !ACUTE_CHANGE_QUESTIONS[lang].includes(q) && !stateAsks.has(q) && !askedAgain(q, [bodyOwn]))
      : undefined;
  // The questions of the presentation the emergency's rules name (none for a learned reader's emergency).
  const emergencyAsks = sendAndAsk ? askFor(emergencyPresentations(t.reasons), lang, SEND_ASKS).filter((q) => !asked.includes(q)) : [];
  const picks = checksFirst
    ? [redFlagQuestion(checksFirst, lang)]
    : sendAndAsk
      ? sendingQuestions(
          [
            // What the opening cannot decide (must-ask.ts: the blood pressure and sight after a birth), then each
            // presentation's own first question — what the receiving team needs (when it started, what was taken and how
            // much, the temperature and alertness, who is with the person) — then the case's best-ranked danger signs.
            ...mustAskQuestions({ text: ownWords, facts }, lang, asked),
            // Review s39: the presentation that MADE the emergency (the triage's rule reasons, safety/emergency-presentation.ts)
            // is asked first and in full — a stroke's time and signs, an overdose's what/how much/when and alertness, a fit's
            // length — before any side complaint or medicine screen the opening also names.
            ...emergencyAsks,
            // (the presentations of the patient's own words too: a medicine's name blanked for the complaint readers is
            // what was taken)
            ...[...new Set([...chiefPresentations, ...presentations.filter((p) => !(notAChild && p === 'paediatric'))])]
              .flatMap((p) => askFor([p], lang, 1))
              .filter((q) => !asked.includes(q) && !settled(q, facts)),
            ...(change ? [...(bodyOwn ? [bodyOwn] : []), ...(bodyNext ? [bodyNext] : []), ...changeAsks] : lead.map((q) => q.text)),
          ],
          asked,
          emergencyAsks,
        ).map((q) => redFlagQuestion(q, lang))
      : change
        ? // A complaint the opening names beside the change (black stools, a cough) keeps its own first question first.
          // Review s38 S2-c: a change question asking exactly the signs the complaint's own question asks (the stroke
          // signs twice, same-signs.ts) gives its place to the complaint's next own question (the time it started).
          [...(bodyOwn ? [bodyOwn] : []), ...(bodyNext ? [bodyNext] : []), ...changeAsks]
            .filter((q) => !asked.includes(q))
            .slice(0, perTurn)
            .map((q) => redFlagQuestion(q, lang))
        : turnsAsked === 0
          ? [...lead, ...generic, ...basics, ...redFlags.slice(2)].slice(0, perTurn)
          : [...(kbQ ? [redFlagQuestion(kbQ, lang)] : []), ...basics, ...redFlags.filter((q) => q.text !== kbQ)].slice(0, decisiveOpen ? perTurn : 0);
  if (picks.length === 0) return answer(sendAndAsk ? 'emergency' : 'enough-information');
  // The one turn an emergency only the learned reader saw gets still opens with the triage's emergency advice: the
  // questions may settle it, but a true emergency must not wait behind them (q057 of triage-q: digoxin, pulse 38).
  // A stated drug allergy against a medicine named (safety/allergy-check.ts) is said before the questions too: the
  // answer that carries it may be turns away (review s14: the default API path never showed it).
  const allergy = allergyWarningText(allergyConflicts(userTurns[userTurns.length - 1] ?? '', [], userTurns.slice(0, -1)), lang);
  const turnLead = [readerOnly || checksFirst || sendAndAsk ? t.message : '', allergy].filter(Boolean).join('\n\n') || undefined;
  // An emergency candidate the opening cannot decide (must-ask.ts) adds its discriminating question AFTER the turn's own:
  // appended, never ranked with them, so no question the turn had is pushed out or moved (review s29).
  const added =
    turnsAsked === 0 && !checksFirst && !sendAndAsk && o.mustAsk !== false
      ? mustAskQuestions({ text: ownWords, facts }, lang, [...picks.map((q) => q.text), ...asked]).map((q) => redFlagQuestion(q, lang))
      : [];
  // An opening written in traditional characters or Cantonese is read once more in the form the recognisers know
  // (reading-form.ts); the question of a complaint entry only that reading names is APPENDED, after must-ask, first turn
  // only — every question the patient's own words gave stays, in its place and order.
  const fromReading =
    turnsAsked === 0 && !checksFirst && !sendAndAsk && o.readingForm !== false ? readingFormQuestions(chief, lang, o, [...picks, ...added, ...asked]) : [];
  // Must-ask's frames (a mother's headache weeks after the birth, early pregnancy…) read the reading form too: 生完BB兩個禮拜，
  // 頭好痛 is a postnatal headache its frames, written in simplified Mandarin, did not read as written. Appended last.
  const formMustAsk =
    turnsAsked === 0 && !checksFirst && !sendAndAsk && o.mustAsk !== false && o.readingForm !== false
      ? readingFormMustAsk(chief, lang, [...picks, ...added, ...fromReading].map((q) => q.text).concat(asked)).map((q) => redFlagQuestion(q, lang))
      : [];
  const questions = withMustAsk(picks, [...added, ...fromReading, ...formMustAsk]);
  const text = renderQuestionTurn(lang, questions, turnLead);
  return {
    action: 'ask',
    questions,
    text,
    ...(turnLead ? { lead: turnLead } : {}),
    ...(added.length + fromReading.length + formMustAsk.length ? { added: [...added, ...fromReading, ...formMustAsk] } : {}),
    triage: t,
    state: { ...base, reason: 'missing-information' },
  };
}

/**
 * The send-and-ask turn's questions: the first SEND_ASKS of the candidates, in order, none asked before. Two questions
 * are called the same by their signs (same-signs.ts) only within one presentation: the emergency's own questions
 * (`own`) are written to ask different things and are never dropped as repeats (review s39: the sign reader is lossy
 * across presentations — a CO-poisoning question read as a glaucoma question's signs).
 */
function sendingQuestions(candidates: readonly string[], asked: readonly string[], own: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const q of candidates) {
    if (out.length >= SEND_ASKS) break;
    if (out.includes(q) || asked.includes(q)) continue;
    if (own.includes(q) || !askedAgain(q, [...out, ...asked])) out.push(q);
  }
  return out;
}

/** How many questions the reading form may add to a first turn (reading-form.ts). */
const READING_FORM_ADDS = 1;

/**
 * The written entries' questions an opening names: an injury told by its mechanism (injury.ts) and the complaint entries
 * — the consultation's own knowledge of a complaint, as opposed to the coarse body-site screens (便 of 小便 is a bowel
 * site) and the situation, presentation and triage questions that join any turn.
 */
function entryAsks(opening: string, lang: ConsultLang, withInjury = true, withComplaints = true): Set<string> {
  const injury = withInjury ? readInjury(opening, readFacts(opening).age) : undefined;
  const known = recognisedText(withoutMedicineNames(withoutStatedAllergies(opening)));
  return new Set([...(injury ? injuryEntry(injury).ask[lang] : []), ...(withComplaints ? findNamedComplaints(known).flatMap((c) => c.ask[lang]) : [])]);
}

/**
 * Whose complaint, and is it now (read on the reading form): the question a reading form adds must be about the
 * writer's — or the child's or parent's they write for — CURRENT complaint.
 *  - A fall told as past or healed (旧年/去年/以前/细个 'as a child', 好返 'healed', 已经好了) adds no injury question:
 *    the question is whether to run, not whether the ankle is broken.
 *  - Someone outside the family named (隔篱/邻居/朋友/同事/别人) adds nothing (隔篱屋个伯伯跌亲，我自己膝头痛: the
 *    neighbour's fall is not the writer's knee); the writer setting their own complaint apart from another person's
 *    (我自己… after 宝宝/个仔/伯伯…) is read from 我自己 on (带BB打针，我自己手臂痛: no baby question).
 */
const PAST_OR_HEALED =
  /旧年|上年|去年|前年|[\d一两二三四五六七八九十几]+年前|以前|从前|细个|小时候|好返|好翻|痊愈|康复|复原|(?:已经|现在|都)(?:已经)?好了(?!很多|一点|一些|些|少少)/;
const SOMEONE_ELSE = /隔[篱籬壁]|邻居|街坊|朋友|同事|同学|别人|人哋|人家|路人/;
const ANOTHER_PERSON = /宝宝|小孩|儿子|女儿|爸|妈|奶奶|爷爷|伯伯|老公|老婆|先生|太太|哥|姐|弟|妹|外婆|外公/;
const OWN_APART = /我自己|我本人/;
/**
 * The part of the reading form that tells the writer's complaint: from 我自己 on when the writer sets it apart from
 * another person named before (个仔BB车翻侧，他没事，我自己扭伤手腕 → 我自己扭伤手腕), else the whole form.
 */
function writersPart(form: string): string {
  const own = OWN_APART.exec(form);
  return own && ANOTHER_PERSON.test(form.slice(0, own.index)) ? form.slice(own.index) : form;
}
/** The turn already asks a knock's consciousness and vomiting (the head-injury question would ask them again). */
const ASKS_KNOCK_SIGNS = (turn: readonly string[]): boolean => turn.some((q) => /昏迷|昏过去|晕过去|意识/.test(q)) && turn.some((q) => /呕吐/.test(q));

/**
 * What the opening's reading form (reading-form.ts) adds to the first turn: the complaint the words as written hid —
 * an injury's site or a complaint entry the reading form names and the text as written does not —
 * asked as the same consultation would ask it had the opening been written in simplified Mandarin: the first question
 * of that consultation's first turn that belongs to such a newly named entry and that this turn (or an earlier one)
 * does not already ask. Only entries: the situation, pregnancy and triage questions a reading form also reaches join
 * every turn as they did (an eight-week pregnancy is not asked about the baby's movements). Nothing when the reading
 * form is the text itself, or that consultation would not ask (an emergency, no symptom). At most READING_FORM_ADDS.
 */
function readingFormQuestions(chief: string, lang: ConsultLang, o: ConsultOptions, have: readonly (ConsultQuestion | string)[]): ConsultQuestion[] {
  const form = consultReadingForm(chief);
  if (form === chief) return [];
  if (SOMEONE_ELSE.test(form)) return [];
  const own = writersPart(form);
  const before = entryAsks(chief, lang);
  const asked = new Set(have.map((h) => (typeof h === 'string' ? h : h.text)));
  // An injury the words as written already read keeps its site: the reading form re-reads that injury, it does not
  // tell a second one (腳踏車, a bicycle, is no foot). A fall past or healed tells none now; a head question is not
  // added beside a turn that already asks the knock's consciousness and vomiting (a child's knock), except for an
  // older faller, whose head question also asks the blood thinners (NICE NG232).
  const injuryRead = readInjury(chief) !== undefined;
  const formInjury = injuryRead ? undefined : readInjury(own, readFacts(own).age);
  const injuryNow = formInjury !== undefined && !PAST_OR_HEALED.test(form) && !(formInjury.site === 'head' && !formInjury.fall && ASKS_KNOCK_SIGNS([...asked]));
  // An injury told (as written or in the reading form) is asked as an injury: the site's complaint entries (a hot
  // swollen joint for a grazed knee) are not added beside it.
  const injuryTold = injuryRead || formInjury !== undefined;
  const named = [...entryAsks(own, lang, injuryNow, !injuryTold)].filter((q) => !before.has(q));
  if (named.length === 0) return [];
  const step = nextConsultStep([{ role: 'user', content: form }], { ...o, mustAsk: false, readingForm: false });
  if (step.action !== 'ask') return [];
  return step.questions.filter((q) => named.includes(q.text) && !asked.has(q.text)).slice(0, READING_FORM_ADDS);
}

/** Must-ask's questions (must-ask.ts) for the opening's reading form, less those the turn asks; none without one. */
function readingFormMustAsk(chief: string, lang: ConsultLang, turn: readonly string[]): string[] {
  const form = consultReadingForm(chief);
  return form === chief ? [] : mustAskQuestions({ text: form, facts: readFacts(form) }, lang, turn);
}
