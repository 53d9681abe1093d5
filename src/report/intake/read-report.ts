// One entry for every report file a user has: a PDF with a text layer (positions → table lines), a scanned PDF
// (pages rendered, then OCR), a photo or scan image (OCR), or plain text. The type is decided by magic bytes, not
// the file name. OCR keeps each line's word confidences so parseReportDocument can mark values that were not read
// with confidence: "check" (flag kept, reader asked to compare with the paper) or "unreadable" (no flag at all —
// a critical value is never guessed from a smudge).
import { decodeText } from '../../core/encoding.js';
import { analyteByCode } from '../../knowledge/reference-ranges.js';
import { interpretErrors } from '../interpret-errors.js';
import { pleaseCheckEntry } from '../please-check.js';
import { parseLabReport, type ParseLabOptions } from '../parse.js';
import { CELL_GAP } from '../column-roles.js';
import { isFlagWord, splitTokens } from '../line-tokens.js';
import { photoSerialValues } from '../serial-columns.js';
import type { LabReport, LabResult, SkippedLine } from '../types.js';
import { alignToPage } from './page-layout.js';
import { cutSideBySide } from './page-columns.js';
import { splitAtColumns } from './column-grid.js';
import { pointAtBreak, spanConfidence, valueConfidence, wordsToLines, type OcrLine, type OcrWord } from './ocr-lines.js';
import { repairNames } from './ocr-names.js';
import { reconcileBilingualName } from './bilingual-names.js';
import { glyphSimilarity } from './glyphs.js';
import { exactAliasShare, nearAlias, nearShortAliases, repairLineName } from './ocr-vocabulary.js';
import { aliasWithin, isAlias } from '../alias-index.js';
import { decidePoint, possibleFor, rangeIsAnalytes } from './plausible.js';
import { isWholeWord, readsAsWords } from './name-words.js';
import { isUnitSpelling } from '../unit-repair.js';
import { normalizeUnit, unitFits } from '../../knowledge/units.js';
import { criticalFlagInSomeUnit, criticalInSomeUnit, rowPrecision } from './read-doubt.js';
import { flagCellEmpty, flagColumn, rowAgreement, rowMarker } from './row-agreement.js';
import { cutLeadMarks, markCutBefore } from './lead-marks.js';
import { cutTrailMarks, markCutAfter } from './trail-marks.js';
import { markedFarPastRange } from './far-mark.js';
import { pageMeasure, widerThanShown } from './point-width.js';

export { lostDecimal } from './plausible.js';
import { isPdf, pdfTextPages, renderPdfPages } from './pdf.js';
import { escapeRegExp } from '../../core/regex.js';

export type ReportSourceKind = 'text' | 'pdf-text' | 'pdf-ocr' | 'image-ocr';

export interface ReportDocument {
  name: string;
  kind: ReportSourceKind;
  /** The report as lines of text (pages separated by a blank line). */
  text: string;
  pages: number;
  /** For OCR'd input: the OCR line behind each text line (index = line number - 1), and page-level facts. */
  ocr?: { lines: (OcrLine | undefined)[]; confidence: number; skew: number[] };
}

export interface ReadReportOptions {
  /** Pages of a scanned PDF to OCR at most (default 10). */
  maxOcrPages?: number;
}

/** Accepted upload types, for error messages and the API's 415 answer. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'text/plain'] as const;

/** Units read by OCR may be misread: one the analyte does not know is unread (flag-result.ts). */
const OCR_PARSE = { unitsMayBeMisread: true } as const;

/** Below this word confidence a value is not trusted at all; below CHECK it is shown as "please check". */
export const UNREADABLE_BELOW = 55;
export const CHECK_BELOW = 80;

function joinPages(pages: { lines: OcrLine[] }[]): { text: string; lines: (OcrLine | undefined)[] } {
  const lines: (OcrLine | undefined)[] = [];
  pages.forEach((p, i) => {
    if (i > 0) lines.push(undefined);
    const glyphs = glyphSimilarity();
    lines.push(...p.lines.map((l) => repairLineName(reconcileBilingualName(repairNames(l), glyphs), glyphs)));
  });
  return { text: lines.map((l) => l?.text ?? '').join('\n'), lines };
}

