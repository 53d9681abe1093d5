// parseLabReport: pasted lab text (Chinese or English; tables, "name: value unit range", arrows and H/L markers)
// → typed results with deterministic flags. Pure; the explanation step lives in interpret.ts (RAG).
import type { LabFlag, LabReport, LabResult, SkippedLine } from './types.js';
import { aliasAtNameStart, aliasAtStart, aliasWithin, isAlias } from './alias-index.js';
import { flagResult, honourMarker } from './flag-result.js';
import { pleaseCheckEntry } from './please-check.js';
import { criticalNoticePieces, quotedValues } from './critical-notice.js';
import {
  isFlagWord,
  isValueToken,
  isWordResult,
  markTitres,
  readTokens,
  setChangeHeaderAbove,
  shownTitre,
  splitTokens,
  valueIndex,
  type LineTokens,
} from './line-tokens.js';
import { columnRole, isChangeColumn } from './column-roles.js';
import { analyteByCode, PANELS, REFERENCE_TABLE, type Analyte, type PanelId } from '../knowledge/reference-ranges.js';
import { reportUnitSystem, unitFits } from '../knowledge/units.js';
import { knownLabUnit, unitVetoes } from '../knowledge/analyte-units.js';
import { readStructures } from './structure.js';
import { rangeListFlag } from './range-list.js';
import { checkDropped, type UndecidedRow, withholdUndecided } from './serial-undecided.js';
import { bloodGroupRow, unreadBloodGroup } from './blood-group.js';
import { toSimplified } from '../core/han-variants.js';
import { bracketOnly, cleanLine, isProse, joinRecords, splitAtRules, nameSupport, stripLabels, type RowSegment } from './rows.js';
import { meterReading } from './meter-reading.js';
import { bindNameNumber } from './name-number.js';
import { repairTypedName } from './name-repair.js';
import { magnitudeMismatch, rangeAgrees, rangeOwners, rereadByUnit } from './unit-reading.js';
import {
  criteriaList,
  maskClockTimes,
  ROW_SHAPE_MESSAGES,
  referenceLimit,
  rowShape,
  spelledComparator,
  type RowShape,
  type RowShapeReason,
} from './row-shape.js';
import { CLOSE_LOOKALIKE } from './intake/ocr-names.js';
import { digitsForLetters, joinCutValue } from './value-repair.js';
import { opensSusceptibility, susceptibilityRow } from './susceptibility.js';
import { possibleFor } from './intake/plausible.js';
import { bloodPh, namesBlood, reportSpecimens, rowSpecimen, type ReportSpecimens } from './specimen.js';

export interface ParseLabOptions {
  /** Picks sex-specific bundled ranges; detected from "性别：男" / "Sex: F" when not given. */
  sex?: 'male' | 'female';
  /** The text was read by OCR: a unit the analyte does not know is treated as unread (flag-result.ts). */
  unitsMayBeMisread?: boolean;
  /** Read misspelt test names against the table (name-repair.ts; default true for typed text, never for OCR). */
  repairNames?: boolean;
  /** A PDF text layer: a blank under a cumulative table's current column is no current value (serial-row.ts, review s44). */
  blankCurrentIsNone?: boolean;
}

const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const SUP_MAP: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
const LAB_UNIT = /\/|%|^(?:fl|pg|s|sec|秒|mmhg|kpa|ratio|index)$/i;
const TIME_QUALIFIER =
  /^\s*(?:[（(][^)）]{0,20}[)）]|(?:餐后|post[- ]?(?:meal|prandial))\s*\d+(?:\.\d+)?\s*-?\s*(?:h|hr|hrs|hours?|小时)\b|\d+(?:\.\d+)?\s*-?\s*(?:h|hr|hrs|hours?|小时)\s*(?:post[- ]?(?:meal|prandial)|pc|after (?:a )?meal|餐后))/i;
const URINE_SECTION = /尿常规|尿液分析|尿液检查|尿分析|urinalysis|urine (?:test|analysis|dipstick)/i;
const SECTION_HEADER = new RegExp(
  [...Object.values(PANELS).flatMap((p) => [p.zh, p.en]), '生化', '血液', 'chemistry', 'hematology', 'panel'].map((s) => s.replace(/[()]/g, '\\$&')).join('|'),
  'i',
);

