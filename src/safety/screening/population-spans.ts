// The population a piece of text is about, read as SPANS (knowledge/population-contraindications.ts): an age range in
// months, a stretch of gestation in weeks, breastfeeding. A number with its bound ("over 12 months", "18 month old",
// "3岁以下", "孕32周", "after 20 weeks") is read as the range it covers; a word ("toddlers", "third trimester", "孕晚期",
// "新生儿") as its usual range. Numbers are more specific than words: when a text states both ("toddlers over 12
// months"), the numbers stand. After the birth ("after delivery", "产后") nobody is pregnant: `postpartum` says so.
// A bare count of weeks ("from 12 weeks") is read by WHO it is about (session 38): a pregnancy's weeks where the text,
// or what is around it (the rest of the sentence, the question, the page's title), speaks of a pregnancy and the text
// names no baby; a baby's age otherwise. A boundary told as a birthday ("after their first birthday", "once your child
// turns one", "from the age of 16", "16 and over", "12岁生日以后") is a span like any other, so that a sentence's own
// safe age is read as its own.
import { OPEN_END, type PopulationSpan } from '../../knowledge/population-contraindications.js';

export interface StatedPopulation {
  spans: PopulationSpan[];
  /** The text speaks of after the birth: no gestation applies to its use. */
  postpartum: boolean;
}

const age = (fromMonths: number, toMonths: number): PopulationSpan => ({ kind: 'age', fromMonths, toMonths });
const gestation = (fromWeeks: number, toWeeks: number): PopulationSpan => ({ kind: 'gestation', fromWeeks, toWeeks });

const ZH_DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const EN_WORDS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen'.split(' ');
const EN_ORDINALS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth'.split(
    ' ',
  );

/** "18", "1.5", "十八", "三十二", "两", "one", "12th", "first" → a number. */
export function readNumber(s: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/u.test(s)) return Number(s);
  if (/^\d+(?:st|nd|rd|th)$/u.test(s)) return Number.parseInt(s, 10);
  const word = Math.max(EN_WORDS.indexOf(s), EN_ORDINALS.indexOf(s));
  if (word >= 0) return word + 1;
  if (!/^[零一二两三四五六七八九十]+$/u.test(s)) return undefined;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? ZH_DIGIT[s] : undefined;
  const tens = ten === 0 ? 1 : ZH_DIGIT[s.slice(0, ten)];
  const ones = s.slice(ten + 1) ? ZH_DIGIT[s.slice(ten + 1)] : 0;
  return tens === undefined || ones === undefined ? undefined : tens * 10 + ones;
}

const NUM = '(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十]{1,3})';
/** A number said as a word too ("turns one", "under-twelves"): only in the birthday and age-of readers below. */
const NUMW = `(\\d+(?:\\.\\d+)?|${EN_WORDS.join('|')})`;
const ORD = `(\\d+(?:st|nd|rd|th)|${EN_ORDINALS.join('|')})`;
/** What follows a number that is no age ("when the fever is 39°", "under one teaspoon", "over one in ten"). */
const NOT_AGE_AFTER =
  '(?!\\s*(?:in\\b|of\\b|or\\b|hundred|thousand|months?|mos?|weeks?|wks?|days?|hours?|minutes?|times?|doses?|kg|mg|ml|lbs?|pounds?|cm|inches|st\\b|%|°|degrees?|[cf]\\b|\\.\\d|[-–]|teaspoons?|spoons?|tablets?|capsules?|pills?|sachets?|drops?|cups?|glass|per\\b))';
const WHOSE = "(?:(?:their|his|her|your|the|a|my|our|baby's|child's|babies'|children's)\\s+)?";
const UNIT_EN = '(months?|mos?|years?|yrs?|weeks?|wks?)';
/** A unit word → months per unit (weeks of AGE are a baby's; of gestation are read apart). */
function toMonths(n: number, unit: string): number {
  if (/^(?:y|岁)/u.test(unit)) return n * 12;
  if (/^(?:w|周)/u.test(unit)) return n / 4.345;
  return n;
}