/** Read a report file's bytes into text (with OCR where the file is an image or a scan). */
export async function readReportBytes(bytes: Uint8Array, name: string, o: ReadReportOptions = {}): Promise<ReportDocument> {
  if (bytes.length === 0) throw interpretErrors.REPORT_INPUT_EMPTY({ source: name });
  if (isPdf(bytes)) {
    const pages = await pdfTextPages(bytes, name);
    const text = pages.join('\n\n').trim();
    if (text) return { name, kind: 'pdf-text', text, pages: pages.length };
    // No text layer: a scan. Render and OCR each page.
    const { ocrDrawable } = await import('./ocr.js');
    const ocrPages: Awaited<ReturnType<typeof ocrDrawable>>[] = [];
    await renderPdfPages(
      bytes,
      async (canvas) => {
        ocrPages.push(await ocrDrawable(canvas));
      },
      { sourceName: name, maxPages: o.maxOcrPages ?? 10 },
    );
    const joined = joinPages(ocrPages);
    return {
      name,
      kind: 'pdf-ocr',
      text: joined.text,
      pages: ocrPages.length,
      ocr: { lines: joined.lines, confidence: mean(ocrPages.map((p) => p.confidence)), skew: ocrPages.map((p) => p.skew) },
    };
  }
  const { imageKind, ocrImage } = await import('./ocr.js');
  if (imageKind(bytes)) {
    const page = await ocrImage(bytes, name);
    return pageDocument(name, page.words, page.skew);
  }
  // Text: refuse binary files rather than parsing their bytes as a report.
  if (bytes.subarray(0, 4096).includes(0))
    throw interpretErrors.REPORT_FILE_UNSUPPORTED({ source: name, reason: `not a PDF, PNG, JPEG, WebP or text file (accepted: ${ACCEPTED_TYPES.join(', ')})` });
  return { name, kind: 'text', text: decodeText(bytes).text, pages: 1 };
}

