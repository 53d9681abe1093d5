// Red-flag triage: runs before anything else on every question. Pure: text in, Triage out.
// Sensitivity first: a sign counts unless it is negated, clearly in the past, or (for disease names) educational.
import { detectLang } from '../core/lang.js';
import type { Triage, TriageLevel } from './types.js';
import { isChronicOnly, PAST_TIME, PRESENT_NOW } from './red-flags/context.js';
import type { RedFlagRule } from './red-flags/rules.js';
import type { SignId } from './red-flags/signs.js';
import { emergencyNumberFor } from './emergency-number.js';
import { findAges } from './red-flags/age.js';
import { analyse, maxLevel, type Analysis } from './triage/analyse.js';
import { firedRules, scanSigns, type SignHit } from './triage/sign-scan.js';

export { findSigns, firedRules, type ScriptNeed, scanSigns, scriptNeed, type SignHit } from './triage/sign-scan.js';
import { readerVector, textGramHashes } from './triage/features.js';
import { type LoadedModel, predict, predictSelfHarm, shippedModel, type ModelOpinion } from './triage/model.js';
import { INTENT_LINE_THRESHOLD, intentFeatures, type LoadedIntent, predictIntent, shippedIntent } from './triage/intent-reader.js';
import { readUnboundedIngestion } from './triage/supply-unexplained.js';
import { readMeansKept } from './triage/means-kept.js';
import { readMotiveClause } from './triage/motive-clause.js';
import { askFor, HIGH_RISK, type PresentationId } from './triage/presentations.js';
import { applyGate, combine, type Decider, type LevelFacts, netCleared } from './triage/combine.js';

/** Text n-grams (features.ts) a message with nothing clinical in it needs before the reader may decide on it. */
const MIN_GRAMS = 30;
/** Signs that say who the patient is, not what is wrong: alone they are nothing clinical for the reader to build on. */
const PERSONA_SIGNS: ReadonlySet<SignId> = new Set<SignId>(['child', 'infant', 'pregnancy', 'anticoagulant', 'clotRisk']);
import { isReassured, safetyNet } from './triage/safety-net.js';
import { type Claim, type Floor, lowerEmergency } from './triage/lowering.js';
import { type FrameClaim, lowerByFrame } from './triage/frames.js';
import { lowerSelfHarmFrame, type RestReading, type SelfHarmClaim } from './triage/self-harm-frames.js';
import { readStatedPlan } from './triage/stated-plan.js';
import { readEndingIntent } from './triage/ending-intent.js';
import { readPresentSelfHarm } from './triage/present-self-harm.js';
import { RELATIVE_EN, RELATIVE_ZH } from './triage/persons.js';
import { type Stance, withoutQuestionFrames } from './triage/stance.js';
import { crisisLine, statesSafety } from './triage/suicide.js';
import { GOODBYE_WORD, readLeaveTaking } from './triage/leave-taking.js';
import { readIngestionMode } from './triage/ingestion-mode.js';
import { isStudyQuestion } from './triage/study-frame.js';
import { hasStoryFrame, storyDenied } from './triage/fiction.js';
import { readSuicideStage } from './triage/suicide-stage.js';
import { readLineAfter } from './triage/line-after.js';
import { readSelfDirectedHarm } from './triage/self-directed-harm.js';
import { readSelfCaused } from './triage/self-caused.js';
import { readsAsCantonese } from './triage/normalise.js';
import { animalExposureOnly } from './triage/exposed-who.js';
import { isTaskInjury, isTripTold } from './triage/wound.js';
import { readPinyin } from './triage/pinyin-reading.js';
import { readFigure } from './triage/figure-of-speech.js';
import { readTopicFrame } from './triage/topic-frame.js';
import { readCourse } from './triage/course.js';
import { isGradualCourse } from './triage/gradual-course.js';
import { matchesOf } from './red-flags/match.js';
import { BURN_GRADE_IDS, gradeBurnRules, holdsGrade, readBurn } from './triage/burn.js';
import { type CrisisSource, crisisSource, headHearsSelfHarm, isSelfHarmPresentation } from './triage/crisis-line.js';

/** The rule that means a large ingestion of medicine (ingestion.ts); poisoning-overdose is any poisoning at all. */
const OVERDOSE_RULES: ReadonlySet<string> = new Set(['deliberate-overdose']);
/** Any poisoning by mouth: with intent told (ingestion-mode.ts) it is a self-poisoning whatever the amount. */
const INGESTION_RULES: ReadonlySet<string> = new Set(['deliberate-overdose', 'poisoning-overdose', 'caustic-ingestion', 'toxic-substance-ingestion']);
/** A poisoning finding of any family: the phrase rules above, and every row of the poison and chemical tables by mouth
 *  (toxic-exposure.ts, chemical-exposure.ts). A self-poisoning is the act, not the agent's family: celphos, Ratol or a
 *  weedkiller swallowed after a row carries the crisis line as an overdose of pills does (s23: am005, ak068, al078 had
 *  the poison table's emergency and no line, the four phrase ids not naming the table's rows). */
const poisoningFinding = (id: string): boolean =>
  INGESTION_RULES.has(id) ||
  id.startsWith(DELAYED_POISON_PREFIX) ||
  id.startsWith(TOXIC_AGENT_PREFIX) ||
  id.startsWith(POSSIBLE_POISON_PREFIX) ||
  id.startsWith(`${CHEMICAL_RULE_PREFIX}swallowed-`);
import { NOT_WANTING, ORDINARY_PURPOSE } from './triage/self-harm-reader.js';
import { DELAYED_POISON_PREFIX, POSSIBLE_POISON_PREFIX, TOXIC_AGENT_PREFIX } from './triage/toxic-exposure.js';
import { PARACETAMOL_DELAYED_IDS } from './triage/paracetamol-sum.js';
import { DOSE_PER_KG_IDS } from './triage/dose-per-kg.js';
import { STRENGTH_MIXUP_ID } from './triage/strength-mixup.js';
import { CHEMICAL_RULE_PREFIX } from './triage/chemical-exposure.js';
import { COURSE_DANGER_PREFIX } from './triage/diagnosis-danger.js';
import { NARROW_MARGIN_EMERGENCY_IDS } from './triage/double-dose.js';
import { CONDITION_FRAME_RULES } from './triage/condition-frames.js';
import { TOXIDROME_SIGN_IDS } from './red-flags/toxidrome-signs.js';

export interface TriageOptions {
  /** BCP-47 locale of the user, e.g. "zh-CN", "en-US", "en-GB"; picks the emergency number. */
  locale?: string;
  /** Overrides everything (also QUARKMED_EMERGENCY_NUMBER). */
  emergencyNumber?: string;
  /**
   * "report": the text is a lab report, not a message. Numbers in it are results with reference ranges and time
   * labels ("3.5-5.5", "餐后2h"), read by src/report's parser, so the vital-sign reader is off. Default "message".
   */
  source?: 'message' | 'report';
  /** Skip the learned model (rules only), e.g. to measure the rules alone. Default false. */
  rulesOnly?: boolean;
  /** Use these weights instead of the shipped ones (training and calibration runs). */
  model?: LoadedModel;
  /** Use this self-harm intent reader instead of the shipped one (intent-reader.ts); null turns it off. */
  intent?: LoadedIntent | null;
  /**
   * Run the lowering step (lowering.ts). Default false: session 12's independent review lowered 18 present emergencies
   * of its own with it (space-separated Chinese clauses, a symptom list before "when do you call", "that's me now"
   * after an exam question) and it moved no first-sight figure, so it stays off until those readings are proven.
   */
  lowering?: boolean;
  /**
   * Run the frame reading (triage/frames.ts). Default false: session 16's independent review turned 20 present
   * emergencies of its own into routine with it (a present event told with "could"/"apparently"/据说 read as hearsay,
   * "I'm fine myself" dropping a child's signs, symptoms before "…years ago, fully recovered"), and it changed no
   * decision of the blind triage-ag batch; it stays off until those readings are proven.
   */
  frames?: boolean;
  /** Read Chinese typed in pinyin as characters too (pinyin-reading.ts; raise only). Default true; false measures
   *  the message as typed. */
  pinyin?: boolean;
  /** Read written Cantonese through core/cantonese-reading.ts too (normalise.ts ReadingOptions). Default true: a Cantonese
   *  message is decided both with the reading and without it, and the higher level is kept; false decides it once, as
   *  the older table alone reads it. */
  cantoneseReading?: boolean;
}

