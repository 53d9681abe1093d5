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

/** A count per volume or per field with a power-of-ten or SI multiplier ("10^12/l", "10^6/ul", "k/ul", "thou/mm3"). */
const SCALED_COUNT = /^(?:10\^\d+|k|m|mil|thou|t)\/(?:l|ul|nl|mm3)$/;
/**
 * A bare count — cells per microlitre, cubic millimetre or microscope field ("/μL", "cells/uL", "/HP", "个/μL"): the
 * unit every cell is counted in, in any specimen (a urine sediment's red cells, a CSF's white cells), so it names no
 * analyte — only the scale, which the printed range carries.
 */
const BARE_COUNT = /^(?:cells|个)?\/(?:ul|mm3|cumm|cu\.mm|hp|hpf|lp|lpf)$/;

/** Is the analyte a count of cells (some unit it admits is a count per volume)? */
function countsCells(an: Analyte): boolean {
  return [...admittedUnits(an)].some((u) => SCALED_COUNT.test(u) || BARE_COUNT.test(u));
}

/**
 * Does the printed unit veto reading the row as `an`? Only when the analyte has units of its own, none of them is the
 * printed one, and the printed unit is one other analytes are printed in — so a name that fits the unit exists. A bare
 * count on a cell count never does: "红细胞 RBC 38.6 /μL 0-17" is a urine sediment's red cells, not another test
 * (report-texts-22 rt22-03 lost its code to the veto in s21).
 */
export function unitVetoes(an: Analyte, unit: string | undefined): boolean {
  if (!unit?.trim() || admittedUnits(an).size === 0) return false;
  if (BARE_COUNT.test(normalizeUnit(unit)) && countsCells(an)) return false;
  return !admitsUnit(an, unit) && knownLabUnit(unit);
}
