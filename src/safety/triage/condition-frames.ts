// Emergencies made by a condition or a medicine the person has (the FRAME) plus a sign or an act that is dangerous in
// THAT frame (#19). Session 27 lands one row of session 26's table (bench/results/triage-s26-frames-landed.patch): rapid
// insulin given in place of the long-acting dose — a meal dose is routine, but 20 units of it at bedtime is a severe low
// within hours. Session 26's fix was reverted because its blockers (差点, 没打, almost, any pet, "fine now") were read
// anywhere in the message; here every blocker is read of the mix-up itself: in its sentence, on its dose verb, of its
// person. Pure.
import { escapeRegExp, globalOf } from '../../core/regex.js';
import { DRUG_BRANDS } from '../../knowledge/drug-brands.js';
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { CHILD_EN, CHILD_ZH, findAges } from '../red-flags/age.js';
import { clauses, clauseAt, isHistorical, isNegated } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import { parseNumber } from '../red-flags/numbers.js';
import type { ClinicalContext, ClinicalRule } from './clinical.js';
import { clinicalRule } from './clinical.js';
import { CONDITIONAL } from './ingestion.js';
import { FAMILY_NAMES_EN, OWN_AFTER_MY_EN, RELATIVE_EN, RELATIVE_ZH } from './persons.js';
import { isLearning } from './safety-net.js';
import { ANIMAL } from './toxic-exposure.js';
import { hasStoryFrame, storyDenied } from './fiction.js';
import { ALTERED } from './clinical.js';
import { findVitals } from './vitals.js';

export type ConditionFrameId = 'rapid-insulin-for-basal' | 'febrile-neonate' | 'choking-then-breathing' | 'withdrawal-delirium';

// ── whose: the person a mention is told of ─────────────────────────────────────────────────────────────────────────
/** A relative by name (groups 1, 2; 3 bare "Mum", "Dad": a name in the family's own mouth), he or she (4, 5), the writer
 *  (6), an animal (7: toxic-exposure.ts's). */
