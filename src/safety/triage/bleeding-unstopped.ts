// A bleed that pressure has not stopped in a MEASURED time (session 43, #19; blind triage-bg bg110: "my nose has been
// bleeding for 45 mins, pinched it properly … twice for 10 mins each, still pouring" was urgent). First aid for a
// nosebleed or a cut is 10–15 minutes of firm pressure; a bleed still going after 20 minutes or more needs emergency care
// (NHS nosebleeds: A&E when it lasts over 10–15 minutes; MTS "uncontrollable haemorrhage"). Read by FORM, in one
// sentence: a bleed × the writer's own number of minutes (≥ 20) or hours (1–12) × the bleed told as STILL going. The
// sign table reads the adjectives ("pouring", 止不住); this reading needs none of them, only a number and "still".
// Steps aside (fail closed, it only raises): a bleed told as stopped (才止住, "stopped after 30 min"), a light one (a bit,
// oozing, 渗), bleeding from the womb, gums or a period (their own rules), days (a slow ooze is no emergency here), a
// question about a hypothetical. Pure.
import { messageSentences } from './normalise.js';

const BLEED = /\b(?:bleed\w*|nosebleeds?|blood)\b|出血|流血|流鼻血|鼻血|冒血|渗血|血/i;
/** Minutes or hours the writer gives, as numbers or words (45 mins, an hour, 半小时, 四十分钟, 一个多小时). */
const MINUTES_EN = /\b(\d{1,3})\s*(?:\+\s*)?(?:mins?|minutes)\b/gi;
const HOURS_EN = /\b(\d{1,2}|an?|one|two|three|four|five|six)\s*(?:and a half\s+)?(?:hours?|hrs?)\b|\bhalf an hour\b/gi;
const WORD_NUM: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const MINUTES_ZH = /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:多)?分钟/g;
const HOURS_ZH = /(\d{1,2}|[一二两三四五六七八九十]{1,2}|半)\s*(?:个)?(?:多)?(?:小时|钟头)/g;
/** Still going: "still bleeding/pouring/going", "won't stop", 还在流, 止不住. */
const STILL =
  /\bstill (?:\w+ ){0,2}?(?:bleeding|pouring|going|coming|running|dripping|flowing|gushing|streaming)\b|\b(?:won'?t|wont|will not|doesn'?t|does not|isn'?t|is not|hasn'?t|has not|not) (?:stop(?:ping|ped)?|slow(?:ing)?(?: down)?)\b|还在(?:流|出|冒|往)|止不住|压不住|停不下来|没止住|不停|一直(?:流|出|冒)/i;
/** "hasn't stopped", 还没止住: a stop denied is no stop (masked before STOPPED reads). */
const STOP_DENIED = /\b(?:hasn'?t|has not|haven'?t|have not|hadn'?t|had not|not|never|isn'?t|wasn'?t)\s+(?:\w+\s+)?stopped\b|没(?:有)?止住|没停/gi;
/** Told as stopped, light, or from a site with its own rules; a hypothetical. */
const STOPPED = /\b(?:stopped|has stopped|finally stopped|eventually stopped|it stopped)\b|才止住|止住了|已经止住|停了|不流了/i;
const LIGHT = /\b(?:a (?:bit|little)|slightly|ooz\w*|seep\w*|spott\w*|trickl\w*|few drops)\b|渗|一点点|一丝|几滴/i;
const OWN_RULES =
  /\bblood (?:pressure|sugars?|glucose|tests?|oxygen|levels?|results?|counts?|thinners?)\b|\b(?:periods?|menstrua\w*|pads?|tampons?|postpartum|pregnan\w*|vagina\w*|gums?|brushing|urine|pee|stool|poo|bowel|rectal|vomit\w*|cough\w*)\b|血压|血糖|血氧|血常规|验血|抽血|月经|例假|卫生巾|恶露|怀孕|孕|产后|顺产|剖腹产|剖宫产|生完孩子|流产|下面|阴道|牙龈|刷牙|尿|大便|便血|吐血|咳血|咯血/i;
/** Review s43 (S2 pf04, pb07, pf05, pf06): WHOSE bleed and what kind — an animal's (a dog's paw: a vet's matter), a
 *  trivial wound named as such (a paper cut, a new piercing or tattoo, "tiny"), or a bleed told as a RECURRING pattern
 *  (nosebleeds that happen weekly, 经常流鼻血) asked about, not one going on now. The reading steps aside (START's level). */
const NOT_THIS_BLEED =
  /\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|paws?|vets?|horses?|rabbits?|hamsters?)\b|狗|猫|宠物|兽医|\b(?:paper ?cuts?|(?:ear |nose |belly |new )?piercings?|tattoos?|shaving (?:cuts?|nicks?)|(?:it'?s|its|it is|is) (?:only |just )?tiny|tiny (?:cut|nick|scratch|wound))\b|小口子|耳洞|纹身/i;
/** A recurrence: the bleeds as plural events or a habit (nosebleeds … weekly, keeps getting them, 经常流鼻血) — the
 *  pattern asked about, not one bleed now. A dose's frequency ("daily aspirin") is no bleed's: the frequency must stand
 *  with the plural bleeds or a habit verb. */
const RECURRING =
  /\b(?:nose ?bleeds|bleeds)\b[^.?!]{0,80}\b(?:weekly|often|usually|regularly|every (?:time|week|month|few days)|(?:once|twice|\d+ times) a (?:week|month)|all the time)\b|\b(?:gets?|getting|keeps? (?:getting|having)|has had) (?:\w+ )?(?:nose ?bleeds|bleeds)\b|(?:经常|总是|老是|反复|每次|每周)[^，。]{0,4}(?:流鼻血|出血|流血)/i;
/** Review s44 (S1): an animal that BIT or SCRATCHED the writer (我家狗把我手咬破了, "the dog bit my hand") names who made the
 *  wound, not whose bleed it is — the animal arm of NOT_THIS_BLEED does not step aside there (START's reading). */
const ANIMAL_INFLICTED = /\b(?:bit|bitten|bites?|biting|scratch(?:ed|es|ing)?|mauled|attacked|clawed)\b|咬|抓伤|抓破|挠破|抓了/i;
const HYPOTHETICAL = /\b(?:what if|if (?:it|a|my|your|the|someone)|how long (?:can|should|does|do)|when should)\b|如果|假如|万一|要是|多久(?:要|该|需要|算)/i;

const zhNum = (s: string): number => {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '半') return 0.5;
  const d: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s.includes('十')) {
    const [a, b] = s.split('十');
    return (a ? (d[a] ?? 0) : 1) * 10 + (b ? (d[b] ?? 0) : 0);
  }
  return d[s] ?? 0;
};

