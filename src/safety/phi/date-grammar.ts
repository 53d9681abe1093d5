// Dates named in words, read by a grammar of parts rather than a phrase per case. Safe Harbor removes every element of
// a person's date but the year; a weekday, a month, a holiday or a lunar day is such an element (as the i2b2 2014 and NLM
// Scrubber annotation guides read it), and so is "yesterday" in a record that dates a day (it resolves to one), so "上周二淋雨后咳嗽",
// "presented in November", "大年初三晚上", "late Tuesday night", "去年冬天才戒" are dates like "2024年3月5日" is.
// The grammar composes a closed set of parts — a shift (上/下/本/这个, last/next/this, early/mid/late), a unit (weekday,
// month, season, holiday, relative day, lunar month and day), a relative or written year — so an unseen combination
// ("下下周六", "next Thanksgiving", "前年腊月二十三") parses without a phrase of its own. The part of the day and the clock
// time after it are grown by date-extent.ts, as for every date.
// What stays (no part of a date): today / 今天 / 今晚 (the record's own date adds nothing), durations and habits
// ("3 days ago", "每周一次", "两周一疗程", "on Sundays"), words that only look like a part ("this fall" is an injury,
// "May cause", "后天性", "提前天数", "伤口四周", "小年轻", "吃元宵", "神志清明"), and a season without a year.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';

// ---- English parts ----
/** The English weekday and month names in full (address-directions.ts reads them as never a landmark's word). */
export const WEEKDAY_NAMES_EN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const MONTH_NAMES_EN = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY_EN = `(?:${WEEKDAY_NAMES_EN}|(?:Tues|Thurs|Weds)\\.?)`;
const MONTH_EN = MONTH_NAMES_EN;
/** What joins the weekdays of a schedule: "/", ",", "&", "and", "or", "-", a space. */
const WEEKDAY_JOIN_EN = '(?:\\s*(?:/|,|&|-|–)\\s*|,?\\s+(?:and|or|&)\\s+|\\s+)';
/** Short month names that are never ordinary words ("Sept '22"); "Mar", "May", "Jan" alone are left to dates.ts. */
const MONTH_EN_SHORT = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const SHIFT_EN = '(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate|[Tt]he\\s+following|[Tt]he\\s+previous)\\s+)';
const EDGE_EN = '(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd\\s+of|[Bb]eginning\\s+of|[Ss]tart\\s+of|(?:the|The)\\s+end\\s+of|(?:the|The)\\s+beginning\\s+of)\\s*)';
const DAYPART_EN = '(?:\\s+(?:morning|afternoon|evening|night|overnight))';
const HOLIDAY_EN =
  "(?:Christmas(?:\\s+(?:Eve|Day))?(?!\\s+(?:disease|factor|tree))|New\\s+Year(?:'s|s)?(?:\\s+(?:Eve|Day))?|Thanksgiving(?:\\s+Day)?|Halloween|Easter(?:\\s+(?:Sunday|Monday|weekend))?|Memorial\\s+Day|Labor\\s+Day|Labour\\s+Day|Independence\\s+Day|(?:the\\s+)?Fourth\\s+of\\s+July|July\\s+4th|Valentine'?s\\s+Day|Mother'?s\\s+Day|Father'?s\\s+Day|St\\.?\\s+Patrick'?s\\s+Day|Veterans\\s+Day|Juneteenth|Super\\s+Bowl\\s+Sunday|Black\\s+Friday|Good\\s+Friday|Boxing\\s+Day|Passover|Rosh\\s+Hashanah|Yom\\s+Kippur|Hanukkah|Diwali|Lunar\\s+New\\s+Year|Chinese\\s+New\\s+Year)";
const YEAR_EN = "(?:(?:19|20)\\d{2}|'\\d{2})";
/** A month alone is a date after a word that places something in time ("in June", "since March", "mid-May"). */
const MONTH_CUE_EN =
  '(?:in|since|until|till|by|during|through|throughout|from|to|of|before|after|around|over|early|late|mid-?|last|this|next|past|end\\s+of|beginning\\s+of|start\\s+of)';

