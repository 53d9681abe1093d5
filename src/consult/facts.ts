// Facts a consultation needs, read from the patient's own words (pure; zh + en). Each reader returns what the text
// states or undefined; nothing is guessed. The case state is the union of what every user turn stated.

import { ZH_COUNT } from '../core/zh-numerals.js';
import { readCount } from '../safety/red-flags/numbers.js';
import { type Carrier, signCarriers } from '../safety/triage/persons.js';
import type { CaseFacts } from './types.js';

export type { CaseFacts };

// 几 ("a few") is read as three here: "十几天" is about two weeks, "几个月" a few months.
const num = (s: string): number => readCount(s.replace(/几/g, '三'));

/**
 * A baby's or child's age in months said without "大" ("宝宝8个月", "三个月的孩子"): an age, not how long it has lasted
 * ("生完孩子三个月" is the time since the birth).
 */
const CHILD_MONTHS_ZH = new RegExp(
  `(?<!生完|生了|生下|有了)(?:宝宝|孩子|婴儿|娃|儿子|女儿|闺女)(?:才|刚|今年|现在)?(${ZH_COUNT})(?:个多|个)月|(${ZH_COUNT})(?:个多|个)月(?:大)?的(?:宝宝|孩子|婴儿|娃|儿子|女儿)`,
  'g',
);

