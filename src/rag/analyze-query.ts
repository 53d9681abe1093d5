// Query analysis: language, medical entities (from the terminology layer when present), intent, and the
// retrieval query for multi-turn chats. Pure: the terminology matcher is passed in.
import { detectLang } from '../core/lang.js';
import type { Lang } from '../core/types.js';
import { layTermGroups } from '../knowledge/lay-terms.js';
import { conditionTerms, type Direction } from '../knowledge/reference-ranges.js';
import { analyteMentions } from '../knowledge/starter/analyte-passages.js';
import type { ChatMessage } from '../models/backend.js';
import type { Triage } from '../safety/types.js';
import { escapeRegExp } from '../core/regex.js';

export type EntityType = 'disease' | 'symptom' | 'drug' | 'check' | 'department' | 'food';

/** Shape of the knowledge engineer's EntityMention (structural, so RAG works with any matcher). */
export interface EntityLike {
  text: string;
  type: EntityType;
  start: number;
  end: number;
}

export interface TermMatcher {
  match(text: string): EntityLike[];
  /** Other names of the same concept (the knowledge subsystem's Terminology has it). */
  synonyms?(term: string): string[];
}

/**
 * The question re-worded with each entity's synonyms ("HbA1C" → "A1C", "hypertension" → "High Blood Pressure"),
 * so a passage that uses another name for the same thing is judged relevant. Bounded: 3 entities × 4 names.
 */
export function synonymVariants(question: string, entities: EntityLike[], terminology: TermMatcher | null | undefined): string[] {
  if (!terminology?.synonyms) return [];
  const out = new Set<string>();
  for (const e of entities.filter((x) => x.type !== 'department').slice(0, 3)) {
    let names: string[] = [];
    try {
      names = terminology.synonyms(e.text);
    } catch {
      names = [];
    }
    for (const name of names.filter((n) => n && n.toLowerCase() !== e.text.toLowerCase()).slice(0, 4)) {
      out.add(`${question.slice(0, e.start)}${name}${question.slice(e.end)}`);
    }
  }
  return [...out];
}

/**
 * The question with an everyday English name replaced by the clinical one its lay-term group ends with
 * ("underactive thyroid" → "hypothyroidism"), searched and judged beside the question: sources use the clinical
 * word, and without it "thyroid" alone ranks overactive-thyroid pages as high as underactive ones. Chinese lay
 * names are expanded by retrieval itself (src/retrieval/expand.ts). At most two re-wordings.
 */
export function layRewordings(question: string): string[] {
  const lower = question.toLowerCase();
  if (!/[a-z]/.test(lower)) return [];
  const out: string[] = [];
  for (const group of layTermGroups()) {
    const clinical = group[group.length - 1];
    if (!/^[a-z]/i.test(clinical) || lower.includes(clinical.toLowerCase())) continue;
    for (const lay of group.slice(0, -1).sort((a, b) => b.length - a.length)) {
      const re = new RegExp(`\\b${escapeRegExp(lay.toLowerCase())}\\b`);
      if (!re.test(lower)) continue;
      out.push(question.replace(new RegExp(`\\b${escapeRegExp(lay)}\\b`, 'i'), clinical));
      break;
    }
    if (out.length >= 2) break;
  }
  return out;
}

export type Intent = 'emergency' | 'symptom' | 'drug' | 'report' | 'knowledge';

export interface QueryAnalysis {
  lang: Lang;
  entities: EntityLike[];
  intent: Intent;
  /** What retrieval searches for: the latest user turn, plus context when it is a follow-up. */
  retrievalQuery: string;
  /** Earlier-turn text folded into the retrieval query (empty when none). */
  context: string;
  /** The question with lay names replaced by clinical ones (layRewordings) and, for a lab-value question, the
   * conditions its direction points to (labConditionQueries): searched and judged beside the question. */
  rewordings: string[];
  /** Lab analytes the question asks about (a name plus a level word: "血红蛋白偏低", "high ALT"), at most two. */
  labAnalytes: string[];
}

const LEVEL_CUE =
  /(偏低|偏高|低|高|升高|降低|下降|异常|正常值|参考值|参考范围|超标|\blow\b|\bhigh\b|\belevated\b|\braised\b|\bdecreased\b|\babnormal\b|\bnormal\b|\blevels?\b|\brange\b|\bcount\b|\d)/i;

/**
 * Analyte codes of a question about a lab value: a name with a level word next to it ("血糖高", "low hemoglobin",
 * "my potassium is 6.1 — is that high?"), so "is a high-protein diet bad?" or "iron-rich foods" do not count.
 */
export function labAnalytesAsked(text: string): string[] {
  const WINDOW = 14;
  const codes = analyteMentions(text)
    .filter((m) => LEVEL_CUE.test(text.slice(Math.max(0, m.start - WINDOW), m.start)) || LEVEL_CUE.test(text.slice(m.end, m.end + WINDOW)))
    .map((m) => m.code);
  return [...new Set(codes)].slice(0, 2);
}

const LOW = /(偏低|降低|下降|过低|低|\blow\b|\bdecreased\b|\bdropped\b)/i;
const HIGH = /(偏高|升高|增高|过高|超标|高|\bhigh\b|\belevated\b|\braised\b|\bincreased\b)/i;

/**
 * For "血红蛋白偏低是什么意思": the conditions that direction points to ("贫血", "anemia"), as queries searched and
 * judged beside the question, the way report interpretation explains a flagged value (reference-ranges.ts).
 */
