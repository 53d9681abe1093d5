// A number that is part of a test's NAME, not its value (pure). Tests are named with numbers — "CA 15-3", "CA 72-4",
// "CA 50", "细胞角蛋白19片段(CYFRA21-1)" —, and read cell by cell the name's number became the value: "CA 15-3  28.4 U/mL"
// was a calcium of 28.4 (critical-high: "CA" is calcium's code), "CA 72-4  3.1" a critical-low one, "CA 50  12 U/mL"
// a result of 50, and a photo's "细胞角蛋白 19 片段 (CYFRA21-1)  2.11" a result of 19. The row's STRUCTURE tells a name's
// number from a value — a value is followed by row fields only, a name's number by more of the name and then the value:
//  (a) the number is followed by name words and the row's bracketed CODE, and a value comes after the code (a
//      bracketed code closes the name cell: "name (CODE) value unit range");
//  (b) after a short Latin code ("CA", "K"), a hyphenated pair that is no range (15-3, 72-4: the first number larger),
//      or a whole number or any pair ("CA 27-29") when the row's unit is not one the code's analyte is printed in ("U/mL" is no calcium unit),
//      followed by the value.
// Look-alikes that keep their reading: "K 4.1 4.3 mmol/L" (a value and a previous one, in the analyte's unit),
// "Ca 2.35 mmol/L 2.1-2.6", "白细胞 12.5 (H) 10^9/L" (a flag in brackets), "肌酐 88 (μmol/L)" (a unit), "Glucose 2 h 7.6"
// (a time qualifier, parse.ts), names with the number glued ("CA125") or known whole ("CA 19-9", matched first).
import { REFERENCE_TABLE, type Analyte } from '../knowledge/reference-ranges.js';
import { unitFits } from '../knowledge/units.js';
import { isFlagWord, isValueToken, isWordResult, readTokens, valueIndex } from './line-tokens.js';

/** A short Latin code: the kind of name a designator number follows ("CA", "Ca", "K", "Fe"). */
const SHORT_CODE = /^[A-Za-z]{1,4}$/;
/** A name's number: a whole number or a hyphenated pair of whole numbers, optionally hyphen-joined to the code. */
const DESIGNATOR = /^\u200b?-?(\d{1,3})(?:-(\d{1,3}))?$/;
/** A plain number cell (a value), with a comparator or a decimal point. */
const NUMBER = /^[<>≤≥]?=?\d+(?:[.,]\d+)?$/;
/** A bracketed code: letters and digits with at least two capitals ("(CYFRA21-1)", "(tPSA)", "(CA15-3)"). */
const BRACKETED = /^[(（]([A-Za-z0-9][A-Za-z0-9+\-#%./]*)[)）]$/;
/** A word of a name: Chinese, or Latin letters. */
const NAME_WORD = /^(?:[\u4e00-\u9fa5]+|[A-Za-z]{2,})$/;
/** Joins the cells of one name: parse.ts shows it as a space. */
export const NAME_JOIN = '\u200b';

const isCode = (inner: string): boolean =>
  (inner.match(/[A-Z]/g) ?? []).length >= 2 && !isFlagWord(inner) && !isValueToken(inner) && !isWordResult(inner) && !/\//.test(inner);
const isNameWord = (t: string): boolean => NAME_WORD.test(t) && !isFlagWord(t) && !isValueToken(t) && !isWordResult(t);

export interface NameNumberOptions {
  /** The name as printed before `tokens` when it is a known alias (its text and what it names). */
  alias?: { text: string; analytes: readonly Analyte[] };
}

export interface BoundName {
  /** The row's cells with the name's number (and the name words after it) joined into the name's cells. */
  tokens: string[];
  /** How the number was told from a value: 'code' (a) or 'designator' (b); undefined when nothing changed. */
  by?: 'code' | 'designator';
}

/** Join a name's number to the name cells before it (pure): see the file's comment for the two structures. */
export function bindNameNumber(tokens: readonly string[], o: NameNumberOptions = {}): BoundName {
  // The joined cells start with NAME_JOIN: never a value cell, shown as the space it stands for.
  const join = (start: number, end: number, by: BoundName['by']): BoundName => ({
    tokens: [...tokens.slice(0, start), NAME_JOIN + tokens.slice(start, end + 1).join(NAME_JOIN), ...tokens.slice(end + 1)],
    by,
  });
  // (a) the first value cell a whole number, then name words, the bracketed code, and a value.
  const i = valueIndex([...tokens]);
  if (i >= 0 && DESIGNATOR.test(tokens[i])) {
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const code = BRACKETED.exec(tokens[j]);
      if (code && j > i + 1 && isCode(code[1]) && NUMBER.test(tokens[j + 1] ?? '') && !/^[<>≤≥]/.test(tokens[j + 1])) return join(i, j, 'code');
      if (!isNameWord(tokens[j])) break;
    }
  }
  // (b) a short Latin code's number, right after it, then the value.
  const alias = o.alias;
  // A tumour marker's number printed with a dot for its hyphen ("CA 15.3  28.4 U/mL": no calcium of 15.3) is the
  // name's only after the code CA, as 15.3 / 19.9 / 72.4, with a plain number next and a unit calcium is never
  // printed in (the disowned test below): "Ca 15.3 14.9 mg/dL", "Ca 15.3 mg/dL" keep their reading.
  const dotted = alias !== undefined && /^ca$/i.test(alias.text.trim()) && /^(?:15\.3|19\.9|72\.4)$/.test(tokens[0] ?? '');
  const m = DESIGNATOR.exec(tokens[0] ?? '');
  if (!alias || (!m && !dotted) || !SHORT_CODE.test(alias.text.trim()) || !NUMBER.test(tokens[1] ?? '') || /^[<>≤≥]/.test(tokens[1]))
    return { tokens: [...tokens] };
  // A hyphenated pair whose first number is the larger is no range.
  if (m && m[2] !== undefined && Number(m[1]) > Number(m[2])) return join(0, 0, 'designator');
  // A whole number or a rising pair ("CA 27-29"): only when the row's unit, one the table knows, is not one the
  // code's analyte is printed in.
  const unit = readTokens(tokens.slice(1))?.unit;
  const disowned =
    unit !== undefined &&
    alias.text.trim().length <= 2 &&
    alias.analytes.length > 0 &&
    alias.analytes.every((a) => a.units !== undefined && !unitFits(a, unit)) &&
    REFERENCE_TABLE.some((a) => unitFits(a, unit));
  return disowned ? join(0, 0, 'designator') : { tokens: [...tokens] };
}
