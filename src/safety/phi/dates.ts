// Dates tied to a person and ages over 89 (Safe Harbor). Any date with a month or a day is a person's date
// (birth, admission, discharge, death, visit) unless its context is a publication: guideline and consensus
// editions ("2020年版", "指南（2019年1月发布）", "2017 ACC/AHA guideline, published May 2018") stay. A bare year
// stays too: Safe Harbor keeps it, and the placeholder carries it ("[DATE:1985]") so age arithmetic survives.
import type { PhiSpan } from '../types.js';
import { englishWord } from '../../knowledge/english-words.js';
import { governedScore, validDM } from './score-shapes.js';
import { span } from './span.js';

/** English month names, full or short (short-dates.ts reads the same). */
export const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** The month names in upper case, as forms and registers print them (07 AUG 2024, 05FEB25). */
export const MONTHS_UPPER = MONTHS.toUpperCase();
/** A unit or count after a number makes it a dose or an amount, not a year ("14 May 20 mg", "1 MAY 2000 mg"). */
const YEAR_UNITS = 'mg|mcg|ml|mL|kg|g|units?|IU|patients|%|min|hours?|days?|weeks?|years?|am|pm';
export const NOT_YEAR_AFTER = `\\s*(?:${YEAR_UNITS})\\b`;
/** Upper-case units only after an upper-case month: a register printing "1 MAY 2000 MG" prints its units so, while
 *  after "4 Mar 24" an upper-case "MG clinic" or "ML notes" is a word of the note (review s26 of the deid fix). */
