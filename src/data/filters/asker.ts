// Who a consultation question is about, read from the question itself: a child or an infant by the age it states
// ("my 9 year old daughter", "6岁女儿", "daughter (6)", "8 months"), a pregnancy by its words and its stage. An answer
// is judged for that person: the contraindication tables name populations, and a question says who is asking far
// more often by an age than by the word "child" (curation batches 2–15: aspirin for "my 9 year old" with chickenpox
// was kept because no population word stood in the answer's sentence). Pure.
import { findAges } from '../../safety/red-flags/age.js';
import { parseNumber } from '../../safety/red-flags/numbers.js';

export interface Asker {
  /** Under 16 years (the Reye-syndrome age, the widest child limit the tables cite), or named a child. */
  child: boolean;
  /** Under 12 months, or named a baby / newborn. */
  infant: boolean;
  pregnant: boolean;
  /** 20 weeks or later, the third trimester, 孕晚期. */
  latePregnancy: boolean;
  /** An age in years or months is stated (a sentence naming one speaks of that person). */
  aged: boolean;
}

/** Ages stated, read by the one age reader (src/safety/red-flags/age.ts): with a cue of whose ("9 year old", "6岁女儿",
 *  "daughter (6)", "8个月大", "宝宝8个月", "4yo") or bare ("6岁", "aged 6") — not a duration ("for 3 years", "烧了两个月"). */
function agesInYears(q: string): number[] {
  return findAges(q, { bare: true }).map((a) => a.days / 365);
}

const CHILD_WORD =
  /\b(?:child|children|kids?|toddlers?|infants?|bab(?:y|ies)|newborns?|preschooler|schoolchild|teen(?:ager)?s?)\b|儿童|小儿|幼儿|孩子|小孩|宝宝|婴儿|新生儿|患儿|小朋友|儿子|女儿/iu;
const INFANT_WORD = /\b(?:infants?|newborns?|neonates?)\b|婴儿|新生儿|月龄/iu;
const NOT_PREGNANT = /\bnot (?:be )?pregnant\b|\bisn't pregnant\b|没(?:有)?怀孕|未怀孕|不是怀孕|排除(?:了)?怀孕/iu;
const PREGNANT = /\bpregnan\w*|\btrimester\b|\bweeks? pregnant\b|怀孕|孕(?:期|早期|中期|晚期|妇|\d|[一二三四五六七八九])|妊娠/iu;

function pregnancyWeeks(q: string): number | undefined {
  const en = /\b(\d{1,2})\s*(?:weeks?|wks?)\s*(?:pregnant|gestation|along)/iu.exec(q) ?? /\bpregnant\D{0,20}(\d{1,2})\s*weeks?\b/iu.exec(q);
  if (en) return Number(en[1]);
  const zh = /(?:孕|怀孕|妊娠)\s*(\d{1,2})\s*(?:周|w)/iu.exec(q);
  if (zh) return Number(zh[1]);
  const months = /(?:怀孕|孕|妊娠)\s*(\d|[一二三四五六七八九])\s*个?多?月/u.exec(q) ?? /\b(\d) months? pregnant\b/iu.exec(q);
  if (months) return (parseNumber(months[1] ?? '') ?? Number.NaN) * 4.3;
  return undefined;
}

/** The person a question is about (pure). */
export function readAsker(question: string): Asker {
  const q = question ?? '';
  const years = agesInYears(q);
  const pregnant = PREGNANT.test(q) && !NOT_PREGNANT.test(q);
  // In a pregnancy question "baby" and 宝宝 are the fetus: only a stated age makes it a child's question then. A word
  // for a child beside stated ages is read by the ages ("my daughter is 25"); an adult's own age beside a child word
  // ("I'm 35, my son…") then hides the child — a miss, never a false reading.
  const named = !pregnant && !years.length;
  const infant = years.some((y) => y * 365 < 364) || (named && INFANT_WORD.test(q));
  const child = infant || years.some((y) => y < 16) || (named && CHILD_WORD.test(q));
  const weeks = pregnant ? pregnancyWeeks(q) : undefined;
  const latePregnancy = pregnant && ((weeks !== undefined && weeks >= 20) || /third trimester|late pregnancy|孕晚期|妊娠晚期/iu.test(q));
  return { child, infant, pregnant, latePregnancy, aged: years.length > 0 };
}