const PREGNANT = /\bpregnan\w*|\btrimester\b|\bgestation\w*|\bexpecting\b|孕|妊娠|怀孕/u;
/**
 * Said only of a pregnancy, though no stage of one: its care and its complications ("to prevent pre-eclampsia", "your
 * midwife", "until the baby is born"). Decides whose a bare count of weeks is; asserts no pregnancy span by itself.
 */
const PREGNANCY_SUBJECT =
  /\bpre-?eclamp\w*|\b\d+\s*(?:weeks?|wks?)\s+along\b|\bmidwi(?:fe|ves)\b|\b(?:antenatal|prenatal|obstetric\w*)\b|\buntil (?:the )?(?:birth|delivery|baby (?:is born|arrives))\b|\bdue date\b|\bmorning sickness\b|\bhyperemesis\b|子痫|产检|产科|胎儿|预产期/u;
/** A born baby named: its weeks are its age. */
const INFANT_SUBJECT = /\b(?:bab(?:y|ies)|infants?|newborns?|neonat\w*)\b|\bweeks? old\b|\bof age\b|宝宝|婴|新生儿|出生/u;
const POSTPARTUM =
  /\b(?:after (?:the )?(?:delivery|birth|baby is born|giving birth|you give birth|childbirth)|postpartum|post-partum|postnatal\w*|after a caesarean|once the baby is born)\b|产后|分娩后|生完|坐月子|剖腹产后|顺产后/u;
const BREASTFEEDING = /\bbreast-?fe\w*|\bnursing (?:mothers?|mums?|moms?)\b|\bwhile nursing\b|\blactat\w*|哺乳|母乳喂养期间|喂奶期间|喂母乳/u;

type Reader = { re: RegExp; read: (m: RegExpExecArray) => PopulationSpan | undefined };