const EN_FORMS = [
  // weekday, with a shift and a part of the day: "Tuesday", "last Thursday", "late Tuesday night", "Thurs"
  // (not one of a list of weekdays — a schedule: "HD Tuesday/Thursday/Saturday", "Monday, Wednesday and Friday" —,
  // not a habit "Monday mornings", not an eponym: "Saturday night palsy", "Monday morning fever"; session-12 review)
  `(?<!${WEEKDAY_EN}${WEEKDAY_JOIN_EN})${SHIFT_EN}?${WEEKDAY_EN}(?![a-z])(?!'?s\\b)(?!${WEEKDAY_JOIN_EN}${WEEKDAY_EN})(?!\\s+(?:league|school|best|paper|times|night\\s+palsy|morning\\s+fever)\\b)(?!\\s+(?:morning|afternoon|evening|night)s\\b)(?:${DAYPART_EN}(?!s\\b))?`,
  // holiday, with a shift: "Christmas", "New Year's", "last Thanksgiving" ("Christmas disease", factor IX, is a diagnosis)
  `${SHIFT_EN}?${HOLIDAY_EN}(?![a-z])`,
  // a month with its edge and year: "late June", "mid-May", "spring 2018" is below, "Sept '22"
  `${EDGE_EN}${MONTH_EN}(?![a-z])(?:,?\\s+${YEAR_EN}(?!\\d))?`,
  `(?:${MONTH_EN}|${MONTH_EN_SHORT})\\s+'\\d{2}(?![\\d'])`,
  // a season with a year, or with a shift ("last spring"; "fall" only with a year: "this fall" is an injury)
  `(?:${EDGE_EN}|${SHIFT_EN})?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)\\s+(?:of\\s+)?${YEAR_EN}(?!\\d)`,
  `(?:last|next|this\\s+past|early|late)\\s+(?:spring|summer|autumn|winter)(?![a-z])`,
  // relative day and weekend: "yesterday", "tomorrow morning", "the day before yesterday", "last weekend"
  `(?:[Tt]he\\s+day\\s+(?:before|after)\\s+)?(?:[Yy]esterday|[Tt]omorrow)${DAYPART_EN}?(?![a-z])`,
  '(?:last|next|this|this\\s+past|that)\\s+weekend(?![a-z])',
  '(?:[Ll]ast|[Nn]ext|[Tt]his\\s+past)\\s+month(?![a-z])',
  // a day-month range: "June 24-27, 2024", "March 3–5"
  `(?:${MONTH_EN}|${MONTH_EN_SHORT})\\s+(?:[12]\\d|3[01]|0?[1-9])\\s*[-–]\\s*(?:[12]\\d|3[01]|0?[1-9])(?:,?\\s+(?:19|20)\\d{2})?(?!\\d)`,
  // a month, day and year without a comma ("Mar 3 2023") and a numeric date with spaces after its separators ("12/ 04/1987")
  `\\b(?:${MONTH_EN}|${MONTH_EN_SHORT})\\s+(?:[12]\\d|3[01]|0?[1-9])\\s+(?:19|20)\\d{2}(?!\\d)`,
  '(?<![\\d.])(?:[12]\\d|3[01]|0?[1-9])\\s?([/.-])\\s?(?:[12]\\d|3[01]|0?[1-9])\\s?\\1\\s?(?:19|20)\\d{2}(?!\\d)',
];
// Capitalised names only (no 'i' flag): "may", "march", "august" as ordinary words stay.
const EN_RE = new RegExp(`\\b(?:${EN_FORMS.map((f) => `(?:${f})`).join('|')})`, 'g');
/** A month alone: the month is the date, the cue word before it is not ("May-Thurner", "March of Dimes" are names). */
const EN_MONTH_ALONE = new RegExp(`\\b${MONTH_CUE_EN}\\s+(?:the\\s+)?(?:month\\s+of\\s+)?(${MONTH_EN})(?![a-z]|-|\\s+\\d|\\s+(?:19|20)\\d{2})`, 'gi');

