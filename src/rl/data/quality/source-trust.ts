// Which sources' labels stand without an expert. The knowledge-graph items come from a consumer health-site crawl:
// after every rule check of this stage, a blind clinician accepted 41.9 % of the kept labels as correct
// (rl-labels-sample-2, bench/results/reward.md) — rules remove the structurally broken labels, but they cannot
// tell a site's product listing or symptom list from a clinically right answer. So such items are held out of
// training until a reviewer accepts or corrects them (`rl review export` → decisions → `rl review import` →
// `rl build --reviews`), unless the caller explicitly trusts unreviewed labels (`--trust-unreviewed`).
// Exam items (keys from the exam's publisher) and MedCalc items (recomputed by our calculators) stand on their own.
import type { RlItem } from '../item.js';
import { qualityOf, withFlag } from './types.js';

/**
 * Sources whose labels need an expert's decision before training. `disease-kg-sba` (single-best-answer items whose
 * distractors the knowledge base rules out) stays here until a blind review of its kept set meets the target.
 */
export const REVIEW_REQUIRED_SOURCES: ReadonlySet<string> = new Set(['disease-kg-zh', 'disease-kg-sba']);

/** Confidence factor of an unreviewed item from such a source (the stage also holds it out whatever the threshold). */
export const UNREVIEWED_FACTOR = 0.5;

const REVIEWED = new Set(['review-accepted', 'review-corrected']);

/** The item with an `unreviewed-source` flag when its source needs review and no reviewer has decided on it. */
export function requireReview(item: RlItem): RlItem {
  if (!REVIEW_REQUIRED_SOURCES.has(item.source)) return item;
  const q = qualityOf(item);
  if (q.flags.some((f) => REVIEWED.has(f.code))) return item;
  return withFlag(item, 'unreviewed-source', UNREVIEWED_FACTOR, 'consumer-site label: needs an expert decision (rl review)');
}
