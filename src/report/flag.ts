// Deterministic flagging: value vs the printed range (or the bundled one in the report's unit), critical limits
// from the bundled table in canonical units. When units cannot be reconciled, "unknown" rather than a guess.
import type { LabFlag } from './types.js';
import type { LineTokens, PrintedRange } from './line-tokens.js';
import type { Analyte } from '../knowledge/reference-ranges.js';

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

/** Escalate to a critical flag when the canonical value crosses the bundled critical limits. */
export function criticalFlag(an: Analyte | undefined, canonical: number | undefined, op: LineTokens['op']): LabFlag | undefined {
  if (!an?.critical || canonical === undefined) return undefined;
  const [lo, hi] = an.critical;
  if (lo !== undefined && canonical < lo && op !== '>' && op !== '>=') return 'critical-low';
  if (hi !== undefined && canonical > hi && op !== '<' && op !== '<=') return 'critical-high';
  return undefined;
}