/** Numbers with their bounds. Gestation first: "after 20 weeks" of a pregnancy is no age. */
const NUMBERED: readonly Reader[] = [
  // Gestation: "32 weeks pregnant", "at 28 weeks", "after 20 weeks", "孕32周", "怀孕三十周", "孕7个月".
  { re: new RegExp(`${NUM}\\+?\\s*(?:weeks?|wks?)\\s*(?:pregnant|of (?:pregnancy|gestation)|gestation|along)`, 'gu'), read: (m) => point(m[1], 'g') },
  { re: new RegExp(`(?:after|from|beyond|past|over|later than|at or after)\\s+${NUM}\\s*(?:weeks?|wks?)\\b`, 'gu'), read: (m) => from(m[1], 'g', 'w') },
  { re: new RegExp(`(?:before|until|up to|under|less than|earlier than)\\s+${NUM}\\s*(?:weeks?|wks?)\\b`, 'gu'), read: (m) => upTo(m[1], 'g', 'w') },
  { re: new RegExp(`\\bat\\s+${NUM}\\s*(?:weeks?|wks?)\\b`, 'gu'), read: (m) => point(m[1], 'g') },
  { re: new RegExp(`(?:孕|怀孕|妊娠)(?:第)?${NUM}(?:周|个?多?星期)(?:以后|以上|之后|后)`, 'gu'), read: (m) => from(m[1], 'g', 'w') },
  { re: new RegExp(`(?:孕|怀孕|妊娠)(?:第)?${NUM}(?:周|个?多?星期)(?:以前|以内|之前|前)`, 'gu'), read: (m) => upTo(m[1], 'g', 'w') },
  { re: new RegExp(`(?:孕|怀孕|妊娠)(?:第)?${NUM}(?:周|个?多?星期)`, 'gu'), read: (m) => point(m[1], 'g') },
  { re: new RegExp(`(?:孕|怀孕|妊娠)(?:第)?${NUM}个?多?月`, 'gu'), read: (m) => monthOfPregnancy(m[1]) },
  // A birthday as the boundary: "after their first birthday", "from her 12th birthday", "before the first birthday".
  { re: new RegExp(`(?:after|from|since|past|beyond|following|on or after)\\s+${WHOSE}${ORD}\\s+birthdays?`, 'gu'), read: (m) => from(m[1], 'a', 'y') },
  { re: new RegExp(`(?:before|until|till|up to|prior to)\\s+${WHOSE}${ORD}\\s+birthdays?`, 'gu'), read: (m) => upTo(m[1], 'a', 'y') },
  // "once your child turns one", "when he is 12", "once they reach 16 years" (a count of months or weeks is read below).
  {
    re: new RegExp(
      `(?:once|when|after|as soon as)\\s+(?:(?:your|the|their|a|my|our|he|she|they|baby|child|kid|little one|toddler|son|daughter)\\s+){0,2}(?:turns?|is|are|reaches?|has reached|have reached|gets? to)\\s+(?:over\\s+|at least\\s+)?${NUMW}(?:\\s*(?:years?|yrs?)(?:\\s+old)?)?\\b${NOT_AGE_AFTER}`,
      'gu',
    ),
    read: (m) => from(m[1], 'a', 'y'),
  },
  // "from the age of 16", "over age 12", "under the age of one".
  {
    re: new RegExp(`(?:from|over|above|after|beyond|past)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?${NUMW}(?:\\s*${UNIT_EN})?\\b`, 'gu'),
    read: (m) => from(m[1], 'a', m[2] ?? 'y'),
  },
  {
    re: new RegExp(`(?:under|below|before|until|younger than)\\s+(?:the\\s+)?age\\s+(?:of\\s+)?${NUMW}(?:\\s*${UNIT_EN})?\\b`, 'gu'),
    read: (m) => upTo(m[1], 'a', m[2] ?? 'y'),
  },
  // "16 and over", "12 years and older", "aged 6 months or above"; "12 and under".
  {
    re: new RegExp(`\\b${NUMW}(?:\\s*${UNIT_EN})?(?:\\s+old)?\\s+(?:and|or|&)\\s+(?:over|above|older|up(?:wards)?)\\b`, 'gu'),
    read: (m) => from(m[1], 'a', m[2] ?? 'y'),
  },
  {
    re: new RegExp(`\\b${NUMW}(?:\\s*${UNIT_EN})?(?:\\s+old)?\\s+(?:and|or|&)\\s+(?:under|below|younger)\\b`, 'gu'),
    read: (m) => {
      const u = m[2] ?? 'y';
      const v = readNumber(m[1] ?? '');
      return v === undefined ? undefined : age(0, toMonths(v, u) + (/^y/u.test(u) ? 12 : 1));
    },
  },
  // A number word with its bound: "babies under one", "children over two years".
  {
    re: new RegExp(`(?:over|above|older than)[- ](${EN_WORDS.join('|')})(?:\\s*(years?|months?)(?:\\s+old)?)?s?\\b${NOT_AGE_AFTER}`, 'gu'),
    read: (m) => from(m[1], 'a', m[2] ?? 'y'),
  },
  {
    re: new RegExp(`(?:under|below|younger than)[- ](${EN_WORDS.join('|')})(?:\\s*(years?|months?)(?:\\s+old)?)?s?\\b${NOT_AGE_AFTER}`, 'gu'),
    read: (m) => upTo(m[1], 'a', m[2] ?? 'y'),
  },
  // "12岁生日以后", "过了一岁".
  { re: new RegExp(`${NUM}(?:周)?岁生日(?:以后|之后|后)`, 'gu'), read: (m) => from(m[1], 'a', '岁') },
  { re: new RegExp(`过了?${NUM}(?:周)?岁`, 'gu'), read: (m) => from(m[1], 'a', '岁') },
  // "people in their 80s".
  { re: /\bin (?:their|his|her|your|my|our) (\d)0s\b/gu, read: (m) => age(Number(m[1]) * 120, Number(m[1]) * 120 + 120) },
  // Age: "18 month old", "18-month-old", "2 years old", "aged 3", "3岁", "8个月大", "1岁半".
  { re: new RegExp(`${NUM}[- ]?${UNIT_EN}[- ]olds?\\b`, 'gu'), read: (m) => point(m[1], 'a', m[2]) },
  {
    re: new RegExp(`(?:over|above|older than|from|at least|after|beyond|past|aged over|aged)\\s+${NUM}\\s*${UNIT_EN}\\b`, 'gu'),
    read: (m) => from(m[1], 'a', m[2]),
  },
  {
    re: new RegExp(`(?:under|below|younger than|less than|up to|before)\\s+(?:the age of\\s+)?${NUM}\\s*${UNIT_EN}\\b`, 'gu'),
    read: (m) => upTo(m[1], 'a', m[2]),
  },
  // "over 12s", "under-16s", "children over 12": a bare number of a person's age is years.
  {
    re: new RegExp(
      `(?:over|above|older than|aged)[- ]${NUM}s?\\b(?!\\s*(?:mg|g|ml|kg|%|days?|hours?|times|weeks?|months?|years?|wks?|mos?|yrs?|lbs?|pounds?|cm|inches|st\\b|°|degrees?|[cf]\\b))`,
      'gu',
    ),
    read: (m) => from(m[1], 'a', 'y'),
  },
  {
    re: new RegExp(
      `(?:under|below|younger than)[- ]${NUM}s?\\b(?!\\s*(?:mg|g|ml|kg|%|days?|hours?|times|weeks?|months?|years?|wks?|mos?|yrs?|lbs?|pounds?|cm|inches|st\\b|°|degrees?|[cf]\\b))`,
      'gu',
    ),
    read: (m) => upTo(m[1], 'a', 'y'),
  },
  { re: new RegExp(`${NUM}\\s*(?:-|to|–)\\s*${NUM}\\s*${UNIT_EN}\\b`, 'gu'), read: (m) => range(m[1], m[2], m[3]) },
  { re: new RegExp(`(?:满|超过|大于)${NUM}(?:周)?(岁|个月)`, 'gu'), read: (m) => from(m[1], 'a', m[2]) },
  { re: new RegExp(`${NUM}(?:周)?(岁|个月)(?:以上|及以上|以后|后|之后)`, 'gu'), read: (m) => from(m[1], 'a', m[2]) },
  { re: new RegExp(`(?:不满|不到|小于|未满)${NUM}(?:周)?(岁|个月)`, 'gu'), read: (m) => upTo(m[1], 'a', m[2]) },
  { re: new RegExp(`${NUM}(?:周)?(岁|个月)(?:以下|以内|之前|前)`, 'gu'), read: (m) => upTo(m[1], 'a', m[2]) },
  // An age, not a duration: "3岁", but "8个月" only as a baby's ("8个月大", "8个月的宝宝") — "拉肚子3个月", "怀孕8个月" are spans of time.
  { re: new RegExp(`${NUM}多?(?:周)?岁(?:半)?`, 'gu'), read: (m) => point(m[1], 'a', '岁') },
  { re: new RegExp(`${NUM}个(?:多)?月(?:大|龄|的(?:宝宝|孩子|小孩|婴儿|幼儿|女儿|儿子|宝))`, 'gu'), read: (m) => point(m[1], 'a', '个月') },
  // The baby named first: "宝宝八个月", "孩子10个月了".
  { re: new RegExp(`(?:宝宝|孩子|小孩|婴儿|女儿|儿子)(?:才|刚|今年)?${NUM}个(?:多)?月`, 'gu'), read: (m) => point(m[1], 'a', '个月') },
];

