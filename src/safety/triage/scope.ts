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
// Pure.

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
  `^\\s*(?:(?:so|and|but|well|ok|okay)\\s+)?(?:(?:our|my|the|his|her|their)\\s+)?(?:\\w+\\s+){0,2}?(?:${ANIMAL.source})|^\\s*(?:我家|我们家|家里|我的|家里的)?(?:的)?(?:小)?(?:${ANIMAL.source})`,
  'i',
);
/** Care only an animal gets: the sentence is about the pet. */
const VET = /\b(?:vet|vets|veterinar\w+)\b|兽医|宠物医院/i;
/** A person the clause names besides the animal ("bit me", 咬了我儿子): the finding may be theirs. */
const HUMAN = new RegExp(`\\b(?:i|me|my|our|your|i'm|im|i've|myself|we|us|you|toddler|${RELATIVE_EN})\\b|我(?!家|们家)|${RELATIVE_ZH}`, 'i');
/** The animal acting on someone (a bite, a scratch, an attack): the injury is the person's. */
const ACTS_ON = /\b(?:bit|bites|bitten|biting|scratched|attacked|mauled|got|jumped on|knocked)\b|咬|抓|扑|撞/i;
/** Pronouns that carry the animal on into the next clauses ("he was paddling his legs"), never "it" (often the wound). */
const CARRIER = /^\s*(?:(?:and|then|so|but)\s+)?(?:he|she|him|his|her|they)\b|^\s*(?:它|他|她)/i;

/** A story being written, read or told: what happens "where/in which/about" it is nobody's. */
const STORY_CLAUSE =
  /\b(?:novel|story|short story|book|script|screenplay|fanfic|fan fiction|play|scene|game|comic|chapter)\s+(?:where|in which|about|that|when)\b|(?:写|在写)(?:一?[本个篇部])?(?:小说|故事|剧本)[^，。？！]{0,4}(?:里|中)/i;

/** Someone in general in a condition ("如果有人跟我说想自杀", "if someone says they want to die, what do I do?"): the
 *  antecedent is nobody's, to the end of its clause. Never the writer ("what if I took all my pills" is theirs). */
const GENERIC_IF =
  /(?:如果|假如|要是|万一)(?:有人|别人|一个人|朋友|学生)|\b(?:if|when|whenever) (?:someone|somebody|a person|anyone|a friend|a student|a child|a patient|people|teens|teenagers|kids)\b/i;
/** History: a time frame a month or more back (years ago, last year, as a teen, 高中时候, 小时候, 三年前). */
const HISTORY =
  /\b(?:\d+|a few|few|several|many|two|three|four|five|six|seven|eight|nine|ten) (?:years?|yrs?|months?) ago\b|\byears ago\b|\blast (?:year|summer|winter|spring|autumn|fall)\b|\bin (?:high school|secondary school|middle school|college|uni|university|my teens|my twenties)\b|\bas a (?:child|kid|teen|teenager)\b|\bwhen (?:i|he|she|they) (?:was|were) (?:a )?(?:child|kid|little|young|teen|teenager|\d+)\b|\bback in (?:\d{4}|school|the day)\b|去年|前年|小时候|高中(?:的)?时候|初中(?:的)?时候|上学(?:的)?时候|大学(?:的)?时候|读书(?:的)?时候|\d+\s*年前|[一二两三四五六七八九十几多]+年前/i;
/** A recent past frame (days or weeks back) for someone else's episode. */
const RECENT_PAST =
  /\blast (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night)\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:a few|few|couple of|\d+|two|three) (?:days?|weeks?) ago\b|前几天|前些天|上周|上个?(?:星期|礼拜)|上个月/i;
/** The episode is over and was checked or is behind them: someone else's past episode settled. */
const SETTLED =
  /\bback (?:at|to) (?:work|school|normal|(?:his|her|their) (?:usual|normal|old) self)\b|\bback to \w+ing\b|\b(?:been |got |was )?checked (?:out|over)\b|\ball clear\b|\b(?:fully |completely )?recovered\b|\bfine now\b|\bdoing (?:fine|well|great) now\b|现在(?:都|已经|早就)?(?:好了|没事了?|过去|正常)|已经好了|都过去|早就好了|状态(?:挺|很|还|都)?好/i;
