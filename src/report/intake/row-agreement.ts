// Does a value read from a photo agree with the rest of its own row (pure)? A laboratory prints three cells that
// must tell one story: the value, its flag (H/L/↑/↓) and its reference range. OCR misreads the value cell far more
// often than it invents a flag letter or an arrow, so a value the lab's own flag contradicts was misread — a decimal
// point lost ("2.4 L" read "24.1"), a digit dropped, a neighbour's cell taken ("142 L" read as another row's 210).
// Such a value is not shown as the patient's result: the caller withholds it as unreadable ("check the paper").
//
// Readings of the row and the page, no word lists of our own (markers are the parser's token reader):
// - `thousandsDoubt`: three decimals beside a whole-number range may be a thousands comma read as a point.
// - `rowMarker`: the flag the row prints after its value, or none.
// - `valueSides`: where the value lies against the printed range (as read) and against the bundled range in the
//   row's unit. A bundled range is not the lab's: alone it contradicts a flag only from the other side (a haematocrit
//   of 46.8 flagged H is normal by our 35-50 and high by the lab's 36-46).
// - `flagColumn` / `flagCellEmpty`: where the page prints its flags (the x-band of the flag words of its rows) and
//   whether a row's cell there is empty. A page that flags its abnormal rows leaves a normal row's flag cell empty
//   (over the batches' reports that flag two or more rows, 98.8 % of abnormal rows carry their flag); an empty cell
//   beside a doubtful value that lies outside the printed range is a doubt the row itself raises. A cell holding
//   anything (a flag OCR misread as "儿" or "* RE") is not empty, and the rule stays silent.
import { escapeRegExp } from '../../core/regex.js';
import { analyteByCode } from '../../knowledge/reference-ranges.js';
import { compareToRange } from '../flag.js';
import { flagResult } from '../flag-result.js';
import { parseRangeToken, readTokens, splitTokens, type LineTokens } from '../line-tokens.js';
import type { LabFlag, LabResult } from '../types.js';
import type { OcrLine } from './ocr-lines.js';

export type Side = 'low' | 'normal' | 'high';
export interface RowMarker {
  side: 'high' | 'low';
  /** HH/LL/↑↑/↓↓ or a critical word beside the marker: the lab calls the value critical. */
  critical: boolean;
}

const sideOf = (f: LabFlag | undefined): Side | undefined =>
  f === 'normal' ? 'normal' : f === 'high' || f === 'critical-high' ? 'high' : f === 'low' || f === 'critical-low' ? 'low' : undefined;

