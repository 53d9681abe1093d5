// Where a number stands decides whether a line is a result row (pure). A printed result row is a name cell (the
// test name, perhaps a code or a bracketed qualifier), the value in the value position right after it, then row
// fields only: marker, unit, range, flag words, a previous result, a method or footnote mark. A number anywhere else
// is no result, whatever name stands before it: a label's number ("Note 2:", "Page 1:"), a clock time ("at 10:52"),
// an identifier after a numbering sign ("Laboratory No. 2133"), a threshold inside a sentence ("eGFR < 60 … for 3
// months or more is consistent with CKD", "Desirable range <100 mg/dL for primary prevention").
// The checks read the shape of the line (punctuation, counts of free words, positions), never a list of phrases.
import { REFERENCE_TABLE } from '../knowledge/reference-ranges.js';
import { normalizeUnit } from '../knowledge/units.js';
import { isValueToken, type LineTokens, parseRangeToken, readsAsClock, TIME_COLON } from './line-tokens.js';
import { isUnitSpelling } from './unit-repair.js';
import { columnRole } from './column-roles.js';
import { CLOSE_LOOKALIKE } from './intake/ocr-names.js';

export type RowShapeReason = 'label-number' | 'identifier' | 'formula' | 'criteria-list' | 'prose-before-value' | 'prose-after-value' | 'reference-limit';
/** `damagedName`: a photo row admitted only because its name's bracket reads as damaged (rowShape), not as a remark. */
export type RowShape = { ok: true; damagedName?: true } | { ok: false; reason: RowShapeReason };

/** What each reason tells the user in `skipped`. */
export const ROW_SHAPE_MESSAGES: Record<RowShapeReason, string> = {
  'label-number': "the number labels the line (a footnote or item number followed by ':'), it is no result",
  identifier: 'the number follows a numbering sign (No., #, 编号): an identifier, no result',
  formula: 'the number is part of a formula ("eAG = 28.7 × HbA1c − 46.7"), no result',
  'criteria-list': 'the line lists cut-offs (several thresholds or ranges), no result',
  'prose-before-value': 'a sentence stands between the test name and the number: a remark quoting a value, no result row',
  'prose-after-value': 'the number is followed by a sentence: a remark or threshold, no result row',
  'reference-limit':
    'the number is a reference limit (a cut-off or span under a unit or range label, one sex’s range, or a bound in words restating a test the report lists), no result',
};

/**
 * Clock times become one token that is no value ("at 10:52" → "at 10∶52"), so the hour is never read as a result.
 * "1:320" and "1:40" stay (titres) unless the time shows itself (line-tokens.ts readsAsClock: "1:40 PM", "1:15 h").
 */
export function maskClockTimes(s: string): string {
  return s.replace(
    /(?<![\d.:∶])((?:[01]?\d|2[0-3]))[:：]([0-5]\d)(?:[:：]([0-5]\d))?(?![\d.])/g,
    (m, h: string, mi: string, sec: string | undefined, at: number) =>
      readsAsClock(h, mi, sec !== undefined, s.slice(at + m.length)) ? `${h}${TIME_COLON}${mi}${sec ? TIME_COLON + sec : ''}` : m,
  );
}

/** Every unit spelling the bundled table knows, normalised: lower-case words that are units, not prose. */
let unitWords: Set<string> | undefined;
function knownUnit(word: string): boolean {
  unitWords ??= new Set(REFERENCE_TABLE.flatMap((a) => [normalizeUnit(a.unit), ...Object.keys(a.units ?? {})]));
  return unitWords.has(normalizeUnit(word));
}

const MARKER_WORD = /^(?:h|l|hh|ll|high|low|critical_(?:high|low)|panic_(?:high|low)|abnormal|normal|borderline|positive|negative)$/i;
/** A free word of running text: letters only, not a unit, marker or qualitative word; `lower`: lower-case only. */
function freeWord(t: string, lower: boolean): boolean {
  if (!(lower ? /^[(（]?[a-z][a-z'’-]+[,.)）]*$/ : /^[(（]?[A-Za-z][A-Za-z'’-]+[,.)）]*$/).test(t)) return false;
  const w = t.replace(/^[(（]|[,.)）]+$/g, '');
  return !knownUnit(w) && !MARKER_WORD.test(w) && !isValueToken(w) && !parseRangeToken(w);
}

/**
 * Chinese sentence punctuation beside Chinese text (NFKC has made ，；！？ ASCII by now): no LIS cell holds it. A lone
 * mark is dust in a photo, not a clause.
 */
