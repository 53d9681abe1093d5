// Deterministic flagging: value vs the printed range (or the bundled one in the report's unit), critical limits
// from the one critical-value table (knowledge/critical-values.ts) in canonical units, for the row's specimen. When
// units cannot be reconciled, "unknown" rather than a guess.
import type { LabFlag } from './types.js';
import type { LineTokens, PrintedRange } from './line-tokens.js';
import type { Analyte } from '../knowledge/reference-ranges.js';
import { criticalLimits, type Specimen } from '../knowledge/critical-values.js';

export function compareToRange(t: Pick<LineTokens, 'value' | 'op'>, r: PrintedRange): LabFlag {
  const v = t.value;
  if (v === null) return 'unknown';
  const belowLow = (x: number) => r.low !== undefined && (r.lowExclusive ? x <= r.low : x < r.low);
  const aboveHigh = (x: number) => r.high !== undefined && (r.highExclusive ? x >= r.high : x > r.high);
  if (!t.op) return aboveHigh(v) ? 'high' : belowLow(v) ? 'low' : 'normal';
  // "<0.01": the true value is below v. Normal only if everything below v is in range.
  if (t.op === '<' || t.op === '<=') {
    if (r.low !== undefined && v <= r.low) return 'low';
    // A lower limit of 0 is no limit: a concentration or count is never below it ("<0.010" within "0-0.040").
    if ((r.low === undefined || r.low <= 0) && r.high !== undefined && v <= r.high) return 'normal';
    return 'unknown';
  }
  if (r.high !== undefined && v >= r.high) return 'high';
  if (r.high === undefined && r.low !== undefined && v >= r.low) return 'normal';
  return 'unknown';
}

export function qualitativeFlag(t: Pick<LineTokens, 'qualitative' | 'marker'>, expectNegative: boolean): LabFlag {
  if (t.qualitative === 'positive') return expectNegative ? 'high' : (t.marker ?? 'unknown');
  if (t.qualitative === 'negative' || t.qualitative === 'normal') return expectNegative || t.qualitative === 'normal' ? 'normal' : 'unknown';
  return 'unknown';
}

/**
 * Escalate to a critical flag when the canonical value crosses the table's limits for the specimen. A value the
 * specimen cannot have (a "pH 6.0" is no blood pH) meets no limit of it. A censored value counts on its open side
 * only: ">600" is at least 600, "<0.5" may be anything below.
 */
export function criticalFlag(an: Analyte | undefined, canonical: number | undefined, op: LineTokens['op'], specimen: Specimen = 'blood'): LabFlag | undefined {
  const c = criticalLimits(an?.code, specimen);
  if (!c || canonical === undefined) return undefined;
  if (c.possible && (canonical < c.possible[0] || canonical > c.possible[1])) return undefined;
  if (c.low !== undefined && canonical < c.low && op !== '>' && op !== '>=') return 'critical-low';
  if (c.high !== undefined && canonical > c.high && op !== '<' && op !== '<=') return 'critical-high';
  return undefined;
}

/** Critical by the assay's own upper limit (troponin ≥5×, PT/APTT ≥2.5× the printed limit); ">50.0" counts as 50. */
export function relativeCritical(
  an: Analyte | undefined,
  value: number,
  op: LineTokens['op'],
  printedHigh: number | undefined,
  specimen: Specimen = 'blood',
): boolean {
  const times = criticalLimits(an?.code, specimen)?.timesUpperLimit;
  if (!times || printedHigh === undefined || printedHigh <= 0 || op === '<' || op === '<=') return false;
  return value >= times * printedHigh;
}