/** One photographed page's OCR words → the document the parser reads (pure; the words keep their boxes). */
export function pageDocument(name: string, words: readonly OcrWord[], skew = 0): ReportDocument {
  const joined = joinPages([{ lines: wordsToLines(words) }]);
  const confidence = mean(words.map((w) => w.confidence));
  return { name, kind: 'image-ocr', text: joined.text, pages: 1, ocr: { lines: joined.lines, confidence, skew: [skew] } };
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Mark OCR'd values by the confidence of the words they were read from (pure). Unreadable values lose their
 * number and flag; a critical flag from a value read below CHECK_BELOW becomes unreadable too (the report then
 * says "could not read" instead of raising or hiding an alarm on a guess).
 */
export function applyReadConfidence(report: LabReport, lines: readonly (OcrLine | undefined)[]): LabReport {
  const { kept, untraced } = traceNames(report.results, lines);
  const withheld: SkippedLine[] = [];
  // Withheld because a reading would be critical: unreadable, and a "please check" entry (see pleaseCheck).
  const withhold = (r: LabResult, confidence: number, flag: LabResult['flag']): LabResult => {
    const line = lines[r.line - 1];
    withheld.push(pleaseCheck(r, line?.text ?? '', CRITICAL_UNREAD, flag));
    return unreadable(r, confidence);
  };
  // The flags the page prints (row-agreement.ts): a page that flags its abnormal rows leaves normal ones unflagged.
  const markers = kept.map((r) => {
    const line = lines[r.line - 1];
    return line && r.value !== null ? rowMarker(line.text, r.valueText) : undefined;
  });
  const page = pageMeasure(lines);
  const band = flagColumn(kept.flatMap((r, k) => (markers[k] && lines[r.line - 1] ? [{ line: lines[r.line - 1] as OcrLine, valueText: r.valueText }] : [])));
  const results = kept.map((result, k) => {
    let r = result;
    const line = lines[r.line - 1];
    if (!line) return r;
    const conf = valueConfidence(line, r.valueText);
    const confidence = conf === undefined ? 0 : Math.round(conf);
    const criticalCapable = r.code ? analyteByCode(r.code)?.critical !== undefined : false;
    // A printed range read with doubt (a lost decimal point: "3.5-53") must not decide the flag: the line is
    // re-read without it, so the bundled range and critical limits apply.
    const rangeConf = r.range?.origin === 'report' ? rangeConfidence(line, r.range.text) : undefined;
    if (rangeConf !== undefined && rangeConf < CHECK_BELOW && r.range) {
      const rest = line.text.replace(r.range.text, ' ');
      const again = parseLabReport(rest, OCR_PARSE).results.find((x) => x.code === r.code && x.valueText === r.valueText);
      if (again) r = { ...r, flag: again.flag, range: again.range };
      else r = { ...r, flag: 'unknown', range: undefined };
    }
    // Where the decimal point goes (intake/plausible.ts): a break OCR saw inside the digits, or the printed range's
    // precision, checked against what the knowledge base allows for the analyte in the printed unit. A number that
    // no unit allows and no point repairs was not read: unreadable, never shown as read.
    // Review s42 (S1): a far re-point is never released, not even on a word free of any mark (a release path was tried
    // and withdrawn). A clean word far past its range is as often a real whole number above the table's ceiling (AFP 24310 beside
    // 0.00-8.78 was shown 243.10, IL-6 8420 beside 0.0-7.0 shown 842.0) or a value whose precision is not the range's
    // (D-dimer "12.60" read 1260 beside 0-0.5 shown 126.0). START's refusal stands until a witness of the lost point
    // itself (e.g. the word's box wider than its digits) is built and measured on real photos.
    const point = decidePoint(r, pointAtBreak(line, r.valueText));
    // A count too low for the table's span is still critical-low when real (platelets 5): withheld with the alarm.
    // Review fix (s41): so is a critical-high one — troponin I "2.48 ↑" read 248 beside 0–0.04 is refused a point
    // that leaves it > 10× its range, and must not lose its "please check" alarm with it.
    if (point.kind === 'impossible')
      return r.flag === 'critical-low' || r.flag === 'critical-high' ? withhold(r, confidence, r.flag) : unreadable(r, confidence);
    const wordConf = valueConfidence(line, r.valueText, { words: true }) ?? 0;
    const decimal = point.kind === 'repointed' ? point.valueText : undefined;
    const pointVouched = point.kind === 'repointed' && point.vouched;
    if (decimal) {
      const again = parseLabReport(line.text.replace(r.valueText, decimal), OCR_PARSE).results.find((x) => x.code === r.code && x.valueText === decimal);
      r = again ? { ...r, value: again.value, valueText: decimal, flag: again.flag, range: again.range ?? r.range } : { ...r, value: null, flag: 'unknown' };
    }
    const critical = r.flag === 'critical-high' || r.flag === 'critical-low';
    // A guessed point on an analyte the table does not know never carries a critical flag.
    if (decimal && !pointVouched && critical) return withhold(r, confidence, r.flag);
    // The row's own precision (read-doubt.ts): a whole number beside a range printed with decimals is not
    // confirmed; when either reading would be critical it is withheld, never raised or hidden on a guess.
    const precision = decimal ? undefined : rowPrecision(r);
    if (precision?.kind === 'doubt') {
      const alt = precision.alternative;
      const altFlag = alt
        ? parseLabReport(line.text.replace(r.valueText, alt), OCR_PARSE).results.find((x) => x.code === r.code && x.valueText === alt)?.flag
        : undefined;
      // Either reading critical raises "please check": the re-pointed one first, as the likelier ("21" glucose may be
      // 2.1), else the number as read ("7" potassium beside 3.5-5.5, "8" platelets beside 125-350, "31" white cells).
      // A withheld critical reading always leaves the alarm behind; it is never unreadable alone.
      if (altFlag === 'critical-high' || altFlag === 'critical-low') return withhold(r, confidence, altFlag);
      if (critical) return withhold(r, confidence, r.flag);
    }
    let status: 'ok' | 'check' | 'unreadable' = 'ok';
    // A value whose joined arrow was cut (lead-marks.ts, trail-marks.ts) is the rest of a misread word: never shown as read.
    // (Found by the value as parsed: a point put back since changes the text.)
    const markCut = markCutBefore(line, result.valueText) || markCutAfter(line, result.valueText);
    if (conf === undefined || conf < CHECK_BELOW || decimal || line.name || precision?.kind === 'doubt' || markCut) status = 'check';
    // A cut mark AND a point in doubt in one word ("1.31 ↓" read "131", cut to "13", a whole number beside "1.8-6.3"):
    // two faults, and the rest is possible as it stands, so no reading is forced. (A rest no unit allows, re-pointed
    // where the knowledge base and the printed range put the point — "↑ 48.3" read "1483" — is decided, as without a mark.)
    const markAndPoint = markCut && decimal === undefined && precision?.kind === 'doubt';
    // A value whose unit was not read, critical in some unit the analyte is printed in: "please check".
    if (status === 'ok' && r.flag === 'unknown' && criticalInSomeUnit(r)) status = 'check';
    // Vouched: the knowledge base finds the value possible for its analyte (a re-pointed one included, even when
    // critical: "please check" says the point was assumed). A possible value Tesseract itself read with fair
    // confidence is doubted only by our digit-shape checks: "please check", not withheld (critical ones excepted).
    const vouched = (decimal !== undefined && pointVouched) || (point.kind === 'plausible' && wordConf >= UNREADABLE_BELOW && !critical);
    if (!vouched && ((conf !== undefined && conf < UNREADABLE_BELOW) || (status === 'check' && (critical || (criticalCapable && conf === undefined)))))
      status = 'unreadable';
    // The value against its own row's flag and range (row-agreement.ts): a value the lab's flag contradicts, or an
    // unflagged doubtful one outside every range on a page that flags, was misread — withheld, never shown as read.
    // A critical flag the row prints still raises its alarm ("please check"), the value being unread.
    let alarm: LabResult['flag'] = r.flag;
    // A point put back whose reading the row does not parse ("34" beside 3.5-5.0 in a cumulative row) was not read:
    // the value as printed is no result to show.
    if ((decimal && r.value === null) || markAndPoint) status = 'unreadable';
    // A glyph lost from the word whose ink its box still holds (point-width.ts: "2.1" read "21", "2.86" read "28" and
    // re-pointed "2.8"): the value shown is not the number printed. Withheld, never repaired; any reading with a point
    // put back that would be critical keeps its alarm ("please check").
    if (status !== 'unreadable' && r.value !== null && !markCut && widerThanShown(line, result.valueText, r.valueText, page) === true) {
      status = 'unreadable';
      if (!r.flag.startsWith('critical')) alarm = pointedCriticalFlag(r, line.text) ?? alarm;
      // Review s43 (S1): the lab's own critical mark (HH/LL/↑↑/↓↓, a critical word) still raises its "please check", as
      // the row-agreement check below (skipped for a withheld value) raised it at START ("-12.5 LL" base excess read "12.5").
      const marker = markers[k];
      if (marker?.critical && !alarm.startsWith('critical')) alarm = marker.side === 'high' ? 'critical-high' : 'critical-low';
    }
    // A glyph read into the word AND a value far past its own printed range (far-mark.ts): the word is no value.
    const printedHigh = r.range?.origin === 'report' ? r.range.high : undefined;
    if (markedFarPastRange(line, lines, result.valueText, r.value, printedHigh)) status = 'unreadable';
    if (status !== 'unreadable' && r.value !== null) {
      // Doubted by the read itself; a precision doubt counts only against a range the lab printed (ours is not its).
      const doubted = conf === undefined || conf < CHECK_BELOW || decimal !== undefined || (precision?.kind === 'doubt' && r.range?.origin === 'report');
      const marker = markers[k];
      const emptyFlagCell = !marker && band !== undefined && flagCellEmpty(line, r.valueText, band);
      const agreement = rowAgreement(r, marker, { emptyFlagCell, doubted, lineText: line.text });
      // The cut arrow was the lab's mark of an abnormal row: a value its range calls normal (or unjudged) contradicts it.
      // And the rest must be the named test's: a printed range that is not its own ("CHCO3-(P)" read as phosphate
      // beside 22.0-26.0) says the row is another test's, and its value is no result for this one.
      const an = r.code ? analyteByCode(r.code) : undefined;
      const printed = r.range?.origin === 'report' && r.range.low !== undefined && r.range.high !== undefined ? r.range : undefined;
      const foreignRange = an !== undefined && printed !== undefined && !rangeIsAnalytes(an, printed.low as number, printed.high as number);
      const markDisagrees = markCut && ((r.flag !== 'low' && r.flag !== 'high' && !r.flag.startsWith('critical')) || foreignRange);
      if (agreement.kind === 'disagrees' || markDisagrees) {
        status = 'unreadable';
        // The value's own critical alarm stays as it was; a critical flag the row prints raises one where it had none.
        if (marker?.critical && !r.flag.startsWith('critical')) alarm = marker.side === 'high' ? 'critical-high' : 'critical-low';
      }
    }
    if (status === 'unreadable') {
      // Critical as flagged or, the unit not read, in some unit the analyte is printed in (pleaseCheck decides).
      const entry = pleaseCheck(r, line.text, CRITICAL_UNREAD, alarm);
      if (entry.check) withheld.push(entry);
      return { ...r, value: null, flag: 'unknown' as const, read: { confidence, status } };
    }
    return { ...r, read: { confidence, status } };
  });
  const serial = severalValues(results, lines);
  return { ...report, results: serial.results, skipped: [...report.skipped, ...untraced, ...withheld, ...serial.skipped, ...bareMisreads(report, lines)] };
}

/**
 * The critical flag of a reading of the value with a decimal point put back between two of its digits (the first such
 * reading the row parses as critical), or undefined: a value withheld for a lost glyph must not hide the alarm its
 * printed reading may carry ("21" glucose beside no decimals may be 2.1).
 */
function pointedCriticalFlag(r: LabResult, lineText: string): 'critical-high' | 'critical-low' | undefined {
  if (!/^\d{2,}$/.test(r.valueText)) return undefined;
  for (let k = 1; k < r.valueText.length; k++) {
    const alt = `${r.valueText.slice(0, k)}.${r.valueText.slice(k)}`;
    const flag = parseLabReport(lineText.replace(r.valueText, alt), OCR_PARSE).results.find((x) => x.code === r.code && x.valueText === alt)?.flag;
    if (flag === 'critical-high' || flag === 'critical-low') return flag;
  }
  return undefined;
}

/**
 * A row of a photographed cumulative table holds one value per collection; when the serial reader could not read the
 * head (or read another value than the row shows), which value is current is not known: the row is unreadable with
 * its values as printed and a "please check" line, and any of its values that would be critical for the test raises
 * the alarm — never one column's value shown as the current result (serial-columns.ts photoSerialValues). Each cell
 * is read by the line reader itself, as the row's value with its unit and printed range, so a flag in brackets
 * ("6.9 (H)") or a thousands group ("1,520") reads as it does in the row (review s28 d12).
 */
function severalValues(results: readonly LabResult[], lines: readonly (OcrLine | undefined)[]): { results: LabResult[]; skipped: SkippedLine[] } {
  const texts = lines.map((l) => l?.text ?? '');
  const skipped: SkippedLine[] = [];
  const out = results.map((r) => {
    if (r.read?.status === 'unreadable' || r.value === null) return r;
    const seen = photoSerialValues(texts, r.line - 1);
    if (!seen) return r;
    // Each cell read as the row's value, with the row's unit and printed range.
    const asValue = (cell: string) => {
      const row = [r.name, cell, r.unit ?? '', r.range?.origin === 'report' ? r.range.text : ''].join(CELL_GAP);
      const read = parseLabReport(row, OCR_PARSE).results.find((x) => x.code === r.code);
      return read?.value !== null && read?.value !== undefined ? read : undefined;
    };
    // A collection's value cell is a number with at most its flags ("6.9 (H)", "5.8 L") or a misread glyph or two
    // ("119 山"); a cell with words after the number ("5.8 L repeat": a neighbouring column's value may be merged
    // into it) or a remark ("6.9 ↑↑ 复查6.7") is not counted among the values.
    const bare = (cell: string) =>
      splitTokens(cell)
        .slice(1)
        .every((t) => isFlagWord(t.replace(/^[[(（]([A-Za-z]{1,2})[\])）]$/, '$1')) || /^[^\sA-Za-z\d]{1,2}$/.test(t));
    const cells = seen.values.flatMap((v) => {
      const read = bare(v) ? asValue(v) : undefined;
      return read ? [{ printed: v, read }] : [];
    });
    // Only a row whose shown value is one of its several values (a value glued to the range cell is another shape).
    if (cells.length < 2 || !cells.some((c) => c.read.value === r.value)) return r;
    // The serial reader's own choice, a remark after it or not ("15 ↓ 已复核").
    if (seen.current !== undefined && asValue(seen.current)?.value === r.value) return r;
    const text = texts[r.line - 1];
    const alarms = cells.flatMap(({ read }) =>
      read.flag === 'critical-high' || read.flag === 'critical-low' ? [pleaseCheck({ ...r, valueText: read.valueText }, text, SEVERAL_VALUES, read.flag)] : [],
    );
    skipped.push(...(alarms.length > 0 ? alarms : [{ line: r.line, text, reason: SEVERAL_VALUES.en, reasonZh: SEVERAL_VALUES.zh }]));
    return {
      ...r,
      value: null,
      flag: 'unknown' as const,
      read: { confidence: r.read?.confidence, status: 'unreadable' as const, printed: cells.map((c) => c.printed).join(' / ') },
    };
  });
  return { results: out, skipped };
}

/**
 * Rows the parser dropped as a bare name and number with no lab evidence ("钟  6.6": no unit, no range) whose name is
 * one glyph from a short alias and whose value is possible for that analyte in some unit it is printed in (pure): a
 * misread name is listed as such, with "please check" when the value would be critical for the analyte, never lost.
 */
function bareMisreads(report: LabReport, lines: readonly (OcrLine | undefined)[]): SkippedLine[] {
  const glyphs = glyphSimilarity();
  const seen = new Set([...report.results, ...report.skipped].map((x) => x.line));
  const out: SkippedLine[] = [];
  lines.forEach((line, i) => {
    const m = line && !seen.has(i + 1) ? /^\s*([\u3400-\u9fff]{1,2})\s+(\d+(?:\.\d+)?)\s*$/.exec(line.text) : null;
    if (!line || !m) return;
    const value = Number(m[2]);
    for (const e of nearShortAliases(m[1], glyphs)) {
      const again = parseLabReport(`${e.alias}  ${m[2]}`, OCR_PARSE).results.find((x) => x.code && e.codes.includes(x.code));
      const an = again?.code ? analyteByCode(again.code) : undefined;
      if (!again || !an || an.qualitative || !possibleFor(an, undefined, value)) continue;
      const as = { ...again, line: i + 1 };
      out.push(pleaseCheck(as, line.text, misreadReason(m[1], e.alias), as.flag));
      break;
    }
  });
  return out;
}

/** Where `name` stands in `text`, spaces ignored (the parser joins and trims what it prints), or undefined. */
function locate(text: string, name: string): { start: number; end: number } | undefined {
  const chars = [...name.replace(/\s+/g, '')].map(escapeRegExp);
  if (!chars.length) return undefined;
  const m = new RegExp(chars.join('\\s*')).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * How surely a line's words spell a result's name (lowest character confidence), or undefined when the line does not
 * hold it. The table reader prints a code column's code after the name in brackets ("颜色 (COL)" from "COL  颜色",
 * "血小板分布宽度 (PDW)" from "血小板分布宽度  PDW"): the name and its bracketed code are then found each on its own.
 */
function nameConfidence(line: OcrLine, name: string): number | undefined {
  const whole = locate(line.text, name);
  if (whole) return spanConfidence(line, whole.start, whole.end);
  const parts = name.split(/[()（）]/).filter((p) => p.trim());
  if (parts.length < 2) return undefined;
  const confs = parts.map((p) => {
    const f = locate(line.text, p);
    return f ? spanConfidence(line, f.start, f.end) : undefined;
  });
  return confs.every((c) => c !== undefined) ? Math.min(...(confs as number[])) : undefined;
}

/** Below this confidence the words of a name the vocabulary does not know are not trusted as a test name. */
export const NAME_TRUST = 85;
export const NAME_TRUST_LATIN = 50;
/** Share of a name a known alias must spell for the name's code to stand (photos). */
export const CODE_SHARE = 0.5;

/**
 * The consistency gate for names read from a photo (pure): a result whose name is not in the vocabulary (no code,
 * no repair) must have been read cleanly — every character of its name at NAME_TRUST or more — or it is no result:
 * a garbled name beside a number is a row nobody can trace ("估计臂纲球退滢率 79"), listed as skipped, not invented.
 */
export function traceNames(results: readonly LabResult[], lines: readonly (OcrLine | undefined)[]): { kept: LabResult[]; untraced: LabReport['skipped'] } {
  const kept: LabResult[] = [];
  const untraced: LabReport['skipped'] = [];
  const glyphs = glyphSimilarity();
  for (const r of results) {
    const line = lines[r.line - 1];
    if (!line) {
      kept.push(r);
      continue;
    }
    if (r.code) {
      // A code is traceable when the name is (mostly) one of the analyte's aliases: "平均红血球容积" (mean cell
      // volume, a name the vocabulary lacks) holds the red-cell alias 红血球 only as a part — it is no red-cell count.
      // Shares are of the name without its bracketed code ("铁蛋白 (FERJ)"); ratios ("AST/ALT") are the parser's.
      const bare = r.name.replace(/[(（][^)）]*[)）]?/g, ' ').replace(/[|│:：]/g, ' ');
      // A bilingual name ("White Blood Cell 白血球") is two names of one test: each language's part is traced on its
      // own, and the part an alias spells must name this result's analyte.
      const parts = [bare.replace(/[\u3400-\u9fff]+/g, ' '), bare.replace(/[^\u3400-\u9fff]+/g, ' ')].filter((p) => p.trim() && p.trim() !== bare.trim());
      const code = r.code;
      const exact = [bare, ...parts]
        .map((p) => exactAliasShare(p))
        .filter((e, k) => k === 0 || (e.codes?.includes(code) ?? false))
        .reduce((a, b) => (b.share > a.share ? b : a));
      const latinCode = r.name
        .split(/[\s()（）[\]|│]+/)
        .some((t) => /^[A-Za-z][A-Za-z0-9-]*$/.test(t) && (isAlias(t) || (t.length > 1 && aliasWithin(t) !== undefined)));
      if (latinCode || r.name.includes('/') || exact.share >= CODE_SHARE) kept.push(r);
      else
        untraced.push(
          pleaseCheck(
            r,
            line.text,
            { en: `test name read only in part in the photo ("${r.name}")`, zh: `照片中的项目名称只读出一部分（“${r.name}”）` },
            r.flag,
          ),
        );
      continue;
    }
    // The name stands on the value's line or, in cards and vertical records, on a line just above it.
    let conf: number | undefined;
    for (let k = r.line - 1; k >= Math.max(0, r.line - 4) && conf === undefined; k--) {
      const l = lines[k];
      if (l) conf = nameConfidence(l, r.name);
    }
    // Latin names Tesseract reads letter by letter; Chinese names it may read as look-alike characters.
    const trust = /[\u3400-\u9fff]/.test(r.name) ? NAME_TRUST : NAME_TRUST_LATIN;
    // Tesseract is sure of characters it misreads ("蛋" as "蛇"): an unknown name one misread away from a known
    // one is that name misread, not a new test — skipped, never a result under a name the report does not hold.
    // A short name (one or two characters) is a misread when one glyph from a short alias whose analyte the row's
    // printed range is ("氮 104 mmol/L 99-110" is chloride; "铜 15 μmol/L 11-22" is no sodium or potassium).
    // A name that is one whole word of the dictionaries ("上皮细胞 (EC)", epithelial cells) is a test of its own, not a
    // misread of the alias it is near (白细胞).
    const near = conf !== undefined && conf >= trust && !isWholeWord(r.name) ? (nearAlias(r.name, glyphs) ?? shortMisread(r, glyphs)) : undefined;
    // Read cleanly is not read right: a name the test does not know must also be a name — not a unit cell, not the
    // tail of a bracket whose start was lost ("BP)"), and made of words (name-words.ts).
    // The word test judges the name alone, and a real test the dictionaries lack (锂浓度, 血氨, 他克莫司浓度) fails it as
    // a misread does: it demotes a row only when the row's cells do not make a result of it (coherentRow). A name
    // read as no words on a row with a value, unit and printed range or marker stays a result, named as read.
    const notName =
      isUnitSpelling(r.name) || /^[^(（]*[)）]/.test(r.name)
        ? 'a unit or a broken bracket'
        : !readsAsWords(r.name) && !coherentRow(r, line.text)
          ? 'no words'
          : undefined;
    if (conf !== undefined && conf >= trust && !near && !notName) kept.push(r);
    else if (near) {
      // The alarm is the one the row would raise as the analyte it is close to ("钟 7.1 mmol/L" as potassium): the
      // name withheld as a misread must not hide a critical value of the test it most likely is.
      const as = readAs(r, lines, near) ?? r;
      untraced.push(pleaseCheck(as, line.text, misreadReason(r.name, near), as.flag));
    } else if (notName && conf !== undefined && conf >= trust)
      untraced.push(
        pleaseCheck(
          r,
          line.text,
          {
            en: `test name read as ${notName} in the photo ("${r.name}")`,
            zh: `照片中的项目名称${notName === 'no words' ? '读不成词，该行也缺少单位、参考范围或异常标记' : '读成了单位或残缺的括号'}（“${r.name}”）`,
          },
          r.flag,
        ),
      );
    else
      untraced.push(
        pleaseCheck(r, line.text, { en: `test name not readable in the photo ("${r.name}")`, zh: `照片中的项目名称看不清（“${r.name}”）` }, r.flag),
      );
  }
  return { kept, untraced };
}

