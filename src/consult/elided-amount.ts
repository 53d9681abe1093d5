// A reply sentence that is only an amount — "about 24 of the 500mg ones", "30 tablets", "大概二十片" — is an answer
// fragment: its verb and its medicine are the opening's ("I took some extra paracetamol last night"). Read alone it
// names no act, and the triage's overdose readers read an act, its quantity and its medicine in ONE sentence
// (act-done.ts, ingestion.ts), so the amount was never weighed (c32-012: 24 × 500 mg paracetamol, 55 kg, finalised
// routine). The fragment is read back into the opening's sentence: its words through the taking verb, the amount,
// then the rest of that sentence ("I took about 24 of the 500mg ones, some extra paracetamol last night…"), so the
// triage's scoped readers judge it as any sentence. Not read: an opening act that is asked, not done or past (its own
// sentence says so), and any reply sentence that is more than an amount of tablets — a bare number (an age, a weight,
// days), an amount with its own verb or place ("24 left in the box"), a count of kinds ("10 different ones"). Pure.
import { ZH_COUNT } from '../core/zh-numerals.js';
import { CONDITIONAL_BEFORE, MEDS_EN, withMedicineClass } from '../safety/triage/ingestion.js';
import { TAKEN } from '../safety/triage/paracetamol-sum.js';
import { NOT_DONE } from '../safety/triage/child-medicine.js';
import { readCourse } from '../safety/triage/course.js';
import { DAILY } from '../safety/screening/claim-acts.js';
import { clauses, isHistorical } from '../safety/red-flags/context.js';
import { parseNumber } from '../safety/red-flags/numbers.js';

/** Sentences; a comma does not end one (the opening's frame may sit in an earlier clause of the same sentence). */
const SENTENCE = /[^.?!。？！\n;；]+[.?!。？！;；]?/g;

const APPROX_EN = String.raw`(?:(?:about|around|roughly|approximately|maybe|probably|like|nearly|almost|over|more than|at least|just over|just under)\s+)?`;
/** The count is read by the one number reader (red-flags/numbers.ts parseNumber: digits, "twenty-four"); a dozen and a
 *  hundred are the words it has no entry for. */
const COUNT_EN = String.raw`(?<n>\d{1,3}|a dozen|dozens|a hundred|[a-z]+(?:[- ][a-z]+)?)`;
/** What the count counts: tablets by their name or strength ("of the 500mg ones", "paracetamol tablets"), "of them" —
 *  not how many kinds ("10 different ones" is a list of medicines, not an amount of one). */
const UNIT_EN = String.raw`(?:of (?:them|those|these)\b|(?:of (?:my|his|her|the|their|those|these) )?(?!(?:different|other|separate|various|kinds?|types?|sorts?)\b)(?:[\w'’-]+ ){0,2}?(?:\d+(?:\.\d+)? ?(?:mg|mcg|g) )?(?:${MEDS_EN}|ones)\b)`;
const TAIL_EN = String.raw`(?:[,\s]+(?:or so|i think|i reckon|maybe|in total|altogether|all together|all at once|at once|in one go))?`;
const AMOUNT_ONLY_EN = new RegExp(
  String.raw`^\s*(?:(?:um|erm|so|i think|i reckon)[,\s]+)?${APPROX_EN}${COUNT_EN}(?:\s*(?:or so|-?ish))?\s+${UNIT_EN}${TAIL_EN}\s*[.!]?\s*$`,
  'i',
);
const AMOUNT_ONLY_ZH = new RegExp(
  `^\\s*(?:大概|大约|差不多|估计|可能|应该|好像|一共|总共)?(?:有|是)?(?:几十|${ZH_COUNT})(?:多|几)?\\s*(?:片|粒|颗)(?:左右|吧|的样子|多)?(?:药)?[。！!]?\\s*$`,
);
/** A medicine word after the class rewrite (every named medicine reads 'pills'/药). */
const MEDICINE_AFTER = new RegExp(String.raw`\b${MEDS_EN}\b|药|片|粒|胶囊`, 'i');
/** Taking forms of TAKEN that tell no one act of swallowing: a habit or a course ("been taking", "I take", 在吃, 吃着,
 *  每天吃, 一直吃), "had" (also holding: "had my pills with me"), a drink (喝了 中药 is a decoction; tablets are not drunk)
 *  and "finished" (a course ended). */
const NOT_ONE_ACT = /\b(?:been taking|take|takes|taking|had|drank|drunk|finished)\b|在吃|吃着|每天|天天|一直|喝/i;
/** "took" in a sense other than swallowing, told in the verb's own clause: carried ("with me", "along"), returned or
 *  handed in ("back", "to the pharmacy"), removed ("away", "out of", "off"), or an object that is no dose ("a picture of
 *  my tablets", "a look at", "a prescription … to the chemist"). */
const NOT_SWALLOWED_EN =
  /^\s*(?:back|away|off|out|along)\b|\b(?:with (?:me|us|him|them)\b|with her\b(?= (?:on|to|in|into|for|when|as)\b|\s*$)|along|(?:back|away) (?:to|in|into|from)|(?:out of|to) (?:the|a|an|my|his|her|their|our) (?:\w+ )?(?:pharmacy|pharmacist|chemists?|doctors?|gp|surgery|hospital|clinic|vet|school|work|office|box|packet|pack|bottle|cupboard|drawer|bag|cabinet|blister)\b|(?:a|some|the) (?:picture|photo|photograph|pic|snap|screenshot|look|count|note)s? (?:of|at)\b)/i;
