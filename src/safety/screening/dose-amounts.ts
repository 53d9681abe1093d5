// Amounts in a dose sentence: numbers (digits, Chinese numerals, words), units to mg, per-kg and per-day markers,
// tablet counts, strengths, ceilings, frequencies ("every 4-6 hours", "3 times a day", "no more than 4 doses") and
// worked-calculation markers. Pure parsing; dose-check.ts compares what it reads with the label table.
import { readCount } from '../red-flags/numbers.js';

export const NUM = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十半]{1,3}|one|two|three|four|five|six|eight|twelve)';
/** A matched NUM token as a number: the shared number reader (red-flags/numbers.ts; 半 is a half dose). */
export const num = readCount;

export const UNIT_MG: Record<string, number> = {
  mg: 1,
  milligram: 1,
  milligrams: 1,
  毫克: 1,
  g: 1000,
  gram: 1000,
  grams: 1000,
  gm: 1000,
  克: 1000,
  mcg: 0.001,
  µg: 0.001,
  μg: 0.001,
  ug: 0.001,
  microgram: 0.001,
  micrograms: 0.001,
  微克: 0.001,
};
/** A mass unit, captured (UNIT_MG's keys): the one list the amount readers build their patterns from. */
export const MASS_UNIT = '(mg|milligrams?|grams?|gm|g|mcg|µg|μg|ug|micrograms?|毫克|微克|克)';
export const AMOUNT = new RegExp(`${NUM}(?:\\s*(?:-|–|~|to|至|到)\\s*${NUM})?\\s*${MASS_UNIT}(?![a-z])`, 'gu');
export const PER_KG_AFTER = /^\s*(?:\/\s*(?:kg|公斤|千克)|per\s+(?:kg|kilogram)|(?:每|\/)\s*(?:公斤|千克)|of body ?weight per kg)/u;
export const PER_KG_BEFORE = /(?:每(?:公斤|千克|kg)(?:体重)?|per (?:kg|kilogram)(?: of body ?weight)?|按体重)\s*$/u;
export const PER_DAY_AFTER =
  /^(?:(?!times|次|doses)[^\d,;.，。；]){0,20}?(?:\/\s*(?:kg\s*\/\s*)?(?:day|d|日|天)\b|(?:a|per|each|every) day|daily|in (?:a |one )?(?:24|twenty-four)[- ]hours?|(?:a|per) 24[- ]hour|每日|每天|\/日|\/天|一日|一天)/u;
export const PER_DAY_BEFORE =
  /(?:daily(?: dose| total| maximum| max)?|per day|a day|每日|每天|一日|一天|日(?:剂量|总量)|全天|24\s*(?:小时|h|hours?))[^，。；,;\d]{0,10}$/u;
/** A dose times its frequency, totalled ("twice a day gives around 1340 mg", "一天共1200毫克"): a daily amount. */
const DAILY_PRODUCT_BEFORE =
  /\b(?:once|twice|three times|four times|\d+ times) (?:a|per|each) day,?\s+(?:gives?|makes?|comes? to|totals?|adds? up to|equals?|is)\s+(?:about |around |roughly |approximately |nearly |~)?$|(?:一天|每天|每日|一日|全天)[^，。；\d]{0,8}(?:共|合计|总共|总量为?|加起来)(?:约|大约)?$/u;
export const COUNT = new RegExp(`${NUM}\\s*(?:tablets?|pills?|capsules?|caplets?|片|粒|颗|袋)`, 'u');
export const CEILING =
  /\b(?:or less|or fewer|or below|at most|stay (?:at|under|below)|keep (?:it )?(?:to|under|below)|no more than|not more than|up to)\b|以内|以下|不超过|最多|控制在/u;
export const STRENGTH_AFTER = /^\s*(?:-?(?:tablets?|pills?|capsules?|caplets?|each|per (?:tablet|capsule|pill))\b|片|粒|胶囊|\/片|\/粒)/u;
export const STRENGTH_BEFORE = /(?:each|per tablet|per capsule|(?:tablets?|capsules?|caplets?) of|每片|每粒|每袋|规格)[^\d]{0,6}$/u;
export const HOURLY = /\b(?:every hour|each hour|hourly|once an hour)\b|每(?:隔)?(?:一)?(?:个)?小时(?!\s*(?:内|以内))/u;
export const EVERY_HOURS = new RegExp(
  `(?:every|q)\\s*${NUM}(?:\\s*(?:-|–|to|至|到|or)\\s*${NUM})?\\s*(?:hours?|hrs?|h\\b)|(?:每|每隔)\\s*${NUM}(?:\\s*(?:-|–|至|到|~)\\s*${NUM})?\\s*(?:个)?小时`,
  'u',
);
export const TIMES_DAY = new RegExp(
  `${NUM}\\s*times\\s*(?:a|per|each)?\\s*day|${NUM}\\s*times daily|(?:twice|2x)\\s*(?:a|per)?\\s*(?:day|daily)()|(?:每日|每天|一日|一天|日)\\s*${NUM}\\s*次`,
  'u',
);
export const FREQ_CAP = new RegExp(`(?:no more than|not more than|up to|at most|maximum of|max(?:imum)?|不超过|最多)\\s*${NUM}\\s*(?:doses|times|次)`, 'u');