const NOT_YEAR_AFTER_UPPER = `\\s*(?:${YEAR_UNITS}|MG|MCG|ML|KG|UNITS?)\\b`;
const ZN = '[〇零一二三四五六七八九]';
const ZD = '[一二三四五六七八九十]';
const DAY_EN = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
/** An item number opening a list entry where a clause starts: "；2.", "\n1.", "：3." (a value "2.3" has no such start). */
const ITEM_NUMBER = '(?:^|[\\n；;，,。：:])[ \\t]*\\d{1,2}\\.';
/** A clock written straight after a Chinese day, with no space: 01:50, 23时. */
const GLUED_CLOCK = '(?:[01]?\\d|2[0-3])(?:[:：][0-5]\\d|[时時])';
/** What makes the number after "Feb 22" a clock and not a count or a dose: 3:45, 11:20 pm, 7 am. */
const CLOCK_REST = '\\d?(?::[0-5]\\d|\\s?[AaPp]\\.?[Mm]\\b)';
const FORMS = [
  // zh: 1985年3月12日 / 1985年3月 / 3月12日 / 二〇二三年三月五日
  `${YEAR}\\s*年\\s*(?:1[0-2]|0?[1-9])\\s*月(?:\\s*(?:[12]\\d|3[01]|0?[1-9])\\s*[日号])?`,
  `${ZN}{4}年${ZD}{1,2}月(?:${ZD}{1,3}[日号])?`,
  `(?<![\\d.])\\d{2}\\s*年\\s*(?:1[0-2]|0?[1-9])\\s*月\\s*(?:[12]\\d|3[01]|0?[1-9])\\s*[日号]`,
  // Taiwan (ROC era) years: 民國 82 年 6 月, 113 年 8 月底, 113/11/15 (a year of 100–119 is the era's, 2011–2030).
  `(?:(?:中[華华])?民[國国]\\s*)(?:[1-9]\\d|1[01]\\d)\\s*年\\s*(?:1[0-2]|0?[1-9])\\s*月(?:\\s*(?:[12]\\d|3[01]|0?[1-9])\\s*[日号])?`,
  `(?<![\\d.])1[01]\\d\\s*年\\s*(?:1[0-2]|0?[1-9])\\s*月(?:\\s*(?:[12]\\d|3[01]|0?[1-9])\\s*[日号])?`,
  `(?<![\\d./])1[01]\\d(?:/(?:1[0-2]|0?[1-9])/|\\.(?:1[0-2]|0?[1-9])\\.)(?:[12]\\d|3[01]|0?[1-9])(?![\\d/.]\\d|\\d)`,
  // A month and day may carry its clock glued on (6月14日01:50, 4月26日23时) and stand after a list item's number
  // ("；2.3月26日上午复查": the item number closes a clause before it); a digit that opens no clock is no date's.
  `(?:(?<![\\d.])|(?<=${ITEM_NUMBER}))(?:1[0-2]|0?[1-9])\\s*月\\s*(?:[12]\\d|3[01]|0?[1-9])\\s*[日号](?:(?!\\d)|(?=${GLUED_CLOCK}))`,
  `(?<![\\d年])${ZD}{1,2}月${ZD}{1,3}[日号]`,
  // A month with its part (6月下旬, 10月中旬, 今年6月份, 六月初): the month is an element of the date.
  `(?<![\\d.月])(?<!\\d\\s*年\\s*)(?:1[0-2]|0?[1-9])\\s*月(?:上旬|中旬|下旬|初|底|末|份)`,
  `(?<![\\d年月一二三四五六七八九十])${ZD}{1,2}月(?:上旬|中旬|下旬|初|底|末|份)`,
  // numeric: 1985-03-12, 1985/3/12, 1985.03.12, 03/12/1985, 12.03.1985, 3/12/85
  `(?<![\\d.])${YEAR}([-/.])(?:1[0-2]|0?[1-9])\\1(?:[12]\\d|3[01]|0?[1-9])(?![\\d])`,
  `(?<![\\d./])(?:[12]\\d|3[01]|0?[1-9])([-/.])(?:[12]\\d|3[01]|0?[1-9])\\2(?:${YEAR}|\\d{2})(?![\\d/.]\\d)`,
  `(?<![\\d.])${YEAR}[-/](?:1[0-2]|0[1-9])(?![\\d/-])`,
  `(?<![\\d./])(?:1[0-2]|0?[1-9])/${YEAR}(?![\\d/])`,
  // 12-Mar-2023, 12 Mar 2023 is below; Mar-12-2023
  `\\b(?:[12]\\d|3[01]|0?[1-9])-(?:${MONTHS})-(?:${YEAR}|\\d{2})\\b`,
  `\\b(?:${MONTHS})-(?:[12]\\d|3[01]|0?[1-9])-${YEAR}\\b`,
  // en: March 12, 1985 / 12 March 1985 / the 3rd of March 1985 / March 1985 / March 12
  `\\b(?:${MONTHS})\\.?\\s+${DAY_EN},?\\s+${YEAR}\\b`,
  `\\b${DAY_EN}\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+${YEAR}\\b`,
  `\\b(?:${MONTHS})\\.?,?\\s+${YEAR}\\b`,
  `\\b(?:${MONTHS})\\.?\\s+${DAY_EN}\\b(?![,.]?\\s*\\d(?!${CLOCK_REST}))`,
  `\\b${DAY_EN}\\s+(?:of\\s+)?(?:${MONTHS})\\b`,
  // Upper-case forms and registers ("Visit date: 07 AUG 2024", "09-JAN-2025"): the upper-case month is a date only
  // between a day and a four-digit year, as MAR (the administration record), OCT (the scan), MAY and DEC are words.
  `\\b(?:[12]\\d|3[01]|0?[1-9])(?:[ ](?:${MONTHS_UPPER})[ ]|-(?:${MONTHS_UPPER})-)${YEAR}\\b(?!${NOT_YEAR_AFTER_UPPER})`,
];
// Month names are only dates when capitalised ("May 5"), not the modal verb ("may 5 times"): no 'i' flag on the
// English forms; the numeric and Chinese forms have no letters anyway.
const DATE_RE = new RegExp(FORMS.map((f) => `(?:${f})`).join('|'), 'g');
const CUED_COMPACT =
  /(?:出生日期|出生|生日|入院日期|出院日期|入院|出院|死亡日期|手术日期|就诊日期|日期|DOB|Date(?:\s+of\s+\w+)?|born|admitted|discharged|died)\s*[:：]?\s*((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\d)/gi;

/** Publication context: the date belongs to a document, not a person. */
const PUBLICATION_BEFORE =
  /(?:指南|共识|规范|药典|修订|发布|颁布|出版|印发|杂志|期刊|guidelines?|consensus|edition|published|revised|revision|approved|released|journal)[^。.，,\n]{0,12}$/i;
/** Issuing bodies, matched as capitalised words only (case-blind, "ACC" was found inside "vaccination"). */
const PUBLISHER_BEFORE = /\b(?:FDA|WHO|CDC|NICE|ADA|ACC|AHA|ESC)\b[^。.，,\n]{0,12}$/;
/** A claim form's issuer right before a short day/month: its edition ("APPROVED BY NUCC 02/12", "(NUCC) 02/12", "CMS-1500 (02/12)"). */
const FORM_EDITION_BEFORE = /\b(?:NUCC|CMS-?1500)[)）]?\s*[(（]?$/;
/** A weekday or the ROC era written before a date belongs to it: "Monday 9 September", "Tue 7 May", "民國71年3月15日". */
const DATE_LEAD = /(?:\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\.?,?\s+|(?:中[華华])?民[國国]\s*)$/;
/** A person's date cue right before the date wins over any publication word further back. */
const PERSON_BEFORE = /(?:出生|生日|生于|入院|出院|死亡|去世|手术|就诊|复诊|DOB|born|birth|admitted|discharged|died|death|seen|visit)[^。.\n]{0,6}$/i;
const PUBLICATION_AFTER = /^[^。.\n]{0,6}(?:版|发布|颁布|实施|出版|印发|修订|更新|指南|共识|edition|guideline|update|revision|version)/i;
/** Three numbers in a date's shape with no year of four digits: "21/20/20", "9-10-10", "8/9/10". */
const NUMBER_TRIPLE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})$/;

