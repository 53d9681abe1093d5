// Consistency checks of a value read from a photo against its own row (pure). OCR confirms digits, not decimal
// points: a point lost in both reads leaves a number that looks possible ("2.1" glucose read "21", "1.1" HDL read
// "11"). A laboratory prints a result at the precision of its range, so a whole number beside a range printed with
// decimals, or a single digit beside a range that starts at 10 or more, is not confirmed by its row: it is shown as
// "please check" — and withheld as unreadable when either reading would be critical, so a critical value is neither
// raised nor hidden on a guess. A value whose unit could not be read is "please check" when it would be critical in
// any unit the analyte is printed in.
import { criticalFlag } from '../flag.js';
import { analyteByCode } from '../../knowledge/reference-ranges.js';
import type { LabResult } from '../types.js';

/** Decimal places of the range's bounds as printed (bundled ranges are shown at the table's precision). */
const rangePlaces = (text: string): number => Math.max(0, ...[...text.matchAll(/\d[.,](\d+)/g)].map((m) => m[1].length));

export type RowPrecision = { kind: 'consistent' } | { kind: 'doubt'; alternative?: string };

/**
 * Is the value's precision consistent with its range? `doubt` with the reading that puts the point back at the
 * range's precision, when there are digits enough for one.
 */
export function rowPrecision(r: Pick<LabResult, 'value' | 'valueText' | 'range'>): RowPrecision {
  if (r.value === null || !r.range) return { kind: 'consistent' };
  const digits = /^[<>≤≥]?=?(\d+)$/.exec(r.valueText)?.[1];
  if (!digits) return { kind: 'consistent' };
  const places = rangePlaces(r.range.text);
  if (places > 0) {
    // A whole number inside the printed range is the lab's own rounding ("138" beside 135.0-145.0).
    if (r.range.origin === 'report' && r.range.low !== undefined && r.range.high !== undefined && r.value >= r.range.low && r.value <= r.range.high)
      return { kind: 'consistent' };
    const alternative = digits.length > places ? (Number(digits) / 10 ** places).toFixed(places) : undefined;
    return { kind: 'doubt', alternative };
  }
  if (digits.length === 1 && (r.range.low ?? 0) >= 10) return { kind: 'doubt' };
  return { kind: 'consistent' };
}

/**
 * Would the value be critical in some unit the analyte is printed in (the unit itself not read)? Units under
 * which the value is far outside anything a report prints (beyond a third of the lowest and three times the
 * highest limit) are not considered.
 */
export function criticalInSomeUnit(r: Pick<LabResult, 'code' | 'value'>): boolean {
  return criticalFlagInSomeUnit(r) !== undefined;
}

/** The critical flag the value would carry in the first unit the analyte is printed in that makes it critical. */
export function criticalFlagInSomeUnit(r: Pick<LabResult, 'code' | 'value'>): 'critical-high' | 'critical-low' | undefined {
  const an = r.code ? analyteByCode(r.code) : undefined;
  if (!an?.critical || r.value === null) return undefined;
  const ref = an.range ?? (an.sex ? [an.sex.female[0], an.sex.male[1]] : undefined);
  const lo = Math.min(ref?.[0] ?? Infinity, an.critical[0] ?? Infinity);
  const hi = Math.max(ref?.[1] ?? -Infinity, an.critical[1] ?? -Infinity);
  const factors = [...new Set([1, ...Object.values(an.units ?? {})])];
  for (const f of factors) {
    const v = (r.value as number) * f;
    const possible = (!Number.isFinite(lo) || v >= lo / 3) && (!Number.isFinite(hi) || v <= hi * 3);
    const flag = possible ? criticalFlag(an, v, undefined) : undefined;
    if (flag === 'critical-high' || flag === 'critical-low') return flag;
  }
  return undefined;
}
