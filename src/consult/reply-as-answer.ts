// A reply is read as the patient's answer to the question asked (session 31): whose each clause of it is. A clause whose
// subject is another adult ("no, but my friend fainted at the gym", "是我妈昨天晕倒了", "my husband's was 165/110") tells
// nothing of the patient; in a consultation that is the writer's own it is left out of what the case's readers see
// (review s30 S2 d01, b26, a44: the triage read such a clause of a reply as the patient's sign). Pure; it only leaves
// words out, and only where the opening says the complaint is the writer's and the reply does not say otherwise.

/** Adults around the writer, named as a clause's subject (a child is never left out: its sign matters whoever asks). */
const ADULT_EN =
  'mum|mom|mam|mother|mother-in-law|dad|father|father-in-law|sister|brother|friend|mate|partner|husband|wife|boyfriend|girlfriend|colleague|cousin|aunt|auntie|uncle|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|nurse|neighbou?r|flatmate|roommate|housemate|boss|in-laws?';
const ADULT_ZH =
  '妈妈|我妈|老妈|妈咪|阿妈|婆婆|公公|奶奶|爷爷|外婆|外公|姥姥|姥爷|姐姐|我姐|妹妹|我妹|哥哥|我哥|弟弟|我弟|朋友|闺蜜|同事|老公|老婆|丈夫|妻子|爱人|护士|同学|邻居|室友|爸爸|我爸|老爸|岳母|丈母娘';
/** Words before the subject that say nothing of whose ("no, but my friend…", "是我妈…", "actually my mum's…"). */
const LEAD = String.raw`(?:(?:no|nope|yes|yeah|but|and|though|well|actually|only|just|oh|haha|是|不是|没有|沒有|但是|不过|不過|就是|可是|而且|倒是)[\s,，.。!！]*)*`;
const ADULT_SUBJECT = new RegExp(String.raw`^\s*${LEAD}(?:(?:my|our|his|her|the|a)\s+)?(?:${ADULT_EN})(?:'s|s')?\b|^\s*${LEAD}我?(?:${ADULT_ZH})`, 'i');
/** He/she/they as a subject: someone else only where the opening says the complaint is the writer's and names no one else. */
const PRONOUN_SUBJECT = new RegExp(String.raw`^\s*${LEAD}(?:(?:he|she|they)(?:'s|'d|'ve)?\b|他|她)`, 'i');
/** The writer named in the rest of the clause ("my husband says I fainted", 老公帮我量了血压): the clause stays. */
const WRITER = /\b(?:i|i'm|i've|i'd|im|me|my|mine|myself)\b|我(?!妈|爸|姐|妹|哥|弟|婆|公|奶|爷|外|姥|老公|老婆|爱人|朋友|同事|家)/i;
/** Another person reporting what they see ("my partner says it's heavier", "my mum thinks it's spreading", 老公说脸色很白):
 *  the report is of the patient, and stays. */
const REPORTS =
  /^\s*(?:\w+\s+)?(?:says?|said|thinks?|thought|reckons?|noticed|told|tells|saw|sees|can see|is sure|was sure)\b|^[^，。,.]{0,3}(?:说|說|讲|講|觉得|覺得|发现|發現|看到|见到|見到)/i;
/** The reply says the patient is someone else ("1、不是我，是我爸", "not me, it's my dad"): read as written. */
const NOT_THE_WRITER =
  /不是我|不系我|\bnot (?:for )?me\b|\bnot mine\b|\bisn'?t (?:for )?me\b|\bit'?s (?:for )?my (?:mum|mom|mother|dad|father|husband|wife|partner|grand\w+|nan|gran)\b/i;
/** The answer word and a chip number kept when a clause is left out ("no, but…" keeps "no"; "…it 3" keeps "3"). */
const KEEP_LEAD = /^\s*(?:\d{1,2}\s*[.、)．]\s*)?(?:(?:no|nope|yes|yeah|没有|沒有|有|是|不是)\b[\s,，]*)?/i;
const KEEP_TAIL = /\s\d{1,2}\s*$/;
/** The writer's own body told: a pregnancy, a birth, a period. */
const OWN_BODY =
  /怀孕|懷孕|孕\d|孕[一二三四五六七八九十]|早孕|有咗|产后|產後|生完|坐月子|月经|月經|例假|\b(?:pregnan\w*|\d+\s*(?:wks?|weeks?) (?:along|gone)|postpartum|post-?natal|gave birth|had (?:my|the|our) baby|my periods?|period (?:is|was) (?:late|due))\b/i;