/** A clause anchored now: a present frame no past frame covers. */
const NOW =
  /\b(?:now|today|tonight|right now|currently|at the moment|this (?:morning|afternoon|evening|week))\b|\b(?:since|for the past|for the last) (?:yesterday|last night|this morning|\d+|a few|two|three) ?(?:days?|hours?|weeks?)?\b|\b(?:an?|\d+|few) (?:hours?|minutes?|mins?) ago\b|\bjust (?:now|happened)\b|\bagain\b|刚才|刚刚|正在|今天|今早|今晚|昨晚|昨天|现在(?!(?:都|已经|早就|也)?(?:好了|过去|没事|正常|挺好))|这两天|最近|又/i;
/** The writer speaking of themself in the present (the block of someone else's past ends there). */
const WRITER_NOW = /\b(?:i'm|im|i am|i've|i have|i keep|i get|i feel|my question)\b|我(?:现在|最近|今天|想问|的问题)/i;

/** The writer in the clause (I, me, my knee, 我), not as the one whose relative or friend it tells of. */
const WRITER = /\b(?:i|me|my|i'm|im|i've|i'd|myself)\b|我/i;
const RELATIVE_G = new RegExp(`\\bmy (?:\\w+ )?(?:${RELATIVE_EN})\\b|我(?:的)?(?:${RELATIVE_ZH})`, 'gi');

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
  const vetSaid = VET.test(text);
  for (const s of text.matchAll(SENTENCE)) {
    const sAt = s.index ?? 0;
    const sentence = s[0];
    let storyFrom = -1;
    const story = STORY_CLAUSE.exec(sentence);
    if (story) storyFrom = story.index;
    // Someone else's recent episode told as over and checked ("A colleague collapsed last Wednesday… back at work"):
    // the block runs until the writer speaks of themself now.
    const opener = sentence.replace(RELATIVE_G, (m) => ' '.repeat(m.length));
    if (WRITER_NOW.test(sentence) || NOW.test(sentence) || WRITER_OPENS.test(opener)) otherPast = false;
    else if (settledSaid && RECENT_PAST.test(sentence)) otherPast = true;
    for (const c of sentence.matchAll(CLAUSE)) {
      const at = sAt + (c.index ?? 0);
      const clause = c[0];
      let owner: Owner = WRITER.test(clause.replace(RELATIVE_G, ' ')) ? 'writer' : 'other';
      // The animal is the patient only when the message gives it a vet (an animal flat beside a fuel burning indoors
      // is a clue to the people's exposure, not a patient of its own).
      const rest = clause.replace(ANIMAL_SUBJECT, '');
      // A clause about the vet's care ("the vet saw him") is the animal's too, unless it names a person.
      const vetClause = VET.test(clause) && !HUMAN.test(clause.replace(/\b(?:our|my)\b/gi, ''));
      animalTopic =
        vetSaid && ((ANIMAL_SUBJECT.test(clause) && !HUMAN.test(rest) && !ACTS_ON.test(rest)) || vetClause || (animalTopic && CARRIER.test(clause)));
      if (animalTopic) owner = 'animal';
      if (GENERIC_IF.test(clause)) owner = 'hypothetical';
      let time: Time = 'now';
      // History is context (a risk factor: a spleen removed years ago, the last tetanus jab) unless told as behind them.
      if (settledSaid && HISTORY.test(clause) && !NOW.test(clause)) time = 'past';
      else if (otherPast && owner !== 'writer') time = 'settled';
      // A story's part of the sentence ("…a novel where a character survives an overdose") is the story's, from its
      // frame to the sentence's end; the writer's part before it stays theirs.
      const storyAt = storyFrom < 0 ? -1 : Math.max(at, sAt + storyFrom);
      if (storyAt >= 0 && storyAt < at + clause.length) {
        if (storyAt > at) out.push({ start: at, end: storyAt, owner, time });
        out.push({ start: storyAt, end: at + clause.length, owner: 'fictional', time });
      } else out.push({ start: at, end: at + clause.length, owner, time });
    }
  }
  return out;
}

/** Something that may be happening now to a real person: what the rules and the reader grade. */
export const inScope = (c: ClauseScope): boolean => (c.owner === 'writer' || c.owner === 'other') && c.time === 'now';

/** The message with every out-of-scope clause blanked (same length, offsets kept). */
export function maskOutOfScope(text: string, scopes: readonly ClauseScope[] = readScopes(text)): string {
  let out = text;
  for (const c of scopes) if (!inScope(c)) out = out.slice(0, c.start) + ' '.repeat(c.end - c.start) + out.slice(c.end);
  return out;
}
