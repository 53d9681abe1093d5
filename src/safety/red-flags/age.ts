// Ages read through the number parser, so "七个礼拜的宝宝", "出生七个礼拜", "two month old" and "6 wk old" all reach the
// infant-fever logic without one regex per spelling. A quantity counts as an age only with an age cue next to it
// ("大/的宝宝/出生/才", "old", a child noun right before a year or month), because "烧了两周" and "怀孕七个月" are
// durations, not ages. The one age reader: triage (infant fever, a young child's ingestion, burns, modifiers) and the
// curation pipeline's asker (src/data/filters/asker.ts) read ages here.
import { findQuantities, parseNumber, type Quantity } from './numbers.js';

/** Words for a child (or grandchild) that an age may stand beside: "2岁女儿", "女儿两岁", "宝宝一岁半". */
export const CHILD_ZH = '(?:宝宝|婴儿|孩子|宝贝|宝|娃|儿子|女儿|闺女|小孩|男孩|女孩|孙子|孙女|外孙女?|小朋友|患儿)';
export const CHILD_EN = '(?:baby|infant|newborn|son|daughter|child|kid|boy|girl|toddler|grandson|granddaughter|little one)';

// Before the number: birth, or "only/just" on a baby noun; after it: "大", "old", or a baby noun.
// A bare baby noun is not enough for days and weeks ("孩子一天吃几片" is a frequency, "孩子三天没拉" a duration), nor a
// bare 才 ("发烧才两天" is a duration); for years (岁) and months it is ("女儿两岁", "孩子3岁", "宝宝8个月").
const ZH_BEFORE = new RegExp(`(?:出生|生下来)(?:才|刚|刚满|只有|满)?(?:了)?\\s*$|${CHILD_ZH}(?:才|刚|刚满|只有)\\s*$`);
const ZH_BEFORE_YEARS = new RegExp(`${CHILD_ZH}(?:今年|现在|已经|都|才|刚|刚满|只有|满)?(?:虚岁|周岁)?\\s*$`);
// 大 as in "两天大", not 大便 ("这两天大便是黑的") or another word that begins with it.
const ZH_AFTER = new RegExp(`^(?:半|多)?(?:了)?(?:大(?![便小量概约部多口声片家人])|龄|的${CHILD_ZH})`);
/** A year age right before the child noun, without 的 ("2岁女儿"). */
const ZH_AFTER_YEARS = new RegExp(`^(?:半|多)?${CHILD_ZH}`);
const EN_AFTER = /^[- ]?old\b/i;
const EN_BEFORE = new RegExp(`\\b(?:${CHILD_EN}|he|she) (?:is|'s|was|turned) (?:only |just )?$`, 'i');
// Pregnancy wording in front ("怀孕七个月", "31 weeks pregnant") makes it a gestation, not an age.
const GESTATION = /(?:怀孕|孕|妊娠)\s*$|pregnant\s*$/i;
const GESTATION_AFTER = /^\s*(?:pregnant|along|gestation)/i;

function isAge(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 8), q.start);
  const beforeEn = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.end, q.end + 6);
  if (GESTATION.test(before) || GESTATION_AFTER.test(after)) return false;
  // "一天比一天大" (bigger by the day) is a comparison, not a day-old baby.
  if (/比\s*$/.test(before) || /^\s*比/.test(after)) return false;
  // A year or month beside a child noun is that child's age; a day or week there is how long something lasted.
  const long = q.unit === 'year' || q.unit === 'month';
  // A month needs 个 ("宝宝8个月"): "孩子11月20日确诊" is a date.
  if (long && /岁|个(?:多|半)?月/.test(q.text) && ZH_BEFORE_YEARS.test(before)) return true;
  // Without 的 only a year: "2岁女儿"; "咳了两个月孩子瘦了" is a duration before the child.
  if (/岁/.test(q.text) && ZH_AFTER_YEARS.test(after)) return true;
  return ZH_BEFORE.test(before) || ZH_AFTER.test(after) || EN_AFTER.test(after) || EN_BEFORE.test(beforeEn);
}

