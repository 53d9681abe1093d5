// One small parser for the numbers people write in ages and durations, in either language: "七个礼拜", "两个月大",
// "三岁半", "十二天", "6 weeks", "three and a half years". Regex vocabularies cannot compare quantities ("under 3
// months"), so age logic reads numbers through here instead of listing every spelling.
import { matchesOf } from './match.js';

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const EN_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A count as a matched token: parseNumber, and 半 alone as a half (a half tablet, "半个月"); NaN when unread. */
export function readCount(token: string): number {
  return token.trim() === '半' ? 0.5 : (parseNumber(token) ?? Number.NaN);
}

/** "七" 7, "十二" 12, "二十三" 23, "两" 2, "12" 12, "six" 6; null when it is not a number we read. */
export function parseNumber(token: string): number | null {
  const t = token.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (t in EN_WORDS) return EN_WORDS[t] ?? null;
  // "sixty five", "sixty-five": tens and a unit.
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
  if (compound) return (EN_WORDS[compound[1] ?? ''] ?? 0) + (EN_WORDS[compound[2] ?? ''] ?? 0);
  if (!/^[零〇一二两兩俩三四五六七八九十百]+$/.test(t)) return null;
  // Chinese up to 999: tens and hundreds multiply the digit before them ("二十" 20, "十二" 12, "一百零五" 105).
  let total = 0;
  let digit = 0;
  for (const ch of t) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = ZH_DIGITS[ch] ?? 0;
  }
  return total + digit;
}

export type AgeUnit = 'day' | 'week' | 'month' | 'year';

const UNIT_DAYS: Record<AgeUnit, number> = { day: 1, week: 7, month: 30.4, year: 365 };

export interface Quantity {
  value: number;
  unit: AgeUnit;
  /** The value in days, for comparisons ("under 3 months" = under ~91 days). */
  days: number;
  start: number;
  end: number;
  text: string;
}

const ZH_NUM = '\\d+(?:\\.\\d+)?|[零〇一二两俩三四五六七八九十百]+';
const EN_NUM = `\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b|${Object.keys(EN_WORDS).join('|')}`;
const ZH_UNIT: [RegExp, AgeUnit][] = [
  [/^(?:天|日)/, 'day'],
  // 周岁 is a year (the ordinary way a child's age is told), not 周 = week: listed before the week.
  [/^(?:岁|周岁|虚岁)/, 'year'],
  [/^(?:周|星期|礼拜)/, 'week'],
  [/^月/, 'month'],
];
// "七个多礼拜", "两个月", "三岁半", "八个半月": optional 个, 多 or 半 after 个, and a trailing 半 (each 半 adds half a unit).
const ZH_QTY = new RegExp(`(${ZH_NUM})\\s*(?:个)?(多|半)?\\s*(天|日|周岁|虚岁|周|星期|礼拜|月|岁)(半)?`, 'g');
const EN_QTY = new RegExp(`\\b(${EN_NUM})(?:\\s+and\\s+a\\s+half|\\s*½)?[- ]?(days?|weeks?|wks?|months?|mos?|years?|yrs?)\\b`, 'gi');

function enUnit(u: string): AgeUnit {
  const l = u.toLowerCase();
  if (l.startsWith('d')) return 'day';
  if (l.startsWith('w')) return 'week';
  if (l.startsWith('m')) return 'month';
  return 'year';
}

/** Every number + time unit in the text, in either language. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of matchesOf(ZH_QTY, text)) {
    const n = parseNumber(m[1] ?? '');
    const unit = ZH_UNIT.find(([re]) => re.test(m[3] ?? ''))?.[1];
    if (n === null || !unit) continue;
    let value = n + (m[4] || m[2] === '半' ? 0.5 : 0);
    // 虚岁 counts the year of birth as one: the age in full years is one less (never under half a year).
    if (m[3] === '虚岁') value = Math.max(value - 1, 0.5);
    out.push({ value, unit, days: value * UNIT_DAYS[unit], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
  }
  for (const m of matchesOf(EN_QTY, text)) {
    const n = parseNumber(m[1] ?? '');
    if (n === null) continue;
    const value = n + (/half|½/i.test(m[0]) ? 0.5 : 0);
    const unit = enUnit(m[2] ?? '');
    out.push({ value, unit, days: value * UNIT_DAYS[unit], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}
