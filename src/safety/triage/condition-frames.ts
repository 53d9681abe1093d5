// Emergencies made by a condition or a medicine the person has (the FRAME) plus a sign or an act that is dangerous in
// THAT frame (#19). Session 27 lands one row of session 26's table (bench/results/triage-s26-frames-landed.patch): rapid
// insulin given in place of the long-acting dose — a meal dose is routine, but 20 units of it at bedtime is a severe low
// within hours. Session 26's fix was reverted because its blockers (差点, 没打, almost, any pet, "fine now") were read
// anywhere in the message; here every blocker is read of the mix-up itself: in its sentence, on its dose verb, of its
// person. Pure.
import { escapeRegExp, globalOf } from '../../core/regex.js';
import { DRUG_BRANDS } from '../../knowledge/drug-brands.js';
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { clauses, clauseAt, isHistorical, isNegated } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import { parseNumber } from '../red-flags/numbers.js';
import type { ClinicalContext, ClinicalRule } from './clinical.js';
import { clinicalRule } from './clinical.js';
import { CONDITIONAL } from './ingestion.js';
import { OWN_AFTER_MY_EN, RELATIVE_EN, RELATIVE_ZH } from './persons.js';
import { isLearning } from './safety-net.js';
import { ANIMAL } from './toxic-exposure.js';

export type ConditionFrameId = 'rapid-insulin-for-basal';

// ── whose: the person a mention is told of ─────────────────────────────────────────────────────────────────────────
/** A relative by name (groups 1, 2; 3 bare "Mum", "Dad": a name in the family's own mouth), he or she (4, 5), the writer
 *  (6), an animal (7: toxic-exposure.ts's). */
const PERSON = new RegExp(
  `\\b(?:my|our|his|her|the) (${RELATIVE_EN}|${OWN_AFTER_MY_EN})s?\\b|(${RELATIVE_ZH})|\\b(mum|mom|mummy|mommy|dad|daddy|nan|nana|grandma|grandpa)\\b|\\b(he|she|he's|she's|him|her)\\b|(他|她)|(\\bI\\b|\\bI'm\\b|\\bI've\\b|\\bme\\b|\\bmy\\b|我)|(${ANIMAL.source})`,
  'gi',
);
const CLAUSE_BREAK = /[。！？!?\n；;]|\.(?=\s)/;
/** 'pronoun' is someone else told only as he/she/him/her: an animal when the message names a pet and no person. */
type Whose = 'other' | 'pronoun' | 'writer' | 'animal' | null;

/** Whose the words at `at` are: the last person named before them in their clause (persons.ts reads the same way). */
function whoseAt(text: string, at: number): Whose {
  const before = text.slice(0, at).split(CLAUSE_BREAK).pop() ?? '';
  const p = matchesOf(PERSON, before).at(-1);
  if (!p) return null;
  return p[1] || p[2] || p[3] ? 'other' : p[4] || p[5] ? 'pronoun' : p[6] ? 'writer' : 'animal';
}
const human = (w: Whose): Whose => (w === 'pronoun' ? 'other' : w);
// Two relatives are taken as one person: only the writer against someone else parts two mentions.
const sameWho = (a: Whose, b: Whose): boolean => a === null || b === null || human(a) === human(b);

/** A pet named anywhere as the one told of ("she's our 30kg labrador", 我家狗): toxic-exposure.ts's animals and the dog
 *  breeds people name their dog by. */
const PET = new RegExp(
  `${ANIMAL.source}|\\b(?:labrador|retriever|spaniel|terrier|poodle|collie|beagle|husky|pug|dachshund|greyhound|whippet|schnauzer|chihuahua)s?\\b`,
  'i',
);
/** A person of the writer's circle named: the writer, a relative (PERSON groups 1–3, 6), he/she when one is named. */
const circleNamed = (text: string, pronouns: boolean): boolean =>
  matchesOf(PERSON, text).some((p) => p[1] || p[2] || p[3] || p[6] || (pronouns && (p[4] || p[5])));
const relativeNamed = (text: string): boolean => matchesOf(PERSON, text).some((p) => p[1] || p[2] || p[3]);

/** Someone outside the writer's circle as the one who gave the dose ("a nurse who gave…", "people have injected…",
 *  有人/病人): a story or general knowledge, not a report — unless the dose went to the writer's own ("gave my dad"). */
