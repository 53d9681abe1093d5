// AMOUNTS GONE, read as arithmetic on a container: how much was there before (a fraction, "about 3/4 full",
// "两个多月前开的还有大半瓶"; a volume, "there was about 80ml left in it", "本来有80毫升"; a count, "there were 16 in the
// box", "本来还剩十片") minus what is left now ("now maybe 5ml", "down to about 5 ml", "只剩一点点", "now only 4",
// "现在只剩五片", "empty", "见底了"). A volume is read in mL whatever unit it is told in (ml, 毫升, cc, teaspoons 5 mL,
// tablespoons 15 mL, fluid ounces 29.6 mL); a fraction times the bottle's size — told beside the bottle ("a 100ml
// bottle"), else the product's pack (the knowledge's pack size: the reading that over-calls least). Parents tell an
// accident this way because they do not know the dose, only what the bottle or the box looked like, and often without a
// swallowing verb ("got the calpol open … there was 80ml left and now there's maybe 5ml"): with a young child who had
// the container and no dose given by an adult, the amount gone IS what the child took (accidentalAccess). Pure.

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

/** A fraction of a bottle told as what there was ("about half a bottle left", "most of a bottle"). */
const BEFORE_BOTTLE_EN = /\b()()(half|a third|a quarter|three quarters|most) (?:of )?(?:a|the) (?:\w+ )?bottle\b/i;

