// Ages over 89 written in a record's demographic shorthand (issue #11, s33): the sex and the age run together as one
// token beside a name or a bed — "M/82", "F/91", "F / 90Y", "(90Y)", "91 y", "BERGSTROM, Alice 94F" — or an age
// field whose label carries its unit in a bracket ("Age (years): 94"). The shape is the evidence: a year unit glued to
// the number, or a sex letter joined to it by a slash or glued after it. Safe Harbor removes only ages of 90 and over,
// so only those are read (90–119). A number with a sex letter glued after it is also a temperature in Fahrenheit
// ("T 99F", "temp 101F"): that form is read only right after a capitalised name word, a comma or a bracket, never after
// a temperature word, and never before a degree sign.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';

const AGE = '(9\\d|1[01]\\d)';
/** The number with a year unit glued or one space away: "90Y", "(90Y)", "91 y", "92yo", "95 y/o". */
const WITH_UNIT = new RegExp(`(?<![\\d.,/:-])${AGE}[ ]?(?:Y|y|yo|y/o|yrs?)(?![\\p{L}\\d/])(?=[ ]?(?:$|\\n|[ \\t]{2}|[)）,;/|]|[ ]?[MF]\\b|[ ]old\\b))`, 'gu');
/** Sex / age: "F/91", "M / 93", "F/90Y" (the unit is read by WITH_UNIT). */
const SEX_SLASH_AGE = new RegExp(`(?<![\\p{L}\\d])[MF][ ]?/[ ]?${AGE}(?![\\d.%°])`, 'gu');
/** Age / sex: "91/F", "93 / M". */
const AGE_SLASH_SEX = new RegExp(`(?<![\\d.,/:-])${AGE}[ ]?/[ ]?[MF](?![\\p{L}\\d])`, 'gu');
/** Age with the sex glued after it: "94F", "101M". */
const AGE_SEX = new RegExp(`(?<![\\d.,/:-])${AGE}[MF](?![\\p{L}\\d°])`, 'gu');
/** What may stand before a glued "94F": a capitalised name word or a line start — no temperature, no vital sign. */
const BEFORE_AGE_SEX = /(?:^|\n|(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+[ ])$/u;
// Case-blind: a vitals line writes "Fever 102F" / "Oral 99F" as often as lower case (diff read s33).
const TEMPERATURE_WORD = /(?:^|[^\p{L}])(?:t|tmax|tmp|temp|temperature|fever|febrile|pyrexia|oral|rectal|axillary|tympanic)[ :=]*$/iu;
/** Vital signs and measures a number in this range is more often (a list of vitals: "HR 96, RR 20, 98F", "sats 91"):
 * only when nothing but numbers and punctuation stands between the label and the number ("HR 80. Pt F/92" is an age). */
const VITALS_BEFORE = /(?:^|[^\p{L}])(?:HR|RR|BP|SBP|DBP|MAP|SpO2|SaO2|sats?|Sats?|O2|pulse|Pulse|P|GCS|Hb|Hgb|wt|Wt|weight|Weight|kg|bpm|mmHg)\b[^\p{L}\n]*$/u;
/** The age field with its unit in a bracket: "Age (years): 94", "Age (yrs) 92". */
const AGE_FIELD = new RegExp(`(?<![\\p{L}])(?:Age|AGE|age)[ ]?\\((?:years?|yrs?|y)\\)[ ]?[:：]?[ ]?${AGE}(?![\\d.])`, 'gu');

/** (review s33) Yttrium-90 in an interventional-radiology note is written "90Y" / "(90Y)" too: no capital-Y age there. */
const YTTRIUM = /(?:\bY[ -]?90\b|[Yy]ttrium|\bSIRT\b|\bTARE\b|[Rr]adioemboli[sz]|\b[GM]Bq\b|[Mm]icrosphere|SIR-Spheres|TheraSphere)/u;
/** What says a capital-Y number is a person's age: the patient, a sex, a date of birth or an age word on the same line
 * before it ("DOB 11/30/1933 (90Y)", "患者（90Y）", "F / 90Y", "Pt 90Y"), or a sex after it ("90Y F", "90Y/M"). */
const AGE_CONTEXT_BEFORE =
  /(?:(?<![\p{L}])(?:DOB|D\.O\.B|Age|AGE|age|Pt|pt|PT|Patient|patient|Mr|Mrs|Ms|Miss|male|female|Male|Female|[MF])(?![\p{L}])|患者|病人|病患|男|女|岁|性别|年龄)/u;
const SEX_AFTER = /^[ ]?[)）]?[ ]?[,/]?[ ]?(?:[MF](?![\p{L}])|男|女)/u;
/** Places and measures a glued "95F" follows ("Room 95F", "Bath 98F", "Level 91F", "Bra 90F"): no name word. */
const PLACE_WORD =
  /(?:^|[^\p{L}])(?:Room|Rm|Level|Lvl|Floor|Bath|Water|Flight|Gate|Bed|Bay|Ward|Unit|Suite|Zone|Bra|Size|Cup|Seat|Row|Pod|Door|Locker|Oven|Fridge|Freezer)[ ]$/u;

export function detectAgeShorthand(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/(?<!\d)(?:9\d|1[01]\d)(?!\d)/.test(text)) return out;
  for (const re of [WITH_UNIT, SEX_SLASH_AGE, AGE_SLASH_SEX, AGE_FIELD]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      if (out.some((o) => o.start === at)) continue;
      // A temperature word before the number vetoes every form ("T: M/99" does not occur, but the guard is cheap).
      const before = text.slice(Math.max(0, at - 14), at).replace(/[ ]?[MF][ ]?\/[ ]?$/, '');
      if (TEMPERATURE_WORD.test(before) || VITALS_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
      // (review s33) A capital Y is read as years only with the person in view on its line, and never in a note about
      // yttrium-90 ("Y-90 radioembolisation (90Y)", "Treated with 90Y").
      if (re === WITH_UNIT && /^\d+[ ]?Y$/.test(m[0]) && !capitalYAge(text, at, at + m[0].length)) continue;
      // The number alone is the age, as the other age readers write it; the unit and the sex letter stay.
      out.push(span('AGE', text, at, at + m[1].length));
    }
  }
  AGE_SEX.lastIndex = 0;
  for (const m of text.matchAll(AGE_SEX)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 24), at);
    if (!BEFORE_AGE_SEX.test(before) || TEMPERATURE_WORD.test(before.trimEnd()) || VITALS_BEFORE.test(before)) continue;
    // (review s33) A room, a level, a bath or a size before the number is no name ("Room 95F", "Bath 98F").
    if (PLACE_WORD.test(before)) continue;
    out.push(span('AGE', text, at, at + m[1].length));
  }
  return out;
}

/** The capital-Y number at [at, end) is an age: no yttrium in the text, and a person word before it on its line or a
 * sex letter after it. */
function capitalYAge(text: string, at: number, end: number): boolean {
  if (YTTRIUM.test(text)) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 40), at);
  return AGE_CONTEXT_BEFORE.test(before) || SEX_AFTER.test(text.slice(end, end + 6));
}