const STRANGER =
  /\b(?:a|an|the|some|this|one|another) (?:nurse|doctor|patient|man|woman|guy|lady|person|diabetic|carer|caregiver|pharmacist|kid|boy|girl|teen(?:ager)?|student|resident|client)s?\b|\b(?:people|someone|somebody|anyone|patients|diabetics)\b|有人|别人|一个(?:护士|病人|患者|人)|新闻/gi;
/** The dose-giver of the verb at `at`: the last person or stranger named before it in its clause. */
function giverIsStranger(text: string, at: number): boolean {
  const before = text.slice(0, at).split(CLAUSE_BREAK).pop() ?? '';
  const stranger = matchesOf(STRANGER, before).at(-1);
  const person = matchesOf(PERSON, before).at(-1);
  return stranger !== undefined && (person === undefined || (person.index ?? 0) < (stranger.index ?? 0));
}

// ── told, not asked: learning questions, what-ifs and earlier episodes tell no act now ──────────────────────────────
const SENTENCE = /[^.?!。？！\n]+[.?!。？！\n]*/g;
const ASKS_CAUSE =
  /(?:\b(?:can|could|does|do|will|might|would)\b[^.?!]{0,60}\bcause\b|\bside effects?\b|副作用|会(?:不会)?(?:引起|导致))[^.?!。？！]*[?？]|(?:副作用|会(?:不会)?(?:引起|导致))[^。？！]*吗/i;
const EARLIER_EPISODE = /\b(?:last|the) time\b|\bprevious(?:ly)?\b|\bonce before\b|上次|上一次|那次|以前有一次/i;
const NOW_IN_SENTENCE = /\bnow\b|\btoday\b|\btonight\b|\bright now\b|现在|今天|而家|今日/i;
/** From an if to the end of its clause ("what if I took novorapid instead of lantus"): a possibility, not an act. */
const IF_CLAUSE = new RegExp(`(?:${CONDITIONAL.source})[^,，。.;；?？!！\\n]*`, 'gi');
const blank = (out: string, start: number, length: number): string => out.slice(0, start) + ' '.repeat(length) + out.slice(start + length);
/** The text with asked, supposed and earlier sentences blanked (offsets kept). */
const toldOnly = (text: string): string =>
  matchesOf(IF_CLAUSE, text).reduce(
    (out, m) => blank(out, m.index ?? 0, m[0].length),
    matchesOf(SENTENCE, text).reduce(
      (out, m) =>
        isLearning(m[0]) || ASKS_CAUSE.test(m[0]) || (EARLIER_EPISODE.test(m[0]) && !NOW_IN_SENTENCE.test(m[0])) ? blank(out, m.index ?? 0, m[0].length) : out,
      text,
    ),
  );

// ── rapid insulin given in place of the long-acting one ─────────────────────────────────────────────────────────────
/** The insulins by how fast they act: the class is this rule's, the brand names of the generics drug-brands.ts lists are
 *  its (lantus, 来得时, novorapid, 诺和锐…), so a brand added there is read here too; the rest are named here. */
const BRAND_NAMES = parseSeedAliases(DRUG_BRANDS);
/** The brand names of `generics` in one script (the generic's own "insulin …" spelling is read by the patterns). */
const brandNames = (generics: readonly string[], han: boolean): string[] =>
  generics.flatMap((g) => (BRAND_NAMES[g] ?? []).filter((n) => /^\p{Script=Han}+$/u.test(n) === han && !/\binsulin\b/i.test(n)));
/** The same, each followed by '|' for an alternation (none: nothing, so no empty alternative). */
const brandsOf = (generics: readonly string[], han: boolean): string =>
  brandNames(generics, han)
    .map((n) => `${escapeRegExp(n)}|`)
    .join('');
const RAPID_GENERICS = ['门冬胰岛素', '赖脯胰岛素', '谷赖胰岛素'] as const;
const BASAL_GENERICS = ['甘精胰岛素', '地特胰岛素', '德谷胰岛素'] as const;
/** The Chinese brand names this frame reads from drug-brands.ts (诺和锐, 来得时…): pinyin-terms-cli.ts reads them as
 *  vocabulary, as it reads the names spelled in the patterns. */