// ---- Chinese parts ----
const ZH_DAY_NUM = '(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)';
const ZH_MONTH_NUM = '(?:十[一二]|[一二三四五六七八九十])';
const REL_YEAR_ZH = '(?:今年|去年|明年|前年|大前年|(?:19|20)\\d{2}\\s*年)';
const SHIFT_ZH = '(?:上上|下下|上个|下个|这个|那个|上|下|本|这|這|那)';
const WEEKDAY_ZH = `${SHIFT_ZH}?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]`;
const HOLIDAY_ZH =
  '(?:春节|春節|元旦|除夕|大年夜|年三十|大年三十|大年初[一二三四五六七八九十]|元宵节|元宵節|清明节?|端午节?|中秋节?|国庆节?|國慶節?|五一(?:劳动节|假期|长假)?|劳动节|重阳节?|七夕|腊八|小年|圣诞节?|聖誕節?|平安夜|情人节|母亲节|父亲节|感恩节|万圣节|十一(?:假期|长假|黄金周))';
const ZH_FORMS = [
  // weekday with a shift: 上周二, 下下周六, 本周四, 星期天, 这周末
  `${WEEKDAY_ZH}`,
  `${SHIFT_ZH}?(?:周|週)末`,
  // a holiday, with a year before it: 春节, 今年元旦, 大年初三, 2023年国庆
  `${REL_YEAR_ZH}?(?:的)?${HOLIDAY_ZH}`,
  // 过年 as a point in time, not the verb ("比过年时", "过完年", "过年前后"; "在这里过年" stays)
  '过完年|過完年|过年(?=前|后|後|时|時|期间|期間|那)',
  // a month after a relative year or with its middle: 去年8月, 今年三月份, 8月中
  `(?:今年|去年|明年|前年|大前年)(?:的)?(?:1[0-2]|0?[1-9]|${ZH_MONTH_NUM}|正|冬|腊|臘)月(?:${ZH_DAY_NUM}(?![日号號])|份|初|中旬|上旬|下旬|中|底|末)?`,
  '(?<![\\d.年])(?:1[0-2]|0?[1-9])月中(?=[，,。；;、\\s）)]|$)',
  // a season or an edge of a year with its year: 2019年春, 去年冬天, 前年年底
  `${REL_YEAR_ZH}(?:的)?(?:春|夏|秋|冬)(?:天|季|节|末|初)?(?![节節])`,
  `${REL_YEAR_ZH}(?:年初|年底|年末|年中|底|初|末)`,
  // lunar months and days: 农历十月十六, 腊月十三, 八月十五, 正月里
  `(?:农历|農曆|阴历|陰曆)(?:${ZH_MONTH_NUM}|正|冬|腊|臘)月${ZH_DAY_NUM}?`,
  `(?:正|冬|腊|臘)月(?:${ZH_DAY_NUM}|里|裡)?`,
  `(?<![\\d年月〇零一二三四五六七八九十])${ZH_MONTH_NUM}月(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)(?![日号號天])`,
  // relative days: 昨天, 前天夜里 (its part of the day is grown by date-extent.ts), 明早, 大前天
  '(?:大前天|前天|昨天|昨日|昨晚|昨夜|前晚|明天|明日|明早|明晚|明晨)',
  // relative months: 上个月, 下月, 这个月 (月经 is a period, not a month)
  '(?:上上|上|下|这|這|本)个?月(?![经經份\\d])',
];
const ZH_RE = new RegExp(ZH_FORMS.map((f) => `(?:${f})`).join('|'), 'g');

