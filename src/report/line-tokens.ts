// Token-level reading of one pasted lab line, after the name: value (numeric with <, >, or qualitative),
// flag markers (↑ ↓ H L), unit, and the printed reference range (numeric, one-sided, qualitative, by sex).
import { toSimplified } from '../core/han-variants.js';
import { knownLabUnit } from '../knowledge/analyte-units.js';

export interface PrintedRange {
  low?: number;
  high?: number;
  /** "<5.2" means 5.2 itself is already out of range. */
  lowExclusive?: boolean;
  highExclusive?: boolean;
  /** Qualitative expectation, e.g. "阴性" → negative. */
  expect?: 'negative';
  /** Descriptive values the range accepts as printed ("Negative/Trace", "None seen/Few", "淡黄色", "Clear"), lower-cased. */
  accepts?: string[];
  text: string;
  /** The unit printed right after the range ("0.70-1.00 mmol/L" beside "1.5 mg/dL"), when it is one the table knows. */
  unit?: string;
}

export interface LineTokens {
  valueText: string;
  value: number | null;
  op?: '<' | '>' | '<=' | '>=';
  qualitative?: 'negative' | 'positive' | 'normal' | 'descriptive';
  /** A count printed as a span ("25-30" cells per field): the value is the span, flagged by its bounds. */
  countRange?: { low: number; high: number };
  marker?: 'high' | 'low';
  /** The report's own critical marker: HH / LL / ↑↑ / ↓↓. */
  markerCritical?: boolean;
  /** A critical mark without a direction ("危急值", "Critical", "Panic" in the flag column): the range gives the side. */
  criticalMark?: boolean;
  unit?: string;
  range?: PrintedRange;
  sexRanges?: { male?: PrintedRange; female?: PrintedRange };
}

// A decimal comma ("9,6", "12,0-16,0": one or two digits after it) reads as a point; thousands ("1,840") are
// joined earlier (parse.ts normalizeLine). A signed exponent is part of the number ("2.13E+03" HBV-DNA, "<1.00E+02"):
// viral loads are printed so; the sign keeps unit powers ("10E3/uL") out.
const NUM = String.raw`-?\d+(?:\.\d+|,\d{1,2}(?!\d))?(?:[Ee][+-]\d{1,2}(?!\d))?`;
const num = (s: string): number => Number(s.replace(',', '.'));
const VALUE_RE = new RegExp(String.raw`^([<>≤≥]=?)?(${NUM})$`);
const RANGE_RE = new RegExp(String.raw`^(${NUM})(?:-|~|–|—|至|到)(${NUM})$`);
const ONE_SIDED_RE = new RegExp(String.raw`^([<>≤≥]=?)(${NUM})$`);
// Word results are read as whole phrases: ONE table of negators × result words (below) both joins a printed phrase
// into one cell (RESULT_PHRASE, "_" between its words) and reads the joined cell (QUAL_NEG) — two lists that
// disagreed lost every phrase the first joined and the second did not know ("Nil detected", "Not reactive").
const NEGATORS = 'not|non|nil|no';
const RESULT_WORDS = 'detected|reactive|seen|isolated|found|growth';
const GRADES = 'weakly|weak|strongly|repeatedly';
// "No growth at 5 days", "No growth after 7 days": the incubation time is part of the result, not a unit.
const INCUBATION = String.raw`(?:[\s_]+(?:at|after|in)[\s_]+\d+[\s_]*(?:days?|weeks?|hours?|hrs?|h))?`;
const NEGATED = String.raw`(?:${NEGATORS})(?:[\s_-]+[A-Za-z]+){0,3}?[\s_-]+(?:${RESULT_WORDS})${INCUBATION}`;
const GRADED = String.raw`(?:${GRADES})[\s_]+(?:reactive|positive)`;
const QUAL_NEG = new RegExp(
  String.raw`^(?:阴性|阴性\(-\)|\(-\)|-|neg|negative|未检出|未发现|无反应性|非反应性|notdetected|nonreactive|${NEGATED}|无|none|nil)$`,
  'i',
);
const QUAL_POS = new RegExp(
  String.raw`^(?:${GRADED}|阳性|阳性\(\+\)|弱阳性|\(\+\)|\+{1,4}|[1-4]\+|±|\+-|pos|positive|trace|detected|reactive|isolated|有?反应性|弱反应性|检出|少量|微量)$`,
  'i',
);
/**
 * One reader of "is this h:mm a clock" for the whole report reader (row-shape.ts maskClockTimes masks clocks with it,
 * markTitres leaves them alone with it): an hour of 1 is a clock only when the time shows itself — seconds, a minute
 * with a leading zero ("1:05"), or a clock or hour word after it ("1:40 PM", "1:30 時", "1:15 h", "1:50 hrs"). The
 * upper-case "H" after "1:40" is the high flag of a titre, not an hour.
 */
