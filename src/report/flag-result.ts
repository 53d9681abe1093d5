// Deterministic flag of one read row (pure): the printed range first, else the bundled range in the report's unit;
// critical limits from the bundled table in canonical units; the report's own markers honoured. A unit the table
// does not know for the analyte is matched to the nearest one it knows (a typo or an OCR misreading: "mmolit",
// "x10%9/L"); when none is near and the caller says units may be misread (OCR), the unit is treated as unread.
import type { LabFlag, ReferenceRange } from './types.js';
import { compareToRange, criticalFlag, qualitativeFlag, relativeCritical } from './flag.js';
import type { Specimen } from '../knowledge/critical-values.js';
import type { LineTokens, PrintedRange } from './line-tokens.js';
import { bundledBounds, boundsText, type Analyte } from '../knowledge/reference-ranges.js';
import {
  conversionFactor,
  criticalUnderEveryUnit,
  displayUnit,
  inferFactor,
  normalizeUnit,
  systemUnit,
  unitForFactor,
  unitOfRange,
  unitOfUpperLimit,
  type UnitSystem,
} from '../knowledge/units.js';
import { possibleFor, rangeIsAnalytes } from './intake/plausible.js';
import { analytesAdmitting } from '../knowledge/analyte-units.js';
import { nearestUnit, unitOfScale } from './unit-repair.js';

export interface FlagOptions {
  sex?: 'male' | 'female';
  /** Units were read by OCR: one the analyte does not know is unread, not a different scale. */
  unitsMayBeMisread?: boolean;
  /** Where the row was measured (specimen.ts); blood unless the row or its section says otherwise. */
  specimen?: Specimen;
  /** The unit system the report's other rows print (units.ts reportUnitSystem): a value printed without a unit is read in it. */
  unitSystem?: UnitSystem;
}

const round = (x: number): number => Number(x.toPrecision(3));

function rangeOf(tok: LineTokens, sex: 'male' | 'female' | undefined): PrintedRange | undefined {
  if (tok.range) return tok.range;
  const s = tok.sexRanges;
  if (!s) return undefined;
  if (sex && s[sex]) return s[sex];
  const lo = Math.min(s.male?.low ?? Infinity, s.female?.low ?? Infinity);
  const hi = Math.max(s.male?.high ?? -Infinity, s.female?.high ?? -Infinity);
  return {
    low: Number.isFinite(lo) ? lo : undefined,
    high: Number.isFinite(hi) ? hi : undefined,
    text: [s.male?.text, s.female?.text].filter(Boolean).join(' / '),
  };
}

/** A row's flag, its range and unit as judged, and the doubt left when its printed unit and printed range disagree. */
export interface FlagReading {
  flag: LabFlag;
  range?: ReferenceRange;
  unit?: string;
  /** The printed unit and printed range disagree and the row may be read either way: "please check" (review s21 R2/R5). */
  doubt?: true;
  /** A critical the analyte's own limits give one reading of a doubted row, kept as a "please check" entry. */
  doubtedCritical?: LabFlag;
}