/** Who decided what: the rules (sign + clinical + suicide screen), the learned model, and the safety net. */
export interface TriageContributions {
  rules: { level: TriageLevel; reasons: string[] };
  /** The reader's level and probabilities, whether it raised the level, and its self-harm head's p (crisis line). */
  model: (ModelOpinion & { raised: boolean; selfHarm: number | null }) | null;
  safetyNet: { level: 'urgent' | null; presentations: PresentationId[] };
  modifiers: string[];
  presentations: PresentationId[];
  vitals: { kind: string; value: number }[];
  suicide: { risk: 'high' | 'moderate' | 'none'; components: string[] };
  /** What put the crisis line in the message (crisis-line.ts), or null when there is none. */
  crisisLine: CrisisSource | null;
  /** Intent, temporal status and reassurance, and what the look-alike gate did with them. */
  stance: Stance & { gate: LookAlikeGate };
  /** Everything the level depends on besides the reader (combine.ts decideLevel). */
  facts: LevelFacts;
  /** The stretches read as no present danger that lowered an emergency (lowering.ts), or null when none did. */
  lowered: Claim[] | null;
  /** The stretches whose frame tells no one's danger now (frames.ts) that lowered the level, or null when none did. */
  framed: FrameClaim[] | null;
  /** The wish or self-harm figures read in a frame of no risk (self-harm-frames.ts) that lowered the level, or null. */
  selfHarmFramed: SelfHarmClaim[] | null;
  /** On the lowering step's own floor run only (null otherwise): this text's level and whether a red-flag finding in it
   *  is told now. */
  floor: Floor | null;
  /** Chinese typed in pinyin, read as characters by the triage's own vocabulary (pinyin-reading.ts): that reading, and
   *  whether it raised the level — then every other field, the signs' offsets included, is of that reading. Null when
   *  the message holds no pinyin stretch the vocabulary reads. */
  pinyin: { text: string; raised: boolean } | null;
  /** The self-harm intent reader's p (intent-reader.ts) and whether it called the message an emergency with the crisis
   *  line (its threshold met and its guards passed; the rules may have called it so too); absent without a reader. */
  intent?: { p: number; raised: boolean };
  /** A death figure said of an everyday complaint (figure-of-speech.ts) whose removal left no suicide reading: the
   *  figure's offsets; every other field is of the message read without it. Absent when no figure was set aside. */
  figure?: readonly (readonly [at: number, length: number])[];
  /** A suicide or self-harm word read as the message's topic (topic-frame.ts: a bereavement by another's suicide, a
   *  work's subject) whose removal left no suicide reading: the frame's offsets; every other field is of the message read
   *  without them. Absent when no frame was set aside. */
  topic?: readonly (readonly [at: number, length: number])[];
}

/** 'routine': information about no current episode, or about a past one; 'lower': one level down (resolved); null: none. */
export type LookAlikeGate = 'routine' | 'lower' | null;

/** The condition-frame rules' ids: a frame with its sign is a hard finding (see `hard`). */
const CONDITION_FRAME_IDS: ReadonlySet<string> = new Set(CONDITION_FRAME_RULES.map((r) => r.id));
/** Someone named as the patient ("我", "my son", "he"); "有人"/"someone" and "if…" are hypothetical. */
const PERSON =
  /我|孩子|宝宝|儿子|女儿|老公|老婆|爱人|爸|妈|爷|奶|外公|外婆|姥|哥|姐|弟|妹|朋友|同事|邻居|\b(?:i|i'm|im|i've|my|me|we|our|he|she|his|her|they)\b/i;
const HYPOTHETICAL = /如果|假如|要是|万一|有人|\bif (?:someone|somebody|a person|you|i ever)\b|\bin case\b|\bsomeone\b/i;

/** A state that is a threat to life now whoever asks about it — unresponsive, not breathing, unrousable — read on the
 *  text of an 'unconscious' sign (which also covers passing out and fainting: those are not). */
const LIFE_THREAT_STATE =
  /breath|\bwake\b|\bwaking\b|\bunrespons|\bunconscious|\bno pulse|\bcoma|叫不醒|喊不醒|醒不过来|醒不来|没(?:有)?呼吸|不呼吸|呼吸停|昏迷|没(?:有)?反应|不省人事|没(?:有)?知觉/i;
export const isLifeThreatState = (hits: readonly SignHit[]): boolean => hits.some((h) => h.sign === 'unconscious' && LIFE_THREAT_STATE.test(h.text));

/** Another person seen going down just now ("my husband just collapsed", "我同事突然倒在地上"), not the writer. */
const COLLAPSE_OTHER = new RegExp(
  `(?:${RELATIVE_ZH}|他|她)[^，。？！]{0,8}(?:突然|刚才|刚刚|刚)[^，。？！]{0,4}(?:倒在地上|倒地|晕倒|昏倒|栽倒|倒下)|\\b(?:my (?:\\w+ )?(?:${RELATIVE_EN})|he|she)\\b[^.?!,]{0,20}\\b(?:just |suddenly )(?:collapsed|dropped to the floor|fell to the (?:floor|ground))\\b`,
  'i',
);
/** Coming round told: a faint, not a collapse still going on. */
const CAME_ROUND =
  /醒了|醒过来|醒来|缓过来|恢复(?:了|意识)|清醒了|没事了|\b(?:came|come|coming) (?:round|around|to)\b|\bwoke (?:up|back)\b|\b(?:is|was|seems) (?:awake|conscious|fine|ok|okay|talking|alert)\b|\bback up\b/i;
const witnessedCollapse = (text: string): boolean => COLLAPSE_OTHER.test(text) && !CAME_ROUND.test(text);

const SENTENCE = /[^.?!。？！\n]+/g;
const CLAUSE = /[^,，;；]+/g;
/** Learning or preparing ahead ("想提前学一下以防万一", "if I ever come across someone", "in case"): a question about a state
 *  met some day, not now. */
const PREPARING =
  /以防万一|提前|想学|学一下|学习|培训|课程|(?:如果|万一|要是)[^，。？]{0,8}(?:看到|遇到|碰到|发现)|\bin case\b|\bjust in case\b|\bif (?:i|we|you) (?:ever )?(?:see|come across|find|encounter|meet)\b|\b(?:want|wanted|like) to (?:learn|be prepared|know how)\b|\bahead of time\b|\b(?:course|class|training)\b/i;

/** A present danger to a real person told beside a question ("If someone is unconscious what do I do? My husband just
 *  collapsed."): a sentence that is not itself a hypothetical or a question frame and names someone (PERSON), with a
 *  clause told now (PRESENT_NOW, no past time) that holds a sign. The question beside it does not make the message
 *  information about no one. */
export function presentDangerTold(text: string, hits: readonly SignHit[]): boolean {
  for (const m of matchesOf(SENTENCE, text)) {
    const sentence = withoutQuestionFrames(m[0]);
    if (HYPOTHETICAL.test(sentence) || !PERSON.test(sentence)) continue;
    for (const c of matchesOf(CLAUSE, m[0])) {
      const start = (m.index ?? 0) + (c.index ?? 0);
      const end = start + c[0].length;
      if (!PRESENT_NOW.test(c[0]) || PAST_TIME.test(c[0])) continue;
      if (hits.some((h) => h.start >= start && h.start < end && !PERSONA_SIGNS.has(h.sign))) return true;
    }
  }
  return false;
}

/** `storyQuestion`: a question whether a film, TV or book scene is real (fiction.ts) with no risk the screen graded — it
 *  is information about no one's episode, whatever else the stance reads.
 *  `danger`: a present danger to a real person told (presentDangerTold) keeps any question about it an episode; a life
 *  threat asked about (isLifeThreatState: unresponsive, not breathing, unrousable) keeps even a question about no one
 *  from being lowered — its answer is the emergency advice (call the emergency number first). */