/** An abnormal marker printed after the value (↑ ↓, H L, HH LL). */
const MARKER = /[↑↓]|(?<![A-Za-z/^])(?:HH|LL|H|L)(?![A-Za-z/])/;

/**
 * Whether a row's cells make a result whatever its name (pure): a number with at least two of a unit as units are
 * spelt, a printed range the number is of the same order as, and an abnormal marker (↑ ↓ H L, or the report's flag
 * where no range was printed). A laboratory prints these for a test; a misread label, a header or a stray number
 * beside a broken name does not have them.
 */
export function coherentRow(r: LabResult, lineText: string): boolean {
  if (r.value === null || !Number.isFinite(r.value)) return false;
  const unit = !!r.unit?.trim() && isUnitSpelling(r.unit);
  const printed = r.range?.origin === 'report' ? r.range : undefined;
  const bounds = [printed?.low, printed?.high].filter((b): b is number => b !== undefined && Number.isFinite(b));
  const scale = Math.max(...bounds.map(Math.abs), 0);
  const range =
    !!printed &&
    bounds.length > 0 &&
    (printed.low === undefined || printed.high === undefined || printed.low <= printed.high) &&
    (scale === 0 ? Math.abs(r.value) < 1000 : Math.abs(r.value) <= 1000 * scale);
  const at = lineText.indexOf(r.valueText);
  const after = at < 0 ? '' : lineText.slice(at + r.valueText.length);
  const abnormal = r.flag !== 'normal' && r.flag !== 'unknown';
  const marker = !!r.printedFlag || (abnormal && !printed) || MARKER.test(r.unit ? after.replaceAll(r.unit, ' ') : after);
  return [unit, range, marker].filter(Boolean).length >= 2;
}