export function flagResult(an: Analyte | undefined, tok: LineTokens, o: FlagOptions = {}): FlagReading {
  const sex = o.sex;
  const printed = rangeOf(tok, sex);
  // Qualitative results.
  if (tok.value === null && tok.countRange) {
    // A count printed as a span ("25-30 /HP"): above the range when its low end is, below when its high end is.
    if (printed?.high === undefined && printed?.low === undefined) return { flag: tok.marker ?? 'unknown' };
    const c = tok.countRange;
    const flag: LabFlag = printed.high !== undefined && c.low > printed.high ? 'high' : printed.low !== undefined && c.high < printed.low ? 'low' : 'normal';
    return { flag, range: { low: printed.low, high: printed.high, text: printed.text, origin: 'report' } };
  }
  if (tok.value === null) {
    // A descriptive value the printed range names ("Trace" within "Negative/Trace", "Clear", "淡黄色") is normal.
    const said = tok.valueText.toLowerCase().replace(/\s+/g, '_');
    if (printed?.accepts?.includes(said)) return { flag: 'normal', range: { text: printed.text, origin: 'report' } };
    const expectNeg = printed?.expect === 'negative' || (!printed && an?.qualitative === 'negative');
    const range: ReferenceRange | undefined = printed
      ? { text: printed.text, origin: 'report' }
      : an?.qualitative
        ? { text: '阴性 / negative', origin: 'bundled' }
        : undefined;
    return { flag: qualitativeFlag(tok, expectNeg), range };
  }
  // Factor from the report's unit into the canonical unit (or inferred when no unit is printed).
  // "mg/L FEU": the qualifier says what D-dimer is measured as; the scale is the unit's.
  const unit = tok.unit?.replace(/\s+(?:FEU|DDU)$/i, '');
  let factor = an ? conversionFactor(an, unit) : undefined;
  if (an && factor === undefined && unit) {
    const near = nearestUnit(an, unit);
    if (near) factor = conversionFactor(an, near);
  }
  const unitUnread = !tok.unit || (o.unitsMayBeMisread && factor === undefined);
  let assumed = false;
  let systemKey: string | undefined;
  if (an && factor === undefined && unitUnread) {
    const pb =
      printed && (printed.low !== undefined || printed.high !== undefined)
        ? ([printed.low, printed.high] as [number | undefined, number | undefined])
        : undefined;
    factor = inferFactor(an, tok.value, pb);
    // No unit printed and two plausible: the report's own unit system decides ("血糖 25" on a Chinese report is
    // 25 mmol/L, high — read as mg/dL it was a critically LOW glucose with the opposite advice).
    if (factor === undefined && !tok.unit && o.unitSystem && !pb) {
      const sys = systemUnit(an, tok.value, o.unitSystem);
      if (sys) {
        factor = sys.factor;
        assumed = true;
        systemKey = sys.key;
      }
    }
    // Critical in every unit it could be in ("Hb 55", "葡萄糖 35"): judged in the likeliest, the unit said assumed (R4).
    if (factor === undefined && !tok.unit && (o.specimen ?? 'blood') === 'blood') {
      factor = criticalUnderEveryUnit(an, tok.value);
      assumed = factor !== undefined;
    }
  }
  // OCR: the unit cell read as the analyte's unit of the scale just decided (unit-repair.ts unitOfScale), so the unit
  // shown is the one the flag used; a cell that fits no scale stays as read (and unused).
  // A unit taken from the report's unit system is the result's unit, so every later reading (call-now) uses it.
  const readUnit = o.unitsMayBeMisread && an && unit && factor !== undefined ? unitOfScale(an, unit, factor) : systemKey ? displayUnit(systemKey) : undefined;
  const withUnit = <T extends { flag: LabFlag; range?: ReferenceRange }>(x: T): T & { unit?: string } => (readUnit ? { ...x, unit: readUnit } : x);
  const specimen = o.specimen ?? 'blood';
  // A printed range far from ours means a different unit or specimen than we assume: no critical call on it alone. But
  // a unit printed beside the value (typed text, not an OCR cell) is evidence too, read jointly with the range's:
  const unitPrinted = !!tok.unit && !unitUnread && !assumed && !o.unitsMayBeMisread;
  if (an && factor !== undefined && printed?.low !== undefined && printed.high !== undefined) {
    const ours = bundledBounds(an, sex);
    if (ours?.[0] !== undefined && ours[1] !== undefined) {
      const ratio = (((printed.low + printed.high) / 2) * factor) / ((ours[0] + ours[1]) / 2);
      // A pure number (INR: units {'': 1}) has no other scale: a range far from ours is a target ("INR 5.8 target 2-3").
      const pureNumber = Object.keys(an.units ?? { x: 1 }).every((u) => u === '');
      if (!(ratio > 0.4 && ratio < 2.5) && !pureNumber) {
        const rangeIn = unitPrinted ? unitOfRange(an, printed.low, printed.high, factor) : undefined;
        if (rangeIn) return rangeInOtherUnit(an, { ...tok, value: tok.value }, { ...printed, low: printed.low, high: printed.high }, factor, rangeIn, specimen);
        // The range is this analyte's in no unit but another test's: the value in its printed unit still meets the
        // analyte's own limits, and a critical there is kept as "please check" (review s21 R5: "血钾 2.4 mmol/L 137-147"
        // was only "low", routine) — never a call-now alarm on a row that disagrees with itself.
        // Only where the range is another test's of that unit (a name and range swapped): a urine sediment's "WBC 1265
        // /μL 0-28" is no blood count's critical (report-texts-22 rt22-03).
        const othersRange =
          unitPrinted &&
          analytesAdmitting(tok.unit ?? '').some(
            (x) => x.code !== an.code && (bundledBounds(x)?.[0] ?? 0) > 0 && rangeIsAnalytes(x, printed.low ?? 0, printed.high ?? 0),
          );
        // Review s22 S2: the range judged another test's gives the row no high/low (a potassium of 7.1 was "low" against
        // 137-147) — unjudged, please check; and a value critical in the row's own printed unit for the named analyte
        // (a value it can have) is that analyte's critical: the unit is the analyte's, only the range is swapped.
        // (The no-high/low half for a non-critical value is not switched on: it cost 8 study flags, report-texts 1…22.)
        const own = othersRange && possibleFor(an, tok.unit, tok.value) ? criticalFlag(an, tok.value * factor, tok.op, specimen) : undefined;
        if (own) return { flag: own, range: { text: printed.text, origin: 'report' }, doubt: true };
        factor = undefined;
      }
    }
  }
  // A ONE-SIDED printed limit in another of the analyte's units ("Troponin T 8 ng/L <0.014 ug/L", "Glucose 90 mg/dL <5.6")
  // is converted into the value's unit like a two-sided range (review s22 S3: 8 ng/L was "critically high" against 0.014,
  // call-now on a normal troponin). Judged in one unit: the value's printed one.
  if (an && factor !== undefined && unitPrinted && printed?.high !== undefined && !printed.low) {
    const top = an.range?.[1] ?? an.sex?.male[1];
    const ratio = top ? (printed.high * factor) / top : undefined;
    const rangeIn = ratio !== undefined && !(ratio > 0.4 && ratio < 2.5) ? unitOfUpperLimit(an, printed.high, factor) : undefined;
    if (rangeIn) {
      const unitText = tok.unit ?? '';
      const high = round((printed.high * rangeIn.factor) / factor);
      const range: ReferenceRange = {
        low: printed.low,
        high,
        text: `${printed.text} ${displayUnit(rangeIn.key)} = ${boundsText([printed.low, high])} ${unitText}`.trim(),
        origin: 'report',
      };
      const critical = criticalFlag(an, tok.value * factor, tok.op, specimen);
      if (!critical && relativeCritical(an, tok.value, tok.op, high, specimen)) return withUnit({ flag: 'critical-high', range });
      return withUnit({ flag: critical ?? compareToRange(tok, { low: printed.low, high, text: range.text }), range });
    }
  }
  const critical = criticalFlag(an, factor === undefined ? undefined : tok.value * factor, tok.op, specimen);
  if (printed && (printed.low !== undefined || printed.high !== undefined)) {
    const flag = compareToRange(tok, printed);
    // Assay-dependent tests (troponins, clotting times): critical at a multiple of the report's own upper limit.
    if (!critical && relativeCritical(an, tok.value, tok.op, printed.high, specimen)) {
      return withUnit({ flag: 'critical-high', range: { low: printed.low, high: printed.high, text: printed.text, origin: 'report' } });
    }
    return withUnit({ flag: critical ?? flag, range: { low: printed.low, high: printed.high, text: printed.text, origin: 'report' } });
  }
  // A urine, CSF or fluid row of a blood test with no printed range is not judged against the blood interval
  // ("尿肌酸酐 7.0 mmol/L" is no creatinine far above 0.11 mmol/L); the urine tests (u-*) carry their own intervals.
  if (an && factor !== undefined && (specimen === 'blood' || an.code.startsWith('u-'))) {
    const b = bundledBounds(an, sex);
    if (b) {
      const low = b[0] === undefined ? undefined : round(b[0] / factor);
      const high = b[1] === undefined ? undefined : round(b[1] / factor);
      const unitText = readUnit ?? tok.unit ?? (factor === 1 ? an.unit : displayUnit(unitForFactor(an, factor) ?? an.unit));
      const sexNote = an.sex && !sex ? '（男女合并 / both sexes）' : '';
      const assumedNote = assumed ? `（未印单位，按 ${unitText} 判断，请核对 / no unit printed: read as ${unitText}, please check）` : '';
      const text = `${boundsText([low, high])} ${unitText}`.trim() + sexNote + assumedNote;
      const flag = compareToRange(tok, { low, high, text });
      return withUnit({ flag: critical ?? flag, range: { low, high, text, origin: 'bundled' } });
    }
  }
  if (critical) return withUnit({ flag: critical });
  return { flag: tok.marker ?? 'unknown' };
}

