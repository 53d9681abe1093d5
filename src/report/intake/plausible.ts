// Knowledge-base check of a value read from a photo: is the number possible for this analyte, in the unit printed
// beside it? The bundled table (general adult interval and critical limits, in each unit it knows) says which
// magnitudes a real report prints. A whole number that no unit allows while the same digits with a decimal point
// fall inside the interval ("136" haemoglobin beside g/dL, "452" red cells beside 10^6/uL, "526" % lymphocytes) lost
// its point in the photo; a number that no unit allows and no point repairs was not read (pure).
import { analyteByCode, bundledBounds, type Analyte, type Bounds } from '../../knowledge/reference-ranges.js';
import { criticalLimits } from '../../knowledge/critical-values.js';
import { conversionFactor } from '../../knowledge/units.js';
import type { LabResult } from '../types.js';

/**
 * Interval spans (in the unit the value was printed in) that a real value of this analyte falls inside. An analyte
 * with a lower limit (sodium, haemoglobin, HbA1c) is held tightly — a third of the lowest limit to twice the highest
 * of its range doubled and its critical limit; a marker whose range starts at zero (troponin, NT-proBNP, lipase,
 * CRP) can rise a thousandfold, so only its lower side is checked.
 */
export function plausibleSpans(an: Analyte, unit: string | undefined): Bounds[] {
  const ref = bundledBounds(an);
  if (!ref || ref[1] === undefined) return [];
  const refLow = ref[0] ?? 0;
  const lo = refLow > 0 ? Math.min(refLow, an.critical?.[0] ?? Infinity) / 3 : 0;
  // A marker whose every critical value is call-now (shock's lactate, ammonia) rises far past its critical limit:
  // lactate 9.1 mmol/L is septic shock, not a misread (review s21 R3).
  const soars = criticalLimits(an.code)?.callNowWhenCritical ? (an.critical?.[1] ?? 0) * 10 : 0;
  const hi = refLow > 0 ? Math.max(ref[1] * 2, an.critical?.[1] ?? 0, soars / 2) * 2 : Math.max(ref[1] * 1000, (an.critical?.[1] ?? 0) * 3, soars);
  const f = conversionFactor(an, unit);
  // The printed unit is known: one span. Unknown or misread: any unit the table knows for the analyte.
  const factors = f !== undefined ? [f] : [...new Set([1, ...Object.values(an.units ?? {})])];
  return factors.map((k) => [lo / k, hi / k]);
}

const inside = (v: number, spans: readonly Bounds[]) => spans.some(([lo, hi]) => v >= (lo ?? 0) && v <= (hi ?? Infinity));

/** Is a value possible for the analyte in the unit printed beside it (any unit it knows when none was read)? */
export const possibleFor = (an: Analyte, unit: string | undefined, v: number): boolean => inside(v, plausibleSpans(an, unit));

export type Plausibility = { kind: 'plausible' } | { kind: 'repointed'; valueText: string; value: number } | { kind: 'impossible' } | { kind: 'unknown' };

/**
 * How far past the printed upper limit a value re-pointed at that range's precision may land and still count as
 * repaired: a point put back explains a lost point, and a value pointed by the range sits within a few times of it.
 */
export const REPOINT_REACH = 10;

/**
 * Check a read value against its analyte (and the printed range, when one was read). A whole number no unit allows
 * is re-pointed at the printed range's precision when that makes it possible, else it is impossible.
 */
export function checkPlausible(r: Pick<LabResult, 'code' | 'value' | 'valueText' | 'unit' | 'range'>): Plausibility {
  const an = r.code ? analyteByCode(r.code) : undefined;
  if (r.value === null || !an || an.qualitative) return { kind: 'unknown' };
  const spans: Bounds[] = [...plausibleSpans(an, r.unit)];
  // A printed range read cleanly is the lab's own scale: its span counts as well (units we do not know).
  const printed = r.range?.origin === 'report' ? r.range : undefined;
  if (printed?.high !== undefined && (printed.low ?? 0) > 0) spans.push([printed.low! / 3, printed.high * 4]);
  if (!spans.length) return { kind: 'unknown' };
  if (inside(r.value, spans)) return { kind: 'plausible' };
  if (!/^\d{2,}$/.test(r.valueText)) return { kind: 'impossible' };
  const places = printed ? Math.max(0, ...[...printed.text.matchAll(/\d[.,](\d+)/g)].map((m) => m[1].length)) : 0;
  // Where the point goes is the lab's own precision: without a printed range that shows it, no guess.
  for (const k of places > 0 ? [places] : []) {
    if (k >= r.valueText.length) continue;
    const v = r.value / 10 ** k;
    // The range gave the point, so the point must bring the value back to the range: one still far past its upper
    // limit ("2.31 ↑" read "2311", pointed 231.1 beside <1.7) lost more than a point (a joined mark too), and the
    // range's precision and its magnitude disagree on where the point goes — two witnesses disagreeing decide nothing.
    if (printed?.high !== undefined && v > printed.high * REPOINT_REACH) continue;
    if (inside(v, spans)) return { kind: 'repointed', value: v, valueText: v.toFixed(k) };
  }
  return { kind: 'impossible' };
}