/**
 * Whether three numbers in a date's shape are no date: neither of the first two can be the month ("21/20/20 mm", a
 * root canal's lengths), or all three are up to 10 right after the Apgar word that governs them ("Apgar 评分 9-10-10";
 * "Apgar 9, born 9-10-10" is a birth date).
 */
function tripleIsNoDate(text: string, start: number, value: string): boolean {
  const m = NUMBER_TRIPLE.exec(value);
  if (!m) return false;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDM(a, b)) return true;
  return a <= 10 && b <= 10 && c <= 10 && governedScore(text, start);
}

/**
 * Whether the date at [start, end) belongs to a document, not a person: a publication or edition word or an issuing
 * body before it ("指南（2019年1月发布）", "ACC/AHA guideline, published May 2018") or an edition word after it, unless a
 * person's date cue stands right before it. `issuerOnly`: only a claim form's issuer right before counts ("APPROVED
 * BY NUCC 02/12", "CMS-1500 (02/12)"), for the short shapes, where "approved 10/11" is a person's prior authorisation
 * and "CMS-1500 DOS 03/15", "OMB review 3/4" are a person's dates.
 */
export function documentDate(text: string, start: number, end: number, issuerOnly = false): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (PERSON_BEFORE.test(before)) return false;
  if (issuerOnly) return FORM_EDITION_BEFORE.test(before);
  return PUBLICATION_BEFORE.test(before) || PUBLISHER_BEFORE.test(before) || PUBLICATION_AFTER.test(text.slice(end, end + 10));
}

export function detectDates(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/\d|月|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/.test(text)) return out;
  DATE_RE.lastIndex = 0;
  for (const m of text.matchAll(DATE_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    if (tripleIsNoDate(text, start, m[0])) continue;
    if (documentDate(text, start, end)) continue;
    const lead = DATE_LEAD.exec(before)?.[0].length ?? 0;
    out.push(span('DATE', text, start - lead, end));
  }
  CUED_COMPACT.lastIndex = 0;
  for (const m of text.matchAll(CUED_COMPACT)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    out.push(span('DATE', text, start, start + m[1].length));
  }
  return out;
}

// Ages over 89. The number with its unit is replaced ("92岁", "95-year-old"), as Safe Harbor pools them into 90+.
// Starts with the digit (a fast scan); the left boundary is checked in code.
const AGE_ZH = /(?:9\d|1[0-3]\d)\s*(?:周岁|岁|歲|高龄)/g;
const AGE_ZH_NUM =
  /(?:九十[一二三四五六七八九多]?|一百(?:零?[一二三四五六七八九]|一十?[一二三四五六七八九]?|二十?[一二三四五六七八九]?)?多?)\s*(?:周岁|岁|歲|大寿|大壽|寿辰|壽辰)/g;
const AGE_EN = /(?<![\d.])(9\d|1[0-3]\d)(?:\s*|-)(?:years?|yrs?|y\.?o\.?|yo|y\/o)(?:[- ]old)?(?![a-z])/gi;
const AGE_EN_WORDS =
  /\bninety[- ](?:one|two|three|four|five|six|seven|eight|nine)(?:[- ]years?(?:[- ]old)?)?\b|\bninety(?=[- ]years?)(?:[- ]years?(?:[- ]old)?)|\b(?:a |one )?hundred(?: and \w+)?[- ]years?[- ]old\b/gi;
