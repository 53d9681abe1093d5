// Dates whose shape alone is ambiguous, read with what surrounds them (dates.ts reads the unambiguous shapes):
// a day and month without a year ("15/3", "3/4 21:07") is a date before a clock time, after a temporal word, when
// zero-padded ("17/09", a fraction or a score is not) or in a row of such columns; a two-digit year after a day and
// month ("4 Mar 24"); a weekday in brackets after a date ("10月11日（星期五）", "5/20（一）"); dates written in Chinese
// numerals with or without an era ("民國一百一十三年十月二日"), lunar days ("九月初六"); an age over 89 as an ordinal
// ("in his 97th year").
import type { PhiSpan } from '../types.js';
import { documentDate, MONTHS, NOT_YEAR_AFTER } from './dates.js';
import { clauseBefore, governedScore, SCORE_CLAUSE, SCORE_RIGHT_BEFORE, validDM } from './score-shapes.js';
import { span } from './span.js';

/** A day and month; after a comparison it is a share (>1/2). */
const DM = /(?<![\d/.:<>≤≥＜＞])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/g;
/** A capital glued before the value makes it a spinal level or a code (L4/5, C5/6, SS2/24); "on3/4" in a chat is a date. */
const LEVEL_LETTER = /[A-Z]$/;
/** What stands between two items of one list of values: "8/9, 9/9", "4/5 and 5/5". */
const LIST_NEXT = /^\s*(?:[,，、&]|and)\s*$/;
const CLOCK_AFTER = /^\s*(?:[（(](?:星期|週|周|礼拜|禮拜)?[一二三四五六日天][）)])?\s*,?\s*\d{1,2}:\d{2}/;
const TEMPORAL_BEFORE =
  /(?:\b(?:on|since|until|till|from|by|dated|due|review(?:ed)?(?:\s+on)?|last\s+dose|next|after|before|date|seen|visit|until|to)\s*[:：]?\s*|(?:于|於|日期|复诊|複診|截至|直到|至|到)\s*[:：]?\s*)$/i;
const NOT_DATE_AFTER = /^\s*(?:mmHg|kPa|tab|of\b|片|粒|支|份)/i;
/**
 * Totals of the scores a note writes as "x/total" — GCS /15, MMSE and MoCA /30, PHQ-9 /27, GAD-7 /21, MRC power /5,
 * pain /10, vision /6, reflexes /4: with the numerator no larger, such a value has the shape of a score, not a day and
 * month, unless a date cue stands next to it. (x/24 is left a date: "seizure 3/24" is March more often than hours.)
 */
const SCORE_TOTALS = new Set([4, 5, 6, 10, 15, 21, 27, 30]);
const scoreShape = (a: number, b: number): boolean => a <= b && SCORE_TOTALS.has(b);

/**
 * Whether the "a/b" at [start, end) reads as a score, a level or a form's edition rather than a month and day, with no
 * clock time or weekday beside it: a score total after a score word in its clause, the value a governing score word
 * stands right before ("STOP-BANG 7/8"), a spinal level (L4/5) or a claim form's edition ("NUCC 02/12"). The one
 * check of both day/month readers (this file's and structure-ids.ts moreDates, which asks it of "TLA 9/15").
 */
export function readsAsScore(text: string, start: number, end: number): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text.slice(start, end));
  if (!m) return false;
  const after = text.slice(end, end + 16);
  if (CLOCK_AFTER.test(after) || WEEKDAY_AFTER.test(after)) return false;
  if (governedScore(text, start) || LEVEL_LETTER.test(text.slice(Math.max(0, start - 1), start)) || documentDate(text, start, end, true)) return true;
  return scoreShape(Number(m[1]), Number(m[2])) && SCORE_CLAUSE.test(clauseBefore(text, start));
}

/** The day itself named after the value: "3/4那天", "5/6 当天", "3/4 that day". */
const DAY_AFTER = /^\s*(?:那天|那日|当天|當天|那一天|that\s+day)/;
const DOSE_AFTER = /^\s*(?:mg|mcg|µg|ug|ml|mL|units?|iu|IU|%|x\b|times|of\b)/;
const WEEKDAY_AFTER = /^\s*[（(](?:星期|週|周|礼拜|禮拜)?[一二三四五六日天][）)]/;

