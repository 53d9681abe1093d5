// Scope: whose finding a clause tells and when. Every rule reader (signs, sign rules, clinical rules, the suicide
// screen) and the learned reader read the message through it (analyse.ts), so a danger word told of a pet, of a story
// being written, of someone in general, or of an episode that is over is read by nobody — instead of each rule
// learning its own exceptions. Read once per clause from the text's structure, in zh and en:
//   owner   'writer' | 'other' (a real person, present or absent) | 'animal' (a pet as the clause's subject — not
//           acting on someone — and the clauses that carry it on by pronoun, only when the message gives it a vet) |
//           'fictional' (a story being written or told, from "a novel where…" to the sentence's end) | 'hypothetical'
//           (someone in general: "if someone…", 如果有人…, to the end of the clause; never the writer);
//   time    'now' | 'settled' (someone else's recent episode told as over and checked: "…last Wednesday… back at
//           work", until the writer speaks of themself) | 'past' (history: years ago, in high school, 小时候);
//           a message that tells anything as happening now keeps both as context of it (a spleen removed years ago
//           beside tonight's fever), and history only counts as over when the message says it is behind them.
// A clause is in scope when it may be happening now to a real person: owner writer or other, time now. The writer's
// own settled episode stays in scope (stance.ts reads it as resolved: one level lower, never nothing). Polarity — a
// denied sign, a question asked — is read per sign by red-flags/context.ts and per message by stance.ts: blanking an
// asked clause removes the frame the rest of the message is read in ("what are the warning signs of…? my mum says
// hers would be chest pain"), so it is not done here. Out-of-scope clauses are blanked (same length, offsets kept).
// Whose a finding is, clause by clause here and sign by sign for the other readers (signCarriers: the last person named
// before a sign in its clause — modifiers.ts, a nursing mother's own breast complaint vs a baby's fever; consult
// facts.ts, a child only as company), is one reading of the persons a stretch of text names (personsNamed), each caller
// with its own person words. Pure.

import { matchesOf } from '../red-flags/match.js';

export type Owner = 'writer' | 'other' | 'animal' | 'fictional' | 'hypothetical';
export type Time = 'now' | 'settled' | 'past';

export interface ClauseScope {
  start: number;
  end: number;
  owner: Owner;
  time: Time;
}

/** The one list of people named by their tie to the writer ("my daughter", "my boss", 我女儿, 我同事): scope.ts and
 *  fiction.ts read real persons from it. */
export const RELATIVE_EN =
  'son|daughter|husband|wife|partner|boyfriend|girlfriend|mum|mom|mother|dad|father|grandma|grandpa|grandad|nan|friend|colleague|coworker|boss|brother|sister|roommate|housemate|flatmate|neighbou?r|uncle|aunt|cousin|in-laws?|child|kid|baby';
export const RELATIVE_ZH = '女儿|儿子|老公|老婆|爱人|妈|爸|孩子|宝宝|朋友|同事|室友|邻居|哥|姐|弟|妹|爷|奶|外公|外婆|领导|同学|男朋友|女朋友|对象';
/** A pet or farm animal named as someone's ("our beagle", 我家的狗): the clause's subject when it opens the clause. */
const ANIMAL =
  /\b(?:dog|dogs|cat|cats|puppy|pup|kitten|pet|rabbit|bunny|hamster|guinea pig|horse|pony|parrot|budgie|ferret|beagle|labrador|lab|spaniel|terrier|collie|poodle|retriever|dachshund|pug|husky|corgi|greyhound|whippet|schnauzer|chihuahua|tortoise|gerbil)\b|狗狗?|猫咪?|宠物|兔子|仓鼠|鹦鹉|金毛|泰迪|柯基|哈士奇|比熊|柴犬|博美|拉布拉多/i;
const ANIMAL_SUBJECT = new RegExp(
  `^\\s*(?:(?:so|and|but|well|ok|okay)\\s+)?(?:(?:our|my|the|his|her|their)\\s+)?(?:(?!and\\b|&)\\w+\\s+){0,2}?(?:${ANIMAL.source})|^\\s*(?:我家|我们家|家里|我的|家里的)?(?:的)?(?:小)?(?:${ANIMAL.source})`,
  'i',
);
/** Care only an animal gets: the sentence is about the pet. */
const VET = /\b(?:vet|vets|veterinar\w+)\b|兽医|宠物医院/i;
/** A person the clause names besides the animal ("bit me", 咬了我儿子): the finding may be theirs. */
const HUMAN = new RegExp(`\\b(?:i|me|my|our|your|i'm|im|i've|myself|we|us|you|toddler|${RELATIVE_EN})\\b|我(?!家|们家)|${RELATIVE_ZH}`, 'i');
/** The animal acting on someone (a bite, a scratch, an attack): the injury is the person's. */
const ACTS_ON = /\b(?:bit|bites|bitten|biting|scratched|attacked|mauled|got|jumped on|knocked)\b|咬|抓|扑|撞/i;
/** Pronouns that carry the animal on into the next clauses ("he was paddling his legs"), never "it" (often the wound).
 *  he/she/他/她 carry it only when the message names no person but the writer (beside "my daughter", "she" is hers). */
