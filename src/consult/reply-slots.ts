// A reply is an answer to the question that was asked: "38.5" after "what is the temperature?" is a temperature,
// "5 weeks" after "how old is the baby?" is an age, "Yes" after one red-flag question is that red flag. The reply's own
// words rarely say which slot they fill, so a value is bound to a slot the turn's questions asked, never guessed from
// the number alone (pure; zh + en).
import { readCount } from '../safety/red-flags/numbers.js';
import { GROIN_TESTIS_ASK } from './groin-testis.js';
import { NAMES_NO_FINDING } from './questions.js';
import type { CaseFacts } from './types.js';

/** What a question asks for a value: an age, a temperature, how long. */
export type Slot = 'age' | 'temperature' | 'duration';

const ASKS: Record<Slot, RegExp> = {
  age: /\bhow old\b|\bage\b|年龄|多大|几个月|月龄|几岁/i,
  // A question naming a fever invites its reading ("Any fever…?" — "38").
  temperature: /\btemperature\b|\btemp\b|\bfever\b|°C|℃|体温|多少度|几度|发烧|发热/i,
  duration: /\bhow long\b|多久|多长时间|几天了/i,
};

/** The slots a turn's questions ask for. */
export function slotsAsked(asked: readonly string[]): Set<Slot> {
  return new Set((Object.keys(ASKS) as Slot[]).filter((s) => asked.some((q) => ASKS[s].test(q))));
}

const N = String.raw`\d{1,3}(?:\.\d)?|[一二两兩三四五六七八九十半]{1,3}`;

/** An age said with its unit ("7 weeks", "she's 5 wks", "50天", "两个月", "3岁", "2 years"), in years. */
const AGE_WITH_UNIT = new RegExp(
  String.raw`(${N})\s*(?:(days?|d)\b|(wks?|weeks?)\b|(months?|mos?|mths?)\b|(years?|yrs?|y\/?o)\b|(天|日)|(周|週|星期|礼拜|禮拜)|(个多?月|個多?月|月)|(周岁|週歲|岁|歲))`,
  'i',
);
const AGE_PER_UNIT = [1 / 365, 7 / 365, 1 / 12, 1, 1 / 365, 7 / 365, 1 / 12, 1];

/** A newborn by name ("newborn", "新生儿", "刚出生", "满月"): a few days to a month old. */
const NEWBORN = /\bnew-?born\b|新生儿|新生兒|刚出生|剛出生|(?:刚|剛|才)满月|(?:刚|剛|才)滿月/i;

/** A temperature with its unit ("38.5C", "38.5 °C", "38.5度", "101 F"); a bare number is bound only where asked. */
const TEMP_WITH_UNIT = /(\d{2,3}(?:\.\d{1,2})?)\s*(?:°\s*([CF])|([CF])\b|℃|度|摄氏度|攝氏度|degrees?\s*([CF])?)/i;
/** A reading in Chinese numerals: "三十八度五" (38.5), "三十九度", "四十度"; 度 is its unit. */
const ZH_TEMP = /(三十[五六七八九]|四十[一二]?|四十)\s*度\s*([一二三四五六七八九])?/;
/** A decimal reading in range, with a point or a comma ("38.5", "38,5"), not a weight, a length or a span after it. */
const DECIMAL_READING =
  /(?<![\d.,])(3[5-9]|4[0-2])[.,](\d)(?![\d.,])(?!\s*(?:kg|kilo\w*|lbs?|pounds?|g\b|grams?|oz|cm|mm|ml|%|mmol|hours?|hrs?|h\b|days?|weeks?|wks?|months?|years?|mins?|minutes?|小时|天|周|公斤|斤|克|厘米))/i;
