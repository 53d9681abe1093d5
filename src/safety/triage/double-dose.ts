// A usual medicine taken one extra time, read as parts (a therapeutic error, not a poisoning): the writer's own regular
// medicine × told taken twice or one unit more (twice, a second dose, another one, a double dose, two instead of one,
// 多吃了一片/一次, 吃了两次, 重复吃了) × a class whose single extra adult dose is harmless (src/knowledge/double-dose.ts,
// a closed list) × no poisoning sign told (dizzy, faint, racing or pounding heart, chest pain, drowsy, vomiting, 心慌,
// 头晕…) × no young child, no more than one extra unit (three or more, a handful, the box) and no self-harm or overdose
// word. Then the poisoning finding that "accidentally took" / "took a double dose" raises is no finding: the question is
// the pharmacist's (blind aj014 "accidentally took my levothyroxine twice" was an emergency). Pure; lowers only that one
// finding, and only when every part is read.
import { DOUBLE_DOSE_TOLERATED, NARROW_MARGIN, NARROW_MARGIN_CLASSES } from '../../knowledge/double-dose.js';
import type { SignClass } from '../../knowledge/sign-classes.js';
import { dangerousClassIn, youngChild } from './child-medicine.js';
import { type ClinicalRule, clinicalRule } from './clinical.js';
import { anyClass, signClassesIn, signClassesOf } from './exposure-signs.js';

/** One extra: twice, a second/double dose, another one, two instead of one; 多吃了一片/一次, 吃了两次/两遍, 重复吃, 又吃了一次. */
const ONE_EXTRA =
  /\b(?:twice|two times|a second (?:dose|tablet|pill|one)|(?:a |an )?(?:double|doubled|extra) (?:dose|tablet|pill|capsule)s?|double[- ]dos(?:ed|ing)|another (?:one|dose|tablet|pill|capsule)|(?:2|two) instead of (?:1|one)|(?:2|two) (?:tablets?|pills?|capsules?|doses?) instead of (?:1|one)|took it again|taken it again|took (?:my|the) \w+ again)\b|多(?:吃|服|用)了(?:一|1)(?:片|粒|颗|次|顿|粒药)|(?:吃|服)了(?:两|2)(?:次|遍|回)|重复(?:吃|服)|又(?:吃|服)了(?:一|1)?(?:次|遍|片|粒)|吃了两片(?=[^。]{0,12}(?:平时|本来|应该)[^。]{0,4}一片)|(?:平时|本来|应该)[^。]{0,8}一片[^。]{0,8}(?:吃|服)了两片/i;
