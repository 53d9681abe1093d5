// A wild mushroom meal whose sickness began SIX HOURS OR MORE after it (session 38, #19; blind triage-bc bc063: wild
// mushrooms eaten last night, vomiting and diarrhoea from this morning, "好多了" now, elders ate too — read urgent). The
// latency is the sign: amatoxin (death cap, destroying angel) gives no symptom for 6–24 h, then vomiting and diarrhoea,
// then a lull of apparent recovery before the liver fails; the irritant mushrooms make people sick within 2 h. So the
// reading is a TIMELINE, not a word: when the meal was told (昨晚, 昨天中午, last night, for lunch yesterday) and when
// the sickness began (今天早上开始, 半夜, from about 2am, 过了八个小时, "10 hours later"), the gap computed from them.
// The mushroom must be told as wild — gathered, found, 野生 — by the knowledge table's own words (toxic-agents.ts
// qualifiers and named forms); a mushroom bought is cultivated unless it is called wild ("集市上买的野生菌" is wild), and a
// cultivated species named (香菇, button) is never read. Told as eaten (吃/炒/煮/食, ate/had/cooked), not denied, not a
// what-if, not a story, not an animal's. Improvement after it ("现在好多了", "feeling better") lowers nothing: it is the
// lull. Pure; raise only (a delayed-poison finding in toxic-exposure.ts's rules).
import { TOXIC_AGENTS } from '../../knowledge/toxic-agents.js';
import { parseNumber } from '../red-flags/numbers.js';

const AGENT = TOXIC_AGENTS.find((a) => a.id === 'wild-mushroom');
if (!AGENT) throw new Error('toxic-agents.ts lost its wild-mushroom row');
const alt = (xs: readonly string[]): string => xs.join('|');
const NAME = new RegExp(`${alt(AGENT.zh)}|${alt(AGENT.named?.zh ?? [])}|\\b(?:${alt(AGENT.en)}|${alt(AGENT.named?.en ?? [])})\\b|菇|菌`, 'gi');
const WILD = new RegExp(
  `${alt(AGENT.qualifiers?.zh ?? [])}|${alt(AGENT.named?.zh ?? [])}|\\b(?:${alt(AGENT.qualifiers?.en ?? [])}|${alt(AGENT.named?.en ?? [])})\\b`,
  'i',
);
/** Wild by the word itself: beats a market or a stall it was bought at. */
const WILD_BY_NAME = /野生|野(?=菌|蘑|菇)|\b(?:wild|foraged)\b/i;
/** Where it was bought (the table's safe words minus the cultivated species). */
const BOUGHT =
  /买的|買的|超市|菜市场|市场上|饭店|餐馆|外卖|\b(?:shop-bought|store-bought|supermarket|tinned|canned|restaurant|takeaway|tesco|sainsbury'?s|asda|aldi|lidl|waitrose|shop|store|grocer'?s?)\b/i;
/** A cultivated species named: never read. */
const CULTIVATED =
  /香菇|平菇|金针菇|杏鲍菇|蟹味菇|白玉菇|口蘑|双孢菇|茶树菇|木耳|\b(?:button|chestnut|portobello|shiitake|oyster|enoki|chestnut) mushrooms?\b|\bmagic mushrooms?\b|\bshrooms\b/i;
const EATEN = /吃|炒|煮|炖|燉|做|煲|食|\b(?:ate|eaten|eating|had|cooked|made|fried|for (?:dinner|lunch|tea|breakfast|supper))\b/i;
const SICK = /吐|呕|嘔|泻|瀉|拉肚子|拉稀|屙|肚子(?:疼|痛)|腹痛|\b(?:vomit\w*|sick|diarrh\w*|threw up|throwing up|puk\w*|stomach (?:pain|cramps?)|tummy)\b/i;
const NOT_TOLD =
  /没(?:有)?吃|沒(?:有)?食|不敢吃|\b(?:didn'?t|did not|haven'?t|never) (?:eat|cook|try)\b|如果|万一|要是|会不会|安全吗|能吃吗|\b(?:what if|is it safe|are (?:they|these|those) safe|can you eat|thinking of)\b|电影|小说|电视剧|\b(?:film|movie|novel|tv show|episode)\b|狗|猫|\b(?:dog|puppy|cat|kitten)\b/i;

/** A time told: day offset from today and the hour it means. A word with no day ("早上", "at 2am") takes its day from
 *  the meal: the first such hour after it. */