/** What may follow an age's unit: the reply's or clause's end, a number, "old", "now", "and", 大/了/的/多/左右. */
const AGE_ENDS = /^\s*(?:old\b|now\b|today\b|and\b|[,.;:!?)，。、；！？]|\d|$|大|了|的|多|左右|啦|喇)/i;
/** A bare reading: the reply is a number, perhaps with a filler before it ("its 38.3", "量了38.3", "about 38"). */
const BARE_NUMBER =
  /^(?:(?:it'?s|its|it is|was|about|around|roughly|approx\.?|~|yes,?|yeah,?|量了|测了|測了|有|大概|差不多|体温|體溫|temp(?:erature)?(?: is| was|:)?)\s*)*(\d{2,3}(?:\.\d{1,2})?)\s*[.!。]?$/i;

function celsius(value: number, unit: string | undefined): number | undefined {
  const t = unit?.toUpperCase() === 'F' || value > 50 ? ((value - 32) * 5) / 9 : value;
  return t >= 34 && t <= 43 ? Math.round(t * 10) / 10 : undefined;
}

/**
 * Bind a reply's values to the slots its turn asked. A temperature with its unit is one whatever was asked; a bare
 * number of 35–43 is a temperature only when a temperature was asked and it cannot be the age asked beside it (a
 * decimal, or the age already known). An age with its unit is an age when an age was asked and how long was not (or
 * the reply says whose: "she's 7 weeks"); a bare whole number is an age only when an age alone was asked.
 */
export function bindReply(asked: readonly string[], reply: string, known: Pick<CaseFacts, 'age'>): Partial<CaseFacts> {
  const slots = slotsAsked(asked);
  const r = reply.trim();
  const facts: Partial<CaseFacts> = {};
  const unit = TEMP_WITH_UNIT.exec(r);
  const bare = BARE_NUMBER.exec(r);
  let temp = unit ? celsius(Number(unit[1]), unit[2] ?? unit[3] ?? unit[4]) : undefined;
  if (temp === undefined && bare && slots.has('temperature')) {
    const v = Number(bare[1]);
    // A whole number could as well be the age or the days asked beside it.
    const couldBeOther = Number.isInteger(v) && ((slots.has('age') && known.age === undefined) || slots.has('duration'));
    if (!couldBeOther) temp = celsius(v, undefined);
  }
  // A reading said in Chinese numerals ("三十八度五", "三十九度") or with its tenth after 度 ("38度5") is one with its unit.
  const zh = ZH_TEMP.exec(r);
  if (zh) temp = celsius(readCount(zh[1]) + (zh[2] ? readCount(zh[2]) / 10 : 0), undefined) ?? temp;
  const tenthAfterDu = /(?<![\d.])(\d{2})\s*度\s*(\d)(?![\d.])/.exec(r);
  if (tenthAfterDu) temp = celsius(Number(tenthAfterDu[1]) + Number(tenthAfterDu[2]) / 10, undefined) ?? temp;
  // A decimal of 35.0–42.9 anywhere in a reply to a turn that asked a temperature is the temperature ("6 weeks, 38.5",
  // "38,5"): a decimal is never an age or a day count (review s22 C-3). Not a weight or a span ("4.2 kg", "38.5 hours").
  if (temp === undefined && slots.has('temperature')) {
    const d = DECIMAL_READING.exec(r);
    if (d) temp = celsius(Number(`${d[1]}.${d[2]}`), undefined);
  }
  if (temp !== undefined) facts.temperatureC = temp;
  if (slots.has('age')) {
    // An age is the value its unit ends ("6 weeks", "she is 7 weeks", "6 weeks, 38.5", "7周大"), not weeks that say how
    // long or how early ("3 weeks into antibiotics", "6 weeks post-op", "2 weeks late"; review s22 C-1).
    const a0 = AGE_WITH_UNIT.exec(r);
    const a = a0 && AGE_ENDS.test(r.slice(a0.index + a0[0].length)) ? a0 : null;
    const whose = /\b(?:she|he|they|baby|it)(?:'s| is| was)\b|(?:宝宝|孩子|她|他)(?:才|刚|現在|现在)?/i.test(r);
    if (a && (!slots.has('duration') || whose)) {
      const at = a.slice(2).findIndex((g) => g !== undefined);
      const n = readCount(a[1]);
      // "Under 3 months", "不到两个月": below the age said, not at it.
      const under =
        /\b(?:under|below|less than|not yet)\s*$|(?:不到|未满|未滿|还没到)\s*$/i.test(r.slice(0, a.index)) ||
        /^\s*(?:以下|以内)/.test(r.slice(a.index + a[0].length));
      if (at >= 0 && Number.isFinite(n)) facts.age = n * AGE_PER_UNIT[at] * (under ? 0.9 : 1);
    } else if (NEWBORN.test(r)) facts.age = 2 / 52;
    else if (bare && !slots.has('temperature') && !slots.has('duration')) {
      const v = Number(bare[1]);
      if (Number.isInteger(v) && v <= 120) facts.age = v;
    }
  }
  return facts;
}

/** A bare yes: a yes with nothing after it that says which sign ("Yes", "yes.", "有", "是的", "yeah I think so"). */
const BARE_YES =
  /^(?:yes|yeah|yep|yup|ya|y|i think so|think so|possibly|maybe|sort of|kind of|有|有的|是|是的|对|對|嗯|会|會|可能|好像有)(?:[\s,，.。!！]*(?:i think so|think so|i think|maybe|possibly|definitely|sadly|unfortunately|有|是的|对|嗯|吧|啊|呀))*[\s.。!！]*$/i;

/** Is the reply a yes that names no sign of its own? */
export function isBareYes(reply: string): boolean {
  return BARE_YES.test(reply.trim());
}

// The groin frame's added question (must-ask.ts, groin-testis.ts) is no candidate for a bare yes: the turn's own
// questions split the yes as before the frame, so the added question never turns a one-candidate yes into a "which?"
// left open at the last turn (review s43: maxTurns 1, "yes" → emergency at START, routine with the frame).
const NOT_A_YES_CANDIDATE = new Set<string>(Object.values(GROIN_TESTIS_ASK));

/**
 * The questions a bare yes to an unnumbered turn could be the answer to: the turn's questions that name a finding (the
 * risk-factors basic names none, and a value question — how long, how old — takes no yes). One candidate is the
 * answer; several must be asked which.
 */
export function yesCandidates(asked: readonly string[]): string[] {
  return asked.filter(
    (q) =>
      !NOT_A_YES_CANDIDATE.has(q) && !NAMES_NO_FINDING.has(q) && !/^(?:how long|how old|what is the temperature)\b|^(?:这种情况持续多久|患者多大年龄)/i.test(q),
  );
}
