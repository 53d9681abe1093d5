// A printed unit the bundled table does not know for the analyte, matched to the nearest unit it does know (pure).
// Typos and OCR misreadings change a character or two ("mmolit", "mmolML" for mmol/L; "x10%9/L", "X10A9/L" for
// 10^9/L); a different unit is further away ("mg/dL" from "mmol/L"). The match is taken only when exactly one scale
// (conversion factor) is that near, so a repair never picks between two scales.
import { REFERENCE_TABLE, type Analyte } from '../knowledge/reference-ranges.js';
import { conversionFactor, normalizeUnit } from '../knowledge/units.js';

/**
 * A unit spelled as units are ("mg/L", "umol/L", "10^12/L") is what the lab printed, even when the table lacks it for
 * this analyte: mg/L and mg/dL, mmol/L and umol/L differ by one letter and tenfold or more. Only malformed spellings
 * are repaired.
 */
const WELL_FORMED = /^(?:10\^\d+|[kmunpf]?(?:mol|g|eq|iu|u|kat|iu|mu)|cells?|copies)\/(?:[kmudnpf]?l|h|24h|min|[mu]?mol|[mk]?g|hpf?|lpf?)$/;
let tableUnits: Set<string> | undefined;
function wellFormed(u: string): boolean {
  tableUnits ??= new Set(REFERENCE_TABLE.flatMap((a) => [normalizeUnit(a.unit), ...Object.keys(a.units ?? {})]));
  return tableUnits.has(u) || WELL_FORMED.test(u);
}

/** Plain edit distance (insert, delete, substitute = 1). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/**
 * The unit of `an` nearest to the printed one, when the printed one is not known for it: at most two edits and at
 * most a third of the unit's length, and one scale only. Undefined when the printed unit is known or nothing is near.
 */
export function nearestUnit(an: Analyte, printed: string): string | undefined {
  if (conversionFactor(an, printed) !== undefined) return undefined;
  const p = normalizeUnit(printed);
  if (wellFormed(p)) return undefined;
  const known = [...new Set([normalizeUnit(an.unit), ...Object.keys(an.units ?? {})])];
  let best = Infinity;
  let hits: string[] = [];
  for (const u of known) {
    const d = distance(p, u);
    if (d > 2 || d > u.length / 3) continue;
    if (d < best) {
      best = d;
      hits = [u];
    } else if (d === best) hits.push(u);
  }
  const scales = new Set(hits.map((u) => conversionFactor(an, u)));
  return hits.length && scales.size === 1 && !scales.has(undefined) ? hits[0] : undefined;
}
