// Label quality: every RL item carries a confidence in its label and the reasons behind it. Checks are pure
// functions over a batch of items (some need the whole batch: label-sharing statistics, near-duplicate
// contradictions); each adds flags (a typed code, a confidence factor, a detail) and, where the source is
// provably wrong and we can do better, a correction with its provenance.
import type { DrugIndications } from '../../../knowledge/drug-indications.js';
import type { DrugLexicon } from '../../../knowledge/drugs.js';
import type { Icd10Index } from '../../../knowledge/icd10.js';
import type { RlItem } from '../item.js';

export const QUALITY_CODES = [
  'truncated-finding',
  'symptom-as-diagnosis',
  'icd-chapter-mismatch',
  'icd-code-invalid',
  'loose-name-mapping',
  'unspecific-presentation',
  'too-few-findings',
  'ambiguous-presentation',
  'finding-names-diagnosis',
  'non-test-removed',
  'generic-test-removed',
  'too-few-tests',
  'test-site-mismatch',
  'findings-are-diagnoses',
  'shared-gold-list',
  'drug-not-indicated',
  'drug-unverifiable',
  'drug-unverified-removed',
  'drug-contraindicated-age',
  'drug-route-inadequate',
  'drug-oncology-regimen',
  'drug-supportive-only',
  'disease-unmapped',
  'calc-recomputed',
  'calc-corrected',
  'calc-disagrees',
  'calc-unrecomputable',
  'calc-explanation-inconsistent',
  'exam-contradictory-duplicate',
  'exam-missing-figure',
  'exam-garbled-options',
  'model-disagrees',
  'model-agrees',
  'review-accepted',
  'review-rejected',
  'review-corrected',
  'unreviewed-source',
] as const;
export type QualityCode = (typeof QUALITY_CODES)[number];

export interface QualityFlag {
  code: QualityCode;
  /** Factor applied to the item's confidence (1 = no doubt added, 0 = certainly wrong). */
  factor: number;
  detail?: string;
}

export interface Correction {
  from: unknown;
  to: unknown;
  /** Who corrected it: a check name ("medcalc-recompute"), a model spec or a reviewer id. */
  by: string;
  reason: string;
  at?: string;
}

export interface ItemQuality {
  confidence: number;
  flags: QualityFlag[];
  corrections: Correction[];
}

export interface QualityContext {
  icd?: Icd10Index;
  drugs?: DrugLexicon;
  indications?: DrugIndications;
  /** Normalised symptom names (entity-dict-zh/symptom.txt) that are not also disease names. */
  symptomNames?: ReadonlySet<string>;
}

export interface QualityCheck {
  name: string;
  /** Items in, items out (same order and length): flags and corrections added to meta.quality. */
  run(items: RlItem[], ctx: QualityContext): RlItem[];
}

export function qualityOf(item: RlItem): ItemQuality {
  const q = item.meta.quality as ItemQuality | undefined;
  return q ?? { confidence: 1, flags: [], corrections: [] };
}

/** A copy of the item with one more flag (confidence multiplied by its factor). */
export function withFlag(item: RlItem, code: QualityCode, factor: number, detail?: string): RlItem {
  const q = qualityOf(item);
  const flag: QualityFlag = detail === undefined ? { code, factor } : { code, factor, detail };
  const confidence = Math.round(q.confidence * factor * 1000) / 1000;
  return { ...item, meta: { ...item.meta, quality: { ...q, confidence, flags: [...q.flags, flag] } } };
}

/** A copy with a corrected ground truth (and reward spec), the old value kept as provenance. */
export function withCorrection(item: RlItem, to: unknown, by: string, reason: string): RlItem {
  const q = qualityOf(item);
  const correction: Correction = { from: item.ground_truth, to, by, reason };
  return {
    ...item,
    ground_truth: to,
    reward_spec: { ...item.reward_spec, gt: to },
    meta: { ...item.meta, quality: { ...q, corrections: [...q.corrections, correction] } },
  };
}
