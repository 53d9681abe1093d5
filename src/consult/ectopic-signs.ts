// A pregnancy that may be ectopic, read as one frame across the whole consultation: WHO — a woman pregnant now without a
// gestation past the first trimester, or whose period is late or missed —, WHAT — belly pain or bleeding, affirmed —,
// and a SIGN of bleeding inside — fainting or nearly fainting, passing out, collapse, or pain at the tip of the shoulder
// (referred from blood under the diaphragm) —, each affirmed in its own clause and not told of the past. The three are
// told in different turns as a rule: the opening says "7 weeks pregnant, spotting and pain on the right", the fainting
// comes in a reply to a question, the late period in a reply to another ("period's two weeks late, haven't done a test").
// NICE NG126 1.3 / RCOG patient information (ectopic pregnancy): shoulder-tip pain, fainting or collapse with pain in
// early pregnancy means A&E or 999 now, not the early-pregnancy unit tomorrow. In the blind consultation batches 1–34,
// six of the nineteen emergencies that ended below emergency were this frame (k014, c22-028, c24-012, c27-060, c32-042,
// c34-045): the triage's own ectopic row reads a narrower wording ("shoulder-tip", "fainted"; not "nearly passed out",
// "tip of my right shoulder", "period's about two weeks late"). This is a separate reading with its own lists (the
// triage row and its lists are unchanged); the consultation holds its finding like a situation until excluded.
// Pure; zh + en.
import { clauseAt, clauses, isHistorical, isNegated } from '../safety/red-flags/context.js';
import { matchesOf } from '../safety/red-flags/match.js';
import { readCount } from '../safety/red-flags/numbers.js';
import { RELATIVE_EN, RELATIVE_ZH } from '../safety/triage/persons.js';
import type { TriageLevel } from '../safety/types.js';

/** The frame's finding, held by the consultation like a situation until excluded (policy.ts heldTriage). */
export interface EctopicFinding {
  id: 'ectopic-signs';
  level: Extract<TriageLevel, 'emergency'>;
  title: { zh: string; en: string };
  advice: { zh: string; en: string };
}