export function lookAlikeGate(
  st: Stance,
  text: string,
  suicide: boolean,
  storyQuestion = false,
  danger: { presentDanger?: boolean; lifeThreat?: boolean } = {},
): LookAlikeGate {
  if (storyQuestion) return 'routine';
  if (suicide || st.intent !== 'information') return null;
  if (danger.presentDanger) return null;
  if (st.temporal === 'past') return 'routine';
  if (st.temporal === 'resolved') return 'lower';
  if (danger.lifeThreat) return null;
  return HYPOTHETICAL.test(text) || !PERSON.test(withoutQuestionFrames(text)) ? 'routine' : null;
}

export interface TriageDetail extends Triage {
  /** Affirmed, current sign mentions that drove the decision (for explanations and tests). */
  signs: SignHit[];
  emergencyNumber: string;
  /** Always present here (empty unless the level is urgent with open questions). */
  ask: string[];
  contributions: TriageContributions;
}

const NOTICE = {
  emergency: {
    zh: (n: string, what: string, advice: string) => `⚠️ 这可能是急症：${what}。请立即拨打 ${n} 急救电话，或马上前往最近的医院急诊，不要等待在线回复。${advice}`,
    en: (n: string, what: string, advice: string) =>
      `⚠️ This may be a medical emergency: ${what}. Call ${n} now or go to the nearest emergency department; do not wait for an online answer. ${advice}`,
  },
  urgent: {
    zh: (n: string, what: string, advice: string) => `这些症状需要今天就看医生：${what}。请尽快到医院就诊。${advice}如症状加重，请拨打 ${n}。`,
    en: (n: string, what: string, advice: string) =>
      `These symptoms need a doctor today: ${what}. Please get seen as soon as you can. ${advice} If things get worse, call ${n}.`,
  },
} as const;

export function triageMessage(level: TriageLevel, rules: RedFlagRule[], lang: 'zh' | 'en', number: string): string {
  if (level === 'routine' || rules.length === 0) return '';
  const top = rules.filter((r) => r.level === level);
  const sep = lang === 'zh' ? '；' : '; ';
  const what = top.map((r) => r.title[lang]).join(sep);
  // Rules for one condition (a heart attack told three ways) share their advice: say it once.
  const advice = [...new Set(top.map((r) => r.advice[lang]))].join(lang === 'zh' ? '' : ' ');
  return NOTICE[level][lang](number, what, advice);
}

function signLayer(chronic: (t: string) => boolean) {
  return (normalised: string) => {
    const { hits: signs, denied } = scanSigns(normalised);
    const isChronic = chronic(normalised);
    // A long-standing, non-acute story turns chronic-downgradable emergencies into same-day (urgent) care.
    const rules = firedRules(new Set(signs.map((s) => s.sign))).map((r) =>
      isChronic && r.chronicDowngrade && r.level === 'emergency' ? { ...r, level: 'urgent' as const } : r,
    );
    return { signs, rules, denied };
  };
}

const pseudoRule = (id: string, level: 'emergency' | 'urgent', title: RedFlagRule['title'], advice: RedFlagRule['advice']): RedFlagRule => ({
  id,
  level,
  title,
  advice,
  when: [],
});

/** The rule layer's reading of a message (signs, rules, vitals, modifiers, stance…): what the learned reader reads. */
export function analyseText(text: string, options: Pick<TriageOptions, 'source' | 'cantoneseReading'> = {}): { a: Analysis; signs: SignHit[] } {
  let signs: SignHit[] = [];
  const a: Analysis = analyse(
    text,
    (normalised) => {
      const layer = signLayer(isChronicOnly)(normalised);
      signs = layer.signs;
      return layer;
    },
    { readVitals: options.source !== 'report', cantoneseReading: options.cantoneseReading },
  );
  return { a, signs };
}

const RANK: Readonly<Record<TriageLevel, number>> = { routine: 0, urgent: 1, emergency: 2 };

/** Full triage with the evidence (signs, rules, model, safety net) behind it.
 *  A message with Chinese typed in pinyin is read twice, as typed and with its pinyin read as characters
 *  (pinyin-reading.ts), and the reading as characters counts only when it raises the level: it may add findings, never
 *  remove one, and never one that drops a crisis line the message as typed carries. */
export function triageDetail(text: string, options: TriageOptions = {}): TriageDetail {
  const read = triageRead(text, options);
  if (options.cantoneseReading === false || !readsAsCantonese(text)) return read;
  // Written Cantonese is decided twice: as the older table alone reads it and with the Cantonese reading
  // (core/cantonese-reading.ts). The reading may only ADD: the higher level is kept, and a crisis line either decision
  // carries (review s37: 叫极都唔应, 仲流紧血 rewritten away lowered self-harm messages to routine or lost the line).
  return higherOfReadings(triageRead(text, { ...options, cantoneseReading: false }), read, text, options);
}

/** The crisis advice of the suicide-risk rule (decide's suicideRule), in the message's language. */
function crisisAdvice(locale: string | undefined, lang: 'zh' | 'en'): string {
  const n = crisisLine(locale, lang);
  return lang === 'zh'
    ? `你并不孤单。请立即联系身边信任的人陪伴，远离药物、刀具等危险物品，或拨打${n}。`
    : `You are not alone. Reach someone you trust to stay with you now, move pills, blades or other means away, or call the ${n}.`;
}

/** The crisis advice of a line read without intent (crisis sources 'unbounded', 'witness', 'means-kept'): it says what is not known. An
 *  unbounded ingestion says it may not have been an accident; the witness, that suicide or self-harm may be in it. */
function uncertainAdvice(locale: string | undefined, lang: 'zh' | 'en', source: UncertainSource): string {
  const n = crisisLine(locale, lang);
  if (lang === 'zh') return `${UNCERTAIN_IF[source].zh}：请有人一直陪在身边，把药物、刀具等危险物品拿开，并拨打${n}。`;
  return `${UNCERTAIN_IF[source].en}: make sure someone stays with them, move pills, blades or other means away, and call the ${n}.`;
}
/** The crisis sources whose line is read without intent, and the condition each says it is not sure of. A means kept
 *  (means-kept.ts) says what was got may be meant for self-harm. */
type UncertainSource = 'unbounded' | 'witness' | 'means-kept';
const UNCERTAIN_IF: Readonly<Record<UncertainSource, { zh: string; en: string }>> = {
  unbounded: { zh: '如果这可能不是意外', en: 'If this may not have been an accident' },
  witness: { zh: '如果这里面有轻生或自伤的念头', en: 'If any of this is about suicide or self-harm' },
  'means-kept': { zh: '如果买来或藏着的东西可能是用来伤害自己的', en: 'If what was bought or kept may be meant for self-harm' },
};

/** The higher of two decisions of one message; equal levels keep the older reading's. The crisis line and the reasons
 *  of both are kept: a line only the other decision carries is added to the kept one's message. */
