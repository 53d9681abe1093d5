// A young child who swallowed an adult medicine from a "one pill can kill" class, read as parts: a young child (a
// toddler noun or an age up to 6) × a swallowing act told as done (吃了/吞了/误服, swallowed/got into/gave her … by
// mistake) × a medicine whose CLASS is dangerous at one tablet for a toddler (calcium-channel blockers, beta-blockers,
// sulfonylureas, opioids, tricyclics, clonidine, and the lay class words 降压药/降糖药/"blood pressure pill"). The count
// does not matter: one tablet is enough. A class member is read by its INN stem or Chinese ending, by its name, or by a
// brand the knowledge base's alias table (src/knowledge/drugs.ts) maps to one of them. An unnamed adult's medicine
// ("吃了他爷爷的药", "swallowed one of grandad's pills") is urgent: which medicine it was decides, so call poison control.
// Pure.
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { ONE_PILL_CLASSES } from '../../knowledge/toxic-agents.js';
import { escapeRegExp } from '../../core/regex.js';
import { findAges } from '../red-flags/age.js';
import { withMedicineClass } from './ingestion.js';
import { accidentalAccess, readCountDrop, readLevelDrop } from './level-drop.js';
import type { ClinicalRule } from './clinical.js';
import { clinicalRule } from './clinical.js';

const CLASSES = ONE_PILL_CLASSES;

let brands: { cls: string; re: RegExp }[] | undefined;
/** Brand and other names the alias table gives for each class's canonical names (络活喜 → 氨氯地平, norvasc). */
function brandTable(): { cls: string; re: RegExp }[] {
  if (brands) return brands;
  const aliases = parseSeedAliases();
  brands = [];
  for (const [cls, def] of Object.entries(CLASSES)) {
    const names = new Set<string>();
    for (const [canon, list] of Object.entries(aliases)) {
      if (!def.canonical.test(canon)) continue;
      for (const a of list) if (a.trim().length >= 2) names.add(a.trim());
    }
    if (!names.size) continue;
    const latin = [...names].filter((n) => /[a-z]/i.test(n)).map(escapeRegExp);
    const han = [...names].filter((n) => !/[a-z]/i.test(n)).map(escapeRegExp);
    const parts = [...(han.length ? [`(?:${han.join('|')})`] : []), ...(latin.length ? [`\\b(?:${latin.join('|')})\\b`] : [])];
    brands.push({ cls, re: new RegExp(parts.join('|'), 'iu') });
  }
  return brands;
}

/** The dangerous class a stretch of text names, if any. */
export function dangerousClassIn(text: string): string | null {
  for (const [cls, def] of Object.entries(CLASSES)) if (def.en.test(text) || def.zh.test(text)) return cls;
  for (const { cls, re } of brandTable()) if (re.test(text)) return cls;
  return null;
}

/** A young child named: a toddler/baby noun, or a child noun with no age over 6 (an age over 6 — "我儿子12岁" — is no
 *  toddler; "my son" or "女儿" alone is read only with an age up to 6). */
const TODDLER = /宝宝|宝贝|小孩|孩子|娃|婴儿|幼儿|小朋友|\b(?:baby|babies|toddler|infant|little one|kid|child)\b|\b(?:my|our) (?:little )?(?:boy|girl)\b/i;
const YOUNG_DAYS = 7 * 365;
/** Half a year said as 半岁 — no number for the age reader. */
const HALF_YEAR = /半岁/u;
export function youngChild(text: string): boolean {
  if (HALF_YEAR.test(text)) return true;
  const ages = findAges(text).map((a) => a.days);
  if (ages.some((d) => d < YOUNG_DAYS)) return true;
  if (ages.length && ages.every((d) => d >= YOUNG_DAYS)) return false;
  return TODDLER.test(text);
}

/** Swallowing told as done, the child's act or given to the child. */
const ACT =
  /吃了|吃下|吃进|吞了|吞下|咽了|咽下|喝了|喝下|喝进|舔了|含了|嚼了|咬了|误服|误吃|误食|误喝|偷吃|偷喝|给[^，。！？]{0,10}(?:吃|喝)了|喂[^，。！？]{0,6}(?:了|下)|\b(?:swallowed|has swallowed|ate|eaten|chewed(?: on)?|drank|drunk|sipped|sucked(?: on)?|licked|bit into|had (?:it|one|some) in (?:his|her|their) mouth|took|has taken|got into|got hold of|gave (?:him|her|them|my \w+)\b[^.?!]{0,30}\bby mistake|gave (?:him|her|them|my \w+) (?:\w+ ){0,4}(?:instead of|thinking))\b/i;