/**
 * The row read under the alias its misread name is close to (pure): the line re-parsed with the alias in the name's
 * place, so the analyte's own units, ranges and critical limits (flag-result.ts) decide its flag. Where the name
 * stands on a line above the value (cards), the row's own cells are parsed after the alias. Undefined when the
 * re-read finds no result of a known analyte with the same value.
 */
function readAs(r: LabResult, lines: readonly (OcrLine | undefined)[], alias: string): LabResult | undefined {
  const own = lines[r.line - 1]?.text ?? '';
  const at = locate(own, r.name);
  const cells = [r.valueText, r.unit ?? '', r.range?.origin === 'report' ? r.range.text : ''].filter(Boolean).join('  ');
  const text = at ? `${own.slice(0, at.start)} ${alias} ${own.slice(at.end)}` : `${alias}  ${cells}`;
  const same = parseLabReport(text, OCR_PARSE).results.filter((x) => x.code && x.valueText === r.valueText);
  const again = same.find((x) => x.name.includes(alias)) ?? same[0];
  return again ? { ...again, line: r.line } : undefined;
}

/**
 * The short alias a short unknown name misreads, when the row is that analyte's (see nearShortAliases): by its
 * printed range or, with none printed, by its value — possible for the analyte (plausible.ts) in the printed unit,
 * which must be one the analyte is printed in, or in some such unit when none was read ("钟 6.6 mmol/L" is
 * potassium, "呐 116 mmol/L" sodium; "铜 15 μmol/L" is neither).
 */