/**
 * A row whose printed range is the analyte's interval in ANOTHER of its units than the value's printed one ("Glucose
 * 45 mg/dL 3.9-6.1", "Glucose 1.9 mmol/L 70-99", "血红蛋白 48 g/L 11.5-15.0"): both the value's unit and the range's
 * are read. The value in its printed unit is judged against the range converted into that unit and the analyte's
 * critical limits; when the value is possible in the range's unit as well (the printed unit may be the slip), that
 * reading is weighed too — the same verdict stands, two criticals keep the printed one, and readings that disagree
 * leave the row unjudged with any critical of either kept as "please check". A value possible only in the range's unit
 * is read in it, shown in that unit, "please check". Before (review s21 R2) the range alone was compared: 45 mg/dL
 * (2.5 mmol/L, critically low) was "high" and 1.9 mmol/L only "low".
 */
function rangeInOtherUnit(
  an: Analyte,
  tok: LineTokens & { value: number },
  printed: PrintedRange & { low: number; high: number },
  factor: number,
  rangeIn: { key: string; factor: number },
  specimen: Specimen,
): FlagReading {
  const unit = tok.unit ?? '';
  const k = rangeIn.factor / factor;
  const low = round(printed.low * k);
  const high = round(printed.high * k);
  const converted: ReferenceRange = {
    low,
    high,
    text: `${printed.text} ${displayUnit(rangeIn.key)} = ${boundsText([low, high])} ${unit}`,
    origin: 'report',
  };
  const asPrinted: ReferenceRange = { low: printed.low, high: printed.high, text: `${printed.text} ${displayUnit(rangeIn.key)}`, origin: 'report' };
  const mine = possibleFor(an, unit, tok.value)
    ? (criticalFlag(an, tok.value * factor, tok.op, specimen) ?? compareToRange(tok, { low, high, text: converted.text }))
    : undefined;
  // The other reading must be a value a living person has, not only one an OCR check lets pass (9.4 mmol/L is no
  // calcium, so "Calcium 9.4 mg/dL 2.1-2.6" is 2.35 mmol/L and normal; nor is 2.35 mg/dL, so "钙 2.35 mmol/L 8.6-10.3"
  // is normal): for an analyte whose interval starts above zero, within half its lower critical limit and twice the
  // interval's top or 1.5× the upper critical limit.
  const isCritical = (f: LabFlag | undefined) => f === 'critical-high' || f === 'critical-low';
  const ref = bundledBounds(an);
  const living = (canonical: number): boolean =>
    !ref?.[0] || ref[1] === undefined || (canonical >= (an.critical?.[0] ?? 0) * 0.5 && canonical <= Math.max(ref[1] * 2, (an.critical?.[1] ?? 0) * 1.5));
  const theirs =
    possibleFor(an, rangeIn.key, tok.value) && living(tok.value * rangeIn.factor)
      ? (criticalFlag(an, tok.value * rangeIn.factor, tok.op, specimen) ?? compareToRange(tok, printed))
      : undefined;
  if (mine && !theirs) return { flag: mine, range: converted };
  // Read in the range's unit, the printed one is the slip — but a value that would be critical as printed (a glucose of
  // 15 mg/dL is rare, not impossible) keeps that alarm as "please check".
  if (!mine && theirs) {
    const asTyped = criticalFlag(an, tok.value * factor, tok.op, specimen);
    return {
      flag: theirs,
      range: asPrinted,
      unit: displayUnit(rangeIn.key),
      doubt: true,
      ...(asTyped && !isCritical(theirs) ? { doubtedCritical: asTyped } : {}),
    };
  }
  // Neither reading passes the plausibility spans (made to reject OCR misreads, narrower than what the sickest patients
  // have: a leukaemic WBC of 65 ×10^9/L, a glucose of 0.9 mmol/L): the value in its printed unit still meets the
  // analyte's own critical limits, and the range converted agrees with that unit — the critical stands (review s22 S1:
  // "WBC 65 x10^9/L 4000-11000 /uL" was unjudged and routine). No critical: unjudged, please check, as before.
  if (!mine && !theirs) {
    const asTyped = criticalFlag(an, tok.value * factor, tok.op, specimen);
    return asTyped ? { flag: asTyped, range: converted } : { flag: 'unknown', range: converted, doubt: true };
  }
  // The range printed its own unit, the one its size says, beside the value's other printed unit: two units, no slip
  // to weigh (report-texts-26 rt26-26: "Magnesium 1.5 mg/dL", "Range: 0.70–1.00 mmol/L" is low, was unjudged). A
  // critical in either reading still leaves the row to the rules below (unjudged, please check): 3.2 mg/dL of calcium
  // is more likely a slip than 0.8 mmol/L.
  // Not when the lab's own H/L/↑/↓ points the other way (it agrees with the slip reading: review s26 R2, "Magnesium 1.5
  // mg/dL 0.70-1.00 mmol/L H"), nor when the two readings point opposite ways and the printed unit's reading is a low
  // the analyte has no critical-low limit for — a low lactate means nothing, so "Lactate 3.5 mg/dL 0.5-2.2 mmol/L"
  // (0.39 mmol/L) is more likely a hyperlactataemia in the wrong unit (R3); a low magnesium or phosphate is a finding.
  // The analyte's critical limits are the home of "this side matters"; no magnitude bound separates these (0.39 of
  // 0.5 mmol/L lactate lies nearer its range than 2.0 of 3.4 µmol/L bilirubin).
  const rangeUnitPrinted = printed.unit !== undefined && normalizeUnit(printed.unit) === rangeIn.key;
  const labAgrees = !tok.criticalMark && (!tok.marker || tok.marker === direction(mine));
  const opposite = direction(mine) !== undefined && direction(theirs) !== undefined && direction(mine) !== direction(theirs);
  const meaningful = !opposite || direction(mine) === 'high' || an.critical?.[0] !== undefined;
  if (mine && theirs && rangeUnitPrinted && labAgrees && meaningful && !isCritical(mine) && !isCritical(theirs)) {
    return { flag: mine, range: converted };
  }
  if (!mine || !theirs) return { flag: 'unknown', range: converted, doubt: true };
  if (mine === theirs) return { flag: mine, range: converted };
  if (isCritical(mine) && isCritical(theirs)) return { flag: mine, range: converted, doubt: true };
  return { flag: 'unknown', range: converted, doubt: true, doubtedCritical: isCritical(mine) ? mine : isCritical(theirs) ? theirs : undefined };
}