function point(n: string, kind: 'a' | 'g', unit = 'w'): PopulationSpan | undefined {
  const v = readNumber(n);
  if (v === undefined) return undefined;
  if (kind === 'g') return gestation(Math.floor(v), Math.floor(v) + 1);
  const m = toMonths(v, unit);
  return age(m, m + (/^(?:y|岁)/u.test(unit) ? 12 : 1));
}
function from(n: string, kind: 'a' | 'g', unit: string): PopulationSpan | undefined {
  const v = readNumber(n);
  if (v === undefined) return undefined;
  return kind === 'g' ? gestation(v, OPEN_END) : age(toMonths(v, unit), OPEN_END);
}
function upTo(n: string, kind: 'a' | 'g', unit: string): PopulationSpan | undefined {
  const v = readNumber(n);
  if (v === undefined) return undefined;
  return kind === 'g' ? gestation(0, v) : age(0, toMonths(v, unit));
}
function range(a: string, b: string, unit: string): PopulationSpan | undefined {
  const x = readNumber(a);
  const y = readNumber(b);
  if (x === undefined || y === undefined || y < x) return undefined;
  return age(toMonths(x, unit), toMonths(y, unit) + (/^y/u.test(unit) ? 12 : 1));
}
function monthOfPregnancy(n: string): PopulationSpan | undefined {
  const v = readNumber(n);
  return v === undefined || v > 10 ? undefined : gestation(Math.floor((v - 1) * 4.345), Math.ceil(v * 4.345));
}