const CJK_CLAUSE = /[\u4e00-\u9fa5][。；！？;!?]|[。；！？，,]\s*[\u4e00-\u9fa5]/;
const unbracket = (tokens: readonly string[]): string[] => {
  const out: string[] = [];
  let depth = 0;
  for (const t of tokens) {
    const open = (t.match(/[([（]/g) ?? []).length;
    const close = (t.match(/[)\]）]/g) ?? []).length;
    if (depth === 0 && open === 0) out.push(t);
    depth = Math.max(0, depth + open - close);
  }
  return out;
};

/** A word that ends a sentence ("Martin-Hopkins.", "以上。"), not an initial ("A.") or abbreviation ("No.", "Dr."). */
const sentenceEnd = (t: string): boolean => /[A-Za-z]{6,}\.$/.test(t) || /[\u4e00-\u9fa5]\.$/.test(t) || /。$/.test(t);
/** A cut-off: a one-sided bound or a span ("<150", ">=6.5%", "150-199"). */
const cutOff = (t: string): boolean => /^[<>≤≥]=?\d/.test(t) || /^\d+(?:\.\d+)?-\d+(?:\.\d+)?%?[,.;]?$/.test(t);

/**
 * Clause pieces of one line ("钾 <2.8 或 >6.2 mmol/L；钠 <120 或 >160 mmol/L", "Non-diabetic <5.7%; Diabetes >=6.5%")
 * where two or more pieces give a cut-off as their value: a list of criteria, not results.
 */
export function criteriaList(pieces: readonly (readonly string[])[]): boolean {
  // A piece's first number is its value: a cut-off there ("<30", "30-49") is a criterion; "K 4.1 (3.5-5.3)" is a row.
  const first = (toks: readonly string[]) => toks.find((t) => /^[<>≤≥]?=?\d/.test(t));
  return pieces.filter((toks) => cutOff(first(toks) ?? '')).length >= 2;
}

/** A direction flag: H, LL, ↑, ↓↓, "Critical High" (one word after splitTokens). */
const DIRECTION_FLAG = /^(?:[HL]{1,2}|[HL]\*|\*[HL]|↑+|↓+|(?:critical|critically|panic)_(?:high|low))$/i;
/** A mark without a direction: 危急值, Critical, Panic, an abnormal star. */
const PLAIN_MARK = /^(?:\*+|危急值?|critical|panic)$/i;
/** A cell of a result row after its value: a unit, a range (bracketed or not), a flag or mark, a footnote mark. */
const rowCell = (t: string): 'unit' | 'range' | 'flag' | 'mark' | undefined => {
  const c = t.replace(/^[[(（]|[\])）]$/g, '');
  // A one- or two-letter flag is upper-case ("H", "LL"); "l" or "hh" in running text is no flag column.
  if (DIRECTION_FLAG.test(c) && !(/^[A-Za-z*]{1,3}$/.test(c) && c !== c.toUpperCase())) return 'flag';
  if (PLAIN_MARK.test(c)) return 'mark';
  // A span ("3.5-5.3"), or a bound in brackets ("(<26)"): a bare bound is as often a cut-off in a sentence.
  if ((/^\d/.test(c) || (c !== t && /^[<>≤≥]=?\d/.test(c))) && parseRangeToken(c)) return 'range';
  if (knownUnit(c) || /^(?:[×x*]?10\^\d+\/[a-zμµ]*l|[a-zμµ%]*\/[a-zμµ0-9.^*²]+|%)$/i.test(c)) return 'unit';
  if (/^\[\d{1,2}\]$/.test(t)) return 'unit';
  return undefined;
};

/**
 * The tail of a row that carries a note after its row fields: the row fields only, or undefined when the tail does
 * not start so. The fields must hold a printed range or a direction flag: a unit alone before a sentence is the shape
 * of a threshold remark ("48 mmol/mol is consistent with diabetes"), and so is a unit with a plain critical word
 * ("钾 >6.0 mmol/L 危急值，须立即通知临床", "K > 6.5 mmol/L critical, phone the ward"); a printed range or an H/L/↑/↓
 * column is a row's. The fields end at a clause break (a comma or a semicolon after a cell: "critical, phoned …") or
 * at the first word that is no cell; a mark glued to its note ("危急值10∶05已电话通知…") ends them too.
 */
function noteAfterFields(tail: readonly string[]): string[] | undefined {
  const fields: string[] = [];
  const kinds = new Set<string>();
  for (const t of tail) {
    const bare = t.replace(/[,;，；。]+$/, '');
    const kind = rowCell(bare);
    const glued = kind ? undefined : /^(?:危急值?|↑+|↓+)(?=[^\sA-Za-z])/.exec(bare)?.[0];
    if (!kind && !glued) break;
    fields.push(glued ?? bare);
    kinds.add(kind ?? (glued && /^[↑↓]/.test(glued) ? 'flag' : 'mark'));
    if (glued || bare !== t) break;
  }
  if (fields.length === tail.length || !(kinds.has('range') || kinds.has('flag'))) return undefined;
  return fields;
}

