// Questions a first turn must carry when the opening holds an emergency candidate it cannot decide: a situation whose
// danger is told only by signs the patient has not mentioned yet (a headache ten days after a birth: the blood pressure,
// the sight; cramps at seven weeks: heavier bleeding, one side, the shoulder tip, a faint). Each frame reads structure —
// who (a mother within six weeks of the birth, an early pregnancy), what (her headache, her pain or bleeding) — not a
// complaint's name, and asks the discriminating signs in one question.
//
// ADDITIVE BY CONSTRUCTION (review s29: a screen given a slot of the first turn pushed out the heavier-bleeding question
// START asked, and an emergency ended urgent): these questions are never ranked with the others. The policy builds its
// turn exactly as before; `withMustAsk` appends the frames' questions AFTER it, one each, only those whose signs the turn
// does not already ask — so every question the turn had stays, in its place and order.
import { clauseAt, clauses, isNegated } from '../safety/red-flags/context.js';
import { readCount } from '../safety/red-flags/numbers.js';
import { GROIN_TESTIS_ASK, groinPainYoungMale } from './groin-testis.js';
import { toldMention } from './mention.js';
import { HEADACHE, withinSixWeeksOfBirth } from './postpartum-headache.js';
import type { CaseFacts, ConsultLang } from './types.js';

export interface MustAskContext {
  /** The opening in the patient's own words. */
  text: string;
  facts: CaseFacts;
}

export interface MustAskFrame {
  id: 'postpartum-headache' | 'early-pregnancy-pain-bleeding' | 'one-sided-pain-pregnancy-possible' | 'groin-pain-young-male';
  applies(ctx: MustAskContext): boolean;
  ask: Record<ConsultLang, string>;
  /** The frame's signs, each of which some question of the turn must name for the frame to be asked already. */
  covered: readonly RegExp[];
}

/** A mention affirmed where it stands (not negated in its clause). */
export const told = (text: string, re: RegExp): boolean => toldMention(text, re);

// ── early pregnancy ────────────────────────────────────────────────────────────────────────────────────────────────
/** A gestation told in weeks ("7 weeks pregnant", "pregnant (6 wks)", "怀孕7周", "孕8周", "停经45天"): the weeks. */
const GESTATION_EN =
  /\b(\d{1,2})\s*(?:\+\d\s*)?(?:weeks?|wks?|w)\s*(?:pregnant|along|gestation)\b|\bpregnant\b[^.!?\n]{0,20}?\b(\d{1,2})\s*(?:weeks?|wks?)\b/gi;
