// The label-quality stage of `rl build`: run every check over the batch, then keep items whose confidence is at
// least `minConfidence` (default 0.6). Excluded items keep their flags, so the report (and `rl review export`)
// can say why; per task it counts kept, excluded (by the flag that cost the most) and corrected items.
import type { RlItem } from '../item.js';
import { examCheck } from './exam.js';
import { kgDiagnosisCheck } from './kg-diagnosis.js';
import { kgDrugsCheck } from './kg-drugs.js';
import { kgTestsCheck } from './kg-tests.js';
import { medcalcCheck } from './medcalc.js';
import { requireReview } from './source-trust.js';
import { qualityOf, type QualityCheck, type QualityCode, type QualityContext } from './types.js';

export const DEFAULT_MIN_CONFIDENCE = 0.6;
export const QUALITY_CHECKS: readonly QualityCheck[] = [kgDiagnosisCheck, kgTestsCheck, kgDrugsCheck, medcalcCheck, examCheck];

export interface QualityOptions {
  minConfidence?: number;
  /** Keep low-confidence items anyway (they still carry their flags). */
  keepLow?: boolean;
  /**
   * Train on consumer-site knowledge-graph labels no reviewer has decided on (default false: they are held out
   * with `unreviewed-source` and exported for review; see source-trust.ts).
   */
  trustUnreviewed?: boolean;
  checks?: readonly QualityCheck[];
}

export interface TaskQualityReport {
  items: number;
  kept: number;
  excluded: number;
  corrected: number;
  /** Excluded items by the flag with the lowest factor. */
  excludedBy: Partial<Record<QualityCode, number>>;
  /** Every flag raised, on kept and excluded items. */
  flags: Partial<Record<QualityCode, number>>;
}

export interface QualityReport {
  minConfidence: number;
  byTask: Record<string, TaskQualityReport>;
}

export interface QualityResult {
  kept: RlItem[];
  excluded: RlItem[];
  report: QualityReport;
}

/** The flag that lowered the item's confidence most (its exclusion reason). */
export function mainReason(item: RlItem): { code: QualityCode; detail?: string } | undefined {
  const flags = qualityOf(item).flags;
  if (!flags.length) return undefined;
  return flags.reduce((a, b) => (b.factor < a.factor ? b : a));
}

export function runQualityStage(items: readonly RlItem[], ctx: QualityContext, options: QualityOptions = {}): QualityResult {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  let batch = [...items];
  for (const check of options.checks ?? QUALITY_CHECKS) batch = check.run(batch, ctx);
  // After every check, reviews included: a reviewer's decision is what lets a consumer-site label train.
  if (!options.trustUnreviewed) batch = batch.map(requireReview);
  const kept: RlItem[] = [];
  const excluded: RlItem[] = [];
  const byTask: Record<string, TaskQualityReport> = {};
  for (const it of batch) {
    const key = `${it.task}:${it.source}`;
    const r = (byTask[key] ??= { items: 0, kept: 0, excluded: 0, corrected: 0, excludedBy: {}, flags: {} });
    r.items++;
    const q = qualityOf(it);
    if (q.corrections.length) r.corrected++;
    for (const f of q.flags) r.flags[f.code] = (r.flags[f.code] ?? 0) + 1;
    // Held out whatever the threshold or keepLow: only a reviewer (or trustUnreviewed) lets such a label train.
    const held = !options.trustUnreviewed && q.flags.some((f) => f.code === 'unreviewed-source');
    if (!held && (q.confidence >= minConfidence || options.keepLow)) {
      kept.push(it);
      r.kept++;
    } else {
      excluded.push(it);
      r.excluded++;
      // The flag that cost the most when confidence alone excludes it; otherwise the missing review.
      const why = q.confidence < minConfidence && !options.keepLow ? mainReason(it)!.code : 'unreviewed-source';
      r.excludedBy[why] = (r.excludedBy[why] ?? 0) + 1;
    }
  }
  return { kept, excluded, report: { minConfidence, byTask } };
}