export const INSULIN_BRANDS_ZH: readonly string[] = brandNames([...RAPID_GENERICS, ...BASAL_GENERICS], true);
/** Rapid- and short-acting insulins (诺和锐30 / NovoMix 30 is premixed: not read as rapid). */
const RAPID_SRC = `\\b(?:aspart|lispro|glulisine|apidra|fiasp|admelog|lyumjev|actrapid|${brandsOf(RAPID_GENERICS, false)}(?:rapid|quick|fast|short|meal ?time)[- ]?acting(?: insulin)?|mealtime insulin|bolus insulin)\\b(?! ?(?:mix|30|25|50)\\b)|(?:门冬(?:胰岛素)?|赖脯(?:胰岛素)?|谷赖(?:胰岛素)?|${brandsOf(RAPID_GENERICS, true)}速效(?:胰岛素)?|短效(?:胰岛素)?|餐时胰岛素)(?![（(]?\\s*(?:30|25|50)(?!\\s*(?:个|单位|u)))`;
const RAPID = new RegExp(RAPID_SRC, 'i');
/** The long-acting (basal) insulin. */
const BASAL = `(?:glargine|detemir|degludec|levemir|tresiba|toujeo|basaglar|abasaglar|semglee|${brandsOf(BASAL_GENERICS, false)}long[- ]acting(?: insulin)?|basal(?: insulin)?|night[- ]?time insulin|bedtime insulin|甘精(?:胰岛素)?|地特(?:胰岛素)?|德谷(?:胰岛素)?|${brandsOf(BASAL_GENERICS, true)}长效(?:胰岛素)?|基础胰岛素|睡前(?:的)?胰岛素)`;
const BASAL_RE = new RegExp(BASAL, 'i');
/** The basal named as the dose intended ("instead of my Lantus", 本来要打甘精, 把甘精打成…, 甘精…拿错笔打成诺和锐), or the
 *  rapid one taken for it (把诺和锐当成甘精). */
const MIX_UP = new RegExp(
  `\\b(?:instead of|in place of|rather than|(?:meant|supposed|going|due) to(?: \\w+){0,3}) (?:\\w+ ){0,2}${BASAL}|本来[^，。]{0,6}${BASAL}|(?:应该|该|要)打[^，。]{0,4}${BASAL}|把[^，。]{0,4}${BASAL}[^。]{0,8}(?:打成|当成|拿成|换成)|把[^，。]{0,6}(?:${RAPID_SRC})[^，。]{0,4}(?:当成|当作|当做)[^，。]{0,3}${BASAL}|${BASAL}[^。]{0,10}(?:拿错|打错|打成|拿成)[^。]{0,6}(?:${RAPID_SRC})`,
  'i',
);
/** The dose given: a mistake word, or a dose verb told as done. */
const GIVEN =
  /拿错|攞错|打错|搞错|弄错|用错|打成|误打|当成|当作|当做|打了|注射了|\b(?:wrong (?:pen|insulin)|by mistake|mistakenly|accidentally|mixed up|mix-?up|took|gave|injected|did|used|jabbed|given|done)\b/gi;
/** "Almost"/差点 on the dose verb itself: the dose was not given. 差点晕倒 or "almost panicked" is a symptom, not a catch. */
const ALMOST_ON_VERB =
  /(?:差点|险些|差一点)(?:就)?(?:把|打|用|注射|拿)|\b(?:nearly|almost) (?:\w+ )?(?:inject(?:ed)?|gave|give|took|take|used|use|jabbed|did)\b/i;
/** The mix-up caught before the dose ("caught it", "noticed before injecting", 还没打) — 没打通 (a phone), 没打算 (a plan),
 *  甘精还没打 (the basal missed: that is the mix-up) and "didn't take it seriously" are not. */