function shortMisread(r: LabResult, glyphs: ReturnType<typeof glyphSimilarity>): string | undefined {
  return nearShortAliases(r.name, glyphs).find((e) =>
    e.codes.some((code) => {
      const an = analyteByCode(code);
      if (!an) return false;
      if (r.value === null) return an.qualitative !== undefined;
      const printed = r.range?.origin === 'report' ? r.range : undefined;
      if (printed) return printed.low !== undefined && printed.high !== undefined && rangeIsAnalytes(an, printed.low, printed.high);
      if (an.qualitative) return false;
      const unit = r.unit?.trim() ? r.unit : undefined;
      if (unit && !unitFits(an, unit) && normalizeUnit(an.unit) !== normalizeUnit(unit)) return false;
      const value = r.value;
      return possibleFor(an, unit, value);
    }),
  )?.alias;
}

/**
 * A reading that would be critical but is withheld (unreadable) or untraced in a photo: a "please check" entry, so the
 * findings block and triage (lab-findings.ts reportTriage: at least urgent) still say a possibly critical value is on
 * the page — withholding a guess must not hide the alarm. The name is the analyte's, or as printed when unknown.
 */
function pleaseCheck(r: LabResult, text: string, why: Reason, flag: LabResult['flag']): SkippedLine {
  // A value whose unit was not read is possibly critical when it would be in some unit the analyte is printed in.
  const alarm = flag === 'unknown' ? (criticalFlagInSomeUnit(r) ?? flag) : flag;
  const check = pleaseCheckEntry(r.code ? analyteByCode(r.code) : undefined, r, alarm);
  const line = { line: r.line, text, reason: why.en, reasonZh: why.zh };
  return check ? { ...line, check } : line;
}