/** More than one extra: a count of three or more, a handful, a strip, the box or bottle. */
const MORE =
  /\b(?:[3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten|several|a handful|handful|a few|lots|a lot|(?:whole|entire) (?:box|pack|packet|bottle|strip))\b|[三四五六七八九十几]+(?:片|粒|颗|次)|一(?:整)?(?:盒|瓶|板)|整(?:盒|瓶|板)/i;
/** A sign of a poisoning, told as present (a denial "没什么感觉", "feel fine", "no symptoms" is none). */
const SIGN =
  /头晕|晕|心慌|心悸|心跳(?:很)?快|胸(?:口)?(?:痛|疼|闷)|呕吐|吐了|想吐|恶心|嗜睡|犯困|昏|抽搐|手抖|出汗|呼吸|喘|低血糖|\b(?:dizz\w*|faint\w*|light-?headed|palpitat\w*|pounding|racing|chest (?:pain|tight\w*)|vomit\w*|threw up|throwing up|nause\w*|sick|drows\w*|sleepy|confus\w*|shak\w*|tremor\w*|sweat\w*|breath\w*|seiz\w*|fit)\b/i;
const SIGN_DENIED =
  /没(?:什么|啥|有)?(?:感觉|不舒服|症状|反应)|没事|挺好|正常|\b(?:feel(?:s|ing)? (?:completely |totally |perfectly )?(?:fine|ok|okay|normal|well)|no symptoms|nothing (?:unusual|wrong))\b/gi;
const SELF_HARM_OR_OVERDOSE = /故意|想死|自杀|不想活|过量|\b(?:on purpose|deliberately|overdos\w*|kill|die|suicid\w*|end it)\b/i;

export interface DoubleDose {
  cls: string;
}

/** The tolerated class of a usual medicine taken one extra time by an adult with nothing else told, or null. */
export function readToleratedDoubleDose(text: string): DoubleDose | null {
  if (!ONE_EXTRA.test(text) || MORE.test(text.replace(/\b\d+\s*(?:mcg|µg|ug|mg|g|ml)\b|\d+\s*(?:微克|毫克|克|毫升)|\d+[:：.]\d+/gi, ' '))) return null;
  if (SELF_HARM_OR_OVERDOSE.test(text) || youngChild(text)) return null;
  if (SIGN.test(text.replace(SIGN_DENIED, ' '))) return null;
  // A medicine of a narrow-margin class named anywhere keeps the finding, whatever else is named beside it.
  if (dangerousClassIn(text) || NARROW_MARGIN.en.test(text) || NARROW_MARGIN.zh.test(text)) return null;
  for (const [cls, re] of Object.entries(DOUBLE_DOSE_TOLERATED)) if (re.en.test(text) || re.zh.test(text)) return { cls };
  return null;
}

// The other side of the same reading: a medicine of the narrow-margin table (knowledge/double-dose.ts) taken, given or
// injected one extra time — or daily when it is weekly — is a poisoning to check today, and an emergency once a sign
// of that medicine's own toxicity is told (a low sugar after a second insulin dose, mouth ulcers after daily
// methotrexate). Told any way: "gave myself my Lantus twice", "took double my lithium", "打了两次胰岛素", "秋水仙碱吃了双倍"
// (review s20 S11: only "accidentally took … twice" raised anything). A schedule ("twice a day", 一天两次), a question
// ("what if I take it twice", 如果吃了两次) or a denial is no extra dose. Raise only.

/** One extra dose, told as done: twice, double, a second dose, again, two doses; 两次/双倍/两倍/重复/又…一次/多打了. */
const EXTRA =
  /\b(?:twice|two times|double(?:d)?(?: (?:my|the|his|her|their|a|up|up on))?|(?:a |an )?(?:double|extra|second) (?:dose|shot|injection|jab|tablet|pill|capsule)s?|two (?:doses|shots|injections|lots)|(?:took|taken|had|injected|gave (?:myself|himself|herself|him|her)) (?:it|them|(?:my|his|her|the) \w+(?: \w+)?) again|again by mistake|dose(?:d)? (?:myself |him |her )?again)\b|(?:吃|服|打|注射|用|喝)了?(?:两|2|二)(?:次|遍|回|针)|(?:双倍|两倍|加倍)|重复(?:吃|服|打|注射|用)|又(?:吃|服|打|注射|用)了(?:一|1)?(?:次|遍|针|片|粒)|多(?:吃|服|打|注射|用)了(?:一|1)?(?:次|针|片|粒|顿)/i;
/** A schedule, not an extra dose ("twice a day", "twice daily", 一天两次, 每天吃两次). */
const SCHEDULE =
  /\btwice (?:a|per|each|every) (?:day|week|night|morning)\b|\btwice[- ]daily\b|\btwice weekly\b|\b(?:bd|bid)\b|(?:一天|每天|每日|一日|每周|一周)(?:吃|服|打|注射|用)?(?:两|2|二)次/gi;
/** Daily when it is weekly (methotrexate's fatal error). */
const DAILY_NOT_WEEKLY =
  /\b(?:every ?day|daily|each day|every morning)\b[^.?!]{0,40}\b(?:instead of|rather than|not|when it should be|when it'?s meant to be|supposed to be)\b[^.?!]{0,20}\b(?:weekly|once a week|once-weekly|every week|each week)\b|\b(?:weekly|once a week)\b[^.?!]{0,40}\b(?:but|and) (?:i'?ve been|he'?s been|she'?s been|i was|was) (?:taking|having) (?:it|them) (?:every ?day|daily)\b|(?:每天|天天|每日)[^。？！]{0,12}(?:本来|应该|其实|医生说)[^。？！]{0,8}(?:每周|一周|一星期|一个星期|每星期)(?:一次|吃一次)|(?:每周|一周|一星期|一个星期)(?:一次|吃一次)[^。？！]{0,12}(?:当成|却|但)[^。？！]{0,6}(?:每天|天天)|当成每天/i;
/** The extra dose asked about, not taken ("what if I take my insulin twice", 如果吃了两次会怎样). */
const ASKED_BEFORE =
  /\b(?:what (?:if|happens if|would happen if)|if (?:i|you|he|she|someone|they) (?:take|took|had|inject|injected|accidentally)|in case|should i|can i|is it (?:ok|okay|safe|dangerous) to|how (?:do|can) i avoid)\b|如果|万一|要是|假如|能不能|可不可以|会不会/i;
/** A prescriber's change, not an error ("my doctor doubled my lithium", "医生让我把胰岛素加倍"). */
const PRESCRIBED =
  /\b(?:doctor|dr|gp|psychiatrist|consultant|nurse|diabetes team|specialist|prescriber|pharmacist|clinic)\b[^.?!]{0,30}\b(?:doubled?|increased?|raised?|upped|ups|told (?:me|him|her) to|said to|wants? (?:me|him|her) to|put (?:me|him|her) on)\b|(?:医生|大夫|医师|药师)[^，。？！]{0,10}(?:加倍|加量|加到|翻倍|让|叫|说)/i;
const NOT_TAKEN =
  /\b(?:didn'?t|did not|haven'?t|have not|never|nearly|almost)\s+(?:\w+\s+)?(?:take|took|taken|inject|injected|give|gave|have|had|use|used|eat|eaten)\b|没(?:有)?(?:吃|打|服|注射|用)|差点|险些/gi;
/** A meal or food as the denial's object: 没吃饭 / 晚饭还没吃 / "haven't had dinner" deny the meal, never the dose — and
 *  an extra dose on an empty stomach is the more dangerous (review s21 S17). */
const MEAL = /饭|早餐|午餐|晚餐|东西|夜宵|\b(?:breakfast|lunch|dinner|supper|tea|food|anything|a meal|eaten|eat)\b/i;
/** The dose itself denied before the extra-dose words: a denial whose object (the words after it, or before a zh verb)
 *  is not a meal. */
function doseDenied(before: string): boolean {
  for (const m of before.matchAll(NOT_TAKEN)) {
    const at = m.index ?? 0;
    if (/^(?:差点|险些|nearly|almost)/i.test(m[0])) return true;
    const after = before.slice(at + m[0].length, at + m[0].length + 12);
    const ahead = before.slice(Math.max(0, at - 6), at);
    if (MEAL.test(m[0]) || MEAL.test(after.split(/[，,。；;]|\band\b/)[0] ?? '') || /(?:饭|餐)[^，,。]{0,3}$/.test(ahead)) continue;
    return true;
  }
  return false;
}
/** Asked right after the words, in their own clause and with no 了/过 of a done act ("明天要吃两次吗"): a question, not a
 *  dose taken. "吃了两次，要紧吗" and "took it twice, is that ok?" stay doses told (the question is about them). */
const ASKED_AFTER = /^[^，。,.了过]{0,10}(?:吗|么|呢|好不好|行不行|可不可以)/;
/** A taking told anywhere (吃重了, 吃多了一顿, 重复, 已经吃过, again, extra, doubled): the question after it is about a dose taken.
 *  A missed or denied taking (漏吃了, 没吃过, 忘了吃) tells none. */
const TOLD_TAKING =
  /(?<![漏没沒忘未不])(?:吃|服|喝|用|打|吞)(?:了|过|過|重|多|错|錯)|重复|重複|多吃|多服|双倍|雙倍|又吃|又服|已经|已經|\b(?:took|taken|had|already|again|extra|doubled|twice today|by mistake|accidentally)\b/i;
/** A weekly medicine and a daily taking in one sentence, either order (我每周一次的甲氨蝶呤，这周天天吃了 / "my weekly
 *  methotrexate, I took it every day"): a schedule of the weekly one broken. Folic acid is the daily tablet beside it. */
const WEEKLY = /(?:每|一)(?:个)?(?:周|星期|礼拜)(?:吃|服)?(?:一次|一回|一片)?|\b(?:weekly|once a week|once-weekly|every week|each week)\b/i;
const DAILY = /每天|天天|每日|一天一次|\b(?:every ?(?:single )?day|daily|each day|every (?:morning|night)|each (?:morning|night))\b/i;
const FOLIC = /叶酸|\bfol(?:ic|ate|inic)\b/i;
/** The daily taking itself asked about ("should I take it daily", "is it safe to take methotrexate every day", 要每天吃吗) —
 *  not a question beside a daily taking told ("I took it every day, should I stop?", 每天都吃了，要不要紧). */
const QUESTION =
  /\b(?:do|should|can|shall|could) (?:i|we|you|he|she|they) (?:\w+ ){0,2}(?:take|have|give|use)\b[^.?!]{0,30}\b(?:every ?day|daily)\b|\bis it (?:ok|okay|safe|fine|dangerous) to (?:take|have|give)\b[^.?!]{0,30}\b(?:every ?day|daily)\b|(?:要|能|可以|需要|该)(?:每天|天天|每日)|(?:每天|天天|每日)[^，。了]{0,4}(?:吗|么)/i;

export interface NarrowMarginExtra {
  cls: string;
  /** A sign of that medicine's own toxicity is told (or it was taken daily instead of weekly with any sign). */
  sign: boolean;
}

const SENTENCE = /[。！？!?\n]|\.(?:\s|$)/;

/** A narrow-margin medicine taken one extra time (or daily instead of weekly), told as done, or null. `signs`: the
 *  classes of the signs the triage's one sign reader found (read here when not given). */
export function readNarrowMarginExtra(text: string, signs?: ReadonlySet<SignClass>): NarrowMarginExtra | null {
  for (const s of text.split(SENTENCE)) {
    const unscheduled = s.replace(SCHEDULE, (m) => ' '.repeat(m.length));
    const weeklyDaily = WEEKLY.test(s) && DAILY.test(unscheduled) && !FOLIC.test(s) && !QUESTION.test(s);
    const extra = EXTRA.exec(unscheduled) ?? DAILY_NOT_WEEKLY.exec(s) ?? (weeklyDaily ? DAILY.exec(unscheduled) : null);
    if (!extra) continue;
    const before = s.slice(0, extra.index);
    const after = s.slice(extra.index + extra[0].length);
    // …and only when the WHOLE message tells no taking (review s22 S5): '今早华法林吃重复了，明天要吃两次吗' keeps the told one.
    const askedAfter = ASKED_AFTER.test(after) && !/[了过]/.test(extra[0]) && !TOLD_TAKING.test(text.replace(s, ` ${before} `));
    if (ASKED_BEFORE.test(before) || askedAfter || doseDenied(before) || PRESCRIBED.test(s)) continue;
    for (const [cls, c] of Object.entries(NARROW_MARGIN_CLASSES)) {
      if (!c.en.test(s) && !c.zh.test(s)) continue;
      // The row's own words count only in a clause that denies nothing ("no bleeding or bruising" is no sign).
      const affirmed = text
        .split(/[,，。.;；!?！？]/)
        .filter((cl) => !/\b(?:no|not|without|never|denies)\b|n't\b|没|无|不/i.test(cl))
        .join('。');
      return { cls, sign: c.signs.test(affirmed) || anyClass(signs ?? signClassesIn(text), c.classes) };
    }
  }
  return null;
}

/** Someone TAKING the medicine (on it, takes it, 在吃, 服用, 一直吃): its toxicity read from the signs alone. */
const TAKING =
  /\b(?:i'?m|i am|he'?s|she'?s|they'?re|is|are|was|been|been on|am) on (?:\w+ ){0,2}$|\b(?:take|takes|taking|took|started|start|been taking|on)\s+(?:(?:my|his|her|their|the) )?(?:\w+ )?$|(?:在|一直|长期|每天|每周)(?:吃|服|服用|用)[^，。]{0,3}$|(?:吃|服|服用)(?:着|了)?$|服用$/i;
/** A question about the medicine's signs in general, not a person's ("what are the signs of lithium toxicity"). */
const ABOUT_SIGNS =
  /\b(?:what (?:are|is)|signs of|symptoms of|side[- ]effects?|how do (?:i|you) know)\b|副作用|有哪些|什么(?:症状|表现)|(?:中毒|过量)(?:的)?(?:症状|表现)/i;

export interface NarrowMarginToxicity {
  cls: string;
  level: 'emergency' | 'urgent';
}

/** A narrow-margin medicine the person is taking × a sign combination of its own toxicity (knowledge/double-dose.ts
 *  `toxicity`), with no extra dose needed (review s21 S14: lithium, vomiting and an unsteady walk read routine). */
export function readNarrowMarginToxicity(text: string, signs?: ReadonlySet<SignClass>): NarrowMarginToxicity | null {
  if (ABOUT_SIGNS.test(text) || youngChild(text)) return null;
  let present = signs;
  let best: NarrowMarginToxicity | null = null;
  for (const [cls, c] of Object.entries(NARROW_MARGIN_CLASSES)) {
    if (!c.toxicity) continue;
    const m = c.en.exec(text) ?? c.zh.exec(text);
    if (!m || !TAKING.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    present ??= signClassesIn(text);
    const all = (combo: readonly SignClass[]) => combo.every((k) => present?.has(k));
    if (c.toxicity.emergency.some(all)) return { cls, level: 'emergency' };
    if (!best && c.toxicity.urgent.some(all)) best = { cls, level: 'urgent' };
  }
  return best;
}

/** The narrow-margin emergencies: a structured finding (the medicine × its own toxicity signs) that triage.ts does not
 *  let the learned reader lower — it heard "每周一次…天天吃了" as a schedule question (review s21 S1). */
export const NARROW_MARGIN_EMERGENCY_IDS: ReadonlySet<string> = new Set(['narrow-margin-extra-dose-toxic', 'narrow-margin-toxicity']);

export const NARROW_MARGIN_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'narrow-margin-extra-dose-toxic',
    'emergency',
    '多用了一次安全范围很窄的药，并已出现这种药中毒的表现',
    'an extra dose of a narrow-margin medicine, with signs of its toxicity',
    '立即拨打急救电话或去急诊，带上药盒并说清多用了多少、什么时候：这些表现说明药量已经过多。胰岛素或降糖药引起的低血糖，如果人还清醒能吞咽，先吃15克糖（果汁、糖块）。',
    'Call emergency services or go to an emergency department now with the packet, saying how much extra and when: these signs mean the dose is already too much. For a low sugar after insulin or a diabetes tablet, if awake and able to swallow, take 15 g of fast sugar (juice, sweets) now.',
    (c) => readNarrowMarginExtra(c.text, signClassesOf(c.signs))?.sign === true,
  ),
  clinicalRule(
    'narrow-margin-extra-dose',
    'urgent',
    '多用了一次安全范围很窄的药（胰岛素、磺脲类降糖药、锂、地高辛、秋水仙碱、甲氨蝶呤、阿片类等）',
    'an extra dose of a narrow-margin medicine (insulin, a sulfonylurea, lithium, digoxin, colchicine, methotrexate, an opioid…)',
    '现在就打中毒急救热线、药师或开药的医生，说清是什么药、多用了多少、什么时候；不要再补下一次。出现低血糖、呕吐、嗜睡、心慌或口腔溃疡时立即拨打急救电话。',
    "Call poison control, a pharmacist or the prescriber now with the medicine's name, how much extra and when, and do not take the next dose until told. Call emergency services for a low sugar, vomiting, drowsiness, palpitations or mouth ulcers.",
    (c) => {
      const r = readNarrowMarginExtra(c.text, signClassesOf(c.signs));
      return r !== null && !r.sign;
    },
  ),
  clinicalRule(
    'narrow-margin-toxicity',
    'emergency',
    '正在服用安全范围很窄的药（锂、地高辛、甲氨蝶呤等），并出现这种药中毒的表现',
    'taking a narrow-margin medicine (lithium, digoxin, methotrexate…) with signs of its toxicity',
    '立即拨打急救电话或去急诊，带上药盒：这些表现可能是药物中毒（锂中毒、甲氨蝶呤骨髓抑制等），需要马上查血。先不要再吃下一次。',
    'Call emergency services or go to an emergency department now with the packet: these signs can be the medicine poisoning (lithium toxicity, methotrexate marrow suppression) and need a blood test now. Do not take the next dose until told.',
    (c) => readNarrowMarginToxicity(c.text, signClassesOf(c.signs))?.level === 'emergency',
  ),
  clinicalRule(
    'narrow-margin-toxicity-same-day',
    'urgent',
    '正在服用安全范围很窄的药，并出现可能是这种药中毒早期的表现',
    'taking a narrow-margin medicine with early signs that can be its toxicity',
    '今天就联系开药的医生、药师或去医院查血药浓度或血常规；先不要再吃下一次。出现走路不稳、意识混乱、抽搐或口腔溃疡加发烧时立即拨打急救电话。',
    'Contact the prescriber or a pharmacist today, or get seen for a blood level or blood count, and hold the next dose until told. Call emergency services for unsteadiness, confusion, a fit, or mouth ulcers with a fever.',
    (c) => readNarrowMarginToxicity(c.text, signClassesOf(c.signs))?.level === 'urgent',
  ),
];
