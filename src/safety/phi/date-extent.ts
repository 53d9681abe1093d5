// A date is the whole timestamp. Safe Harbor removes every element of a person's date but the year, and the time of
// day is the finest of them: "2024-03-18 09:25", "Tue 3/12/24 9:47 PM", "2024年10月1日19时10分", "3月17日晚",
// "4月17日（周三）上午8:00-11:30", "15:02 on 5/17/24" are one identifier each, not a date with its time left in clear
// text beside the placeholder. And a record that dates its events times them against those dates ("入院时间：
// 2024-03-18 09:25 … 危急值已于03:53电话报告", "Admit date 11/03/2024 … at bedside 03:15"): there a clock time standing
// alone is an element of the record's dates too. A text with no date keeps its clock times ("每天早上7:00服药",
// "take it at 8:00"): without a date a time of day identifies nothing. Pure: text and spans in, spans out.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';

/** A clock time: 09:25, 15:46:12, 9:47 PM, 4:15p, 6.15pm, 11am, 19时10分, 14时许, 06时38分. */
const CLOCK =
  '(?:(?:[01]?\\d|2[0-3])[:：][0-5]\\d(?:[:：][0-5]\\d)?(?:\\s?[AaPp]\\.?[Mm]\\b\\.?|[ap]\\b)?|(?:1[0-2]|0?[1-9])(?:[.:][0-5]\\d)?\\s?[AaPp]\\.?[Mm]\\b\\.?|(?:[01]?\\d|2[0-3])\\s?[时時](?:\\s?[0-5]?\\d\\s?分(?:\\s?[0-5]?\\d\\s?秒)?|许|許|左右|整)?)';
/** An hour said the everyday way, only with a part of the day before it: 晚10点, 凌晨4点多, 早7点左右. */
const SPOKEN_HOUR = '(?:[01]?\\d|2[0-3])\\s?[点點](?:\\s?[0-5]?\\d\\s?分|半|多|许|許|左右|整)?';
/** A part of the day after a Chinese date (3月17日晚, 10月1日下午) or before its hour; 晚饭, 早餐 are meals. */
const DAYPART_ZH = '(?:凌晨|清晨|早晨|早上|上午|中午|午后|午後|下午|傍晚|晚上|夜间|夜間|夜里|夜裡|深夜|半夜|早(?![饭餐])|晚(?![饭餐])|夜)';
/** A clock time or a range of two ("15:30-16:20", "11:05–12:20", "8:00-11:30"), with its approximations after it. */
/**
 * A time zone after a clock time ("16:02:11 CST", "09:30 GMT", "T06:15:00Z", "06:12:55 -0500", "+08:00"): part of the
 * timestamp. A signed number followed by a unit is a balance, not a zone ("3/5 06:00 +1200 mL").
 */
const ZONE =
  '(?:\\s?(?:[ECMP][SD]T|AK[SD]T|H[SD]T|UTC|GMT|BST|CES?T|IST|JST|AE[SD]T|SGT|HKT)\\b|Z\\b|\\s[+-](?:0\\d|1[0-4])[0-5]\\d(?!\\d|\\s?(?:m?[lL]|cc|k?g|mg|mmol|units?|IU)\\b)|[+-](?:0\\d|1[0-4]):[0-5]\\d(?!\\d))';
const TIME = `(?:${CLOCK}(?:\\s?[-–~至到]\\s?${CLOCK})?${ZONE}?(?:\\s?(?:许|許|左右|前后|前後))?)`;
const DAYPART_TIME = `(?:${DAYPART_ZH}(?:\\s?(?:${TIME}|${SPOKEN_HOUR}))?)`;
/** A weekday in brackets after a date: （星期二）, (周三), (Tue). */
const WEEKDAY_BRACKET = '(?:\\s?[（(](?:星期|週|周|礼拜|禮拜)?[一二三四五六日天][）)]|\\s?\\((?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\))';
/** What joins a time to the date before it: a space or comma, "at", "@", "approx.", "T" of ISO 8601. */
const JOIN = '(?:T|[ \\t\\u3000]{0,3}(?:[,，][ \\t\\u3000]{0,2})?(?:(?:at|@|approx\\.?|approximately|around|about|~|约|約)[ \\t]{0,2})*)';
/** The part of a month after a year and month: 2024年12月初, 113 年 8 月底, 3月中旬. */
const MONTH_PART = /^(?:上旬|中旬|下旬|初|底|末|中|份)/;
/** Where a stamp ends: not inside a number or a word; an entry's colon after it ("08/31 21:00: APAP") is no digit of it. */
const STAMP_END = '(?![\\dA-Za-z]|[:：]\\d)';
const AFTER_DATE = new RegExp(`^(?:${WEEKDAY_BRACKET})?(?:${JOIN}(?:${DAYPART_TIME}|${TIME}))${STAMP_END}`);
/** A time before the date it belongs to: "15:02 on 5/17/24", "19:30 on the 4th of July". */
const BEFORE_DATE = new RegExp(`(?<![\\d.])(?<!\\d[:：])${TIME}\\s+on\\s+(?:the\\s+)?$`);
/** A clock time standing alone (HH:MM, with a range; h am/pm; 时/分), or a spoken hour after a part of the day. */
const ALONE = new RegExp(`(?<![\\d.,/A-Za-z])(?<!\\d[:：])(?:${DAYPART_ZH}\\s?(?:${TIME}|${SPOKEN_HOUR})|${TIME})(?![\\d:：A-Za-z]|\\.\\d)`, 'g');

/** Every DATE span grown over the time of day, weekday and part of the day written with it. */
export function extendDates(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'DATE') continue;
    let { start, end } = s;
    const part = s.text.endsWith('月') ? MONTH_PART.exec(text.slice(end, end + 2)) : null;
    if (part) end += part[0].length;
    const after = AFTER_DATE.exec(text.slice(end, end + 48));
    if (after) end += after[0].length;
    const before = BEFORE_DATE.exec(text.slice(Math.max(0, start - 32), start));
    if (before) start -= before[0].length;
    if (start !== s.start || end !== s.end) out.push(span('DATE', text, start, end));
  }
  return out;
}

/** A date that names a day (not a bare month and year), so the record's events are dated. */
const DAY_DATE =
  /\d{1,2}\s*[日号號]|(?:^|\D)\d{1,2}[-/.]\d{1,2}(?:\D|$)|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[A-Za-z]{3,}\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,}/;

/** Whether the spans hold a date that names a day: the record is dated, so its clock times and relative days resolve. */
export const datesADay = (spans: readonly PhiSpan[]): boolean => spans.some((s) => s.type === 'DATE' && DAY_DATE.test(s.text));

/** A ratio's shape: one to a two-digit number, no am/pm. */
const TITRE = /^1[:：]\d{2}$/;

/**
 * The clock times of a dated record: when the text holds a date that names a day, every clock time outside the date
 * spans is a DATE span (an element of those dates). Times in a text with no such date stay.
 */
export function recordTimes(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  if (!datesADay(spans)) return [];
  const out: PhiSpan[] = [];
  ALONE.lastIndex = 0;
  for (const m of text.matchAll(ALONE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (spans.some((s) => s.type === 'DATE' && s.start <= start && end <= s.end)) continue;
    // "1:40", "1:10" alone are a titre or a dilution (ANA 1:40, adrenaline 1:10 000), not ten to two.
    if (TITRE.test(m[0])) continue;
    out.push(span('DATE', text, start, end));
  }
  return out;
}