/** The value cell's [start, end) on the line: the first whole-token occurrence, thousands commas allowed ("3,420"). */
export function valueSpan(lineText: string, valueText: string): { start: number; end: number } | undefined {
  if (!valueText) return undefined;
  const chars = [...valueText].map((c) => (/\d/.test(c) ? `${c},?` : escapeRegExp(c)));
  const re = new RegExp(`(?<![\\d.,])${chars.join('').replace(/,\?$/, '')}(?![\\d]|[.,]\\d)`, 'g');
  const m = re.exec(lineText);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

const markerOf = (tok: LineTokens | undefined): RowMarker | undefined => (tok?.marker ? { side: tok.marker, critical: !!tok.markerCritical } : undefined);

/**
 * The flag the row prints for its value: the cells after the value read by the parser's token reader (so a marker
 * after a previous result's number, a clock or a range limit is not this value's), or an arrow standing right before
 * the value ("↑ 9.62"). Undefined when the row prints none or the value cannot be found on the line.
 */
export function rowMarker(lineText: string, valueText: string): RowMarker | undefined {
  const at = valueSpan(lineText, valueText);
  if (!at) return undefined;
  const after = markerOf(readTokens([valueText, ...splitTokens(lineText.slice(at.end))]));
  if (after) return after;
  // An arrow right before the value, not one closing an earlier number's cell ("6.9 ↑↑   4.4": a previous column's).
  const m = /(\S?)\s*([↑↓]+) ?$/.exec(lineText.slice(0, at.start));
  const before = m && !/[\d.]/.test(m[1]) ? m[2] : undefined;
  return before ? { side: before.startsWith('↑') ? 'high' : 'low', critical: before.length > 1 } : undefined;
}

const opOf = (valueText: string): LineTokens['op'] => {
  const m = /^([<>≤≥]=?)/.exec(valueText)?.[1];
  return m === '≤' || m === '<=' ? '<=' : m === '≥' || m === '>=' ? '>=' : m === '<' ? '<' : m === '>' ? '>' : undefined;
};

export interface ValueSides {
  /** Against the range the row prints, as read; a value on a printed bound is on both sides of it. */
  printed?: Set<Side>;
  /** Against the analyte's bundled range in the row's unit. */
  bundled?: Side;
}

/** Where a numeric value lies against the printed and the bundled range (sides that cannot be judged are absent). */
export function valueSides(r: Pick<LabResult, 'code' | 'value' | 'valueText' | 'unit' | 'range' | 'specimen'>): ValueSides {
  const out: ValueSides = {};
  if (r.value === null || !Number.isFinite(r.value)) return out;
  const op = opOf(r.valueText);
  if (r.range?.origin === 'report' && (r.range.low !== undefined || r.range.high !== undefined)) {
    const printed = parseRangeToken(r.range.text.replace(/\s+/g, '')) ?? { text: r.range.text };
    const side = sideOf(compareToRange({ value: r.value, op }, { ...printed, low: r.range.low, high: r.range.high }));
    if (side) {
      out.printed = new Set([side]);
      if (r.value === r.range.high) out.printed.add('high');
      if (r.value === r.range.low) out.printed.add('low');
    }
  }
  const an = r.code ? analyteByCode(r.code) : undefined;
  if (an && !an.qualitative) {
    const tok: LineTokens = { value: r.value, valueText: r.valueText, op, unit: r.unit };
    out.bundled = sideOf(flagResult(an, tok, { unitsMayBeMisread: true, specimen: r.specimen }).flag);
  }
  return out;
}

/** The x-band where the page prints its flag words, from the rows that print one apart from their value. */
export interface FlagBand {
  x0: number;
  x1: number;
}

/** The page's flag column: the extent of the flag words standing after their values (undefined with fewer than two). */
export function flagColumn(rows: readonly { line: OcrLine; valueText: string }[]): FlagBand | undefined {
  const boxes = rows.flatMap(({ line, valueText }) => {
    const at = valueSpan(line.text, valueText);
    if (!at) return [];
    const s = line.spans.find((x) => x.start >= at.end && x.x0 !== undefined && markerOf(readTokens([valueText, line.text.slice(x.start, x.end)])));
    return s?.x0 !== undefined && s.x1 !== undefined ? [{ x0: s.x0, x1: s.x1 }] : [];
  });
  if (boxes.length < 2) return undefined;
  return { x0: Math.min(...boxes.map((b) => b.x0)), x1: Math.max(...boxes.map((b) => b.x1)) };
}

/**
 * Is the row's cell under the page's flag column empty? No word other than the value's own stands within the band
 * (widened by half a line height each side); a value word reaching into the band is a flag glued to it ("9.621" for
 * "9.62↑") and does not fill the cell.
 */
export function flagCellEmpty(line: OcrLine, valueText: string, band: FlagBand): boolean {
  const at = valueSpan(line.text, valueText);
  if (!at) return false;
  const pad = Math.max(4, ((line.y1 ?? 0) - (line.y0 ?? 0)) / 2);
  return !line.spans.some(
    (s) => s.x0 !== undefined && s.x1 !== undefined && !(s.start <= at.start && s.end >= at.end) && s.x1 > band.x0 - pad && s.x0 < band.x1 + pad,
  );
}

/** How the value agrees with its row: `disagrees` names why (the caller withholds the value). */
export type RowAgreement = { kind: 'agrees' | 'unjudged' } | { kind: 'disagrees'; why: 'flag' | 'unflagged' | 'thousands' };

/**
 * A value printed with three decimals beside a range the lab prints in whole numbers ("1.862" beside <450) may be a
 * thousands group whose comma OCR read as a point ("1,862"): when the two readings fall on different sides of the
 * printed range and the row itself votes for the x1000 reading, the value is in doubt. A thousands group never starts
 * with 0 (PSA 0.012 beside 0-4, troponin I 0.034 beside <1 are true small values: review s32 a17/a18/a25); the row
 * votes by the flag it prints on the x1000 reading's side ("1.862 H" beside <450), or by the bundled range putting
 * the value as read outside and the x1000 one inside (CRP 0.125 beside <1 is normal as read: no vote).
 */
export function thousandsDoubt(r: Pick<LabResult, 'code' | 'value' | 'valueText' | 'unit' | 'range' | 'specimen'>, marker?: RowMarker): boolean {
  if (r.value === null || !/^[1-9]\d{0,2}\.\d{3}$/.test(r.valueText) || r.range?.origin !== 'report' || /\d[.,]\d/.test(r.range.text)) return false;
  const side = (v: number) => sideOf(compareToRange({ value: v }, { low: r.range?.low, high: r.range?.high, text: '' }));
  const big = Math.round(r.value * 1000);
  const bigSide = side(big);
  if (side(r.value) === bigSide) return false;
  if (marker) return marker.side === bigSide;
  const asRead = valueSides(r).bundled;
  const asBig = valueSides({ ...r, value: big, valueText: String(big), range: undefined }).bundled;
  return asRead !== undefined && asRead !== 'normal' && asBig === 'normal';
}

/**
 * The ranges a row prints after its value ("M 130-175  F 115-150": one per sex or age), as parsed range tokens; the
 * row's range as read is the first of them.
 */
export function printedRanges(lineText: string, valueText: string): { low?: number; high?: number; text: string }[] {
  const at = valueSpan(lineText, valueText);
  if (!at) return [];
  // A side-by-side table's divider ends the row ("钾 K 3.12 mmol/L 3.50-5.30 | 钠 Na 141 mmol/L 137-147").
  const rest = lineText.slice(at.end).split(/[|｜¦]/)[0];
  const out: { low?: number; high?: number; text: string }[] = [];
  for (const m of rest.matchAll(/(?<![\d.])(?:\d+(?:\.\d+)?\s*[-–~～]\s*\d+(?:\.\d+)?|[<>≤≥]=?\s*\d+(?:\.\d+)?)(?![\d.])/g)) {
    const p = parseRangeToken(m[0].replace(/\s+/g, ''));
    if (p && (p.low !== undefined || p.high !== undefined)) out.push(p);
  }
  return out;
}

/**
 * The value against its row. A printed flag is contradicted when the printed range puts the value elsewhere and the
 * bundled range does not agree with the flag, or, with no printed range read, when the bundled range puts the value
 * on the flag's other side. With no flag printed and an empty flag cell (`emptyFlagCell`, on a page that flags), a
 * value already in doubt (`doubted`: low confidence, a guessed point, a precision its range does not print) that lies
 * outside the printed range and is not normal by the bundled one is not confirmed by its row either.
 */
export function rowAgreement(
  r: Pick<LabResult, 'code' | 'value' | 'valueText' | 'unit' | 'range' | 'specimen'>,
  marker: RowMarker | undefined,
  o: { emptyFlagCell: boolean; doubted: boolean; lineText?: string },
): RowAgreement {
  if (thousandsDoubt(r, marker)) return { kind: 'disagrees', why: 'thousands' };
  const { printed, bundled } = valueSides(r);
  // Several ranges printed (by sex or age, "M 130-175  F 115-150"): the value's sides against every one of them; a
  // flag any of them agrees with agrees, and one none agrees with is left unjudged — which range is the patient's is
  // not read (review s32 a20: Hb 160 H of a woman, the M range read first).
  const ranges = o.lineText && printed && r.range ? printedRanges(o.lineText, r.valueText) : [];
  const several = ranges.length > 1;
  if (several && printed && r.value !== null) {
    for (const p of ranges) {
      const side = sideOf(compareToRange({ value: r.value, op: opOf(r.valueText) }, p));
      if (side) printed.add(side);
      if (r.value === p.high) printed.add('high');
      if (r.value === p.low) printed.add('low');
    }
  }
  if (marker) {
    if (printed?.has(marker.side) || bundled === marker.side) return { kind: 'agrees' };
    if (several) return { kind: 'unjudged' };
    if (printed) return { kind: 'disagrees', why: 'flag' };
    return bundled !== undefined && bundled !== 'normal' ? { kind: 'disagrees', why: 'flag' } : { kind: 'unjudged' };
  }
  if (!printed) return { kind: 'unjudged' };
  // With several ranges, `printed` holds the value's sides against all of them: outside every one.
  if (o.doubted && o.emptyFlagCell && !printed.has('normal') && bundled !== 'normal') return { kind: 'disagrees', why: 'unflagged' };
  return { kind: 'agrees' };
}
