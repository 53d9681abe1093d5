// A row's name read jointly with its unit, value and printed range (review s20 R1): a name matched to an analyte whose
// unit set (knowledge/analyte-units.ts) cannot hold the printed unit is re-read against the analytes that admit that
// unit — the nearest name by the weighted edit distance (intake/ocr-vocabulary.ts) — and kept only when the value is
// possible for it and the printed range is its range. "肌钙蛋臼I 2.8 ng/mL 0-0.03" held 钙 and was read as calcium 2.8
// "high", routine; ng/mL is never calcium's, and among the ng/mL analytes the name is troponin I: critical, "please
// check". A name that is a word of its own (Lactose, Creatine, 降钙素) is another substance, never re-read (pure).
import { admitsUnit, analytesAdmitting } from '../knowledge/analyte-units.js';
import { englishWord } from '../knowledge/english-words.js';
import { type Analyte, analyteByCode, bundledBounds } from '../knowledge/reference-ranges.js';
import { conversionFactor } from '../knowledge/units.js';
import { isAlias } from './alias-index.js';
import { isWholeWord } from './intake/name-words.js';
import { matchVocabulary } from './intake/ocr-vocabulary.js';
import { possibleFor, rangeIsAnalytes } from './intake/plausible.js';
import type { PrintedRange } from './line-tokens.js';

/**
 * A printed range that is the analyte's: a two-sided interval near its bundled one in some unit it is printed in, or,
 * for a marker whose interval starts at zero (troponin, CRP, NT-proBNP), an upper limit within a factor of five of its
 * bundled one in the printed unit (assays differ; a calcium's 2.1-2.6 is no troponin's 0-0.03).
 */
export function rangeAgrees(an: Analyte, printed: PrintedRange | undefined, unit: string | undefined): boolean {
  if (!printed || (printed.low === undefined && printed.high === undefined)) return true;
  const b = bundledBounds(an);
  if (!b) return false;
  if (b[1] === undefined) {
    // An analyte with a lower limit only (eGFR >90): a printed lower limit of about its scale is its range ("≥60").
    if (b[0] === undefined || printed.low === undefined || printed.high !== undefined) return false;
    const r = (printed.low * (conversionFactor(an, unit) ?? 1)) / b[0];
    return r > 0.4 && r < 2.5;
  }
  if (b[0] !== undefined && b[0] > 0) {
    // A one-sided printed limit ("<7.8") says little about a two-sided analyte — unless it lies beyond the analyte's
    // whole interval: an upper limit "<0.014" below calcium's lower one is no calcium's (review s21 R4).
    if (printed.low === undefined || printed.high === undefined) {
      const f = conversionFactor(an, unit) ?? 1;
      if (printed.high !== undefined) return printed.high * f >= b[0];
      return printed.low === undefined || printed.low * f <= b[1];
    }
    if (printed.low <= 0) return false;
    if (rangeIsAnalytes(an, printed.low, printed.high)) return true;
    // In the printed unit when the analyte is also printed in it (urate in mmol/L: 0.2-0.42 is 200-420 µmol/L).
    const f = conversionFactor(an, unit);
    const mid = (b[0] + b[1]) / 2;
    const ratio = f === undefined ? 0 : (((printed.low + printed.high) / 2) * f) / mid;
    return ratio > 0.6 && ratio < 1.6;
  }
  if (printed.high === undefined || printed.high <= 0) return false;
  const f = conversionFactor(an, unit) ?? 1;
  const ratio = (printed.high * f) / b[1];
  return ratio > 0.2 && ratio < 5;
}

/**
 * Is the printed name (its Latin words, or its Chinese run) a word of its own that is not the alias it was matched to
 * — a real substance spelt one or two letters from an analyte ("Lactose" / lactate, "Creatine" / creatinine,
 * "Calcitonin", "Galactose", 降钙素)? An inflected form of the alias ("Neutrophiles", "Platelets") is the alias.
 */
