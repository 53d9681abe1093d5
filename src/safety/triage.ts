// Red-flag triage: runs before anything else on every question. Pure: text in, Triage out.
// Sensitivity first: a sign counts unless it is negated, clearly in the past, or (for disease names) educational.
import { detectLang } from '../core/lang.js';
import type { Triage, TriageLevel } from './types.js';
import { clauseAt, clauses, isChronicOnly, isEducational, isHistorical, isNegated } from './red-flags/context.js';
import { RED_FLAG_RULES, type RedFlagRule } from './red-flags/rules.js';
import { SIGN_IMPLIES, SIGNS, type SignId } from './red-flags/signs.js';
import { emergencyNumberFor } from './emergency-number.js';
import { CHILD_MAX_DAYS, findAges, INFANT_MAX_DAYS } from './red-flags/age.js';

export interface TriageOptions {
  /** BCP-47 locale of the user, e.g. "zh-CN", "en-US", "en-GB"; picks the emergency number. */
  locale?: string;
  /** Overrides everything (also QUARKMED_EMERGENCY_NUMBER). */
  emergencyNumber?: string;
}

export interface SignHit {
  sign: SignId;
  start: number;
  end: number;
  text: string;
}

export interface TriageDetail extends Triage {
  /** Affirmed, current sign mentions that drove the decision (for explanations and tests). */
  signs: SignHit[];
  emergencyNumber: string;
}

// Global-flag copies of every pattern, compiled once (matchAll needs /g; the vocabulary keeps plain regexes).
const COMPILED = (Object.entries(SIGNS) as [SignId, (typeof SIGNS)[SignId]][]).map(([id, sign]) => ({
  id,
  kind: sign.kind,
  patterns: [...sign.zh, ...sign.en].map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)),
}));

/** Every affirmed, current mention of every sign. */
export function findSigns(input: string): SignHit[] {
  // Curly apostrophes ("I’ve", "mom’s") would otherwise slip past every English pattern; same length keeps offsets.
  const text = input.replace(/[’‘`´]/g, "'");
  const cl = clauses(text);
  const hits: SignHit[] = [];
  for (const { id, kind, patterns } of COMPILED) {
    for (const g of patterns) {
      for (const m of text.matchAll(g)) {
        const start = m.index ?? 0;
        const clause = clauseAt(cl, start);
        if (isNegated(text, clause, start) || isHistorical(text, clause)) continue;
        if (kind === 'event' && isEducational(text, clause)) continue;
        hits.push({ sign: id, start, end: start + m[0].length, text: m[0] });
        const implied = SIGN_IMPLIES[id];
        if (implied) hits.push({ sign: implied, start, end: start + m[0].length, text: m[0] });
      }
    }
  }
  // Ages are compared as numbers ("七个礼拜" < 3 months), not listed as spellings; see red-flags/age.ts.
  for (const age of findAges(text)) {
    const hit = { start: age.start, end: age.end, text: age.text };
    if (age.days < INFANT_MAX_DAYS) hits.push({ sign: 'infant', ...hit });
    if (age.days <= CHILD_MAX_DAYS) hits.push({ sign: 'child', ...hit });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function firedRules(present: ReadonlySet<SignId>): RedFlagRule[] {
  return RED_FLAG_RULES.filter((r) => r.when.some((combo) => combo.every((s) => present.has(s))));
}

const NOTICE = {
  emergency: {
    zh: (n: string, what: string, advice: string) =>
      `⚠️ 这可能是急症：${what}。请立即拨打 ${n} 急救电话，或马上前往最近的医院急诊，不要等待在线回复。${advice}`,
    en: (n: string, what: string, advice: string) =>
      `⚠️ This may be a medical emergency: ${what}. Call ${n} now or go to the nearest emergency department; do not wait for an online answer. ${advice}`,
  },
  urgent: {
    zh: (n: string, what: string, advice: string) =>
      `这些症状需要今天就看医生：${what}。请尽快到医院就诊。${advice}如症状加重，请拨打 ${n}。`,
    en: (n: string, what: string, advice: string) =>
      `These symptoms need a doctor today: ${what}. Please get seen as soon as you can. ${advice} If things get worse, call ${n}.`,
  },
} as const;

export function triageMessage(level: TriageLevel, rules: RedFlagRule[], lang: 'zh' | 'en', number: string): string {
  if (level === 'routine' || rules.length === 0) return '';
  const top = rules.filter((r) => r.level === level);
  const sep = lang === 'zh' ? '；' : '; ';
  const what = top.map((r) => r.title[lang]).join(sep);
  const advice = top.map((r) => r.advice[lang]).join(lang === 'zh' ? '' : ' ');
  return NOTICE[level][lang](number, what, advice);
}

/** Full triage with the evidence (signs) behind it. */
export function triageDetail(text: string, options: TriageOptions = {}): TriageDetail {
  const detected = detectLang(text);
  const localeLang = options.locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const lang: 'zh' | 'en' = detected === 'other' ? localeLang : detected;
  const emergencyNumber = emergencyNumberFor({ locale: options.locale, emergencyNumber: options.emergencyNumber, lang });
  const signs = findSigns(text);
  const chronic = isChronicOnly(text);
  // A long-standing, non-acute story turns chronic-downgradable emergencies into same-day (urgent) care.
  const rules = firedRules(new Set(signs.map((s) => s.sign))).map((r) =>
    chronic && r.chronicDowngrade && r.level === 'emergency' ? { ...r, level: 'urgent' as const } : r,
  );
  const level: TriageLevel = rules.some((r) => r.level === 'emergency') ? 'emergency' : rules.length ? 'urgent' : 'routine';
  // Report the rules at the decided level only: an emergency subsumes the urgent rule for the same sign.
  const ordered = rules.filter((r) => r.level === level);
  return {
    level,
    reasons: ordered.map((r) => r.id),
    message: triageMessage(level, ordered, lang, emergencyNumber),
    signs,
    emergencyNumber,
  };
}

/** The contract other subsystems call: `triage(text, { locale, emergencyNumber })`. */
export function triage(text: string, options: TriageOptions = {}): Triage {
  const { level, reasons, message } = triageDetail(text, options);
  return { level, reasons, message };
}