/** Ages written without a unit word the number parser reads: "4yo", "4 y/o", "my son (4)", "his daughter, 5,", "my son
 *  is 7" (not "is 7 kg"/"is 7 months" — a month is read by findQuantities). */
const YO = /\b(\d{1,2})\s*(?:yo|y\/o|y\.o\.?|yrs?\/o)(?![a-z])/gi;
const KIN_NUMBER = new RegExp(
  `\\b${CHILD_EN}\\s*(?:\\(\\s*(\\d{1,2})\\s*[,)]|,\\s*(\\d{1,2})\\s*,|(?:is|turned|just turned)\\s+(\\d{1,2})\\b(?!\\s*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|kgs?|kilos?|lbs?|pounds?|cm|%|\\.\\d|[:/]|(?:am|pm)\\b)))`,
  'gi',
);
function unitlessAges(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const re of [YO, KIN_NUMBER]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const n = Number(m[1] ?? m[2] ?? m[3]);
      if (!Number.isFinite(n)) continue;
      const start = m.index ?? 0;
      out.push({ value: n, unit: 'year', days: n * 365, start, end: start + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** A bare age said of anyone ("6岁", "45岁", "aged 6"), no cue of whose — only for readers that ask whether any age is
 *  stated (the asker), never for a child's age by itself. Not "5岁以上" (a threshold asked about). */
const BARE_ZH = /(\d{1,3}|[一两二三四五六七八九十]{1,3})\s*(?:周|虚)?岁(半)?(?!以上|以下|以后|之后|后|前|以前)/gu;
const BARE_EN = /\baged\s+(\d{1,3})\b/giu;
function bareAges(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const re of [BARE_ZH, BARE_EN]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const n = parseNumber(m[1] ?? '');
      if (n === null) continue;
      const value = n + (m[2] ? 0.5 : 0);
      const start = m.index ?? 0;
      out.push({ value, unit: 'year', days: value * 365, start, end: start + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** Ages stated in the text (days), with their spans, sorted by position; one per span. With `bare`, also an age told with
 *  no cue of whose it is ("45岁", "aged 6"). */
/** "1岁2个月", "三岁零五个月", "2 years and 3 months old": a year followed by months is one age (years + months), read
 *  whole so the months alone are not taken for an infant's age nor dropped. */
const YEAR_MONTH_GAP = /^\s*(?:零|又|and|,)?\s*$/i;
function withYearMonths(qs: Quantity[], text: string): Quantity[] {
  const out = [...qs];
  for (let i = 0; i + 1 < qs.length; i++) {
    const y = qs[i]!;
    const m = qs[i + 1]!;
    if (y.unit !== 'year' || m.unit !== 'month' || !YEAR_MONTH_GAP.test(text.slice(y.end, m.start))) continue;
    out.push({ value: y.value + m.value / 12, unit: 'year', days: y.days + m.days, start: y.start, end: m.end, text: text.slice(y.start, m.end) });
  }
  return out;
}

/** "虚岁3岁": a nominal age counts the year of birth, so the age in full years is one less (never under half a year). */
function nominal(text: string, q: Quantity): Quantity {
  if (q.unit !== 'year' || !/虚岁\s*$/.test(text.slice(Math.max(0, q.start - 4), q.start))) return q;
  const value = Math.max(q.value - 1, 0.5);
  return { ...q, value, days: value * 365 };
}

export function findAges(text: string, opts: { bare?: boolean } = {}): Quantity[] {
  const found = [
    ...withYearMonths(findQuantities(text), text)
      .filter((q) => isAge(text, q))
      .map((q) => nominal(text, q)),
    ...unitlessAges(text),
    ...(opts.bare ? bareAges(text) : []),
  ];
  const out: Quantity[] = [];
  for (const q of found.sort((a, b) => a.start - b.start || b.end - a.end)) if (!out.some((o) => q.start < o.end && o.start < q.end)) out.push(q);
  return out;
}

/** Under 3 months: the age band where any fever needs same-hour assessment. */
export const INFANT_MAX_DAYS = 91;
/** Up to 12 years: "a child" for ingestion and sepsis combinations. */
export const CHILD_MAX_DAYS = 13 * 365;
