// Dates read by what stands next to them, for shapes the date readers (dates.ts, short-dates.ts, date-grammar.ts)
// leave alone because the shape by itself is also a count, a code or a score:
// - a month and day joined by a hyphen before a clock time where an entry's stamp stands: a line start, a bracket or
//   a date cue ("10-12 08:00", "（07-16 08:31 自动关闭）"; never a value range, "Hb 12-14 09:30");
// - a full date whose separators carry spaces or are bars ("2024 / 02 / 28", "04 | 12 | 2016"): both separators alike;
// - a military compact date ("05FEB25", "14JAN2025");
// - a day and month right after a clinical event verb ("presented 3/9", "made 4/9"), not before a score's noun;
// - a day and month in brackets after a weekday ("這禮拜六（4/6）", "Saturday (4/6)");
// - a day of the month by 号/號 where what follows is time or an event, never the thing numbered ("28号开始发烧",
//   "（16号）", "较10号晚" are days; "3号楼", "16号床", "7号线", "2号诊室" are not, nor a house number after a road
//   or a lane, "玉林北路3号附1号");
// - a part of a month ("9月中", "3月底", "5月上旬").
import type { PhiSpan } from '../types.js';
import { MONTHS_UPPER } from './dates.js';
import { validDM } from './score-shapes.js';
import { span } from './span.js';

/** Where a record's entry stamp stands: a line start (after a bullet), an opening bracket, or a date cue. */
const MD_CLOCK = /(?:^|\n|[（(【[])[ \t•·*-]*(?:(?:于|於|日期|时间|時間|on|at)[:：]?[ \t]*)?((\d{1,2})-(\d{1,2}))(?=[ \t]+\d{1,2}:\d{2}(?!\d))/g;
const SPACED_YMD = /(?<![\d])((?:19|20)\d{2})[ \t]*([/|.-])[ \t]*(\d{1,2})[ \t]*\2[ \t]*(\d{1,2})(?![\d])/g;
const SPACED_DMY = /(?<![\d])(\d{1,2})[ \t]*([/|.-])[ \t]*(\d{1,2})[ \t]*\2[ \t]*((?:19|20)\d{2})(?![\d])/g;
const COMPACT_MIL = new RegExp(`(?<![A-Za-z0-9])(?:[12]\\d|3[01]|0[1-9])(?:${MONTHS_UPPER})(?:\\d{4}|\\d{2})(?![A-Za-z0-9])`, 'g');
const EVENT_DM =
  /\b(?:presented|admitted|discharged|reported|made|started|stopped|began|occurred|injured|attended|transferred|died|born|operated|collected|performed|drawn|taken|delivered|seen)(?:\s+on)?\s+(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/gi;
/** A score's or a dose's noun after the value: "reported 3/10 pain", "taken 1/2 tab". */
const NOT_DATE_AFTER = /^\s*(?:pain|power|strength|tabs?|tablets?|of\b|mg|mcg|ml|mL|units?|%|mmHg|kPa|score)/i;
const WEEKDAY_DM = /(?:(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[ \t]*[（(][ \t]*(\d{1,2})\/(\d{1,2})[ \t]*[）)]/g;
/**
 * A day of the month by 号: the number is a day when what follows is a pause, a bracket, a part of the day, a
 * relation in time or an event; a noun after it is the numbered thing (a building, bed, line, room, window, queue).
 */
const ZH_DAY =
  /(?<![\d第编編型码碼挂掛排床楼樓房室号號路街巷弄道村段里组組栋棟幢座苑园園附区區镇鎮针針管])([12]\d|3[01]|[1-9]|[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|三十一?)[号號](?=[）)，,。；;、\s]|$|(?:开始|開始|起|晚上|早上|上午|下午|中午|凌晨|夜里|夜裡|那天|当天|當天|左右|前后|前後|以前|以后|以後|之前|之后|之後|至|到|出院|入院|住院|手术|手術|复查|複查|复诊|複診|就诊|就診|走了|去世|发病|發病|发烧|發燒|晚稍|早上|回来|回來|做了|做的|在))/g;
const MONTH_PART = /(?<![\d.孕娠])(1[0-2]|0?[1-9])月(?:上旬|中旬|下旬|初|中|底|末)(?![\u4e00-\u9fa5]*?(?:个|個))/g;

export function detectDateNeighbours(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/\d|[一二三四五六七八九十][号號]/.test(text)) return out;
  for (const m of text.matchAll(MD_CLOCK)) {
    const [a, b] = [Number(m[2]), Number(m[3])];
    const end = (m.index ?? 0) + m[0].length;
    if (a >= 1 && a <= 12 && b >= 1 && b <= 31) out.push(span('DATE', text, end - m[1].length, end));
  }
  for (const m of text.matchAll(SPACED_YMD)) {
    if (!/\s|\|/.test(m[0]) || !validDM(Number(m[4]), Number(m[3]))) continue;
    out.push(span('DATE', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  for (const m of text.matchAll(SPACED_DMY)) {
    if (!/\s|\|/.test(m[0]) || !validDM(Number(m[1]), Number(m[3]))) continue;
    out.push(span('DATE', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  if (/[A-Z]{3}\d/.test(text)) for (const m of text.matchAll(COMPACT_MIL)) out.push(span('DATE', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  if (text.includes('/')) {
    for (const m of text.matchAll(EVENT_DM)) {
      const end = (m.index ?? 0) + m[0].length;
      if (!validDM(Number(m[1]), Number(m[2])) || NOT_DATE_AFTER.test(text.slice(end, end + 12))) continue;
      out.push(span('DATE', text, end - m[1].length - m[2].length - 1, end));
    }
    for (const m of text.matchAll(WEEKDAY_DM)) {
      if (!validDM(Number(m[1]), Number(m[2]))) continue;
      const end = (m.index ?? 0) + m[0].length;
      const open = m[0].search(/[（(]/);
      out.push(span('DATE', text, (m.index ?? 0) + open + 1, end - 1));
    }
  }
  if (/[号號]/.test(text)) for (const m of text.matchAll(ZH_DAY)) out.push(span('DATE', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  if (text.includes('月')) for (const m of text.matchAll(MONTH_PART)) out.push(span('DATE', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  return out;
}
