// A printed unit the bundled table does not know for the analyte, matched to the nearest unit it does know (pure).
// Typos and OCR misreadings change a character or two ("mmolit", "mmolML" for mmol/L; "x10%9/L", "X10A9/L" for
// 10^9/L); a different unit is further away ("mg/dL" from "mmol/L"). The match is taken only when exactly one scale
// (conversion factor) is that near, so a repair never picks between two scales.
import { REFERENCE_TABLE, type Analyte } from '../knowledge/reference-ranges.js';
import { conversionFactor, displayUnit, normalizeUnit } from '../knowledge/units.js';

/**
 * A unit spelled as units are ("mg/L", "umol/L", "10^12/L") is what the lab printed, even when the table lacks it for
 * this analyte: mg/L and mg/dL, mmol/L and umol/L differ by one letter and tenfold or more. Only malformed spellings
 * are repaired.
 */
const WELL_FORMED = /^(?:10\^\d+|[kmunpf]?(?:mol|g|eq|iu|u|kat|iu|mu)|cells?|copies)\/(?:[kmudnpf]?l|h|24h|min|[mu]?mol|[mk]?g|hpf?|lpf?)$/;
let tableUnits: Set<string> | undefined;
function wellFormed(u: string): boolean {
  if (!u) return false;
  tableUnits ??= new Set(REFERENCE_TABLE.flatMap((a) => [normalizeUnit(a.unit), ...Object.keys(a.units ?? {})]));
  return tableUnits.has(u) || WELL_FORMED.test(u);
}

/** Is the text a unit as units are spelt ("mmol/L", "pg/mL", "10^9/L")? A photo's cell that is one is no test name. */
export const isUnitSpelling = (text: string): boolean => wellFormed(normalizeUnit(text.trim()));

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

/** The analyte's own spellings (canonical first) with each one's edit distance from a printed spelling and its scale. */
function spellingsNear(an: Analyte, p: string): { u: string; d: number; factor: number | undefined }[] {
  const known = [...new Set([normalizeUnit(an.unit), ...Object.keys(an.units ?? {})])];
  return known.map((u) => ({ u, d: distance(p, u), factor: conversionFactor(an, u) }));
}

/**
 * The unit of `an` nearest to the printed one, when the printed one is not known for it: at most two edits and at
 * most a third of the unit's length, and one scale only. Undefined when the printed unit is known or nothing is near.
 */
export function nearestUnit(an: Analyte, printed: string): string | undefined {
  if (conversionFactor(an, printed) !== undefined) return undefined;
  const p = normalizeUnit(printed);
  if (wellFormed(p)) return undefined;
  const near = spellingsNear(an, p).filter((c) => c.d <= 2 && c.d <= c.u.length / 3);
  const best = Math.min(...near.map((c) => c.d));
  const hits = near.filter((c) => c.d === best);
  const scales = new Set(hits.map((c) => c.factor));
  return hits.length && scales.size === 1 && !scales.has(undefined) ? hits[0].u : undefined;
}

/**
 * A unit cell read by OCR that spells no unit of the analyte, read as the analyte's unit of the scale its value and
 * printed range already show (pure). OCR drops or merges the slash and misreads look-alike letters ("UAL", "un",
 * "gn", "mgd" for U/L, g/L, mg/dL; "μg" for pg; "μmol/L" for pmol/L beside free T3), so the cell is a misreading
 * of one of a handful of spellings the table knows — and the scale (`factor`, from the printed range or the value)
 * says which. Taken only when a spelling of that scale is at most two edits away, shares at least a character in
 * place (a first letter, or a single edit), and no spelling of another scale is as near: a cell that could be
 * either scale is left unread. Returns the unit as the analyte prints it, or undefined.
 */
export function unitOfScale(an: Analyte, printed: string, factor: number): string | undefined {
  if (conversionFactor(an, printed) !== undefined) return undefined;
  const p = normalizeUnit(printed);
  if (!p) return undefined;
  const all = spellingsNear(an, p);
  // The same unit spelt with a power sign ("1.73m*2" for 1.73m²) is as printed, not misread.
  const bare = (u: string) => u.replace(/[*^]/g, '');
  if (all.some((c) => bare(c.u) === bare(p))) return undefined;
  const ranked = all.filter((c) => c.d <= 2 && c.d < c.u.length && (c.d <= 1 || p[0] === c.u[0])).map((c) => ({ ...c, same: c.factor === factor }));
  const [best, second] = ranked.filter((c) => c.same).sort((a, b) => a.d - b.d);
  // Two spellings of the scale equally near ("m/ul", "t/l" for red cells) is a guess at the spelling: left as read.
  if (!best || second?.d === best.d || ranked.some((c) => !c.same && c.d <= best.d)) return undefined;
  return best.u === normalizeUnit(an.unit) ? an.unit : displayUnit(best.u);
}
