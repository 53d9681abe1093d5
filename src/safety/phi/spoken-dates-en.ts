// Dates said aloud and written down as words — a call transcript, a dictated letter, a read-back: "nineteenth of may
// nineteen forty six", "march fifth twenty nineteen", "June the fourth, twenty twenty-three", "May third, eighty-one",
// "first of the fourth, nineteen forty-one", and a date of birth said as its numbers ("three twelve twenty twenty",
// "oh-four, twelve, twenty-twenty-two"). dates.ts and date-grammar.ts read digits and a month name; the number WORDS of a
// day and a year are a grammar of their own: an ordinal day (one to thirty-first), a month (by name, or as an ordinal
// after "of the"), a year said in two halves ("nineteen forty six", "twenty twenty-two", "two thousand and five") or
// its last two ("eighty-one"). Safe Harbor removes a day with its month, so a date with no year is read too.
// What stays: a month word that is a verb or modal ("you may first want to", "march second in line": lowercase
// "may" or a day of "first"/"second" needs a year or a date cue), a fraction ("a third of May's budget"), counting,
// doses and durations (no month and no cue), a year alone (Safe Harbor keeps years), and numbers after a cue that
// are no day and month (13 and over in both places).
import type { PhiSpan } from '../types.js';
import { span } from './span.js';

const UNIT = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEEN = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const ORD_UNIT = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)';
const ORD_TEEN = '(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)';
const SEP = '[- ]';
/** A day of the month as an ordinal: "fifth", "twenty seventh", "thirty-first", "4th". */
const DAY_ORD = `(?:(?:twenty${SEP}?)${ORD_UNIT}|thirty${SEP}?first|${ORD_TEEN}|twentieth|thirtieth|${ORD_UNIT}|(?:[12]?\\d|3[01])(?:st|nd|rd|th))`;
/** A month as an ordinal after "of the" ("first of the fourth"): first … twelfth. */
const MONTH_ORD = `(?:${ORD_UNIT}|tenth|eleventh|twelfth)`;
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** A month written short after "of" ("the ninth of Feb"): only where "of" places it. */
const MONTH_SHORT = '(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** The last two digits of a year as words: "forty six", "eighty-one", "oh five", "nineteen". */
const YEAR_TAIL = `(?:${TENS}(?:${SEP}${UNIT})?|${TEEN}|(?:oh|o)${SEP}${UNIT}|hundred)`;
/** A whole year as words: "nineteen forty six", "twenty nineteen", "twenty twenty-three", "two thousand and five". */
const YEAR_FULL = `(?:(?:nineteen|twenty)${SEP}${YEAR_TAIL}|two thousand(?:${SEP}and)?(?:${SEP}(?:${UNIT}|${TEEN}|twenty(?:${SEP}${UNIT})?))?)`;
/** A year after the day: whole (in words or digits), or its last two after a comma or before the end of the clause ("May third, eighty-one."). */
const YEAR = `(?:,?\\s+(?:${YEAR_FULL}|(?:19|20)\\d{2}(?!\\d)|${YEAR_TAIL}(?=\\s*(?:[.,;:!?)\\n]|$|\\s+(?:and|but|so|um|uh|er)\\b))))`;

/** Words that say a date follows: a date of birth, a birthday, an "on"/"since" of time. */
const DATE_CUE =
  /(?:\b(?:date\s+of\s+birth|birth\s*date|birthday|born|dob|d\.o\.b|on|since|until|till|from|by|dated|date\s+is|date:?)\b\.?|[:：])[\s,]*(?:(?:is|was|it'?s|that'?s|um|uh|er)[\s,]+)*$/i;
/** A date of birth said as its numbers needs this cue: "three twelve twenty twenty" is otherwise any three numbers. */
const BIRTH_CUE = /\b(?:date\s+of\s+birth|birth\s*date|birthday|born(?:\s+on)?|dob|d\.o\.b)\b\.?[\s,:]*(?:(?:is|was|it'?s|that'?s|um|uh|er|the)[\s,]+)*$/i;