const CARRIER = /^\s*(?:(?:and|then|so|but)\s+)?(?:he|she|him|his|her|they)\b|^\s*(?:他|她)/i;
const CARRIER_IT = /^\s*它/;
/** A person named besides the writer: a relative, a friend, someone by their role or age ("my 2 year old"). */
const PERSON_NAMED = new RegExp(
  `\\b(?:${RELATIVE_EN}|toddler|teenager|man|woman|guy|girl|boy|lady|patient|husband|wife)s?\\b|\\b\\d+ ?(?:year|yr|month)s?[- ]old\\b|${RELATIVE_ZH}|[一二两三四五六七八九十\\d]+岁`,
  'i',
);

/** A story frame being written or read ("I'm drafting a screenplay where…", 我在写的小说里…): what happens "where/in
 *  which/about" it is the story's. Only a frame with a verb of writing or reading: "watching the game when…", "the
 *  scene where the crash happened", "the script that my GP gave me" are real events (fiction.ts reads films watched). */
const STORY_CLAUSE =
  /\b(?:writ\w*|wrote|draft\w*|read\w*|work(?:ing)? on|plott\w*|outlin\w*|edit\w*)\s+(?:(?:a|an|the|my|our|this|that|some)\s+)?(?:[\w-]+\s+){0,2}?((?:novel|story|short story|book|script|screenplay|fanfic|fan fiction|comic|chapter|poem)\s+(?:where|in which|about))\b|(?:写|在写)(?:一?[本个篇部])?(?:小说|故事|剧本)[^，。？！]{0,4}(?:里|中)/i;
/** Where the story gives way to the real world: the writer ("and I just cut mine"), a real person ("my dad's face"), or
 *  a present frame — the story owns only what lies between its frame and this. */
const STORY_ENDS = new RegExp(
  `\\b(?:i|i'm|im|i've|i'd|i'll|me|myself)\\b|\\bmy (?:\\w+ )?(?:${RELATIVE_EN})|\\b(?:now|right now|tonight|today|just)\\b|我(?!的?(?:小说|故事|剧本|主角|角色))|(?:${RELATIVE_ZH})|现在|刚才|刚刚|今天`,
  'i',
);

/** Someone in general in a condition ("如果有人跟我说想自杀", "if someone says they want to die, what do I do?"): the
 *  antecedent is nobody's, to the end of its clause. Never the writer ("what if I took all my pills" is theirs). */
// Only nobody in particular (someone, 有人): "if a friend…", "when a child…" may be the friend or child of tonight.
// And only a condition told of what someone says or feels, not of an act or a danger under way ("if someone took 30
// paracetamol an hour ago", 万一有人现在割腕了): asking what to do about an acute danger is treated as real.
const GENERIC_IF = /(?:如果|假如|要是|万一)(?:有人|别人|一个人)|\b(?:if|when|whenever) (?:someone|somebody|a person|anyone|people)\b/i;
/** An act done or a danger under way: a condition telling it is no general question. */
const ACUTE_ACT =
  /\b(?:took|taken|takes|swallow\w*|overdos\w*|cut|cuts|slit|slashed|hang\w*|hung|jump\w*|collaps\w*|passed out|won'?t (?:wake|stop|breathe|respond)|not (?:breathing|responding|waking)|isn'?t (?:breathing|responding|waking)|unconscious|unresponsive|bleed\w*|chok\w*|fitting|seizing|turn(?:ed|ing|s)? blue)\b|吃了|吞了|喝了|服了|割了|割腕了|跳了|跳下|晕倒|昏迷|叫不醒|流血|出血|抽搐|不呼吸|没有?呼吸|没有?意识/i;