/** Before a weekday or 周末: a count or a habit, not a date ("每周一次", "两周一疗程", "伤口四周一圈", "每个星期天"). */
const ZH_COUNT_BEFORE = /(?:[\d０-９一二三四五六七八九十两兩几幾数數每隔第半]|每个|每個|几个|幾個)$/;
/** After a weekday: a count ("周一次" after a number) or a word it starts ("周岁" is not reached; "周天数"). */
const ZH_COUNT_AFTER = /^(?:次|片|粒|剂|劑|疗程|療程|个|個|天数)/;
/** Words that only look like a part: 提前天数, 之前天, 神志清明, 小年轻, 七夕 is a day, 五一 inside a number. */
const ZH_FALSE = [
  { word: /^前天/, before: /[提之以当當几幾两兩]$/ },
  { word: /^前天/, after: /^然/ },
  { word: /^明天/, before: /[聪聰光]$/ },
  { word: /^清明/, before: /[神志智]$/ },
  { word: /^小年/, after: /^[轻輕纪紀]/ },
  { word: /^五一/, before: /[\d一二三四五六七八九十百.]$/ },
  { word: /^十一/, before: /[\d一二三四五六七八九十百.]$/ },
  { word: /^腊八/, after: /^[粥蒜]/ },
  { word: /^重阳/, after: /^[则則必]/ },
  { word: /^(?:正|冬|腊|臘)月$/, before: /[\d一二三四五六七八九十]$/ },
] as const;

/** A weekday said as a habit or a schedule, not a day: "every Sunday", "a Saturday", "周一到周五", "每周一次（周一晨起". */
const STARTS_WEEKDAY = new RegExp(`^${WEEKDAY_EN}`);
const EN_HABIT_BEFORE = /\b(?:every|each|a|on\s+alternate|most|some)\s+$/i;
const ZH_HABIT_BEFORE = /(?:每|逢)[^，,。；;\n]{0,10}$/;
const ZH_RANGE = /^(?:[到至~～\-—、和或]|或者)(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]/;
const ZH_RANGE_BEFORE = /(?:星期|礼拜|禮拜|周|週)[一二三四五六日天](?:[到至~～\-—、和]|或者?)$/;

/**
 * Weekdays that schedule a dose are clinical content that stays ("warfarin 2.5 mg on Monday and Friday", "甲氨蝶呤
 * 7.5mg 周一服"); so are weekdays in a range ("Monday to Friday", "周一至周五").
 */
const DOSE = /\d(?:\.\d+)?\s*(?:mg|mcg|µg|μg|ug|g|units?|IU|iu|mL|ml|tabs?|tablets?|caps?|capsules?|puffs?|毫克|微克|片|粒|支|单位|單位|毫升)(?![a-z])/i;
const CLAUSE_EDGE = /[.;!?\n。；！？]/;
const ANY_WEEKDAY = new RegExp(`${WEEKDAY_NAMES_EN}|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]`, 'g');
function inDosingClause(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 60 && !CLAUSE_EDGE.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 60 && !CLAUSE_EDGE.test(text[to])) to++;
  const clause = text.slice(from, to);
  if (!DOSE.test(clause)) return false;
  // A schedule: the dose right before the day ("2.5 mg on Monday", "7.5mg 周一"), or days listed ("Monday and Friday");
  // "took 2 tablets of ibuprofen on Sunday" is an event, and its day a date.
  return DOSE.test(text.slice(Math.max(0, start - 14), start)) || (clause.match(ANY_WEEKDAY) ?? []).length >= 2;
}
const EN_RANGE_AFTER = new RegExp(`^\\s*(?:-|–|—|to|through|thru|and)\\s*${WEEKDAY_NAMES_EN}`);
const EN_RANGE_BEFORE = new RegExp(`${WEEKDAY_NAMES_EN}\\s*(?:-|–|—|to|through|thru|and|,)\\s*$`);