/**
 * A least interval between doses ("at least 4 hours apart", "间隔不少于4小时", "隔4小时以上"): a schedule timesPerDay does
 * not count (a floor on the gap, not a frequency), read where a stated schedule matters (the advice gate).
 */
export const INTERVAL = new RegExp(
  `\\b(?:at least |no less than |not less than |a minimum of )?${NUM}(?:\\s*(?:-|–|to|or)\\s*${NUM})?\\s*(?:hours?|hrs?|h)\\s+(?:apart|between (?:doses|each))\\b|(?:间隔|相隔|隔)\\s*(?:时间)?\\s*(?:不少于|不短于|不低于|至少|最少|应|要|须|需)?\\s*${NUM}(?:\\s*(?:-|–|至|到|~|～)\\s*${NUM})?\\s*(?:个)?小时`,
  'u',
);

/** The most doses a day a least interval allows (24 h over its shortest gap: "4–6 hours apart" allows 6), if one is stated. */
export function dosesByInterval(s: string): number | undefined {
  const m = INTERVAL.exec(s);
  if (!m) return undefined;
  const hours = Math.min(
    ...[m[1], m[2], m[3], m[4]]
      .filter(Boolean)
      .map(num)
      .filter((h) => Number.isFinite(h) && h > 0),
  );
  return Number.isFinite(hours) ? Math.floor(24 / hours) : undefined;
}

/** Does the text state a dosing schedule: hourly, every N hours, N times a day, a cap on doses a day, an interval? */
export function scheduleStated(s: string): boolean {
  return HOURLY.test(s) || EVERY_HOURS.test(s) || TIMES_DAY.test(s) || FREQ_CAP.test(s) || INTERVAL.test(s);
}

export const FOOD_AFTER =
  /^\s*(?:of\s+)?(?:\w+\s+)?(?:carbohydrates?|carbs?|sugar|glucose tablets?|protein|fat|fibre|fiber|salt|sodium|food|juice|water|含糖|糖|葡萄糖|碳水|蛋白|脂肪|膳食纤维|盐|钠|食物|食品|水|果汁)/u;

export const FOOD_BEFORE =
  /(?:\b(?:salt|sodium|protein|sugar|fat|fibre|fiber|fluids?|water|carbohydrates?|carbs)\b|食?盐|钠|蛋白质?|糖(?!尿)|脂肪|饮水|喝水|水分|液体)[^\d,;，。；]{0,16}$/u;