function dayMonth(text: string, out: PhiSpan[]): void {
  DM.lastIndex = 0;
  // A value read as a score or a level stays in `found` (it makes a row for a real date beside it: "C-section 3/4,
  // Apgars 8/9", "L4/5 laminectomy done 3/4") but is never redacted itself.
  const found: { start: number; end: number; padded: boolean; cued: boolean; framed: boolean }[] = [];
  const governed: { start: number; end: number; total: number }[] = [];
  for (const m of text.matchAll(DM)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    if (!validDM(Number(m[1]), Number(m[2]))) continue;
    const before = text.slice(Math.max(0, start - 16), start);
    const after = text.slice(end, end + 16);
    if (SCORE_RIGHT_BEFORE.test(before) || NOT_DATE_AFTER.test(after)) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    // The same scale continued in the clause of a governed score ("MMT 4/5 hip flexors, 5/5 elsewhere"), or the next
    // item of its list ("Apgars 8/9, 9/9"), is a score too; a value with a date cue ("follow up on 2/5"), another total
    // ("repeat MMT done 3/15") or other words between ("Apgars 8/9, discharged home 3/5") is not.
    const continued =
      !TEMPORAL_BEFORE.test(before) &&
      governed.some(
        (g) => (scoreShape(a, b) && g.total === b && g.start >= start - clauseBefore(text, start).length) || LIST_NEXT.test(text.slice(g.end, start)),
      );
    const framed = readsAsScore(text, start, end) || continued;
    if (framed && (governedScore(text, start) || continued)) governed.push({ start, end, total: b });
    const weekday = WEEKDAY_AFTER.exec(after);
    if (weekday) end += weekday[0].length;
    const formatCued = CLOCK_AFTER.test(after) || weekday !== null;
    const cued = formatCued || TEMPORAL_BEFORE.test(before) || DAY_AFTER.test(after);
    const padded = (m[1].length === 2 && m[1][0] === '0') || (m[2].length === 2 && m[2][0] === '0');
    const scoreWords = !padded && SCORE_CLAUSE.test(clauseBefore(text, start));
    // After a score word an uncued value is a score, in a row too ("acuity 6/9, 6/12"); a score total is one even after
    // "from"/"to" ("GCS from 9/15 to 13/15"): only a clock time or a weekday beside it makes it a date.
    if (scoreWords && (scoreShape(a, b) ? !formatCued : !cued)) continue;
    // Uncued, a day and month is still a date unless it has the shape of a ratio or a duration: a part of a small whole
    // (4/5 power, 2/3, 7/10 pain, 3/4; a score total over 12 such as 9/15 or 4/30 is also a day and month, so without a
    // score word in its clause it stays a date — a leaked date is worse than a masked score), UK months, days and hours of treatment
    // (2/12, 5/7, 3/24), a combined dose (10/20 mg), or follows a score word in its clause ("vision is 6/9").
    // A house number before a street name ("12/4 Kamarajar Salai") is an address, not a date.
    const plain = !(a <= b && b <= 10) && !scoreWords && b !== 12 && b !== 7 && !DOSE_AFTER.test(after) && !/^ \p{Lu}\p{Ll}/u.test(after);
    found.push({ start, end, padded, cued: cued || plain, framed });
  }
  // Columns of a table: two or more day/month values on one line ("17/09   15/09   12/09").
  for (const f of found) {
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const lineEnd = text.indexOf('\n', f.end);
    const row = found.filter((g) => g.start >= lineStart && (lineEnd < 0 || g.end <= lineEnd)).length >= 2;
    if (!f.framed && (f.cued || f.padded || row)) out.push(span('DATE', text, f.start, f.end));
  }
}

/** "4 Mar 24", "12-Mar-24" is in dates.ts: a two-digit year after a day and a month name, not a dose or a count. */
const DAY_MONTH_YY = new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+'?\\d{2}\\b(?![\\d:/.]|${NOT_YEAR_AFTER})`, 'g');
const ZH_NUM = '[〇零一二三四五六七八九十百]';
/** Chinese-numeral dates, with the ROC era or none, and a weekday in brackets. */
const ZH_NUMERAL_DATE = new RegExp(
  `(?:民[國国])?${ZH_NUM}{2,6}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号號](?:\\s*[（(](?:星期|週|周|礼拜|禮拜)?[一二三四五六日天][）)])?`,
  'g',
);
/** A lunar day ("九月初六", "腊月廿三"): 初/廿 days only occur in dates. */
const LUNAR = /(?:农历|農曆|阴历|陰曆)?[正一二三四五六七八九十冬腊臘]{1,2}月(?:初[一二三四五六七八九十]|廿[一二三四五六七八九]?)/g;
/** A date with a weekday in brackets after it: the whole is the date. */
const ZH_DATE_WEEKDAY = /(?<!\d)(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])[日号號]\s*[（(](?:星期|週|周|礼拜|禮拜)?[一二三四五六日天][）)]/g;
const ORDINAL_AGE = /\b(9\d|1[0-3]\d)(?:st|nd|rd|th)\s+(?:year|birthday)\b/gi;

export function detectShortDates(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (text.includes('/')) dayMonth(text, out);
  if (/[A-Za-z]/.test(text)) {
    DAY_MONTH_YY.lastIndex = 0;
    for (const m of text.matchAll(DAY_MONTH_YY)) out.push(span('DATE', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
    ORDINAL_AGE.lastIndex = 0;
    for (const m of text.matchAll(ORDINAL_AGE)) out.push(span('AGE', text, m.index ?? 0, (m.index ?? 0) + m[1].length + 2));
  }
  if (text.includes('月')) {
    for (const re of [ZH_NUMERAL_DATE, LUNAR, ZH_DATE_WEEKDAY]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) out.push(span('DATE', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
    }
  }
  return out;
}