const GESTATION_ZH = /(?:怀孕|懷孕|孕|怀了|懷了)(?:已经|才|刚)?(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:周|週|个?星期)|停经(\d{1,3})天/g;
/** Early pregnancy without a count: newly found out, a positive test, a late or missed period. */
const EARLY_WORDS =
  /\b(?:just found out (?:i'?m|i am|she'?s|she is|we'?re) pregnant|positive pregnancy test|(?:pregnancy )?test (?:was|came back|is) positive|tested positive|early pregnancy|newly pregnant)\b|\bperiods?(?:'s| is| was| has been)? (?:\w+ ){0,3}?(?:late|overdue)\b|\bmissed (?:my |her |a )?period\b|\blate period\b|刚怀孕|刚发现怀孕|早孕|验孕[^，。]{0,6}(?:阳性|两条杠|两道杠)|月经(?:推迟|晚了|迟了|没来|延迟)|(?:大姨妈|例假)(?:推迟|晚了|迟了|没来)/gi;
/** Pregnant at all (a gestation unknown). */
const PREGNANT = /\bpregnan(?:t|cy)\b|怀孕|懷孕|孕期|有了身孕/gi;
/** Not pregnant: said so, or a PREGNANCY test negative (an infection test's result says nothing of it; review s29 r28–r30). */
const NOT_PREGNANT =
  /\b(?:not|n'?t be|never been) pregnant\b|\bpregnancy tests? (?:\w+ ){0,2}?negative\b|\bnegative pregnancy tests?\b|没(?:有)?怀孕|不是怀孕|验孕[^，。]{0,6}(?:阴性|一条杠|一道杠)|试纸[^，。]{0,4}(?:阴性|一条杠)/i;

/** Pain or cramps of the belly, pelvis or one side, or any bleeding, told and not denied. */
export const PAIN_OR_BLEEDING =
  /\bcramp\w*|\b(?:tummy|belly|stomach|abdominal|pelvic|groin|ovary|side)\s+(?:pain|ache|aching|twinges?|hurts?)\b|\b(?:pain|ache|aching|twinges?|stitch)\b[^.,;!?\n]{0,25}\b(?:tummy|belly|stomach|abdomen|pelvis|side|left|right|groin)\b|\bbleed\w*|\bspotting\b|\bblood\b|\bbrown (?:discharge|spotting)\b|(?:肚子|小腹|下腹|腹部|左下|右下|左边|右边|一侧|一边|侧)[^，。,.]{0,4}(?:痛|疼|坠|绞)|(?:痛|疼)[^，。,.]{0,2}(?:肚子|小腹|下腹)|出血|流血|见红|褐色分泌物|咖啡色分泌物|有血|血丝/gi;

/** Pregnancy ruled out another way (review s30 b16, b30): no womb, tubes tied, or a test told negative after a late
 *  period ("the test was negative"). A separate reading, so NOT_PREGNANT keeps its meaning. */
const PREGNANCY_RULED_OUT =
  /\b(?:had (?:a |my )?)?hysterectomy\b|\b(?:my )?(?:womb|uterus) (?:was |has been )?removed\b|\btubes? (?:(?:were|was|are|got) )?(?:tied|clipped|cut)\b|\bsterili[sz](?:ed|ation)\b|\b(?:the|a|my|home) tests? (?:was|were|came back|is|are|came up|showed) (?:\w+ )?negative\b(?! for)|\bnegative (?:home )?tests?\b(?! for)|\btested negative\b(?! for)|子宫(?:已经)?切(?:除|掉)|切(?:除|掉)了?子宫|结扎|验孕[^，。]{0,6}(?:阴性|一条杠|一道杠)|测了?[^，。]{0,4}(?:阴性|一条杠)/i;

/** Pregnancy told ruled out: not pregnant, a negative pregnancy test, no womb, tubes tied (read by emergency-pictures.ts). */
export const pregnancyRuledOut = (text: string): boolean => NOT_PREGNANT.test(text) || PREGNANCY_RULED_OUT.test(text);

function earlyPregnancy(text: string): boolean {
  if (NOT_PREGNANT.test(text) || PREGNANCY_RULED_OUT.test(text)) return false;
  const weeks = [
    ...[...text.matchAll(GESTATION_EN)].map((m) => Number(m[1] ?? m[2])),
    ...[...text.matchAll(GESTATION_ZH)].map((m) => (m[2] ? Number(m[2]) / 7 : readCount(m[1] ?? ''))),
  ].filter((w) => Number.isFinite(w));
  if (weeks.length) return Math.min(...weeks) <= 13;
  return told(text, EARLY_WORDS) || told(text, PREGNANT);
}

/** A last period N weeks ago, N 5–16 ("last period was about 7 weeks ago", 上次月经是7周前): late for most cycles. */
const LAST_PERIOD_WEEKS =
  /\blast period (?:was |started )?(?:about |around |roughly |maybe )?(\d{1,2}) (?:weeks?|wks?) ago\b|(?:上次|末次)月经[^，。,.]{0,4}?(\d{1,2})(?:周|个星期)(?:前|之前)/gi;

/** Early pregnancy (above) or a period late by words or by the weeks since the last one. */
export function earlyPregnancyOrLatePeriod(text: string): boolean {
  if (earlyPregnancy(text)) return true;
  return [...text.matchAll(LAST_PERIOD_WEEKS)].some((m) => {
    const n = Number(m[1] ?? m[2]);
    return n >= 5 && n <= 16;
  });
}

/** Pain low on one side of the belly (or one side told with a belly pain): the pain an ectopic pregnancy gives. */
const ONE_SIDED_LOW_PAIN =
  /\b(?:one side|left side|right side|lower (?:left|right)|(?:left|right) (?:lower|side))\b[^.!?\n]{0,30}\b(?:stomach|tummy|belly|abdomen|pelvis|pain|ache|cramps?)\b|\b(?:pain|ache|cramps?|tummy ache|stomach ache)\b[^.!?\n]{0,30}\b(?:one side|left side|right side|lower (?:left|right)|low (?:down )?on (?:the |my )?(?:left|right|one side))\b|(?:左|右)下腹[^，。,.]{0,4}(?:痛|疼)|(?:左|右)边[^，。,.]{0,2}(?:小腹|下腹|肚子)[^，。,.]{0,3}(?:痛|疼)|(?:小腹|下腹|肚子)[^，。,.]{0,3}(?:一侧|一边|左边|右边)[^，。,.]{0,3}(?:痛|疼)/gi;
/** Pregnancy or the period's timing told (either way; "period pain" tells no timing): the frame asks only when not. */
const PREGNANCY_STATUS =
  /\bpregnan|\bperiods? (?:is |was |are |has been )?(?:\w+ )?(?:late|overdue|due|normal|regular|on time|started|finished|came)\b|\bmissed (?:my |a )?period\b|\b(?:on|had) my period\b|\blast period\b|\blmp\b|怀孕|懷孕|月经(?:推迟|晚|迟|没来|正常|刚|来了|规律)|(?:例假|大姨妈)(?:推迟|晚|迟|没来|正常|刚|来了)|验孕/i;
/** The opening is about a man ("my husband…", 男/male told): facts.ts sex covers the writer's own. */
const ABOUT_A_MAN =
  /\b(?:my|our|her) (?:husband|son|dad|father|brother|boyfriend|grandad|grandfather|grandson|nephew)\b|\b(?:he|him|his)\b|老公|儿子|爸爸|爷爷|外公|男朋友|孙子|(?:^|[^女])男/i;
/** The writer says he is a man ("I'm a guy", "40M", "male, 35"): a separate reading beside ABOUT_A_MAN (review s30 d12). */
const WRITER_A_MAN = /\b(?:i'?m|i am) (?:a )?(?:guy|bloke|man|male|dude|fella|lad)\b|\bmale,? \d{1,2}\b|\b\d{1,2},? male\b|我是男(?:的|生|人)?/i;
const WRITER_A_MAN_AGE = /\b\d{1,2} ?(?:M|yo M|y\/o M)\b/;
/** The pain's site is named and is not low in the belly (chest, back, loin, ear, head…; review s30 c26–c28): the one-sided
 *  frame is for pain low in the belly or pelvis. Read in the one-sided pain's clause (a belly word there keeps it). */
const NOT_BELLY_SITE =
  /\b(?:chest|back|loin|flank|kidney|ear|ears|head|neck|shoulder|arm|leg|knee|hip|jaw|eye|tooth|teeth|rib|ribs|breast|foot|hand|face|throat|buttock)\b|胸|背|腰|耳|头|颈|脖子|肩|手臂|腿|膝|牙|眼|乳房/i;
const BELLY_SITE = /\b(?:stomach|tummy|belly|abdomen|abdominal|pelvis|pelvic|groin|ovary|ovaries|lower (?:left|right))\b|小腹|下腹|肚子|腹/i;
function oneSidedLowPain(text: string): boolean {
  const all = clauses(text);
  for (const m of text.matchAll(ONE_SIDED_LOW_PAIN)) {
    const at = m.index ?? 0;
    if (/[不没無无]/.test(m[0])) continue;
    const c = clauseAt(all, at);
    const clause = text.slice(Math.min(c.start, at), Math.max(c.end, at + m[0].length));
    if (NOT_BELLY_SITE.test(clause) && !BELLY_SITE.test(clause)) continue;
    if (!isNegated(text, c, at)) return true;
  }
  return false;
}

export const MUST_ASK: readonly MustAskFrame[] = [
  {
    // NICE NG133 / RCOG: a headache in the six weeks after a birth — the blood pressure and the signs of pre-eclampsia.
    id: 'postpartum-headache',
    applies: ({ text }) => withinSixWeeksOfBirth(text) && told(text, HEADACHE),
    ask: {
      zh: '生完孩子后量过血压吗，最近一次是多少？有没有看东西模糊、眼前闪光或黑点，脸或手肿，或者右上腹（右边肋骨下）疼？',
      en: 'Since the birth, has your blood pressure been checked, and what was the last reading? Any blurred vision, flashing lights or spots, swelling of your face or hands, or pain under your right ribs?',
    },
    covered: [/血压|blood pressure/i, /模糊|闪光|blur|flash|vision/i],
  },
  {
    // NICE NG126 (ectopic pregnancy and miscarriage): pain or bleeding in early pregnancy — heavier bleeding, pain on one
    // side, shoulder-tip pain, feeling faint. Asked whatever words the bleeding was told in, or with none told.
    id: 'early-pregnancy-pain-bleeding',
    applies: ({ text, facts }) => facts.sex !== 'male' && earlyPregnancy(text) && told(text, PAIN_OR_BLEEDING),
    ask: {
      zh: '有没有出血——是不是越来越多、有血块，或一小时就湿透一片卫生巾？疼痛是不是偏在一侧或越来越重？有没有肩膀尖疼、头晕要晕倒？',
      en: 'Is there any bleeding — getting heavier, with clots, or soaking a pad within an hour? Is the pain on one side or getting worse? Any pain in the tip of your shoulder, or feeling faint?',
    },
    covered: [/血块|湿透|heavier|clots|soak/i, /一侧|one side/i, /肩|shoulder/i, /晕|faint/i],
  },
  {
    // NICE NG126: one-sided low belly pain in someone who could be pregnant — a late period first, then the signs of
    // bleeding inside. Not for a man, an age outside 12–55, or an opening that already says pregnancy or periods.
    id: 'one-sided-pain-pregnancy-possible',
    applies: ({ text, facts }) =>
      facts.sex !== 'male' &&
      (facts.age === undefined || (facts.age >= 12 && facts.age <= 55)) &&
      !ABOUT_A_MAN.test(text) &&
      !WRITER_A_MAN.test(text) &&
      !WRITER_A_MAN_AGE.test(text) &&
      !PREGNANCY_STATUS.test(text) &&
      !PREGNANCY_RULED_OUT.test(text) &&
      oneSidedLowPain(text),
    ask: {
      zh: '有没有可能怀孕——月经推迟或没来吗？有没有肩膀尖疼，或头晕要晕倒？',
      en: 'Could you be pregnant — is your period late or missed? Any pain in the tip of your shoulder, or feeling faint?',
    },
    covered: [/怀孕|pregnan/i, /肩|shoulder/i, /晕|faint/i],
  },
  {
    // NICE CKS (scrotal pain) / BAUS: a torsion told as a groin pain or pull in a boy or young man (groin-testis.ts) —
    // the testis, its sudden onset, swelling, a high-riding testis, vomiting.
    id: 'groin-pain-young-male',
    applies: ({ text, facts }) => groinPainYoungMale(text, facts),
    ask: GROIN_TESTIS_ASK,
    covered: [/睾丸|testic/i, /呕吐|vomit/i],
  },
];

/**
 * The frames' questions for this opening that the turn does not already ask, in frame order. `turn` is the questions
 * the policy chose (and any asked before): a frame is left out when its question is among them, or when every one of
 * its signs is named by some question there.
 */
export function mustAskQuestions(ctx: MustAskContext, lang: ConsultLang, turn: readonly string[]): string[] {
  return MUST_ASK.filter((f) => f.applies(ctx) && !turn.includes(f.ask[lang]) && !f.covered.every((re) => turn.some((q) => re.test(q)))).map(
    (f) => f.ask[lang],
  );
}

/** The turn's questions with the must-ask ones after them: the turn is a prefix of the result, in its own order. */
export function withMustAsk<Q extends { text: string }>(turn: readonly Q[], added: readonly Q[]): Q[] {
  return [...turn, ...added.filter((a) => !turn.some((q) => q.text === a.text))];
}