/** A relative named with an age in brackets, after "is", or between commas ("my dad (79)", "mum is 81", "nan, 84,"). */
const KIN_AGE =
  /\b(?:dad|father|mum|mom|mother|nan|nana|gran|granny|grandad|granddad|grandpa|grandma|grandfather|grandmother|husband|wife|partner|son|daughter|brother|sister|uncle|aunt(?:ie)?)\b(?:\s*\((\d{1,3})\)|(?: is|,| who is| aged)\s+(?:now |only |just |nearly |almost )?(\d{1,3})\b(?!\s*(?:kg|lb|cm|%|weeks?|wks?|days?|hours?|months?|mo|mg|times|stone|st|mins?|minutes?|foot|feet|ft|inches|[.:]\d|['"])))/i;

/** "49M", "32F", "M49", "F 32": age and sex as forum posts give them (capitals only: "5m" is five metres or minutes). */
const AGE_SEX = /\b(\d{1,2})\s?([MF])\b|\b([MF])\s?(\d{1,2})\b/;

/** A baby's age in weeks or days, as an AGE is marked: "6 week old", "a 7-week-old", "8 wk old" (old), "宝宝6周大",
 *  "8周的宝宝", "宝宝50天大", "50天的宝宝" (大, 的宝宝), "出生50天", "BB出世六個星期" (born), or the weeks standing alone after
 *  the child word with nothing after the unit but the clause's end: "baby is 10 weeks, feels hot", "my baby (7 weeks)",
 *  "宝宝8周，" — not "my son is 6 weeks post-op / 3 weeks into antibiotics / 2 weeks late / 8 weeks in hospital", which
 *  say how long or how early, nor "宝宝两周没大便" (how long). Review s22 C-1. */
const CHILD_ZH = '(?:宝宝|寶寶|孩子|婴儿|嬰兒|娃|儿子|兒子|女儿|女兒|闺女|囡囡|BB仔|BB|bb)';
/** What may follow a child-word's weeks for them to be the age: the clause's end, "old", "now"/"today", or "and" opening
 *  the next clause ("my baby is 6 weeks and feels hot"). */
const AGE_UNIT_END = String.raw`(?=\s*(?:old\b|now\b|today\b|and\b|[,.;:!?)]|$))`;
const CHILD_EN = String.raw`\b(?:baby|son|daughter|boy|girl|infant|little one|lo)\b`;
const CHILD_EN_IS = String.raw`(?:'s| is| was| turned|\s*\()?,?(?:\s+(?:now|only|just|aged|almost|nearly|about))*,?\s*`;
const WEEKS_MARKED: readonly { re: RegExp; per: number; childWord?: true }[] = [
  { re: /\b(\d{1,2})\s*[- ]?(?:wks?|weeks?)[- ]old\b/i, per: 7 },
  { re: new RegExp(`${CHILD_EN}${CHILD_EN_IS}(\\d{1,2})\\s*(?:wks?|weeks?)\\b${AGE_UNIT_END}`, 'i'), per: 7, childWord: true },
  {
    re: new RegExp(
      `${CHILD_ZH}(?:才|刚|剛|刚满|剛滿|满|滿|现在|現在|已经|已經)?(${ZH_COUNT})\\s*(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?:大|了?(?=[，,。\\s]|$))`,
      'i',
    ),
    per: 7,
  },
  { re: new RegExp(`(${ZH_COUNT})\\s*(?:个|個)?(?:周|週|星期)(?:大)?的${CHILD_ZH}`, 'i'), per: 7 },
  { re: new RegExp(`(?:出生|出世|生下来|生下來)(?:了|咗)?(${ZH_COUNT})\\s*(?:个|個)?(?:周|週|星期|礼拜|禮拜)`), per: 7 },
  { re: new RegExp(`${CHILD_ZH}(?:才|刚|剛|刚满|剛滿|满|滿|现在|現在|已经|已經)?(${ZH_COUNT})\\s*天大`, 'i'), per: 1 },
  // Days right after the child word with 才/刚/满 ending the clause ("宝宝才40天，发烧", "孩子刚满28天。"): an age, though 大 is
  // left out (review s22). Days followed by more of the clause say how long ("满三天了还在咳嗽", "才3天没拉大便"), and a
  // child's age in months or years said elsewhere wins (childWord; review s23).
  { re: new RegExp(`${CHILD_ZH}(?:才|刚|剛|刚满|剛滿|满|滿)(${ZH_COUNT})\\s*天(?=[，,。；;！!？?\\s]|$)`, 'i'), per: 1, childWord: true },
  { re: new RegExp(`(?:出生|出世|生下来|生下來)(?:了|咗)?(${ZH_COUNT})\\s*天`), per: 1 },
  { re: new RegExp(`(${ZH_COUNT})\\s*天(?:大)?的${CHILD_ZH}`, 'i'), per: 1 },
];
/** The first marked weeks-or-days age in the text: its age in years, and whether only the child word marked it. */
function weeksAge(text: string): { age: number; childWord: boolean } | undefined {
  let best: { at: number; age: number; childWord: boolean } | undefined;
  for (const { re, per, childWord } of WEEKS_MARKED) {
    const m = re.exec(text);
    if (!m || (best && best.at <= m.index)) continue;
    const n = num(m[1]);
    if (Number.isFinite(n)) best = { at: m.index, age: (n * per) / 365, childWord: childWord === true };
  }
  return best;
}
/**
 * A child's age in months or years said anywhere ("is now 8 months old", "she's 5 months", "2 years old", "宝宝8个月大",
 * "孩子两岁"), not the writer's own ("I'm 32", "我30岁") nor another adult's in its clause: it wins over weeks that only a
 * child word marked ("my son was 6 weeks premature and is now 8 months old").
 */
const CHILD_MONTHS_YEARS = new RegExp(
  [
    String.raw`\b(\d{1,2})[- ]?(?:months?|mo|mths?)[- ]old\b`,
    String.raw`(?:${CHILD_EN}|\b(?:he|she)\b)${CHILD_EN_IS}(\d{1,2})\s*(?:months?|mos?|mths?)\b${AGE_UNIT_END}`,
    String.raw`\b(\d{1,2})[- ]?(?:years?|yrs?)[- ]old\b`,
    `(${ZH_COUNT})\\s*(?:个|個)?(?:月大|月龄|岁|歲|周岁|週歲)`,
  ].join('|'),
  'gi',
);
const OTHER_PERSON_IN_CLAUSE =
  /\b(?:i'?m|i am|i was|me|husband|wife|partner|mum|mom|dad|mother|father|brother|sister|sibling|twin|cousin|gran\w*|nan)\b|我(?!家|们家|的宝宝|的孩子|女儿|儿子)|老公|老婆|哥哥|姐姐|弟弟|妹妹|爸|妈/i;
function childMonthsOrYears(text: string): number | undefined {
  for (const m of text.matchAll(CHILD_MONTHS_YEARS)) {
    const clause =
      text
        .slice(0, m.index)
        .split(/[，,。;；!！?？\n]|\.(?=\s)/)
        .pop() ?? '';
    if (OTHER_PERSON_IN_CLAUSE.test(clause)) continue;
    const months = m[1] ?? m[2];
    if (months !== undefined) return Number(months) / 12;
    if (m[3] !== undefined) return Number(m[3]);
    const n = num(m[4]);
    if (Number.isFinite(n)) return /月/.test(m[0]) ? n / 12 : n;
  }
  return undefined;
}
/** Weeks or months after the child word that are not an age ("my son is 6 weeks post-op", "3 weeks into antibiotics",
 *  "2 weeks late", "was 8 weeks in hospital"), with no age in weeks marked elsewhere: a reader of ages by the child word
 *  alone would take them for an infant's age (review s22 C-1). */
const CHILD_SPAN = new RegExp(`${CHILD_EN}${CHILD_EN_IS}(\\d{1,2})\\s*(?:wks?|weeks?|months?|mos?)\\b`, 'gi');
const ENDS_AS_AGE = new RegExp(`^${AGE_UNIT_END}`, 'i');
export function weeksNotAnAge(text: string): boolean {
  return weeksAge(text) === undefined && [...text.matchAll(CHILD_SPAN)].some((m) => !ENDS_AS_AGE.test(text.slice(m.index + m[0].length)));
}
/** A newborn by name (days to weeks old), or one just a month old ("满月" not after a count of months). */
const NEWBORN = /\bnew-?born\b|新生儿|新生兒|刚出生|剛出生/i;
const JUST_A_MONTH = /(?<![一二两三四五六七八九十\d个個])满月|(?<![一二两三四五六七八九十\d个個])滿月/;

export function readAge(text: string): number | undefined {
  const childMonths = [...text.matchAll(CHILD_MONTHS_ZH)][0];
  if (childMonths) {
    const n = num(childMonths[1] ?? childMonths[2]);
    if (Number.isFinite(n)) return n / 12;
  }
  // A baby's age in weeks or days, or a newborn (read before years: "6 week old" holds no year; parents count in weeks
  // well past three months). Weeks told as a gestation are not an age (readPregnant reads those). Weeks marked only by
  // the child word yield to the child's age in months or years said elsewhere (review s22 C-1); an age marked as one
  // ("6 week old", "6周大") stands beside another child's years ("my 3 year old brought it home").
  const weeks = weeksAge(text);
  if (weeks) return weeks.childWord ? (childMonthsOrYears(text) ?? weeks.age) : weeks.age;
  if (NEWBORN.test(text)) return 2 / 52;
  if (JUST_A_MONTH.test(text)) return 5 / 52;
  const zh = new RegExp(`(${ZH_COUNT})\\s*(岁|个月大|月龄|周岁|天大)`).exec(text);
  if (zh) {
    const n = num(zh[1]);
    if (Number.isFinite(n)) return zh[2] === '个月大' || zh[2] === '月龄' ? n / 12 : zh[2] === '天大' ? n / 365 : n;
  }
  const en =
    /\b(\d{1,3})[- ]?(?:years?[- ]old|yrs?[- ]old|y\/?o|year-old)\b|\b(?:i'?m|i am|he'?s|she'?s|aged?)\s+(\d{1,3})\b(?!\s*(?:kg|lb|cm|%|weeks?|days?|hours?|months?|mg))/i.exec(
      text,
    );
  if (en) return Number(en[1] ?? en[2]);
  // The age beside the person written about, as forum posts and texts give it: "my dad (79)", "Mum (82)", "mum is 81",
  // "grandad, 84," — the patient named with their age (not "my son is 3 weeks": a unit makes it no age in years).
  const kin = KIN_AGE.exec(text);
  if (kin && !childWithSymptom(text)) return Number(kin[1] ?? kin[2]);
  // Age and sex in the forum shorthand ("49M", "F32").
  const short = AGE_SEX.exec(text);
  if (short) return Number(short[1] ?? short[4]);
  const months = /\b(\d{1,2})[- ]?(?:months?|mo)[- ]old\b|\b(\d{1,2}) months? old\b/i.exec(text);
  if (months) return Number(months[1] ?? months[2]) / 12;
  // A child's months said after the child word or a pronoun ("she's 5 months", "my baby is 2 months,").
  const childMonthsEn = childMonthsOrYears(text);
  if (childMonthsEn !== undefined && childMonthsEn < 1) return childMonthsEn;
  return undefined;
}

/** A partner named beside the speaker ("me and my husband want…", "我和老公…"): a companion, not the patient, so not
 *  the patient's sex. */
const WITH_PARTNER =
  /\b(?:me|i) and my (?:husband|wife|partner|boyfriend|girlfriend)\b|\bmy (?:husband|wife|partner|boyfriend|girlfriend) and (?:i|me)\b|我(?:和|跟|与)(?:我)?(?:老公|老婆|丈夫|妻子|爱人|男朋友|女朋友|对象)/gi;

/**
 * Someone the writer is with, not the patient ("when i … jump on the trampoline with my son", "跟我儿子一起"): the
 * relative is company only when the complaint is the writer's own (withoutCompany).
 */
export const WITH_COMPANION =
  /\b(?:with|alongside) (?:my|our) (?:little |young |eldest |youngest )?(?:son|daughter|kids?|children|boy|girl|toddler|baby|husband|wife|partner|dad|mum|mom|father|mother)s?\b|(?:跟|和|陪|带)(?:我)?(?:儿子|女儿|孩子|宝宝|老公|老婆|爸爸|妈妈)(?:一起|去|玩)/gi;

/** A symptom or a body's trouble, for telling whose it is (symptomCarriers). */
const SYMPTOM =
  /疼|痛|痒|肿|出血|流血|发烧|发热|烧到|高烧|低烧|咳|喘|吐|拉肚子|腹泻|拉稀|晕|抽搐|抽筋|抽了|疹|漏尿|尿裤子|没精神|精神不(?:太)?好|蔫|不舒服|难受|鼻塞|流鼻涕|哭闹|不吃奶|扭伤|扭了|崴|摔|受伤|胸闷|憋气|心慌|心悸|乏力|没力气|便秘|胀|麻|\b(?:tight\w*|weak\w*|palpitat\w*|pounding|heartburn|bloat\w*|constipat\w*|lumps?|twist\w*|sprain\w*|injur\w*|pain\w*|hurts?|hurting|\w*ache[sd]?|\w*aching|sore|itch\w*|swell\w*|swollen|bleed\w*|fevers?|feverish|temperature|cough\w*|rash\w*|blisters?|wheez\w*|short of breath|breathless\w*|dizz\w*|faint\w*|vomit\w*|sick|diarrh\w*|nause\w*|leak\w*|wet (?:myself|himself|herself)|runny|congest\w*|snott\w*|seizures?|fits?|convuls\w*|floppy|drows\w*|letharg\w*|tired|exhausted|numb\w*|tingl\w*|cramp\w*)\b/gi;
/** A person named: a third person (a pronoun or a child; group 1) or the writer (group 2). "我家"/"我们家" is the
 *  family's, not the writer's; "my son" ends on the son, who is named last. */
const PERSON =
  /(他|她|儿子|女儿|孩子|宝宝|婴儿|娃|小孩|\b(?:he|she|him|his|her|he's|she's|baby|son|daughter|kids?|child|toddler|boy|girl|infant|newborn)\b)|(我(?!家|们家)|\b(?:i|i'm|i've|im|ive|me|my|myself)\b)/gi;

/** Where a clause ends (a full stop only before a space: 3.5, e.g.). */
const CLAUSE_END = /[，,。;；!！?？\n]|\.(?=\s)/;
const CHILD_NOUN = /儿子|女儿|孩子|宝宝|婴儿|娃|小孩|\b(?:baby|son|daughter|kids?|child|toddler|boy|girl|infant|newborn|little one)\b/i;
const SYMPTOM_ONE = new RegExp(SYMPTOM.source, 'i');
/**
 * A child named where a symptom is a third person's or sits beside the child ("mum (70) is minding my daughter, she has
 * a high fever"): the child may be the patient, so the relative's age is not read as the patient's (the child's screen
 * stays). Conservative: it may cost an older relative's signs, never a child's screen.
 */
const childWithSymptom = (text: string): boolean =>
  CHILD_NOUN.test(text) && (symptomCarriers(text).has('other') || text.split(CLAUSE_END).some((c) => CHILD_NOUN.test(c) && SYMPTOM_ONE.test(c)));
/**
 * Whose the text's symptoms are: each is the last person named before it in its clause (safety/triage/persons.ts signCarriers, the
 * reader the triage's babySign shares) — the writer ("I get wheezy"), a third person ("she has had diarrhoea", "他发烧", "baby has
 * a rash") or no one said ("diarrhoea since this morning").
 */
export function symptomCarriers(text: string): Set<Carrier> {
  return new Set(signCarriers(text, SYMPTOM, PERSON, CLAUSE_END));
}

/**
 * The text without the writer's company. The relative is company only when the symptoms are the writer's own ("I still
 * leak when I jump on the trampoline with my son") and none is carried by anyone else: a pronoun or the child carrying
 * a symptom ("I'm at home with my baby and she has had diarrhoea", "我在家带宝宝玩，他发烧两天了") makes the one named
 * the patient, and symptoms said of no one ("stuck at home with my baby, vomiting since this morning") leave the child
 * named — the child's screen is then asked rather than lost.
 */
export const withoutCompany = (said: string): string => {
  const rest = said.replace(WITH_COMPANION, ' ');
  if (rest === said) return said;
  const who = symptomCarriers(rest);
  return who.has('writer') && !who.has('other') ? rest : said;
};

export function readSex(said: string): CaseFacts['sex'] {
  const text = withoutCompany(said).replace(WITH_PARTNER, ' ');
  const short = AGE_SEX.exec(text);
  if (short) return (short[2] ?? short[3]) === 'F' ? 'female' : 'male';
  if (
    /女性|女孩|女儿|我妈|母亲|妈妈|老婆|妻子|奶奶|外婆|姥姥|阿姨|月经|例假|怀孕|\b(?:female|woman|girl|daughter|mother|mom|mum|wife|grandma|she|her)\b|\bperiods?\b/i.test(
      text,
    )
  )
    return 'female';
  if (/男性|男孩|儿子|我爸|父亲|爸爸|老公|丈夫|爷爷|外公|姥爷|叔叔|\b(?:male|man|boy|son|father|dad|husband|grandpa|he|his)\b/i.test(text)) return 'male';
  return undefined;
}

/**
 * Weeks that are a baby's age, not a gestation: "16 weeks old", "a 16-week-old", weeks attached to the baby ("my baby
 * boy, 16 weeks", "Baby is now 14 weeks", "宝宝16周了", "16周的宝宝"). Parents count in weeks well past three months.
 */
const BABY_WEEKS = new RegExp(
  `\\b\\d{1,2}\\s*[- ]?(?:wks?|weeks?)[- ]old\\b|\\b(?:baby|son|daughter|boy|girl|infant|newborn|little one|lo|twins?)\\b(?:'s| is| was| turned| turns)?,?(?:\\s+(?:now|only|just|aged|almost|nearly|about|exactly|today))*,?\\s*\\d{1,2}\\s*(?:wks?|weeks?)\\b|(?:宝宝|孩子|婴儿|娃|儿子|女儿|闺女)(?:才|刚|刚满|满|今年|现在|已经)?(?:${ZH_COUNT})\\s*(?:个多|个)?(?:周|星期|礼拜)|(?:${ZH_COUNT})\\s*(?:个多|个)?(?:周|星期|礼拜)(?:大|多)?(?:大)?的(?:宝宝|孩子|婴儿|娃|儿子|女儿|闺女)`,
  'gi',
);

/** Weeks said where a gestation is said: the message's or a sentence's opening, or after "I'm"/"at"/"now" — not a
 *  duration ("for 2 weeks", "2 weeks ago") nor an age ("6 weeks old"). */
const WEEKS_AT = String.raw`(?:^|[.!?,;]\s*|\b(?:i'?m|i am|she'?s|at|now)\s+)(\d{1,2})\s*(?:\+\s*\d\s*)?(?:wks?|weeks?)\b(?!\s*(?:old|ago|now|since|of|later))`;
/** The pregnancy's own words after such weeks in the sentence ("28 wks with my first", "at 34+2 weeks the midwife…"),
 *  or weeks at a Chinese opening before the pregnancy's words ("30周了，胎动少"); a bare "baby" is no such word. */
const GESTATION = new RegExp(
  `${WEEKS_AT}(?=[^.?!]{0,40}\\b(?:with (?:my|our|this|the|her) (?:first|second|third|baby|bump)|my bump|midwife)\\b)|(?:^|[，,。]|我(?:现在|已经|都)?)\\d{1,2}周(?:了|多)?[，,]?(?=[^。]{0,12}(?:胎|产检|宫缩|见红|羊水|宝宝[^，。]{0,6}(?:踢|动得|不(?:怎么|太)?动了|动静)|肚子(?:发紧|发硬)))`,
  'i',
);
const GESTATION_WEEKS = new RegExp(WEEKS_AT, 'i');
/**
 * What makes such weeks a pregnancy: the pregnancy's words, a baby the writer's own treatment could reach ("is it ok
 * for baby if i take paracetamol?", "safe for the baby"), or a baby told as one is carried ("baby's been quieter
 * today", "not much kicking", "baby is breech") — a baby that carries no symptom of its own.
 */
const PREGNANCY_WORDS =
  /\b(?:pregnan\w*|gestation\w*|antenatal|trimester|midwife|my bump|due (?:date|in|on))\b|\b(?:safe|ok|okay|harm|hurt|affect|bad)\w*(?: \w+){0,3} (?:for |to )?(?:the |my )?baby\b|\bbaby(?:'s| is| has)?(?: been)?(?: (?:much|very|really|so|a lot|a bit))? (?:quiet\w*|still|less active|not as active|head down|breech|engaged)\b|\b(?:kicks|kick(?:ing|ed)|(?:baby|bump)(?:'s| is| has| hasn'?t| isn'?t)?(?: been)? (?:not )?mov(?:ing|ed)|(?:baby|bump)(?:'s| has| had)? (?:\w+ )?(?:stopped|quit) (?:moving|kicking))\b(?! (?:his|her|their|out|off|legs|arms))|怀孕|孕|胎|产检/i;

const FETAL_MOVEMENT =
  /\b(?:baby|bump)(?:'s| is| has| hasn'?t| isn'?t| has not| is not)?(?: been)? (?:moving (?:as much|less|much less|very little)|not moving (?:as much|much))\b|\b(?:fewer|less|reduced|hardly any|no) (?:kicks|movements|kicking)\b|\bkicking less\b|\b(?:baby'?s|fetal|foetal) movements?\b|\b(?:kicks|kicking) (?:have |has )?(?:\w+ )?(?:stopped|slowed)\b|\b(?:can'?t|cannot|couldn'?t|haven'?t|have not|not|no longer) (?:feel|felt|feeling) (?:the |my )?baby (?:move|moving|kick\w*)\b(?![^.?!]{0,25}\byet\b)|(?:感觉|摸)不到(?:宝宝|胎儿)[^，。,]{0,2}动/i;

export function readPregnant(text: string): boolean | undefined {
  if (/不确定|不知道|\bnot sure\b|\bunsure\b|\btest\b/i.test(text) && !/已经怀孕|确认怀孕|\bam pregnant\b/i.test(text)) return undefined;
  // After the menopause ("绝经五六年了", "I went through the menopause") pregnancy is not possible.
  // So is no period for years ("haven't had a period in years", "好几年没来月经了").
  if (
    /没(?:有)?怀孕|不可能怀孕|未孕|绝经|(?:好几|几|多|\d+)年(?:都)?没(?:有)?来(?:月经|例假)?|(?:月经|例假)[^，。]{0,4}(?:好几|几|多|\d+)年(?:都)?没|\bnot pregnant\b|\bcan'?t be pregnant\b|\bpost-?menopaus\w*|\b(?:went|been) through (?:the )?menopause\b|\b(?:haven'?t|have not|hasn'?t|has not|not) had (?:a|my|her|any) periods? (?:in|for) (?:\w+ )?years\b/i.test(
      text,
    )
  )
    return false;
  // "I'm 30 weeks" and fetal movements (胎动) say pregnancy without the word.
  if (
    /怀孕|孕\d+周|孕[早中晚]期|妊娠|胎动|\bpregnan(?:t|cy)\b|\bweeks? along\b|\b(?:i'?m|i am) \d{1,2} ?(?:\+ ?\d ?)?weeks\b(?! (?:old|post|after|ago))/i.test(
      text,
    )
  )
    return true;
  // Fetal movements said in lay words ("baby hasn't been moving as much today", "fewer kicks", "can't feel the baby
  // kick", "kicks have stopped"): a pregnancy whatever else the baby is said to carry — read before the weeks that a
  // baby's symptom makes an age.
  if (FETAL_MOVEMENT.test(text)) return true;
  // Weeks are a gestation only with the pregnancy's words; weeks attached to the baby are its age, and a baby carrying a
  // symptom ("16 weeks. baby has a rash on his cheeks") is a baby already born.
  const weeksOf = text.replace(BABY_WEEKS, ' ');
  if (GESTATION.test(weeksOf)) return true;
  // Weeks past the first trimester said where a gestation is said, with the pregnancy's words anywhere in the message
  // ("22 weeks and sooo bunged up… what can i take that's safe for baby?").
  const weeks = GESTATION_WEEKS.exec(weeksOf);
  if (weeks && Number(weeks[1]) >= 13 && Number(weeks[1]) <= 42 && PREGNANCY_WORDS.test(text) && !symptomCarriers(text).has('other')) return true;
  return undefined;
}

export function readDuration(said: string): string | undefined {
  const text = said.replace(CHILD_MONTHS_ZH, '');
  const zh = new RegExp(
    `(?:(${ZH_COUNT})\\s*(?:个多|多个|个)?(?:分钟|小时|天|日|周|星期|礼拜|个月|月|年)(?:了|多|左右)?)|(?:昨天|前天|今天|今早|今晚|昨晚|刚才|刚刚|上周|最近|这几天|好几天|很久|一直)`,
  ).exec(text);
  if (zh) return zh[0];
  const en =
    /\b(?:for|since|past|last|(?:it'?s|it has|has been|have been|been))\s+(?:about\s+|around\s+|the\s+(?:past|last)\s+)?(?:a\s+few|a\s+couple\s+of|\d+|a|an|one|two|three|four|five|six|seven|few|couple of|several)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b|\b(?:\d+|a|an|one|two|three|few|couple of)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:ago|now)\b|\bsince (?:yesterday|last night|this morning|last week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:this morning|yesterday|last night|today|tonight|just now|all (?:day|week))\b/i.exec(
      text,
    );
  if (en) return en[0];
  // A bare span in a reply ("Three days, I am 35"), unless it is an age or a pregnancy ("35 years old", "30 weeks").
  const bare =
    /(?<!\b(?:i'?m|i am|she'?s|she is)\s+)\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several)\s+(?:days?|weeks?|months?|years?)\b(?!\s*(?:old|pregnant|along|gestation))/i.exec(
      text,
    );
  return bare?.[0];
}

export function readSeverity(text: string): string | undefined {
  const score = /(\d{1,2})\s*(?:\/\s*10|分(?!钟)|out of 10)/i.exec(text);
  if (score && Number(score[1]) <= 10) return `${score[1]}/10`;
  const word = /剧烈|剧痛|特别(?:疼|痛)|受不了|很(?:疼|痛)|隐隐|轻微|有点|\b(?:severe|excruciating|unbearable|worst|mild|slight|moderate|bad)\b/i.exec(text);
  return word?.[0];
}

export function readTemperature(text: string): number | undefined {
  const temps: number[] = [];
  for (const m of text.matchAll(/(\d{2,3}(?:\.\d)?)\s*(?:°|度|℃|摄氏度)\s*([CF])?/gi)) {
    let t = Number(m[1]);
    if (m[2]?.toUpperCase() === 'F' || t > 50) t = ((t - 32) * 5) / 9;
    if (t >= 34 && t <= 43) temps.push(Math.round(t * 10) / 10);
  }
  for (const m of text.matchAll(/\b(?:temp(?:erature)?|fever)\s*(?:of|is|was|at|:)?\s*(\d{2,3}(?:\.\d)?)\s*°?\s*([CF])?\b/gi)) {
    let t = Number(m[1]);
    if (m[2]?.toUpperCase() === 'F' || t > 50) t = ((t - 32) * 5) / 9;
    if (t >= 34 && t <= 43) temps.push(Math.round(t * 10) / 10);
  }
  return temps.length ? Math.max(...temps) : undefined;
}

/** Denied just before the match ("没有高血压", "not allergic to", "I don't have diabetes"). */
const DENIED = /(?:没有|没|无|不|否认|从不)$|\b(?:no|not|don'?t|doesn'?t|didn'?t|never|isn'?t|aren'?t)\s+(?:\w+\s+){0,2}$/i;

const list = (text: string, re: RegExp): string[] => [
  ...new Set(
    [...text.matchAll(re)]
      .filter((m) => !DENIED.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0)))
      .map((m) => (m.slice(1).find((g) => g !== undefined) ?? '').trim())
      .filter((s) => s.length > 0 && s.length <= 40 && !/^(?:任何|不|anything|any)/i.test(s)),
  ),
];

export function readFacts(text: string): CaseFacts {
  return {
    age: readAge(text),
    sex: readSex(text),
    pregnant: readPregnant(text),
    duration: readDuration(text),
    severity: readSeverity(text),
    temperatureC: readTemperature(text),
    medicines: list(
      text,
      /(?:在吃|一直吃|长期吃|正在服用|服用|吃着)([^，。,.；;！!？?]{1,20}?)(?:药|片|胶囊)?(?=[，。,.；;！!？?]|$)|\b(?:taking|on|takes)\s+((?:[a-z]+(?:in|ol|ide|one|ine|pril|artan|statin|formin|pam|lam|xetine|azole|mab))(?:\s+(?:and|,)\s+[a-z]+)*)\b/gi,
    ),
    allergies: list(text, /对([^，。,.；;]{1,12}?)过敏|\ballergic to ([a-z][a-z ,-]{1,40}?)(?=[.,;]|$)/gi),
    tried: list(
      text,
      /(?:吃了|用了|喝了|贴了|试过)([^，。,.；;！!？?]{1,16}?)(?=[，。,.；;！!？?]|$|但|也|还)|\btried ([a-z][a-z -]{1,30}?)(?=[.,;]| but| and|$)|\btook (?:some |an? )?([a-z][a-z -]{1,30}?)(?=[.,;]| but| and|$)/gi,
    ),
    chronic: list(
      text,
      /(?:有|患有|得了)(高血压|糖尿病|冠心病|心脏病|哮喘|慢阻肺|肾病|肝病|癫痫|甲亢|甲减|肿瘤|癌症)|\b(?:have|has|with) (diabetes|high blood pressure|hypertension|asthma|copd|heart disease|kidney disease|epilepsy|cancer)\b/gi,
    ),
  };
}

/** Facts of several turns: later statements fill what earlier ones left open; lists are merged. */
/** `b` is said later: a later statement corrects an earlier one ("actually it started 5 days ago", "she's 7, not 4"). */
export function mergeFacts(a: CaseFacts, b: CaseFacts): CaseFacts {
  const uniq = (x: string[], y: string[]) => [...new Set([...x, ...y])];
  return {
    age: b.age ?? a.age,
    sex: b.sex ?? a.sex,
    pregnant: b.pregnant ?? a.pregnant,
    duration: b.duration ?? a.duration,
    severity: b.severity ?? a.severity,
    temperatureC: Math.max(a.temperatureC ?? 0, b.temperatureC ?? 0) || undefined,
    medicines: uniq(a.medicines, b.medicines),
    allergies: uniq(a.allergies, b.allergies),
    tried: uniq(a.tried, b.tried),
    chronic: uniq(a.chronic, b.chronic),
  };
}