/** Unnamed Chinese herbal medicine: patent pills (水丸, 浓缩丸, 滴丸) are dosed in tens of 粒, so a count is no overdose. */
const HERBAL_ZH = /中药|中成药|草药/;
/** A course over days told in the act's sentence ("over the last three days", 这几天, 一周的): the amount is a total of
 *  doses, not one act. readCourse and DAILY read most; "over/for the last N days", "all week", 这几天/几天 are not theirs
 *  (ingestion.ts keeps the same reading as OVER_DAYS, not exported: request "# Session 27"). */
const OVER_DAYS =
  /这几天|这两天|这些天|几天|天天|一直|\b(?:over|for|in|during) (?:the )?(?:last|past) (?:\w+ )?(?:days|weeks|nights)\b|\b(?:all|this|last) week\b|\bfor (?:a|one|two|three|\d+|a few|several) (?:days?|weeks?)\b/i;
const DAILY_RE = new RegExp(DAILY.source, 'i');

/** The act's own sentence tells a course or a past act: every clause is read for the past ("5 years ago and now I
 *  worry", "when I was 17, I'm 30 now": the past clause is the act's even when a later one turns to now). */
function courseOrPast(s: string): boolean {
  if (readCourse(s) === 'long-standing' || DAILY_RE.test(s) || OVER_DAYS.test(s)) return true;
  return isHistorical(s, { start: 0, end: s.length }) || clauses(s).some((c) => isHistorical(s, c));
}

/** A fragment's English count is a number (parseNumber), not any word in that place ("few of them", "all of them"). */
function countRead(fragment: string): boolean {
  const n = AMOUNT_ONLY_EN.exec(fragment)?.groups?.n;
  if (n === undefined) return AMOUNT_ONLY_ZH.test(fragment);
  return /^(?:a dozen|dozens|a hundred)$/i.test(n) || parseNumber(n) !== null;
}

/** The opening's sentences that tell a medicine taken, cut after their taking verb: the head ("I took", "我昨晚吃了")
 *  and the rest ("some extra paracetamol last night cos of a bad day", with its own time and manner words). */
function takingPrefixes(opening: string): { head: string; rest: string }[] {
  const out: { head: string; rest: string }[] = [];
  for (const sm of opening.matchAll(SENTENCE)) {
    const s = sm[0];
    const t = withMedicineClass(s);
    const re = new RegExp(TAKEN.source, 'gi');
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const end = m.index + m[0].length;
      // The verb's own object is a medicine (within a few words): "took some extra paracetamol", not "had a bad day".
      const object = t.slice(end, end + 40).split(/[,，。;；]/)[0] ?? '';
      if (!MEDICINE_AFTER.test(object)) continue;
      // One act of swallowing: not a habit, a course, a drink, nor "took" as carried / returned / photographed.
      const clause = t.slice(end).split(/[,，。;；.!?！？]/)[0] ?? '';
      if (NOT_ONE_ACT.test(m[0]) || NOT_SWALLOWED_EN.test(clause) || HERBAL_ZH.test(object)) break;
      // The act's own sentence decides whether it is an act now: a conditional before the verb ("What if I took…"), an
      // act not done ("I nearly took", 差点吃了) or a past episode ("…3 years ago after a breakup", 三年前) tells no
      // ingestion to count — the amount is of that act, so it is not read. "Last night" is now (c32-012, 10 hours).
      const before = s.slice(0, m.index);
      if (CONDITIONAL_BEFORE.test(before) || NOT_DONE.test(before) || courseOrPast(s)) break;
      out.push({
        head: s.slice(0, end).trim(),
        rest: s
          .slice(end)
          .trim()
          .replace(/[.?!。？！;；]$/, ''),
      });
      break;
    }
  }
  return out;
}

/** The reply's amount-only sentences read back into the opening's taking sentence(s); [] when either is missing. */
export function amountsTaken(opening: string, reply: string): string[] {
  if (!reply) return [];
  const fragments = [...reply.matchAll(SENTENCE)].map((m) => m[0].trim()).filter(countRead);
  if (fragments.length === 0) return [];
  const prefixes = takingPrefixes(opening);
  // The amount takes the place of the verb's object; the opening's words after the verb follow it as the next clause
  // ("I took about 24 of the 500mg ones, some extra paracetamol last night…"): "of them" finds its medicine, and a
  // manner or time said after the verb ("by mistake", "two days ago") stays in the act's sentence.
  return prefixes.flatMap(({ head, rest }) =>
    fragments.map((f) => {
      const amount = f.replace(/[.!。！]$/, '');
      const zh = /\p{Script=Han}$/u.test(head) && /^\p{Script=Han}/u.test(amount);
      return `${head}${zh ? '' : ' '}${amount}${rest ? (zh ? `，${rest}` : `, ${rest}`) : ''}${zh ? '。' : '.'}`;
    }),
  );
}