export type PointDecision = { kind: 'as-read' | 'plausible' } | { kind: 'repointed'; valueText: string; vouched: boolean } | { kind: 'impossible' };

/**
 * Where the decimal point of a value read from a photo goes (pure). `atBreak`: the value with its point put back
 * where OCR saw the digits set apart. Evidence first — a break the knowledge base does not rule out is taken; then
 * the knowledge base alone (a number no unit allows, re-pointed at the printed range's precision); for analytes the
 * table does not know, the printed range alone (`lostDecimal`, never vouched).
 */
export function decidePoint(r: Pick<LabResult, 'code' | 'value' | 'valueText' | 'unit' | 'range'>, atBreak: string | undefined): PointDecision {
  const asRead = checkPlausible(r);
  if (atBreak !== undefined && !breakDisagreesWithRow(r, Number(atBreak), asRead)) {
    const moved = checkPlausible({ ...r, value: Number(atBreak), valueText: atBreak });
    if (moved.kind === 'plausible') return { kind: 'repointed', valueText: atBreak, vouched: true };
    if (moved.kind === 'unknown') return { kind: 'repointed', valueText: atBreak, vouched: false };
  }
  if (asRead.kind === 'impossible') return asRead;
  if (asRead.kind === 'repointed') return { kind: 'repointed', valueText: asRead.valueText, vouched: true };
  if (asRead.kind === 'plausible') return asRead;
  const printed = lostDecimal(r);
  return printed ? { kind: 'repointed', valueText: printed, vouched: false } : { kind: 'as-read' };
}

/**
 * A break OCR saw inside the digits is spacing, not a lost point, when the row itself says so: the number as read is
 * possible and sits by its own two-sided printed range ("112" glucose beside 70-99 mg/dL), while the point at the
 * break would put it an order of magnitude outside that range (1.12, a false critical-low). The range is the second
 * witness; without a two-sided printed range the break decides as before (pure).
 */
function breakDisagreesWithRow(r: Pick<LabResult, 'value' | 'range'>, moved: number, asRead: Plausibility): boolean {
  const printed = r.range?.origin === 'report' ? r.range : undefined;
  if (asRead.kind !== 'plausible' || r.value === null || printed?.low === undefined || printed.high === undefined || printed.low <= 0) return false;
  const byRange = r.value >= printed.low / 2 && r.value <= printed.high * 2;
  const farFromRange = moved < printed.low / REPOINT_REACH || moved > printed.high * REPOINT_REACH;
  return byRange && farFromRange;
}

/**
 * A whole number read where the range is printed with decimals and the number is far above it, while the same digits
 * with the range's precision fall near it ("48" beside 3.5-5.5 → "4.8"): the decimal point was lost in the photo.
 * Returns the re-pointed value text, or undefined (pure).
 */
export function lostDecimal(r: Pick<LabResult, 'value' | 'valueText' | 'range'>): string | undefined {
  if (r.value === null || !/^\d{2,}$/.test(r.valueText) || r.range?.high === undefined) return undefined;
  const places = Math.max(0, ...[...r.range.text.matchAll(/\d\.(\d+)/g)].map((m) => m[1].length));
  if (places < 1 || places >= r.valueText.length) return undefined;
  const high = r.range.high;
  const low = r.range.low ?? 0;
  if (r.value <= 3 * high) return undefined;
  const candidate = r.value / 10 ** places;
  return candidate >= low * 0.3 && candidate <= high * 3 ? candidate.toFixed(places) : undefined;
}

/**
 * A printed two-sided range within a factor of 1.6 of the analyte's bundled one, in some unit it is printed in. A sex's
 * own interval counts as the analyte's: a report prints the patient's ("CK 26-174 U/L" is a woman's, far from the
 * union 40-310 of both sexes' intervals).
 */
export function rangeIsAnalytes(an: Analyte, low: number, high: number): boolean {
  const intervals = [bundledBounds(an), an.sex?.male, an.sex?.female].filter((b): b is Bounds => b?.[0] !== undefined && b[1] !== undefined);
  const factors = [...new Set([1, ...Object.values(an.units ?? {})])];
  return intervals.some((b) => {
    const ours = ((b[0] ?? 0) + (b[1] ?? 0)) / 2;
    return factors.some((f) => {
      const ratio = (((low + high) / 2) * f) / ours;
      return ratio > 0.6 && ratio < 1.6;
    });
  });
}