/** An age without a unit where only a person's age fits: "she is 93", "我妈今年93了". */
const AGE_BARE_EN =
  /\b(?:he|she|who|mom|mum|dad|grandma|grandpa|mother|father|grandmother|grandfather|patient|I)(?:'s| is| was| turned| turns| just turned| will be)\s+(9\d|1[0-3]\d)\b(?!\s*(?:%|mg|kg|lbs?|bpm|mmHg|percent|degrees|°|\/|\.\d))/gi;
const AGE_BARE_ZH = /(?:今年|已经|都|快|满|已)\s*(9\d|1[0-3]\d)(?=\s*(?:了|啦|，|,|。|！|$))/g;
/**
 * An age over 89 told by what stands beside the number, as records and notes write it: a sex mark right after it
 * ("91F", "94 F,", "93 Y / F") and the number alone in brackets after a name or a birth date ("Eileen Murphy (92)",
 * "DOB 14/02/1931 (93)", "（茅阿婆，91）"). A temperature in Fahrenheit ("Tmax 101F") and a room ("Room 94 F wing":
 * the mark must close the phrase) are not ages.
 */
const AGE_SEX_EN = /(?<![\d./:-])(9\d|1[01]\d)(?:[ ]?[FM]|[ ]?Y[ ]?\/[ ]?[FM])(?=[ ]?(?:[,;:)(/]|\n|$))/g;
const FAHRENHEIT_BEFORE = /(?:\b(?:T|temp|temperature|Tmax|Tm|fever|febrile|oral|rectal|axillary|tympanic)\b|°)[^.;\n]{0,12}$/i;
const VITALS_NEAR = /\b(?:vitals?|VS|obs|HR|BP|RR|SpO2|O2|sats?|pulse)\b|\b\d{2,3}\/\d{2,3}\b(?!\/)/i;
const AGE_BRACKETED =
  /(?<=(?:\p{Lu}\p{Ll}+[ ]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|(?:19|20)\d\d)[ ]?[(（]|[(（][\u4e00-\u9fa5]{2,4}[，,][ ]?)(9\d|1[01]\d)(?:[ ]?(?:y|yo|yrs?|years?|岁|歲))?(?=[)）](?![ ]?(?:[nmpµμ]?g\b|[nmpµμ]?g\/|[mµμ]?mol|m?[lL]\b|[cm]m\b|kg|bpm|I?U\b|U\/|%|\/)))/gu;
const AGE_TURNED = /\bturn(?:ed|s|ing)\s+(9\d|1[01]\d)\b(?!\s*(?:%|mg|kg|lbs?|degrees|°|percent|minutes|mins?|hours|seconds|\/|\.\d))/gi;
const AGE_CUED = /(?:年龄|年纪|享年|终年|高寿|高龄|\bage[d]?|\bAge)\s*[:：]?\s*(?:is\s+|of\s+)?(9\d|1[0-3]\d)(?![\d.])/g;

export function detectAges(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  const zh = /[岁歲寿壽]/.test(text);
  const en = /[a-z]/i.test(text);
  for (const re of [...(zh ? [AGE_ZH, AGE_ZH_NUM] : []), ...(en ? [AGE_EN, AGE_EN_WORDS] : [])]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (re === AGE_ZH && /[\d.]/.test(text[(m.index ?? 0) - 1] ?? '')) continue;
      out.push(span('AGE', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
    }
  }
  if (en) {
    for (const m of text.matchAll(AGE_SEX_EN)) {
      const at = m.index ?? 0;
      // A temperature stands among other vital signs ("99 F, 120/80", "Vitals: 99 F"); an age does not.
      if (FAHRENHEIT_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || VITALS_NEAR.test(text.slice(Math.max(0, at - 16), at + 28))) continue;
      out.push(span('AGE', text, at, at + m[1].length));
    }
  }
  if (/[(（，,][ ]?(?:9\d|1[01]\d)/.test(text))
    for (const m of text.matchAll(AGE_BRACKETED)) {
      // Two capitalised words that are both English words name a test, not a person ("Complete Blood Count (95)").
      const words = /(\p{Lu}\p{Ll}+)[ ](\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?[ ]?[(（]$/u.exec(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0));
      if (words && englishWord(words[1].toLowerCase()) && englishWord(words[2].toLowerCase())) continue;
      out.push(span('AGE', text, m.index ?? 0, (m.index ?? 0) + m[1].length));
    }
  for (const m of [...text.matchAll(AGE_CUED), ...(en ? [...text.matchAll(AGE_BARE_EN), ...text.matchAll(AGE_TURNED)] : []), ...text.matchAll(AGE_BARE_ZH)]) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    out.push(span('AGE', text, start, start + m[1].length));
  }
  return out;
}
