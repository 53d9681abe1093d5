// Paracetamol added up across what was taken: each product named (a plain brand or a combination cold remedy — 泰诺,
// 白加黑, 感康, Lemsip Max…) resolves to its labelled paracetamol per unit (knowledge/paracetamol-products.ts), a count
// and how often ("两片", "every 4 hours", "一天三次") turn it into mg a day, and the same ingredient is summed over every
// product; a total told outright ("一天吃了十几克", "took about 8g") counts too. Over the 24-hour limit (4 g adult; 75
// mg/kg for a child whose weight is told) is an overdose taken — by mistake as often as not, and treated the same:
// staggered paracetamol overdose needs blood levels whether or not anything is felt (TOXBASE; MHRA 2012). Two or more
// products that both hold paracetamol taken together, with no amount to add up, is a same-day check with advice. Raise
// only: the reader adds rules, never removes one.
import { PARACETAMOL_GENERIC, PARACETAMOL_PRODUCTS, type ParacetamolProduct } from '../../knowledge/paracetamol-products.js';
import { escapeRegExp } from '../../core/regex.js';
import { DOSE_LIMITS } from '../screening/dose-limits.js';
import { findAges } from '../red-flags/age.js';
import { writerActs, youngChild } from './child-medicine.js';
import { accidentalAccess, readCountDrop, readLevelDrop } from './level-drop.js';
import { parseNumber, readCount } from '../red-flags/numbers.js';
import { ZH_COUNT } from '../../core/zh-numerals.js';
import { matchesOf } from '../red-flags/match.js';
import { type ClinicalRule, clinicalRule } from './clinical.js';
import { CONDITIONAL_BEFORE } from './ingestion.js';
import { ANIMAL } from './toxic-exposure.js';

// The limits are the screening dose table's (one home for labelled maxima): 4 g in 24 h for an adult, 75 mg/kg in 24 h
// for a child whose weight is told (MHRA 2012 / TOXBASE staggered-ingestion threshold).
const PARACETAMOL_LIMIT = DOSE_LIMITS.find((d) => d.id === 'paracetamol');
if (!PARACETAMOL_LIMIT?.daily || !PARACETAMOL_LIMIT.perKgDaily) throw new Error('dose-limits.ts lost its paracetamol daily limits');
const PARACETAMOL_ADULT_MAX_MG_PER_DAY = PARACETAMOL_LIMIT.daily;
const PARACETAMOL_TOXIC_MG_PER_KG = PARACETAMOL_LIMIT.perKgDaily;

let namesRe: RegExp | undefined;
let byName: Map<string, ParacetamolProduct> | undefined;
function names(): { re: RegExp; byName: Map<string, ParacetamolProduct> } {
  if (!namesRe || !byName) {
    byName = new Map(PARACETAMOL_PRODUCTS.flatMap((p) => p.names.map((n) => [n.toLowerCase(), p] as const)));
    // Longest first, so 泰诺林 is not read as 泰诺 and "lemsip max" not as "lemsip"; Latin names whole words only.
    const alts = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => (/^[a-z]/.test(n) ? `\\b${escapeRegExp(n)}\\b` : escapeRegExp(n)));
    namesRe = new RegExp(alts.join('|'), 'gi');
  }
  return { re: namesRe, byName };
}

/** A number as people write a dose count or an amount: digits, Chinese numerals, a vague "十几" read at its least. */
const NUM = String.raw`(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3}几?|十几|几十|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|twelve)`;
function readNum(s: string): number {
  const t = s.toLowerCase();
  if (t === '十几') return 11;
  if (t === '几十') return 20;
  if (t === 'a couple of') return 2;
  if (t.endsWith('几')) return (parseNumber(t.slice(0, -1)) ?? Number.NaN) + 1;
  return parseNumber(t) ?? Number.NaN;
}

/** Taken, not asked about: a done, ongoing or habitual act ("一起吃", "吃了", "took", "been taking", "I take", 每天吃), not
 *  "能一起吃吗", "can I take", "should I take" (可能吃了, "probably took", is taken). */
export const TAKEN =
  /(?<!(?<!可)能|可以|可不可以|能不能|会不会|敢)(?:一起吃|同时吃|混着吃|吃了|服了|服用了|吃的|在吃|吃着|又吃|还吃|喝了|喝光|喝完|吃光|吃完|给(?:他|她|孩子|宝宝)?(?:吃|喂)了|喂了)(?![^，。！？]{0,3}(?:吗|么|没有?[？?]))|\b(?:took|taken|been taking|have been taking|'ve been taking|had|swallowed|popped|drank|drunk|finished|gave (?:him|her|them|(?:my|our) (?:\d+\s?kgs? )?\w+))\b|(?<!\b(?:can|could|should|may|might|do|does|shall|would|will|if|when)\s)\b(?:i|he|she|we|they|my \w+) (?:take|takes|am taking|'m taking|is taking|are taking|'s taking|'re taking)\b|每天(?:都)?吃|天天吃|一直(?:在)?吃/i;