/** NFKC (full-width → ASCII), superscript powers → ^n, range separators without spaces. */
export function normalizeLine(line: string): string {
  let s = line
    // A superscript letter is a footnote mark ("阳性ᵃ", "细菌(BACT)ᵇ"): NFKC would glue it to the value as a letter.
    .replace(/[\u1d43-\u1d5b\u1d9c-\u1dbf\u2071\u207f]/g, '')
    // So is a superscript number standing alone after a name ("hs-Troponin I ¹   812 H"): NFKC made it a value of 1.
    .replace(/(^|\s)[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s|$)/g, '$1')
    .replace(/10([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_, p: string) => `10^${[...p].map((c) => SUP_MAP[c]).join('')}`)
    .replace(SUPERSCRIPT, (p) => [...p].map((c) => SUP_MAP[c]).join(''));
  // "≧60", "≦5" (Taiwan, Japan) are ≥ and ≤; NFKC keeps them.
  s = s
    .normalize('NFKC')
    .replace(/\u3000/g, ' ')
    .replace(/≧/g, '≥')
    .replace(/≦/g, '≤');
  // A span runs upward: a dash set apart on both sides between a number and a smaller one ("2140   -   388", a serial
  // row's not-done cell between two results) separates two cells, it joins no range. (A dash against the next number
  // is its sign, "140 -2 138" a change cell: read as before.)
  // (Numbers with a comma, a decimal or thousands one, are not compared: they join as before.)
  s = s.replace(/(\d(?:[\d.,]*\d)?)(\s*)(?:-{1,2}|~|～|–|—|－|至|到)(\s*)(?=(\d[\d.,]*))/g, (m, a: string, s1: string, s2: string, b: string) =>
    s1 && s2 && Number(a) > Number(b) ? m : `${a}-`,
  );
  s = s.replace(/([<>])\s*or\s*=\s*/gi, '$1=');
  // Ordinals are not results: "99th percentile" → "#99th".
  s = s.replace(/(^|[^\d.#])(\d+(?:st|nd|rd|th))\b/gi, '$1#$2');
  // Thousands separators in results: "1,840" → "1840" (three digits after the comma, not a decimal comma).
  s = s.replace(/(^|[^\d.,])(\d{1,3}(?:,\d{3})+)(?![\d,])/g, (_, pre: string, n: string) => pre + n.replace(/,/g, ''));
  s = s.replace(/([<>≤≥]=?)\s+(\d)/g, '$1$2');
  // A cell-count unit's multiplier sign belongs to it ("9 x 10*3/uL" is 9 x10*3/uL): read apart, the unit was "x" and
  // the count unflagged (review s20 R2, a critical platelet count; "9 10*3/uL" as 910 is value-repair.ts's).
  s = s.replace(/(\d\s+[x×X*])\s+(?=10\s*(?:\*{1,2}|\^|[eE])\s*\d)/g, '$1');
  return s;
}

function detectSex(text: string): 'male' | 'female' | undefined {
  const m = /(?:性别|sex|gender)\s*[:：]?\s*(男|女|male|female|m|f)\b/i.exec(text) ?? /(?:性别|sex|gender)\s*[:：]?\s*(男|女)/i.exec(text);
  if (!m) return undefined;
  return /^(?:男|male|m)$/i.test(m[1]) ? 'male' : 'female';
}

/** In a urinalysis section (or with a qualitative result) these blood tests mean their urine counterpart. */
const URINE_TWIN: Record<string, string> = { glu: 'u-glu', tbil: 'u-bil', ph: 'u-ph', wbc: 'u-leu', tp: 'u-pro' };

/**
 * Is the printed range much closer in width to the twin's bundled range than to the analyte's own? "pH 6.0
 * 5.0-8.0" is urine pH (4.5-8.0), not blood pH (7.35-7.45), even without a urinalysis heading.
 */
function nearerRange(tok: LineTokens, twin: Analyte | undefined, self: Analyte): boolean {
  const r = tok.range;
  const width = (a: Analyte | undefined) => (a?.range?.[0] !== undefined && a.range[1] !== undefined ? a.range[1] - a.range[0] : undefined);
  const tw = width(twin);
  const sw = width(self);
  if (!r || r.low === undefined || r.high === undefined || !tw || !sw || r.high <= r.low) return false;
  const off = (w: number) => Math.abs(Math.log((r.high as number) - (r.low as number)) - Math.log(w));
  return off(tw) + Math.log(3) < off(sw);
}

/** Several analytes share a name ("Neutrophils" % vs absolute): the unit, qualitative value and section decide. */
function choose(found: Analyte[], tok: LineTokens, section: PanelId | undefined, row?: { name: string; specimens: ReportSpecimens }): Analyte {
  const cands = found.map((a) => {
    const twin = URINE_TWIN[a.code];
    // A bare "pH" is the blood's only with blood-gas evidence (specimen.ts bloodPh): "pH 6.0  SG 1.020" is urine pH.
    const notBloodPh = a.code === 'ph' && !!row && !bloodPh(row.name, tok.valueText, tok.value, row.specimens);
    // A name that says blood ("血糖" printed under a urinalysis block) is never the urine twin.
    const bloodNamed = !!row && namesBlood(row.name);
    const useTwin =
      twin && !bloodNamed && (section === 'urine' || (tok.value === null && !a.qualitative) || nearerRange(tok, analyteByCode(twin), a) || notBloodPh);
    return (useTwin && analyteByCode(twin)) || a;
  });
  if (cands.length === 1) return cands[0];
  // One name for two analytes in one unit ("Ca2+": total or ionised calcium): the printed range is nearest the range
  // of the one the laboratory measured.
  const printed = tok.range;
  if (printed?.low !== undefined && printed.high !== undefined && printed.low > 0) {
    const mid = Math.log((printed.low + printed.high) / 2);
    const off = (a: Analyte) => (a.range?.[0] !== undefined && a.range[1] !== undefined ? Math.abs(Math.log((a.range[0] + a.range[1]) / 2) - mid) : Infinity);
    const fits = cands.filter((a) => unitFits(a, tok.unit) && off(a) < Math.log(1.5));
    if (fits.length) return fits.reduce((b, a) => (off(a) < off(b) ? a : b));
  }
  // "Ca2+ 1.10" with no range: total or ionised? A value under 1.6 mmol/L is where ionised calcium lives; a total calcium
  // that low is rare, and reading it as total turned every normal ionised calcium into a call-now alarm (review s19 R1).
  const ica = cands.find((a) => a.code === 'ica');
  if (ica && cands.some((a) => a.code === 'ca') && tok.value !== null && tok.value < 1.6 && (!tok.unit || /mmol/i.test(tok.unit))) return ica;
  const byUnit = cands.filter((a) => unitFits(a, tok.unit));
  if (byUnit.length >= 1) return byUnit[0];
  const wantQual = tok.value === null;
  const byKind = cands.filter((a) => (a.qualitative === 'negative') === wantQual);
  const pool = byKind.length ? byKind : cands;
  return pool.find((a) => a.panel === section) ?? pool[0];
}

/** Bracketed code in a name: "促甲状腺素受体抗体(TRAb)" → "TRAb". */
const BRACKET_CODE = /[（(]\s*([A-Za-z][A-Za-z0-9\-/%#.]{0,11})\s*[)）]/;
const TRAILING_CODE = /\s([A-Za-z][A-Za-z0-9\-%#.]{0,11})$/;
/** Label words that head a value line in app layouts; never a test name. */
const LABEL_ONLY = /^(?:结果|检测结果|测定结果|检验结果|结果值|测定值|result|results|value)$/i;
/** Footnotes and remarks by their label: "注：…", "注1：…", "备注:", "Note: …", "Note 2:", "Comment:". */
const NOTE_LINE =
  /^(?:注|备注|说明|声明|危急值|危急值报告|临床意义|note|notes|footnotes?|comment|comments|remark|remarks|key|interpretation|final report|status|disclaimer|critical (?:value|result)s?)\s*(?:\d{1,2}|[①-⑳])?\s*[:：]/i;
/**
 * A "[2] …" / "(3) …" mark heads both footnotes and numbered result rows ("(1) 白细胞计数 WBC 12.5 10^9/L 3.5-9.5",
 * "[3] Potassium 6.8 mmol/L 3.5-5.3"): the mark is dropped and the line is a footnote only when what follows does not
 * read as a result row (see `footnoteOnly`).
 */
const FOOTNOTE_MARK = /^[[(（]\d{1,2}[\])）]\s+/;
/**
 * After a footnote mark, a row is a result only when it has a measured value with a lab unit or a printed reference
 * range, and does not run on into a sentence ("[4] HbA1c >= 48 mmol/mol is consistent with diabetes in adults.").
 */
function footnoteOnly(tok: LineTokens, tokens: string[]): boolean {
  if (tok.value === null || !(tok.range || tok.sexRanges || (tok.unit && LAB_UNIT.test(tok.unit)))) return true;
  const after = tokens.length - valueIndex(tokens) - 1;
  return after > 4 || tokens.some((t) => /^[<>≤≥]=?$/.test(t));
}

/**
 * Which analytes a printed name means, with look-alikes told apart: a bracketed code decides when it is a known
 * name ("平均血红蛋白量(MCH)" is MCH, not haemoglobin); an unknown bracketed code ("(TRAb)") means a test we do not
 * know unless the Chinese name before it is itself a full name; "LDL/HDL", "BUN/Creatinine Ratio", "尿素/肌酐" are
 * ratios, not their first analyte.
 */
/**
 * A line skipped for its shape that names a known test beside a plain value (no cut-off sign: "K > 6.0 mmol/L
 * critical" is a threshold) which the flag rules (flag-result.ts) call critical: kept as "please check".
 */
function possiblyCritical(
  cands: Analyte[] | undefined,
  tok: LineTokens,
  section: PanelId | undefined,
  sex: 'male' | 'female' | undefined,
  options: ParseLabOptions,
): Pick<SkippedLine, 'check'> {
  if (!cands || tok.value === null || tok.op !== undefined) return {};
  const an = choose(cands, tok, section);
  const { flag } = flagResult(an, tok, { sex, unitsMayBeMisread: options.unitsMayBeMisread });
  const check = pleaseCheckEntry(an, { name: an.nameEn, valueText: tok.valueText, unit: tok.unit }, flag);
  return check ? { check } : {};
}

/**
 * A code column before the name: "XK 钾", "GLU2 葡萄糖", "U-SG 尿比重", "PLTI Platelets" — an upper-case code, then a
 * Chinese name or a name in mixed case (in an all-caps row, "IONIZED CALCIUM", the first word is part of the name). Not
 * when a known name runs on past the code ("HDL Cholesterol", "Serum Glucose").
 */
const CODE_COLUMN = /^([A-Z][A-Z0-9#%-]{1,7})\s+(?=[\u4e00-\u9fa5]|[A-Z]?[a-z])/;
function codeColumn(name: string): { code: string; rest: string } | undefined {
  const m = CODE_COLUMN.exec(name);
  if (!m || (aliasAtNameStart(name)?.length ?? 0) > m[1].length) return undefined;
  return { code: m[1], rest: name.slice(m[0].length) };
}

function afterCodeColumn(body: string): ReturnType<typeof aliasAtNameStart> {
  const col = CODE_COLUMN.exec(body);
  const after = col ? aliasAtNameStart(body.slice(col[0].length)) : undefined;
  return col && after ? { analytes: after.analytes, length: col[0].length + after.length } : undefined;
}

/** The tests a code names: a known code ("HGB"), or one holding a known name ("U-SG" holds SG). */
const byCodeColumn = (code: string): Analyte[] | undefined => (isAlias(code) ? aliasAtStart(code)?.analytes : aliasWithin(code)?.analytes);

/**
 * A code column before a name (see `codeColumn`). The name is read as if the code were not printed, and its test
 * stands unless the code is itself a known code of a different test (then the rules below decide, as before): a code
 * we do not know never erases a name we know ("XK 钾 7.1", "GLU2 葡萄糖 1.6", "PLTI Platelets 8" stay potassium,
 * glucose, platelets, so their critical values are seen). A Chinese name that only holds a known name inside it
 * ("RET% 网织红细胞百分比" holds 红细胞, "MYO 肌红蛋白") is a test we do not know when the code is unknown too.
 * `undefined` when there is no code column or the code's test differs; `null` for a test we do not know.
 */
function codeColumnTest(name: string): { analytes: Analyte[] | null; codeKnown: boolean } | undefined {
  const col = codeColumn(name);
  if (!col) return undefined;
  const byCode = byCodeColumn(col.code);
  const head = aliasAtNameStart(col.rest);
  if (!head) return !byCode && /^[\u4e00-\u9fa5]/.test(col.rest) ? { analytes: null, codeKnown: false } : undefined;
  const named = resolveName(col.rest, head.analytes);
  if (!named) return byCode ? undefined : { analytes: null, codeKnown: false };
  if (byCode && !byCode.some((a) => named.includes(a))) return undefined;
  return { analytes: named, codeKnown: !!byCode };
}

/**
 * After an unknown code, a printed unit that belongs to other tests and never to the name's own test (nor its urine
 * twin) says the name was misread: a photo's "MYO 血红蛋白 32.5 ng/mL" (肌红蛋白 read as 血红蛋白) is not haemoglobin.
 */
function unitDisowns(named: Analyte[], unit: string | undefined): boolean {
  if (!unit) return false;
  const own = named.flatMap((a) => [a, ...(URINE_TWIN[a.code] ? [analyteByCode(URINE_TWIN[a.code])] : [])]).filter((a): a is Analyte => !!a);
  if (!own.some((a) => a.units) || own.some((a) => unitFits(a, unit))) return false;
  return REFERENCE_TABLE.some((a) => unitFits(a, unit));
}

function resolveName(name: string, found: Analyte[] | undefined, unit?: string): Analyte[] | undefined {
  const isRatio = (an: Analyte[] | undefined) => an?.some((a) => /ratio/.test(a.code)) ?? false;
  if (found && isRatio(found)) return found;
  const col = codeColumnTest(name);
  if (col) return col.analytes && !(!col.codeKnown && unitDisowns(col.analytes, unit)) ? col.analytes : undefined;
  // A bracketed code, or a Latin code ending the name ("平均血红蛋白量 MCH").
  // A trailing Latin word is a code only when it is the name's one Latin word: in "白血球 White Cell Count" the
  // English name follows the Chinese one and "Count" is no code.
  const latinWords = name.match(/[A-Za-z][A-Za-z0-9\-%#.]*/g) ?? [];
  const bracketed = BRACKET_CODE.exec(name);
  // A one-letter bracket after a whole Latin name is an analyser's qualifier — plasma, blood, temperature-corrected
  // ("cHCO3-(P)c", "pH(T)") — not a code ("磷(P)" and "钾(K)" still are: their name is Chinese).
  const qualifier =
    !!bracketed &&
    /^[A-Za-z]$/.test(bracketed[1]) &&
    /^[A-Za-z][A-Za-z0-9+-]*$/.test(name.slice(0, bracketed.index).trim()) &&
    isAlias(name.slice(0, bracketed.index).trim());
  const code = qualifier
    ? undefined
    : (bracketed?.[1] ?? (/[\u4e00-\u9fa5]/.test(name) && latinWords.length === 1 ? TRAILING_CODE.exec(name)?.[1] : undefined));
  if (code) {
    const byCode = aliasAtStart(code);
    if (byCode && byCode.length === code.length) return byCode.analytes;
    // "hs-cTnI" holds cTnI; "LDL-C/HDL-C" is a ratio, handled below. A code holding an alias only in part ("U-PH")
    // does not override a full name before it ("尿酸碱度 (U-PH)" is urine pH, not blood pH).
    const inside = !code.includes('/') ? aliasWithin(code) : undefined;
    const lead = name.slice(0, Math.max(0, name.indexOf(code) - 1)).replace(/[\s(（]+$/, '');
    const leadAlias = lead ? aliasAtStart(lead) : undefined;
    if (inside && found && leadAlias && leadAlias.length >= lead.length - 1) return found;
    if (inside) return inside.analytes;
  }
  const sides = name.split(/\s*\/\s*/);
  // A word "ratio", not the letters inside "Filtration".
  if (/\bratio\b|比值|比率/i.test(name) || (sides.length === 2 && aliasWithin(sides[0]) && aliasAtStart(sides[1]))) {
    const whole = aliasAtStart(name);
    // The whole name one analyte's alias is that analyte, a ratio or not (国际标准化比值, "International normalized ratio"
    // are the INR; review s21 R2: 国际标准化比值 6.5 lost its code); else only a ratio's own alias is read.
    const covering = whole && whole.length >= name.replace(/\s+$/, '').length - 1 ? whole : undefined;
    return covering && (isRatio(covering.analytes) || covering.length >= name.replace(/\s+$/, '').length) ? covering.analytes : undefined;
  }
  if (code) {
    // The name before the code: before its bracket, or before a trailing code ("实际碳酸氢根 AB").
    const before = name.slice(0, bracketed && !qualifier ? bracketed.index : name.lastIndexOf(code)).trim();
    // An unknown code after a name the alias covers only in part ("TSH Receptor Antibody (TRAb)") is another test.
    if (/[\u4e00-\u9fa5]/.test(before) || (BRACKET_CODE.test(name) && before)) {
      const head = aliasAtStart(before);
      return head && head.length >= before.length - 1 ? head.analytes : undefined;
    }
  }
  return found;
}

/**
 * Two tables printed side by side ("1 白细胞 WBC 2.1↓ 10^9/L 3.5-9.5      12 红细胞 RBC 2.86↓ …"): the line is cut at
 * a wide gap (4+ spaces) after which a second row starts — an optional row number, then a known test name — provided
 * the left part already holds a value. Each half is then read on its own.
 */
export function splitColumns(rawLine: string): string[] {
  const line = rawLine.normalize('NFKC').replace(/\t/g, '    ');
  // Three spaces are enough where a known test name starts the right half (review s18 S1: "Hemoglobin 58 g/L (130-175)
  // ␣␣␣Platelets 18 x10^9/L (125-350)" lost a critical platelet count); a wider gap may start any named row.
  for (const m of line.matchAll(/ {3,}/g)) {
    const at = (m.index ?? 0) + m[0].length;
    const left = line.slice(0, m.index);
    const right = line.slice(at);
    if (!/[A-Za-z\u4e00-\u9fa5]/.test(left) || !/\d/.test(left)) continue;
    const leftName = left.replace(/^\s*\d{1,3}[.、)]?\s+/, '');
    const leftTokens = splitTokens(leftName.slice(aliasAtStart(leftName)?.length ?? 0));
    if (!leftTokens.some(isValueToken)) continue;
    const body = right.replace(/^\d{1,3}[.、)]?\s+/, '');
    const alias = aliasAtStart(body);
    // (A whole name cell: "K/uL" is a unit, not potassium.)
    if (m[0].length < 4 && !(alias && /^\s/.test(body.slice(alias.length)))) continue;
    // The right half starts a row: a known name, or a Chinese name followed by a value ("平均血红蛋白量 MCH 30.8"),
    // possibly after its code column ("MYO   肌红蛋白   32.5").
    if (!alias && !/^(?:[A-Za-z][A-Za-z0-9#%-]{0,7}\s+)?[\u4e00-\u9fa5]/.test(body)) continue;
    // The value must follow a name: a word value alone after the gap ("白细胞酯酶 3+     阴性") is the left row's range
    // column, not a second row (review s17 R2: the printed 阴性 was dropped and the bundled range shown instead).
    const rightTokens = splitTokens(body.slice(alias?.length ?? 0));
    if (!rightTokens.some(isValueToken) || (!alias && isValueToken(rightTokens[0] ?? ''))) continue;
    return [left, right, ...[]].flatMap((p, i) => (i === 1 ? splitColumns(p) : [p]));
  }
  return [rawLine];
}

/**
 * A bracketed qualifier of words between a test's name and its value ("(CKD-EPI 2021 race-free)") is one name cell:
 * its number is no value. Only groups before the first value outside brackets, so a range after the value stays.
 * The spaces inside are bound by a zero-width space (splitTokens splits on whitespace only), restored in the name.
 */
function bindQualifiers(rest: string): string {
  return rest.replace(/[(（][^()（）]*[)）]/g, (group, at: number) =>
    /[A-Za-z\u4e00-\u9fa5]{3,}/.test(group) && /\s/.test(group) && !splitTokens(rest.slice(0, at)).some(isValueToken) ? group.replace(/\s+/g, '\u200b') : group,
  );
}

/** A whole number that identifies rather than measures: 6+ digits, a year, or the first of a group of whole numbers. */
function identifierLike(valueText: string, tail: readonly string[]): boolean {
  if (/^\d{6,}$/.test(valueText) || /^(?:19|20)\d{2}$/.test(valueText)) return true;
  // Three more (a range that lost its hyphen in a photo leaves two: "72  45 110").
  return /^\d+$/.test(valueText) && tail.length >= 3 && tail.every((t) => /^\d+$/.test(t));
}

/** The printed text right after the first occurrence of a value token (for a label's colon: "Note 2:"). */
function textAfter(printed: string, token: string): string {
  const at = printed.indexOf(token);
  return at < 0 ? '' : printed.slice(at + token.length);
}

/**
 * The first line holding a change column's header (review fix s38): a change word as a whole cell or word ("变化",
 * "较前", "Change", "Δ") beside another column title ("结果", "Result", "Current", "单位"), trusted or misread in a
 * photo. Rows below it may print a change before the value (line-tokens.ts afterChangeCell); rows of a report without
 * one keep the start reading (a negative result followed by its previous one: "Base excess  -8.4  1.2  mmol/L").
 */
function firstChangeHeader(lines: readonly string[]): number | undefined {
  const k = lines.findIndex((l) => {
    const cells = [...l.split(/\s{2,}|\t|\|/), ...l.split(/\s+/)].map((c) => c.trim()).filter(Boolean);
    return cells.some((c) => isChangeColumn(c)) && cells.some((c) => !isChangeColumn(c) && columnRole(c) !== undefined);
  });
  return k < 0 ? undefined : k + 1;
}

/**
 * A row of a test whose own result may be negative (base excess, anion gap, T/Z-score, SDS): a minus-signed cell in it
 * is its value even under a change header (review fix s38, RP13/RP30/RP32/RP37) — afterChangeCell never reads it.
 */
const MAY_BE_NEGATIVE =
  /base\s*excess|(?<![A-Za-z])(?:c?BE(?:\s*\(?(?:ecf|b|vt|act|std)\)?)?|SBE|ABE|BEecf|BEb|cBase|AG|SDS)(?![A-Za-z])|碱剩余|剩余碱|碱过剩|鹼剩餘|剩餘鹼|鹼過剩|碱缺失|鹼缺失|anion\s*gap|阴离子间隙|陰離子間隙|[TZ][\s-]?(?:score|值|评分|評分)|标准差分|標準差分/i;

export function parseLabReport(text: string, options: ParseLabOptions = {}): LabReport {
  const was = setChangeHeaderAbove(false);
  try {
    return readLabReport(text, options);
  } finally {
    setChangeHeaderAbove(was);
  }
}

function readLabReport(text: string, options: ParseLabOptions = {}): LabReport {
  const sex = options.sex ?? detectSex(text);
  const specimens = reportSpecimens(text);
  const results: LabResult[] = [];
  const skipped: LabReport['skipped'] = [];
  // A row's own alarms (a range owner's critical, a doubted reading's): kept beside the row's result, never dropped as
  // a quote of a test the report holds.
  const rowChecks = new Set<SkippedLine>();
  // Skips of photo rows admitted as damaged names (rowShape damagedName): kept unless the row read from that same
  // bracket span stands among the results at the end (`recovered`: the row → its remark reading).
  const provisional = new Set<SkippedLine>();
  const recovered = new Map<LabResult, SkippedLine[]>();
  let section: PanelId | undefined;
  let fluidSection: 'csf' | 'fluid' | undefined;
  const segments: RowSegment[] = [];
  // Results whose value a comparison word bounds (index → printed line): dropped at the end when they restate a test.
  const spelledBounds = new Map<number, string>();
  // A glucose meter's HI/LO is its bound, not a row without a value (meter-reading.ts); the word is kept as printed.
  const unitSystem = reportUnitSystem(text);
  const meterWords = new Map<number, string>();
  const lines = text.split('\n').map((l, i) => {
    const meter = meterReading(l);
    if (meter) meterWords.set(i + 1, meter.printed);
    return meter?.body ?? l;
  });
  // Structures first (structure.ts): tables by their header's column roles, HL7, JSON, quoted mail, portal cards.
  // Serial-table rows whose current value was not decided (serial-undecided.ts): withheld at the end.
  const undecided = new Map<number, UndecidedRow>();
  // Serial rows read to one value (review fix s35): a row whose line gives no result keeps its critical cells checked.
  const serialRead = new Map<number, UndecidedRow>();
  readStructures(meterWords.size ? lines.join('\n') : text, options.blankCurrentIsNone === true).forEach(
    ({ lineNo, text: printed, rangeList, undecided: values, serialCells }) => {
      if (values) undecided.set(lineNo, { text: printed, values });
      if (serialCells) serialRead.set(lineNo, { text: printed, values: serialCells });
      const rawLine = printed;
      const cleaned = cleanLine(printed);
      // A remark or footnote is skipped whole, whatever numbers it quotes ("说明：…TC 合适水平 <5.2", "* …；hs-cTnI 上限 26.2").
      const head = cleaned.trim();
      if (NOTE_LINE.test(toSimplified(head.replace(/^[#*※>]+\s*/, '')))) {
        // A note quoting a critical value ("危急值：钾 6.9 mmol/L 已通知…") holds no result, but the value is listed as
        // "please check" (dropped at the end when the table itself holds the test).
        for (const check of quotedCriticals(head, sex, options))
          skipped.push({ line: lineNo, text: rawLine.trim(), reason: 'a note quoting a possibly critical value', check });
        return;
      }
      if (
        // A footnote mark before clauses or a full stop is a footnote sentence ("[2] ACR >= 3 mg/mmol is …; ACR > 30 …").
        (FOOTNOTE_MARK.test(head) && /[，；;。]|[.!?]$/.test(head)) ||
        // Stars before a row with a value ("*** Potassium 6.9 Critical High") mark it, they do not make it a footnote.
        /^[*※#]/.test(head.replace(/^[*※#]+\s*(?=\S)/, (m) => (/\d/.test(head) ? '' : m)))
      )
        return;
      // "白细胞12.5↑，中性粒细胞85%↑": several results on one line, separated by Chinese clause punctuation.
      // Only when every piece carries a value: "Bilirubin，Total: 0.8" is one result with a comma in its name.
      const parts = cleaned.split(/[，；;]/);
      const clauses = parts.length > 1 && parts.every((p) => /\d/.test(p.normalize('NFKC')));
      // Clauses that each give a cut-off are a list of criteria ("危急值界限：钾 <2.8 或 >6.2；钠 <120 …"), no results.
      if (clauses && criteriaList(parts.map((p) => splitTokens(normalizeLine(p))))) {
        skipped.push({ line: lineNo, text: rawLine.trim(), reason: ROW_SHAPE_MESSAGES['criteria-list'] });
        return;
      }
      const pieces = clauses ? parts : splitAtRules(cleaned).flatMap((c) => splitColumns(c));
      // Criteria set apart by column rules under a label ("Interpretation (HbA1c): Non-diabetic <5.7 % | … | Diabetic >=6.5 %").
      if (!clauses && pieces.length > 1 && /^[^:：]{2,40}[:：]/.test(head) && criteriaList(pieces.map((p) => splitTokens(normalizeLine(p))))) {
        skipped.push({ line: lineNo, text: rawLine.trim(), reason: ROW_SHAPE_MESSAGES['criteria-list'] });
        return;
      }
      // A row's labelled ranges (range-list.ts) belong to it only while the line stays one row.
      for (const part of pieces)
        segments.push({ lineNo, rawLine, line: normalizeLine(part).trim(), ...(rangeList && pieces.length === 1 ? { rangeList } : {}) });
    },
  );
  // A test name wrapped onto two lines in a narrow column ("Thyroid stimulating" / "hormone   6.8  mIU/L"): a line of
  // name words only, followed by a row whose name is not known, is joined to it when the two together are a known
  // name (the bundled vocabulary decides, never the words themselves).
  let fragment: string | undefined;
  // Inside an antimicrobial susceptibility table (susceptibility.ts) until a blank line or another section.
  let antibiogram = false;
  const changeHeader = firstChangeHeader(lines);
  joinRecords(segments).forEach(({ lineNo, rawLine, line: labelled, record, rangeList }) => {
    setChangeHeaderAbove(changeHeader !== undefined && lineNo > changeHeader && !MAY_BE_NEGATIVE.test(rawLine));
    const line = stripLabels(labelled).trim();
    if (!line.trim() || (SECTION_HEADER.test(toSimplified(line)) && !/\d/.test(line))) antibiogram = false;
    if (!/\d/.test(line) && opensSusceptibility(line)) antibiogram = true;
    if (antibiogram && susceptibilityRow(rawLine)) {
      skipped.push({ line: lineNo, text: rawLine.trim(), reason: 'an antimicrobial susceptibility (MIC and S/I/R), not a result of the patient' });
      return;
    }
    const before = fragment;
    fragment = /^[A-Za-z\u4e00-\u9fa5][A-Za-z\u4e00-\u9fa5 ,-]{1,40}$/.test(line) && !aliasAtStart(line) ? line : undefined;
    if (!line) return;
    let body = line.replace(/^(?:\d{1,3}[.、)]?\s+|[*※]+\s*|[-•·]\s+)/, '');
    if (before && !aliasAtStart(body) && /\d/.test(body)) {
      const joined = aliasAtStart(`${before} ${body}`);
      if (joined && joined.length > before.length + 1) body = `${before} ${body}`;
    }
    if (NOTE_LINE.test(toSimplified(body))) return;
    // A blood group ("Blood Group  O", "ABO血型  B型", "RhD  NEGATIVE") is read in its own grammar (blood-group.ts):
    // no range, never flagged.
    const group = bloodGroupRow(body);
    if (group) {
      results.push({ name: group.name, value: null, valueText: group.valueText, flag: 'unknown', line: lineNo });
      return;
    }
    // A footnote mark is dropped; the row must then read as a result (footnoteOnly below).
    const marked = FOOTNOTE_MARK.test(body);
    if (marked) body = body.replace(FOOTNOTE_MARK, '');
    // A code column we do not know before a known name ("GLU2 葡萄糖(餐后2h) 7.6"): the name is read as if it stood
    // first (its qualifier included); resolveName then weighs the code.
    const alias = aliasAtNameStart(body) ?? afterCodeColumn(body);
    // A heading naming CSF or a body fluid ("PLEURAL FLUID ANALYSIS", "Specimen: CSF", 脑脊液生化, 胸水常规) sets the specimen
    // of the rows under it until another heading (review s19 R2); a row naming blood ("Serum glucose") stays blood.
    if (!alias && !/\d/.test(line)) {
      const heading = rowSpecimen(line);
      if (heading === 'csf' || heading === 'fluid') fluidSection = heading;
      else if (namesBlood(line) || URINE_SECTION.test(toSimplified(line)) || SECTION_HEADER.test(toSimplified(line))) fluidSection = undefined;
    }
    if (!alias && URINE_SECTION.test(toSimplified(line)) && !/\d/.test(line)) section = 'urine';
    else if (!alias && SECTION_HEADER.test(toSimplified(line)) && !/\d/.test(line)) section = undefined;
    let name: string;
    let tokens: string[];
    let cands: Analyte[] | undefined;
    let printedRest: string;
    let repairedFrom: string | undefined;
    let joined = false;
    // The name was read from a part of a longer one (aliasWithin: 钙 inside 肌钙蛋臼I), not from its start.
    let within = false;
    if (alias) {
      // A qualifier right after the name belongs to the name: "葡萄糖(餐后2h) 7.6", "Glucose 2 h post-meal 7.6" (issue 19:
      // the 2 of "2 h" is a time label, not a glucose of 2).
      const qual = TIME_QUALIFIER.exec(body.slice(alias.length))?.[0] ?? '';
      // A value cell damaged by recognition ("1 7.3", "l68.5") is read back and shown "please check" (value-repair.ts).
      const cut = joinCutValue(markTitres(maskClockTimes(body.slice(alias.length + qual.length))));
      printedRest = cut.text;
      repairedFrom = cut.printed;
      // A cut before the decimal point ("6 .8") has one reading, as look-alike letters do; a cut between digits two.
      joined = cut.printed !== undefined && !cut.printed.includes(' .');
      // The first cell as printed (before tokens split "8l" into a value and a unit).
      const first = /^\s*(\S+)/.exec(printedRest)?.[1];
      const lettered = !repairedFrom && first !== undefined && !isValueToken(first) ? digitsForLetters(first) : undefined;
      if (lettered && first) {
        repairedFrom = first;
        printedRest = printedRest.replace(first, lettered);
      }
      const rest = bindQualifiers(printedRest.replace(/([\u4e00-\u9fa5)）])(?=[<>≤≥]?\d)/g, '$1 ').replace(/[:：]/g, ' '));
      // A number of the test's name ("CA 15-3", "CA 50 … U/mL", "… 19 片段 (CYFRA21-1)") is no value (name-number.ts).
      const bound = bindNameNumber(splitTokens(rest), { alias: { text: body.slice(0, alias.length), analytes: alias.analytes } });
      tokens = bound.tokens;
      const vi = valueIndex(tokens);
      name = (body.slice(0, alias.length) + qual.trimEnd() + ' ' + tokens.slice(0, Math.max(0, vi)).join(' ')).replace(/ ?\u200b/g, ' ').trim();
      // The alias named only the start of the name: the test is the whole name's, if the table knows it.
      const whole = bound.by ? aliasAtStart(name) : undefined;
      cands = !bound.by ? alias.analytes : whole && whole.length >= name.length ? whole.analytes : undefined;
    } else {
      printedRest = markTitres(maskClockTimes(body));
      const spaced = printedRest.replace(/([\u4e00-\u9fa5)）:])(?=[<>≤≥]?\d)/g, '$1 ').replace(/[:：]/g, ' ');
      tokens = bindNameNumber(splitTokens(spaced)).tokens;
      const vi = valueIndex(tokens.map((t) => (t === '-' ? '~' : t)));
      if (vi <= 0) return;
      name = tokens
        .slice(0, vi)
        .join(' ')
        .replace(/ ?\u200b/g, ' ');
      if (!/[A-Za-z\u4e00-\u9fa5]/.test(name) || LABEL_ONLY.test(toSimplified(name).replace(/[:：\s]+$/, ''))) return;
      cands = aliasWithin(name, { trailingCode: options.unitsMayBeMisread })?.analytes;
      within = cands !== undefined;
    }
    // A titre's inner colon (line-tokens.ts markTitres) is shown as printed when a titre stays in the name.
    name = shownTitre(name).replace(/[:：,，\s]+$/, '');
    repairedFrom ??= meterWords.get(lineNo);
    const tok = readTokens(tokens);
    cands = resolveName(name, cands, tok?.unit);
    if (!tok) {
      if (cands) skipped.push({ line: lineNo, text: rawLine.trim(), reason: 'recognised test name but no result value' });
      return;
    }
    if (marked && footnoteOnly(tok, tokens)) return;
    // The value must stand in a result row's value position (row-shape.ts): not a label's number, an identifier, or
    // a number inside a sentence.
    const vi = valueIndex(tokens);
    const read = rowShape(tokens.slice(0, vi), tokens.slice(vi + 1), textAfter(printedRest, tokens[vi]), { photo: options.unitsMayBeMisread });
    // A damaged name is a name only when the words before its bracket are the test's name (nameBeforeBracket); a
    // notice, remark, person or column word there ("电话报告 (K", "Remark (K", "母亲 (K") leaves the remark reading.
    const damaged = read.ok && read.damagedName ? nameBeforeBracket(name) : undefined;
    const shape: RowShape = read.ok && read.damagedName && !damaged ? { ok: false, reason: 'prose-before-value' } : read;
    // A comparison word right before the number spells its comparator ("ALT 高于 200" is ALT >200, "less than 0.01").
    let spelled = shape.ok && tok.value !== null && tok.op === undefined ? spelledComparator(tokens.slice(0, vi)) : undefined;
    if (spelled) {
      tok.op = spelled.op;
      tok.valueText = `${spelled.op}${tok.valueText}`;
      // The words are the comparator, not part of the test's name.
      const words = tokens.slice(vi - spelled.words, vi).join(' ');
      if (name.endsWith(words)) name = name.slice(0, -words.length).trim();
    }
    const asRemark = (reason: RowShapeReason): SkippedLine[] => {
      const own = possiblyCritical(cands, tok, section, sex, options);
      // A notice quoting several values ("CRITICAL VALUE NOTIFICATION: PT 62.3 sec / INR 6.4 called to …").
      const quoted = own.check ? [] : quotedCriticals(rawLine, sex, options);
      return [
        { line: lineNo, text: rawLine.trim(), reason: ROW_SHAPE_MESSAGES[reason], ...own },
        ...quoted.map((check) => ({ line: lineNo, text: rawLine.trim(), reason: 'a note quoting a possibly critical value', check })),
      ];
    };
    if (!shape.ok) {
      skipped.push(...asRemark(shape.reason));
      return;
    }
    // A photo row admitted as a damaged name keeps what the remark reading leaves (the skip, any "please check")
    // provisionally: dropped at the end only when this span's own row stands there (not another row of the line).
    const remark = shape.damagedName ? asRemark('prose-before-value') : [];
    for (const s of remark) {
      skipped.push(s);
      provisional.add(s);
    }
    // A sentence quoting an ordinal ("hs-TnI 99th percentile URL: female 15 ng/L") is a remark, not a result.
    // A bracketed qualifier of the name ("Erythrocyte sedimentation rate (1st hour)") is no sentence, nor an ordinal
    // before a word result ("HIV Screen 4th Generation  Non Reactive"): a quoted threshold is a number.
    if (tok.value !== null && /#\d/.test(name.replace(/[（(][^)）]*[)）]/g, ''))) return;
    name = name.replace(/#(?=\d+(?:st|nd|rd|th)\b)/gi, '');
    // A row is a result only when its name is supported (rows.ts): a known analyte that is not a notice, or a short
    // name-like phrase with lab evidence. "年龄 45 岁", "You have 2", dates and IDs are not results.
    // An identifier-length whole number with no unit or range is a barcode, account or accession number.
    // So is a postcode (six digits), a year ("CKD-EPI 2009") or a number group ("ABN 52 118 004 773").
    const labUnit = !!tok.unit && LAB_UNIT.test(tok.unit);
    if (!labUnit && (!tok.range || /^\d{6,}$/.test(tok.valueText)) && identifierLike(tok.valueText, tokens.slice(valueIndex(tokens) + 1))) return;
    // A word result of either polarity ("Casts  Nil seen", "Urine culture  No growth", "Campylobacter  Isolated") is lab
    // evidence of its own — unless a sentence goes on after it ("Footnote: Non reactive results are final.").
    const wordCell = tokens[valueIndex(tokens)] ?? '';
    const wordResult =
      isWordResult(wordCell) &&
      !isProse(tokens.slice(valueIndex(tokens) + 1).join(' ')) &&
      // A portal's flag line beside a range line ("Abnormal" / "Normal range: Negative") names no test.
      !isFlagWord(name) &&
      !unreadBloodGroup(name, wordCell.replace(/_/g, ' '));
    const labEvidence = !!(
      tok.range ||
      tok.sexRanges ||
      tok.marker ||
      (tok.unit && LAB_UNIT.test(tok.unit)) ||
      (tok.value === null && tok.range) ||
      // …under a name of its own, not a bracketed qualifier alone ("(CLIA)  Non Reactive" under the test's name line).
      (wordResult && !bracketOnly(name))
    );
    if (!nameSupport(name, !!cands, labEvidence, record)) return;
    // A cut-off or span under a unit or range label (no range of its own), or after a sex label, is a range, not a
    // value (row-shape.ts referenceLimit); only rows without a known analyte are judged.
    if (!cands && referenceLimit(name, tok)) {
      skipped.push({ line: lineNo, text: rawLine.trim(), reason: ROW_SHAPE_MESSAGES['reference-limit'] });
      return;
    }
    const chosen = cands ? choose(cands, tok, section, { name, specimens }) : undefined;
    // An analyte printed without a unit (INR, pH): a word after its value is a remark, never its unit — "INR 6.5 (on
    // warfarin)" read "on" as the unit and was not judged, "INR 6.5 0.8-1.2 on warfarin" lost its critical (review s21 R2).
    // A pure number is an analyte whose every unit is none (units {'': 1}); a qualitative or count test without a unit
    // in the table (urine white cells /HP, HBsAg IU/mL) still prints one.
    const pureNumber = !!chosen?.units && Object.keys(chosen.units).every((u) => u === '');
    if (pureNumber && tok.unit && !knownLabUnit(tok.unit)) tok.unit = undefined;
    // A share of a test ("Iron Saturation 34 %"): words after the test's name and a percentage the test is never
    // printed in make it another quantity, not the test.
    const share = !!chosen && alias !== undefined && tok.unit === '%' && !unitFits(chosen, '%') && /[A-Za-z]{4,}/.test(name.slice(alias.length));
    let an = share ? undefined : chosen;
    // A printed unit the analyte is never printed in vetoes the name (unit-reading.ts): "肌钙蛋臼I 2.8 ng/mL" holds 钙 but
    // ng/mL is no calcium's — the name is re-read among the analytes that admit the unit, or left unknown.
    let unitReread = false;
    // The printed unit is set aside (a slip the name and range outvote): the row is judged as if none were printed.
    let unitUnread = false;
    // Blood rows only: a urine or fluid row's counts (/μL, /HP) are no blood unit, and its specimen decides (specimen.ts).
    const bloodRow = section !== 'urine' && !fluidSection && rowSpecimen(name) === 'blood';
    if (an && bloodRow && tok.unit && unitVetoes(an, tok.unit)) {
      const again = rereadByUnit(name, tok.unit, tok.value, tok.range);
      // A photo's unit cell may itself be misread: there the veto only swaps to a test the name reads as; the photo's
      // consistency gate (intake/) judges the rest.
      // The unit alone never outvotes a whole name AND a printed range that are both the analyte's ("Troponin I 2.8
      // mmol/L 0-0.04" is a troponin 70× its limit with a slip in the unit, not an unknown test, routine): the row stays
      // the analyte's, its unit unread — judged by the printed range and its own limits, "please check".
      const nameAndRange = !again && !within && !options.unitsMayBeMisread && !!tok.range && (tok.range.high ?? 0) > 0 && rangeAgrees(an, tok.range, undefined);
      if (nameAndRange) unitUnread = true;
      else if (again || !options.unitsMayBeMisread) an = again;
      unitReread = again !== undefined || nameAndRange;
    }
    // A name read from a part of a longer one is kept only when the printed range is its analyte's (review s21 R4:
    // "肌钙蛋臼I 2.8 mmol/L 0-0.04" held 钙, but 0-0.04 is no calcium's range): else the row is a test we do not know.
    if (an && within && bloodRow && !options.unitsMayBeMisread && tok.range && !rangeAgrees(an, tok.range, tok.unit)) an = undefined;
    // A value and a printed range both ten times off the analyte in its own unit ("Potassium 139 mmol/L (135-145)",
    // "Sodium 6.8 (3.5-5.3)": one test's row under another's name) are not judged against it: the row keeps its printed
    // range and is "please check", flagged by neither (review s20 R7: K 139 was "normal"). Photos have their own check.
    const mismatched = !!an && bloodRow && !options.unitsMayBeMisread && tok.value !== null && magnitudeMismatch(an, tok.unit, tok.value, tok.range);
    // The same analyte with the same number printed again (a summary or a notice) is one result, not two.
    if (an && tok.value !== null && results.some((r) => r.code === an.code && r.valueText === tok.valueText)) return;
    // Where it was measured (specimen.ts): a urine, CSF or fluid row never meets a blood critical limit.
    const own = an?.code.startsWith('u-') ? 'urine' : rowSpecimen(name);
    const specimen = own === 'blood' && fluidSection && !namesBlood(name) ? fluidSection : own;
    let computed = flagResult(an, unitUnread ? { ...tok, unit: undefined } : tok, { sex, unitsMayBeMisread: options.unitsMayBeMisread, unitSystem, specimen });
    // Floor: a spelled comparator never lowers the flag the number itself carries ("Potassium less than 7.0" stays
    // critical-high, "ALT 低于 60" stays high, as read without the words): the number is then read as printed.
    if (spelled && !computed.flag.startsWith('critical')) {
      const asPrinted = { ...tok, op: undefined, valueText: tok.valueText.slice(spelled.op.length) };
      const plain = flagResult(an, asPrinted, { sex, unitsMayBeMisread: options.unitsMayBeMisread, unitSystem, specimen });
      if (severity(plain.flag) > severity(computed.flag)) {
        tok.op = undefined;
        tok.valueText = asPrinted.valueText;
        computed = plain;
        spelled = undefined;
      }
    }
    // Several labelled ranges read from the row's range column: the flag they all give, else unknown (which one applies
    // is not on the row); a critical limit of ours still stands. The list as printed is the row's range.
    if (rangeList && !tok.range && !tok.sexRanges)
      computed = {
        ...computed,
        flag: computed.flag.startsWith('critical') ? computed.flag : rangeListFlag(tok, rangeList, computed.flag),
        range: { text: rangeList.text, origin: 'report' },
      };
    // A repaired value (value-repair.ts) that would be critical is not stated as one on a guess. An impossible one
    // ("Haemoglobin 8 12.1 g/dL" joined to 812.1) was not read. A cell joined across a space ("4 5" may be Hb 45 or
    // 145 with a digit lost, "1 6" platelets 16 or 146) is withheld too: shown unreadable with its printed characters,
    // the alarm kept as a "please check" entry (as a withheld photo reading is, intake/read-report.ts) that the
    // report's triage counts. Look-alike letters alone ("7.O") have one reading: the critical stays, "please check".
    const critical = !!repairedFrom && tok.value !== null && computed.flag.startsWith('critical');
    const possible = !!an && tok.value !== null && possibleFor(an, computed.unit ?? tok.unit, tok.value);
    // A damaged name read from one glyph and its bracket's code holds only a value possible for that test ("#(Na 2.1"
    // is no sodium): else the remark reading kept provisionally stands alone.
    if (damaged === 'glyph' && !possible) return;
    const unread = critical && (!possible || joined);
    if (unread && possible && an) {
      const check = pleaseCheckEntry(an, { name: an.nameEn, valueText: tok.valueText, unit: computed.unit ?? tok.unit }, computed.flag);
      if (check) skipped.push({ line: lineNo, text: rawLine.trim(), reason: 'a value repaired from damaged text that would be critical', check });
    }
    // The space in a cut cell may be a lost decimal point ("Potassium 6 9" is 6.9, not 69): when the joined number is
    // impossible, that reading is weighed too, and if it would be critical its alarm is kept as "please check".
    if (joined && !possible && an && repairedFrom && /^\d+ \d+$/.test(repairedFrom)) {
      const pointed = repairedFrom.replace(' ', '.');
      const alt = flagResult(
        an,
        { ...tok, value: Number(pointed), valueText: pointed },
        { sex, unitsMayBeMisread: options.unitsMayBeMisread, unitSystem, specimen },
      );
      if (alt.flag.startsWith('critical') && possibleFor(an, alt.unit ?? tok.unit, Number(pointed))) {
        const check = pleaseCheckEntry(an, { name: an.nameEn, valueText: pointed, unit: alt.unit ?? tok.unit }, alt.flag);
        if (check) skipped.push({ line: lineNo, text: rawLine.trim(), reason: 'a value repaired from damaged text that would be critical', check });
      }
    }
    if (unread) computed = { ...computed, flag: 'unknown' };
    // A row whose printed unit and printed range disagree (flag-result.ts): a critical one reading gives is kept as a
    // "please check" entry the report's triage counts (review s21 R2/R5).
    if (an && computed.doubtedCritical) {
      const check = pleaseCheckEntry(an, { name: an.nameEn, valueText: tok.valueText, unit: tok.unit }, computed.doubtedCritical);
      if (check) {
        const entry: SkippedLine = {
          line: lineNo,
          text: rawLine.trim(),
          reason: 'a value whose unit and printed range disagree that would be critical',
          reasonZh: '数值的单位与参考范围不一致，按其一判断为危急值',
          check,
        };
        skipped.push(entry);
        rowChecks.add(entry);
      }
    }
    // A critical reading is never withdrawn by the mismatch: it stays, "please check". Nor is the printed range: a value
    // outside it is flagged against it ("Sodium 6.9 mmol/L 3.5-5.1" is high, not "no reference range"); only one within
    // it is left unjudged, since "normal" would call a potassium of 139 normal (review s20 R7, s21 R1).
    const notJudged = mismatched && (computed.flag === 'normal' || computed.flag === 'unknown');
    // The row may be the range's own analyte under a wrong name: a value critical for it keeps that alarm as a
    // "please check" entry the report's triage counts (review s21 R1: a potassium of 6.9 printed as sodium).
    if (mismatched && an && tok.value !== null)
      for (const x of rangeOwners(an, tok.unit, tok.value, tok.range)) {
        const theirs = flagResult(x, tok, { sex, unitSystem, specimen });
        const check = pleaseCheckEntry(x, { name: x.nameEn, valueText: tok.valueText, unit: tok.unit }, theirs.flag);
        if (check) {
          const entry: SkippedLine = {
            line: lineNo,
            text: rawLine.trim(),
            reason: `a value on ${x.nameEn}'s printed range that would be critical for it`,
            reasonZh: `数值与参考范围属于${x.nameZh}，按其判断为危急值`,
            check,
          };
          skipped.push(entry);
          rowChecks.add(entry);
          break;
        }
      }
    const { flag, printedFlag } = unread || notJudged ? { flag: 'unknown' as const, printedFlag: undefined } : honourMarker(computed.flag, tok);
    const range = computed.range;
    if (spelled) spelledBounds.set(results.length, rawLine.trim());
    results.push({
      name: name.replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/'),
      code: an?.code,
      nameEn: an?.nameEn,
      nameZh: an?.nameZh,
      value: unread ? null : tok.value,
      valueText: tok.valueText,
      unit: computed.unit ?? tok.unit,
      range,
      flag,
      ...(printedFlag ? { printedFlag } : {}),
      ...(specimen !== 'blood' ? { specimen } : {}),
      // A repaired value keeps a non-critical flag and asks to be compared with the paper.
      ...(repairedFrom && tok.value !== null
        ? { read: { status: unread ? ('unreadable' as const) : ('check' as const), printed: repairedFrom } }
        : unitReread || mismatched || computed.doubt || computed.doubtedCritical
          ? { read: { status: 'check' as const } }
          : {}),
      line: lineNo,
    });
    if (remark.length) recovered.set(results[results.length - 1], remark);
  });
  setChangeHeaderAbove(false);
  // A bound spelled in words for a test the report lists as a result elsewhere restates it ("TSH 低于 0.1 mIU/L，已复测
  // 确认" under a TSH row): a remark, not a second result. A critical one stays: an alarm is never withdrawn here.
  const restating = [...spelledBounds.keys()].filter((i) => {
    const r = results[i];
    if (r.flag.startsWith('critical')) return false;
    return results.some((o, j) => j !== i && !spelledBounds.has(j) && (r.code ? o.code === r.code : o.name === r.name));
  });
  for (const i of restating) skipped.push({ line: results[i].line, text: spelledBounds.get(i) ?? '', reason: ROW_SHAPE_MESSAGES['reference-limit'] });
  if (restating.length) results.splice(0, results.length, ...results.filter((_, i) => !restating.includes(i)));
  // A row read from a damaged name for a test the report already holds a result of is no second value shown as fact:
  // it goes back to its remark reading (review s27: "钾 (昨日 6.9" beside today's K 4.0).
  const doubled = [...recovered.keys()].filter((r) => r.code !== undefined && results.some((o) => o !== r && o.code === r.code && o.value !== null));
  if (doubled.length) results.splice(0, results.length, ...results.filter((r) => !doubled.includes(r)));
  // A remark reading stays unless the row read from its own bracket span is among the results (never another row of
  // the same line: "钾 (复查 6.9 … | 钠(Na) 140").
  const replaced = new Set([...recovered].flatMap(([r, remark]) => (results.includes(r) ? remark : [])));
  // A misspelt name in typed or exported text is read against the table (name-repair.ts); photos have their own reader.
  if (!options.unitsMayBeMisread && options.repairNames !== false) {
    const printedLines = text.split('\n');
    results.forEach((r, i) => {
      const fixed = repairTypedName(r, printedLines[r.line - 1] ?? '', (t) => parseLabReport(t, { ...options, repairNames: false }).results);
      if (fixed) results[i] = fixed;
    });
  }
  if (undecided.size > 0) {
    const withheld = withholdUndecided(results, undecided, (line) => parseLabReport(line, { ...options, sex, repairNames: false }).results);
    results.splice(0, results.length, ...withheld.results);
    skipped.push(...withheld.skipped);
    for (const s of withheld.skipped) if (s.check) rowChecks.add(s);
  }
  if (serialRead.size > 0) {
    const dropped = checkDropped(results, serialRead, (line) => parseLabReport(line, { ...options, sex, repairNames: false }).results);
    skipped.push(...dropped);
    for (const s of dropped) rowChecks.add(s);
  }
  noticeCriticals(text, results, skipped, sex, options);
  // A value quoted in a note or notice is "please check" only when the report's results hold no reading of the test
  // (a withheld, unreadable result holds none).
  const held = new Set(results.filter((r) => r.value !== null).map((r) => r.code));
  // A row's alarm for the analyte its printed range belongs to stands beside that analyte's own row (review s21 R1).
  const kept = skipped.filter((s) => (!s.check || !held.has(s.check.code) || rowChecks.has(s)) && !(provisional.has(s) && replaced.has(s)));
  return { results, skipped: kept, lang: /[\u4e00-\u9fa5]/.test(text) ? 'zh' : 'en' };
}

/**
 * The words before a damaged name's unclosed bracket are the test's name and nothing else: known names from the
 * analyte lexicon, a closed qualifier only between two names of one test ("Glucose (random) 葡萄糖 ( 随机 |"), or a
 * single unread glyph where the name stood when the bracket holds a known code ("#(K": 钾 read "#"; 'glyph', whose
 * value must then be possible for that test). A code in the bracket must be one of the name's own (review s27: "钠 (K
 * 6.9" is a K or an Na misread — START's "please check"), and a code-shaped word that is no test's code refuses too.
 */
function nameBeforeBracket(name: string): 'name' | 'glyph' | undefined {
  const at = Math.max(name.lastIndexOf('('), name.lastIndexOf('（'), name.lastIndexOf('['));
  if (at < 0) return undefined;
  let rest = name.slice(0, at).trim();
  const inner = name
    .slice(at + 1)
    .split(/\s+/)
    .filter((t) => t && !CLOSE_LOOKALIKE.test(t));
  const innerCodes = inner.flatMap((t) => (isAlias(t) ? [(aliasAtStart(t)?.analytes ?? []).map((a) => a.code)] : []));
  if (inner.some((t) => /^[A-Z][A-Z0-9+]*$/.test(t) && !isAlias(t))) return undefined;
  if (/^[^\p{L}\p{N}\s]$/u.test(rest)) return inner.length === 1 && isAlias(inner[0]) ? 'glyph' : undefined;
  const codes: string[][] = [...innerCodes];
  let names = 0;
  while (rest) {
    const m = aliasAtNameStart(rest);
    if (!m) return undefined;
    codes.push(m.analytes.map((a) => a.code));
    names++;
    rest = rest.slice(m.length);
    const qual = TIME_QUALIFIER.exec(rest)?.[0];
    if (qual && !rest.slice(qual.length).trim()) return undefined;
    rest = rest.slice(qual?.length ?? 0).trim();
  }
  return names > 0 && codes[0].some((c) => codes.every((cs) => cs.includes(c))) ? 'name' : undefined;
}

/** How alarming a flag is: critical over high/low over normal/unknown. */
const severity = (f: LabFlag): number => (f.startsWith('critical') ? 2 : f === 'high' || f === 'low' ? 1 : 0);

/**
 * The critical values a note or notice quotes: its label ("危急值：", "CRITICAL VALUE NOTIFICATION:") dropped, the
 * rest cut into pieces at " / ", "、", commas, semicolons and brackets; a piece that starts with a known test name and
 * holds a plain value (no cut-off sign) the flag rules call critical is one (see possiblyCritical).
 */
function quotedCriticals(line: string, sex: 'male' | 'female' | undefined, options: ParseLabOptions): NonNullable<SkippedLine['check']>[] {
  const out: NonNullable<SkippedLine['check']>[] = [];
  // The whole line: its label ("危急值：", "Previous critical value:") is cut off as a piece of its own and read as the
  // words before each value (a past value is no value of this report).
  for (const p of quotedValues(normalizeLine(line))) {
    const check = possiblyCritical(p.analytes, p.tok, undefined, sex, options).check;
    if (check && !out.some((c) => c.code === check.code)) out.push(check);
  }
  return out;
}

/**
 * What the report itself calls critical (critical-notice.ts) reaches triage: the result of the same test with the same
 * value, flagged high or low, becomes critical on that side; a notice value no result holds is "please check" when our
 * range puts it outside on one side. Raise only — a value our range calls normal is left as it is.
 */
function noticeCriticals(text: string, results: LabResult[], skipped: SkippedLine[], sex: 'male' | 'female' | undefined, options: ParseLabOptions): void {
  const side = (f: LabFlag): LabFlag | undefined =>
    f === 'high' || f === 'critical-high' ? 'critical-high' : f === 'low' || f === 'critical-low' ? 'critical-low' : undefined;
  text.split('\n').forEach((raw, i) => {
    const notice = criticalNoticePieces(normalizeLine(raw));
    for (const p of notice.pieces) {
      const held = results.filter((r) => r.code !== undefined && p.codes.includes(r.code));
      const same = held.find((r) => r.value === p.tok.value);
      if (same) {
        const raised = side(same.flag);
        if (raised && raised !== same.flag) {
          same.flag = raised;
          same.printedFlag = raised;
        }
        continue;
      }
      // A value no result holds is kept only from a notice of a call or report made: "Panic values: Potassium 6.5" lists
      // the lab's thresholds.
      if (!notice.reported || held.length || skipped.some((s) => s.check && p.codes.includes(s.check.code))) continue;
      const an = choose(p.analytes, p.tok, undefined);
      const raised = side(flagResult(an, p.tok, { sex, unitsMayBeMisread: options.unitsMayBeMisread }).flag);
      const check = raised && pleaseCheckEntry(an, { name: an.nameEn, valueText: p.tok.valueText, unit: p.tok.unit }, raised);
      if (check) skipped.push({ line: i + 1, text: raw.trim(), reason: 'a critical-value notice', check });
    }
  });
}