/** History: a time frame a month or more back (years ago, last year, as a teen, 高中时候, 小时候, 三年前). */
const HISTORY =
  /\b(?:\d+|a few|few|several|many|two|three|four|five|six|seven|eight|nine|ten) (?:years?|yrs?|months?) ago\b|\byears ago\b|\blast (?:year|summer|winter|spring|autumn|fall)\b|\bin (?:high school|secondary school|middle school|college|uni|university|my teens|my twenties)\b|\bas a (?:child|kid|teen|teenager)\b|\bwhen (?:i|he|she|they) (?:was|were) (?:a )?(?:child|kid|little|young|teen|teenager|\d+)\b|\bback in (?:\d{4}|school|the day)\b|去年|前年|小时候|高中(?:的)?时候|初中(?:的)?时候|上学(?:的)?时候|大学(?:的)?时候|读书(?:的)?时候|\d+\s*年前|[一二两三四五六七八九十几多]+年前/i;
/** A recent past frame (days or weeks back) for someone else's episode. */
const RECENT_PAST =
  /\blast (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night)\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:a few|few|couple of|\d+|two|three) (?:days?|weeks?) ago\b|前几天|前些天|上周|上个?(?:星期|礼拜)|上个月/i;
/** The episode is over and was checked or is behind them: someone else's past episode settled. */
const SETTLED =
  /\bback (?:at|to) (?:work|school|normal|(?:his|her|their) (?:usual|normal|old) self)\b|\bback to \w+ing\b|\b(?:(?:has|have|had|he's|she's|they've|i've) )?(?:been |got |was )?checked (?:out|over)\b|\ball clear\b|\b(?:fully |completely )?recovered\b|\bfine now\b|\bdoing (?:fine|well|great) now\b|现在(?:都|已经|早就)?(?:好了|没事了?|过去|正常)|已经好了|都过去|早就好了|状态(?:挺|很|还|都)?好/i;
/** A clause anchored now: a present frame no past frame covers. */
const NOW =
  /\b(?:now|today|tonight|right now|currently|at the moment|this (?:morning|afternoon|evening|week))\b|\b(?:since|for the past|for the last) (?:yesterday|last night|this morning|\d+|a few|two|three) ?(?:days?|hours?|weeks?)?\b|\b(?:an?|\d+|few) (?:hours?|minutes?|mins?) ago\b|\bjust (?:now|happened)\b|\bagain\b|刚才|刚刚|正在|今天|今早|今晚|昨晚|昨天|现在(?!(?:都|已经|早就|也)?(?:好了|过去|没事|正常|挺好))|这两天|最近|又/i;
/** A statement told in the present ("he's", "is", "still", "won't", 一直, 还, 现在) or set against what is over ("but",
 *  可是): read with the settled words blanked ("is back at work" is no present complaint). An episode told as over, or
 *  history, covers only clauses with none of it. */