/** The side a flag is on, critical or not. */
const direction = (f: LabFlag | undefined): 'high' | 'low' | undefined =>
  f === 'high' || f === 'critical-high' ? 'high' : f === 'low' || f === 'critical-low' ? 'low' : undefined;

/**
 * The report's own markers win over our comparison when they say more: HH/LL make a value critical, H/L make a value
 * our range calls normal (or cannot judge) high/low. The disagreement is kept as `printedFlag`.
 */
export function honourMarker(flag: LabFlag, tok: LineTokens): { flag: LabFlag; printedFlag?: LabFlag } {
  if (!tok.marker && tok.criticalMark) {
    // "危急值" beside a value our range calls high or low: the lab calls it critical on that side.
    const side: LabFlag = flag === 'high' ? 'critical-high' : flag === 'low' ? 'critical-low' : flag;
    return side === flag ? { flag } : { flag: side, printedFlag: side };
  }
  if (!tok.marker) return { flag };
  const printed: LabFlag = tok.markerCritical ? (tok.marker === 'high' ? 'critical-high' : 'critical-low') : tok.marker;
  if (printed === flag || (direction(flag) === tok.marker && !tok.markerCritical)) return { flag };
  if (direction(flag) === undefined || direction(flag) === tok.marker) return { flag: printed, printedFlag: printed };
  // Opposite directions: keep our comparison, show the report's marker.
  return { flag, printedFlag: printed };
}