/** An instruction to take or give a medicine (the sentence advises an amount rather than explains one). */
export const TAKE_VERB = /\b(?:take|taking|give|giving|swallow|have)\b|服用|服下|吃|喝|给(?:孩子|宝宝|他|她)?(?:吃|服|喂)|喂/u;
export const EQ_BEFORE = /(?:[×*÷=＝]|\d\s*[x/]|(?:mg|g|克|毫克)\s*[(（])\s*$/u;
export const EQ_AFTER = /^\s*(?:[×*÷=＝]|[x/]\s*\d+(?:\.\d+)?\s*(?![\d.]*\s*(?:ml|毫升)))/u;

export interface Amount {
  mg: number;
  index: number;
  end: number;
  perKg: boolean;
  perDay: boolean;
}

export function amounts(s: string): Amount[] {
  const out: Amount[] = [];
  for (const m of s.matchAll(AMOUNT)) {
    const value = Math.max(num(m[1]), m[2] ? num(m[2]) : 0);
    const factor = UNIT_MG[m[3].toLowerCase()];
    if (!Number.isFinite(value) || factor === undefined) continue;
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const after = s.slice(end, end + 44);
    // "15–20 g 含糖食物", "30 g of carbohydrate": food, not a dose.
    if (FOOD_AFTER.test(after)) continue;
    // "reduce salt to under 5 g a day", "蛋白质每天0.8克/公斤": the food named just before owns the amount.
    if (FOOD_BEFORE.test(s.slice(Math.max(0, index - 24), index))) continue;
    // A product's content ("100ml含2g", "100 ml: 2 g", "每毫升含20mg"): a strength, not an amount taken.
    if (/(?:含|\d\s*(?:ml|毫升)\s*[:：])\s*$/u.test(s.slice(Math.max(0, index - 12), index))) continue;
    // A worked calculation ("6片×0.5克=3克", "20 x 500 mg = 10000 mg (10 g)"): its operands explain an amount,
    // they do not advise one; its result is the amount taken when the sentence tells someone to take it ("take
    // 20 x 500 mg = 10000 mg at once"), and an explanation otherwise.
    const lead = s.slice(Math.max(0, index - 12), index);
    const result = /[=＝]\s*$/u.test(lead);
    if (result ? !TAKE_VERB.test(s) : EQ_BEFORE.test(lead) || EQ_AFTER.test(after)) continue;
    const before = s.slice(Math.max(0, index - 16), index);
    const perKg = PER_KG_AFTER.test(after) || PER_KG_BEFORE.test(before);
    const afterKg = after.replace(/^\s*(?:\/\s*(?:kg|公斤|千克)|per\s+(?:kg|kilogram))/iu, '');
    const perDay =
      PER_DAY_AFTER.test(afterKg) ||
      PER_DAY_BEFORE.test(s.slice(Math.max(0, index - 24), index)) ||
      DAILY_PRODUCT_BEFORE.test(s.slice(Math.max(0, index - 40), index));
    out.push({ mg: value * factor, index, end, perKg, perDay });
  }
  return out;
}

/** Administrations per day stated in the sentence (largest interval for "every 4-6 hours"), capped by "no more than N doses". */
export function timesPerDay(s: string): number | undefined {
  let n: number | undefined = HOURLY.test(s) ? 24 : undefined;
  const e = EVERY_HOURS.exec(s);
  if (e) {
    const hours = Math.max(...[e[1], e[2], e[3], e[4]].filter(Boolean).map(num).filter(Number.isFinite));
    if (hours > 0) n = Math.max(n ?? 0, Math.floor(24 / hours));
  }
  const t = TIMES_DAY.exec(s);
  if (t) n = Math.max(n ?? 0, num(t[1] ?? t[2] ?? (t[3] !== undefined ? '2' : t[4])));
  const cap = FREQ_CAP.exec(s);
  if (cap && n !== undefined) n = Math.min(n, num(cap[1]));
  return n && Number.isFinite(n) ? n : undefined;
}

export const fmt = (mg: number) => (mg >= 1 ? `${Math.round(mg * 10) / 10} mg` : `${Math.round(mg * 1000)} mcg`);

// ---- a count restated in mass units: "8 tablets (4 g)", "2 puffs (200 mcg)", "1–2片（500–1000毫克）" ----------------
// A parenthesis right after a count of dose units restates the SAME quantity in other units: the amount inside is the
// count's total, never a strength to multiply by it. It is read by its place (a bracket closing on a bare amount), so a
// new unit word or a new amount needs nothing here. A bracket that says per unit ("500 mg each", "每片0.5克"), a time
// ("15分钟内"), a frequency or a calculation is no restatement, and is left to the readers before this one.
const DOSE_UNIT = '(?:tablets?|caplets?|capsules?|pills?|puffs?|sachets?|sprays?|lozenges?|片|粒|颗|袋|揿|喷)';
const RANGE = '\\s*(?:-|–|—|~|～|to|or|至|到)\\s*';
const COUNT_BRACKET = new RegExp(`${NUM}(?:${RANGE}${NUM})?\\s*${DOSE_UNIT}\\s*[(（]([^()（）]{1,40})[)）]`, 'gu');
/** What may stand in a restating bracket beside its amounts: spaces, a range word, "total"/"in total"/"共". */
const BRACKET_REST = /^(?:\s|-|–|—|~|～|to|or|至|到|total|in total|in all|共|总共|合计|总量)*$/u;
const BRACKET_AMOUNT = new RegExp(`${NUM}(?:${RANGE}${NUM})?\\s*(mg|milligrams?|grams?|gm|g|mcg|µg|μg|ug|micrograms?|毫克|微克|克)(?![a-z])`, 'gu');

/** A count of dose units and the amount a bracket after it restates it as. */
export interface CountEquivalence {
  /** Units counted: the lower and upper end of a range ("1 or 2 tablets"), equal for one count. */
  countLow: number;
  countHigh: number;
  /** The bracket's amount in mg, lower and upper end ("500 mg to 1 g", "500–1000 mg"). */
  mgLow: number;
  mgHigh: number;
  /** Where the bracket's amounts sit in the text (amounts() offsets inside it are the restated total). */
  start: number;
  end: number;
}

/** Every count of dose units restated by the bracket right after it ("8 tablets (4 g)"), in text order. */
export function countEquivalences(s: string): CountEquivalence[] {
  const out: CountEquivalence[] = [];
  for (const m of s.matchAll(COUNT_BRACKET)) {
    const inner = m[3];
    const found = [...inner.matchAll(BRACKET_AMOUNT)];
    if (found.length === 0 || found.length > 2) continue;
    // Nothing but the amounts and range words: "500 mg each", "every 4 hours", "= 1 g", "15分钟内" are no restatement.
    if (!BRACKET_REST.test(inner.replace(BRACKET_AMOUNT, ' '))) continue;
    const mg = (t: RegExpMatchArray, end: 'low' | 'high') => num(end === 'high' && t[2] ? t[2] : t[1]) * (UNIT_MG[t[3].toLowerCase()] ?? Number.NaN);
    const countLow = num(m[1]);
    const countHigh = m[2] ? num(m[2]) : countLow;
    const mgLow = mg(found[0], 'low');
    const mgHigh = mg(found[found.length - 1], 'high');
    if (![countLow, countHigh, mgLow, mgHigh].every((x) => Number.isFinite(x) && x > 0)) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(inner);
    out.push({ countLow, countHigh, mgLow, mgHigh, start, end: start + inner.length });
  }
  return out;
}

/**
 * The strength per unit a restatement implies ("8 tablets (4 g)": 500 mg), or NaN when its two ends disagree ("1 or 2
 * tablets (1 g)" is 1 g or 500 mg a tablet: no one strength) — a reader that needs the strength then fails closed.
 */
export function impliedStrength(e: CountEquivalence): number {
  const high = e.mgHigh / e.countHigh;
  const low = e.mgLow / e.countLow;
  return Math.abs(high - low) <= high * 0.05 ? high : Number.NaN;
}

// ---- an amount broken down into units of a stated strength: "4 g (eight 500 mg tablets)", "4克（8片500毫克）" ----------
// The reverse of a restatement (session 37): the total first, then a bracket counting the units it is made of and the
// strength of each. The sentence states the dose twice, so it checks itself: count × strength must equal the total. Read
// by its place (a bracket right after an amount, holding one count, one amount and a dose-unit word), so a new drug or
// unit needs nothing here. A bracket with anything else in it (a time, a frequency, a second amount) is no breakdown.
const BREAKDOWN_AT = new RegExp(`${AMOUNT.source}\\s*[(（]([^()（）]{1,48})[)）]`, 'gu');
const BREAKDOWN_LEAD = '(?:i\\.e\\.,?|that is,?|or|即|相当于|合)?\\s*';
const BREAKDOWN_INNER = [
  // "eight 500 mg tablets", "8 x 500 mg tablets", "8 × 500mg caplets"
  new RegExp(`^\\s*${BREAKDOWN_LEAD}${NUM}\\s*(?:[x×*]\\s*)?${NUM}\\s*${MASS_UNIT}\\s*(?:的)?\\s*${DOSE_UNIT}\\s*$`, 'u'),
  // "eight tablets of 500 mg", "8 tablets × 500 mg", "8片×500毫克", "8片500毫克", "8片每片0.5克"
  new RegExp(`^\\s*${BREAKDOWN_LEAD}${NUM}\\s*${DOSE_UNIT}\\s*(?:of|[x×*]|每片|每粒|each of)?\\s*${NUM}\\s*${MASS_UNIT}(?:\\s*each|\\s*的)?\\s*$`, 'u'),
];

/** An amount and the bracket after it that counts the units it is made of. */
export interface AmountBreakdown {
  /** The total stated before the bracket, in mg, and where it sits. */
  mg: number;
  index: number;
  /** The units counted and the strength of each, in mg. */
  count: number;
  strengthMg: number;
  /** The bracket's span, brackets included (a reader drops it to read the total as one quantity). */
  start: number;
  end: number;
  /** count × strength equals the total (within 5 %): the sentence agrees with itself. */
  agrees: boolean;
}

/** Every amount broken down by the bracket right after it into units of a stated strength, in text order. */
export function amountBreakdowns(s: string): AmountBreakdown[] {
  const out: AmountBreakdown[] = [];
  for (const m of s.matchAll(BREAKDOWN_AT)) {
    const inner = m[4];
    const hit = BREAKDOWN_INNER.map((re) => re.exec(inner)).find((x) => x !== null);
    if (!hit) continue;
    // A range total ("2-4 g (…)") has no one total to check.
    if (m[2] !== undefined) continue;
    const mg = num(m[1]) * (UNIT_MG[m[3].toLowerCase()] ?? Number.NaN);
    const count = num(hit[1]);
    const strengthMg = num(hit[2]) * (UNIT_MG[hit[3].toLowerCase()] ?? Number.NaN);
    if (![mg, count, strengthMg].every((x) => Number.isFinite(x) && x > 0)) continue;
    const index = m.index ?? 0;
    const start = index + m[0].search(/[(（]/u);
    out.push({ mg, index, count, strengthMg, start, end: index + m[0].length, agrees: Math.abs(count * strengthMg - mg) <= mg * 0.05 });
  }
  return out;
}
