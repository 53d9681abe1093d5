// A model explaining lab results may contradict the computed flags ("your creatinine is fine" when it is
// high). The flags stand; this finds such sentences so the answer can say so. Pure and conservative: only a
// sentence naming the analyte and claiming "normal" or the opposite direction counts.
import { splitSentences } from '../rag/citation-check.js';
import { displayName, isAbnormal } from './lab-findings.js';
import type { LabReport } from './types.js';

const NORMAL_CLAIM = /(\bnormal\b|\bfine\b|within (the )?(normal |reference )?range|nothing to worry|正常|参考范围内|没有问题|无需担心)/i;
const NEGATED_NORMAL = /(not normal|abnormal|not fine|outside|不正常|异常|不在参考范围)/i;
const HIGH_CLAIM = /(\bhigh\b|elevated|raised|above|偏高|升高|过高|增高)/i;
const LOW_CLAIM = /(\blow\b|decreased|reduced|below|偏低|降低|过低|减少)/i;

export interface FlagContradiction {
  analyte: string;
  sentence: string;
}

export function findFlagContradictions(explanation: string, report: LabReport): FlagContradiction[] {
  const out: FlagContradiction[] = [];
  const sentences = splitSentences(explanation);
  for (const r of report.results.filter(isAbnormal)) {
    const names = [r.name, r.nameZh, r.nameEn, r.code && r.code.length > 2 ? r.code : undefined].filter((n): n is string => Boolean(n && n.length >= 1));
    const high = r.flag === 'high' || r.flag === 'critical-high';
    for (const s of sentences) {
      const lower = s.toLowerCase();
      if (!names.some((n) => lower.includes(n.toLowerCase()))) continue;
      const claimsNormal = NORMAL_CLAIM.test(s) && !NEGATED_NORMAL.test(s);
      const claimsOpposite = high ? LOW_CLAIM.test(s) && !HIGH_CLAIM.test(s) : HIGH_CLAIM.test(s) && !LOW_CLAIM.test(s);
      if (claimsNormal || claimsOpposite) out.push({ analyte: displayName(r, report.lang), sentence: s });
    }
  }
  return out;
}
