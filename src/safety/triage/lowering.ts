// Lowering an emergency with proof: the last step of triage, run on the final grade after every reader. The over-calls
// that remain come from rules firing on findings that are not the writer's present danger — a colleague's faint last
// week that turned out fine, a heart attack "had" opening a bill 💀 before "ok but seriously", a housemate convinced
// the writer is having a stroke, a nursing exam question about anaphylactic shock. Blanking such clauses before the
// readers (session 11's scope blanking) lost real emergencies, because a blanked clause could hide one. Here nothing is
// hidden from the readers: the emergency stands unless EVERY finding behind it sits in a stretch whose positive local
// reading says it is not a present danger (claimsIn), and the rest of the message, read again by the same readers
// (the caller's floor), is no emergency on its own and tells no red flag of a real person now. The caller never asks
// for a message with a crisis, self-harm, overdose, child or pregnancy finding, nor one a danger reading has claimed (a
// life threat, a collapse seen now, a hard finding, a past condition beside present signs). Lowered to urgent, never
// routine, unless every claim is a figure of speech: then the rest of the message decides alone. Pure (the floor is
// the caller's function).
import { DAY_OR_MORE_BACK, NOW_SAID, PAST_TIME, PRESENT_NOW } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import type { TriageLevel } from '../types.js';
import { RELATIVE_EN, RELATIVE_ZH } from './persons.js';
import type { SignId } from '../red-flags/signs.js';
import type { SignHit } from './sign-scan.js';
import { TAKE_BACK, TURN } from './taken-back.js';

/** Why a stretch of text is not the writer's present danger. */
export type NotPresentReading = 'figure' | 'history' | 'belief' | 'study' | 'hypothetical';

export interface Claim {
  reading: NotPresentReading;
  start: number;
  end: number;
}

/** A sentence: up to a stop, a line break, or (in Chinese written without punctuation) a space between two Han
 *  characters ("护考复习 过敏性休克首选药…"). */
const SENTENCE = /(?:[^.?!。？！\n\s]|\s(?![\u4e00-\u9fff])|(?<![\u4e00-\u9fff])\s|\.(?=\d))+[.?!。？！]*/g;

// ── figure: a dramatic event said and laughed off before the real question ─────────────────────────────────────────
/** The laugh after the figure: the take-back's laugh (taken-back.ts) or the skull emoji ("dead", said of a laugh). The
 *  suicide take-back does not read the skull: its grade was measured without it. */
const LAUGH = new RegExp(`${TAKE_BACK.source}|💀|☠️`, 'i');
/** An intensifier construction whose head is a feeling, not a symptom: 笑死/累死/气死/吓死/烦死, 无聊得要命, "dying of
 *  boredom", "scared me to death". A pain or breath head (疼死, 喘不上气得要命) is a symptom and is not here. */
const INTENSIFIER =
  /(?:笑|累|气|烦|吓|困|饿|热|冷|无聊|尴尬|丢人|馋|羡慕|急)(?:死(?:我了?|了|人)?|得要(?:命|死)|疯了)|\bdying (?:of|from) (?:boredom|laughter|embarrassment|cringe|curiosity|envy|the heat)\b|\b(?:bored|embarrassed|scared|frightened|tickled) (?:me )?to death\b|\b(?:scared|frightened) (?:me|the life out of me) to death\b/gi;

const FIGURE_CLAUSE_BREAK = /[,;，；、]|\b(?:and|but|so|because|plus|then)\b|而且|然后|但是?|因为/gi;
/** What a figure can be said of: an event's name ("had a heart attack", 中风了), never a symptom of the writer's. */
const FIGURE_HEADS: ReadonlySet<SignId> = new Set<SignId>(['cardiacEvent', 'strokeEvent', 'anaphylaxisEvent']);

/** Said not to be a joke: no laugh in the message takes anything back. */
const NOT_JOKING = /不是开玩笑|没开玩笑|不开玩笑|说真的不是|\bnot (?:joking|kidding)\b|\bno joke\b|\bi'?m (?:dead )?serious\b/i;