const TRYING = /(?:备|试|求)孕|想要?怀(?:孕)?|\btrying (?:to (?:get pregnant|conceive)|for a baby)\b|\bplanning (?:a |to get )?pregnan\w*/gu;
const NOT_CONCEIVED = /没(?:有)?怀上|未怀上|没(?:有)?怀孕|\bnot (?:yet )?pregnant\b/u;

/**
 * An age told of the past, not of the person now: "since I was 12 years old", "when he was 3", "我10岁的时候", "从5岁起"
 * (review s23 p085/p086: a 40-year-old's childhood age is no child's use).
 */
function pastAge(t: string, from: number, to: number): boolean {
  const before = t.slice(Math.max(0, from - 24), from);
  const after = t.slice(to, to + 6);
  return (
    /\b(?:since|when|was|were|used to|back then|as a)\s+(?:\w+\s+){0,2}$|\b(?:i|he|she|they) was\s*$|(?:从|自从)\s*$/u.test(before) ||
    /^(?:的)?(?:时候|时|那年|起|开始|以来)|^\s*ago\b/u.test(after)
  );
}

/** Words for a population, with their usual span. */
const WORDS: readonly { re: RegExp; span: PopulationSpan; unborn?: boolean }[] = [
  { re: /\bfirst trimester\b|\bearly pregnancy\b|孕早期|早孕|妊娠早期|怀孕(?:初期|早期|前三个月)|头三个月/u, span: gestation(0, 14) },
  { re: /\bsecond trimester\b|\bmid-?pregnancy\b|孕中期|妊娠中期|怀孕中期/u, span: gestation(14, 28) },
  {
    re: /\b(?:third|last|final) trimester\b|\blate(?:r)? (?:stages? of )?pregnancy\b|\bfinal (?:weeks|months) of pregnancy\b|孕晚期|妊娠晚期|晚孕|怀孕(?:后期|晚期|末期)|孕(?:后期|末期)|第三孕期/u,
    span: gestation(28, OPEN_END),
  },
  { re: /\bnewborns?\b|\bneonat\w*|新生儿/u, span: age(0, 1) },
  { re: /\binfants?\b|婴儿|乳儿/u, span: age(0, 12) },
  { re: /\bbab(?:y|ies)\b/u, span: age(0, 12), unborn: true },
  { re: /\btoddlers?\b|(?<!婴)幼儿/u, span: age(12, 36) },
  { re: /婴幼儿/u, span: age(0, 36) },
  { re: /\bpre-?schoolers?\b|学龄前/u, span: age(36, 72) },
  { re: /\b(?:child(?:ren)?|kids?|little ones?|paediatric|pediatric)\b|儿童|小儿|小孩|小朋友|患儿/u, span: age(0, years(12)) },
  { re: /孩子|宝宝|宝贝/u, span: age(0, years(12)), unborn: true },
  { re: /\b(?:teen\w*|adolescents?)\b|青少年/u, span: age(years(12), years(18)) },
  { re: /\badults?\b|\bgrown-?ups?\b|成人|成年人|大人/u, span: age(years(18), OPEN_END) },
  {
    re: /\b(?:elderly|older (?:adults|people|patients|persons)|seniors?|senior citizens?|pensioners?)\b|老年|老人|长者|高龄(?!产妇|孕)/u,
    span: age(years(65), OPEN_END),
  },
];
function years(n: number): number {
  return n * 12;
}