function zhFalse(text: string, start: number, value: string): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(start + value.length, start + value.length + 2);
  if (/^(?:上上|下下|上个|下个|这个|那个|上|下|本|这|這|那)?(?:星期|礼拜|禮拜|周|週)/.test(value)) {
    if (/^(?:周|週)/.test(value) && ZH_COUNT_BEFORE.test(before)) return true;
    if (/^(?:星期|礼拜|禮拜)/.test(value) && /(?:每|每个|每個|几个|幾個|[\d一二三四五六七八九十两兩几]个?)$/.test(before)) return true;
    if (ZH_COUNT_AFTER.test(after)) return true;
    if (value.endsWith('天') && after.startsWith('天')) return true;
    const end = start + value.length;
    if (ZH_HABIT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
    if (ZH_RANGE.test(text.slice(end, end + 4)) || ZH_RANGE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return true;
    if (inDosingClause(text, start, end)) return true;
  }
  return ZH_FALSE.some((f) => f.word.test(value) && ('before' in f ? f.before.test(before) : f.after.test(after)));
}

/**
 * A range of two days of a month after a word of dates ("起止日期：11.6—11.19", "leave dates 3/2-3/9"): each end is a
 * day and month, which alone ("11.6", a decimal) would not be read; only the date word makes the pair a range of dates.
 */
const DM_END = '(?:1[0-2]|0?[1-9])[./-](?:[12]\\d|3[01]|0?[1-9])';
const DATE_RANGE = new RegExp(
  `(?:日期|起止|期间|期間|时段|時段|假期|dates?|period|leave)\\s*[:：]?\\s*(?:from\\s+)?(${DM_END})\\s*(?:[—–~～至到-]|to)\\s*(${DM_END})(?![\\d./-]\\d)`,
  'gi',
);

/**
 * A day or month named only against the day it is said ("yesterday", "明早", "这周末", "上个月"): it is an element of a date only in a record
 * that dates a day (date-extent.ts `datesADay`), where it resolves to one; an undated message's "昨天" identifies nothing.
 */
const RELATIVE_DAY =
  /^(?:[Tt]he\s+day|[Yy]esterday|[Tt]omorrow|(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat)\s+(?:past\s+)?(?:weekend|month)|大前天|前天|前晚|昨|明天|明日|明早|明晚|明晨|(?:上上|上|下|这|這|本)个?月$)|[周週]末$/;

/**
 * Dates written in words, Chinese and English: weekdays, months, seasons with a year, holidays, lunar days; relative
 * days too when `dated` (the text holds a date that names a day).
 */
export function detectDateGrammar(text: string, dated = false): PhiSpan[] {
  const out: PhiSpan[] = [];
  const keep = (value: string) => dated || !RELATIVE_DAY.test(value);
  if (/[A-Z]/.test(text) || /yesterday|tomorrow|weekend|spring|summer|autumn|winter|fall/.test(text)) {
    EN_RE.lastIndex = 0;
    for (const m of text.matchAll(EN_RE)) {
      const start = m.index ?? 0;
      // "a Saturday" is a habit; "a late Tuesday night low" is a day (the shift makes it one).
      const end = start + m[0].length;
      const weekday = STARTS_WEEKDAY.test(m[0]);
      const habit =
        weekday &&
        (EN_HABIT_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ||
          EN_RANGE_AFTER.test(text.slice(end, end + 16)) ||
          EN_RANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
          inDosingClause(text, start, end));
      if (habit || !keep(m[0])) continue;
      out.push(span('DATE', text, start, end));
    }
    EN_MONTH_ALONE.lastIndex = 0;
    for (const m of text.matchAll(EN_MONTH_ALONE)) {
      // A month name is only a month when capitalised: "in may" and "to march" stay; "March of Dimes" is a name.
      if (!/^[A-Z]/.test(m[1])) continue;
      const start = (m.index ?? 0) + m[0].length - m[1].length;
      if (/^\s+of\s+[A-Z]/.test(text.slice(start + m[1].length, start + m[1].length + 8))) continue;
      out.push(span('DATE', text, start, start + m[1].length));
    }
  }
  DATE_RANGE.lastIndex = 0;
  for (const m of text.matchAll(DATE_RANGE)) {
    const whole = m.index ?? 0;
    const first = whole + m[0].indexOf(m[1], m[0].length - m[1].length - m[2].length - 8);
    const second = whole + m[0].length - m[2].length;
    out.push(span('DATE', text, first, first + m[1].length), span('DATE', text, second, second + m[2].length));
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    ZH_RE.lastIndex = 0;
    for (const m of text.matchAll(ZH_RE)) {
      const start = m.index ?? 0;
      if (zhFalse(text, start, m[0]) || !keep(m[0])) continue;
      out.push(span('DATE', text, start, start + m[0].length));
    }
  }
  return out;
}