/** Why a photo row is no result, in both report languages (a Chinese report shows the Chinese wording). */
interface Reason {
  en: string;
  zh: string;
}
const SEVERAL_VALUES: Reason = {
  en: 'several values under date columns in the photo — check which one is the current result',
  zh: '照片中该项目在多个日期列下各有数值——请核对哪一个是本次结果',
};
const CRITICAL_UNREAD: Reason = { en: 'possibly critical value not read with certainty in the photo', zh: '照片中可能的危急值未能准确读取' };
const misreadReason = (name: string, alias: string): Reason => ({
  en: `test name possibly misread in the photo ("${name}", close to ${alias})`,
  zh: `照片中的项目名称可能误读（“${name}”，接近“${alias}”）`,
});

const unreadable = (r: LabResult, confidence: number): LabResult => ({
  ...r,
  value: null,
  flag: 'unknown',
  read: { confidence: Math.min(confidence, UNREADABLE_BELOW - 1), status: 'unreadable' },
});

/** Lowest character confidence of a printed range's text on the line (undefined when not found). */
function rangeConfidence(line: OcrLine, rangeText: string): number | undefined {
  const at = line.text.indexOf(rangeText);
  return at < 0 ? undefined : spanConfidence(line, at, at + rangeText.length);
}

/** Parse a read document; OCR'd values carry their read confidence. */
export function parseReportDocument(doc: ReportDocument, options: ParseLabOptions = {}): LabReport {
  if (!doc.ocr) return parseLabReport(doc.text, doc.kind === 'pdf-text' ? { ...options, blankCurrentIsNone: true } : options);
  // Tables side by side are cut where the page's header puts the next one (page-columns.ts), not by one row's gap;
  // then every cell stands at its page column (page-layout.ts), so a table's header lines up with its rows.
  // A cell gap a line lost is put back where the page's columns start (column-grid.ts), before cells are placed.
  // An arrow joined to the value it flags ("↓ 86" read "186") is cut where the value column or the glyph's height shows
  // it (lead-marks.ts); one printed after the value ("3.21 ↓" read "3.211", "78 1") where the glyph's height does (trail-marks.ts).
  const lines = cutTrailMarks(cutLeadMarks(alignToPage(splitAtColumns(cutSideBySide(doc.ocr.lines)))));
  const text = lines.some((l, i) => l !== doc.ocr?.lines[i]) ? lines.map((l) => l?.text ?? '').join('\n') : doc.text;
  return noteAgainstCutRows(applyReadConfidence(parseLabReport(text, { ...options, unitsMayBeMisread: true }), lines), lines, options);
}