/** A liquid's volume with its unit, in mL: ml, 毫升, cc, teaspoons, tablespoons, fluid ounces. */
const UNIT = String.raw`(ml|mls|millilit(?:re|er)s?|cc|毫升|tsps?|teaspoons?|tbsps?|tablespoons?|fl\.? ?oz|fluid ounces?|ounces?|oz|勺)`;
const NUMBER = String.raw`(\d+(?:\.\d+)?|half an?|one|two|three|four|five|six|seven|eight|nine|ten|[一二两三四五六七八九十]+)`;
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function zhNumber(s: string): number {
  if (s === '十') return 10;
  const t = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (t) return (t[1] ? (ZH_DIGITS[t[1]] ?? 1) : 1) * 10 + (t[2] ? (ZH_DIGITS[t[2]] ?? 0) : 0);
  return s.length === 1 ? (ZH_DIGITS[s] ?? Number.NaN) : Number.NaN;
}
/** A number as written: digits, an English word, Chinese numerals up to 99, "half a". */
export function amountNumber(s: string): number {
  const t = s.toLowerCase();
  if (/^\d/.test(t)) return Number(t);
  if (/^half an?$/.test(t)) return 0.5;
  return WORDS[t] ?? zhNumber(t);
}
/** mL per unit told. */
function mlPer(unit: string): number {
  const u = unit.toLowerCase();
  if (/^(?:tsps?|teaspoons?|勺)$/.test(u)) return 5;
  if (/^(?:tbsps?|tablespoons?)$/.test(u)) return 15;
  if (/oz|ounce/.test(u)) return 29.57;
  return 1;
}
/** A volume told, in mL — not a strength's "per 5 ml" ("250mg/5ml", "每5毫升"). */
const VOLUME = new RegExp(String.raw`(?<![/每]\s?|[\d.])${NUMBER}\s*${UNIT}(?![a-z])`, 'gi');
function volumesIn(text: string): { at: number; end: number; ml: number }[] {
  const out: { at: number; end: number; ml: number }[] = [];
  for (const m of text.matchAll(VOLUME)) {
    const n = amountNumber(m[1] ?? '');
    if (!Number.isFinite(n)) continue;
    // A strength written before a slash is no volume either ("5ml/120mg" is rare; "120mg/5ml" is excluded above).
    if (/^\s*\//.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    out.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ml: n * mlPer(m[2] ?? '') });
  }
  return out;
}
/** A dose given, not a level: "gave her 5ml", "喂了2.5毫升", "每次5ml", "a 5ml dose". */
const DOSE_BEFORE = /(?:每次|一次|喂了?|\b(?:gave (?:him |her |them )?|give (?:him |her |them )?|dose of |dosed (?:him |her )?(?:with )?))\s*$/i;
const DOSE_AFTER = /^\s*(?:dose|doses|每次|一次)\b/i;

/** What is left now, marked as now (now, down to, only, just, left, remaining, 剩, 现在). Groups: a volume [1 number,
 *  2 unit], empty [3], a little [4], a fraction [5]. */
const AFTER_EN = new RegExp(
  String.raw`\b(?:now|down to|left with|only|just)\b[^.,;!?\d]{0,24}?${NUMBER}\s*${UNIT}(?![a-z])` +
    String.raw`|(?:\b(?:now|is|it'?s|was|bottle|box|pack|packet|strip|tub)\s+(?:completely |totally |basically |all but )?)(empty)\b(?!\s+stomach)` +
    String.raw`|\b((?:almost|nearly|practically) (?:empty|gone)|(?:hardly|barely) any(?:thing)? left|(?:a (?:little|tiny bit|bit|drop|dribble|splash|tiny amount)|the dregs|dregs) left|only (?:a (?:little|drop|dribble|tiny bit)|dregs))\b` +
    String.raw`|\b(half|a third|a quarter) (?:left|remaining)\b`,
  'i',
);
/** A volume told with "left"/"remaining" after it: what is left when a before precedes it. */
const LEFT_VOLUME_EN = new RegExp(String.raw`${NUMBER}\s*${UNIT}\s+(?:left|remaining|still in)\b`, 'i');
const AFTER_ZH = new RegExp(
  String.raw`(?:现在|只|就|还)?(?:只)?剩(?:下)?(?:了)?(?:大概|约|差不多|不到|最多)?${NUMBER}\s*${UNIT}` +
    String.raw`|(空了|见底了?|一点不剩|一滴不剩|全没了|喝光了|喝完了|全喝了)` +
    String.raw`|((?:只|就)?剩(?:下)?(?:了)?(?:一点点?|一点儿|一丁点|没多少|一口|几滴|一个底|个底)|(?:快|差不多|几乎)(?:空了|见底|喝光|喝完))` +
    String.raw`|剩(?:下)?(?:了)?(一半|三分之一|四分之一|小半)`,
  'i',
);
/** A bottle's own size, told beside the bottle ("a 100ml bottle", "100毫升一瓶", "一瓶15ml的", "(4 fl oz)"). */
const BOTTLE = new RegExp(
  String.raw`${NUMBER}\s*${UNIT}\s*(?:bottles?|瓶|的瓶|装|一瓶|那种)|\bbottles?\s+(?:is|was|holds|of)\s+${NUMBER}\s*${UNIT}|一瓶(?:是|有)?\s*${NUMBER}\s*${UNIT}`,
  'i',
);
function bottleTold(text: string): number | null {
  const m = BOTTLE.exec(text);
  if (!m) return null;
  for (let i = 1; i + 1 < m.length; i += 2) {
    if (m[i] !== undefined) {
      const n = amountNumber(m[i] ?? '');
      return Number.isFinite(n) ? n * mlPer(m[i + 1] ?? '') : null;
    }
  }
  return null;
}

const fraction = (w: string): number =>
  FRACTION_WORDS[w.toLowerCase()] ??
  FRACTION_WORDS[w.toLowerCase().replace(/的$/, '')] ??
  // "nearly / almost / mostly full" is read by its first word.
  FRACTION_WORDS[`${w.toLowerCase()} full`] ??
  (w.toLowerCase() === 'most' ? 0.75 : Number.NaN);
/** "a little left" is read as a twentieth of the bottle: a drop or two in the bottom. */
const A_LITTLE = 0.05;

export interface LevelDrop {
  /** mL drunk. */
  ml: number;
}

interface After {
  at: number;
  kind: 'ml' | 'empty' | 'little' | 'part' | 'rest';
  value: number;
}
function aftersIn(text: string): After[] {
  const out: After[] = [];
  const scan = (re: RegExp, zh: boolean) => {
    for (const m of text.matchAll(new RegExp(re.source, 'gi'))) {
      const at = m.index ?? 0;
      if (m[1] !== undefined && m[2] !== undefined) {
        out.push({ at, kind: 'ml', value: amountNumber(m[1]) * mlPer(m[2]) });
      } else if (zh) {
        if (m[3]) out.push({ at, kind: 'empty', value: 0 });
        else if (m[4]) out.push({ at, kind: 'little', value: A_LITTLE });
        else if (m[5]) out.push({ at, kind: 'part', value: fraction(m[5]) });
      } else if (m[3]) out.push({ at, kind: 'empty', value: 0 });
      else if (m[4]) out.push({ at, kind: 'little', value: A_LITTLE });
      else if (m[5]) out.push({ at, kind: 'part', value: fraction(m[5]) });
    }
  };
  scan(AFTER_EN, false);
  scan(AFTER_ZH, true);
  for (const m of text.matchAll(
    /\b(?:nothing|none) left\b|\b(?:drank|finished|had|downed|swallowed|gulped) (?:off |up )?(?:the rest|what was left|all of it|it all|the lot|the remainder|the remaining)\b|把剩下的[^，。]{0,6}(?:喝|吃)(?:完|光|掉|了)|剩下的(?:都|全)?(?:喝|吃)(?:完|光|掉)了/gi,
  )) {
    out.push({ at: m.index ?? 0, kind: /left\b/i.test(m[0]) ? 'empty' : 'rest', value: 0 });
  }
  for (const m of text.matchAll(new RegExp(LEFT_VOLUME_EN.source, 'gi'))) {
    out.push({ at: m.index ?? 0, kind: 'ml', value: amountNumber(m[1] ?? '') * mlPer(m[2] ?? '') });
  }
  return out.filter((a) => Number.isFinite(a.value)).sort((a, b) => a.at - b.at);
}

/** The mL drunk from a container whose level before and after is told, or null. `packMl` is the product's smallest
 *  bottle, used when neither the size nor the volume before is told. */
export function readLevelDrop(text: string, packMl: number | undefined): LevelDrop | null {
  for (const after of aftersIn(text)) {
    // What "the rest" was may be told after it ("drank the rest of the Calpol, there was about half a bottle left").
    const head = after.kind === 'rest' ? `${text.slice(0, after.at)} ${text.slice(after.at).replace(/^\S+ \S+ \S+/, ' ')}` : text.slice(0, after.at);
    // Before: a fraction of the bottle, or a volume told before what is left (a dose given is no level).
    const b = BEFORE_EN.exec(head) ?? BEFORE_ZH.exec(head) ?? BEFORE_BOTTLE_EN.exec(head);
    const frac = b
      ? b[1] && b[2]
        ? Number(b[1]) / Number(b[2])
        : fraction(b.slice(3).find((x) => x !== undefined) ?? b.slice(1).find((x) => x !== undefined) ?? '')
      : Number.NaN;
    const volumes = volumesIn(head).filter(
      (v) => !DOSE_BEFORE.test(head.slice(Math.max(0, v.at - 14), v.at)) && !DOSE_AFTER.test(head.slice(v.end, v.end + 8)),
    );
    const told = bottleTold(text);
    let beforeMl: number;
    let size: number | undefined;
    if (Number.isFinite(frac) && frac > 0 && frac <= 1) {
      // A fraction is of the bottle: its size told beside it, else the volume told before what is left ("满的，15毫升"),
      // else the pack.
      size = told ?? volumes.at(-1)?.ml ?? packMl;
      if (size === undefined) continue;
      beforeMl = frac * size;
    } else if (volumes.length) {
      // A volume before is what was there ("there was about 80ml left in it"); the bottle is at least that much.
      beforeMl = volumes.at(-1)?.ml ?? Number.NaN;
      size = told ?? beforeMl;
    } else continue;
    const leftMl = after.kind === 'ml' ? after.value : after.kind === 'empty' ? 0 : after.value * (size ?? beforeMl);
    const ml = beforeMl - leftMl;
    if (Number.isFinite(ml) && ml > 0) return { ml };
  }
  return null;
}

// Counts of tablets: "there were 16 in the box, now only 4", "the strip had 8, now it's empty", "本来还剩十片，现在只剩五片",
// "一板药少了六片".
const COUNT_WORD = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[一二两三四五六七八九十]+)`;
const TABLET_EN = String.raw`(?:\s+(?:\w+\s+)?(?:tablets?|pills?|capsules?|caplets?|tabs?|gummies|of (?:them|those|my|his|her)))?`;
const COUNT_BEFORE_EN = new RegExp(
  String.raw`\b(?:there (?:were|was|had been)|(?:it|the (?:box|pack|packet|strip|bottle|tub|blister|pot)) (?:had|held|contained)|had|a (?:full|new|whole) (?:box|pack|packet|strip|bottle|tub|blister) of|(?:box|pack|packet|strip|bottle|tub|blister) of)\s+(?:about |around |maybe |at least |like )?${COUNT_WORD}\b${TABLET_EN}`,
  'gi',
);
const COUNT_AFTER_EN = new RegExp(
  String.raw`\b(?:took|taken|swallowed|had|ate|eaten|drank|necked|popped|downed) (?:them all|all of them|the lot|the whole (?:lot|box|pack|packet|strip|bottle)|everything|every one)\b|\b(?:now|only|just|down to)\b[^.,;!?\d]{0,20}?${COUNT_WORD}\b(?!\s*(?:ml|mg|g|kg|years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|am|pm|yo|o'?clock|%))|${COUNT_WORD}\s+(?:are |were )?(?:left|remaining|missing|gone)\b|\b(?:now\s+)?(?:it'?s\s+|is\s+)?(?:completely |totally )?(empty)\b|\b(?:none|nothing) left\b`,
  'gi',
);
const COUNT_BEFORE_ZH = new RegExp(
  String.raw`(?:本来|原来|之前|刚才|早上|昨天|那板|一板|一盒|一瓶)?(?:还)?(?:有|剩|是|装着?)${COUNT_WORD}\s*(?:片|粒|颗|个|丸)`,
  'g',
);
const COUNT_AFTER_ZH = new RegExp(
  String.raw`(?:现在|只|就)(?:只)?剩(?:下)?(?:了)?${COUNT_WORD}\s*(?:片|粒|颗|个|丸)|(空了|一片不剩|一粒不剩|全没了|一颗不剩|(?:全|都|全部)(?:吃|吞|喝)了|(?:吃|吞)(?:光|完)了)|少了${COUNT_WORD}\s*(?:片|粒|颗|个|丸)`,
  'g',
);

/** The tablets gone from a pack whose count before and after is told, or null. */
export function readCountDrop(text: string): { units: number } | null {
  const afters: { at: number; left: number; gone?: number }[] = [];
  for (const m of text.matchAll(COUNT_AFTER_EN)) {
    const at = m.index ?? 0;
    if (m[1] !== undefined) afters.push({ at, left: amountNumber(m[1]) });
    else if (m[2] !== undefined)
      afters.push(/missing|gone/i.test(m[0]) ? { at, left: Number.NaN, gone: amountNumber(m[2]) } : { at, left: amountNumber(m[2]) });
    else afters.push({ at, left: 0 });
  }
  for (const m of text.matchAll(COUNT_AFTER_ZH)) {
    const at = m.index ?? 0;
    if (m[1] !== undefined) afters.push({ at, left: amountNumber(m[1]) });
    else if (m[3] !== undefined) afters.push({ at, left: Number.NaN, gone: amountNumber(m[3]) });
    else afters.push({ at, left: 0 });
  }
  afters.sort((a, b) => a.at - b.at);
  for (const a of afters) {
    if (a.gone !== undefined && Number.isFinite(a.gone) && a.gone > 0) return { units: a.gone };
    const head = text.slice(0, a.at);
    const befores = [...head.matchAll(COUNT_BEFORE_EN), ...head.matchAll(COUNT_BEFORE_ZH)].sort((x, y) => (x.index ?? 0) - (y.index ?? 0));
    const last = befores.at(-1);
    if (!last) continue;
    const before = amountNumber(last[1] ?? '');
    const gone = before - a.left;
    if (Number.isFinite(gone) && gone > 0) return { units: gone };
  }
  return null;
}

/** A dose given or a course of doses by an adult (the level fell by dosing, not by an accident): gave, 喂, doses, used
 *  up over days, while she had a fever. */
const GIVEN =
  /\b(?:gave|give|giving|given|dosed|dosing|doses|(?:we'?ve|i'?ve|we|i) (?:used|been using)|used (?:up|most|half)|over the (?:last|past)|for the (?:last|past) (?:few|\d+|two|three|four|five) days|(?:last|past) (?:few|\d+|two|three|four|five) days|this week|all week|every (?:\d+|four|six) hours)\b|喂|给(?:他|她|孩子|宝宝|娃|女儿|儿子)?(?:吃|喝)|用了(?:几|两|三|四|五)?天|这几天|每次|按说明|按剂量/i;
/** The child had the container: got into it, opened it, was alone or playing with it, found with it, while I was away. */
const ACCESS =
  /(?<!\b(?:i|we|i'?ve|we'?ve) )\b(?:got (?:into|hold of|at|to)|got (?:the|a|my|his|her|that|our) (?:\w+ ){0,3}(?:open|lid off|cap off|top off)|opened|unscrewed|grabbed|climbed)\b|\b(?:(?:was|were) (?:alone|playing|left) with|playing with|found (?:him|her|them)|caught (?:him|her|them)|(?:he|she|they|son|daughter|toddler|baby|kid|child|boy|girl|grandson|granddaughter|yo|old) had (?:the|my|a|his|her|our) (?:\w+ ){0,3}(?:bottle|box|pack|packet|strip|tub|tube|blister|pot)|while i was|when i (?:was|wasn'?t)|wasn'?t looking|unattended|on (?:his|her|their) own)\b|拿到|够到|打开|拧开|翻出|偷(?:吃|喝|拿)|自己(?:拿|打开|喝|吃)|一直在玩|在玩|玩(?:了|着)|趁我|没看住|没注意|不注意/i;

/** An adult's own use told for the amount gone ("I took 4 for my migraine", "two weeks of my dose", "是我爸这几天吃的"). */
const OWN_USE =
  /\b(?:i (?:took|take|had|used)|i'?ve been (?:taking|having|using)|(?:he|she|they) (?:took|takes|has been taking)|my (?:daily |usual |own )?doses?|(?:days?|weeks?) of (?:my |his |her )?(?:tablets|pills|doses?|medicine))\b|我(?:自己)?(?:吃|服|用)|(?:爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|他|她)[^，。]{0,6}(?:吃|服|用)的/i;

/** The amount gone was the child's doing: the child had the container, or neither an adult's dosing nor an adult's own
 *  use is told. */
export function accidentalAccess(text: string): boolean {
  return ACCESS.test(text) || (!GIVEN.test(text) && !OWN_USE.test(text));
}