/** The writer told as the one it is about: I, me, 我 (not 我家, 我妈…). */
const SELF = /\b(?:i|i'm|i've|i'd|im|ive|me|myself)\b|我(?!家|们|們|妈|媽|爸|姐|妹|哥|弟|婆|公|奶|爷|爺|外|姥|老公|老婆|爱人|朋友|同事|儿|兒|女|孩|宝|寶)/i;
/** "My" before a word that is no person ("my chest hurts", "my period is late"): the writer's own. */
const MY_BODY = new RegExp(
  String.raw`\bmy\s+(?!\d|(?:${ADULT_EN}|son|daughter|baby|babies|child|kid|kids|toddler|boy|girl|little|newborn|infant|twins?|lo|family|dads?|mums?|moms?)(?:'?s)?\b)[a-z]`,
  'i',
);
/** A child named by a word or an age: "my 4 year old", "7 month old", "3yo", 孩子, 宝宝, 两岁. */
const CHILD =
  /\b\d+\s*[- ]?(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)[- ]old\b|\b\d+\s*yo\b|\b(?:son|daughter|baby|child|kids?|toddler|boy|girl|newborn|infant|twins?)\b|岁|歲|个月|個月|孩子|宝宝|寶寶|儿子|兒子|女儿|女兒|小孩|娃|婴儿|嬰兒/i;
/** Where a reply's clause ends (a full stop only before a space: 3.5, 160/110.). */
const CLAUSE = /[，,。;；!！?？\n]|\.(?=\s)/g;

/** Whose the consultation is, as the opening tells it: the writer's own (and no one else named) or not said/another's. */
export interface ReplyFrame {
  /** The opening names no other adult and no one else carries its signs: another adult's clause in a reply is no sign. */
  writersOwn: boolean;
  /** The opening says the complaint is the writer's ("I have…", "我…") and names no other person: he/she is someone else. */
  writerNamed: boolean;
}

/** The frame of an opening: `carriers` is who carries its signs (facts.ts symptomCarriers). */
export function replyFrame(opening: string, carriers: ReadonlySet<string>): ReplyFrame {
  const adultNamed = new RegExp(String.raw`\b(?:${ADULT_EN})(?:'?s)?\b|${ADULT_ZH}`, 'i').test(opening);
  // Whose the complaint is must be told: the writer carries a sign, or the opening is about the writer's own body
  // (a pregnancy, a birth, a period). An unframed "发烧三天" may be a mother's, and a reply then says so ("我妈今年70").
  // "my" alone does not say it ("my 7 month old has been vomiting", "my dads ankles"): the writer as I, me or 我.
  const selfTold = SELF.test(opening) || MY_BODY.test(opening);
  const told = selfTold || OWN_BODY.test(opening);
  // A child named ("my 4 year old", 孩子) makes it the child's, unless the opening is the mother's own body (a44 "生完宝宝两周").
  const child = CHILD.test(opening);
  const writersOwn = told && !carriers.has('other') && !adultNamed && (!child || OWN_BODY.test(opening));
  return { writersOwn, writerNamed: writersOwn && selfTold && !child && !/\b(?:he|she|they|him|her|hes|shes|his)\b|他|她/i.test(opening) };
}

/** Does this clause tell another adult's sign? (Its own words only; the frame says whose the case is.) */
function notThePatients(clause: string, frame: ReplyFrame): boolean {
  const subject = ADULT_SUBJECT.exec(clause) ?? (frame.writerNamed ? PRONOUN_SUBJECT.exec(clause) : null);
  const rest = clause.slice(subject?.[0].length ?? 0);
  return subject !== null && !WRITER.test(rest) && !REPORTS.test(rest);
}

/**
 * The reply as the patient's own answer: clauses that tell another adult's sign are blanked (their answer word, chip
 * number and ends kept, so numbered answers and lists still line up). A consultation not plainly the writer's own, or a
 * reply that says the patient is someone else, is read as written.
 */
export function ownReplyWords(reply: string, frame: ReplyFrame): string {
  if (!frame.writersOwn || NOT_THE_WRITER.test(reply)) return reply;
  let out = '';
  let start = 0;
  for (const m of [...reply.matchAll(CLAUSE), { index: reply.length, 0: '' }]) {
    const end = m.index ?? reply.length;
    const clause = reply.slice(start, end);
    const kept = notThePatients(clause, frame) ? `${KEEP_LEAD.exec(clause)?.[0] ?? ''}${KEEP_TAIL.exec(clause)?.[0] ?? ''}` : clause;
    out += kept + (m[0] ?? '');
    start = end + (m[0]?.length ?? 0);
  }
  return out;
}