const CLOCK_WORD_AFTER = /^\s*(?:[AaPp]\.?[Mm](?![A-Za-z])\.?|[时時点點]|h(?![A-Za-z])|[Hh](?:rs?|ours?)(?![A-Za-z]))/;
export function readsAsClock(hour: string, minute: string, seconds: boolean, after: string): boolean {
  if (Number(hour) > 23 || !/^[0-5]\d$/.test(minute)) return false;
  return hour !== '1' || seconds || minute.startsWith('0') || CLOCK_WORD_AFTER.test(after);
}
/** The ratio sign U+2236 keeps a clock time one token ("10∶52") that is never read as a value. */
export const TIME_COLON = '∶';
const CLOCK_TOKEN = /^\d{1,2}∶\d{2}(?:∶\d{2})?$/;

/**
 * A titre is one value, "1:N" (a dilution; its size is N), never the hour of a clock or a "1" with a stray "160". The
 * colon alone does not make one: "1:40 PM", "diluted 1:10", "Page 1:2" are no titres. A "1:N" is read as a titre only
 * in its frame — a titre range on the same row ("<1:80", "< 1:160", "(<1:100)"), a comparator before it ("<1:80",
 * ">1:1280": a censored titre, a value when it stands first, the range when a value stands before it), or a positive
 * word result right before it ("Positive 1:640", "阳性 1:8", "阳性(1:1000)") when nothing but titres or words follows
 * (not "Positive 1:20 <0.01 ng/mL", "阳性 1:10 稀释后复查"). A grade ("Trace", "微量") or a negative word prints no titre.
 * Framed ones get TITRE_COLON, which the row reader's label colons (turned into spaces) do not cut; the value is shown
 * with ":".
 */