function figureClaims(text: string, sentences: readonly RegExpMatchArray[]): Claim[] {
  const out: Claim[] = [];
  if (NOT_JOKING.test(text)) return out;
  sentences.forEach((m, i) => {
    const s = m[0];
    const laugh = LAUGH.exec(s);
    if (!laugh) return;
    // The turn to the real question follows the laugh, in this sentence or the next.
    const after = s.slice(laugh.index) + (sentences[i + 1]?.[0] ?? '');
    if (!TURN.test(after)) return;
    // The figure is the clause the laugh closes, not the sentence: "my chest is crushing and I'm having a heart attack
    // lol" laughs at the heart attack, not at the chest.
    const at = m.index ?? 0;
    const before = s.slice(0, laugh.index);
    const opens = [...before.matchAll(FIGURE_CLAUSE_BREAK)].at(-1);
    const from = opens ? (opens.index ?? 0) + opens[0].length : 0;
    // A figure is the writer's own hyperbole: an event said of someone else ("my dad had a heart attack lol") is told.
    if (matchesOf(PERSON, s.slice(from, laugh.index)).some(isOther)) return;
    out.push({ reading: 'figure', start: at + from, end: at + laugh.index });
  });
  for (const m of matchesOf(INTENSIFIER, text)) out.push({ reading: 'figure', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

// ── history: an absent third party's past event that is over ───────────────────────────────────────────────────────
const ANIMAL_EN = 'dog|puppy|cat|kitten|beagle|labrador|spaniel|terrier|pet|horse|rabbit|hamster|parrot';
const ANIMAL_ZH = '狗|猫|宠物|兔子|仓鼠|鹦鹉';
/** A third party named (group 1) or the writer (group 2): "my colleague", "a colleague", "our beagle", 我同事, 她; "I", 我. */
const PERSON = new RegExp(
  `\\b((?:my|our|a|an|the|his|her|their)(?: \\w+)? (?:${RELATIVE_EN}|${ANIMAL_EN})s?|he|she|they)\\b|((?<![\\w'])(?:i|i'm|im|i've|i'd|me|myself)(?![\\w']))|((?:${RELATIVE_ZH}|${ANIMAL_ZH}|他|她|它))|(我(?!(?:的)?(?:${RELATIVE_ZH})))`,
  'gi',
);
const isOther = (p: RegExpMatchArray): boolean => p[1] !== undefined || p[3] !== undefined;
/** The event is over, said of it: checked and fine, back to their life, recovered. */
const OVER =
  /\bturned out (?:to be )?(?:fine|ok(?:ay)?|nothing(?: serious)?|just|only|a (?:simple|harmless|minor|mild|benign) \w+|low blood sugar|dehydration|indigestion|anxiety|a panic attack|a faint|a virus|muscular)\b|\b(?:(?:has|'s|have|'ve) been )?checked (?:\w+ )?out\b|\bback (?:at|to) (?:work|school|normal|(?:his|her|their) (?:normal|usual|old) self|stealing|playing|eating)\b|\bback to (?:himself|herself|themselves)\b|\brecovered\b|\bdischarged\b|\ball clear\b|\b(?:bloods?|tests?|scans?) (?:were |came back |all )?(?:normal|fine|clear)\b|\bfine now\b|已经好了|早就好了|痊愈|出院了|没事了|恢复了|检查(?:了)?(?:都)?(?:没事|没问题|正常)|一切正常/i;

const OVER_ALL = new RegExp(OVER.source, 'gi');
/** Where a clause starts: a comma or stop, or a conjunction. */
const CLAUSE_BOUNDARY = /[.?!;,。？！；，、\n]|\b(?:and|but|then|so)\b|但|可是|而且|然后/gi;
/** Where the clause that says the event is over ends. */
const OVER_CLAUSE_END = /[.?!;,。？！；，\n]|\b(?:but|then|by|until|and then|now)\b|但|可是|后来|结果/i;
/** The event came back: it is not over, whatever was said of it before. */
const RECURRENCE =
  /\bcame back\b|\bcoming back\b|\bback again\b|\breturned\b|\brecurr\w*|\bagain\b|\banother (?:one|fit|seizure|attack|episode|stroke|faint|collapse)\b|\bone more\b|\bsame (?:thing|pain|feeling|symptoms?|as (?:before|last time|then|that time))\b|\blike (?:last|that) time\b|又|复发|再次|再一次|一样|同样|像上次|跟上次|和上次/i;

/** Now said of the event, apart from its being over now ("he's been checked out", "fine now"). */
const toldNow = (sentence: string): boolean => {
  const rest = sentence.replace(new RegExp(OVER.source, 'gi'), ' ');
  return NOW_SAID.test(rest) || SUDDEN.test(rest);
};
/** A sudden onset told: an event happening, not a history (我爸吃饭时突然胸口压榨样痛，和三年前那次一样). */
const SUDDEN = /突然|忽然|猛地|一下子|\bsudden(?:ly)?\b|\ball of a sudden\b/i;

function historyClaims(sentences: readonly RegExpMatchArray[]): Claim[] {
  const out: Claim[] = [];
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i] as RegExpMatchArray;
    const persons = matchesOf(PERSON, first[0]);
    // The stretch opens on a sentence whose first person named is someone else, told at a past time, not now.
    if (!(persons[0] && isOther(persons[0])) || !DAY_OR_MORE_BACK.test(first[0]) || toldNow(first[0])) {
      i += 1;
      continue;
    }
    // It runs on while the sentences name no one but that party and say nothing of now.
    let j = i + 1;
    while (j < sentences.length) {
      const s = (sentences[j] as RegExpMatchArray)[0];
      if (toldNow(s) || matchesOf(PERSON, s).some((p) => !isOther(p))) break;
      j += 1;
    }
    // The claim starts with the clause that holds the time back: what is told before it ("My dad is slurring his
    // words, he had a stroke last year and recovered") is not told as history. It ends with the clause that says the
    // event is over: what is told after it — even in the same sentence ("checked out on Monday, by Wednesday the
    // crushing pain came back") — is not covered. A recurrence anywhere from its start says it is not over.
    const text = sentences[0]?.input ?? '';
    const head = first[0].slice(0, DAY_OR_MORE_BACK.exec(first[0])?.index ?? 0);
    const opens = matchesOf(CLAUSE_BOUNDARY, head).at(-1);
    const start = (first.index ?? 0) + (opens ? (opens.index ?? 0) + opens[0].length : 0);
    const last = sentences[j - 1] as RegExpMatchArray;
    const stretch = text.slice(start, (last.index ?? 0) + last[0].length);
    const overs = matchesOf(OVER_ALL, stretch);
    const lastOver = overs.at(-1);
    if (lastOver && !RECURRENCE.test(text.slice(start))) {
      const from = (lastOver.index ?? 0) + lastOver[0].length;
      const clauseEnd = stretch.slice(from).search(OVER_CLAUSE_END);
      out.push({ reading: 'history', start, end: start + (clauseEnd < 0 ? stretch.length : from + clauseEnd) });
    }
    i = j;
  }
  return out;
}

// ── belief: someone else's belief about the writer, the signs denied by the writer ─────────────────────────────────
const BELIEF_EN = new RegExp(
  `\\b(?:my|our) (?:\\w+ )?(?:${RELATIVE_EN})\\b[^.?!]{0,24}?\\b(?:(?:is|'s) (?:convinced|sure|certain|worried)|thinks|reckons|swears|insists|keeps saying|says)\\b(?: that)? (?=i'?m\\b|i am\\b|i'?ve\\b|i have\\b|i had\\b)`,
  'gi',
);
/** Where the belief ends: a stop, a comma, or a conjunction that may open the writer's own report ("…and my face is
 *  drooping", "…because my arm is weak"). */
const BELIEF_END = /[.?!,;。？！，；\n]|\b(?:and|but|because|since|as|so|though|although|while|plus)\b|$/i;
/** 我老公非说我中风了 / 室友觉得我中风了: the belief is the predicate said of 我, up to 了 or the next clause, a space, or the
 *  writer's next 我 / 但 / 没 / 不. */
const BELIEF_ZH = new RegExp(
  `(?:${RELATIVE_ZH})[^，。？！,\\s]{0,6}?(?:非说|硬说|一口咬定|总说|老说|觉得|以为|怀疑|认定)我[^，。？！,\\s我但没不]{1,8}?(?:了|吧|(?=[，。？！,\\s我但没不]|$))`,
  'g',
);

/** The writer saying a sign is absent or a function is normal ("no weakness", "I can talk fine", 脸没歪, 手脚都有力). */
const WRITER_DENIAL =
  /\b(?:i'?m|i am|i feel) (?:fine|ok|okay|normal|alright|totally fine)\b|\bno (?:weakness|numbness|tingling|droop\w*|slurr\w*|headache|chest pain|pain|confusion|sweating)\b|\b(?:looks?|feels?|works?|talk(?:ing)?|speak(?:ing)?|walk(?:ing)?|move|moving) (?:fine|normal(?:ly)?|ok)\b|\bboth (?:arms|legs|hands|sides) (?:work|are fine|fine|ok|move)\b|没歪|不歪|不麻|没(?:有)?(?:麻|无力|头疼|头痛|胸痛|胸闷)|有力|能动|说话(?:正常|清楚|利索)|我没事|好好的/gi;
/** How many times the writer denies a sign or states a normal function. */
export const writerDenials = (text: string): number => matchesOf(WRITER_DENIAL, text).length;

function beliefClaims(text: string): Claim[] {
  const out: Claim[] = [];
  for (const m of matchesOf(BELIEF_EN, text)) {
    const start = m.index ?? 0;
    const from = start + m[0].length;
    out.push({ reading: 'belief', start, end: from + text.slice(from).search(BELIEF_END) });
  }
  for (const m of matchesOf(BELIEF_ZH, text)) out.push({ reading: 'belief', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

// ── study: an exam or textbook question, asked of no one ───────────────────────────────────────────────────────────
const STUDY =
  /护考|执业(?:医师|药师|护士)?考试|考研|复习|刷题|这道题|选择题|考点|教材|课本|书上写|老师讲|\b(?:nclex|usmle|osce|mcqs?|flashcards?|textbook|revising for|revision for|studying for (?:my|an?|the) (?:exam|test|boards|finals)|nursing school|med(?:ical)? school exam|practice question)\b/i;

/** A question asked of knowledge: the study frame's sentences are questions ("…首选药是肾上腺素对吧", "which drug…?"). */
const QUESTION = /[?？]|吗|对吧|是不是|哪|什么|多少|\b(?:what|which|how|why|when|is it|are they|true or false)\b/i;
/** Something happening, told without a subject (复习的时候突然胸口剧痛, 复习到一半胸口疼): no question of knowledge. */
const HAPPENING = /突然|忽然|的时候|时候|到一半|正在|刚|开始|一直|\bsudden(?:ly)?\b|\bwhile\b|\bwhen i\b|\bstarted\b|\bkeeps?\b/i;
/** What a study question asks of: a drug, a dose, the signs, a mechanism, a difference (心梗的表现有哪些, 首选什么药). */
const KNOWLEDGE =
  /首选|剂量|用量|表现|症状有|体征|机制|定义|特点|区别|鉴别|治疗|用药|诊断|原则|是什么|有哪些|哪个|哪种|多少|\b(?:first[- ]line|drug of choice|dose|dosage|mechanism|signs? of|symptoms? of|features? of|treatment|management|diagnos\w*|differen\w*|definition|which|what is|what are|what's)\b/i;

function studyClaims(text: string, sentences: readonly RegExpMatchArray[]): Claim[] {
  if (!STUDY.test(text)) return [];
  return sentences
    .filter((m) => QUESTION.test(m[0]) && KNOWLEDGE.test(m[0]) && !HAPPENING.test(m[0]) && matchesOf(PERSON, m[0]).length === 0 && !NOW_SAID.test(m[0]))
    .map((m) => ({ reading: 'study' as const, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

// ── hypothetical: a question what WOULD be an emergency, in a message that tells nothing of anyone ─────────────────
/** A question of criteria: "would crushing chest pain be a reason to call an ambulance", "how do you know if a reaction
 *  is anaphylaxis", "when should chest pain mean 999", 什么情况下…要打120, 到什么程度. */
const CRITERION =
  /\bwould (?:\w+ ){1,8}?be (?:a reason|an emergency|serious|enough|a sign)\b|\bwhen (?:is|are|does|do|should|would)\b[^.?!]{0,60}\b(?:call|999|911|112|000|ambulance|a&e|er|emergency)\b|\bhow (?:do|can|would|should) (?:i|you|we|one|people) (?:know|tell)(?: if| whether| when)\b|什么情况下|到什么程度|出现什么(?:情况|症状)|哪些情况(?:要|需要|必须)/i;
/** The writer's own state in the question: "I'm", "I have", "my", 我 — the question may be about the writer now. */
const FIRST_STATE = /\bi'?m\b|\bi am\b|\bi(?:'ve| have| had)\b|\bmy\b|\bme\b|我(?!们)/i;

function hypotheticalClaims(sentences: readonly RegExpMatchArray[]): Claim[] {
  const asked = sentences.filter(
    (m) => CRITERION.test(m[0]) && QUESTION.test(m[0]) && !FIRST_STATE.test(m[0]) && !NOW_SAID.test(m[0]) && !HAPPENING.test(m[0]),
  );
  if (asked.length === 0) return [];
  // Nothing else in the message may tell of anyone or any time: "… be a reason to call an ambulance? It started 20
  // minutes ago" is the writer's episode, though its last sentence names no sign for the floor to read.
  const others = sentences.filter((m) => !asked.includes(m));
  if (others.some((m) => matchesOf(PERSON, m[0]).length > 0 || NOW_SAID.test(m[0]) || PRESENT_NOW.test(m[0]) || PAST_TIME.test(m[0]) || HAPPENING.test(m[0])))
    return [];
  return asked.map((m) => ({ reading: 'hypothetical' as const, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Every stretch of `text` (the normalised message) whose positive local reading says it is not a present danger. */
export function claimsIn(text: string): Claim[] {
  const sentences = matchesOf(SENTENCE, text);
  return [
    ...figureClaims(text, sentences),
    ...historyClaims(sentences),
    ...beliefClaims(text),
    ...studyClaims(text, sentences),
    ...hypotheticalClaims(sentences),
  ];
}

/** `text` with the claimed stretches blanked (offsets kept): what the floor reads. */
export function withoutClaims(text: string, claims: readonly Claim[]): string {
  let out = text;
  for (const c of claims) out = out.slice(0, c.start) + ' '.repeat(c.end - c.start) + out.slice(c.end);
  return out;
}

/** What the same readers find in the rest of the message: its level, and whether a red-flag finding in it is told of
 *  a real person now (triage.ts presentDangerTold). */
export interface Floor {
  level: TriageLevel;
  presentFinding: boolean;
  /** The learned reader's own opinion of the rest, before the gates that keep it from deciding a short or unanchored
   *  message ("Now my husband is on the floor and won't answer me": emergency to the reader, routine by the gates);
   *  null when triage runs rules only. */
  reader: TriageLevel | null;
}

/** A function lost, told: can't, unable to, won't (wake, answer), 起不来, 动不了, 说不出, 叫不醒. */
const INABILITY = /\b(?:can'?t|cannot|unable to|won'?t|couldn'?t|not able to)\b|不能|不了|不起来|动不了|说不出|叫不醒|喊不醒|醒不过来/i;

export interface LowerInput {
  /** The normalised message the sign hits were found in. */
  text: string;
  /** The sign hits behind the emergency grade. */
  behind: readonly SignHit[];
  /** What the same readers find in the rest of the message (claimed stretches blanked). */
  floor: (rest: string) => Floor;
  /** What the writer explicitly denied: a belief of someone else's is no claim without a denial of the writer's own. */
  denied: number;
}

export interface Lowered {
  level: 'urgent' | 'routine';
  claims: Claim[];
}

const within = (h: SignHit, c: Claim): boolean => h.start >= c.start && h.end <= c.end && (c.reading !== 'figure' || FIGURE_HEADS.has(h.sign));

/** The emergency lowered, or null when it stands: every hit behind it claimed, and the rest of the message no
 *  emergency. The caller has already ruled out the findings that are never lowered. */
export function lowerEmergency(input: LowerInput): Lowered | null {
  if (input.behind.length === 0) return null;
  // Someone else's belief is no claim unless the writer denies the signs: by the sign layer's count, or twice in words.
  const denied = input.denied > 0 || writerDenials(input.text) >= 2;
  const all = claimsIn(input.text).filter((c) => c.reading !== 'belief' || denied);
  const used = all.filter((c) => input.behind.some((h) => within(h, c)));
  if (!input.behind.every((h) => used.some((c) => within(h, c)))) return null;
  const rest = withoutClaims(input.text, used);
  const floor = input.floor(rest);
  // The rest must be no emergency to every reader: not by the rules, no red flag told now, and not to the learned
  // reader itself — a state told now that no rule reads ("my husband is on the floor and won't answer me") is heard by
  // the reader even where its gates keep it from deciding.
  if (floor.level === 'emergency' || floor.presentFinding || floor.reader === 'emergency') return null;
  // Nor may the rest tell of something the writer or someone cannot do ("I just can't get up off the floor", 叫不醒):
  // a function lost is told, whatever signs were denied.
  if (INABILITY.test(rest)) return null;
  // Beside a third party's history, nor name someone else told now ("He's having another one now", 他现在…): someone
  // present now, whatever the words. (Beside a belief the believer is told now — "is she being dramatic?" — as a matter
  // of course.)
  const history = used.some((c) => c.reading === 'history');
  const otherNow = (m: RegExpMatchArray): boolean => matchesOf(PERSON, m[0]).some(isOther) && (NOW_SAID.test(m[0]) || PRESENT_NOW.test(m[0]));
  if (history && matchesOf(SENTENCE, rest).some(otherNow)) return null;
  // A figure alone leaves the rest to decide — unless the rest is told now ("lol anyway I'm on the floor and can't get
  // up"): the floor reads red flags, not every state, and a laugh is the weakest of the readings, so it lowers nothing.
  const figureOnly = used.every((c) => c.reading === 'figure');
  if (figureOnly && (NOW_SAID.test(rest) || PRESENT_NOW.test(rest))) return null;
  return { level: figureOnly ? floor.level : 'urgent', claims: used };
}