const PERSON = new RegExp(
  `\\b(?:my|our|his|her|the) (${RELATIVE_EN}|${OWN_AFTER_MY_EN})s?\\b|(${RELATIVE_ZH})|\\b(${FAMILY_NAMES_EN})\\b|\\b(he|she|he's|she's|him|her)\\b|(他|她)|(\\bI\\b|\\bI'm\\b|\\bI've\\b|\\bme\\b|\\bmy\\b|我)|(${ANIMAL.source})`,
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

// ── a frame told of one person, and a sign of the SAME person affirmed in its own clause ─────────────────────────────
// Session 28 (#19): a neonate (the frame) with a temperature off and a sepsis sign; a child's choking on something solid
// (the event) with a new breathing sign after it; drinking stopped (the frame) with delirium. Each blocker is read of
// its own mention: a sign denied or told as past in ITS clause, a sign resolved by a later clause about the same thing,
// a sign of another person, a frame in a story sentence — never one word anywhere in the message.

/** Who a mention is told of, finer than whoseAt: the person word itself ('son', '爷', 'writer'), 'pronoun', or null. */
function personAt(text: string, at: number): string | null {
  const before = text.slice(0, at).split(CLAUSE_BREAK).pop() ?? '';
  const from = at - before.length;
  // A lone 奶 is milk (吃奶, 奶粉), not 奶奶.
  const p = matchesOf(PERSON, before)
    .filter((m) => !(m[2] === '奶' && !/奶奶/.test(before.slice((m.index ?? 0) - 1, (m.index ?? 0) + 2))))
    .at(-1);
  // "his little sister", "my best friend": PERSON reads only the bare "his sister"; the noun is the one told of.
  const owned = matchesOf(OWNED_AFTER_WORD, before).at(-1);
  if (owned?.[1] && (!p || (owned.index ?? 0) >= (p.index ?? 0))) return owned[1].toLowerCase();
  if (!p) return null;
  const rest = text.slice(from + (p.index ?? 0));
  // "My daughter's classmate": the head noun is the one told of, not its owner.
  const head = POSSESSED.exec(rest.slice(p[0].length));
  if (head?.[1]) return head[1].toLowerCase();
  if (p[4] || p[5]) return 'pronoun';
  // "my 3 week old", "our 2-year-old", "my newborn": the child told of, not the writer; two ages are two children.
  if (p[6]) {
    const aged = /^(?:my|our)\s+((?:\d+|[a-z]+)[- ](?:day|week|month|year))s?[- ]old/i.exec(rest);
    if (aged?.[1]) return `child:${aged[1].toLowerCase().replace('-', ' ')}`;
    return /^(?:my|our)\s+(?:newborn|little one)/i.test(rest) ? 'child' : 'writer';
  }
  return (p[1] || p[2] || p[3] || p[7] || '').toLowerCase();
}
/** The people a possessive can own: a relative, a child, or a child's circle ("my son's friend", "her classmate"). */
const OWNED = `${RELATIVE_EN}|${OWN_AFTER_MY_EN}|${CHILD_EN}|classmate|schoolmate|playmate|mate|pal|teacher|nanny|babysitter|twin`;
/** After a person word: 's and the person owned ("daughter's classmate"). */
const POSSESSED = new RegExp(`^['’]s\\s+(?:(?:little|big|older|younger|best|baby|twin|new)\\s+)?(${OWNED})s?\\b`, 'i');
/** His/her/my with a word between ("his little sister", "my best friend"). */
const OWNED_AFTER_WORD = new RegExp(`\\b(?:his|her|my|our|their)\\s+(?:little|big|older|younger|best|baby|twin|new)\\s+(${OWNED})s?\\b`, 'gi');
/** One person: the same word, or one of them unsaid or only he/she (a pronoun points back at the one named). */
const samePerson = (a: string | null, b: string | null): boolean => a === null || b === null || a === 'pronoun' || b === 'pronoun' || a === b;

/** A frame told of no one in particular ("you may see things", 很多人, people, 患者) or of a stranger ("the boy in the
 *  cartoon", "a patient"): general knowledge or a story, not a report. Read before the frame in its sentence, and after
 *  it when the clause names no one ("After stopping drinking, do people get confused?"). */
const GENERIC = /\b(?:you|your|people|anyone|patients|drinkers|one)\b|你|很多人|有些人|有的人|患者|病人|大家|用户/gi;
const GENERIC_SUBJECT = /\b(?:people|anyone|patients|drinkers|alcoholics)\b|很多人|有些人|有的人|患者|病人|大家|用户/i;
function toldOfNoOne(text: string, at: number): boolean {
  const before = text.slice(0, at).split(CLAUSE_BREAK).pop() ?? '';
  const generic = matchesOf(GENERIC, before).at(-1);
  const person = matchesOf(PERSON, before).at(-1);
  const stranger = matchesOf(STRANGER, before).at(-1);
  // "the boy" is both a stranger and PERSON's "the <child>": a stranger unless someone is named after it.
  const last = (a: RegExpExecArray | undefined, b: RegExpExecArray | undefined) => a !== undefined && (b === undefined || (b.index ?? 0) <= (a.index ?? 0));
  if (last(generic, person) || last(stranger, person)) return true;
  // "you" after the frame is the reader asked ("…now seeing bugs, what should you do?"): only a third-person generic.
  const after = text.slice(at).split(CLAUSE_BREAK)[0] ?? '';
  return GENERIC_SUBJECT.test(after) && matchesOf(PERSON, before + after).length === 0;
}

/** The span of the sentence at `at` and the `more` sentences after it: a frame's sign is told near it. */
function nearSpan(text: string, at: number, more: number): { start: number; end: number } {
  const ss = matchesOf(SENTENCE, text);
  const i = ss.findIndex((m) => (m.index ?? 0) <= at && at < (m.index ?? 0) + m[0].length);
  if (i < 0) return { start: 0, end: text.length };
  const last = ss[Math.min(ss.length - 1, i + more)] ?? ss[i];
  return { start: ss[i]?.index ?? 0, end: (last?.index ?? 0) + (last?.[0].length ?? 0) };
}

/** The sentence at `at` tells a story (a film, a show, a character) and does not deny it: its words are nobody's. */
const inStory = (text: string, at: number): boolean => {
  const s = matchesOf(SENTENCE, text).find((m) => (m.index ?? 0) <= at && at < (m.index ?? 0) + m[0].length)?.[0] ?? '';
  return hasStoryFrame(s) && !storyDenied(s);
};

/** The matches of `sign` told now in their own clause (not denied, not past), of the frame's person, outside a story,
 *  between `from` and `to` (an event's sign is a new one, after it; every sign is told near its frame). A later clause that tells the same thing
 *  as well again (`resolved`, of the same person) takes the sign back. */
const WEEK_BACK = /上周|上个?星期|上个?礼拜|上个?月|去年|\blast (?:week|month|year)\b|\b(?:\d+|a|two|three|few|several) (?:weeks|months|years) ago\b/i;
const POSSIBLE = /可能|会不会|会出现|容易|万一|\b(?:may|might|could|can|risk of|worried (?:he|she|i|they)(?:'ll| will| might))\b/i;
/** Read in the Chinese signs only: the English ones that hold a "not" are the sign ("isn't feeding as well"). */
const SPAN_DENIED = /(?<!^)(?:不|没|冇|唔|無|无)(?!太|怎么|大|平时|平常|以前|力|劲|存在)/;
function signOf(t: string, sign: RegExp, who: string | null, from: number, to: number, resolved: RegExp | null, now: Date): boolean {
  const cl = clauses(t);
  return matchesOf(globalOf(sign), t).some((m) => {
    const at = m.index ?? 0;
    if (at < from || at >= to || inStory(t, at)) return false;
    const c = clauseAt(cl, at);
    if (isNegated(t, c, at) || isHistorical(t, c, now, { start: at, end: at + m[0].length })) return false;
    // A denial inside the sign's own span ("呼吸也不快", "breathing isn't fast"); 不太爱吃奶 is the sign itself.
    if (SPAN_DENIED.test(m[0])) return false;
    // A sign told of a week back or more in its clause ("上周发烧", "last week"): an episode over.
    if (WEEK_BACK.test(t.slice(c.start, c.end))) return false;
    // A sign told as a possibility in its clause ("可能出现幻觉", "会不会喘", "he might start seeing things").
    if (POSSIBLE.test(t.slice(c.start, at))) return false;
    if (!samePerson(personAt(t, at), who)) return false;
    // Taken back after the sign, in its clause or a later one ("he was wheezing but the wheezing has gone now"); a
    // resolution that begins with the sign itself counts ("the hallucinations have stopped").
    const end = at + m[0].length;
    return (
      !resolved ||
      !matchesOf(globalOf(resolved), t).some((r) => (r.index ?? 0) >= at && (r.index ?? 0) + r[0].length > end && samePerson(personAt(t, r.index ?? 0), who))
    );
  });
}

// ── a neonate (under 28 days) with a temperature off AND a sign of sepsis ───────────────────────────────────────────
/** Before a month: 满月前 / 还没满月 / 未满月 (the age reader reads 出生20天, "10-day-old", "3 weeks old"). */
const BEFORE_MONTH = /(?:还)?(?:没|未|不到|冇)满月|满月(?:之)?前|\bunder (?:a|one) month old\b|\bless than (?:a|one) month old\b/i;
const NEONATE_DAYS = 28;
/** The baby told of by a child's word, he/she or nobody: not the writer, a grandparent or another adult. */
const BABY_WORD = new RegExp(`^(?:${CHILD_ZH}|${CHILD_EN}|pronoun)(?::.+)?$`, 'i');
const babyOrUnsaid = (who: string | null): boolean => who === null || BABY_WORD.test(who);
/** A temperature off told as a fever word (the infant rule's words) or a reading of 37.5 °C and more or under 36 °C. */
const FEVER_WORD = /发烧|发热|发烫|\bfever\w*|\bfebrile\b|\bhot to (?:the )?touch\b/i;
/** Signs of sepsis in a newborn (NICE NG195 neonatal infection): feeding less, less alert, cold or mottled hands and
 *  feet or skin, grunting, floppy. "Feeding less" is weaker than the infant rule's "not feeding" on purpose: with a
 *  temperature off in the first month it is the sign. */
const NEONATE_SEPSIS =
  /(?:不太|不怎么|不大)(?:爱|肯|想)?(?:吃奶|喝奶)|吃奶[^，。]{0,6}(?:少|没劲|没力|无力|不好)|奶[^，。]{0,3}(?:吃|喝)(?:得|的)(?:很|特别|比较|非常)?少|(?:食奶|飲奶|饮奶)[^，。]{0,6}(?:少|冇力)|精神(?:没有?|不如)(?:平时|平常|以前)好|精神(?:很|有点|比较)?(?:差|不好)|没精神|蔫|手脚[^，。]{0,4}(?:凉|冰|冻)|手腳[^，。]{0,4}(?:涼|冰|凍)|皮肤[^，。]{0,4}(?:花|发灰)|哼哼|呻吟|\b(?:feeding|feeds?) (?:\w+ ){0,2}(?:less|poorly|badly)\b|\b(?:isn'?t|not) (?:feeding|taking (?:her|his) (?:feeds?|bottles?)) (?:as )?well\b|\bnot interested in (?:feeds?|feeding|milk|the bottle)\b|\boff (?:her|his|their) feeds?\b|\bsleepier than usual\b|\b(?:very )?(?:lethargic|listless|floppy)\b|\b(?:hands|feet|hands and feet) (?:feel |are |feeling )?(?:cold|icy|freezing)\b|\bmottled\b|\bgrunting\b/i;
/** The same sign told well again later ("今天吃奶正常了", "feeding fine now"). */
const NEONATE_WELL =
  /吃奶(?:很好|正常|挺好|还好|好了)|(?:食奶|飲奶)(?:好|正常)|现在(?:已经)?好了|已经好了|\bfeeding (?:well|fine|normally) (?:again|now)\b|\b(?:is|she's|he's) (?:fine|well) now\b/i;

export function febrileNeonate(text: string, now: Date): boolean {
  const t = toldOnly(text);
  const young = [...findAges(t).filter((a) => a.days <= NEONATE_DAYS), ...matchesOf(globalOf(BEFORE_MONTH), t).map((m) => ({ start: m.index ?? 0 }))];
  const ages = findAges(t);
  // A mention is the neonate's when no older child's age is told between the two ("大宝3岁发烧…二宝出生15天").
  const neonates = (at: number): boolean => {
    const last = ages.filter((a) => a.start < at).at(-1);
    return !last || last.days <= NEONATE_DAYS;
  };
  return young.some((a) => {
    // The age itself names the baby ("my 10-day-old", 出生20天): whose the temperature and the sign are is read below.
    if (inStory(t, a.start) || toldOfNoOne(t, a.start)) return false;
    const cl = clauses(t);
    const near = nearSpan(t, a.start, 2);
    const reading = findVitals(t).some((v) => {
      if (v.kind !== 'tempC' || !(v.value >= 37.5 || v.value < 36) || v.start < near.start || v.start >= near.end || !neonates(v.start)) return false;
      const c = clauseAt(cl, v.start);
      return !isNegated(t, c, v.start) && !isHistorical(t, c, now) && babyOrUnsaid(personAt(t, v.start));
    });
    const off =
      reading ||
      (signOf(t, FEVER_WORD, null, near.start, near.end, null, now) &&
        matchesOf(globalOf(FEVER_WORD), t).every((m) => babyOrUnsaid(personAt(t, m.index ?? 0)) && neonates(m.index ?? 0)));
    return (
      off &&
      signOf(t, NEONATE_SEPSIS, null, near.start, near.end, NEONATE_WELL, now) &&
      matchesOf(globalOf(NEONATE_SEPSIS), t).some((m) => babyOrUnsaid(personAt(t, m.index ?? 0)) && neonates(m.index ?? 0))
    );
  });
}

// ── a child who choked on something solid, with a new breathing sign after it (an inhaled foreign body) ──────────────
/** The choking event: 呛/噎/卡 or "choked on", "inhaled a …". */
const CHOKED =
  /呛(?:到|了|住|着|咗|親|亲|倒)|嗆(?:到|了|住|著|咗|親)|噎(?:到|住|了|咗)|卡(?:在)?(?:喉咙|嗓子|喉嚨)|\bchok(?:ed|ing) on\b|\binhaled (?:a|an|the|some|his|her|part of|a piece of) \w+/gi;
/** A drink, milk or spit choked on: aspiration of a liquid, not an object lodged in the airway. */
const LIQUID = /喝|奶|水|汤|湯|粥|饮料|果汁|口水|\b(?:drink\w*|milk|water|coffee|tea|juice|feeds?|bottle|formula|saliva|spit|soup)\b/i;
/** Something solid eaten or held when it happened: an eating verb or a food or object word in the event's clause. */
const SOLID =
  /吃|食|嚼|花生|瓜子|坚果|堅果|果冻|果凍|糖|葡萄|爆米花|豆|玩具|硬币|纽扣|零件|珠子|笔帽|积木|鱼刺|骨头|\b(?:peanut|nut|grape|popcorn|sweet|candy|lego|toy|coin|bead|carrot|apple|sausage|food|piece|crisp|chip|raisin|cherry|button|marble|bone|seed|lolly)s?\b/i;
/** Breathing signs that follow an inhaled object: wheeze, whistling or noisy breath, fast or laboured breathing. */
const AIRWAY_SIGN =
  /(?<!打)呼噜声|(?:呼吸|喘气|喘息)[^，。]{0,4}(?:快|急|费力|困难|有声|哨音|杂音|呼噜|嘶嘶)|哨音|喘鸣|(?<![不没])喘(?![气息]?(?:正常|平稳|均匀))|\bwheez\w*|\bwhistl\w*(?: \w+){0,3} (?:when|as) (?:he|she|they) breathes?\b|\bbreathing (?:is |sounds |seems )?(?:noisy|fast|quick|rapid|laboured|labored|hard)\b|\b(?:noisy|fast|rapid|laboured|labored) breathing\b|\bbreathing (?:hard|fast)\b|\bstridor\b|\bstruggling to breathe\b/i;
/** The breathing told well later ("breathing normally", 呼吸正常/平稳, 不喘了). */
const BREATHING_WELL =
  /呼吸(?:正常|平稳|顺畅|好了)|不喘了|喘(?:已经)?(?:好了|停了|没了)|\b(?:wheez\w*|whistl\w*|noisy breathing|it) (?:has|have|had) (?:gone|stopped|settled|passed|eased|cleared)\b|\b(?:wheez\w*|whistl\w*) (?:is|has) (?:gone|stopped)\b|现在(?:已经)?(?:好了|没事了)|\b(?:is|he's|she's) (?:fine|ok|okay) now\b|\bbreathing (?:normally|fine|ok|okay|well)\b|\bno (?:more )?wheez\w*/i;
/** A child: the young modifiers (modifiers.ts) or a child's word in the event's sentence. */
const CHILD = new RegExp(`${CHILD_ZH}|细路|細路|個仔|个仔|囡囡|\\b${CHILD_EN}s?\\b`, 'i');

export function chokingThenBreathing(text: string, young: boolean, now: Date): boolean {
  const t = toldOnly(text);
  const cl = clauses(t);
  return matchesOf(CHOKED, t).some((m) => {
    const at = m.index ?? 0;
    const c = clauseAt(cl, at);
    const clause = t.slice(c.start, c.end);
    const sentence = matchesOf(SENTENCE, t).find((s) => (s.index ?? 0) <= at && at < (s.index ?? 0) + s[0].length)?.[0] ?? '';
    if (inStory(t, at) || toldOfNoOne(t, at) || isNegated(t, c, at) || isHistorical(t, c, now, { start: at, end: at + m[0].length })) return false;
    // 呛 is said of water, milk or smoke as well: the Chinese event needs something solid; "choked on" names its object.
    if (LIQUID.test(clause) || (/\p{Script=Han}/u.test(m[0]) && !SOLID.test(clause))) return false;
    if (!young && !CHILD.test(sentence)) return false;
    const who = personAt(t, at);
    if (who === 'writer') return false;
    return signOf(t, AIRWAY_SIGN, who, at + m[0].length, nearSpan(t, at, 2).end, BREATHING_WELL, now);
  });
}

// ── drinking stopped, with delirium (hallucinations or confusion): delirium tremens ────────────────────────────────
/** Alcohol stopped: 戒酒, 停酒, 酒…戒了, "stopped/quit drinking" (not coffee or tea), "hasn't had a drink". */
const STOPPED_DRINKING =
  /戒(?:咗)?酒|(?<=酒[^。！？]{0,12})戒(?:了|掉了|咗)|停(?:了)?酒|断酒|(?:不|冇|没)(?:再)?(?:喝|飲|饮)酒(?:了|咗)|\b(?:stop(?:ped|ping|s)?|quit(?:ting|s)?|gave up|giv(?:en|ing) up|cut out|came off|coming off) (?:the )?(?:drinking|drink|booze|alcohol)\b(?! (?:the|a|an|this|that|any|my|his|her|coffee|tea|soda|cola|coke|milk|water|juice|energy|caffeine|fizzy|pop)\b)|\b(?:hasn'?t|haven'?t|has not|have not) had a drink\b|\boff the (?:booze|drink|alcohol)\b/gi;
/** Stopped long ago (a month or more, years, sober for years): not the days in which delirium comes. */
const LONG_STOPPED =
  /(?:戒|停)[^，。]{0,4}(?:\d+|[一二两三四五六七八九十几多半]+)\s*(?:个)?多?(?:月|年)|(?:\d+|[一二两三四五六七八九十几多半]+)\s*(?:个)?多?(?:月|年)(?:前|了|多了)|(?:[2-9]|两|三|四|五|六|几)\s*(?:个)?(?:周|星期|礼拜|禮拜)(?:前|了)|\b(?:\d+|a|one|two|three|four|five|six|several|few|many)\s+(?:months?|years?)\s+(?:ago|now|sober|clean|dry)\b|\b(?:for|over) (?:\d+|a|one|two|three|several|few|many) (?:months?|years?)\b(?! of)|\b(?:for|in) (?:many |several )?years\b(?! of)|这(?:几|两|些)年|近(?:几|两)年|(?:好|很)?多年(?:来|了|都|没|不)|几年(?:来|了|都|没|不)|\bsober\b|\b(?:in|since) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\blast (?:month|year)\b|\b(?:[2-9]|\d{2,}|two|three|four|five|six|several|few) weeks? (?:ago|now)\b/i;
/** Delirium: seeing or hearing what is not there, or confusion (clinical.ts ALTERED) and not knowing the day or people. */
const DELIRIUM = new RegExp(
  `幻觉|幻听|幻视|看(?:见|到|見)[^，。]{0,8}(?:虫|蟲|蛇|老鼠|蜘蛛|不存在)|(?:见到|見到|睇到)[^，。]{0,4}(?:虫|蟲|蛇|老鼠)|有(?:虫|蟲)(?:子)?(?:在)?爬|(?:不|唔)(?:认识|認識|认得|認得)(?:人|我)|認不出|\\bhallucinat\\w*|\\bseeing things\\b(?! (?:(?:much|a bit|a lot|so|far) )?(?:more )?(?:clearly|clearer|differently|in a (?:new|different)|from|through|for what))|\\bhearing (?:voices|things)\\b|\\b(?:insects|bugs|spiders|snakes|rats|ants)\\b[^.?!]{0,30}\\b(?:crawling|on the (?:wall|walls|bed|ceiling|floor))\\b|\\b(?:doesn'?t|don'?t|didn'?t) know (?:what day|where (?:he|she|i) (?:is|am)|who (?:i|we) (?:am|are))\\b|\\b(?:people|things|someone|somebody) (?:who|that) (?:aren'?t|isn'?t|are not|is not) (?:there|real)\\b|(?:${ALTERED.source})(?!\\w)(?! (?:about|by|as to|why|how|what|whether|if|with|over|on)\\b)`,
  'i',
);

/** The delirium told gone later ("现在已经没有了", "the hallucinations have stopped", "he's clear"). */
const DELIRIUM_GONE =
  /(?:幻觉|幻听|幻视)(?:已经)?(?:没有了|没了|消失了|停了|好了)|现在(?:已经)?(?:没有了|没了|好了|清醒了?|正常了)|清醒(?:过来)?了|不再(?:有)?幻觉|\b(?:hallucinations?|visions?|voices|confusion|it|they)\b (?:have |has |had )?(?:stopped|gone|ended|passed|settled|cleared|eased)\b|\b(?:he|she|i)(?:'s| is|'m| am) (?:clear(?:-headed)?|lucid|himself again|herself again|back to (?:normal|himself|herself))\b|\bno (?:more|longer) (?:hallucinat\w*|seeing things|confused)\b/i;
/** Stopping told as advice or a possibility ("可以在家停酒", "you should stop drinking"), not as done. */
const ADVISED = /可以|应该|应当|要不要|打算|准备|\b(?:should|must|can|could|want to|going to|plan(?:ning)? to|thinking of|try(?:ing)? to)\b/i;
export function withdrawalDelirium(text: string, now: Date): boolean {
  const t = toldOnly(text);
  const cl = clauses(t);
  return matchesOf(STOPPED_DRINKING, t).some((m) => {
    const at = m.index ?? 0;
    const c = clauseAt(cl, at);
    const sentence = matchesOf(SENTENCE, t).find((s) => (s.index ?? 0) <= at && at < (s.index ?? 0) + s[0].length)?.[0] ?? '';
    if (inStory(t, at) || toldOfNoOne(t, at) || isNegated(t, c, at) || isHistorical(t, c, now, { start: at, end: at + m[0].length })) return false;
    if (LONG_STOPPED.test(sentence) || ADVISED.test(t.slice(c.start, at))) return false;
    const near = nearSpan(t, at, 2);
    return signOf(t, DELIRIUM, personAt(t, at), near.start, near.end, DELIRIUM_GONE, now);
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
  'febrile-neonate': {
    zh: '未满月的新生儿体温异常并有感染征象（吃奶少、精神差、手脚凉或皮肤发花）',
    en: 'a baby under a month old with a temperature off and a sign of infection (feeding less, less alert, cold or mottled)',
    adviceZh: '立即去急诊（新生儿感染进展很快）；不要只多喂水观察。',
    adviceEn: 'Go to an emergency department now (infection in the first month moves fast); do not just watch at home.',
    test: (c) => febrileNeonate(c.text, new Date()),
  },
  'choking-then-breathing': {
    zh: '孩子吃东西呛到后出现喘息、呼吸快或呼吸有声（可能有异物吸入气道）',
    en: 'a child who choked on food or an object and is now wheezy or breathing fast or noisily (possible inhaled foreign body)',
    adviceZh: '立即去急诊；不要用手指去抠，不要喂东西。',
    adviceEn: 'Go to an emergency department now; do not put fingers in the mouth and do not give food or drink.',
    test: (c) => chokingThenBreathing(c.text, c.modifiers.has('infant') || c.modifiers.has('underOne') || c.modifiers.has('child'), new Date()),
  },
  'withdrawal-delirium': {
    zh: '停酒后出现幻觉或意识混乱（可能为震颤谵妄）',
    en: 'hallucinations or confusion after stopping drinking (possible delirium tremens)',
    adviceZh: '立即呼叫急救或去急诊；不要让他独处，也不要再给他喝酒来缓解。',
    adviceEn: 'Call an ambulance or go to an emergency department now; do not leave them alone.',
    test: (c) => withdrawalDelirium(c.text, new Date()),
  },
};

export const CONDITION_FRAME_RULES: readonly ClinicalRule[] = (Object.entries(CONDITION_FRAMES) as [ConditionFrameId, FrameRow][]).map(([id, r]) =>
  clinicalRule(id, 'emergency', r.zh, r.en, r.adviceZh, r.adviceEn, r.test),
);