const TITRE_COLON = '\uA789';
const TITRE_AT = /(^|[\s(（[])([<>≤≥]=?)?\s*1\s*[:：]\s*([1-9]\d{0,5})(?![\d.:：])/g;
const TITRE_RANGE_AT = /(?:^|[\s(（[])[<>≤≥]=?\s*1\s*[:：]\s*[1-9]\d{0,5}(?![\d.:：])/;
const TITRE_VALUE = /^([<>≤≥]=?)?1\uA789(\d{1,6})$/;
const TITRE_LIMIT = /^([<>≤≥]=?)1\uA789(\d{1,6})$/;
const TITRE_BARE = /^1\uA789\d{1,6}$/;
// After a worded titre only titres, words and brackets may follow: a number ("<0.01") makes the row a measured one,
// a dilution word a remark on how it was run.
const WORDED_TAIL = /^[^\d]*$|^(?:[^\d]*?[\s(（[][<>≤≥]=?\s*1\s*[:：]\s*\d+)+[^\d]*$/;
// A trace or a doubtful sign is a grade of an amount, never a titre's result word ("Trace 1:20", "微量 1:2").
const GRADE_ONLY = /^(?:trace|少量|微量|±|\+-)$/i;
const DILUTION_AFTER = /^\s*(?:稀释|dil|saline|mix|倍)/i;
export function markTitres(s: string): string {
  const ranged = TITRE_RANGE_AT.test(s);
  return s.replace(TITRE_AT, (m, pre: string, cmp: string | undefined, n: string, at: number) => {
    const after = s.slice(at + m.length);
    if (!cmp && readsAsClock('1', n, false, after)) return m;
    const before = toSimplified(s.slice(0, at + pre.length))
      .replace(/[\s(（[]+$/, '')
      .split(/\s+/)
      .pop();
    const worded = !!before && QUAL_POS.test(before) && !GRADE_ONLY.test(before) && WORDED_TAIL.test(after) && !DILUTION_AFTER.test(after);
    return cmp || ranged || worded ? `${pre}${cmp ?? ''}1${TITRE_COLON}${n}` : m;
  });
}
export const shownTitre = (t: string) => t.replaceAll(TITRE_COLON, ':');

/**
 * A result printed as a negated or graded phrase is one cell, not words of the name plus a value: read word by word,
 * "RPR Non Reactive" was a test "RPR Non" with the POSITIVE value "Reactive", and "Not Detected" a positive "Detected".
 * A phrase ends at its result word; "Non-HDL Cholesterol" (no result word) stays a name.
 */
const RESULT_PHRASE = new RegExp(String.raw`(?<![A-Za-z-])(?:${NEGATED}|${GRADED})(?![A-Za-z-])`, 'gi');
const QUAL_NORMAL = /^(?:normal|正常|正常\(-\)|normal\(-\))$/i;
/** Descriptive urinalysis words: colour, clarity, amounts. Multi-word ones are joined by "_" in splitTokens. */
const DESCRIPTIVE =
  /^(?:(?:pale|light|dark|straw|deep)_?yellow|yellow|amber|straw|colou?rless|red|brown|orange|green|pink|clear|slightly_(?:cloudy|hazy|turbid)|cloudy|hazy|turbid|few|many|moderate|large|small|rare|occasional|none_seen|not_seen|equivocal|indeterminate|borderline|inconclusive|可疑|多量|清澈|淡黄色?|浅黄色?|草黄色?|深黄色?|黄色|无色|红色|棕色|褐色|琥珀色|清晰|清亮|透明|微浑|微混|浑浊|混浊|偶见|未见|大量|少许)$/i;
const AMOUNT = /^(?:few|many|moderate|large|small|rare|occasional|大量|多量|少许|偶见)$/i;
const PHRASES = /\b(pale|light|dark|straw|deep|slightly|none|not|critical|critically|crit|panic)\s+(yellow|cloudy|hazy|turbid|seen|high|low)\b/gi;
const MARKER_HIGH = /^(?:↑+|h|hh|high|\*h|偏高|升高|高|(?:critical|critically|crit|panic)_high)$/i;
const MARKER_LOW = /^(?:↓+|l|ll|low|\*l|偏低|降低|低|(?:critical|critically|crit|panic)_low)$/i;
// "危" alone is the critical mark of many Chinese flag cells ("↑(危)", "↓危"); brackets are stripped before the test.
const CRITICAL_MARK = /^(?:危急?值?|critical|crit|panic)$/i;
/** A high/low mark glued to a critical mark: "H(危)", "L危", "HIGH[CRIT]", "H-CRIT" — a Latin one only after a bracket or
 * a separator ("Hcrit" is haematocrit). */
const GLUED_CRITICAL = /^(↑+|↓+|hh?|ll?|high|low)(?:[[(（【]?危急?值?[\])）】]?|[[(（【\-_/](?:critical|crit|panic)[\])）】]?)$/i;
const UNIT_RE = /^(?:[×x*]?10(?:\^|\*{1,2}|e)\d+\/[a-zμµ]*l|[a-zμµ%°][a-zμµ0-9/.%^*·²³-]*|\/[a-zμµ]+|秒|[a-zμµ]*\/[a-zμµ0-9.^*²]+)$/i;
const SEX_RE = /^(?:男|女|m|f|male|female|men|women)$/i;

function op(raw: string | undefined): LineTokens['op'] {
  if (!raw) return undefined;
  const norm = raw.replace('≤', '<=').replace('≥', '>=');
  return norm as LineTokens['op'];
}

export function parseRangeToken(raw: string): PrintedRange | undefined {
  // "阴性(-)" is one word whose bracket is part of it; other brackets enclose the range ("(3.5-5.1)").
  const word = QUAL_NEG.test(raw) || QUAL_POS.test(raw) || QUAL_NORMAL.test(raw);
  const t = word ? raw : raw.replace(/^[[(（]|[\])）]$/g, '');
  let m = RANGE_RE.exec(t);
  if (m) return { low: num(m[1]), high: num(m[2]), text: t };
  // A titre limit ("<1:80"): the dilution's size N is compared, so "<1:80" is a titre below eighty.
  // ">=1:160" in the range column is the cut-off of a significant titre, never a lower limit: a titre below it is not
  // "low", one at or above it is out of range.
  const titre = TITRE_LIMIT.exec(t);
  if (titre) {
    const n = Number(titre[2]);
    const o = op(titre[1]);
    if (o === '>=') return { high: n, highExclusive: true, text: shownTitre(t) };
    if (o === '>') return { high: n, text: shownTitre(t) };
    const r = parseRangeToken(`${titre[1]}${titre[2]}`);
    return r && { ...r, text: shownTitre(t) };
  }
  m = ONE_SIDED_RE.exec(t);
  if (m) {
    const o = op(m[1]);
    const v = num(m[2]);
    if (o === '<') return { high: v, highExclusive: true, text: t };
    if (o === '<=') return { high: v, text: t };
    if (o === '>') return { low: v, lowExclusive: true, text: t };
    return { low: v, text: t };
  }
  if (QUAL_NEG.test(t) || QUAL_NORMAL.test(t)) return { expect: 'negative', text: t.replace(/_/g, ' '), accepts: [t.toLowerCase()] };
  // "Negative/Trace", "None_seen/Few", "淡黄色", "Clear": the descriptive values this range accepts.
  const parts = t.split(/\/|或|至|,|(?<=\D)-(?=\D)/).filter(Boolean);
  if (parts.length && parts.every((x) => DESCRIPTIVE.test(x) || QUAL_NEG.test(x) || QUAL_POS.test(x) || QUAL_NORMAL.test(x))) {
    const neg = QUAL_NEG.test(parts[0]) || QUAL_NORMAL.test(parts[0]) || /^(?:none_seen|not_seen|未见)$/i.test(parts[0]);
    return { ...(neg ? { expect: 'negative' as const } : {}), accepts: parts.map((x) => x.toLowerCase()), text: t.replace(/_/g, ' ') };
  }
  return undefined;
}

/** A printed "range" that is one positive word ("阳性", "Positive"): a flag cell when a range follows it. */
const positiveWord = (r: PrintedRange): boolean => !r.expect && r.accepts?.length === 1 && QUAL_POS.test(r.accepts[0]);

/** Split "12.5↑", "7.2%", "1.5mg/dL", "3.5-5.5mmol/L" into separate tokens. */
export function splitTokens(rest: string): string[] {
  const spaced = rest
    .replace(RESULT_PHRASE, (m) => (/-/.test(m) && !/\s/.test(m) ? m : m.replace(/\s+/g, '_')))
    .replace(PHRASES, '$1_$2')
    // An abnormal mark glued before the value ("*112", "*118 LL") marks the cell; the range flags the value. A star and
    // number before another number ("*1  5.6") is a footnote mark, kept.
    .replace(/(^|\s)[*※]+(?=[<>≤≥]?\d[\d.,]*(?![\d.,])(?!\s+[<>≤≥]?\d))/g, '$1')
    .replace(/([↑↓]+)/g, ' $1 ')
    // A glued abnormal mark is a cell of its own: "Positive*", "2+*" (the value is the word before it).
    .replace(/([^\s*])\*(?=\s|$)/g, '$1 *')
    .replace(/(\S)([([](?:[<>≤≥]=?)?-?\d)/g, '$1 $2')
    // A bracketed remark glued to the value ("7.0（溶血）mmol/L", "2.5(复查)") is a cell of its own, not part of the value.
    .replace(/(\d)\s*([（(][^()（）\d]{1,16}[)）])/g, '$1 $2 ')
    // Not the 10 of a multiplier unit ("10*3/uL", "10E9/L"): that is one unit token.
    .replace(
      new RegExp(
        String.raw`(^|\s)([<>≤≥]?=?${NUM}(?:(?:-|~|–|—)${NUM})?)(?![Ee][+-]\d)(?<!^10|\s10)(?=[%a-zA-Zμµ×*秒])|(^|\s)(10)(?=[%a-zA-Zμµ×秒])(?![Ee]\d)`,
        'g',
      ),
      (_m, p1, p2, p3, p4) => (p2 !== undefined ? `${p1}${p2} ` : `${p3}${p4} `),
    );
  return spaced.split(/\s+/).filter(Boolean);
}

export function isValueToken(raw: string): boolean {
  // Traditional characters read as simplified (陰性 = 阴性, 黃色 = 黄色).
  const t = toSimplified(raw);
  // "09" (a leading zero before a digit) is a code or a date part, never a printed result.
  return (
    (VALUE_RE.test(t) && !/^(?:[<>≤≥]=?)?-?0\d/.test(t)) ||
    TITRE_VALUE.test(t) ||
    QUAL_NEG.test(t) ||
    QUAL_POS.test(t) ||
    QUAL_NORMAL.test(t) ||
    DESCRIPTIVE.test(t)
  );
}

/**
 * A result printed as a negated or graded phrase ("Not Detected", "Nil seen", "No growth", "Weakly Reactive"): words
 * only a lab prints. "None seen" is not one: it is as often a printed range ("Normal range: None seen").
 */
export function isResultPhrase(token: string): boolean {
  const t = toSimplified(token);
  return t.includes('_') && (QUAL_NEG.test(t) || QUAL_POS.test(t));
}

/**
 * A word a lab prints as a qualitative result, of either polarity: the rule that makes "Not Detected" result evidence
 * under a name we do not know admits "Detected" too (review s23 R1: the negatives of an STI panel were shown and the
 * one "DETECTED" row dropped, then "every value within range").
 */
const RESULT_WORD =
  /^(?:detected|reactive|isolated|positive|negative|equivocal|indeterminate|borderline|inconclusive|可疑|阳性|阴性|检出|未检出|(?:有|无|非|弱)?反应性|弱阳性)$/i;
export function isWordResult(token: string): boolean {
  const t = toSimplified(token);
  return isResultPhrase(t) || RESULT_WORD.test(t);
}

/** A positive word result ("Detected", "Reactive", "Isolated", "Weakly positive", 阳性, 检出) as printed in a value or a line. */
const POSITIVE_WORD = new RegExp(String.raw`^(?:${GRADED}|detected|reactive|isolated|positive|阳性|弱阳性|检出|有?反应性|弱反应性)$`, 'i');
export function isPositiveResult(valueText: string): boolean {
  return POSITIVE_WORD.test(toSimplified(valueText.trim().replace(/\s+/g, '_')));
}
/** Does a line print a positive word result among its cells ("Cannabinoids   Detected", "新冠病毒核酸 阳性")? */
export function printsPositiveResult(line: string): boolean {
  return splitTokens(toSimplified(line).replace(/[:：]/g, ' ')).some((t) => POSITIVE_WORD.test(t.replace(/[[(（【]|[\])）】]/g, '')));
}

/**
 * A flag printed as a cell of its own line ("High", "L", "偏高", "↑", "Critical High", "Normal", "Abnormal", "Low (A)"):
 * the same marker words a row's flag cell holds, plus the words for none and for abnormal without a side.
 */
export function isFlagWord(text: string): boolean {
  const t = toSimplified(text.trim())
    .replace(/\s*\([A-Z]\)$/, '')
    .replace(/\s+/g, '_');
  return MARKER_HIGH.test(t) || MARKER_LOW.test(t) || CRITICAL_MARK.test(t) || QUAL_NORMAL.test(t) || /^(?:abnormal|异常)$/i.test(t);
}

const PER_FIELD_UNIT = /^(?:\/(?:hp|hpf|lp|lpf|ul|μl|µl)|个\/(?:hp|hpf|lp|ul|μl))$/i;

/**
 * Whether a change column's header ("变化", "较前", "Change", "Δ") stands above the row being read (review fix s38): set
 * by parse.ts `parseLabReport` line by line, false everywhere else — `afterChangeCell` reads only under such a header.
 * Returns the previous setting.
 */
let changeHeaderAbove = false;
export function setChangeHeaderAbove(on: boolean): boolean {
  const was = changeHeaderAbove;
  changeHeaderAbove = on;
  return was;
}

/**
 * A CHANGE cell standing where the value would ("Sodium  -6  128 mmol/L", "Hb  -12 %  98 g/L": a change/delta column
 * printed before today's value, its header lost or misread in a photo): a minus-signed number, with or without "%",
 * directly followed by a plain unsigned number — that number is the value (s38). Read by the cells' types, not by
 * words: a result that can be negative keeps its reading when the row prints a range with a negative bound
 * or another negative number ("BE  -6  1.2  mmol/L  -3-3"), and a signed number followed by a unit or by a run of
 * numbers (a list, not a change then a value) is left as it was. The index of the value, or undefined.
 */
function afterChangeCell(tokens: readonly string[], i: number): number | undefined {
  // Review fix s38: only under a change column's header (parse.ts, trusted or misread): a header-less "-8.4  1.2" is
  // a negative result (base excess) and its previous one, never a change then the value (review s38 RP13/30/32/37).
  if (!changeHeaderAbove) return undefined;
  if (!/^[-−]\d+(?:\.\d+)?$/.test(tokens[i])) return undefined;
  const j = tokens[i + 1] === '%' ? i + 2 : i + 1;
  if (!/^\d+(?:\.\d+)?$/.test(tokens[j] ?? '')) return undefined;
  const after = tokens[j + 1] ?? '';
  if (/^\d/.test(after) && !RANGE_RE.test(after)) return undefined;
  // A negative number anywhere after (a range's bound "-3-3", a previous "-4"): negatives are this test's own.
  if (tokens.slice(j + 1).some((t) => /^[[(（]?[-−]\d/.test(t))) return undefined;
  return j;
}

/**
 * Where the result stands among the tokens after the name: the first value token, or else a count printed as a
 * span ("25-30") when another range or a per-field unit (/HP) follows it — microscopy counts.
 */
export function valueIndex(tokens: string[]): number {
  // A colour or amount word followed by a name word is part of a name ("Red Cell Count 3.12", "Red Blood Cells").
  // A hyphen between name words is no negative result ("Plasma Glucose - Random 512").
  const nameWordNext = (k: number) => /^[A-Za-z]{2,}$/.test(tokens[k + 1] ?? '') && !isValueToken(tokens[k + 1] ?? '');
  const i = tokens.findIndex((t, k) => isValueToken(t) && !((DESCRIPTIVE.test(toSimplified(t)) || t === '-') && nameWordNext(k)));
  if (i >= 0) return afterChangeCell(tokens, i) ?? i;
  const j = tokens.findIndex((t) => RANGE_RE.test(t));
  if (j < 0) return -1;
  const after = tokens.slice(j + 1).map((t) => t.replace(/^[[(（]|[\])）]$/g, ''));
  return after.some((t) => RANGE_RE.test(t) || PER_FIELD_UNIT.test(t)) ? j : -1;
}

/** Read the tokens that follow the name. The first value-like token is the result; later ones are context. */
export function readTokens(printed: string[]): LineTokens | undefined {
  // Words are recognised in their simplified reading (陰性, 黃色, 參考); the value is shown as printed.
  const tokens = printed.map(toSimplified);
  const i = valueIndex(tokens);
  if (i < 0) return undefined;
  const raw = tokens[i];
  const out: LineTokens = { valueText: shownTitre(printed[i].replace(/_/g, ' ')), value: null };
  const vm = VALUE_RE.exec(raw);
  const span = RANGE_RE.exec(raw);
  const titre = TITRE_VALUE.exec(raw);
  if (titre) {
    out.value = Number(titre[2]);
    out.op = op(titre[1]);
  } else if (vm) {
    out.value = num(vm[2]);
    out.op = op(vm[1]);
  } else if (span) out.countRange = { low: num(span[1]), high: num(span[2]) };
  else if (QUAL_NEG.test(raw)) out.qualitative = 'negative';
  else if (QUAL_POS.test(raw)) out.qualitative = 'positive';
  else if (QUAL_NORMAL.test(raw)) out.qualitative = 'normal';
  else out.qualitative = AMOUNT.test(raw) ? 'positive' : 'descriptive';
  // Units written before the value ("WBC (10^9/L) 12.5") count too.
  for (const t of tokens.slice(0, i)) {
    const u = t.replace(/^[[(（]|[\])）]$/g, '');
    // Not "/HDL" of "LDL/HDL": the second half of a ratio's name is not a unit.
    // Nor two long words ("albumin/creatinine" of a wrapped ratio's name): a unit's parts are short.
    if (!out.unit && /\//.test(u) && !u.startsWith('/') && UNIT_RE.test(u) && !/^[a-z]{6,}\/[a-z]{6,}$/i.test(u)) out.unit = u;
  }
  let pendingSex: 'male' | 'female' | undefined;
  let rangeAt = -1;
  for (let k = i + 1; k < tokens.length; k++) {
    // A bracketed marker ("[L]", "(H)", "[High]") is a marker.
    const inner = /^[[(（]([A-Za-z↑↓_]{1,16})[\])）]$/.exec(tokens[k])?.[1];
    const t = inner && (/^[A-Za-z↑↓]{1,2}$/.test(inner) || MARKER_HIGH.test(inner) || MARKER_LOW.test(inner)) ? inner : tokens[k];
    if (SEX_RE.test(t)) {
      pendingSex = /^(?:男|m|male|men)$/i.test(t) ? 'male' : 'female';
      continue;
    }
    if (CRITICAL_MARK.test(t.replace(/^[[(（【]|[\])）】]$/g, ''))) {
      out.criticalMark = true;
      continue;
    }
    // A marker right after another bare number ("Potassium 4.0   6.9 H   3.5-5.1": a previous-result column read when
    // the header is not trusted) is that number's flag, never this value's (review s18 M4); the flag then comes from
    // the value against its range. A range's upper limit ("3.5 - 5.1 H", "3.5 to 5.1 H") keeps the marker.
    // A clock's hour word after it ("Negative 1:15 h") is no flag either.
    if (k - 1 > i && CLOCK_TOKEN.test(tokens[k - 1]) && (MARKER_HIGH.test(t) || CLOCK_WORD_AFTER.test(t))) continue;
    if (
      k - 1 > i &&
      /^[<>≤≥]?\d+(?:\.\d+)?$/.test(tokens[k - 1]) &&
      !/^(?:-|–|—|~|～|to|至)$/i.test(tokens[k - 2] ?? '') &&
      (MARKER_HIGH.test(t) || MARKER_LOW.test(t) || GLUED_CRITICAL.test(t))
    )
      continue;
    const glued = out.marker ? undefined : GLUED_CRITICAL.exec(t)?.[1];
    if (glued) {
      out.marker = MARKER_HIGH.test(glued) ? 'high' : 'low';
      out.criticalMark = true;
      continue;
    }
    if (!out.marker && MARKER_HIGH.test(t)) {
      out.marker = 'high';
      out.markerCritical = /^(?:hh|↑↑+|(?:critical|critically|crit|panic)_high)$/i.test(t) || undefined;
      continue;
    }
    if (!out.marker && MARKER_LOW.test(t)) {
      out.marker = 'low';
      out.markerCritical = /^(?:ll|↓↓+|(?:critical|critically|crit|panic)_low)$/i.test(t) || undefined;
      continue;
    }
    const r = parseRangeToken(t);
    if ((r?.expect || r?.accepts) && out.value !== null) continue; // "Normal" beside a number is a comment, not a range
    // "Positive 1:640", "阳性(1:1000)": the titre after a word result is part of the value.
    if (k === i + 1 && (out.qualitative === 'positive' || out.qualitative === 'negative') && TITRE_BARE.test(tokens[k].replace(/^[[(（]|[\])）]$/g, ''))) {
      out.valueText = `${out.valueText} ${shownTitre(printed[k])}`;
      continue;
    }
    // "Moderate (2+)", "Negative (-)": a bracketed grade of the same sign right after a word value restates it; it is
    // no range ("Positive (Negative)" prints the range in brackets).
    const grade = k === i + 1 && /^[[(（].*[\])）]$/.test(tokens[k]) ? tokens[k].slice(1, -1) : undefined;
    // Only a sign grade restates ("2+", "-"); a bracketed word after a word value is its range ("阴性 [阴性]").
    const sign = grade !== undefined && /^(?:[1-4]?\+{1,4}|-|±|\+-)$/.test(grade);
    if (sign && ((out.qualitative === 'positive' && QUAL_POS.test(grade)) || (out.qualitative === 'negative' && QUAL_NEG.test(grade)))) {
      out.valueText = `${out.valueText} ${printed[k]}`;
      continue;
    }
    if (r && (r.low !== undefined || r.high !== undefined || r.expect || r.accepts)) {
      // A bare number after the value is usually a previous result or a code, not a range.
      if (r.expect && /^-$/.test(t) && out.range) continue;
      if (pendingSex) {
        out.sexRanges = { ...out.sexRanges, [pendingSex]: r };
        pendingSex = undefined;
      } else if (!out.range) {
        out.range = r;
        rangeAt = k;
      } else if (out.value === null && positiveWord(out.range) && (r.expect || r.accepts)) {
        // "2+ 阳性 阴性" (a record's value, flag and range, in the canonical order): a positive word between a
        // word value and the printed range is the flag column — the value is abnormal — not the range.
        out.marker ??= 'high';
        out.range = r;
      }
      continue;
    }
    const u = t.replace(/^[[(（]|[\])）]$/g, '');
    // "%" right after a signed number is that change cell's ("58 LL   -29%   g/L"), never the value's unit (s38).
    if (u === '%' && k - 1 > i && /^[-−+]\d+(?:\.\d+)?$/.test(tokens[k - 1])) continue;
    // A bracketed word that is no unit of any analyte is a remark on the specimen ("(haemolysed)", "(repeated)"), and
    // the unit stays to be read or inferred (review s20 R3: "K 7.1 (hemolyzed)" had the unit "hemolyzed", unflagged).
    const remark = u !== t && /^[A-Za-z][A-Za-z -]{3,}$/.test(u) && !knownLabUnit(u);
    if (!out.unit && !remark && UNIT_RE.test(u) && !/^(?:h|l|a)$/i.test(u)) out.unit = u;
    // A second unit right after the printed range is the range's own ("1.5 mg/dL   0.70-1.00 mmol/L").
    else if (out.unit && out.range && !out.range.unit && rangeAt === k - 1 && u !== out.unit && knownLabUnit(u)) out.range = { ...out.range, unit: u };
    // D-dimer units name what they are measured as: "mg/L FEU", "ng/mL DDU".
    else if (out.unit && /^(?:FEU|DDU)$/i.test(u) && tokens[k - 1] === out.unit) out.unit = `${out.unit} ${u}`;
  }
  if (out.criticalMark && out.marker) out.markerCritical = true;
  return out;
}
