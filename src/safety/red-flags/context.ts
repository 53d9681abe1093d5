// Context around a sign mention: is it negated ("没有胸痛", "denies chest pain"), in the past ("去年中风"),
// or part of an educational question ("what is anaphylaxis")? Pure functions over the original text.
import { matchesOf } from './match.js';

/** Clause boundaries: sentence punctuation (a full stop before a space, not a decimal point), commas, and contrast/time pivots. */
const CLAUSE_BREAK =
  /[。！？!?；;，,\n]|\.(?=\s|$)|\b(?:but|however|although|though|except|yet|now|today|tonight|this morning|this evening)\b|但是|但|可是|不过|然而|现在|今天|今早|今晚|刚才|刚刚|目前/gi;

/** Negation cues. "无法/没法" (unable to) and "not just/only" are not negations. */
const NEG_ZH = /(?:没有|否认|未见|未曾|不伴有?|并无|从未|不算|不怎么|不(?:吃|用|服用?|打|在吃)|未|没(?![法劲办力])|无(?![法力助缘故奈论意]))/g;
const NEG_EN =
  /\b(?:no|not(?!\s+(?:just|only|sure|able))|denies|denied|deny|denying|without|never|negative for|free of|absence of|(?:do|does|did|have|has)(?:n'?t| not) (?:have|had|get|got|feel|experience)|no signs? of|ruled out)\b/gi;

const NEG_AUX = /(?:^|\s)(?:did|does|do|has|have|had|was|were|is|are)(?:n'?t| not)(?: (?:really|actually|ever|even|quite))?\s*$/i;

/** Past events: a clause that talks about last year or a history is not a current emergency. */
const HISTORY =
  /去年|前年|后遗症|去世|过世|\bsequelae\b|\bafter-effects\b|\b(?:died|passed away)\b|\d+\s*年前|[一二两三四五六七八九十几多]+年前|[一二两三四五六七八九十几多\d]+个月前|曾经|既往|(?<!比|跟|和|与|同)以前|之前得过|上次|上个月|上(?:个)?(?:星期|礼拜)|往年|小时候|病史|\blast (?:year|month|summer|winter|spring|fall|autumn)\b|\b(?:years?|months?) ago\b|\bhistory of\b|\bin the past\b|\bas a (?:child|kid|baby|toddler|teenager|teen)\b|\bwhen (?:i|he|she|they) (?:was|were) (?:a )?(?:child|kid|little|young|baby|toddler|teenager|teen)\b|\bgrowing up\b|\b(?:past|prior) (?=(?:\w+ )?(?:self[- ]?harm|suicid\w*|attempts?|overdoses?|episodes?)\b)|\bwhen (?:i|he|she|they) (?:was|were) (?:\d{1,2}(?: ?(?:years? old|yrs? old|y\.?o\b))?(?=\s*(?:[,.;:!?，。()\-–—]|$|(?:years? old|yrs? old|y\.?o)\b|(?:i|he|she|they|we|my|his|her|their|and|or|but|after|because)\b))|in (?:college|uni|university|high school|school)\b)|\bback in (?:college|uni|university|high school|school|the day)\b|(?:\d{1,2}|[一二两三四五六七八九十]{1,3})岁(?:的)?(?:时候|那年)|年轻(?:的)?时(?:候)?|(?:上|读)(?:初中|高中|大学)(?:的)?时候|\bused to\b|\bprevious(?:ly)?\b|\bhad (?:a|an) \w+ (?:in|back)\b/i;

/** Educational or hypothetical framing; applied only to disease-name ("event") signs, never to symptoms. */
const EDUCATION =
  /什么是|是什么|如何预防|怎么预防|怎样预防|预防|防止|怎么避免|有哪些|区别|风险|发生率|副作用|科普|知识|定义|\bwhat (?:is|are)\b|\bwhat causes\b|\bprevent(?:s|ed|ion|ing)?\b|\brisks?\b|\bsigns of\b|\bsymptoms of\b|\bdifference between\b|\bhow common\b|\bside effects?\b|\bstatistics\b|\blearn about\b|\binformation (?:about|on)\b|\bdefinition\b|\bexplain\b|\bmovie\b|\bbook\b|\bessay\b|\bclass\b|\b(?:assignment|homework|school project)\b|作业|论文|\bcan (?:you|one|someone|a person|people)\b|\bis it (?:possible|dangerous|safe)\b|\bhow much\b|会[^，。]{0,6}吗|会不会|能不能|可能吗|严重吗|\bis (?:it|this|that) serious\b|效果|怎么治|能治好|治疗方法|针灸|康复|\btreatment options?\b|\brecovery\b/i;

export interface Clause {
  start: number;
  end: number;
}

/** The sentence around an offset (start and end): from the last sentence stop or line break before it to the next. */
export function sentenceBounds(text: string, at: number): Clause {
  const start = text.slice(0, at).search(/[^.?!。？！\n]*$/);
  const end = text.slice(at).search(/[.?!。？！\n]/);
  return { start, end: end < 0 ? text.length : at + end };
}

// One triage call splits the same text into clauses dozens of times (every layer judges its own mentions): the last
// split is remembered. The result is frozen, so a caller cannot change what the next caller reads.
let lastText: string | null = null;
let lastClauses: readonly Clause[] = [];

/** Split into clauses; each sign mention is judged within its own clause. */
export function clauses(text: string): readonly Clause[] {
  if (text === lastText) return lastClauses;
  lastClauses = Object.freeze(splitClauses(text));
  lastText = text;
  return lastClauses;
}

function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of matchesOf(CLAUSE_BREAK, text)) {
    const at = m.index ?? 0;
    if (at > start) out.push({ start, end: at });
    // Pivot words ("now", "现在") open the next clause and belong to it.
    start = /^[。！？!?；;，,.\n]$/.test(m[0]) ? at + m[0].length : at;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function clauseAt(all: readonly Clause[], index: number): Clause {
  return all.find((c) => index >= c.start && index < c.end) ?? { start: 0, end: 0 };
}

/** Negated when a cue sits shortly before the mention in the same clause. */
export function isNegated(text: string, clause: Clause, matchStart: number): boolean {
  const before = text.slice(clause.start, matchStart);
  // "不发热", "不疼": 不 right before a symptom negates it (signs that start with 不, like "不省人事", are unaffected).
  if (before.endsWith('不')) return true;
  NEG_ZH.lastIndex = 0;
  const zh = NEG_ZH.test(before.length > 8 ? before.slice(-8) : before);
  NEG_ZH.lastIndex = 0;
  if (zh) return true;
  NEG_EN.lastIndex = 0;
  const neg = NEG_EN.test(lastWords(before, 6));
  NEG_EN.lastIndex = 0;
  // A negated auxiliary right before the mention, which is its verb ("didn't faint", "hasn't passed out", "wasn't
  // really unconscious"); one word between at most, so "didn't realise she had passed out" stays affirmed.
  return neg || NEG_AUX.test(lastWords(before, 2));
}

/** The last `n` whitespace-separated words of `s`, joined by single spaces (without splitting the whole string). */
function lastWords(s: string, n: number): string {
  let end = s.length;
  while (end > 0 && /\s/.test(s[end - 1])) end--;
  let start = end;
  let words = 0;
  while (start > 0) {
    if (/\s/.test(s[start - 1])) {
      words++;
      if (words === n) break;
      while (start > 0 && /\s/.test(s[start - 1])) start--;
    } else start--;
  }
  while (start < end && /\s/.test(s[start])) start++;
  const tail = s.slice(start, end);
  return /\s\s|[^\S ]/.test(tail) ? tail.split(/\s+/).join(' ') : tail;
}

const YEAR = /(?:(19|20)(\d{2})\s*年)|\b(?:back )?in ((?:19|20)\d{2})\b/g;
const BIRTH = /出生|生的|生于|born|birth/i;

/** "At the time" points back to an episode; it is past only when the text names a past one ("去年心梗，当时胸口疼"). */
const BACK_REFERENCE = /当时|那时候?|那次|\bat the time\b|\bback then\b/i;

/** A present episode told after a history in the same clause: a present-tense verb of having, an ongoing duration, or a
 *  'now' that is no recovery ("had a heart attack last year and recovered and is having crushing chest pain", "去年心梗出院了
 *  胸口压着疼出冷汗半小时了", "checked out fine his face is drooping now"; session-12 review — the clause read as history
 *  and its signs were dropped, routine). "现在恢复得挺好", "he's fine now" are no present episode. */
/** 现在 with a symptom close after it ("现在头疼", "现在又吐了"): a present complaint, not a present state ("现在恢复得挺好"). */
export const NOW_SYMPTOM_ZH = '现在[^，。]{0,4}(?:疼|痛|吐|喘|晕|抽|流|肿|发烧|烧)';

const TOLD_NOW_AFTER = new RegExp(
  `正在|${NOW_SYMPTOM_ZH}|(?:分钟|小时)了|\\b(?:is|are|am|i'?m|he'?s|she'?s) (?:having|getting|going through)\\b|(?<!\\b(?:fine|ok|okay|better|well|normal|good|great|recovered|healthy)\\s)\\bnow\\b(?!\\s+(?:fine|ok|okay|better|well|normal|recovered))|\\bright now\\b`,
  'i',
);

/** A mention told as going on or just changed: a present progressive around it ("his face is drooping", "is having",
 *  "she's slurring") or a change of state ("face has gone droopy", "suddenly"). A present state alone ("his left arm is
 *  weak") after a history is its residual. */
const GOING_ON = /\b(?:is|are|am|(?:he|she|it|they|i|you|we)'(?:s|re|m))\s+(?:(?:now|just|really|also|all)\s+)?[a-z]+ing\b/i;
const JUST_CHANGED = /\b(?:(?:has|have|'s|'ve)\s+(?:just\s+)?(?:gone|become|got|gotten|turned|started)|went|suddenly|all of a sudden)\b/i;
/** A present verb around the mention: after a recovery told before it, enough to make it a new episode. */
const PRESENT_VERB = /\b(?:is|are|am|has|have|keeps?|(?:he|she|it|they|i|you|we)'(?:s|re|m|ve))\b/i;
/** The history's event told over before the mention ("checked out fine", "recovered", "was discharged"). */
const OVER_BEFORE = /\b(?:recovered|checked out|was (?:fine|ok|okay|cleared|discharged)|got better|discharged|all clear|came home)\b/i;
/** … or a 'now' after it in its sentence that is no recovery ("drooping now"; not "fine now"). 'now' opens a clause of
 *  its own (CLAUSE_BREAK), so it is looked for up to the sentence's end. */
const NOW_AFTER =
  /^[^.?!。？！\n]*?(?<!\b(?:fine|ok|okay|better|well|normal|good|great|recovered|healthy)\s)\b(?:now|right now|currently)\b(?!\s+(?:fine|ok|okay|better|well|normal|recovered))/i;
const RESIDUAL = /\bstill\b/i;
const OVER_AFTER =
  /\b(?:recovered|recovering|doing (?:well|fine|great|ok|okay)|(?:is|was|are|were|'s|'re) (?:fine|ok|okay|well|better|normal|all right|alright)|back to normal|sent (?:home|back)|discharged|got better|all clear|checked out (?:fine|ok|okay))\b|好了|没事了|恢复|出院/i;
/** 'since' a time of today ("since lunch", "since 2pm", "since an hour ago") dates an onset now, not a residual. */
const SINCE_TODAY =
  /(?! (?:lunch|lunchtime|breakfast|dinner|tea|supper|noon|midday|this (?:morning|afternoon|evening)|earlier(?: today)?|today|i woke(?: up)?|waking(?: up)?|(?:about |around )?(?:\d+|an?|one|two|three|four|half an) (?:minutes?|mins?|hours?|hrs?)(?: ago)?|\d{1,2}(?::\d\d)? ?(?:am|pm|o'?clock)\b))/;
const RESIDUAL_AFTER = new RegExp(
  `^[^.?!。？！\\n]*?\\b(?:(?:ever )?since${SINCE_TODAY.source}|still|from (?:the|that|it|then)|left (?:him|her|me|them) with)\\b`,
  'i',
);

/** A mention after the history word of its clause, told of the present: going on or just changed (GOING_ON,
 *  JUST_CHANGED), a 'now' after it (NOW_AFTER), or a present verb after the history was told over (OVER_BEFORE) — "my
 *  dad had a stroke last year checked out fine his face is drooping now" (session-12 review). The history event itself,
 *  told before its time word, stays history ("had a stroke last year and is fine now"), and so does a state tied to the
 *  history's time ("his speech is slurred since then", "his left arm is weak"). */
function mentionToldNow(text: string, clause: Clause, historyAt: number, at: number, end: number): boolean {
  if (at <= historyAt) return false;
  const before = text.slice(Math.max(clause.start, at - 24), at);
  const around = before + text.slice(at, Math.min(text.length, end + 12));
  if (RESIDUAL.test(before + text.slice(at, end)) || RESIDUAL_AFTER.test(text.slice(end))) return false;
  // Told over after it ("… now she is drowsy and vomiting, she recovered fully", "I'm 30 now and doing well"): the whole
  // story is the history's.
  if (OVER_AFTER.test(text.slice(end))) return false;
  if (GOING_ON.test(around) || JUST_CHANGED.test(around) || NOW_AFTER.test(text.slice(end))) return true;
  return OVER_BEFORE.test(text.slice(historyAt, at)) && PRESENT_VERB.test(around);
}

/** Told now in a Chinese run: an anchor of the present that ends a history told in an earlier run. */
const NOW_ANCHOR_ZH = /现在|刚才|刚刚|刚|今天|今早|今晚|昨晚|正在|突然|这次|又|小时前|分钟前|(?:分钟|小时)了/;
/** The story told over after it ("后来好了", "当时住院治好了", "之后一直很好"). */
const TOLD_OVER_ZH = /好了|好多了|好些了|没事了|恢复|出院|治好|痊愈|后来|之后一直|一直很好|没再|不这样了|早就/;

/** A space between two Chinese characters: chat Chinese puts one where a comma would be. */
const ZH_SPACE = /(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu;

/** The space-separated runs of a clause (one run when it has no such space). */
function runsOf(text: string, clause: Clause): Clause[] {
  const out: Clause[] = [];
  let start = clause.start;
  for (const m of matchesOf(ZH_SPACE, text.slice(clause.start, clause.end))) {
    const at = clause.start + (m.index ?? 0);
    if (at > start) out.push({ start, end: at });
    start = at + m[0].length;
  }
  if (start < clause.end) out.push({ start, end: clause.end });
  return out;
}

/**
 * A mention in a clause of space-separated Chinese runs ("喘不上气 嘴唇发紫 我小时候有过哮喘 后来一直很好"): the history word
 * governs its own run; a run before it is told now (session 16 review, section B: the whole clause was read as history
 * and a present stroke, heart attack or anaphylaxis went routine). A run after it stays the history's when nothing
 * anchors it now and the story is told over after it ("我小时候有过哮喘 喘不上气 嘴唇发紫 后来好了"), or when the next run
 * points back to the episode ("…摸着发硬 当时住院治好了"); with no ending told ("我五年前心梗过 胸口压着疼了半个小时
 * 放射到左臂") it is now. Null: the clause has one run, read as before.
 */
function historyByRuns(text: string, clause: Clause, now: Date, mention: { start: number; end: number }): boolean | null {
  const runs = runsOf(text, clause);
  if (runs.length < 2 || !HISTORY.test(text.slice(clause.start, clause.end))) return null;
  const i = runs.findIndex((r) => mention.start >= r.start && mention.start < r.end);
  if (i < 0) return null;
  const own = runs[i];
  if (HISTORY.test(text.slice(own.start, own.end))) return isHistorical(text, own, now, mention);
  const next = runs[i + 1];
  if (next && /^(?:当时|那时候?|那次)/.test(text.slice(next.start, next.end)) && HISTORY.test(text)) return true;
  if (!runs.slice(0, i).some((r) => HISTORY.test(text.slice(r.start, r.end)))) return false;
  const sentenceEnd = sentenceBounds(text, mention.end).end;
  return !NOW_ANCHOR_ZH.test(text.slice(own.start, own.end)) && TOLD_OVER_ZH.test(text.slice(mention.end, sentenceEnd));
}

/** Is a clause (or, given `mention` — its start and end —, one mention in it) told of the past? */
export function isHistorical(text: string, clause: Clause, now: Date = new Date(), mention?: { start: number; end: number }): boolean {
  const c = text.slice(clause.start, clause.end);
  if (mention) {
    const byRuns = historyByRuns(text, clause, now, mention);
    if (byRuns !== null) return byRuns;
  }
  const h = c.search(HISTORY);
  if (h >= 0) {
    if (TOLD_NOW_AFTER.test(c.slice(h))) return false;
    return !(mention && mentionToldNow(text, clause, clause.start + h, mention.start, mention.end));
  }
  if (BACK_REFERENCE.test(c) && HISTORY.test(text)) return true;
  // "2014年患酮症酸中毒", "in 2019": a past calendar year, unless it is a birth year ("2025年出生的宝宝").
  if (BIRTH.test(c)) return false;
  for (const m of matchesOf(YEAR, c)) {
    const year = Number(m[3] ?? `${m[1]}${m[2]}`);
    if (year < now.getFullYear()) return true;
  }
  return false;
}

export function isEducational(text: string, clause: Clause): boolean {
  return EDUCATION.test(text.slice(clause.start, clause.end));
}

/** Timing that says "for months or years" (or "lately") with no sign of something new today. */
const CHRONIC =
  /(?:已经|有|持续|反复)?[一二两三四五六七八九十几半多\d]+\s*(?:个)?多?(?:月|年)(?!多?(?:前|以前|之前))(?:了|多了|之久|左右)?|多年(?!(?:前|以前|之前))|好几年(?!(?:前|以前|之前))|长期|反反复复|经常|\bfor (?:the (?:past|last) )?(?:\d+|a few|several|many|two|three|four|six) (?:weeks|months|years)\b|\bfor (?:weeks|months|years)\b|\blately\b|\brecently\b|\bchronic\b|\bon and off\b|\boff and on\b/i;
const ACUTE =
  /突然|忽然|刚才|刚刚|刚[^，。]{0,4}(?:完|就)|现在|正在|今天|今晚|今早|今儿|昨晚|半小时|分钟|小时|马上|加重|\bsudden(?:ly)?\b|\bjust\b|\bright now\b|\bnow\b|\btoday\b|\btonight\b|\bthis (?:morning|evening|afternoon)\b|\bminutes?\b|\bhours?\b|\bworse\b|\bworsening\b/i;

/** A time since an event or a diagnosis that says who the patient is, not how long the complaint lasts: "生完孩子两周",
 *  "10 weeks pregnant", "3 weeks postpartum", "a 6-month-old", "有糖尿病好多年", "diabetic for 20 years". */
const EVENT_TIME =
  /(?:生完(?:孩子|宝宝)?|产后|怀孕|孕|手术后?|术后|出院|化疗(?:第)?|(?:换|加|开始吃|停)了?[^，。]{0,8}药)[^，。]{0,3}[一二两三四五六七八九十几半多\d]+\s*(?:个)?多?(?:星期|礼拜|周|月|天)|[一二两三四五六七八九十几半多\d]+\s*(?:个)?多?(?:星期|礼拜|周|月)(?:大)?的?(?:宝宝|孩子|婴儿|BB|bb|小孩)|\b\d+\s*(?:weeks?|wks?|months?|mo)\b[^.?!,]{0,12}\b(?:pregnant|postpartum|post-?op|after (?:the )?(?:birth|surgery|delivery|baby|op)|old)\b|\b(?:\d+|a|one|two|three|four|five|six) (?:weeks?|wks?|months?|days?) (?:after|since|post)\b|\b(?:started|stopped|switched|changed|came off)\b[^.?!]{0,30}\b(?:a|one|two|three|\d+) (?:weeks?|months?) ago\b|(?:有|得了?|患有?|确诊)[^，。]{0,6}(?:病|症|炎|压|瘤|癌|哮喘|房颤)[^，。]{0,3}(?:好多年|多年|好几年|[一二两三四五六七八九十几多\d]+\s*(?:个)?多?年)|(?:吃|服|打|用)[^，。]{0,6}(?:药|胰岛素|针)[^，。]{0,3}(?:好多年|多年|好几年|[一二两三四五六七八九十几多\d]+\s*(?:个)?多?年)|\b(?:diabetic|asthmatic|epileptic|on (?:insulin|warfarin|dialysis|\w+ tablets))\b[^.?!]{0,12}\bfor (?:\d+|many|several|a few|over \d+) years\b|\b\d+-(?:week|month)-old\b/gi;

/** The text without those times (same idea for every reader of a course: this file, triage/course.ts). */
export const withoutEventTimes = (text: string): string => text.replace(EVENT_TIME, ' ');

/** Long-standing symptoms with nothing acute: candidates for same-day (urgent) rather than emergency care. A time ago
 *  (三年前, 几个月以前, 多年前) is when something happened, not how long the complaint has lasted: no duration. */
export function isChronicOnly(text: string): boolean {
  return CHRONIC.test(withoutEventTimes(text)) && !ACUTE.test(text);
}

// ── Turns to now and times back: one home for the words that place a story in the present or the past. Each list is
// the reading its caller needs (a contrast that turns a history to now, a present frame ending a history frame, a
// clause told now, a time back, a day or more back, now said of an event), kept apart where they differ on purpose. ──

/** (stance.ts signAfterTurn) A turn from a past or settled condition to what is happening now: a contrast ('but', 但是), 'now', 'again', 'the
 *  same …'. A sign told after it is told of the present ("had a clot two years ago and recovered, but I've got the same
 *  chest pain"; 三年前得过心梗已经好了但是胸口压榨样痛). */
export const TURN_TO_NOW = /\bbut\b|\bhowever\b|\byet\b|\bnow\b|\bagain\b|\bsame\b|\bback\b|但是?|可是|不过|现在|又|最近|这几天|这两天|这次/gi;

/** (self-harm-reader.ts isHistoricalAt) A present frame that ends a history told earlier in the same clause ("tried to overdose years ago… lately I keep
 *  thinking about it", "以前吞过药最近又想"): what follows it is told as now. The present perfect progressive is one
 *  ("since he died last spring I have been putting tablets aside": going on up to now, session 15; read up to the mention,
 *  so 'been' at the end of the text read is one), and so is 一直在. */
export const PRESENT_PIVOT =
  /\b(?:lately|recently|these days|nowadays|now|again|this (?:week|month|year)|for the (?:past|last) (?:few )?(?:days|weeks|months))\b|\b(?:i|he|she|we|they)(?: have|'ve| has|'s) been(?= \w+ing\b|\s*$)|最近|近来|近期|这几天|这些天|这段时间|这阵子|现在|如今|又|一直在/gi;

/** (triage.ts presentDangerTold) Happening now: a present anchor or a present-tense state verb in the clause. */
export const PRESENT_NOW =
  /刚才|刚刚|刚|正在|现在|突然|一直|\bjust\b|\bnow\b|\bright now\b|\bcurrently\b|\bsuddenly\b|\b(?:is|isn'?t|is not|are|aren'?t|won'?t|can'?t|cannot|keeps?|(?:he|she|they|i)'(?:s|re|m))\b/i;

/** (triage.ts presentDangerTold) A time in the past ("last week", 上周): a clause told with it is not now, whatever its
 *  tense. */
export const PAST_TIME =
  /上(?:个)?(?:周|星期|礼拜|月)|昨天|前天|去年|前年|年前|月前|天前|周前|那次|以前|之前|\blast (?:week|month|year|night|time)\b|\byesterday\b|\bago\b|\bbefore\b/i;

/** (lowering.ts history) A past time for the event, a day or more back ("last Wednesday", "on Saturday", 上周三, 前几天, 高中的时候) — never
 *  minutes or hours ago: a stroke 15 minutes ago that "seems fine now" is still in its window. */
export const DAY_OR_MORE_BACK =
  /上(?:个)?(?:周|星期|礼拜|月)|昨天|前天|前几天|去年|前年|年前|月前|天前|周前|那次|那天|以前|之前|小时候|(?:初中|高中|大学)(?:的)?时候|\blast (?:week|month|year|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\byesterday\b|\b(?:days?|weeks?|months?|years?) ago\b|\bback in\b/i;

/** (lowering.ts) Now, in a third party's event or an exam question: the event is not only history, the question is no
 *  longer asked of no one. Wider than PRESENT_PIVOT (today, this morning, since, has been, keeps). */
export const NOW_SAID =
  /刚才|刚刚|现在|正在|目前|还在|还是|又|今天|今早|今晚|这几天|这两天|一直|\bjust\b|\bnow\b|\bright now\b|\bcurrently\b|\bstill\b|\bagain\b|\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b|\bsince\b|\b(?:has|have|'s|'ve) been\b|\bkeeps?\b/i;