/** The longest duration in minutes the sentence gives (0: none), hours counted only from 1 to 12. */
function minutesTold(s: string): number {
  let most = 0;
  for (const m of s.matchAll(MINUTES_EN)) most = Math.max(most, Number(m[1]));
  for (const m of s.matchAll(HOURS_EN)) {
    const n = m[1] ? (WORD_NUM[m[1].toLowerCase()] ?? Number(m[1])) : 0.5;
    if (n >= 0.5 && n <= 12) most = Math.max(most, n * 60 + (/and a half/i.test(m[0]) ? 30 : 0));
  }
  for (const m of s.matchAll(MINUTES_ZH)) most = Math.max(most, zhNum(m[1] ?? ''));
  for (const m of s.matchAll(HOURS_ZH)) {
    const n = zhNum(m[1] ?? '');
    if (n >= 0.5 && n <= 12) most = Math.max(most, n * 60);
  }
  return most;
}

/** Pressure put on it (the count of minutes of first aid is the bleed's count). */
const PRESSURE = /\b(?:press\w*|pinch\w*|pressure|held|holding|squeez\w*)\b|按|压|捏|摁/i;
/** The minutes counted in a clause that is about the bleed (names it, the pressure on it, or its going on): a count in
 *  another clause of the sentence belongs to something else (review of the first run: 反锁在厕所半个多小时 beside a cut
 *  还在流血 is the time she has been locked in). */
function bleedMinutes(sentence: string): number {
  let most = 0;
  for (const clause of sentence.split(/[，,；;]|\band\b|\bbut\b/i))
    if (BLEED.test(clause) || PRESSURE.test(clause) || STILL.test(clause)) most = Math.max(most, minutesTold(clause));
  return most;
}

/** A bleed still going after 20 minutes or more of the writer's own count, in one sentence (or the count in the sentence
 *  before the "still"), none of the step-aside forms in the message. */
export function readsBleedingUnstopped(text: string): boolean {
  if (
    OWN_RULES.test(text) ||
    (NOT_THIS_BLEED.test(text) && !ANIMAL_INFLICTED.test(text)) ||
    RECURRING.test(text) ||
    STOPPED.test(text.replace(STOP_DENIED, ' ')) ||
    HYPOTHETICAL.test(text)
  )
    return false;
  const sentences = messageSentences(text);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] ?? '';
    if (!BLEED.test(s) || !STILL.test(s) || LIGHT.test(s)) continue;
    if (Math.max(bleedMinutes(s), bleedMinutes(sentences[i - 1] ?? '')) >= 20) return true;
  }
  return false;
}