const PRESENT =
  /\b(?:is|isn'?t|are|aren'?t|am|i'm|im|he's|she's|they're|there's|it's|still|won'?t|can'?t|cannot|doesn'?t|don'?t|keeps?|has|have|i've|now|currently|just|tonight|today|but)\b|一直|还|现在|正在|越来越|仍|依然|不停|止不住|叫不醒|不开门|刚|可是|但是|却/i;
const present = (clause: string): boolean => PRESENT.test(clause.replace(SETTLED, ' '));
/** A real person as the clause's subject told in the present: the writer ("I", 我) or someone named by their tie to
 *  the writer ("my husband is", 我室友), or he/she in a present statement. No clause of theirs is ever blanked. */
const REAL_SUBJECT = new RegExp(
  `\\b(?:i|i'm|im|i've|i'd|i'll)\\b|\\bmy (?:[\\w-]+ ){0,2}(?:${RELATIVE_EN})s?\\b|\\b(?:he|she|he's|she's)\\b|我|(?:${RELATIVE_ZH})|他|她`,
  'i',
);
const PERSON_SUBJECT = new RegExp(`\\b(?:i|i'm|im|i've|i'd|i'll)\\b|\\bmy (?:[\\w-]+ ){0,2}(?:${RELATIVE_EN})s?\\b|我|(?:${RELATIVE_ZH})`, 'i');
const realNow = (clause: string, owner: Owner): boolean =>
  present(clause) &&
  (owner === 'animal' ? PERSON_SUBJECT : REAL_SUBJECT).test(
    clause.replace(/\b(?:my|our) (?:character|protagonist|hero|heroine|story|novel|book|script)\b/gi, ' '),
  );

/** The writer speaking of themself in the present (the block of someone else's past ends there). */
const WRITER_NOW = /\b(?:i'm|im|i am|i've|i have|i keep|i get|i feel|my question)\b|我(?:现在|最近|今天|想问|的问题)/i;

/** The writer in the clause (I, me, my knee, 我), not as the one whose relative or friend it tells of. */
const WRITER = /\b(?:i|me|my|i'm|im|i've|i'd|myself)\b|我/i;
const RELATIVE_G = new RegExp(`\\bmy (?:\\w+ )?(?:${RELATIVE_EN})\\b|我(?:的)?(?:${RELATIVE_ZH})`, 'gi');

/** Who a person named is: someone else (group 1 of the caller's person words) or the writer (group 2). */
export type Carrier = 'other' | 'writer' | 'unsaid';

/** The persons `text` names, in order: `person` (global) names a third person in group 1 and the writer in group 2. */
export function personsNamed(text: string, person: RegExp): Exclude<Carrier, 'unsaid'>[] {
  return matchesOf(person, text).map((p) => (p[1] ? 'other' : 'writer'));
}

/**
 * The carrier of every `sign` match in the text, in order, read the way a listener does: the last person named before
 * it in its clause ("my baby has a fever", "我在家带宝宝玩，他发烧两天了" → the other person; "I get wheezy" → the writer;
 * "vomiting since this morning" → no one said). `clauseBreak` ends a clause (whatever is before it does not name the
 * carrier).
 */
export function signCarriers(text: string, sign: RegExp, person: RegExp, clauseBreak: RegExp): Carrier[] {
  return matchesOf(sign, text).map((m) => personsNamed(text.slice(0, m.index).split(clauseBreak).pop() ?? '', person).at(-1) ?? 'unsaid');
}

/** The clause owner's person words: a relative by their tie to the writer (someone else's: "my daughter", 我女儿), or
 *  the writer (I, me, my knee, 我). The writer named anywhere in the clause, not as the one whose relative it tells of,
 *  owns it. */
const OWNER_PERSON = new RegExp(`(${RELATIVE_G.source})|(${WRITER.source})`, 'gi');

/** A sentence the writer opens as its subject ("I froze", 我不知道…). */
const WRITER_OPENS = /^\s*(?:i|i'm|im|i've|i'd|my|me)\b|^\s*我/i;

const SENTENCE = /[^.?!。？！\n]+[.?!。？！\n]*/g;
const CLAUSE = /[^,;，；:：、]+[,;，；:：、]*/g;

/** Every clause of the message with its owner and time (in order; clauses cover the text but for whitespace). */
export function readScopes(text: string): ClauseScope[] {
  const out: ClauseScope[] = [];
  // What is over is out of scope only when nothing is told as happening now: beside a present complaint, history and
  // someone's checked episode are its context (a spleen removed years ago beside tonight's fever).
  const settledSaid = SETTLED.test(text) && !NOW.test(text);
  let animalTopic = false;
  let otherPast = false;
  // Each settled block, and whether a clause of it says the episode is over: a block never said over is not over.
  let block = -1;
  const closed = new Set<number>();
  const blockOf = new Map<ClauseScope, number>();
  const vetSaid = VET.test(text);
  // A he/she after the animal is the animal's only when the message names no one else it could be.
  const personNamed = PERSON_NAMED.test(text);
  for (const s of text.matchAll(SENTENCE)) {
    const sAt = s.index ?? 0;
    const sentence = s[0];
    // The story owns what lies between its frame and the first word of the real world after it.
    let storyFrom = -1;
    let storyTo = -1;
    const story = STORY_CLAUSE.exec(sentence);
    if (story) {
      storyFrom = story[1] ? story.index + story[0].length - story[1].length : story.index;
      const after = story.index + story[0].length;
      const end = STORY_ENDS.exec(sentence.slice(after));
      storyTo = end ? after + end.index : sentence.length;
    }
    // Someone else's recent episode told as over and checked ("A colleague collapsed last Wednesday… back at work"):
    // the block runs from its past frame to the clause that says it is over, and ends at any present statement.
    const opener = sentence.replace(RELATIVE_G, (m) => ' '.repeat(m.length));
    if (WRITER_NOW.test(sentence) || WRITER_OPENS.test(opener)) otherPast = false;
    for (const c of sentence.matchAll(CLAUSE)) {
      const at = sAt + (c.index ?? 0);
      const clause = c[0];
      let owner: Owner = personsNamed(clause, OWNER_PERSON).includes('writer') ? 'writer' : 'other';
      // The animal is the patient only when the message gives it a vet (an animal flat beside a fuel burning indoors
      // is a clue to the people's exposure, not a patient of its own).
      const subject = ANIMAL_SUBJECT.exec(clause);
      const rest = clause.replace(ANIMAL_SUBJECT, '');
      // A person named with the animal as the subject ("my kid and dog both ate…") keeps the clause the person's.
      const withPerson = subject !== null && HUMAN.test(subject[0].replace(/\b(?:our|my|the|his|her|their)\b/gi, ''));
      // A clause about the vet's care ("the vet saw him") is the animal's too, unless it names a person.
      const vetClause = VET.test(clause) && !HUMAN.test(clause.replace(/\b(?:our|my)\b/gi, ''));
      const carried: boolean = animalTopic && (CARRIER_IT.test(clause) || (!personNamed && CARRIER.test(clause)));
      animalTopic = vetSaid && ((subject !== null && !withPerson && !HUMAN.test(rest) && !ACTS_ON.test(rest)) || vetClause || carried);
      if (animalTopic) owner = 'animal';
      if (GENERIC_IF.test(clause) && !ACUTE_ACT.test(clause) && !NOW.test(clause)) owner = 'hypothetical';
      let time: Time = 'now';
      const isPresent = present(clause) || NOW.test(clause) || WRITER_NOW.test(clause);
      // A clause saying the episode is over closes its block, present-tense or not ("he's been checked out").
      if (otherPast && SETTLED.test(clause)) closed.add(block);
      if (isPresent) otherPast = false;
      else if (settledSaid && owner !== 'writer' && RECENT_PAST.test(clause) && !otherPast) {
        otherPast = true;
        block += 1;
      }
      // History is context (a risk factor: a spleen removed years ago, the last tetanus jab) unless told as behind them.
      if (settledSaid && HISTORY.test(clause) && !isPresent) time = 'past';
      else if (otherPast && owner !== 'writer') time = 'settled';
      // The settled episode covers only its own clauses: it ends with the one that says it is over.
      if (time === 'settled' && SETTLED.test(clause)) closed.add(block);
      if (SETTLED.test(clause)) otherPast = false;
      const from = out.length;
      // A story's part of the sentence ("…a novel where a character survives an overdose") is the story's, from its
      // frame to the real world after it; the writer's part before it stays theirs.
      const end = at + clause.length;
      const fromAt = storyFrom < 0 ? -1 : Math.max(at, sAt + storyFrom);
      const toAt = storyFrom < 0 ? -1 : Math.min(end, sAt + storyTo);
      if (fromAt >= 0 && fromAt < toAt) {
        if (fromAt > at) out.push(scoped(text, at, fromAt, owner, time));
        out.push(scoped(text, fromAt, toAt, 'fictional', time));
        if (toAt < end) out.push(scoped(text, toAt, end, owner, time));
      } else out.push(scoped(text, at, end, owner, time));
      if (time === 'settled') for (const c of out.slice(from)) blockOf.set(c, block);
    }
  }
  return out.map((c) => (c.time === 'settled' && !closed.has(blockOf.get(c) ?? -1) ? { ...c, time: 'now' as const } : c));
}

/** The floor under every reading above: a clause with a real person as its subject told in the present (the writer,
 *  "my husband is trapped", "she is unconscious") is in scope, whoever else the reader took it to be about. */
function scoped(text: string, start: number, end: number, owner: Owner, time: Time): ClauseScope {
  const c = { start, end, owner, time };
  return !inScope(c) && realNow(text.slice(start, end), owner) ? { start, end, owner: owner === 'writer' ? 'writer' : 'other', time: 'now' } : c;
}

/** The clause carries its own evidence of being out of scope: the animal or its vet or a pronoun carrying it, the
 *  story's frame (its span opens at it), the general 'if someone', a history frame, or the settled episode's past frame
 *  or a block said to be over (readScopes keeps no settled block no clause of which says so). */
export function ownEvidence(text: string, c: ClauseScope): boolean {
  const clause = text.slice(c.start, c.end);
  switch (c.owner) {
    case 'animal':
      return ANIMAL.test(clause) || VET.test(clause) || CARRIER_IT.test(clause) || (CARRIER.test(clause) && !PERSON_NAMED.test(text));
    case 'fictional':
      return true;
    case 'hypothetical':
      return GENERIC_IF.test(clause);
    default:
      // A settled block is one a clause of it says is over (readScopes), its middle clauses with it.
      return c.time === 'past' ? HISTORY.test(clause) : c.time === 'settled';
  }
}

/** Something that may be happening now to a real person: what the rules and the reader grade. */
export const inScope = (c: ClauseScope): boolean => (c.owner === 'writer' || c.owner === 'other') && c.time === 'now';

/** The message with every out-of-scope clause blanked (same length, offsets kept). */
export function maskOutOfScope(text: string, scopes: readonly ClauseScope[] = readScopes(text)): string {
  let out = text;
  for (const c of scopes) if (!inScope(c)) out = out.slice(0, c.start) + ' '.repeat(c.end - c.start) + out.slice(c.end);
  return out;
}
