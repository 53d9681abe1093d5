// Which units each analyte of the closed table can be printed in (its canonical unit, every SI / conventional /
// Chinese spelling of reference-ranges.ts `units` and `alsoPrinted`, and another assay's `otherAssays`), and the reverse: which analytes a printed unit admits. A unit is
// evidence about the name: "ng/mL" can never be a calcium, "U/L" never a creatinine, so a name read as an analyte whose
// unit set lacks the printed unit is misread when the unit belongs to other analytes (review s20 R1: "肌钙蛋臼I 2.8
// ng/mL" was read as calcium 2.8 "high"). A unit no analyte knows (a rare spelling, OCR damage) says nothing. Pure.
import { type Analyte, REFERENCE_TABLE } from './reference-ranges.js';
import { normalizeUnit } from './units.js';

/** The analyte's admissible units, normalised (normalizeUnit). Empty for an analyte printed without a unit (INR, pH). */
export function admittedUnits(an: Analyte): ReadonlySet<string> {
  return new Set(
    [...(an.unit ? [normalizeUnit(an.unit)] : []), ...Object.keys(an.units ?? {}), ...Object.keys(an.alsoPrinted ?? {}), ...(an.otherAssays ?? [])].filter(
      Boolean,
    ),
  );
}

const BY_UNIT = new Map<string, Analyte[]>();
for (const an of REFERENCE_TABLE)
  for (const u of admittedUnits(an)) {
    const list = BY_UNIT.get(u) ?? [];
    list.push(an);
    BY_UNIT.set(u, list);
  }

/** Does the analyte admit this printed unit? */
export function admitsUnit(an: Analyte, unit: string): boolean {
  return admittedUnits(an).has(normalizeUnit(unit));
}

/** Every analyte of the table that admits this printed unit (none for a unit the table does not know). */
export function analytesAdmitting(unit: string): readonly Analyte[] {
  return BY_UNIT.get(normalizeUnit(unit)) ?? [];
}

/** Is this a unit some analyte of the table is printed in? */
export function knownLabUnit(unit: string): boolean {
  return BY_UNIT.has(normalizeUnit(unit));
}

/**
 * Does the printed unit veto reading the row as `an`? Only when the analyte has units of its own, none of them is the
 * printed one, and the printed unit is one other analytes are printed in — so a name that fits the unit exists.
 */
export function unitVetoes(an: Analyte, unit: string | undefined): boolean {
  if (!unit?.trim() || admittedUnits(an).size === 0) return false;
  return !admitsUnit(an, unit) && knownLabUnit(unit);
}
