// An amount already taken told as a BARE COUNT (session 38, #19; blind triage-bc bc001 "whats the most paracetamol u can
// take before it does damage. asking bc I've had about 30 since lunch" was routine). People count tablets without
// naming the unit: the medicine is named once — often in a question before — and the count that follows leaves it
// implicit ("I've had about 30 since lunch", "taken like 25 since this morning", 吃了二十几个了, 食咗廿幾粒). The older
// readers (ingestion.ts, act-done.ts) want the medicine or a tablet word beside the count. Read here as three parts:
//   an intake DONE — took / taken / had / swallowed / gone through, 吃了 / 吞了 / 服了 / 食咗 — not negated, not a
//     what-if, not a question, not an animal's;
//   × a COUNT of ten or more as its object, told AS a count — an approximator (about, like, at least, maybe, 差不多, 大概),
//     a vague form (二十几, 十多, 廿幾, a dozen), an accumulation over the day (since lunch, so far, in the last hour,
//     已经, 到现在, 一共) or "of them" — whose unit is nothing or a tablet (no mg, ml, minutes, emails, drinks…);
//   × a MEDICINE named in the message (names read as 'pills' / 药 by ingestion.ts withMedicineClass), and no other
//     countable thing (drinks, cigarettes, sweets, vitamins) as the nearest thing counted before it.
// Not an overdose: a count spread over days (this week, this month, 这个月, one a day, 每次一片), a supply bought,
// prescribed or left, the writer's usual dose said as a number ("my usual 50", "I'm on 30"), a number told elsewhere
// with mg. A count told without any sign of counting ("took 50 this morning") may be a strength in mg and is not read.
// Pure; its own word lists; fed to ingestion.ts as one more large ingestion taken (raise only).
import { parseNumber } from '../red-flags/numbers.js';
import { animalSubject } from './exposed-who.js';

export interface BareCount {
  /** Offset of the intake verb (the same in the class-rewritten text and the original). */
  at: number;
  /** The count read (at its least: 二十几 21, 十几 11, "a dozen" 12). */
  count: number;
}

/** A medicine word after ingestion.ts withMedicineClass: every named medicine reads 'pills' / 'meds' / 药. */
const MEDICINE =
  /\b(?:pills|tablets?|tabs|caps(?:ules)?|caplets?|meds|medications?|medicines?|painkillers|sleeping (?:pills|tablets)|antidepressants|paracetamol|ibuprofen|aspirin|co-?codamol|tylenol|advil|panadol)\b|药|藥|片剂|胶囊|膠囊/i;
/** Countable things that are no medicine: the nearest of these before the count is what it counts. */
const OTHER_COUNTABLE =
  /\b(?:drinks?|beers?|pints?|shots?|glasses|cans|wines?|vodka|ciders?|coffees?|cups?|cigarettes?|cigs?|fags?|smokes?|vapes?|joints?|biscuits?|cookies|sweets|candy|candies|gumm(?:y|ies)|vitamins?|wings|nuggets|dumplings|jelly ?babies|crisps|chips|emails?|messages?|texts?|calls?|drinking|drunk|booze|alcohol|hangover)\b|酒|啤酒|烟|煙|糖|饼干|餅乾|维生素|維生素|鈣片|钙片|益生菌/gi;

/** An intake done. English: the verb, with "have/'ve/has" allowed before it. Chinese and Cantonese: the verb and its
 *  completion (吃了, 吞咗, 食咗, 服了). */
const DONE_EN = /\b(?:took|taken|had|swallowed|downed|popped|necked|eaten|ate|chewed|(?:gone|got|been|went|worked|getting) through)\b/gi;
const DONE_ZH = /(?:吃|吞|服|食|嗑)(?:了|咗|左|落|下去|掉)/g;

/** How a count is told as a count, before it. */
const APPROX_EN =
  /(?:\b(?:about|around|like|maybe|roughly|nearly|almost|at least|over|more than|close to|probably|prob|easily|well over|something like|approx(?:imately)?)\s+|~\s*)$/i;