/** Weeks of a pregnancy told: "7 weeks pregnant", "6+3 weeks along", "孕7周", "怀孕六周", "怀孕两个月". */
const WEEKS_PREGNANT =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*\+\s*\d)?\s*(?:weeks?|wks?)\s+(?:pregnant|along|gestation)\b|(?:怀孕|懷孕|孕|妊娠)\s*(?:了)?\s*(\d{1,2}|[一二两兩三四五六七八九十]+)\s*(?:\+\d)?\s*(?:周|週|个?星期|個?星期)|(?:怀孕|懷孕)\s*(?:了)?\s*(\d|[一二两兩三四五六七八九十])\s*个?多?月/gi;
/** Pregnant now, said in words: the word itself, a positive test, 早孕. */
const PREGNANT_NOW =
  /\b(?:i'?m|i am|im|she'?s|she is|we'?re|just found out (?:i'?m|she'?s|i am|she is))\s+(?:\w+\s+){0,2}pregnant\b|\bpositive (?:pregnancy |home )?test\b|\b(?:my|her) pregnancy\b|怀孕了|懷孕了|已经怀孕|早孕|验孕棒[^，。]{0,6}(?:两道|二道|阳|陽)|两道杠|兩道槓|测出怀孕|查出怀孕/i;
/** Not pregnant, said so (the frame is then not this one). */
const NOT_PREGNANT =
  /\b(?:not|can'?t be|couldn'?t be|isn'?t|am not) pregnant\b|\bnegative (?:pregnancy )?test\b|\b(?:both|all|two|three)(?: of them)? (?:were |was |are |came back |come back )negative\b|(?<!blood )\btests? (?:were |was |are |came back |come back )negative\b|验了[^，。]{0,4}(?:阴性|一条杠|一道杠)|没(?:有)?怀孕|沒(?:有)?懷孕|不可能怀孕|验孕[^，。]{0,4}(?:阴性|一道杠|一条杠)/i;
/** A period late or missed: "period's about two weeks late", "missed my period", "last period was 7 weeks ago", 月经推迟. */
const PERIOD_LATE =
  /\bperiods?(?:'s| is| was| are)?\s+(?:\w+\s+){0,4}late\b|\bmissed (?:my|her|a|last month'?s) period\b|\bno period (?:for|since)\b|\b(?:late|overdue) period\b|(?:月经|月經|例假|大姨妈|大姨媽)[^，。；]{0,6}(?:推迟|推遲|晚了|迟了|遲了|没来|沒來|还没来|還沒來|过了|過了)|停经|停經/gi;
/** "Last period was (about) N weeks ago" / "haven't had a period for N weeks": a late period by count (five weeks or more). */
const LAST_PERIOD_WEEKS =
  /\b(?:last period (?:was |started )?|(?:haven'?t|have not|hasn'?t) had (?:a|my|her) period (?:for|in) )(?:about |around |nearly |almost |over |more than |like )?(\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve) weeks?\b/gi;

/** Belly pain or bleeding from below, the frame's complaint ("pain low down on the right", "cramps", "spotting", 下腹痛, 见红). */
const PAIN_OR_BLEEDING =
  /\b(?:pain|ache|aching|cramp\w*|hurt\w*|sore)\b[^.?!;]{0,40}\b(?:tummy|stomach|belly|abdom\w*|pelvi\w*|low(?:er)? down|one side|(?:left|right)(?: side)?|groin)\b|\b(?:tummy|stomach|belly|abdom\w*|pelvi\w*|low(?:er)? down|one side|(?:left|right) side|lower (?:left|right))\b[^.?!;]{0,30}\b(?:pain\w*|ache\w*|aching|cramp\w*|hurt\w*|sore)\b|\b(?:tummy|stomach|belly) ?ache\b|\bperiod[- ](?:type |like )?(?:pain|cramps?)\b|\bcramp(?:s|ing|y)\b|\bspotting\b|\bbleed(?:ing)?\b|\bbled\b|(?:肚子|小腹|下腹|小肚子|腹部|肚|腹)[^，。；]{0,6}(?:疼|痛|坠|墜)|(?:出血|流血|见红|見紅|褐色分泌物|咖啡色分泌物)/gi;

/** Fainting or collapse, or nearly: "nearly fainted in the shower", "passed out", "feel faint", 差点晕倒, 眼前发黑. A faint LINE
 *  on a test is no faint. */
const FAINT =
  /\b(?:faint(?:ed|ing)?|passed out|passing out|pass out|blacked out|black out|collaps(?:ed|ing))\b(?!\s+(?:line|positive|second|test))|晕倒|暈倒|昏倒|晕过去|暈過去|昏过去|差点晕|差點暈|快要?晕|快要?暈|要晕倒|眼前发黑|眼前發黑|晕厥|暈厥|虚脱|虛脫/gi;
/** Pain at the tip or top of a shoulder (or a named side's shoulder aching): "my shoulder tip hurts", "tip of my right shoulder",
 *  "the top of my right shoulder has been aching", 肩膀尖疼, 肩头痛. */
const SHOULDER_TIP =
  /\bshoulder[- ]?tips?\b|\b(?:tip|top) of (?:my|her|the) (?:(?:left|right) )?shoulder\b|\b(?:left|right) shoulder\b[^.?!;]{0,25}\b(?:hurt\w*|ach\w*|pain\w*|sore)\b|(?:肩膀尖|肩尖|肩头|肩頭)[^，。；]{0,4}(?:疼|痛|酸)|(?:肩膀|肩)[^，。；]{0,2}(?:疼|痛)/gi;

const PERSON_IN_CLAUSE = new RegExp(`\\b(?:my|our|his|her) (?:${RELATIVE_EN})\\b|\\b(?:he|him)\\b|(?:${RELATIVE_ZH})`, 'i');
/** The writer is the one pregnant ("I'm 7 weeks pregnant", 我怀孕): a sign told of another person is not hers. */
// 我 directly before the pregnancy or the period (review s29: "我妹妹怀孕" is the sister's pregnancy, not the writer's).
const WRITER_PREGNANT =
  /\b(?:i'?m|i am|im)\b[^.?!]{0,30}\bpregnant\b|\bmy (?:period|pregnancy)\b|我(?:已经|已經|现在|現在)?(?:怀孕|懷孕|孕)|我的?(?:月经|月經|例假)/i;

/** The sentence around a match (to the nearest . ? ! 。 ？ ！ or line end on each side), split at the match. */
function sentenceAround(text: string, m: RegExpMatchArray): { before: string; after: string } {
  const i = m.index ?? 0;
  const head = text.slice(0, i);
  const b = Math.max(...['.', '?', '!', ';', '。', '？', '！', '；', '\n'].map((x) => head.lastIndexOf(x))) + 1;
  const tail = text.slice(i + m[0].length);
  const e = tail.search(/[.?!;。？！；\n]/);
  return { before: head.slice(b), after: e < 0 ? tail : tail.slice(0, e) };
}
/** A faint with its own ordinary cause told right after it ("fainted when they took blood", "at the sight of blood", "from
 *  drinking", "…, always have"): not a sign of bleeding inside (review s29 S2: b04 b06 b27 b48
 *  b49 f09 f17). A faint on standing is kept: in early pregnancy with pain it may be blood lost inside. */
const FAINT_CAUSE_AFTER =
  /^\s*(?:when|while|during|at|after|from|because|as|on|getting|having|each time|every time)\b[^.?!;]{0,40}?\b(?:(?:took|take|taking|had|have|having|drew|drawing|draw) (?:my |the |some |a )?bloods?|blood (?:tests?|taken|draw|was taken)|bloods|needles?|sight of (?:the |my |her )?blood|(?:saw|see|seeing) (?:the |my |her )?blood|drinking|alcohol|drunk)\b|^[^.?!;]{0,40},\s*(?:i )?always (?:have|has|do|did|been)\b/i;
/** The same in Chinese, told just before the faint: 抽血时晕倒, 晕血晕倒, 喝醉了晕倒. */
const FAINT_CAUSE_BEFORE = /(?:抽血|打针|打針|见血|見血|晕血|暈血|喝醉|喝多)[^，。；]{0,8}$/;
/** A faint only feared or asked about ("what if I faint", "is fainting a sign of…", "afraid I'll faint", 会不会晕倒): nothing
 *  told (review s29 S2: b13 b14). */
const FAINT_ASKED_BEFORE =
  /\b(?:what if|in case|even if|if) (?:i|she) (?:do |does |did |were to |should )?$|\b(?:worried|afraid|scared|fear|worry|worrying)(?: that)? (?:i|she) ?(?:'ll|will|might|may|could|would|am going to|'m going to) (?:\w+ )?$|^\s*(?:is|are|does|do|can|could|would|will|should) (?:(?:feeling|being) )?$|(?:怕|担心|擔心|万一|萬一|如果|会不会|會不會|要是)[^，。；？]{0,4}$/i;
/** Shoulder pain with its own ordinary cause told beside it (review s29 S2: b16 b18 f16). */
const SHOULDER_CAUSE =
  /\b(?:from|after) (?:carrying|lifting|sleeping|the gym|work|working out|moving|holding|a fall)|\bslept (?:on it |funny|wrong)|\bpulled (?:a )?muscle|\bstrain\w*|落枕|搬|扭|拉伤|拉傷|累的|抱孩子|抱娃|健身/i;

/** Mentions of `re` in `text` affirmed where they stand: not negated in their clause, not told of the past. */
function affirmedAt(text: string, re: RegExp, others?: (clause: string) => boolean, excused?: (m: RegExpMatchArray, text: string) => boolean): boolean {
  const all = clauses(text);
  return matchesOf(re, text).some((m) => {
    if (excused?.(m, text)) return false;
    const c = clauseAt(all, m.index);
    // A Chinese denial may stand inside the match, between the site and the pain ("肚子不疼").
    if (/[不没沒无無未]/.test(m[0]) || isNegated(text, c, m.index) || isHistorical(text, c, new Date(), { start: m.index, end: m.index + m[0].length }))
      return false;
    return !others?.(text.slice(c.start, m.index));
  });
}

const weeksOf = (raw: string): number => {
  const n = readCount(raw);
  return Number.isFinite(n) ? n : Number.NaN;
};

/** Where the pregnancy stands: early (or of no stage told), a period late, later than the first trimester, or not said. */
export function pregnancyStage(text: string): 'early' | 'periodLate' | 'later' | undefined {
  if (NOT_PREGNANT.test(text)) return undefined;
  const told = matchesOf(WEEKS_PREGNANT, text).map((m) => (m[3] ? weeksOf(m[3]) * 4 : weeksOf(m[1] ?? m[2])));
  if (told.some((w) => w > 13)) return 'later';
  if (told.some((w) => w >= 3 && w <= 13) || affirmedAt(text, new RegExp(PREGNANT_NOW.source, 'gi'))) return 'early';
  if (affirmedAt(text, PERIOD_LATE)) return 'periodLate';
  if (matchesOf(LAST_PERIOD_WEEKS, text).some((m) => weeksOf(m[1]) >= 5 && weeksOf(m[1]) <= 16)) return 'periodLate';
  return undefined;
}

/** The frame's first two parts, told: early pregnancy (or a late period) with belly pain or bleeding — its signs are then
 *  worth a question of their own (risk-screens.ts earlyPregnancyPain). */
export function earlyPregnancyPain(text: string): boolean {
  const stage = pregnancyStage(text);
  return (stage === 'early' || stage === 'periodLate') && affirmedAt(text, PAIN_OR_BLEEDING);
}

/** Pain low down on one side of the belly ("pain low down on one side of my stomach", "sharp pain lower right", 右下腹疼). */
const ONE_SIDED_LOW =
  /\b(?:low(?:er)? down on (?:one|the (?:left|right)|my (?:left|right)) side|one side of (?:my|her|the) (?:lower )?(?:stomach|tummy|belly|abdomen)|(?:tummy|stomach|belly) ?ache on one side|(?:lower|low) (?:left|right)(?: side)?(?: of (?:my|her) (?:tummy|stomach|belly|abdomen))?|(?:left|right) lower (?:side|belly|tummy|abdomen))\b|(?:左|右|一侧|一邊|一边)(?:边|侧|側)?(?:下腹|小肚子|小腹)/gi;
/** One-sided low belly pain, affirmed: in a woman who could be pregnant, first a question of pregnancy and its signs. */
export function oneSidedLowPain(text: string): boolean {
  return affirmedAt(text, ONE_SIDED_LOW) && affirmedAt(text, PAIN_OR_BLEEDING);
}

/** A faint with an ordinary cause told beside it, or only feared or asked about. */
function faintExcused(m: RegExpMatchArray, text: string): boolean {
  const { before, after } = sentenceAround(text, m);
  return FAINT_CAUSE_AFTER.test(after) || FAINT_CAUSE_BEFORE.test(before) || FAINT_ASKED_BEFORE.test(before);
}
/** Shoulder pain with an ordinary cause told beside it. */
function shoulderExcused(m: RegExpMatchArray, text: string): boolean {
  const { before, after } = sentenceAround(text, m);
  return SHOULDER_CAUSE.test(after.slice(0, 40)) || SHOULDER_CAUSE.test(before.slice(-40));
}

/** Bleeding told and affirmed in early pregnancy (spotting, bleeding, 出血): its heaviness is the first question
 *  (review s29 S1: the screen must not push out "Has the bleeding become much heavier, with large clots?"). */
const BLEEDING = /\bspotting\b|\bbleed(?:ing)?\b|\bbled\b|出血|流血|见红|見紅/gi;
export function earlyPregnancyBleeding(text: string): boolean {
  return earlyPregnancyPain(text) && affirmedAt(text, BLEEDING);
}

/** A bare 男 / 男性 / "30岁男" told: the writer is a man (the case facts' readSex does not read it). */
export const BARE_MALE = /(?:^|[，,。；;\s、(（])男(?:性|士)?(?=[，,。；;\s、)）:：]|\d|$)|\d{1,3}\s*岁\s*男(?![朋友孩生童婴嬰宝寶])/;

/** The ectopic frame as a held situation (an emergency), or null when one of its three parts is missing. */
export function ectopicSigns(text: string): EctopicFinding | null {
  const stage = pregnancyStage(text);
  if (stage !== 'early' && stage !== 'periodLate') return null;
  if (!affirmedAt(text, PAIN_OR_BLEEDING)) return null;
  // A sign told of someone else ("my mum nearly fainted when I told her") is not the writer's when she is the one pregnant.
  const writerPregnant = WRITER_PREGNANT.test(text);
  const ofOther = (before: string): boolean => writerPregnant && PERSON_IN_CLAUSE.test(before);
  if (!affirmedAt(text, FAINT, ofOther, faintExcused) && !affirmedAt(text, SHOULDER_TIP, ofOther, shoulderExcused)) return null;
  return {
    id: 'ectopic-signs',
    level: 'emergency',
    title: {
      zh: '早孕或停经后腹痛/出血，伴晕厥或肩尖痛（疑似宫外孕内出血）',
      en: 'pain or bleeding in early pregnancy (or a late period) with fainting or shoulder-tip pain (possible ectopic bleeding)',
    },
    advice: {
      zh: '这可能是宫外孕破裂内出血：请立即拨打急救电话或去急诊，平躺，不要吃喝东西，不要独自开车去医院。',
      en: 'This may be a ruptured ectopic pregnancy bleeding inside: call an ambulance or go to A&E now, lie down, eat or drink nothing, and do not drive yourself.',
    },
  };
}