const FORMS: {
  re: RegExp;
  needsYearOrCue: (m: RegExpExecArray) => boolean;
  needsBirthCue?: boolean;
  needsYear?: boolean;
  /** A month with a year and no day: the year is in group 3 already, a cue is needed only for a lowercase month. */
  monthYear?: boolean;
}[] = [
  // month, day, year: "march fifth twenty nineteen", "June the fourth, twenty twenty-three", "April twelfth"
  {
    re: new RegExp(`\\b(${MONTH})\\s+(?:the\\s+)?(${DAY_ORD})(?![\\w-])(${YEAR})?`, 'gi'),
    needsYearOrCue: (m) => /^[a-z]/.test(m[1]) && (/^may$/i.test(m[1]) || /^(?:first|second)$/i.test(m[2])),
  },
  // day month, year, British order without "of": "fourteenth March nineteen sixty" (a capitalised month, or a year/cue)
  {
    re: new RegExp(`\\b(?:the\\s+)?(${DAY_ORD})\\s+(${MONTH})(?![\\w'’-])(${YEAR})?`, 'gi'),
    needsYearOrCue: (m) => /^[a-z]/.test(m[2]) || /^(?:first|second)$/i.test(m[1]),
  },
  // month and a year said in words: "September nineteen eighty-seven" (the month is the date element; the year goes with it)
  {
    re: new RegExp(`\\b(${MONTH})(?:,?\\s+of)?(,?\\s+)(${YEAR_FULL})(?![\\w-])`, 'gi'),
    needsYearOrCue: (m) => /^[a-z]/.test(m[1]),
    monthYear: true,
  },
  // day of month, year: "nineteenth of may nineteen forty six", "the fourth of March", "Twenty-eighth day of February"
  {
    re: new RegExp(
      `(?<!\\b(?:a|one|two|three|every|each|per)\\s+)\\b(?:the\\s+)?(${DAY_ORD})\\s+(?:day\\s+)?of\\s+(?:the\\s+month\\s+of\\s+|(?:last|this|next|past)\\s+)?(${MONTH}|${MONTH_SHORT})(?![\\w'’-])(${YEAR})?`,
      'gi',
    ),
    needsYearOrCue: (m) => /^[a-z]/.test(m[2]) && /^(?:may|march)$/i.test(m[2]),
  },
  // a weekday and its day of the month: "Tuesday the fourteenth"
  {
    re: new RegExp(`\\b(${WEEKDAY}),?\\s+the\\s+(${DAY_ORD})(?![\\w-])(${YEAR})?`, 'gi'),
    needsYearOrCue: (m) => /^[a-z]/.test(m[1]),
  },
  // day of the month-as-ordinal, with a year: "first of the fourth, nineteen forty-one"
  {
    re: new RegExp(`\\b(?:the\\s+)?(${DAY_ORD})\\s+of\\s+the\\s+(${MONTH_ORD})(?![\\w-])(${YEAR})`, 'gi'),
    needsYearOrCue: () => true,
    needsYear: true,
  },
  // a date of birth as three numbers: "three twelve twenty twenty", "four twelve forty nine", "oh-four, twelve, …"
  {
    re: new RegExp(
      `\\b((?:oh${SEP}?)?(?:${UNIT}|${TEEN}|twenty(?:${SEP}${UNIT})?|thirty(?:${SEP}one)?))(?:\\s+slash\\s+|[,\\s-]+)((?:oh${SEP}?)?(?:${UNIT}|${TEEN}|twenty(?:${SEP}${UNIT})?|thirty(?:${SEP}one)?))(?:\\s+slash\\s+|,?\\s+|,?-)((?:nineteen|twenty)${SEP}(?:${YEAR_TAIL}|twenty(?:${SEP}${UNIT})?)|${TENS}(?:${SEP}${UNIT})?)(?![\\w-])`,
      'gi',
    ),
    needsYearOrCue: () => true,
    needsBirthCue: true,
  },
];

const WORD_VALUE: Record<string, number> = Object.fromEntries([
  ...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, i + 1]),
  ['twenty', 20],
  ['thirty', 30],
]);
/** The value of a cardinal day/month said in words ("oh-four" 4, "twenty one" 21). */
function cardinal(words: string): number {
  let n = 0;
  for (const w of words.toLowerCase().split(/[- ]+/)) n += WORD_VALUE[w] ?? 0;
  return n;
}

/** Dates said in words (see the file head), typed DATE. */
export function detectSpokenDatesEn(text: string): PhiSpan[] {
  // Every form needs a month (in full or short), a weekday, "of the" (a month as an ordinal) or a birth cue (three
  // numbers): the seven patterns run only on text holding one.
  if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day\b|\bof\s+the\b|birth|born|\bdob\b|d\.o\.b/i.test(text)) return [];
  const out: PhiSpan[] = [];
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(text); m; m = form.re.exec(text)) {
      const start = m.index;
      const before = text.slice(Math.max(0, start - 48), start);
      const year = m[3];
      if (form.needsYear && !year) continue;
      if (form.needsBirthCue) {
        if (!BIRTH_CUE.test(before)) continue;
        const [a, b] = [cardinal(m[1]), cardinal(m[2])];
        if (!a || !b || a > 31 || b > 31 || (a > 12 && b > 12)) continue;
      } else if (form.monthYear) {
        if (form.needsYearOrCue(m) && !DATE_CUE.test(before)) continue;
      } else if (!year && form.needsYearOrCue(m) && !DATE_CUE.test(before)) continue;
      // A year said in full is kept apart only when it is the whole match's end; trim trailing spaces and commas.
      let end = start + m[0].length;
      while (end > start && /[\s,]/.test(text[end - 1])) end--;
      out.push(span('DATE', text, start, end));
    }
  }
  return out;
}