const NUM_EN =
  /^(?:(\d{2,3})(?:\s*-?\s*(?:odd|ish)\b|\+)?|(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|odd|something|ish))?\b|(a dozen|dozens|a couple (?:of )?dozen))/i;
const NUM_ZH =
  /^(几十|幾十|[二三四五六七八九兩两]?十(?:几|幾|多|来|來)?(?:[一二三四五六七八九])?|廿(?:几|幾|多)?[一二三四五六七八九]?|卅(?:几|幾|多)?|\d{2,3}(?:多|来|幾|几)?)/;
/** What may follow an English count: nothing, a tablet word, "of them", an accumulation or time of the same day. */
const AFTER_EN =
  /^(?:\s*(?:$|[,.;:!?…)—–-])|\s+(?:or so|odd|ish|altogether|in total|total|now|already|so far|today|tonight|this (?:morning|afternoon|evening)|since\b|in (?:the (?:last|past)|an?|\d+|one|two|three|four|five|six) (?:hours?|hrs?|minutes?|mins?|half hour)|within|just now|at once|all at once|in one go|of (?:them|those|these|em|'em|it)|(?:of (?:my|his|her|the|their)\s+)?(?:pills|tablets?|tabs|caps(?:ules)?|caplets?|meds|painkillers)|and\b|but\b|then\b|lol|tho|though|i think|i reckon|maybe|probably|or more|plus)\b)/i;
const AFTER_ZH =
  /^(?:个|個|粒|片|颗|顆|只)?(?:左右|上下|的样子|的樣子)?(?:了|咗|啦|喇|嘞|吧|呢|$|[，。,.!！?？；;\s…])|^(?:个|個|粒|片|颗|顆)(?:的)?\p{Script=Han}{0,3}?(?:药|藥)/u;
/** An accumulation over the day: the count is a running total, not a dose. */
// Not "today" or "just now": "took 20 today" is as often a 20 mg dose told.
const ACCUMULATED =
  /\b(?:since|so far|already|altogether|in total|in (?:the (?:last|past)|an?|\d+|one|two|three|four|five|six) (?:hours?|hrs?|minutes?|mins?|half hour)|at once|in one go|of (?:them|those|these|em|'em))\b|已经|已經|到现在|到而家|到宜家|一共|总共|總共|刚才|刚刚|啱啱|一口气|一次/i;
/** A count spread over days, or a regimen: a supply used, not an overdose. */
const OVER_DAYS =
  /\b(?:a|per|each|every) (?:day|night|morning|week)\b|\bdaily\b|\b(?:this|last|past|over the|over a|in a|the whole) (?:week|month|fortnight|year)\b|\bover (?:the )?(?:last |past )?(?:\d+|few|several|couple of|two|three|four|five|six|seven|ten) (?:days|weeks|months)\b|\bfor (?:\d+|a few|several|two|three) (?:days|weeks|months)\b|\bin the (?:last|past) (?:\d+|few|several|couple of|two|three|four|five|six|seven|ten) (?:days|weeks|months)\b|\b(?:over|this|last|during|on) the weekend\b|\bover (?:a|the) weekend\b|\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week|the weekend|christmas|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:one|two|1|2) (?:at a time|each time|a time|every (?:4|6|four|six) hours)\b|\bas (?:prescribed|directed)\b|这(?:个)?(?:月|周|星期|礼拜)|這(?:個)?(?:月|週|星期|禮拜)|这几天|這幾天|几天|幾天|每天|每日|一天[一两二三]|每次|每回|一次[一两二1-2](?:片|粒)|按医嘱|按醫囑|疗程|療程/i;
/** A supply or the writer's dose said as a number, right before the count. */
const DOSE_BEFORE_EN =
  /\b(?:my|his|her|their|the|usual|normal|regular|daily|dose(?: of)?|on|prescribed|bought|got|left|have|has)\s+(?:(?:about|around|like|maybe)\s+)?$/i;
const SUPPLY_AFTER =
  /^\s*(?:(?:pills|tablets?|tabs|caps(?:ules)?|caplets?|meds|painkillers)\s*)?(?:left|spare|in (?:the|a|my|each|his|her|our) (?:box|pack|packet|bottle|cupboard|drawer|house|cabinet|bathroom|kitchen|bag|car)|at home|prescribed|to last|for (?:the|a) (?:month|week))\b|^(?:个|粒|片|颗)?(?:在|放在)|^[^，。]{0,4}(?:剩|还有|備用|备用)/i;
const NEGATED_EN = /\b(?:not|never|didn'?t|did not|haven'?t|hasn'?t|won'?t|wouldn'?t|no)\b[^,.;]{0,12}$/i;
const NEGATED_ZH = /(?:没|沒|不|别|未|冇)(?:有)?$/;
const CONDITIONAL_EN = /\b(?:if|what if|suppose|supposing|imagine|in case|would|could|should|whether)\b/i;
const CONDITIONAL_ZH = /如果|要是|假如|万一|萬一|假设|假設|会不会|會不會|能不能|可不可以|係咪|是不是/;
const ASKED_HEAD = /^\s*(?:have|has|did|do|does|can|could|should|would|is|are|how many)\b/i;

const ZH_VAGUE: Record<string, number> = { 几十: 20, 幾十: 20 };
function zhValue(tok: string): number {
  if (ZH_VAGUE[tok] !== undefined) return ZH_VAGUE[tok];
  const core = tok
    .replace(/^廿/, '二十')
    .replace(/^卅/, '三十')
    .replace(/[几幾多来來]/g, '')
    .replace(/兩/g, '两');
  const n = parseNumber(core);
  // 十几 / 二十几: at least one more than the tens said.
  return n === null ? Number.NaN : /[几幾多]/.test(tok) ? n + 1 : n;
}
function enValue(m: RegExpExecArray): number {
  if (m[1]) return Number(m[1]);
  if (m[3]) return /couple/i.test(m[3]) ? 24 : 12;
  const head = (m[2] ?? '').toLowerCase();
  return parseNumber(head) ?? Number.NaN;
}

/** Clauses: a comma ends one as well as a stop (the count is the act's own object). */
const CLAUSE = /[^.?!。？！\n,，;；]+[.?!。？！\n,，;；]*/g;

/** The intakes told as a bare count of a medicine in `t`, the class-rewritten text (ingestion.ts withMedicineClass). */
export function readBareCounts(t: string): BareCount[] {
  if (!MEDICINE.test(t) || !/\d{2}|十|廿|卅|\b(?:ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?)\b|teen\b/i.test(t))
    return [];
  const out: BareCount[] = [];
  for (const cm of t.matchAll(CLAUSE)) {
    const clause = cm[0];
    const base = cm.index ?? 0;
    const sentence = sentenceAround(t, base);
    if (OVER_DAYS.test(sentence)) continue;
    const zh = /\p{Script=Han}/u.test(clause) && !/[a-z]{3,}/i.test(clause.replace(/pills|meds|tablets/gi, ''));
    for (const v of clause.matchAll(new RegExp((zh ? DONE_ZH : DONE_EN).source, 'gi'))) {
      const vAt = v.index ?? 0;
      const head = clause.slice(0, vAt);
      if ((zh ? NEGATED_ZH : NEGATED_EN).test(head) || (zh ? CONDITIONAL_ZH : CONDITIONAL_EN).test(head) || animalSubject(clause, vAt)) continue;
      if (!zh && ASKED_HEAD.test(clause) && /\?/.test(clause)) continue;
      const tail = clause.slice(vAt + v[0].length);
      const read = zh ? zhCount(tail) : enCount(tail);
      if (!read || read.count < 10 || read.count >= 100) continue;
      const countAt = base + vAt + v[0].length + read.offset;
      // Told as a count: an approximator or vague form, or a running total of the day in its sentence.
      if (!read.vague && !ACCUMULATED.test(sentence)) continue;
      // The medicine is what is counted: the nearest countable thing before the count is not something else.
      if (!countsMedicine(t, countAt)) continue;
      // The same number told elsewhere with mg is a strength ("sertraline 50mg … took 50").
      if (new RegExp(`\\b${read.count}\\s*(?:mg|mcg|毫克)`, 'i').test(t)) continue;
      out.push({ at: base + vAt, count: read.count });
      break;
    }
  }
  return out;
}

function sentenceAround(t: string, at: number): string {
  const start = Math.max(...['.', '?', '!', '。', '？', '！', '\n'].map((c) => t.lastIndexOf(c, at - 1))) + 1;
  const rest = t.slice(at).search(/[.?!。？！\n]/);
  return t.slice(start, rest < 0 ? undefined : at + rest + 1);
}

interface CountRead {
  count: number;
  /** Offset of the number in the tail. */
  offset: number;
  /** Told as a count by its own form: an approximator, a vague numeral, "of them". */
  vague: boolean;
}

function enCount(tail: string): CountRead | null {
  // The count within a few words of the verb: "had about 30", "taken like 25", "gone through maybe 18".
  const lead =
    /^\s*(?:(?:already|just|only|now|prob(?:ably)?|honestly|literally|actually|really)\s+)*(?:(?:about|around|like|maybe|roughly|nearly|almost|at least|over|more than|close to|probably|prob|easily|well over|something like|approx(?:imately)?)\s+|~\s*)?/i.exec(
      tail,
    );
  const from = lead?.[0].length ?? 0;
  const m = NUM_EN.exec(tail.slice(from));
  if (!m) return null;
  const before = tail.slice(0, from);
  if (DOSE_BEFORE_EN.test(before)) return null;
  const after = tail.slice(from + m[0].length);
  if (!AFTER_EN.test(after) || SUPPLY_AFTER.test(after)) return null;
  const count = enValue(m);
  const vague = APPROX_EN.test(before) || /odd|ish|\+|something|dozen/i.test(m[0]) || /^\s+(?:or so|of (?:them|those|these|em|'em))\b/i.test(after);
  return Number.isFinite(count) ? { count, offset: from, vague } : null;
}

function zhCount(tail: string): CountRead | null {
  const lead = /^(?:(?:差不多|大概|大约|大約|将近|將近|快|至少|起码|起碼|估计|估計|好像|可能|总共|總共|一共|已经|已經)(?:有)?)?/.exec(tail);
  const from = lead?.[0].length ?? 0;
  const m = NUM_ZH.exec(tail.slice(from));
  if (!m?.[1]) return null;
  const after = tail.slice(from + m[0].length);
  if (!AFTER_ZH.test(after) || SUPPLY_AFTER.test(after)) return null;
  const count = zhValue(m[1]);
  const vague = from > 0 || /[几幾多来來]/.test(m[1]) || /^(?:左右|上下|的样子|的樣子)/.test(after.replace(/^(?:个|個|粒|片|颗|顆|只)/, ''));
  return Number.isFinite(count) ? { count, offset: from, vague } : null;
}

function countsMedicine(t: string, countAt: number): boolean {
  let medAt = -1;
  for (const m of t.matchAll(new RegExp(MEDICINE.source, 'gi'))) if ((m.index ?? 0) < countAt) medAt = m.index ?? 0;
  let otherAt = -1;
  for (const m of t.matchAll(OTHER_COUNTABLE)) if ((m.index ?? 0) < countAt) otherAt = m.index ?? 0;
  // Review s38 (S2 tp-b21, tp-b33): a non-medicine named right after the count, before any medicine, is what is counted
  // ("about 15 since lunch — the cough sweets, not the tablets", "about 12 since lunch — the jelly babies I mean").
  const after = t.slice(countAt, countAt + 48);
  const otherAfter = after.search(new RegExp(OTHER_COUNTABLE.source, 'i'));
  const medAfter = after.search(new RegExp(MEDICINE.source, 'i'));
  if (otherAfter >= 0 && (medAfter < 0 || otherAfter < medAfter)) return false;
  // Named before the count (the usual order), or only after it ("I've had about 30, the paracetamol I mean").
  if (medAt < 0) return MEDICINE.test(t.slice(countAt)) && !new RegExp(OTHER_COUNTABLE.source, 'i').test(t.slice(countAt, countAt + 24));
  return otherAt < medAt;
}