export function anotherSubstance(name: string, alias: string): boolean {
  const aliasLower = alias.toLowerCase().replace(/\s+/g, '');
  const words = name.match(/[A-Za-z]{4,}/g) ?? [];
  const stem = aliasLower.replace(/(?:es|s|e)$/, '');
  for (const w of words) {
    const lw = w.toLowerCase();
    // An analyte's own name is no other substance ("Creatinine kinase": a common slip for creatine kinase).
    if (!englishWord(lw) || aliasLower.includes(lw) || isAlias(w)) continue;
    if (lw.startsWith(stem) && lw.length - stem.length <= 3) continue;
    return true;
  }
  return /[\u4e00-\u9fa5]/.test(name) && isWholeWord(name) && !name.includes(alias);
}

/**
 * Do the printed unit and a two-sided printed range both fit the analyte? Then a name that is a word of another
 * substance ("Creatine 850 umol/L 44-133", "Lactose 9.1 mmol/L 0.5-2.2") is the analyte misspelt: its unit and range
 * are the analyte's, never the other substance's as reported (review s21 R3). Without either, the word stands.
 */
export function wholeRowFits(an: Analyte, unit: string | undefined, printed: PrintedRange | undefined): boolean {
  if (!unit?.trim() || !admitsUnit(an, unit)) return false;
  if (printed?.low === undefined || printed.high === undefined) return false;
  return rangeAgrees(an, printed, unit);
}

/**
 * The analyte a row's name stands for among those its printed unit admits, or undefined: no such name close enough,
 * two as close, a name of another substance, a value impossible for it or a printed range not its own.
 */
export function rereadByUnit(name: string, unit: string, value: number | null, printed: PrintedRange | undefined): Analyte | undefined {
  const admitting = analytesAdmitting(unit);
  if (!admitting.length) return undefined;
  const m = matchVocabulary(name, undefined, new Set(admitting.map((a) => a.code)));
  if (!m) return undefined;
  const an = admitting.find((a) => m.codes.includes(a.code));
  const own = an && analyteByCode(an.code);
  if (!own || (anotherSubstance(name, m.alias) && !wholeRowFits(own, unit, printed))) return undefined;
  if (value !== null && !possibleFor(own, unit, value)) return undefined;
  return rangeAgrees(own, printed, unit) ? own : undefined;
}

/**
 * Are both the value and the printed range at least ten times off the analyte's interval in the printed unit (a unit it
 * admits), and are they another test's of that unit? Then the row is that test's under this name. Neither alone is
 * enough: a critical troponin is a hundred times its limit, and assays and age groups print their own ranges.
 */
export function magnitudeMismatch(an: Analyte, unit: string | undefined, value: number, printed: PrintedRange | undefined): boolean {
  const b = bundledBounds(an);
  const f = unit ? conversionFactor(an, unit) : undefined;
  if (!b || b[1] === undefined || f === undefined || printed?.high === undefined || printed.high <= 0) return false;
  const lo = b[0] ?? 0;
  const hi = b[1];
  const far = (x: number, ref: number) => x > ref * 10 || x < ref / 10;
  const v = value * f;
  const valueOff = v > hi * 10 || (lo > 0 && v < lo / 10);
  const rangeOff =
    lo > 0 && printed.low !== undefined && printed.low > 0 ? far(((printed.low + printed.high) / 2) * f, (lo + hi) / 2) : far(printed.high * f, hi);
  if (!valueOff || !rangeOff || printed.low === undefined || printed.low <= 0) return false;
  // And the row is another analyte's: its two-sided printed range and its value are those of a test printed in the
  // same unit (a neonate's bilirubin 22 mg/dL with 0-12 is far from the adult interval, but no other test's row).
  return rangeOwners(an, unit, value, printed).length > 0;
}

/**
 * The other analytes whose row this may be: printed in the same unit, the two-sided printed range theirs and the value
 * possible for them ("Sodium 6.9 mmol/L 3.5-5.1" is potassium's range). Their critical limits still hold for the value
 * (review s21 R1: a critical is never withdrawn by reading the row as nobody's).
 */
export function rangeOwners(an: Analyte, unit: string | undefined, value: number, printed: PrintedRange | undefined): Analyte[] {
  if (printed?.low === undefined || printed.high === undefined || printed.low <= 0) return [];
  const { low, high } = printed;
  return analytesAdmitting(unit ?? '').filter(
    (x) => x.code !== an.code && (bundledBounds(x)?.[0] ?? 0) > 0 && rangeIsAnalytes(x, low, high) && possibleFor(x, unit, value),
  );
}