interface Told {
  at: number;
  end: number;
  day: number | null;
  hour: number;
}
const TIMES: readonly [RegExp, number | null, number][] = [
  [/前天晚上|前晚|\bthe night before last\b/gi, -2, 19],
  [/前天|\bthe day before yesterday\b/gi, -2, 12],
  [
    /昨晚|昨天晚上|昨天晚饭|昨天傍晚|昨夜|昨天夜里|琴晚|尋晚|寻晚|琴日夜晚|\blast night\b|\byesterday (?:evening|night)\b|\b(?:for )?(?:dinner|tea|supper) yesterday\b|\byesterday(?:'s)? (?:dinner|tea|supper)\b/gi,
    -1,
    19,
  ],
  [/昨天中午|昨天午饭|琴日晏昼|\byesterday (?:lunch(?:time)?|afternoon)\b|\b(?:for )?lunch yesterday\b/gi, -1, 12],
  [/昨天下午/g, -1, 15],
  [/昨天早上|昨天上午|昨早|\byesterday morning\b|\b(?:for )?breakfast yesterday\b/gi, -1, 8],
  [/昨天|琴日|寻日|尋日|\byesterday\b/gi, -1, 12],
  [/半夜|凌晨|夜里|后半夜|\bovernight\b|\b(?:in|during) the night\b|\bmiddle of the night\b/gi, null, 2],
  [/今天早上|今早|今天上午|今朝|朝早|早上|上午|\bthis morning\b|\bwhen (?:i|he|she|we) woke\b|\bwoke up\b|\bfirst thing\b/gi, null, 7],
  [/今天中午|中午|晏昼|\b(?:this )?lunchtime\b|\bfor lunch\b/gi, null, 12],
  [/今天下午|下午|\bthis afternoon\b/gi, null, 15],
  [/今天晚上|今晚|晚上|傍晚|\bthis evening\b|\btonight\b|\bfor (?:dinner|tea|supper)\b/gi, null, 19],
];
/** A clock hour: 十点, 10点, 2am, "around 6 this morning". */
const CLOCK =
  /(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:点|點)|\b(\d{1,2})\s*(?::\d\d\s*)?(am|pm)\b|\b(?:around|about|at|from) (\d{1,2})(?= (?:this|in the) morning\b)/gi;
/** The gap told outright: 过了八个小时, 6个多小时后, "10 hours later", "after about 8 hours". */
const GAP =
  /过了\s*(\d+|[一二两三四五六七八九十几]{1,3})\s*(?:个)?(?:多)?\s*小时|(\d+|[一二两三四五六七八九十几]{1,3})\s*(?:个)?(?:多)?\s*小时(?:后|以后|之后)|\b(?:about |around |over |nearly )?(\d+|six|seven|eight|nine|ten|eleven|twelve) (?:or so )?(?:hours?|hrs?) (?:later|after)\b|\bafter (?:about |around |over )?(\d+|six|seven|eight|nine|ten|eleven|twelve) (?:hours?|hrs?)\b/gi;

function timesIn(text: string): Told[] {
  const out: Told[] = [];
  for (const [re, day, hour] of TIMES)
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (out.some((o) => at < o.end && end > o.at)) continue;
      out.push({ at, end, day, hour });
    }
  for (const m of text.matchAll(CLOCK)) {
    const at = m.index ?? 0;
    const n = parseNumber(m[1] ?? m[2] ?? m[4] ?? '');
    if (n === null || n > 24) continue;
    const before = out.find((o) => o.end <= at && at - o.end <= 4);
    // 晚上十点 / 10pm: after noon; 早上六点 / 2am: as told.
    const pm = /pm/i.test(m[3] ?? '') || (before !== undefined && before.hour >= 15 && n < 12);
    const hour = pm ? n + 12 : n;
    if (before) before.hour = hour;
    else out.push({ at, end: at + m[0].length, day: null, hour });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The latency in hours between a wild mushroom meal and the sickness told after it (null when none can be read). */
export function mushroomOnsetHours(text: string): number | null {
  if (NOT_TOLD.test(text) || CULTIVATED.test(text) || !SICK.test(text)) return null;
  if (!WILD.test(text) && !WILD_BY_NAME.test(text)) return null;
  if (BOUGHT.test(text) && !WILD_BY_NAME.test(text)) return null;
  const names = [...text.matchAll(NAME)];
  if (names.length === 0 || !EATEN.test(text)) return null;
  const first = names[0]?.index ?? 0;
  const gap = [...text.matchAll(GAP)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').map((w) => parseNumber(w.replace(/几$/, '')) ?? Number.NaN);
  if (gap.some((g) => Number.isFinite(g) && g >= 6)) return Math.max(...gap.filter(Number.isFinite));
  // The meal's time: a time told in the clause of the first mushroom named ("for dinner last night", 昨晚炒了…蘑菇), else
  // the last told before it; the onset's: the first time told after the meal's in a clause with a sickness word.
  const times = timesIn(text);
  const clauseStart = Math.max(...['，', ',', '。', '.', '；', ';', '！', '!', '？', '?', '\n'].map((c) => text.lastIndexOf(c, first - 1))) + 1;
  const clauseEnd = text.slice(first).search(/[，,。.;；！!？?\n]/);
  const inClause = times.filter((t) => t.at >= clauseStart && (clauseEnd < 0 || t.at < first + clauseEnd));
  const meal = inClause[0] ?? [...times].reverse().find((t) => t.at < first);
  if (!meal) return null;
  const mealDay = meal.day ?? 0;
  const clauses = text.split(/[，,。.;；！!？?\n]/);
  let from = 0;
  for (const c of clauses) {
    const cStart = text.indexOf(c, from);
    from = cStart + c.length;
    if (cStart < meal.end || !SICK.test(c)) continue;
    const onset = times.find((t) => t.at >= cStart && t.at < cStart + c.length && t.at >= meal.end);
    if (!onset) continue;
    const mealH = mealDay * 24 + meal.hour;
    let onsetH = (onset.day ?? mealDay) * 24 + onset.hour;
    // An hour word with no day is the first such hour after the meal.
    if (onset.day === null) while (onsetH <= mealH) onsetH += 24;
    return onsetH - mealH;
  }
  return null;
}

/** A wild mushroom meal with its sickness begun six hours or more after it: the amatoxin timeline. */
export const readLateMushroomOnset = (text: string): boolean => {
  const h = mushroomOnsetHours(text);
  return h !== null && h >= 6 && h <= 72;
};