/** A mass told as what was taken ("吃了十几克", "took about 8g", "total of 6 grams"), not a strength ("500mg tablets"). */
const MASS = new RegExp(
  String.raw`(?:吃了|服了|服用了|一共|总共|加起来|合计|算下来|\b(?:took|taken|had|swallowed|total(?:ling)?|altogether|in total)\b)[^，。！？,.;；]{0,10}?${NUM}\s*(克|g\b|grams?\b|毫克|mg\b)(?![^，。！？,.]{0,3}?的?(?:片|粒|胶囊|\s*(?:tablets?|caplets?|capsules?|pills?)))`,
  'gi',
);
/** A mass told as a total after the number ("maybe 1.5g total today", "十几克左右一共"). */
const MASS_TOTAL = new RegExp(String.raw`${NUM}\s*(克|g\b|grams?\b|毫克|mg\b)\s*(?:in )?(?:total|altogether|all together)\b`, 'gi');
/** A count of units right before or after a product's name ("两片泰诺", "泰诺吃了4片", "2 panadol", "3 tablets of X"). */
const UNIT_ZH = '(?:片|粒|颗|袋|包|支|次量)';
/** A container counts as 8 units, the smallest common pack (a UK blister strip of 8; 对乙酰氨基酚片 boxes hold 10 or more), so
 *  a sum never over-states. */
const PACK_UNITS = 8;
const PACK = /^(?:盒|板|排|瓶|packs?|packets?|boxes|box|strips?|bottles?)$/i;
const UNIT_EN = `(?:tablets?|pills?|caplets?|capsules?|liquicaps?|sachets?|doses?)`;
const CONTAINER = `(盒|板|排|瓶|packs?|packets?|boxes|box|strips?|bottles?)`;
const COUNT_BEFORE = new RegExp(String.raw`${NUM}\s*(?:${UNIT_ZH}|${CONTAINER}(?: of)?|(?:${UNIT_EN} )?(?:of )?)[^，。！？,.\d]{0,2}$`, 'i');
const COUNT_AFTER = new RegExp(
  String.raw`^[^，。！？,.\d]{0,6}?(?:各|每次|一次)?${NUM}\s*(?:${UNIT_ZH}|${CONTAINER}(?!\s*(?:有|装|是)?\s*\d+\s*(?:片|粒|颗|袋|tablets?|caplets?|capsules?))|${UNIT_EN}\b)|^\s*x\s*(\d+)\b`,
  'i',
);
/** A supply had, bought or left, not taken ("家里有两盒泰诺林", "买了一盒", "bought 2 packs", "16 left"). */
const SUPPLY =
  /买|开了|开的|剩|家里?(?:还)?有|囤|备着|(?:一|每)(?:盒|板|瓶)(?:有|装)|\b(?:bought|buy|got in|prescribed|(?:\w+ )?left|in the cupboard|at home|(?:have|has|got) (?:\d+|some|a few|plenty|two|three|a (?:box|pack|bottle)) (?:\w+ )?(?:left|spare|in the house))\b/i;
/** A next clause that restates the amount drunk as a whole or part ("Calpol, the whole bottle"); any other next clause
 *  ("Calpol at 6pm, the bottle was 80ml") describes the bottle, not what was drunk. */
const WHOLE_APPOSITIVE = /^\s*(?:the (?:whole|entire|full)|a (?:whole|full)|half (?:a|the)|all of|most of)\b/i;
/** A count told as what a pack held before ("There were 16 paracetamol in the box", "本来还有十片扑热息痛"): a level, read by
 *  level-drop.ts readCountDrop, not a count taken. */
const LEVEL_BEFORE = /\bthere (?:were|was|are|is|had been)\s+(?:about |around |only |maybe |at least )?\S+\s*$|(?:本来|原来|之前)(?:还)?(?:有|剩)\S{1,3}$/i;
/** A level told after it ("now only 4", "现在只剩五片"): only then is "there were 16 …" a level before a drop. Without one
 *  ("there were 16 paracetamol and I took all 16", "… i took them") the count is what was taken (review s21 S0d). */
const LEVEL_NOW =
  /\bnow\b[^.!?]{0,30}\b(?:left|remain\w*|only \d+|\d+ left)\b|\bnow,? (?:only |just )?\d+\b|\bonly \d+\s*(?:\w+\s+)?(?:left|remain\w*)\b|现在(?:只|还)?(?:剩|有)|只剩|还剩/i;
/** A volume of a liquid told right before or after the name ("60ml of calpol", "40毫升泰诺林", "泰诺林混悬液一共40毫升"). A
 *  concentration after the name ("Calpol 120mg/5ml") is the strength, not a volume (read by toldConcentration first). */
const ML = String.raw`\s*(?:(?:ml|mls|millilit(?:re|er)s?)\b|毫升)`;
/** The product's form may stand between ("60 ml of Children's Tylenol", "of infants' calpol"): the liquid is the one named. */
const VOLUME_BEFORE = new RegExp(
  String.raw`${NUM}${ML}\s*(?:of\s+)?(?:the\s+|his\s+|her\s+|my\s+)?(?:(?:children|childrens|kids|infants?|baby|junior)(?:['’]s|['’])?\s+)?$`,
  'i',
);
/** Tablets counted with their strength before the name ("4 x 500mg paracetamol", "2×500 mg panadol"). */
const COUNT_STRENGTH_BEFORE = /(\d+)\s*(?:x|×|\*)\s*(\d+(?:\.\d+)?)\s*(mg|g)\s*(?:of\s+)?(?:tablets?\s+of\s+)?$/i;
/** A count said per day ("9 paracetamol a day", "每天吃9片"): already a day's amount, whatever span of days is beside it. */
const PER_DAY = /\b(?:a|per|each|every) day\b|\bdaily\b|每天|每日|一天|一日/i;
const VOLUME_AFTER = new RegExp(String.raw`^[^，。！？,.\d]{0,8}?${NUM}${ML}`, 'i');
const CONCENTRATION = /(\d+(?:\.\d+)?)\s*mg\s*(?:\/|per|in|每)\s*(\d+(?:\.\d+)?)\s*(?:ml|毫升)/i;