const CAUGHT =
  /\bcaught (?:it|myself|the mistake)\b|\bnoticed (?:it )?(?:before|in time|just before)\b|\b(?:noticed|realised|realized|spotted|saw|caught) (?:it |the mistake |that )?(?:just )?before (?:i |he |she )?(?:inject(?:ed|ing)?|gave|giving|jabb(?:ed|ing)|did it)\b|\b(?:didn'?t|did not|haven'?t|have not|hasn'?t|has not) (?:actually |yet )?(?:inject(?:ed)?|give|given|jab(?:bed)?)(?! \w+ly\b)\b|\b(?:haven'?t|hasn'?t|have not) (?:taken|used|done) it yet\b|(?<!(?:甘精|长效|地特|德谷|基础)(?:胰岛素)?[^，。]{0,2})还没(?:有)?(?:打|注射)(?![通算电话])|没(?:有)?(?:打|注射)(?:下去|进去)|及时发现|发现(?:了)?(?:就)?没打/i;
/** A prescriber's switch told in the mix-up's sentence ("my nurse told me to use novorapid instead of lantus", 医生让我…):
 *  a plan, not an error — unless the sentence also tells a mistake. */
const PRESCRIBED =
  /\b(?:doctor|dr|gp|endo\w*|nurse|diabetes team|specialist|consultant|pharmacist|clinic|vet)\b[^.?!]{0,30}\b(?:told (?:me|him|her|us) to|said to|wants? (?:me|him|her) to|switched|changed|put (?:me|him|her) on|advised)\b|(?:医生|大夫|医师|药师|护士)[^，。？！]{0,10}(?:让|叫|说|换成|改成|建议)/i;
/** A standing way of dosing told in the sentence (a pump runs on rapid insulin; "I always/usually", 一直/每天): a regimen,
 *  not tonight's error — unless the sentence also tells a mistake. */
const REGIMEN = /\bpump\b|胰岛素泵|\b(?:always|usually|normally|every (?:day|night)|each (?:day|night)|for (?:years|months|weeks))\b|一直|每天|每晚|平时/i;
const MISTAKE = /拿错|攞错|打错|搞错|弄错|用错|误打|\b(?:wrong (?:pen|insulin)|by mistake|mistakenly|accidentally|mixed up|mix-?up)\b/i;
/** A vet's insulin: the dose is an animal's, not a person's. */
const VET_INSULIN = /\b(?:caninsulin|vetsulin|prozinc)\b/i;
/** What makes it dangerous tonight: a large dose, no food, or sleep. */
const UNITS = /(\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:个)?\s*(?:units?|u\b|iu\b|单位)/gi;
const NO_FOOD_OR_SLEEP =
  /没吃(?:东西|饭|晚饭)?|不吃(?:东西|饭)|(?:未|冇)食|空腹|(?:准备|要|去)睡|睡前|睡了|睡觉|瞓|\b(?:not eating|hasn'?t eaten|haven'?t eaten|didn'?t eat|no food|without (?:eating|food)|skipped (?:dinner|tea|supper|the meal)|bed ?time|bed|asleep|sleep)\b/i;
/** Eaten since, or fine since: the hours of danger have been met (feeling fine NOW is no safety — the dose has not
 *  peaked). Read only after the mix-up and of its person. */
const MET_SINCE =
  /吃了(?:东西|饭|点|些)|已经吃|血糖(?:正常|还好|不低)|没事了|\b(?:ate|eaten(?! nothing)|had (?!no\b|nothing\b|not\b)(?:\w+ ){0,2}(?:food|sandwich\w*|snacks?|toast|biscuits?|juice|dinner|supper|meal|carbs)|(?:was|were|been|woke up) (?:fine|ok|okay|normal))\b/gi;
/** The mix-up told of a day back (its sentence): the night it threatened is over. */
const DAY_BACK = /昨天|昨晚|前天|上周|上个?月|去年|\b(?:yesterday|last (?:night|week|month|year)|(?:\d+|a|two|three|few) (?:days|weeks|months|years) ago)\b/i;

/** A told mention of `re` at or after `from`, not denied in its clause, not past. */
function affirmedAt(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const cl = clauses(text);
  return matchesOf(globalOf(re), text).filter((m) => {
    const at = m.index ?? 0;
    if (at < from || at >= to) return false;
    const c = clauseAt(cl, at);
    return !isNegated(text, c, at) && !isHistorical(text, c);
  });
}

/** One mix-up told in one sentence: the basal intended, a rapid insulin and a dose verb of it, none caught before
 *  (`now` dates the mix-up's clause for the past reading). */
function mixUpTold(t: string, s: RegExpExecArray, next: string, now: Date): { at: number; who: Whose } | null {
  const sentence = s[0];
  const at = s.index ?? 0;
  const m = MIX_UP.exec(sentence);
  if (!m || !RAPID.test(sentence) || DAY_BACK.test(sentence) || VET_INSULIN.test(sentence)) return null;
  // The mix-up's own clause told as past ("last month", 以前): an episode over, not tonight's dose.
  const mixAt = at + (m.index ?? 0);
  if (isHistorical(t, clauseAt(clauses(t), mixAt), now, { start: mixAt, end: mixAt + m[0].length })) return null;
  if ((PRESCRIBED.test(sentence) || REGIMEN.test(sentence)) && !MISTAKE.test(sentence)) return null;
  // The rapid insulin inside the basal's intention ("supposed to take novorapid but took lantus") is the reverse error.
  const rapidAt = m[0].search(RAPID);
  if (rapidAt >= 0 && rapidAt < m[0].search(BASAL_RE) && !/当成|当作|当做/.test(m[0])) return null;
  const given = affirmedAt(GIVEN, t, at, at + sentence.length);
  if (given.length === 0) return null;
  // The catch is read on the dose verb ("almost injected") or as a catch told in the mix-up's sentence or the next one.
  if (ALMOST_ON_VERB.test(sentence) || CAUGHT.test(sentence) || CAUGHT.test(next)) return null;
  const who = whoseAt(t, mixAt);
  const giverAt = given[0]?.index ?? at;
  const giver = whoseAt(t, giverAt);
  if (who === 'animal' || giver === 'animal') return null;
  // "I gave her 20 units of Humalog… she's our 30kg labrador": he/she in a message that names a pet and no person.
  if ((who === 'pronoun' || giver === 'pronoun') && PET.test(t) && !relativeNamed(t)) return null;
  // A stranger's dose (a story, a class, "people have…") counts only when it went to the writer's circle in the sentence.
  if (giverIsStranger(t, giverAt) && !circleNamed(sentence.slice(giverAt - at), relativeNamed(t))) return null;
  // Food eaten before the dose meets none of its hours: "since" is read from the last dose word of the sentence on.
  return { at: Math.max(mixAt, ...given.map((g) => g.index ?? 0)), who };
}

/** The frame on `text` told on the day `now` (the clause's past is read against it). */
export function rapidForBasal(text: string, now: Date): boolean {
  const t = toldOnly(text);
  if (!MIX_UP.test(t)) return false;
  const sentences = matchesOf(SENTENCE, t);
  return sentences.some((s, i) => {
    const told = mixUpTold(t, s, sentences[i + 1]?.[0] ?? '', now);
    if (!told) return false;
    // Eaten or fine since, told of the same person after the mix-up.
    const met = affirmedAt(MET_SINCE, t, told.at, t.length).some((m) => sameWho(whoseAt(t, m.index ?? 0), told.who));
    if (met) return false;
    // A dose told in the mix-up's sentence decides (10 units and more); else one told anywhere; untold, no food or sleep.
    const own = matchesOf(UNITS, s[0]).map((m) => parseNumber(m[1] ?? '') ?? 0);
    const units = own.length > 0 ? own : matchesOf(UNITS, t).map((m) => parseNumber(m[1] ?? '') ?? 0);
    return units.length > 0 ? Math.max(...units) >= 10 : affirmedAt(NO_FOOD_OR_SLEEP, t, 0, t.length).length > 0;
  });
}

interface FrameRow {
  zh: string;
  en: string;
  adviceZh: string;
  adviceEn: string;
  test: (c: ClinicalContext) => boolean;
}

/** The frame × sign table: one row per emergency a condition or medicine makes of a sign or an act. */
const CONDITION_FRAMES: Record<ConditionFrameId, FrameRow> = {
  'rapid-insulin-for-basal': {
    zh: '把速效胰岛素当作长效胰岛素打了（数小时内可能严重低血糖）',
    en: 'rapid-acting insulin given in place of the long-acting dose (a severe low blood sugar can follow within hours)',
    adviceZh: '立即呼叫急救或去急诊；现在吃含糖食物，每15分钟测一次血糖，今晚不要独自睡下。',
    adviceEn:
      'Call an ambulance or go to an emergency department now; eat something sugary now, check the sugar every 15 minutes, and do not go to sleep alone tonight.',
    // Read on today's date, as isHistorical's other callers are; rapidForBasal takes the date so tests can fix it.
    test: (c) => rapidForBasal(c.text, new Date()),
  },
};

export const CONDITION_FRAME_RULES: readonly ClinicalRule[] = (Object.entries(CONDITION_FRAMES) as [ConditionFrameId, FrameRow][]).map(([id, r]) =>
  clinicalRule(id, 'emergency', r.zh, r.en, r.adviceZh, r.adviceEn, r.test),
);