/** A baby that can only be born: "the baby" of a pregnancy is the one carried, a 6-week-old is not. */
const BORN_SUBJECT = /\b(?:infants?|newborns?|neonat\w*)\b|\b(?:weeks?|months?)[- ]olds?\b|\bof age\b|婴儿|新生儿|出生/u;

/**
 * What is around a text speaks of a pregnancy and of no born child: where it says pregnant, "the baby" is the one
 * carried ("I'm 30 weeks pregnant, will it harm the baby?"); where it only speaks of a pregnancy's care, any baby vetoes.
 */
function pregnancyAround(around: string): boolean {
  const a = around.toLowerCase();
  if (!a.trim() || NOT_CONCEIVED.test(a) || POSTPARTUM.test(a)) return false;
  const t = a.replace(TRYING, ' ');
  if (PREGNANT.test(t)) return !BORN_SUBJECT.test(t);
  return PREGNANCY_SUBJECT.test(t) && !INFANT_SUBJECT.test(t);
}

/**
 * The population the text states: numbered spans if any of a kind, else its words' spans. `around` is what surrounds
 * the text (the rest of its sentence, the question, the title): it only decides whose a bare count of weeks is.
 */
export function statedPopulation(text: string, around = ''): StatedPopulation {
  // Months of TRYING are no pregnancy (备孕7个月, "trying to conceive for 8 months"; review s21 CU-4), nor is one that
  // has not happened (一直没怀上).
  const notPregnant = NOT_CONCEIVED.test(text.toLowerCase());
  const t = text.toLowerCase().replace(TRYING, ' ');
  const pregnant = !notPregnant && PREGNANT.test(t);
  // Whose is "from 12 weeks": a pregnancy's where the text speaks of one, or of its care ("to prevent pre-eclampsia"), or
  // where it names no baby and what is around it speaks of one ("I'm pregnant with twins"); a baby's age otherwise.
  const weeksOfPregnancy =
    pregnant || (!notPregnant && !POSTPARTUM.test(t) && (PREGNANCY_SUBJECT.test(t) || (!INFANT_SUBJECT.test(t) && pregnancyAround(around))));
  const numbered: PopulationSpan[] = [];
  for (const { re, read } of NUMBERED) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const s = read(m);
      // A count of weeks is gestation only where a pregnancy is spoken of; "3 weeks old" is a baby's age.
      if (!s || pastAge(t, m.index, m.index + m[0].length)) continue;
      // A count of weeks is gestation only where a pregnancy is spoken of ("3 weeks old" is a baby's age), and where
      // one is, a count of weeks is no baby's age.
      if (
        s.kind === 'gestation'
          ? weeksOfPregnancy || (!notPregnant && /孕|妊娠|pregnan|gestation|along/u.test(m[0]))
          : !(weeksOfPregnancy && /weeks?|wks?|周/u.test(m[0]))
      )
        numbered.push(s);
    }
  }
  // Where a pregnancy is spoken of, "the baby" is the one carried: no age of a born child.
  const worded = WORDS.filter((w) => w.re.test(t) && !(pregnant && w.unborn)).map((w) => w.span);
  const spans: PopulationSpan[] = [];
  for (const kind of ['age', 'gestation'] as const) {
    const n = numbered.filter((s) => s.kind === kind);
    const w = worded.filter((s) => s.kind === kind);
    spans.push(...(n.length > 0 ? n : w));
  }
  // "pregnant", "孕妇" with no stage said: the whole pregnancy.
  if (pregnant && !spans.some((s) => s.kind === 'gestation') && !/\b(?:not|trying to get|planning (?:a|to get)) pregnan|备孕|试孕|未孕|没怀孕/u.test(t))
    spans.push(gestation(0, OPEN_END));
  if (BREASTFEEDING.test(t)) spans.push({ kind: 'breastfeeding' });
  return { spans, postpartum: POSTPARTUM.test(t) };
}