export function labConditionQueries(text: string, codes: readonly string[], lang: Lang): string[] {
  const dir: Direction | undefined = LOW.test(text) ? 'low' : HIGH.test(text) ? 'high' : undefined;
  if (!dir) return [];
  return codes.map((c) => conditionTerms(c, dir, lang === 'zh' ? 'zh' : 'en').join(' ')).filter(Boolean);
}

const DRUG_WORDS = /(药|剂量|用量|副作用|不良反应|服用|吃了|注射|片|胶囊|mg\b|dose|dosage|drug|medication|medicine|pill|tablet|side effect|interact|prescri)/i;
const REPORT_WORDS =
  /(化验|检查结果|报告单?|指标|偏高|偏低|升高|降低|参考值|参考范围|阳性|阴性|血常规|尿常规|肝功|肾功|lab result|test result|blood test|level[s]? (is|are|of)|reference range|high|low|elevated|report)/i;
const SYMPTOM_WORDS =
  /(我.{0,6}(疼|痛|痒|晕|咳|烧|吐|泻|肿|麻|难受|不舒服)|疼|痛|发烧|发热|咳嗽|头晕|恶心|呕吐|腹泻|i have|i feel|i've been|my .{0,20}(hurts?|aches?|pain)|symptom|pain|ache|fever|cough|dizz|nause|vomit|rash|swelling)/i;

/** Intent from entity types and phrasing; emergencies come from triage, never from this classifier alone. */
export function classifyIntent(text: string, entities: EntityLike[], triage?: Triage): Intent {
  if (triage?.level === 'emergency') return 'emergency';
  const types = new Set(entities.map((e) => e.type));
  if (REPORT_WORDS.test(text) && (types.has('check') || /化验|报告|指标|参考|lab|test|range/i.test(text))) return 'report';
  if (types.has('drug') || DRUG_WORDS.test(text)) return 'drug';
  if (SYMPTOM_WORDS.test(text) || (types.has('symptom') && /我|i |my /i.test(text))) return 'symptom';
  if (types.has('check') && REPORT_WORDS.test(text)) return 'report';
  return 'knowledge';
}

const FOLLOW_UP_CUE =
  /^(and|so|but|then|also)\b|^(it|that|this|they|he|she|those|these)\b|what (should|do|can|must) (i|we|he|she) do|what now|now what|what next|is (it|that|this) (serious|dangerous|bad|normal|ok)|should (i|we) (go|call|worry|be worried)|how about|what about|^(那|这|它|他|她|还有|那么|然后|所以)|怎么办|要紧吗|严重吗|危险吗|要去医院吗|该怎么做|需要去医院|现在呢|接下来/i;

/**
 * Does the new turn lean on the previous one without any terminology (used for triage, which runs before
 * anything is loaded)? Very short turns and follow-up cues ("what should I do now?", "严重吗") do; a question
 * with its own topic ("糖尿病人能吃西瓜吗" after a chest-pain question) does not, so an earlier emergency no longer
 * decides the banner of an unrelated question.
 */
export function leansOnEarlierTurn(text: string): boolean {
  const t = text.trim();
  const veryShort = detectLang(t) === 'zh' ? [...t.replace(/[\s\p{P}]/gu, '')].length < 7 : t.split(/\s+/).length < 4;
  return veryShort || FOLLOW_UP_CUE.test(t);
}

/** A turn that leans on earlier ones: short, or pronoun-led without a medical entity of its own. */
function isFollowUp(text: string, entities: EntityLike[]): boolean {
  const lang = detectLang(text);
  const short = lang === 'zh' ? [...text.replace(/\s/g, '')].length < 10 : text.trim().split(/\s+/).length < 6;
  const pronoun = /^(and |what about|how about|is it|does it|can it|they|it |that |this |those |these )|^(那|这|它|还有|那么|吃什么|怎么办)/i.test(text.trim());
  return (entities.length === 0 && (short || pronoun)) || pronoun;
}

export interface AnalyzeOptions {
  history?: ChatMessage[];
  terminology?: TermMatcher | null;
  triage?: Triage;
}

export function analyzeQuery(question: string, options: AnalyzeOptions = {}): QueryAnalysis {
  const text = question.trim();
  const match = (s: string): EntityLike[] => {
    try {
      return options.terminology?.match(s) ?? [];
    } catch {
      return []; // a broken matcher degrades analysis, never the answer
    }
  };
  const entities = match(text);
  const lang = detectLang(text);
  const labAnalytes = labAnalytesAsked(text);
  let context = '';
  const earlierUser = (options.history ?? []).filter((m) => m.role === 'user' && m.content.trim() !== text);
  if (earlierUser.length > 0 && isFollowUp(text, entities)) {
    // Prefer the entities of the latest earlier turns (compact, on-topic); else the previous question itself.
    const recent = earlierUser.slice(-2);
    const named = recent.flatMap((m) =>
      match(m.content)
        .filter((e) => e.type !== 'department')
        .map((e) => e.text),
    );
    context = named.length > 0 ? [...new Set(named)].join(' ') : recent[recent.length - 1].content.slice(0, 200);
  }
  return {
    lang,
    entities,
    intent: classifyIntent(text, entities, options.triage),
    retrievalQuery: context ? `${text} ${context}` : text,
    context,
    rewordings: [...layRewordings(text).map((r) => (context ? `${r} ${context}` : r)), ...labConditionQueries(text, labAnalytes, lang)],
    labAnalytes,
  };
}