/** The count said once for the sentence's one product ("每次2片", "2 tablets each time"). */
const PER_TIME = new RegExp(String.raw`(?:每次|一次|每回)(?:吃)?${NUM}\s*${UNIT_ZH}|\b${NUM} (?:${UNIT_EN}) (?:each|every|a|per) (?:time|dose)\b`, 'i');
/** "各N片" / "N of each": one count for every product in the sentence. */
const EACH = new RegExp(String.raw`各(?:吃了?|服了?)?${NUM}\s*${UNIT_ZH}|\b${NUM} (?:${UNIT_EN} )?(?:of )?each\b`, 'i');
/** How often in a day: "一天三次", "每天4次", "3 times a day", "every 4 hours". */
const TIMES = new RegExp(
  String.raw`(?:一天|每天|一日|每日)(?:吃了?|服了?)?${NUM}\s*次|\b${NUM} times (?:a|per|that|to)?\s*day\b|\b${NUM} times (?:today|yesterday)\b`,
  'i',
);
const EVERY_HOURS = new RegExp(String.raw`(?:每(?:隔)?|\bevery\s*)${NUM}\s*(?:个)?\s*(?:小时|hours?|hrs?)`, 'i');
/** A span of days the amount was spread over ("这三天一共", "over 3 days", "this week"): what the sentence adds up is per
 *  that many days. A span of days said without a number ("这几天", "the past few days") is read as 3, a week as 7. */
const DAYS = new RegExp(String.raw`(?:这|最近|过去|前)${NUM}\s*天|\bover (?:the (?:last|past) )?${NUM} days\b|\bin ${NUM} days\b`, 'i');
const FEW_DAYS = /这几天|最近几天|这两天|\b(?:the )?(?:last|past) (?:few|couple of) days\b|\bover (?:a few|several|the) days\b/i;
const WEEK = /这周|这个星期|这个礼拜|一周|一个星期|\b(?:this|last|past|a) week\b|\bover the week\b/i;
function daysSpread(sentence: string): number {
  const d = DAYS.exec(sentence);
  const n = d ? readNum(d[1] ?? d[2] ?? d[3] ?? '') : Number.NaN;
  if (Number.isFinite(n) && n >= 1) return n;
  if (WEEK.test(sentence)) return 7;
  if (FEW_DAYS.test(sentence)) return 3;
  return 1;
}
/** A body weight told ("体重20公斤", "二十公斤", "she's 18kg", "weighs 15 kg"; 斤 is half a kilogram). */
const WEIGHT = new RegExp(String.raw`(${ZH_COUNT})\s*(?:kgs?\b|kilos?\b|公斤|千克)|(${ZH_COUNT})\s*斤`, 'gi');
/** A weight that is no one's body now: lost or gained, or at birth ("lost 5 kg", "瘦了5斤", "出生时3公斤"). */
const WEIGHT_CHANGE_BEFORE =
  /(?:\b(?:lost|lose|losing|gained|gain|put on|dropped)\s+(?:about |around |nearly |almost )?|瘦了|胖了|减了|增了|长了|重了|掉了|轻了|出生(?:时|的时候)?(?:体重)?(?:是|有)?|生下来(?:时|的时候)?|\b(?:birth ?weight(?: was| of)?|born (?:at|weighing))\s*)\s*$/i;
/** Goods weighed, not a body (review s24 R22/R23: "吃了一斤荔枝", "三斤葡萄" read as a 3-year-old's weight): an amount eaten,
 *  bought or carried before the weight, or goods named right after it ("20 kg bag of rice", "20公斤的大米"). No list of
 *  fruit here: a word in a triage pattern becomes a pinyin term, and the act before the weight is the sign that counts. */
const GOODS_BEFORE = /(?:吃了|吃下|喝了|买了|\b(?:ate|eaten|eating|bought|carried|carrying|lifted|picked)\s+(?:a |an |about |around |nearly |over )?)\s*$/i;
const GOODS_AFTER = /^\s*(?:bags?\b|sacks?\b|box(?:es)?\b|of\b)|^的?(?:米|大米|面|东西|箱子|行李)/i;
/** Every weight the message tells that is a body's now, in kg, in order: not lost/gained, at birth, of goods or of an
 *  animal ("Our 20 kg dog", "狗狗20公斤"). The one weight reader: paracetamol-sum and dose-per-kg both read through it. */
