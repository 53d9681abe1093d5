// A critical-value notice: the laboratory's own statement that a value is critical ("★危急值通报：PLT 18×10^9/L、
// INR 3.52", "CRITICAL VALUE NOTIFICATION: PT 62.3 sec / INR 6.4 called to …", "lab called critical at 0640 - K 2.6
// mmol/L"). Our flag rules know critical limits for some tests only (INR 3.52 under ↑(危) was read "high": the critical
// value missed in report-texts-16), so what the report itself calls critical must reach triage: parse.ts raises the
// table row of the same test and value, or keeps the value as "please check" when no row holds the test. Only a test
// name with a plain value counts — a cut-off ("钾 <2.8"), a legend ("HH/LL critical") or a negated notice ("no
// critical values") gives nothing. Pure.
import type { Analyte } from '../knowledge/reference-ranges.js';
import { aliasAtNameStart } from './alias-index.js';
import { readTokens, splitTokens, valueIndex, type LineTokens } from './line-tokens.js';

export interface NoticePiece {
  /** The tests the piece's name can mean (the caller chooses among them as for a row). */
  analytes: Analyte[];
  codes: string[];
  valueText: string;
  tok: LineTokens;
}

/** A word of the critical class in either language ("critical care", "critically ill" name a ward or a patient). */
const CRITICAL_WORD = /危急|critical(?![- ]?care)(?!ly)|panic/i;
/** A notice that says there is nothing critical. */
const NEGATED = /\b(?:no|not|non|without)[- ]?(?:critical|panic)|无危急|非危急|未见危急|未达危急|不属于危急/i;
/** A line about the limits themselves ("危急值范围：钾 2.8 6.2", "Critical limits: Potassium 2.5 and 6.5"): no values. */
const LIMITS = /范围|界限|界值|限值|标准|limits?\b|ranges?\b|thresholds?|cut-?offs?|defined|definitions?|policy/i;
/** Where a notice's list is cut: " / ", enumeration and clause marks, brackets, a dash set apart, a colon. */
const PIECE_BREAK = /\s\/\s|[、，,;；()（）【】[\]]|\s[-–—]\s|[:：]/;

/**
 * The test/value pieces after the critical word of a line that calls values critical (pieces cut as PIECE_BREAK says;
 * a piece starts with a known test name and holds a plain value, its first or second token after the name). Empty
 * for any other line.
 */
export function criticalNoticePieces(line: string): NoticePiece[] {
  const text = line.normalize('NFKC');
  const at = text.search(CRITICAL_WORD);
  if (at < 0 || NEGATED.test(text) || LIMITS.test(text)) return [];
  // Only what follows the word is announced as critical: a row printing its own critical limits after its value
  // ("Potassium 5.6 mmol/L 3.5-5.1 H Critical: <2.5") is no notice about 5.6.
  return quotedValues(text.slice(at));
}

/**
 * Test/value pieces quoted in a note's body (see criticalNoticePieces; parse.ts reads a "危急值：…" note with it). The
 * sentence around a value ends the piece at its first plain word ("6.4 called to …").
 */
export function quotedValues(body: string): NoticePiece[] {
  const out: NoticePiece[] = [];
  for (const piece of body.split(PIECE_BREAK)) {
    const p = piece.trim().replace(/^[★☆※*#!>]+\s*/, '');
    const alias = aliasAtNameStart(p);
    if (!alias) continue;
    const all = splitTokens(p.slice(alias.length).replace(/[:：=]/g, ' '));
    const vi = valueIndex(all);
    if (vi < 0 || vi > 1) continue;
    const stop = all.findIndex((t, k) => k > vi && ((/^[a-z]+$/.test(t) && !/^(?:sec|s|min|h|hr|fl|pg|iu|u)$/.test(t)) || /[\u4e00-\u9fa5]/.test(t)));
    const tok = readTokens(stop < 0 ? all : all.slice(0, stop));
    if (!tok || tok.value === null || tok.op !== undefined) continue;
    out.push({ analytes: alias.analytes, codes: alias.analytes.map((a) => a.code), valueText: tok.valueText, tok });
  }
  return out;
}