/**
 * What an unclosed bracket before the value holds, from its opening bracket on: in a photo a name's qualifier whose
 * closing bracket was lost or read as "|" or a glyph ("葡萄糖 ( 随机 |", "#(K") holds a word or two and no number; a
 * remark in brackets ("(see note 3", "(Ward 9A") holds more, or a number.
 */
function damagedQualifier(gap: readonly string[]): boolean {
  const at = gap.findLastIndex((t) => /[([（]/.test(t));
  if (at < 0) return false;
  const inner = [gap[at].replace(/^.*[([（]/, ''), ...gap.slice(at + 1)].filter((t) => t && !CLOSE_LOOKALIKE.test(t));
  // A lower-case word with another after it is a remark's clause ("(haemolysed K", "(see note"); a word naming a
  // column ("(上次", "(previous", "(参考", "(备注") says the number is not this row's result.
  const clause = inner.length > 1 && inner.some((t) => freeWord(t, true));
  return inner.length <= 2 && !clause && inner.join('').length <= 8 && !/\d/.test(inner.join('')) && inner.every((t) => columnRole(t) === undefined);
}

/**
 * A photo row's fields after its value and nothing else: a unit and a printed range, the range last, with at most
 * one unread glyph where the flag column stands ("6.92  什  mmol/L  3.5-5.3": "↑↑" read as a letter). This is the
 * row's own structure, so an unclosed bracket before the value is a damaged name, not a sentence quoting a value.
 */
function rowFieldsOnly(tail: readonly string[]): boolean {
  const kinds = tail.map((t) => rowCell(t));
  if (kinds[kinds.length - 1] !== 'range' || !kinds.includes('unit')) return false;
  const unread = kinds.flatMap((k, i) => (k ? [] : [i]));
  return unread.length === 0 || (unread.length === 1 && unread[0] === 0 && [...tail[0]].length === 1);
}

/**
 * Is the value at `vi` of `tokens` in the value position of a result row? `gap`: the tokens between the recognised
 * test name and the value (empty when the whole text before the value is the name); `after`: the printed text right
 * after the value token, for a label's colon.
 */
export function rowShape(gap: readonly string[], tail: readonly string[], after: string, o: { photo?: boolean } = {}): RowShape {
  // "Note 2: …", "Item 3：": a number closed by a colon labels what follows.
  if (/^\s*[:：](?!\s*\d)/.test(after)) return { ok: false, reason: 'label-number' };
  if (gap[gap.length - 1] === '=' || (/^[x×]$/.test(tail[0] ?? '') && /^[A-Za-z]/.test(tail[1] ?? ''))) return { ok: false, reason: 'formula' };
  // A row holds one range (two with sexes); three cut-offs around the value are a list of criteria.
  if ([...gap, ...tail].filter(cutOff).length >= 3) return { ok: false, reason: 'criteria-list' };
  // A postcode or an account number on the line: an address or header line, not a row.
  if (tail.some((t) => /^\d{6,}$/.test(t))) return { ok: false, reason: 'identifier' };
  const prev = gap[gap.length - 1];
  if (prev && /^(?:no\.?|nr\.?|#|№|编号|号|序号)$/i.test(prev)) return { ok: false, reason: 'identifier' };
  // A number inside an open bracket ("(Ward 9A)") is part of a remark, not a row's value.
  const open = gap.reduce((d, t) => d + (t.match(/[([（]/g) ?? []).length - (t.match(/[)\]）]/g) ?? []).length, 0);
  // Unless the bracket holds only a code right before the value and closes nowhere after it: its closing bracket was
  // lost ("总胆红素 (TBILU 24.8", a photo reading ")" as a letter); "(CKD-EPI 2021 race-free) 51" holds a year.
  const closesAfter = /^[^([（]*[)\]）]/.test(after);
  const lostClose = open === 1 && /^[([（][A-Z][A-Z0-9#%-]{1,7}$/.test(prev ?? '') && /^(?:\s|$)/.test(after) && !closesAfter;
  // In a photo, one unclosed bracket holding a word or two before a row's own fields is a damaged name (see below).
  const damagedName = o.photo === true && open === 1 && !lostClose && !closesAfter && damagedQualifier(gap) && rowFieldsOnly(tail);
  if (open > 0 && !lostClose && !damagedName) return { ok: false, reason: 'prose-before-value' };
  const words = unbracket(gap).filter((t) => /[A-Za-z\u4e00-\u9fa5]/.test(t));
  // More words than a name cell holds, or a sentence ending before the value ("… by Martin-Hopkins. Desirable range").
  if (words.length > 5 || gap.some((t, i) => CJK_CLAUSE.test(t) || /;$/.test(t) || (sentenceEnd(t) && i < gap.length - 1)))
    return { ok: false, reason: 'prose-before-value' };
  // Row fields first, then a note ("↑ 危急值 10:05已电话通知张医生", "HH critical, phoned to ward"): the note is the
  // lab's remark about this row, not a sentence around the number; only the row fields are judged.
  const cells = noteAfterFields(tail) ?? tail;
  const rest = unbracket(cells);
  const free = cells.filter((t) => freeWord(t, true)).length;
  // Words of a sentence after the value: three free lower-case words (bracketed ones too) or five words of any case
  // (a row's tail holds a flag word or a method, not an address); a clause break among free words; a Chinese
  // clause, or one quoting a number ("持续3个月以上提示…"); an "= A3"-style classification.
  if (
    free >= 3 ||
    rest.filter((t) => freeWord(t, false)).length >= 5 ||
    (free >= 1 && rest.some((t, i) => /;$/.test(t) || (sentenceEnd(t) && i < rest.length - 1))) ||
    rest.some((t) => CJK_CLAUSE.test(t) || (/\d/.test(t) && /[\u4e00-\u9fa5]{4,}/.test(t))) ||
    rest.some((t, i) => t === '=' && i + 1 < rest.length)
  )
    return { ok: false, reason: 'prose-after-value' };
  return damagedName ? { ok: true, damagedName } : { ok: true };
}

/** A sex label ending a name cell: what follows it is that sex's reference range ("男:208-428", "Ref: F 13-150"). */
const SEX_LABEL_END = /(?:^|[\s:：(（])(?:男|女|m|f|male|females?|males?|men|women)$/i;

/**
 * Is the "value" of a row the table does not know a reference limit rather than a result (pure)? Only on positive
 * evidence in the name cell: a cut-off ("<5.20", ">1.04") or span ("208-428") under a name cell that is a unit
 * ("mmol/L <5.20": a record's range field whose label was lost) or a unit or range label ("Ref: 13-150", "单位 …"), with
 * no range of its own; or right after a sex label ("男:208-428 女:155-357", "Ref: F 13-150 / M 30-400": that sex's
 * range). A test name with a value printed as a limit ("HIV-1 RNA <20 copies/mL", "Ammonia >500 umol/L") stays a
 * result; known tests are never judged here ("eGFR >90"), so no critical limit is in question.
 */
export function referenceLimit(name: string, tok: Pick<LineTokens, 'op' | 'countRange' | 'range' | 'sexRanges'>): boolean {
  if (tok.op === undefined && tok.countRange === undefined) return false;
  const cell = name.trim();
  // A span after a sex label, or a limit followed by the other sex's range, is that sex's range; a single cut-off after a
  // lone sex letter may be a result ("Prolactin F <25").
  if (SEX_LABEL_END.test(cell) && (tok.countRange !== undefined || tok.sexRanges !== undefined)) return true;
  const label = isUnitSpelling(cell) || cell.split(/\s+/).some((w) => LIMIT_LABEL.test(w.replace(/[.:：()（）【】[\]]/g, '')));
  return label && tok.range === undefined && tok.sexRanges === undefined;
}

/**
 * A whole word that labels a unit or range column ("Ref", "单位", "参考范围"): a name cell holding one holds no test name.
 * Whole words only — "Abnormal lymphocytes" is a test.
 */
const LIMIT_LABEL = /^(?:ref|reference|range|interval|normal|units?|单位|單位|参考(?:范围|区间|值)?|參考(?:範圍|區間|值)?|范围|区间|正常(?:值|范围)?)$/i;

/** Comparison words, spelled out, and the side of the number they put the value on. */
const BELOW_WORD = /^(?:低于|小于|少于|不足|below)$/i;
const ABOVE_WORD = /^(?:高于|大于|多于|超过|above|exceeds?|exceeding)$/i;

/**
 * The comparator a word right before the number spells, and how many words spell it (pure): "高于 200", "above 6.5", "greater than 600" → '>';
 * "低于 0.1", "below 30", "less than 0.01" → '<'; undefined when no comparison word stands right before it. The number
 * is then a bound, as a printed ">"/"<" makes it ("ALT 高于 200" is ALT >200), never a plain value.
 */
export function spelledComparator(gap: readonly string[]): { op: '<' | '>'; words: number } | undefined {
  const last = gap[gap.length - 1];
  if (!last) return undefined;
  if (BELOW_WORD.test(last)) return { op: '<', words: 1 };
  if (ABOVE_WORD.test(last)) return { op: '>', words: 1 };
  if (!/^than$/i.test(last)) return undefined;
  const before = gap[gap.length - 2] ?? '';
  if (/^(?:less|lower|fewer|smaller)$/i.test(before)) return { op: '<', words: 2 };
  if (/^(?:greater|more|higher|larger)$/i.test(before)) return { op: '>', words: 2 };
  return undefined;
}