function bodyWeights(text: string): { kg: number; at: number }[] {
  const out: { kg: number; at: number }[] = [];
  for (const w of text.matchAll(WEIGHT)) {
    const at = w.index ?? 0;
    const end = at + w[0].length;
    const num = w[1] ?? w[2] ?? '';
    if (WEIGHT_CHANGE_BEFORE.test(text.slice(Math.max(0, at - 14), at)) || GOODS_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
    if (GOODS_AFTER.test(text.slice(end)) || ANIMAL.test(text.slice(Math.max(0, at - 14), Math.min(text.length, end + 14)))) continue;
    const kg = w[1] ? readCount(num) : readCount(num) / 2;
    if (Number.isFinite(kg)) out.push({ kg, at });
  }
  return out;
}
/** The first body weight the message tells, in kg (NaN when none is told). */
export function toldWeightKg(text: string): number {
  return bodyWeights(text)[0]?.kg ?? Number.NaN;
}
/** The writer's own weight ("I'm 50 kg", "I weigh 60kg", "我体重50公斤", "我才45公斤"): a body weight told with the writer
 *  as its subject. */
const WRITER_WEIGHT_BEFORE = /(?:\b(?:i(?:'m| am)(?: only| just)?|i weigh|my weight is)\s*(?:about |around )?|我(?:的)?(?:体重)?(?:只有|才|有|是)?\s*)$/i;
export function writerWeightTold(text: string): boolean {
  return bodyWeights(text).some(({ at }) => WRITER_WEIGHT_BEFORE.test(text.slice(Math.max(0, at - 24), at)));
}
export const CHILD =
  /宝宝|宝贝|孩子|小孩|小朋友|儿子|女儿|婴儿|幼儿|岁(?:半)?的|\b(?:baby|toddler|child|kid|son|daughter|little one|(?:\d+|one|two|three|four|five|six) ?(?:yo|year[- ]old|years? old))\b/i;
/** A child's weight when neither a weight nor an age is told, by the word the parent uses (APLS weight at the age the
 *  word means: a baby about 1 year, 10 kg; a toddler or 'little one' about 2 years, 12 kg; a kid or 孩子 read as a young
 *  child of 4, 16 kg — the messages about bottles drunk are about small children). Review s19 S1: "toddler drank half a
 *  bottle of Calpol" with no age was read against the adult's 4 g. */
const CHILD_WORD_KG: readonly [RegExp, number][] = [
  [/婴儿|宝宝|宝贝|\b(?:baby|infant)\b/i, 10],
  [/幼儿|\b(?:toddler|little one)\b/i, 12],
  [/孩子|小孩|小朋友|\b(?:kid|child)\b/i, 16],
];
function weightFromChildWord(text: string): number {
  for (const [re, kg] of CHILD_WORD_KG) if (re.test(text)) return kg;
  return Number.NaN;
}

/** Sentences: Chinese and English stops, a full stop only before a space or the end (not 1.5 g). */
const SENTENCE = /(?:[^。！？!?\n.]|\.(?!\s|$))+/g;

/** A container drunk whole or in part, told beside the name ("两瓶泰诺林滴剂", "一整瓶", "大半瓶", "a bottle of infant
 *  paracetamol drops", "most of a 100ml bottle of calpol"): the liquid is read as bottles × the bottle's size. */
const CONTAINER_TAKEN =
  /一整瓶|整瓶|大半瓶|半瓶|[一两二三四五六]瓶|\d+\s*瓶|\b(?:a|the|one) (?:whole |full |entire )?(?:\d+ ?ml )?bottles?\b|\b(?:two|three|2|3) (?:\d+ ?ml )?bottles\b|\b(?:most|half|all) of (?:a|the) (?:whole )?(?:\d+ ?ml )?bottle\b|\bhalf a (?:\d+ ?ml )?bottle\b/i;
/** A container named whole or as a part of one — a count of the pack, not "the bottle" it was poured from. */
const WHOLE_OR_PART = /整瓶|半瓶|\b(?:whole|entire|full|all of|most of|half)\b/i;
function bottlesOf(m: string): number {
  if (/半|most|half/i.test(m)) return 0.5;
  const zh = /([一两二三四五六]|\d+)\s*瓶/.exec(m);
  if (zh) return readNum(zh[1] ?? '') || 1;
  if (/\b(?:two|2) (?:\d+ ?ml )?bottles\b/i.test(m)) return 2;
  if (/\b(?:three|3) (?:\d+ ?ml )?bottles\b/i.test(m)) return 3;
  return 1;
}
/** The size of one bottle, told anywhere in the message ("一瓶15ml的", "15ml那种", "a 100ml bottle", "drops, 15ml"):
 *  the largest mL said that is not a dose given ("喂了2.5毫升", "每次5ml", "gave her 5ml"). */
const ML_TOLD = /(\d+(?:\.\d+)?)\s*(?:ml|mls|毫升)(?![a-z])/gi;
const DOSE_BEFORE = /(?:每次|一次|喂了?|吃了?|服了?|\bgave (?:him |her |them )?|\bdose of |\bgive (?:him |her |them )?)\s*$/i;
function bottleSize(text: string): number | null {
  let best: number | null = null;
  for (const m of matchesOf(ML_TOLD, text)) {
    if (DOSE_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0))) continue;
    const v = Number(m[1]);
    if (Number.isFinite(v) && v > 0 && (best === null || v > best)) best = v;
  }
  return best;
}

/** A child's weight from the age told when no weight is (APLS: under 1 year 0.5 × months + 4 kg, 1–5 years 2 × years +
 *  8, 6–12 years 3 × years + 7): a dose per kg needs one, and an age is what parents say. */
/** An age said with a pronoun ("he's 4", "she is 2"): no age word for the age reader, but a parent's usual way. */
const PRONOUN_AGE =
  /\b(?:he|she)(?:'s| is) (\d{1,2})\b(?!\s*(?:kg|kgs|kilos?|lbs?|pounds|cm|%|am|pm|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|o'?clock|ml|mg))/i;
export function weightFromAge(text: string): number {
  const pronoun = PRONOUN_AGE.exec(text);
  const days = [...findAges(text).map((a) => a.days), ...(pronoun ? [Number(pronoun[1]) * 365] : [])].filter((d) => d < 13 * 365);
  if (!days.length) return Number.NaN;
  const years = Math.min(...days) / 365;
  if (years < 1) return 0.5 * (years * 12) + 4;
  if (years < 6) return 2 * years + 8;
  return 3 * years + 7;
}

export interface ParacetamolReading {
  /** Distinct products named that hold paracetamol. */
  products: readonly ParacetamolProduct[];
  /** The products whose own clause tells an act ("泰诺和感康一起吃了", "took panadol and lemsip"): not one only prescribed,
   *  bought or asked about beside another taken ("医生开了泰诺林，我在吃感冒灵"). */
  takenProducts: readonly ParacetamolProduct[];
  /** Taken (an act told), not asked about. */
  taken: boolean;
  /** mg in a day added up from counts or a told total, or null when nothing could be added. */
  mgPerDay: number | null;
  /** The same when a whole or half bottle of untold size was the product's largest pack (equal to mgPerDay when every
   *  size was told or no bottle was named). */
  mgPerDayMax: number | null;
  /** The limit that applies: 4 g, or 75 mg/kg for a child whose weight is told. */
  limitMg: number;
}

/** Read what paracetamol the message says was taken (see the head of this file). */
export function readParacetamol(text: string): ParacetamolReading {
  const { re, byName } = names();
  const none: ParacetamolReading = {
    products: [],
    takenProducts: [],
    taken: false,
    mgPerDay: null,
    mgPerDayMax: null,
    limitMg: PARACETAMOL_ADULT_MAX_MG_PER_DAY,
  };
  re.lastIndex = 0;
  if (!re.test(text)) return none;
  const products = new Set<ParacetamolProduct>();
  const takenProducts = new Set<ParacetamolProduct>();
  let counted = 0;
  /** What a whole/half bottle of untold size adds when it was the largest pack, not the smallest (a maybe). */
  let maybeMore = 0;
  let told = 0;
  let taken = false;
  let othersAct = false;
  for (const s of matchesOf(SENTENCE, text)) {
    const sentence = s[0];
    const acts = TAKEN.exec(sentence);
    const conditional = acts && CONDITIONAL_BEFORE.test(sentence.slice(0, acts.index));
    if (acts && !conditional) {
      taken = true;
      // Whose act: the writer's own ("I've been taking…"), unless given to someone ("gave her", "喂了").
      const given = /^(?:给|喂|gave)/i.test(acts[0]);
      // A child named in the act's own clause is the one who took it ("宝宝…趁我做饭把两瓶…喝光了").
      const from = Math.max(0, ...[...sentence.slice(0, acts.index).matchAll(/[，,；;]/g)].map((m) => (m.index ?? 0) + 1));
      const rest = sentence.slice(acts.index).search(/[，,；;]/);
      const clause = sentence.slice(from, rest < 0 ? undefined : acts.index + rest);
      if (given || CHILD.test(clause) || findAges(clause).length > 0 || !writerActs(sentence.slice(0, acts.index))) othersAct = true;
    }
    const each = EACH.exec(sentence);
    const times = timesPerDay(sentence);
    const spread = daysSpread(sentence);
    const mentions = [...matchesOf(new RegExp(re.source, 'gi'), sentence)];
    for (const m of mentions) {
      const p = byName.get(m[0].toLowerCase());
      if (!p) continue;
      products.add(p);
      const at = m.index ?? 0;
      if (acts && !conditional && actInClause(sentence, at)) takenProducts.add(p);
      // A supply had, bought or left, told right beside the name ("我买了泰诺林一盒20片", "2 boxes of panadol left"), is no
      // count taken.
      const beforeText = sentence.slice(Math.max(0, at - 24), at);
      const afterText = sentence.slice(at + m[0].length, at + m[0].length + 16);
      const supply = SUPPLY.test(beforeText.slice(-8)) || SUPPLY.test(afterText.slice(0, 10)) || (LEVEL_BEFORE.test(beforeText) && LEVEL_NOW.test(text));
      const before = supply ? null : COUNT_BEFORE.exec(beforeText);
      const after = supply ? null : COUNT_AFTER.exec(afterText);
      const perTime = mentions.length === 1 ? PER_TIME.exec(sentence) : null;
      const n =
        countOf(before, 1, 2) ??
        countOf(after, 1, 2) ??
        (after?.[3] ? Number(after[3]) : null) ??
        countOf(each, 1) ??
        countOf(each, 2) ??
        countOf(perTime, 1) ??
        countOf(perTime, 2) ??
        Number.NaN;
      // A liquid told by its volume: mL times the paracetamol per mL (a concentration told, else the product's lowest).
      const concentration = CONCENTRATION.exec(sentence.slice(at + m[0].length, at + m[0].length + 20));
      const perMl = concentration ? Number(concentration[1]) / Number(concentration[2]) : p.mgPerMl;
      const volume = supply ? null : (countOf(VOLUME_BEFORE.exec(beforeText), 1) ?? countOf(VOLUME_AFTER.exec(afterText.replace(CONCENTRATION, ' ')), 1));
      // A bottle drunk (or most of one) with its size told: bottles × size, in place of a per-dose volume or pack count.
      // The container may be told a few words before the name ("the whole 100 ml bottle of infant paracetamol").
      const containerBefore = sentence.slice(Math.max(0, at - 40), at);
      // After the name: its own clause, or the next when it restates the whole or part drunk ("Calpol, the whole bottle").
      const containerAfter = sentence.slice(at + m[0].length, at + m[0].length + 32);
      const [own = '', next = ''] = containerAfter.split(/[,，;；]/);
      const clauseAfter = WHOLE_APPOSITIVE.test(next) ? `${own},${next}` : own;
      const container = supply || perMl === undefined ? null : (CONTAINER_TAKEN.exec(containerBefore) ?? CONTAINER_TAKEN.exec(clauseAfter));
      // No size told: a whole / half bottle named as such (一整瓶, 半瓶, "the whole bottle", "half a bottle") is the
      // product's smallest pack × the fraction — the reading that over-calls least (review s19 S1); a plain "the bottle"
      // beside a told volume stays the volume.
      const toldSize = container ? bottleSize(text) : null;
      const packSize = container && volume === null && WHOLE_OR_PART.test(container[0]) ? (p.bottleMl ?? null) : null;
      const size = container ? (toldSize ?? packSize) : null;
      if (container && size !== null && perMl !== undefined && Number.isFinite(perMl)) {
        if (acts && !conditional) {
          counted += (bottlesOf(container[0]) * size * perMl) / spread;
          // Untold size: the largest pack is what it may have been.
          maybeMore += (bottlesOf(container[0]) * ((toldSize ?? p.bottleMlMax ?? size) - size) * perMl) / spread;
        }
        continue;
      }
      if (volume !== null && perMl !== undefined && Number.isFinite(perMl)) {
        if (acts && !conditional) counted += (volume * perMl * times) / spread;
        continue;
      }
      const counted4x = supply ? null : COUNT_STRENGTH_BEFORE.exec(beforeText);
      const strength4x = counted4x ? Number(counted4x[2]) * (/^g$/i.test(counted4x[3] ?? '') ? 1000 : 1) : null;
      const strength = strength4x ?? toldStrength(sentence.slice(at + m[0].length, at + m[0].length + 12)) ?? p.mg;
      const count = counted4x ? Number(counted4x[1]) : n;
      // A count said per day is a day's amount: the span beside it ("a day this week") says for how long, not per what.
      const per = PER_DAY.test(sentence) ? 1 : spread;
      if (Number.isFinite(count) && strength !== null && acts && !conditional) counted += (count * strength * times) / per;
    }
    if (!acts || conditional) continue;
    for (const m of [...matchesOf(MASS, sentence), ...matchesOf(MASS_TOTAL, sentence)]) {
      if (!ofParacetamol(sentence.slice((m.index ?? 0) + m[0].length))) continue;
      const amount = readNum(m[1] ?? '');
      const unit = (m[2] ?? '').toLowerCase();
      const mg = /^(?:克|g|grams?)$/.test(unit) ? amount * 1000 : amount;
      const perDay = mg / spread;
      // A told total below a gram is one dose's strength, not a day's amount.
      if (Number.isFinite(perDay) && mg >= 1000) told = Math.max(told, perDay);
    }
  }
  // A liquid's level told before and after ("3/4 full, now maybe 20 ml left"): the mL drunk × its strength.
  // An amount gone from a young child's reach with no swallowing verb ("got the calpol open … there was 80ml left and now
  // there's maybe 5ml", "本来还有大半瓶，现在只剩一点点", "there were 16 in the box, now only 4") is the child's intake when
  // the child had the container or no adult's dosing is told (level-drop.ts accidentalAccess).
  const firstLiquid = [...takenProducts, ...products].find((p) => p.mgPerMl !== undefined);
  const tablets = readCountDrop(text);
  const childAccident =
    products.size > 0 &&
    youngChild(text) &&
    accidentalAccess(text) &&
    (tablets !== null || (firstLiquid !== undefined && readLevelDrop(text, firstLiquid.bottleMl ?? firstLiquid.bottleMlMax) !== null));
  const tablet = [...products].find((p) => p.mg !== null);
  if (childAccident) {
    taken = true;
    othersAct = true;
    if (tablets && tablet?.mg) counted = Math.max(counted, tablets.units * tablet.mg);
  } else if (tablets && tablet?.mg && taken) {
    // A pack's count before and after with an act told ("There were 30 in the box and I took them all", "now 12, I took
    // 4"): the tablets gone are what was taken, over the days told.
    counted = Math.max(counted, (tablets.units * tablet.mg) / daysSpread(text));
  }
  const liquid = [...takenProducts, ...products].find((p) => p.mgPerMl !== undefined);
  if (liquid?.mgPerMl !== undefined && taken) {
    const drop = readLevelDrop(text, liquid.bottleMl);
    const c = CONCENTRATION.exec(text);
    const perMl = c ? Number(c[1]) / Number(c[2]) : liquid.mgPerMl;
    if (drop && Number.isFinite(perMl)) counted = Math.max(counted, drop.ml * perMl);
    const dropMax = liquid.bottleMlMax ? readLevelDrop(text, liquid.bottleMlMax) : null;
    if (dropMax && Number.isFinite(perMl)) maybeMore = Math.max(maybeMore, dropMax.ml * perMl - counted);
  }
  const toldKg = toldWeightKg(text);
  const fromAge = weightFromAge(text);
  const kg = Number.isFinite(toldKg) ? toldKg : Number.isFinite(fromAge) ? fromAge : weightFromChildWord(text);
  // A child's limit only when the one who took it is not the writer (review s18 S6: "I've been taking 2 × 500 mg three
  // times a day … my son (7) has the same cold" read the adult's 3 g against a 28 kg child).
  const limitMg =
    (CHILD.test(text) || Number.isFinite(weightFromAge(text))) && othersAct && Number.isFinite(kg) && kg > 0
      ? Math.min(PARACETAMOL_ADULT_MAX_MG_PER_DAY, PARACETAMOL_TOXIC_MG_PER_KG * kg)
      : PARACETAMOL_ADULT_MAX_MG_PER_DAY;
  const total = Math.max(counted, told);
  const totalMax = Math.max(counted + Math.max(0, maybeMore), told);
  return {
    products: [...products],
    takenProducts: [...takenProducts],
    taken,
    mgPerDay: total > 0 ? total : null,
    mgPerDayMax: totalMax > 0 ? totalMax : null,
    limitMg,
  };
}

/** A clause that is one more item of a list of amounts ("三片泰诺林", "还有两片白加黑", "and 2 lemsip"). */
const LIST_ITEM = new RegExp(
  `^\\s*(?:还有|还|和|以及|又|and|plus|also|then)?\\s*${NUM}\\s*(?:${UNIT_ZH}|${CONTAINER}|${UNIT_EN}\\b|(?=\\s*[a-z\\p{Script=Han}]))`,
  'iu',
);

/** An act told in the clause (commas, semicolons) around an offset of the sentence, or the list it carries on. */
function actInClause(sentence: string, at: number): boolean {
  const start = Math.max(...[',', '，', ';', '；'].map((c) => sentence.lastIndexOf(c, at - 1))) + 1;
  const ends = [',', '，', ';', '；'].map((c) => sentence.indexOf(c, at)).filter((i) => i >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : sentence.length;
  const clause = sentence.slice(start, end);
  const act = TAKEN.exec(clause);
  if (act !== null) return !CONDITIONAL_BEFORE.test(clause.slice(0, act.index));
  // A list carried on from an act told earlier in the sentence: "吃了两袋感冒灵，三片泰诺林，还有两片白加黑".
  const earlier = TAKEN.exec(sentence.slice(0, start));
  return earlier !== null && LIST_ITEM.test(clause) && !CONDITIONAL_BEFORE.test(sentence.slice(0, earlier.index));
}

/** The count in group `n` of a match, times the pack size when group `pack` names a container. */
function countOf(m: RegExpExecArray | null, n: number, pack?: number): number | null {
  const v = m?.[n] ? readNum(m[n]) : Number.NaN;
  if (!Number.isFinite(v)) return null;
  return pack !== undefined && m?.[pack] && PACK.test(m[pack]) ? v * PACK_UNITS : v;
}

/** What follows a told mass is nothing, filler or a paracetamol name — not another substance ("took 2g of metformin",
 *  "吃了十几克盐"). */
const FILLER =
  /左右|上下|多|了|的|啊|呢|吧|吗|呀|哦|可能|应该|差不多|大概|这么多|那么多|\b(?:or so|total|in total|altogether|today|yesterday|a day|maybe|probably)\b/gi;
function ofParacetamol(after: string): boolean {
  const tail = (/^[^，。！？,.;；\n]{0,16}/.exec(after)?.[0] ?? '').toLowerCase();
  const { re } = names();
  const rest = tail.replace(new RegExp(re.source, 'gi'), ' ').replace(FILLER, ' ');
  return !/\p{Script=Han}{2,}|\bof \w+/u.test(rest);
}

/** A strength written right after a name ("泰诺林 650mg", "panadol 500 mg", "0.5g的"). */
function toldStrength(after: string): number | null {
  const m = /^\s*(?:\(|（)?\s*(\d+(?:\.\d+)?)\s*(mg|毫克|g|克)\b/i.exec(after);
  if (!m) return null;
  const v = Number(m[1]);
  return /^(?:g|克)$/i.test(m[2] ?? '') ? v * 1000 : v;
}

function timesPerDay(sentence: string): number {
  const t = TIMES.exec(sentence);
  if (t) {
    const n = readNum(t[1] ?? t[2] ?? t[3] ?? '');
    if (Number.isFinite(n) && n >= 1 && n <= 24) return n;
  }
  const e = EVERY_HOURS.exec(sentence);
  if (e) {
    const h = readNum(e[1] ?? '');
    if (Number.isFinite(h) && h >= 1 && h <= 24) return Math.floor(24 / h);
  }
  return 1;
}

/** Distinct paracetamol products: the generic name counts as one more only beside a combination remedy (a plain brand
 *  with its generic name — "Tylenol (acetaminophen)" — is one medicine named twice). */
export function productsTaken(r: ParacetamolReading): number {
  const brands = r.takenProducts.filter((p) => p !== PARACETAMOL_GENERIC);
  return brands.length + (r.takenProducts.includes(PARACETAMOL_GENERIC) && brands.some((p) => p.combination) ? 1 : 0);
}

const overLimit = (r: ParacetamolReading) => r.taken && r.mgPerDay !== null && r.mgPerDay > r.limitMg;
/** Over the limit only if the bottle was the product's largest: no reassurance without the size. */
const maybeOverLimit = (r: ParacetamolReading) => r.taken && !overLimit(r) && r.mgPerDayMax !== null && r.mgPerDayMax > r.limitMg;

/** The paracetamol findings whose harm is delayed (the liver fails a day or two later while the person feels well):
 *  like the delayed poisons of toxic-exposure.ts, "she seems fine" is no reassurance, so no reader lowers them. */
export const PARACETAMOL_DELAYED_IDS: ReadonlySet<string> = new Set(['paracetamol-over-limit', 'paracetamol-child-maybe-over-limit']);

export const PARACETAMOL_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'paracetamol-over-limit',
    'emergency',
    '对乙酰氨基酚（扑热息痛）一天的总量超过上限（多种感冒药里都含有它）',
    'more paracetamol in a day than the safe limit (several cold remedies contain it)',
    '即使现在没有不舒服也要立即去急诊或拨打急救电话：过量损伤肝脏在一两天后才出现，需要抽血查浓度并及早用解毒药。带上吃过的药盒，停用所有含对乙酰氨基酚的药。',
    'Go to an emergency department or call an ambulance now, even if you feel fine: the liver damage shows a day or two later, and a blood level and early antidote are needed. Bring the packets and stop everything that contains paracetamol.',
    (c) => overLimit(readParacetamol(c.text)),
  ),
  // A child whose bottle may have held more than the child's limit: NHS "paracetamol for children" — go to A&E at once if
  // you think a child has taken too much, even if they seem well; the size is read at the hospital, not guessed at home.
  clinicalRule(
    'paracetamol-child-maybe-over-limit',
    'emergency',
    '孩子喝掉的对乙酰氨基酚（扑热息痛）可能超过了安全量',
    'a child may have drunk more paracetamol than is safe',
    '即使孩子现在看起来没事也要立即去急诊或拨打急救电话，带上瓶子（看容量和浓度）：过量损伤肝脏在一两天后才出现，需要抽血查浓度。不要催吐。',
    'Go to an emergency department or call an ambulance now, even if the child seems well, and bring the bottle (its size and strength): liver harm shows a day or two later and a blood level is needed. Do not make the child sick.',
    (c) => {
      const r = readParacetamol(c.text);
      return maybeOverLimit(r) && r.limitMg < PARACETAMOL_ADULT_MAX_MG_PER_DAY;
    },
  ),
  clinicalRule(
    'paracetamol-maybe-over-limit',
    'urgent',
    '喝掉的对乙酰氨基酚（扑热息痛）可能超过了孩子的安全量（要看瓶子多大）',
    "the paracetamol drunk may be more than the child's safe amount (it depends on the bottle's size)",
    '现在就打中毒急救热线或去急诊，带上瓶子：看瓶身上的容量和浓度，算出喝了多少。孩子出现呕吐、嗜睡或腹痛时立即拨打急救电话；即使现在没事，过量也要抽血查浓度。',
    'Call poison control or go to an emergency department now with the bottle: its size and strength on the label tell how much was drunk. Call emergency services for vomiting, drowsiness or tummy pain; an overdose needs a blood level even if the child seems well.',
    (c) => {
      const r = readParacetamol(c.text);
      return maybeOverLimit(r) && r.limitMg >= PARACETAMOL_ADULT_MAX_MG_PER_DAY;
    },
  ),
  clinicalRule(
    'paracetamol-doubled',
    'urgent',
    '同时吃了两种以上都含对乙酰氨基酚（扑热息痛）的药',
    'two or more medicines that both contain paracetamol taken together',
    '先停用其中的复方感冒药，只留一种含对乙酰氨基酚的药；今天请医生或药师核算总量（成人一天不超过4克）。如果总量可能超过或出现恶心、呕吐、右上腹痛，立即就医。',
    'Stop the combination cold remedies and keep to one paracetamol product; have a doctor or pharmacist add up today how much you took (no more than 4 g a day for an adult). If it may have been more, or you have nausea, vomiting or pain under the right ribs, get seen now.',
    (c) => {
      const r = readParacetamol(c.text);
      return r.taken && productsTaken(r) >= 2 && !overLimit(r) && !maybeOverLimit(r);
    },
  ),
];