function higherOfReadings(older: TriageDetail, read: TriageDetail, text: string, options: TriageOptions): TriageDetail {
  const kept =
    RANK[read.level] > RANK[older.level] || (read.level === older.level && older.contributions.crisisLine === null && read.contributions.crisisLine !== null)
      ? read
      : older;
  const other = kept === read ? older : read;
  const reasons = [...new Set([...kept.reasons, ...other.reasons])];
  if (kept.contributions.crisisLine !== null || other.contributions.crisisLine === null) return { ...kept, reasons };
  const detected = detectLang(text);
  const lang: 'zh' | 'en' = detected === 'other' ? (options.locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en') : detected;
  const advice = crisisAdvice(options.locale, lang);
  const message = kept.message ? `${kept.message}${lang === 'zh' ? '' : ' '}${advice}` : advice;
  if (!reasons.includes('suicide-risk')) reasons.push('suicide-risk');
  return { ...kept, reasons, message, contributions: { ...kept.contributions, crisisLine: other.contributions.crisisLine } };
}

function triageRead(text: string, options: TriageOptions): TriageDetail {
  const typed = decideFigures(text, options, options.lowering === true);
  const han = options.pinyin === false ? null : readPinyin(text);
  if (han === null) return typed;
  const read = decideFigures(han, options, options.lowering === true);
  const raises = RANK[read.level] > RANK[typed.level] && (read.contributions.crisisLine !== null || typed.contributions.crisisLine === null);
  // The intent reader (intent-reader.ts) hears pinyin too; when it alone made the typed message the emergency the
  // characters' reading also finds, the reading with the findings (an overdose rule and its advice) is kept.
  const sameWithFindings =
    read.level === typed.level &&
    typed.contributions.crisisLine === 'intent' &&
    read.contributions.crisisLine !== null &&
    read.contributions.crisisLine !== 'intent';
  const chosen = raises || sameWithFindings ? read : typed;
  return { ...chosen, contributions: { ...chosen.contributions, pinyin: { text: han, raised: raises } } };
}

/** Suicide components that keep a figure's message a risk when the rest still holds them (a means, a plan, a farewell…). */
const FIGURE_CUES: readonly string[] = ['ideation', 'passive', 'means', 'plan', 'farewell', 'selfHarm', 'despair', 'timing'];

/** The decision, with a death figure said of an everyday complaint read as a figure (figure-of-speech.ts: "this hangover
 *  is literally killing me, I want to die 😂 what actually helps", "die laughing"): when the suicide reading is all the
 *  figure brought, the message is decided without the figure's words — every other sign read as before, so only the
 *  suicide reading and its crisis line go; the rest holding any suicide component or reading keeps the whole decision. */
function decideFigures(text: string, options: TriageOptions, lower: boolean): TriageDetail {
  const whole = decide(text, options, lower);
  if (whole.contributions.crisisLine === null && whole.contributions.suicide.risk === 'none' && !whole.reasons.includes('suicide-risk')) return whole;
  const figure = readFigure(text);
  if (figure === null) return decideTopic(text, whole, options, lower);
  const rest = decide(figure.rest, options, lower);
  // Never a raise: the figure's removal may only take the suicide reading away.
  if (restKeepsRisk(rest, whole)) return whole;
  return { ...rest, contributions: { ...rest.contributions, figure: figure.spans } };
}

/** The decision, with a suicide or self-harm word read as the message's TOPIC (topic-frame.ts: a bereavement by another's
 *  suicide, the subject of a review or a thesis): the figure's contract — the message is decided without the frame's words
 *  and that decision is kept only when the rest has no suicide reading at all and is no higher; otherwise the whole. */
function decideTopic(text: string, whole: TriageDetail, options: TriageOptions, lower: boolean): TriageDetail {
  const topic = readTopicFrame(text);
  if (topic === null) return whole;
  const rest = decide(topic.rest, options, lower);
  if (restKeepsRisk(rest, whole)) return whole;
  return { ...rest, contributions: { ...rest.contributions, topic: topic.spans } };
}

/** The contract of a set-aside frame (figure or topic): the rest decided without the frame's words must carry no suicide
 *  reading, no crisis line, no figure cue and no higher level — else the whole message's decision stands. */
function restKeepsRisk(rest: TriageDetail, whole: TriageDetail): boolean {
  const s = rest.contributions.suicide;
  return (
    rest.contributions.crisisLine !== null ||
    s.risk !== 'none' ||
    rest.reasons.includes('suicide-risk') ||
    s.components.some((c) => FIGURE_CUES.includes(c)) ||
    RANK[rest.level] > RANK[whole.level]
  );
}

/** Signs that are never lowered wherever they sit (lowering.ts): a child, an infant, a pregnancy. */
const NEVER_LOWERED_SIGNS: ReadonlySet<SignId> = new Set<SignId>(['child', 'infant', 'pregnancy']);

/** The sign hits in a fired combination of a rule (every rule is urgent or emergency): the red-flag findings. */
function ruleHits(signs: readonly SignHit[]): SignHit[] {
  const present = new Set(signs.map((h) => h.sign));
  const behind = new Set<SignId>();
  for (const r of firedRules(present)) for (const combo of r.when) if (combo.every((x) => present.has(x))) for (const x of combo) behind.add(x);
  return signs.filter((h) => behind.has(h.sign) && !PERSONA_SIGNS.has(h.sign));
}

/** The sign hits an emergency grade rests on: the red-flag findings, or, when no rule fired (the reader's raise), every
 *  clinical hit the reader read. */
function hitsBehind(signs: readonly SignHit[]): SignHit[] {
  const inRules = ruleHits(signs);
  return inRules.length > 0 ? inRules : signs.filter((h) => !PERSONA_SIGNS.has(h.sign));
}

/** The lowering step's floor: the rest of a message triaged by the same code, without lowering itself. */
function floorOf(rest: string, options: TriageOptions): Floor {
  const floor = decide(rest, options, false, true).contributions.floor;
  if (!floor) throw new Error('triage: the floor run reports no floor');
  return floor;
}

/** The self-harm frames' floor: the rest of a message triaged by the same code, its suicide screen and crisis line. */
function restOf(rest: string, options: TriageOptions): RestReading {
  const d = decide(rest, options, false, true);
  const model = d.contributions.model;
  return {
    level: d.level,
    risk: d.contributions.suicide.risk,
    components: d.contributions.suicide.components,
    crisis: d.contributions.crisisLine !== null,
    readerEmergency: model ? model.probs.emergency : null,
    readerSelfHarm: model ? model.selfHarm : null,
  };
}

/** Triage; `lower` runs the lowering step (off for the floor it reads, which must not lower itself); `floorRun` is the
 *  floor's own run, which reports what the floor reads. */
function decide(text: string, options: TriageOptions, lower: boolean, floorRun = false): TriageDetail {
  const detected = detectLang(text);
  const localeLang = options.locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const lang: 'zh' | 'en' = detected === 'other' ? localeLang : detected;
  const emergencyNumber = emergencyNumberFor({ locale: options.locale, emergencyNumber: options.emergencyNumber, lang });
  const { a, signs } = analyseText(text, options);

  // Rules: sign rules, clinical rules and the suicide screen. Emergency by rules always wins.
  const suicideRule = pseudoRule(
    'suicide-risk',
    a.suicide.risk === 'high' ? 'emergency' : 'urgent',
    { zh: '自杀或自伤风险', en: 'risk of suicide or self-harm' },
    { zh: crisisAdvice(options.locale, 'zh'), en: crisisAdvice(options.locale, 'en') },
  );
  const uncertainRule = (source: UncertainSource): RedFlagRule =>
    pseudoRule(
      'suicide-risk',
      'urgent',
      { zh: '可能的自伤风险', en: 'possible risk of self-harm' },
      { zh: uncertainAdvice(options.locale, 'zh', source), en: uncertainAdvice(options.locale, 'en', source) },
    );
  // A means bought for a named ordinary purpose ("a rope for the tent") that the screen found no risk in is not a
  // suicide sign: the sign vocabulary reads "bought a rope" without its purpose.
  const SUICIDE_SIGNS: ReadonlySet<SignId> = new Set<SignId>(['suicidalIntent', 'lethalMeans']);
  const suicideHits = signs.filter((h) => SUICIDE_SIGNS.has(h.sign));
  // A denied wish ("she says she doesn't want to die") the screen found no risk in is not a suicide sign either: the
  // sign vocabulary reads "want to die" without the denial before it.
  const purposeful =
    a.suicide.risk === 'none' &&
    suicideHits.length > 0 &&
    suicideHits.every(
      (h) => ORDINARY_PURPOSE.test(a.normalised.slice(h.end, h.end + 40)) || NOT_WANTING.test(a.normalised.slice(Math.max(0, h.start - 24), h.end)),
    );
  // A goodbye set on an ordinary occasion (leave-taking.ts: the airport, a job, a move) that the screen found no risk in
  // is no farewell sign: the sign vocabulary reads "goodbye note" without what it is a goodbye to.
  const farewellHits = signs.filter((h) => SUICIDE_SIGNS.has(h.sign) || h.sign === 'farewell');
  const socialGoodbye =
    a.suicide.risk === 'none' &&
    farewellHits.length > 0 &&
    readLeaveTaking(a.normalised).occasion &&
    farewellHits.every((h) => GOODBYE_WORD.test(a.normalised.slice(h.start, h.end)));
  const signSuicide = a.signRules.some((r) => r.id === 'suicide-risk') && !purposeful && !socialGoodbye;
  const studyQuestion = a.suicide.risk === 'none' && isStudyQuestion(a.normalised);
  // With an ordinary purpose named, a means word ('rope') is no suicide component either.
  const suicideComponents = purposeful ? a.suicide.components.filter((c) => c !== 'means') : a.suicide.components;
  // Every exposure act told is an animal's ("my dog ate rat poison"): a vet's emergency, not a person's poisoning
  // (exposed-who.ts); one act of a person keeps the message a person's.
  const animalOnly = a.suicide.risk === 'none' && animalExposureOnly(a.normalised);
  const personPoisoning = (r: RedFlagRule) => !(animalOnly && INGESTION_RULES.has(r.id));
  const ruleSet: RedFlagRule[] = [
    // An overdose named in a knowledge question asked for a course, nobody having swallowed anything (study-frame.ts).
    ...a.signRules.filter((r) => r.id !== 'suicide-risk' && !(r.id === 'poisoning-overdose' && studyQuestion) && personPoisoning(r)),
    ...a.clinical.filter(personPoisoning),
    // The graded screen decides; a sign-rule suicide mention counts as high risk unless the screen heard a safety statement
    // or the mention sat only in a question someone else asked ("asked if I self-harm, I said no").
    ...(a.suicide.risk !== 'none' || (signSuicide && !a.suicide.reported)
      ? [signSuicide && !a.suicide.safetyStated && !a.suicide.takenBack ? { ...suicideRule, level: 'emergency' as const } : suicideRule]
      : []),
  ];
  // A minor head injury (NICE CG176): a head bump whose only finding is the bump, in someone not on thinners, not old,
  // without a bleeding disorder, with normal behaviour since stated — home care, not same-day care.
  const minorHeadInjury =
    ruleSet.length > 0 &&
    ruleSet.every((r) => r.id === 'head-injury') &&
    [...a.signIds].every((x) => x === 'headInjury' || x === 'child') &&
    !(['anticoagulated', 'elderly', 'bleedingDisorder', 'infant'] as const).some((m) => a.modifiers.has(m)) &&
    isReassured(a.normalised) &&
    (a.stance.denied > 0 || a.stance.reassurance.length > 0);
  if (minorHeadInjury) ruleSet.length = 0;
  // A burn read as a whole (mechanism, site, size, depth, age: burn.ts) grades itself instead of the burn phrase rules.
  const burn = readBurn(a.normalised, { electrical: a.signIds.has('electricShock') || ruleSet.some((r) => r.id === 'electrical-injury') });
  ruleSet.splice(0, ruleSet.length, ...gradeBurnRules(ruleSet, burn));
  const ruleLevel: TriageLevel = ruleSet.reduce<TriageLevel>((l, r) => maxLevel(l, r.level), 'routine');
  const ruleReasons = ruleSet.filter((r) => r.level === ruleLevel).map((r) => r.id);

  // The learned reader (triage/model.ts) reads the text and every rule finding; combine.ts decides with the rules.
  const model = options.rulesOnly ? null : (options.model ?? shippedModel());
  const grams = textGramHashes(a.normalised);
  const x = model ? readerVector(a, grams) : null;
  const opinion = model && x ? predict(model, x) : null;
  const selfHarmP = model && x ? predictSelfHarm(model, x) : null;
  // A young child's ingestion is an accident, and so is carbon monoxide from a fuel burning indoors (exposure.ts): their
  // means words ("pills", "煤气", "charcoal") are no self-harm unless the screen heard more.
  const youngChild = signs.some((h) => h.sign === 'infant') || findAges(text).some((g) => g.days < 10 * 365);
  const accidentalCo = a.clinical.some((r) => r.id === 'carbon-monoxide-exposure');
  // An injury with a tool or by accident ("with the chainsaw", 切菜时不小心) is not self-harm for the head either.
  // Said on purpose or again ("cut my arm on purpose again while cooking") it is no accident (suicide.ts).
  const accidentalInjury = isTaskInjury(a.normalised);
  // The reader's self-harm head, on a current episode, is a suicide finding of its own: it anchors the reader (a short
  // "standing on the bridge rn" is read, not capped at questions) and is the source of the crisis line (crisis-line.ts).
  // A suicide mention the screen found only in a reported question, or a means bought for a named ordinary purpose,
  // is not a finding of its own.
  const framedAway = (s: SignId) => (a.suicide.reported === true && (s === 'suicideMention' || s === 'suicidalIntent')) || (purposeful && SUICIDE_SIGNS.has(s));
  // The screen's grade, not its raw components: a means word and a time ("charcoal for the barbecue tomorrow") that the
  // screen graded no risk are not a finding of their own.
  const suicideFinding = a.suicide.risk !== 'none' || (signSuicide && !a.suicide.reported);
  const ruleFound =
    a.presentations.some((p) => HIGH_RISK.has(p)) ||
    // A toxidrome sign (drooling, tiny pupils, mouth ulcers) is weighed by the exposure readers only: alone it is none.
    [...a.signIds].some((s) => !PERSONA_SIGNS.has(s) && !TOXIDROME_SIGN_IDS.has(s) && !framedAway(s)) ||
    a.vitalFindings.length > 0 ||
    suicideFinding;
  const headSelfHarm = headHearsSelfHarm({
    selfHarmP,
    threshold: model?.meta.selfHarm?.threshold ?? 1,
    youngChild,
    accidentalCo,
    current: a.stance.temporal === 'current',
    evidence: grams.length >= MIN_GRAMS || ruleFound,
  });
  // The self-harm presentation (crisis-line.ts): the head hears it and the screen heard how — an emergency floor.
  const selfHarmPresentation = isSelfHarmPresentation({
    head: headSelfHarm,
    accidentalInjury,
    // A safety statement the screen had no risk to grade against still speaks to the head's (a denied wish to die makes
    // no suicide sign, so it no longer reaches the screen as one).
    // A death figure laughed off before the real question (taken-back.ts) is graded by the screen: a check-in.
    safetyStated: a.suicide.safetyStated === true || a.suicide.takenBack === true || (a.suicide.risk === 'none' && statesSafety(a.normalised)),
    components: suicideComponents,
  });
  const selfHarmFinding = suicideFinding || headSelfHarm;
  const clinicalFound = ruleFound || headSelfHarm;
  // Evidence floor: a short message with nothing clinical in it ("my wife says I snore") is too little for the reader.
  const readable = grams.length >= MIN_GRAMS || clinicalFound;
  // Hard findings nobody lowers: suicide or self-harm, and an emergency vital sign or lab value.
  // A burn the burn reader graded an emergency (a chemical in the eye, a blistered face, a large or deep burn) is a
  // structured finding like a vital sign: the reader, which has read few of them, does not lower it.
  // An exposure to a poison whose danger is delayed (toxic-exposure.ts, from the knowledge table): the quiet phase or the
  // lull reads as reassurance ("今天好多了", "she seems fine") to the reader and the look-alike gate, which is what the
  // knowledge says it is not — a finding like a vital sign, never lowered, and a present danger to the gate.
  // An amount per kg at the poison centres' referral dose (dose-per-kg.ts) is the same: "还没什么反应" is no reassurance.
  // A concentrated liquid given at a weaker form's volume (strength-mixup.ts) is the same: "现在看着还好" is no reassurance.
  const delayedPoison = ruleSet.some(
    (r) => r.id.startsWith(DELAYED_POISON_PREFIX) || PARACETAMOL_DELAYED_IDS.has(r.id) || DOSE_PER_KG_IDS.has(r.id) || r.id === STRENGTH_MIXUP_ID,
  );
  // A chemical exposure the class × site table graded an emergency (an alkali in an eye) is the same kind of structured
  // finding: the reader heard "严重的话要去医院吗" as a question and lowered it (review s20 S9 variants).
  const chemical = ruleSet.some((r) => r.id.startsWith(CHEMICAL_RULE_PREFIX) && r.level === 'emergency');
  // A narrow-margin medicine with a sign of its own toxicity (double-dose.ts) is the same kind of structured finding.
  const narrowMargin = ruleSet.some((r) => NARROW_MARGIN_EMERGENCY_IDS.has(r.id));
  // A diagnosed illness with its guideline's severe-course sign (diagnosis-danger.ts) is the same: the reader heard
  // 登革热第六天，烧退了 as recovery and lowered 一直呕吐，喝口水都吐 (the fall of the fever is when dengue turns).
  const courseDanger = ruleSet.some((r) => r.id.startsWith(COURSE_DANGER_PREFIX));
  // A condition or medicine frame with its sign (condition-frames.ts) is the same: 20 units of rapid insulin in place of
  // the long-acting dose reads "现在他说没事" as reassurance to the reader, but the low is hours away (review s27 S1).
  const conditionFrame = ruleSet.some((r) => CONDITION_FRAME_IDS.has(r.id));
  const hard =
    suicideFinding ||
    selfHarmPresentation ||
    a.vitalFindings.some((v) => v.level === 'emergency') ||
    burn?.level === 'emergency' ||
    delayedPoison ||
    chemical ||
    narrowMargin ||
    courseDanger ||
    conditionFrame;
  // A burn the burn reader graded as a whole (burn.ts) with nothing else found: the learned reader may not raise it (it
  // read "scald" and "toddler", not the size, depth and site) — only when the grade rests on an explicit burn size
  // away from a child, the face, hands, genitals or a joint (holdsGrade); a routine from too little must stay raisable.
  // A death figure laughed off before the real question (taken-back.ts) is never graded against the reader: the laugh
  // may lower the screen's grade, but what follows it ("I'm standing on the bridge now") is read by the reader too, and
  // it may raise the message as at any other.
  const graded = holdsGrade(burn) && ruleSet.every((r) => BURN_GRADE_IDS.has(r.id)) && !suicideFinding && a.vitalFindings.length === 0;
  // The reader's emergency needs a message long enough to read: on a short one ("my headache is really bad", "一直出汗，
  // 是不是虚") a few n-grams carry too little, so the reader's opinion is worth same-day care at most and the emergency
  // must come from the rules (the safety-net policy: a presentation with unknown discriminators is urgent with
  // questions). A suicide finding graded by the screen counts as enough. Requiring a rule discriminator on long
  // stories too cost 6 points of emergency recall on held-out writers for under one of specificity (triage.md).
  // Altered mentation the rules found (drowsy, confused, unresponsive) is a discriminator on a short message too:
  // "took my whole bottle of sleeping tablets an hour ago and feel very drowsy" is an emergency, not questions.
  const alteredMentation = (['confusion', 'unconscious'] as const).some((s) => a.signIds.has(s) && !framedAway(s));
  const discriminator = grams.length >= MIN_GRAMS || selfHarmFinding || alteredMentation;
  const st = a.stance;
  const currentEpisode = st.temporal === 'current' && st.intent === 'episode';
  const policy = model?.meta.thresholds.policy;
  // The reader has no sense of time: a story told only as long-standing or recurring (course.ts) is no emergency on its
  // say-so alone (a rule discriminator still makes it one).
  // Not for a wish to die that comes back every night, nor a measured abnormal vital sign (both are current findings).
  // A change told as progressing over weeks to years with nothing acute (gradual-course.ts: "over the past year he's
  // started repeating stories … more") is the same, only where the rule layer found nothing clinical: the reader alone.
  const gradual = !clinicalFound && isGradualCourse(a.normalised);
  const chronicOnly =
    (a.chronicOnly || readCourse(a.normalised) === 'long-standing' || gradual) &&
    !selfHarmFinding &&
    suicideComponents.length === 0 &&
    a.vitalFindings.length === 0;
  // The self-harm presentation is a rule finding of its own: an emergency floor (hard, so nothing lowers it).
  // A life threat asked about or told now, a present danger to a real person told beside a question, and a past
  // condition told beside present signs (stance.ts pastBeside): the reader has read thousands of first-aid questions
  // and histories in the same words and hears the question or the history, not the danger — it may not lower them.
  const presentDanger = presentDangerTold(a.normalised, signs);
  // Asked to learn or prepare ahead ("想提前学一下以防万一") the state is met some day, not now: the question stays information.
  const lifeThreat = isLifeThreatState(signs.filter((h) => !framedAway(h.sign))) && !PREPARING.test(a.normalised);
  const unlowerable = (lifeThreat && st.temporal === 'current') || (presentDanger && st.intent === 'information') || st.pastBeside === true;
  // Someone else seen collapsing now, with no coming round told ("my husband just collapsed", "我同事突然倒在地上抽搐"):
  // whether they breathe is unknown to the writer's words, so the bystander calls the emergency number first.
  const collapseNow = presentDanger && a.signIds.has('syncope') && !framedAway('syncope') && witnessedCollapse(a.normalised);
  const inputs = {
    ruleLevel: selfHarmPresentation || collapseNow ? ('emergency' as const) : ruleLevel,
    hard: hard || unlowerable || collapseNow,
    current: st.temporal === 'current',
    readable,
    anchored: clinicalFound,
    discriminator,
    chronicOnly,
    graded,
  };
  const combined = opinion && policy ? combine({ ...inputs, probs: opinion.probs, policy }) : { level: inputs.ruleLevel, by: 'rules' as Decider };
  let level = combined.level;
  const modelRaisedTo = combined.by === 'model:raise' ? level : null;
  const modelLowered = combined.by === 'model:lower';

  // Look-alike gate: a question for information about no episode (hypothetical, no one named) or about an episode that
  // is past is routine; about an episode that resolved it is one level lower (an emergency that settled still needs a
  // doctor today). Suicide and self-harm are never gated.
  // A question whether a film, TV or book scene is real (fiction.ts) is information about no one's episode either.
  // Not when a present danger to a real person is told, nor when the state asked about is itself a life threat.
  const gate = lookAlikeGate(st, a.normalised, suicideComponents.length > 0 || a.suicide.risk !== 'none', a.fiction && a.suicide.risk === 'none', {
    presentDanger: presentDanger || delayedPoison,
    lifeThreat,
  });
  level = applyGate(level, gate);

  // Safety net: a high-risk presentation with unknown discriminators is urgent, never routine.
  // A stated normal glucose settles the metabolic question ("fasting 5.4, is that normal?").
  const glucose = a.vitals.filter((v) => v.kind === 'glucose').at(-1)?.value;
  const settled = glucose !== undefined && glucose >= 3.9 && glucose < 13.9 ? ['metabolic'] : [];
  // The net catches a current episode with unknown discriminators; reassuring evidence or a settled course is an answer.
  const open =
    currentEpisode && st.reassurance.length === 0
      ? safetyNet({
          text: a.normalised,
          presentations: a.presentations.filter((p) => !settled.includes(p)),
          modifiers: a.modifiers,
          chronicOnly: a.chronicOnly,
        })
      : [];
  // The reader may answer the net's question with strong evidence of a routine message (the same bar as lowering).
  const netFired = level === 'routine' && open.length > 0 && !netCleared(opinion?.probs ?? null, policy);
  if (netFired) level = 'urgent';

  // Lowering with proof (lowering.ts), on the final grade: an emergency whose every finding sits in a stretch read as
  // not the writer's present danger (a third party's past event that is over, a laughed-off figure, someone else's
  // belief with the signs denied, an exam question), when the rest of the message is no emergency to the same readers.
  // Never a suicide, self-harm, overdose, child or pregnancy finding, nor one a danger reading has claimed (a life
  // threat, a present danger told, a collapse seen now, a hard finding, a past condition beside present signs).
  // A present danger told (presentDangerTold) is read again on the rest by the floor: a figure laughed off ("I just
  // had a heart attack opening my bill 💀") is told in the present too.
  // A danger reading that holds the level whatever frame the words sit in (frames.ts): a hard finding, a past condition
  // beside present signs, a collapse seen now, a life threat, any suicide or self-harm reading, a young person named by
  // age. A present danger told is read on the rest by the floor (a claim's own reading excludes now: frames.ts).
  const presentDangerRead = (): boolean =>
    hard ||
    st.pastBeside === true ||
    collapseNow ||
    lifeThreat ||
    selfHarmFinding ||
    selfHarmPresentation ||
    signSuicide ||
    suicideComponents.length > 0 ||
    findAges(text).some((g) => g.days < 18 * 365);
  // The lowering step (lowering.ts) holds more still: a young child and any overdose sign or rule.
  const neverLowered = (): boolean =>
    presentDangerRead() ||
    youngChild ||
    signs.some((h) => NEVER_LOWERED_SIGNS.has(h.sign)) ||
    ruleSet.some((r) => OVERDOSE_RULES.has(r.id) || r.id === 'poisoning-overdose');
  const lowered =
    lower && level === 'emergency' && !neverLowered()
      ? lowerEmergency({ text: a.normalised, behind: hitsBehind(signs), floor: (rest) => floorOf(rest, options), denied: st.denied })
      : null;
  if (lowered) level = lowered.level;

  // The frame the danger is told in (frames.ts): a prevention question about a hazard heard of, the writer's own event
  // long over, a question of knowledge asked by a writer who says the sign is not theirs, an unwanted intrusive thought
  // of harm. Only when no present danger reading holds (presentDangerRead), and every finding behind the level and every
  // child, infant or pregnancy named sits in a claim; the level is then the rest's, read again by the same readers. On
  // only on request (options.frames): see TriageOptions.frames.
  const framed =
    options.frames === true && !floorRun && !lowered && level !== 'routine' && !presentDangerRead()
      ? lowerByFrame({
          text: a.normalised,
          level,
          hits: [...hitsBehind(signs), ...signs.filter((h) => NEVER_LOWERED_SIGNS.has(h.sign))],
          floor: (rest) => floorOf(rest, options),
        })
      : null;
  if (framed) level = framed.level;

  // The frame a wish or self-harm statement is told in (self-harm-frames.ts): a figure of speech with a trivial cause,
  // an unwanted thought the writer fears, a story or a carer's question about it, an attempt long over, a passive wish
  // with no plan. The hard floor is read on the whole message first — a plan stated with a means or a time, an act done,
  // an overdose, any other hard finding — and nothing lowers it; the rest, the figures blanked, must carry no risk to
  // any reader. A passive wish keeps same-day care and the crisis line.
  const selfHarmHeld =
    readStatedPlan(a.normalised) !== null ||
    readEndingIntent(a.normalised) !== null ||
    readPresentSelfHarm(a.normalised) !== null ||
    readSuicideStage(a.normalised) !== null ||
    ruleSet.some((r) => OVERDOSE_RULES.has(r.id) || r.id === 'poisoning-overdose' || r.id === 'caustic-ingestion') ||
    a.vitalFindings.some((v) => v.level === 'emergency') ||
    burn?.level === 'emergency' ||
    delayedPoison ||
    unlowerable ||
    collapseNow;
  const shFramed =
    !floorRun && !framed && (selfHarmFinding || selfHarmPresentation || signSuicide)
      ? lowerSelfHarmFrame({ text: a.normalised, level, held: selfHarmHeld, rest: (rest) => restOf(rest, options) })
      : null;
  if (shFramed) level = shFramed.level;

  // The self-harm intent reader (intent-reader.ts), learned from every written batch and its look-alikes and measured
  // leave-one-batch-out: a suicide or self-harm emergency told now, in any person, is an emergency with the crisis line.
  // Raise only; never on a short message, a story question, a young child, carbon monoxide from a fuel, an injury at a
  // task, an ingestion told as an accident, a medicine mix-up, an episode past or resolved (stance.ts), or a wish the
  // self-harm frames read as no risk.
  const mode = readIngestionMode(a.normalised);
  const intentModel = options.rulesOnly ? null : options.intent === undefined ? shippedIntent() : options.intent;
  const intentP = intentModel ? predictIntent(intentModel, intentFeatures(a.normalised)) : null;
  const intentGuarded =
    intentModel !== null &&
    intentP !== null &&
    // The reader's evidence floor: on a short message its n-grams say little more than its prior (left out at 0.9, 24 of the
    // 30 look-alikes it raised on the probe files were under it: "I'm done. What's the strongest tablet…").
    grams.length >= MIN_GRAMS &&
    // A story (fiction.ts, the one reader of stories, as method-asked.ts and told-crisis.ts hold it): the reader heard
    // "想好了怎么结束" in 这部小说我已经想好了怎么结束了 (suicide-components.test.ts). Not the study frame: "I failed my
    // exams again" is a reason to end (aw031), not a study question.
    !a.fiction &&
    !(hasStoryFrame(a.normalised) && !storyDenied(a.normalised)) &&
    st.temporal === 'current' &&
    !youngChild &&
    !accidentalCo &&
    !accidentalInjury &&
    mode !== 'accident' &&
    // A medicine taken in place of another (condition-frames.ts: rapid insulin for the basal dose) is a mix-up the rules
    // read as a whole; the reader heard the pen's name from self-harm rows and gave such mix-ups the crisis line (gates).
    !conditionFrame &&
    !shFramed;
  const intentRaised = intentGuarded && intentModel !== null && intentP !== null && intentP >= intentModel.meta.threshold;
  if (intentRaised) level = 'emergency';
  // A self-directed harmful act read as structure (self-directed-harm.ts), whichever path set the level: a ligature round
  // one's own neck, cuts at a self-harm site, a person at a height's edge or a poison at the bedside, each with what
  // makes it self-directed (again, an ending, a wish, its lethality asked). Raise only, with the crisis line (below);
  // not where the self-harm frames read the wish as no risk.
  const selfDirected = !shFramed && !a.fiction ? readSelfDirectedHarm(a.normalised) : null;
  if (selfDirected) level = 'emergency';
  // The emergency's own cause (self-caused.ts): a means of self-harm the person used or announced (a whole supply taken,
  // a poison drunk by the bottle, a wrist cut, charcoal burnt, a railing crossed) × a life course the message tells
  // (despair, finality, shut in, a disclosure, a loss). Raise only, with the crisis line; never for a young child or an
  // ingestion told as an accident (ingestion-mode.ts), nor where the self-harm frames read the wish as no risk.
  // The structural readers below share one guard: never where the self-harm frames read the wish as no risk, in a
  // story, for a young child, or for an ingestion or injury told as an accident.
  const structural = !shFramed && !a.fiction && !youngChild && mode !== 'accident' && !accidentalInjury;
  const selfCaused = !selfDirected && structural ? readSelfCaused(a.normalised) : null;
  if (selfCaused) level = 'emergency';
  // An ingestion nobody can bound (supply-unexplained.ts: "taken everything in the cabinet", an unknown amount of her
  // lithium) by someone past early childhood with no accident marker: an emergency whatever the intent (an unknown
  // amount is treated as the largest), with the crisis line worded for uncertainty. Raise only; the default is inverted
  // because the accident markers are cheap to read and intent is what such a message does not say.
  const unbounded = !selfDirected && !selfCaused && structural && st.temporal === 'current' ? readUnboundedIngestion(a.normalised) : null;
  if (unbounded) level = 'emergency';
  // A lethal means acquired and kept (means-kept.ts: bought Ratol and kept it in the room, 藏着一大堆安眠药) in a life
  // course the message tells (a failure, shame, a loss, a debt, a burden) with no ordinary purpose named: preparatory
  // behaviour, an emergency with the line worded for uncertainty. Raise only, under the guards above except the
  // message's tense: a course is told in the past by nature ("lost my job last month"), so stance reads 'past'; the
  // reader holds the possession itself to the present (years ago, history) and a resolution told after still holds it.
  const meansKept =
    !selfDirected && !selfCaused && !unbounded && structural && !accidentalCo && st.temporal !== 'resolved' ? readMeansKept(a.normalised) : null;
  if (meansKept) level = 'emergency';

  const decided: RedFlagRule[] = ruleSet.filter((r, i) => r.level === level && ruleSet.findIndex((x) => x.id === r.id) === i);
  // A collapse seen now is the emergency's reason (its advice: call for an ambulance if they do not come round).
  const collapseRule =
    collapseNow && level === 'emergency' && !decided.some((r) => r.level === 'emergency') ? ruleSet.find((r) => r.id === 'fainting') : undefined;
  if (collapseRule) decided.push({ ...collapseRule, level: 'emergency' });
  // Every suicide or self-harm result carries the crisis line in the user's language, whoever raised it: the screen,
  // an overdose rule (past early childhood an overdose is assessed as possible self-harm) or the reader's self-harm head.
  let crisis: CrisisSource | null =
    shFramed && !shFramed.keepsCrisisLine
      ? null
      : crisisSource({
          level,
          head: headSelfHarm,
          // An ingestion told as an accident (ingestion-mode.ts: a toddler, a child who got into it, by mistake): the
          // poison message, not the suicide line; told with intent or after a row or bullying, any poisoning carries it.
          accident: youngChild || accidentalCo || mode === 'accident',
          accidentalInjury,
          screenRisk: a.suicide.risk,
          components: suicideComponents,
          overdose: decided.some((r) => OVERDOSE_RULES.has(r.id) || (mode === 'intent' && poisoningFinding(r.id))),
          // A setback stated as the act's motive (motive-clause.ts: "after failing my exam", 被开除后) beside a poisoning
          // that decided the emergency: the line only, never the level; not for a young child or an accident told.
          motive: !youngChild && mode !== 'accident' && decided.some((r) => poisoningFinding(r.id)) && readMotiveClause(a.normalised) !== null,
          selfHarmP,
          readerOnlyEmergency: modelRaisedTo === 'emergency' && ruleLevel !== 'emergency',
          intent: intentRaised,
          selfDirected: selfDirected !== null,
          selfCaused: selfCaused !== null,
          unbounded: unbounded !== null,
          // The text-only witness (intent-reader.ts) under the reader's own guards, at its line threshold: the line only.
          // Not beside a trip or a slip told (wound.ts): its n-grams hear a means in the hazard ("tripped on the hose pipe").
          witness: intentGuarded && intentP !== null && intentP >= INTENT_LINE_THRESHOLD && !isTripTold(a.normalised),
        });
  // A second, separate check on the final level (line-after.ts): an emergency whose message tells a suicidal course
  // carries the line even when no source above heard it (the reader raised it). Never on an accident or a frame that
  // read the wish as no risk; never changes the level.
  // A young child named, or an ingestion told as an accident, rules out only the gathered medicine (an ingestion): a
  // baby held at a balcony edge is the mother's course (ingestion-mode.ts reads 'accident' from the baby named).
  const courseRead = !crisis && level === 'emergency' && !accidentalCo && !accidentalInjury && !shFramed ? readLineAfter(a.normalised) : null;
  const course = courseRead !== null && !(courseRead === 'gathered-enough' && (youngChild || mode === 'accident'));
  if (course) crisis = 'course';
  // A means kept (means-kept.ts) gives the line last, so a firm line above keeps its wording; over the witness (also
  // hedged, and raised on this emergency) it says what was read: the means kept.
  if (meansKept && (!crisis || crisis === 'witness')) crisis = 'means-kept';
  // A line read without intent (an unbounded ingestion, the text-only witness) says so: "if this may not have been an
  // accident…", not "risk of suicide".
  const lineRule = crisis !== null && Object.hasOwn(UNCERTAIN_IF, crisis) ? uncertainRule(crisis as UncertainSource) : suicideRule;
  if (crisis && !decided.some((r) => r.id === 'suicide-risk')) decided.push({ ...lineRule, level: level === 'emergency' ? 'emergency' : 'urgent' });
  const reasons = decided.map((r) => r.id);
  if (modelRaisedTo && modelRaisedTo !== 'routine' && level === modelRaisedTo) {
    reasons.push(`model:${modelRaisedTo}`);
    decided.push(pseudoRule(`model:${modelRaisedTo}`, modelRaisedTo, { zh: '根据你描述的情况', en: 'based on what you describe' }, { zh: '', en: '' }));
  }
  if (lowered) {
    reasons.push(...new Set(lowered.claims.map((c) => `lowered:${c.reading}`)));
    if (level === 'urgent' && !decided.some((r) => r.level === level))
      decided.push(pseudoRule('lowered', 'urgent', { zh: '需要今天就诊的情况', en: 'what you describe needs a doctor today' }, { zh: '', en: '' }));
  }
  if (framed) {
    reasons.push(...new Set(framed.claims.map((c) => `framed:${c.reading}`)));
    if (level === 'urgent' && !decided.some((r) => r.level === level))
      decided.push(pseudoRule('framed', 'urgent', { zh: '需要今天就诊的情况', en: 'what you describe needs a doctor today' }, { zh: '', en: '' }));
  }
  if (shFramed) reasons.push(...new Set(shFramed.claims.map((c) => `framed:${c.frame}`)));
  if (modelLowered && level !== 'routine' && !decided.some((r) => r.level === level)) {
    reasons.push(`model:lower`);
    decided.push(pseudoRule('model:lower', 'urgent', { zh: '需要今天就诊的症状', en: 'symptoms that need a doctor today' }, { zh: '', en: '' }));
  }
  if (netFired) {
    reasons.push(...open.map((p) => `safety-net:${p}`));
    decided.push(
      pseudoRule(
        'safety-net',
        'urgent',
        { zh: '需要进一步判断的症状', en: 'symptoms that need a closer look' },
        {
          zh: '请先回答下面的问题；如出现任何危险信号，立即拨打急救电话。',
          en: 'Please answer the questions below; if any danger sign appears, call emergency services now.',
        },
      ),
    );
  }
  const askIds = open.length ? open : a.presentations;
  const ask = level === 'urgent' ? askFor(askIds, lang) : [];
  // The questions triage wants answered travel inside the message too, so every channel (chat answer, CLI, web banner,
  // report) shows them before the answer; `ask` keeps them apart for clients that render them as quick replies.
  // At routine a risk the screen graded still carries the crisis line (crisis-line.ts).
  const message =
    level === 'routine' ? (crisis ? suicideRule.advice[lang] : '') : withQuestions(triageMessage(level, decided, lang, emergencyNumber), ask, lang);
  return {
    level,
    reasons,
    message,
    signs,
    emergencyNumber,
    ask,
    contributions: {
      rules: { level: ruleLevel, reasons: ruleReasons },
      model: opinion ? { ...opinion, raised: modelRaisedTo !== null, selfHarm: selfHarmP } : null,
      safetyNet: { level: netFired ? 'urgent' : null, presentations: netFired ? open : [] },
      modifiers: [...a.modifiers],
      presentations: a.presentations,
      vitals: a.vitals.map((v) => ({ kind: v.kind, value: v.value })),
      suicide: { risk: a.suicide.risk, components: a.suicide.components },
      crisisLine: crisis,
      stance: { ...st, gate },
      facts: { ...inputs, gate, netOpen: open.length > 0 },
      lowered: lowered ? lowered.claims : null,
      framed: framed ? framed.claims : null,
      selfHarmFramed: shFramed ? shFramed.claims : null,
      ...(intentP !== null ? { intent: { p: intentP, raised: intentRaised } } : {}),
      floor: floorRun ? { level, presentFinding: presentDangerTold(a.normalised, ruleHits(signs)), reader: opinion?.level ?? null } : null,
      pinyin: null,
    },
  };
}

const ASK_LEAD = { zh: '为了判断有多紧急，请先回答：', en: 'To judge how urgent this is, please answer first:' } as const;

/** The urgent message followed by the open questions, one per line. */
export function withQuestions(message: string, ask: readonly string[], lang: 'zh' | 'en'): string {
  if (!message || ask.length === 0) return message;
  return `${message}\n${ASK_LEAD[lang]}\n${ask.map((q, i) => `${i + 1}. ${q}`).join('\n')}`;
}

/**
 * The contract other subsystems call: `triage(text, { locale, emergencyNumber })`. `ask` (2–4 questions in the
 * user's language) is set only when the level is urgent and open questions would settle it.
 */
export function triage(text: string, options: TriageOptions = {}): Triage {
  const { level, reasons, message, ask } = triageDetail(text, options);
  return ask.length ? { level, reasons, message, ask } : { level, reasons, message };
}
