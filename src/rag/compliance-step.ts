// The safety steps around an answer: flagged passages kept out (or in, with a warning), the compliance verifier
// (src/safety/compliance, the same one the RL principle reward uses) on every answer before it leaves, and
// safety-relevant disagreements between sources written into the answer the user reads.
import type { Lang, SearchHit } from '../core/types.js';
import type { ChatBackend } from '../models/backend.js';
import { correctionText, verifyCompliance, verifyComplianceRules, type ComplianceVerdict } from '../safety/compliance/index.js';
import type { Triage } from '../safety/types.js';
import { localizeCaution } from './localize-zh.js';
import type { DroppedHit } from './ranked-hit.js';
import { warning, type Warning } from '../core/warnings.js';

export interface ScreenedHits {
  hits: SearchHit[];
  dropped: DroppedHit[];
  warnings: Warning[];
}

/** Keep passages flagged at ingest out of answers unless allowed; either way say so. */
export function screenHits(hits: SearchHit[], allowFlagged = false): ScreenedHits {
  const flagged = hits.filter((h) => h.flags && h.flags.length > 0);
  if (flagged.length === 0) return { hits, dropped: [], warnings: [] };
  const what = [...new Set(flagged.flatMap((h) => h.flags!.map((f) => f.code)))].sort().join(', ');
  if (allowFlagged) {
    return {
      hits,
      dropped: [],
      warnings: [
        warning(
          'flagged-sources-included',
          `flagged passages included: ${flagged.length} passage(s) flagged at ingest (${what}) were allowed into this answer`,
        ),
      ],
    };
  }
  return {
    hits: hits.filter((h) => !h.flags?.length),
    dropped: flagged.map((h) => ({ id: h.id, reason: 'filtered' as const })),
    warnings: [warning('flagged-sources-excluded', `flagged passages excluded: ${flagged.length} passage(s) flagged at ingest (${what}) were not used`)],
  };
}

export interface ComplianceOutcome {
  /** Text to append to the answer (empty when it passed). */
  correction: string;
  warnings: Warning[];
  verdict: ComplianceVerdict;
}

function outcome(verdict: ComplianceVerdict, lang: Lang, triage: Triage): ComplianceOutcome {
  if (verdict.ok) return { correction: '', warnings: [], verdict };
  const l = lang === 'zh' ? 'zh' : 'en';
  const broken = verdict.violations.filter((v) => v.severity !== 'minor');
  const correction = correctionText(broken, l, triage.message || undefined);
  return {
    correction,
    warnings: [
      warning('compliance-corrected', `compliance check failed (${broken.map((v) => `${v.principle}: ${v.code}`).join('; ')}); a correction was added`),
    ],
    verdict,
  };
}

/** Rules only (evidence answers, and whenever no judge is configured). The question gives the claim checker the
 * medicine or condition a sentence like "you can stop it" refers to. */
export function checkAnswerRules(answer: string, lang: Lang, triage: Triage, question?: string): ComplianceOutcome {
  return outcome(verifyComplianceRules(answer, { triage: triage.level, lang: lang === 'zh' ? 'zh' : 'en', question }), lang, triage);
}

/** Rules, then the judge model when a backend is given (escalate-only, bounded by timeoutMs). */
export async function checkAnswer(
  answer: string,
  input: { lang: Lang; triage: Triage; question: string; backend?: ChatBackend | null; timeoutMs?: number; signal?: AbortSignal },
): Promise<ComplianceOutcome> {
  const ctx = { triage: input.triage.level, lang: input.lang === 'zh' ? ('zh' as const) : ('en' as const), question: input.question };
  const verdict = await verifyCompliance(answer, ctx, input.backend ? { backend: input.backend, timeoutMs: input.timeoutMs, signal: input.signal } : undefined);
  return outcome(verdict, input.lang, input.triage);
}

const CONFLICT_HEAD = { zh: '⚠️ 注意：来源在用药安全问题上说法不一致：', en: '⚠️ Caution: the sources disagree on a medication-safety point:' };
const CONFLICT_TAIL = {
  zh: '请以权威等级更高的来源为准，并咨询医生或药师。',
  en: 'Rely on the more authoritative source and check with a doctor or pharmacist.',
};

/** The user-visible caution for safety-relevant disagreements (empty when there are none). */
export function safetyConflictText(conflicts: readonly Warning[], lang: Lang): string {
  if (conflicts.length === 0) return '';
  const l = lang === 'zh' ? 'zh' : 'en';
  return [CONFLICT_HEAD[l], ...conflicts.map((c) => `- ${localizeCaution(c, lang)}`), CONFLICT_TAIL[l]].join('\n');
}