/** Not done: nearly, caught in time, taken from the mouth, asked about as a what-if. */
export const NOT_DONE =
  /差点|险些|没吃|没有吃|没吞|没咽|还没|抢(?:下来|过来|走)|拿走了|及时(?:发现|拿)|\b(?:nearly|almost|about to|tried to|trying to|reached for|caught (?:it|him|her|them) (?:before|in time)|before (?:he|she|they) (?:could|swallowed)|didn'?t (?:swallow|eat|take)|did not (?:swallow|eat|take)|took it (?:off|from|away))\b/i;
export const WHAT_IF =
  /如果|万一|要是|假如|会怎样|会怎么样|怎么办[？?]?$|\b(?:what if|what happens if|what should i do if|if (?:a|my|your) (?:child|kid|toddler|baby)|in case)\b/i;
/** An adult's medicine (someone else's supply), unnamed: "他爷爷的药", "grandad's pills", "my tablets". */
const ADULT_MEDICINE =
  /(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|爸爸?|妈妈?|大人|老人|我|老公|老婆)的[^，。！？]{0,6}(?:药|片)|\b(?:(?:grand(?:ma|pa|ad|mother|father|dad|mum|mom)|nan|gran|mum|mom|dad|my husband|my wife|my partner)'?s|my|his (?:grand\w+)'s|her (?:grand\w+)'s) (?:\w+ ){0,2}(?:pills?|tablets?|meds|medicines?|medications?|capsules?)\b/i;

/** A medicine name after withMedicineClass's rewrite (药药药, "pills     "), two or more 药 in a row being a rewritten name, …
/** …with its adult owner right before it ("我的舍曲林", "my sertraline", "grandad's lisinopril"): a child's own medicine
 *  given as a dose ("宝宝吃了布洛芬") is no accident. */
const NAMED_ADULT_MEDICINE =
  /(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|爸爸?|妈妈?|大人|老人|我|老公|老婆)的[^，。！？]{0,3}药{2,}|\b(?:my|grand\w*'?s|nan'?s|gran'?s|mum'?s|mom'?s|dad'?s|husband'?s|wife'?s|partner'?s)\s+(?:\w+\s+)?(?:pills\s|meds\b)/i;

export interface ChildMedicine {
  /** The dangerous class named, or null for an unnamed adult medicine. */
  cls: string | null;
}

const SENTENCE = /[。！？!?\n]|\.(?:\s|$)/;
/** How far from the act a medicine may be named and still be its object ("把我爸的降压药当成维生素给我2岁女儿吃了一片",
 *  "吃了一片 氨氯地平"); farther off it is some other medicine in the message (the writer's own). */
const OBJECT_SPAN = 30;
/** The writer as the one who swallowed ("我吃了一片降压药", "I took my metoprolol"): the last person before the act. */
const PERSON_BEFORE =
  /我(?![家的爸妈爷奶姥外儿女孙])|(?:宝宝|宝贝|小孩|孩子|娃|婴儿|幼儿|小朋友|女儿|儿子|闺女|孙子|孙女|[他她])|\bI\b|\b(?:baby|toddler|infant|little one|kid|child|son|daughter|boy|girl|grandson|granddaughter|he|she|they)\b/g;
export function writerActs(before: string): boolean {
  const persons = [...before.matchAll(PERSON_BEFORE)].map((m) => m[0]);
  const last = persons.at(-1);
  return last === '我' || last === 'I';
}

/** Session 44 (blind triage-bh bh047 "3岁孙子刚才把我吃的降糖药当糖豆吃了"): in a 把 clause the actor stands BEFORE 把; a
 *  我 after it sits inside the object ("把我吃的降糖药", "把我的药": whose medicine, not who swallowed). The child is the
 *  actor when the last person before the clause's last 把 is a child noun and no 我 stands between that child and 把.
 *  Only this reader asks it (writerActs, shared with four other readers, is unchanged); it can only let the child's act
 *  through, and "我把孙子的药吃了" (我 before 把) still reads as the writer's own act. */
const CHILD_ACTOR = /宝宝|宝贝|小孩|孩子|娃|婴儿|幼儿|小朋友|女儿|儿子|闺女|孙子|孙女|外孙女?|小外孙/;
export function childBeforeBa(before: string): boolean {
  const ba = before.lastIndexOf('把');
  if (ba < 0) return false;
  const head = before.slice(Math.max(0, before.slice(0, ba).search(/[，,；;]?[^，,；;]*$/)), ba);
  const persons = [...head.matchAll(PERSON_BEFORE)].map((m) => m[0]);
  const last = persons.at(-1);
  return last !== undefined && CHILD_ACTOR.test(last);
}

/** Someone's own medicine told beside the child's act ("我自己在吃降压药", "我妈在吃氨氯地平", "爷爷在吃降压药", "and I
 *  take amlodipine", "she's on metoprolol"): no object of it (a done act, "他吃了", is not this). */
const WRITER_TAKES =
  /(?:我|[他她]|爷爷|奶奶|外公|外婆|姥姥|姥爷|爸爸?|妈妈?|老人)(?:自己)?(?:平时|每天|一直|也|还)?(?:在)?(?:吃|服|用)(?!了)|我自己|(?:^|[^A-Za-z'])I(?: also| still)? (?:take|took|am on|'m on|use)\b|\b(?:he|she|they|grand\w+|mum|mom|dad)(?:'s| is| are) (?:on|taking)\b|\bmy own\b/g;
const CLAUSE_BREAK = /[，,；;]/g;
/** The stretches before and after the act that may name what was swallowed: OBJECT_SPAN characters, cut before at a
 *  clause break or the writer's own medicine, after at the writer's own medicine. */
function objectWindows(s: string, actStart: number, actEnd: number): [string, string] {
  let from = Math.max(0, actStart - OBJECT_SPAN);
  for (const re of [CLAUSE_BREAK, WRITER_TAKES]) for (const m of s.slice(0, actStart).matchAll(re)) from = Math.max(from, (m.index ?? 0) + m[0].length);
  // After the act the object runs to its clause's end ("drank some of my cough syrup with codeine"), at most twice the span.
  const clauseEnd = s.slice(actEnd).search(/[，,；;]/);
  let to = Math.min(s.length, actEnd + Math.max(OBJECT_SPAN, Math.min(2 * OBJECT_SPAN, clauseEnd < 0 ? s.length : clauseEnd)));
  const w = [...s.slice(actEnd, to).matchAll(WRITER_TAKES)][0];
  if (w) to = actEnd + (w.index ?? 0);
  return [s.slice(from, actStart), s.slice(actEnd, to)];
}

/** Session 40 (bd010): an amount gone told as a pill organiser's compartments now empty ("Tuesday and Wednesday
 *  compartments empty", 药盒有三格空了) or as a range of tablets gone ("maybe 4-6 tablets gone", "3 to 5 missing"). A
 *  compartment holds at least one tablet: with the child's access told, that is one tablet or more of the owner's
 *  medicine. An organiser empty as a thing ("nana's empty pill box") is no amount gone. Its own reading; level-drop.ts's
 *  counts are unchanged. */
const ORGANISER =
  /\b(?:pill (?:organi[sz]er|box|case)|dosette|(?:weekly|daily|7[- ]day) (?:pill|tablet|medicine) (?:box|organi[sz]er|case)|blister pack)\b|药盒|分药盒|周药盒|药格/i;
const COMPARTMENTS_EMPTIED =
  /\b(?:compartments?|slots?|sections?|boxes|pockets?|days?)\b[^.?!,;]{0,12}\b(?:(?:are|were|is|was|now|all) )*(?:empty|emptied|gone)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night)\b[^.?!]{0,40}\b(?:compartments?|slots?|sections?|ones?)\b[^.?!,;]{0,8}\b(?:empty|emptied)\b|(?:[一两二三四五六七几\d]+)?(?:格|个格子?)[^，。；]{0,4}(?:空了|是空的|都空)|空了[一两二三四五六七几\d]+格/i;
const RANGE_GONE =
  /\b\d+\s*(?:-|–|to|or)\s*\d+\s*(?:tablets?|pills?|capsules?)?\s*(?:are |were )?(?:gone|missing)\b|(?:少了|不见了)[一两二三四五六七八九\d]+\s*(?:到|至|或|-)\s*[一两二三四五六七八九十\d]+\s*(?:片|粒|颗)/i;
export function readOrganiserEmptied(text: string): boolean {
  return (ORGANISER.test(text) && COMPARTMENTS_EMPTIED.test(text)) || RANGE_GONE.test(text);
}

/** A young child who swallowed a one-pill-dangerous medicine (cls) or an unnamed adult's medicine (cls null), told as done. */
export function readChildMedicine(text: string): ChildMedicine | null {
  if (!youngChild(text) || WHAT_IF.test(text)) return null;
  let unnamed = false;
  // The same sentences with every medicine name rewritten as its class word (same lengths, same offsets).
  const rewritten = withMedicineClass(text).split(SENTENCE);
  for (const [i, s] of text.split(SENTENCE).entries()) {
    if (NOT_DONE.test(s)) continue;
    const act = ACT.exec(s);
    if (!act) continue;
    const given = /^(?:给|喂|gave)/i.test(act[0]);
    if (!given && writerActs(s.slice(0, act.index)) && !childBeforeBa(s.slice(0, act.index))) continue;
    const [before, after] = objectWindows(s, act.index, act.index + act[0].length);
    // The act itself may hold its object ("gave my 3 year old my metoprolol by mistake").
    const object = `${before} ${act[0]} ${after}`;
    const cls = dangerousClassIn(object);
    if (cls) return { cls };
    // A medicine named by the alias table that is no one-pill class ("把我的舍曲林吃了两片") is still an adult's medicine:
    // which one and how many decide, so poison control now (names rewritten to 药/pills, same offsets).
    const named = rewritten[i] ?? '';
    const namedObject = `${named.slice(act.index - before.length, act.index)} ${named.slice(act.index + act[0].length, act.index + act[0].length + after.length)}`;
    if (ADULT_MEDICINE.test(object) || NAMED_ADULT_MEDICINE.test(namedObject)) unnamed = true;
  }
  // No swallowing verb, but an amount gone from the child's reach ("降压药本来还剩十片，现在只剩五片，两岁的孩子一直在玩那个药盒",
  // "there were 20 in the pack and now there are 14"): the tablets gone are the child's when the child had the pack or no
  // adult's dosing is told (level-drop.ts). One tablet of a one-pill class is enough.
  if (!unnamed && accidentalAccess(text) && (readCountDrop(text) !== null || readLevelDrop(text, undefined) !== null || readOrganiserEmptied(text))) {
    const cls = dangerousClassIn(text);
    if (cls) return { cls };
    if (ADULT_MEDICINE.test(text)) unnamed = true;
  }
  if (!unnamed) return null;
  // The adult's medicine named elsewhere in the message ("吃了他爷爷的药。爷爷在吃氨氯地平") is that class.
  const elsewhere = dangerousClassIn(text);
  return { cls: elsewhere };
}

export const CHILD_MEDICINE_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'child-dangerous-medicine',
    'emergency',
    '幼儿误服了“一片就可能致命”的成人药（降压药、降糖药、阿片类止痛药、三环类抗抑郁药、可乐定等）',
    'a young child swallowed an adult medicine that can be dangerous at one tablet (blood pressure, diabetes, opioid, tricyclic or clonidine tablets)',
    '即使孩子现在看起来没事也要立即拨打急救电话或中毒急救热线并去急诊：这类药的中毒表现可能几小时后才出现。不要催吐，带上药盒。',
    'Call emergency services or poison control now and go to an emergency department, even if the child seems fine: signs can appear hours later. Do not make the child vomit; bring the packet.',
    (c) => readChildMedicine(c.text)?.cls != null,
  ),
  clinicalRule(
    'child-adult-medicine',
    'urgent',
    '幼儿误服了大人的药（不清楚是什么药）',
    "a young child swallowed an adult's medicine (which one is not known)",
    '现在就打中毒急救热线或急救电话，说清是谁的什么药、几片、什么时候吃的；不要催吐，找出药盒。孩子如果嗜睡、叫不醒、抽搐或呼吸异常，立即拨打急救电话。',
    'Call poison control now with whose medicine it was, how many and when; do not make the child vomit, and find the packet. If the child becomes drowsy, hard to wake, has a fit or breathes oddly, call emergency services.',
    (c) => readChildMedicine(c.text)?.cls === null,
  ),
];