/**
 * A row read after a joined arrow was cut (lead-marks.ts) may still hold a misread digit ("↓ 7.12" read "17.92", cut
 * to "7.92"). The report's own notice quoting the test at another value ("危急值：pH 7.12 已通知") says so: the row is
 * withheld and the notice's value stays as "please check" (parse.ts drops a quoted value when a row holds the test).
 */
function noteAgainstCutRows(report: LabReport, lines: readonly (OcrLine | undefined)[], options: ParseLabOptions): LabReport {
  const cutAt = (line: OcrLine, valueText: string) => markCutBefore(line, valueText) || markCutAfter(line, valueText);
  const cut = report.results.filter((r) => r.value !== null && r.code && lines[r.line - 1] && cutAt(lines[r.line - 1] as OcrLine, r.valueText));
  if (!cut.length) return report;
  const rowLines = new Set(cut.map((r) => r.line));
  const rest = lines.map((l, i) => (rowLines.has(i + 1) ? '' : (l?.text ?? ''))).join('\n');
  const quoted = parseLabReport(rest, { ...options, unitsMayBeMisread: true }).skipped.filter((s) => s.check !== undefined && !rowLines.has(s.line));
  const against = (r: LabResult) => quoted.filter((s) => s.check?.code === r.code && s.check?.valueText !== r.valueText);
  const doubted = cut.filter((r) => against(r).length > 0);
  if (!doubted.length) return report;
  const results = report.results.map((r) =>
    doubted.includes(r) ? { ...r, value: null, flag: 'unknown' as const, read: { confidence: r.read?.confidence ?? 0, status: 'unreadable' as const } } : r,
  );
  const known = new Set(report.skipped.map((s) => `${s.line}:${s.check?.code}`));
  const notes = doubted.flatMap(against).filter((s) => !known.has(`${s.line}:${s.check?.code}`));
  return { ...report, results, skipped: [...report.skipped, ...notes] };
}
