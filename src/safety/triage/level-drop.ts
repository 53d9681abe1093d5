// How much of a liquid was drunk, read as arithmetic on the container's level: how full it was before (a fraction,
// "about 3/4 full", "两个多月前开的还有大半瓶", "brand new") minus what is left now ("now maybe 20 ml left", "只剩3毫升",
// "empty", "见底了"), times the bottle's size — told beside a bottle ("a 100ml bottle", "一瓶15ml的"), else the smallest
// bottle the product is sold in (the knowledge's pack size: the reading that over-calls least). Parents tell an
// accident this way because they do not know the dose, only what the bottle looked like. Pure.

/** A fraction told as how full the container was before. */
const FRACTION_WORDS: Record<string, number> = {
  full: 1,
  'brand new': 1,
  new: 1,
  unopened: 1,
  'nearly full': 0.9,
  'almost full': 0.9,
  'mostly full': 0.75,
  'three quarters': 0.75,
  'three-quarters': 0.75,
  'two thirds': 2 / 3,
  'two-thirds': 2 / 3,
  half: 0.5,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'a quarter': 0.25,
  quarter: 0.25,
  满的: 1,
  满满: 1,
  新的: 1,
  刚开: 1,
  没开过: 1,
  几乎满: 0.9,
  大半: 2 / 3,
  三分之二: 2 / 3,
  四分之三: 0.75,
  一半: 0.5,
  半: 0.5,
  三分之一: 1 / 3,
  小半: 1 / 3,
  四分之一: 0.25,
};
const BEFORE_EN =
  /\b(?:was|were|it'?s|had been|about|around|maybe|roughly|nearly|almost|over)\s+(?:about |around |maybe |roughly |nearly |almost |over )?(?:(\d)\s*\/\s*(\d)|(three[- ]quarters|two[- ]thirds|half|a third|one third|a quarter|nearly|almost|mostly))\s+full\b|\b(?:was|were)\s+(?:completely |totally |still )?(full)\b|\b(brand new|unopened)\b/i;
const BEFORE_ZH =
  /(?:原来|本来|之前|刚才|瓶子|那瓶|一瓶)?(?:是|还有|还剩|有)(满的|满满|新的|刚开|没开过|几乎满|大半|三分之二|四分之三|一半|三分之一|小半|四分之一)|(满的|新的|刚开的|没开过的)/;
/** What is left now: a volume, a fraction or nothing. */
const AFTER_EN =
  /\b(\d+(?:\.\d+)?)\s*(?:ml|mls|millilit(?:re|er)s)\s+(?:left|remaining|in it|in the bottle)\b|\b(?:is |it'?s |now )?(?:completely |totally |basically |almost )?(empty)\b|\b(nothing|none) left\b|\b(half|a third|a quarter) (?:left|remaining)\b/i;
const AFTER_ZH =
  /(?:只|就|还)?剩(?:下)?(?:了)?(?:大概|约|差不多|不到|最多)?(\d+(?:\.\d+)?)\s*(?:ml|毫升)|(空了|见底|一点不剩|一滴不剩|全没了)|剩(?:下)?(?:了)?(一半|三分之一|四分之一|小半)/i;
/** A bottle's own size, told beside the bottle ("a 100ml bottle", "100毫升一瓶", "一瓶15ml的"). */
const BOTTLE_ML =
  /(\d+(?:\.\d+)?)\s*(?:ml|mls|毫升)\s*(?:bottles?|瓶|的瓶|装|一瓶|那种)|\bbottles?\s+(?:is|was|holds|of)\s+(\d+(?:\.\d+)?)\s*ml\b|一瓶(?:是|有)?\s*(\d+(?:\.\d+)?)\s*(?:ml|毫升)/i;

/** A volume told before what is left — not a strength's "per 5 ml" ("250mg/5ml", "每5毫升") nor what is left itself. */
const ML_BEFORE = /(?<![/每]\s?|[\d.])(\d+(?:\.\d+)?)\s*(?:ml|mls|毫升)(?![^，。,.]{0,6}(?:left|remaining|剩))/i;

const fraction = (w: string): number => FRACTION_WORDS[w.toLowerCase()] ?? FRACTION_WORDS[w.toLowerCase().replace(/的$/, '')] ?? Number.NaN;

export interface LevelDrop {
  /** mL drunk. */
  ml: number;
}

/** The mL drunk from a container whose level before and after is told, or null. `packMl` is the product's smallest
 *  bottle, used when no size is told. */
export function readLevelDrop(text: string, packMl: number | undefined): LevelDrop | null {
  const b = BEFORE_EN.exec(text) ?? BEFORE_ZH.exec(text);
  if (!b) return null;
  const before =
    b[1] && b[2] ? Number(b[1]) / Number(b[2]) : fraction(b.slice(3).find((x) => x !== undefined) ?? b.slice(1).find((x) => x !== undefined) ?? '');
  if (!Number.isFinite(before) || before <= 0 || before > 1) return null;
  const rest = text.slice((b.index ?? 0) + b[0].length);
  const en = AFTER_EN.exec(rest);
  const zh = en ? null : AFTER_ZH.exec(rest);
  const a = en ?? zh;
  if (!a) return null;
  // The groups are read per language: en [ml, empty, nothing left, fraction left]; zh [ml, empty, fraction left] — the
  // zh fraction ("剩一半") is not the en "nothing left" (review s19: '本来是满的，现在剩一半了' was read as all drunk).
  const left = en ? { ml: en[1], none: en[2] ?? en[3], part: en[4] } : { ml: a[1], none: a[2], part: a[3] };
  // The size: told beside a bottle, else a volume told before what is left ("满的，15毫升，现在只剩3毫升"), else the pack.
  const sizeTold = BOTTLE_ML.exec(text) ?? ML_BEFORE.exec(text.slice(0, (b.index ?? 0) + b[0].length + (a.index ?? 0)));
  const size = sizeTold ? Number(sizeTold.slice(1).find((x) => x !== undefined)) : packMl;
  if (size === undefined || !Number.isFinite(size) || size <= 0) return null;
  const leftMl = left.ml ? Number(left.ml) : left.none ? 0 : fraction(left.part ?? '') * size;
  const ml = before * size - leftMl;
  return Number.isFinite(ml) && ml > 0 ? { ml } : null;
}
