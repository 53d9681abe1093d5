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

/**
 * The word of a notice: 危急值 / 危急结果 / 危急报告 / 危急通报, "critical value(s)/result(s)/call", "called critical",
 * "CRITICAL:", "panic value(s)". Never the patient's state (病情危急, "panic attacks", "critical care", "critically ill").
 */
const NOTICE_WORD =
  /危急(?:值|结果|报告|通报)|\bcritical\s+(?:values?|results?|lab\s+(?:values?|results?)|calls?|notifications?|alerts?)\b|\bcalled\s+(?:a\s+)?critical\b|\bcritical\s*[:：]|\bpanic\s+(?:values?|results?|levels?)\b/i;
/** Nothing critical is told ("no critical values", "not critical", 无危急值): before a piece, or inside it. */
const NEGATED = /\b(?:no|not|non|without)[- ]?(?:critical|panic)|无危急|非危急|未见危急|未达危急|不属于危急|不是危急/i;
/** The limits themselves are told ("危急值范围：钾 2.8 6.2", "Critical limits: Potassium 2.5 and 6.5"), before a piece. */
const LIMITS = /范围|界限|界值|限值|limits?\b|ranges?\b|thresholds?|cut-?offs?|defined|definitions?/i;
/** A value of the past ("上次危急值：钾 2.4", "Previous critical value: Potassium 2.4 … now resolved"). */
const HISTORY = /上次|前次|既往|以往|previous|resolved|last\s+(?:week|month|time)|histor/i;
/** A value that is a cut-off by the words after it ("钾 6.5 以上", "Sodium 120 or below"). */
const CUT_OFF_AFTER = /^\s*(?:及|或)?(?:以上|以下)|^\s*(?:or|and)\s+(?:above|below|more|less|higher|lower|greater)\b/i;
/** The notice reports a call or a report made, not a list of the lab's thresholds ("Panic values: K 6.5, Na 120"). */
const REPORTED = /通知|通报|报告|电话|告知|复述|\bcall(?:ed|s)?\b|phoned|notif|inform|read\s*back|telephon|paged|communicat/i;
/** Where a notice's list is cut: " / ", enumeration and clause marks, brackets, a dash set apart, a colon. */
const PIECE_BREAK = /\s\/\s|[、，,;；()（）【】[\]]|\s[-–—]\s|[:：]/g;

/**
 * The test/value pieces after the notice word of a line that announces critical values (see quotedValues). `reported`
 * says whether the line tells of a call or report made — parse.ts keeps a value no result holds as "please check"
 * only then. Empty for any other line.
 */
export function criticalNoticePieces(line: string): { pieces: NoticePiece[]; reported: boolean } {
  const text = line.normalize('NFKC');
  const at = text.search(NOTICE_WORD);
  // Only what follows the word is announced as critical: a row printing its own critical limits after its value
  // ("Potassium 5.6 mmol/L 3.5-5.1 H Critical: <2.5") is no notice about 5.6.
  if (at < 0) return { pieces: [], reported: false };
  return { pieces: quotedValues(text, at, { notice: true }), reported: REPORTED.test(text) };
}

/**
 * Test/value pieces quoted in a line from `from` on (parse.ts also reads a "危急值：…" note with it): a piece starts with
 * a known test name and holds a plain value, its first or second token after the name; the sentence around a value ends
 * the piece at its first plain word ("6.4 called to …"). A piece is not read when the words before it (from the line's
 * start) tell the past, or when a cut-off word follows its value ("钾 6.5 以上"); in a `notice`, neither when
 * the words before it tell the limits or that nothing is critical, or the piece is negated itself.
 */
export function quotedValues(text: string, from = 0, o: { notice?: boolean } = {}): NoticePiece[] {
  const out: NoticePiece[] = [];
  let start = 0;
  for (const m of [...text.matchAll(PIECE_BREAK), { index: text.length, 0: '' }]) {
    const end = m.index ?? text.length;
    const raw = text.slice(start, end);
    const pieceAt = start;
    start = end + m[0].length;
    if (pieceAt < from) continue;
    const p = raw.trim().replace(/^[★☆※*#!>]+\s*/, '');
    const alias = aliasAtNameStart(p);
    if (!alias) continue;
    const before = text.slice(0, pieceAt);
    // Only words before the value's name: "K 6.9, previous 5.0, phoned" is today's 6.9.
    if (HISTORY.test(before)) continue;
    // A note quoting a value our own limits call critical keeps it whatever else the note says (as before this
    // reading); only a notice read on its own word is voided by a negation or by talk of limits.
    if (o.notice && (NEGATED.test(p) || NEGATED.test(before) || LIMITS.test(text.slice(from, pieceAt)))) continue;
    const all = splitTokens(p.slice(alias.length).replace(/[:：=]/g, ' '));
    const vi = valueIndex(all);
    if (vi < 0 || vi > 1) continue;
    if (CUT_OFF_AFTER.test(all.slice(vi + 1).join(' '))) continue;
    const stop = all.findIndex((t, k) => k > vi && ((/^[a-z]+$/.test(t) && !/^(?:sec|s|min|h|hr|fl|pg|iu|u)$/.test(t)) || /[\u4e00-\u9fa5]/.test(t)));
    const tok = readTokens(stop < 0 ? all : all.slice(0, stop));
    if (!tok || tok.value === null || tok.op !== undefined) continue;
    out.push({ analytes: alias.analytes, codes: alias.analytes.map((a) => a.code), valueText: tok.valueText, tok });
  }
  return out;
}
