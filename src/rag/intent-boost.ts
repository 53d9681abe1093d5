// Intent-aware nudging: a symptom consultation prefers "Symptoms" sections, a drug question "Treatment"/drug
// sections, a report question "Tests/Diagnosis". A small bonus reorders passages of equal authority; it never
// rescues an irrelevant passage (only kept passages are nudged).
import type { Intent } from './analyze-query.js';
import type { RankedHit } from './ranked-hit.js';

const SECTION_HINTS: Record<Intent, RegExp | null> = {
  emergency: /(症状|表现|急救|symptom|sign|emergency|warning)/i,
  symptom: /(症状|表现|临床|symptom|sign|cause|病因)/i,
  drug: /(治疗|用药|药物|禁忌|不良反应|treatment|medication|drug|dose|dosage|side effect|therap)/i,
  report: /(检查|诊断|化验|参考|test|diagnos|exam|result|range)/i,
  knowledge: null,
};

export const INTENT_BONUS = 0.1;

export function boostForIntent<T extends RankedHit>(hits: T[], intent: Intent): T[] {
  const re = SECTION_HINTS[intent];
  if (!re) return hits;
  return hits.map((h) => (re.test(`${h.section} ${h.title}`) ? { ...h, relevance: Math.min(1, Math.round((h.relevance + INTENT_BONUS) * 1000) / 1000) } : h));
}
