// A number shaped like a date element that the sentence reads as a clinical quantity is no DATE (issue #11, design 2):
// one reading used on every date reader's result, in place of each reader's own list of what may follow a date.
// Only a bare "N/M" or a bare clock time is judged — a span with a year, a month name or a day word stays a date.
//   - a score on its scale: 7/10 with pain or a score word, 4/5 power, 14/15 GCS;
//   - a duration in the shorthand of clinical notes: 3/7 (days), 2/52 (weeks), 3/12 (months), 6/24 (hours) after
//     "for / last / past / over" or before "ago / history / of / into / post";
//   - a part of a dose: 1/2 tablet, 3/4 of the dose, reduced to 3/4, 服用 3/5 剂量;
//   - a dosing time: a clock time between a medicine or a dose and its amount ("Lantus 22:00 20 units",
//     "胰岛素 22:00 8单位", "10 units at 21:00"), on a line that dates no day (a dated entry's times stay its dates).
import type { PhiSpan } from '../types.js';

const FRACTION = /^(\d{1,2})\s*\/\s*(\d{1,2})$/;
const CLOCK = /^([01]?\d|2[0-3])[:：.]([0-5]\d)$/;

/** Units and nouns of an amount taken or given, right after a number or a clock time. */
const DOSE = String.raw`(?:\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ug|g|ml|mL|units?|iu|IU|u|puffs?|tabs?|tablets?|caps?|drops?|单位|片|粒|支|毫克|微克|ml|mmol\/L|nmol\/L|μg|U))`;
const DOSE_AFTER = new RegExp(`^\\s*(?:[-–,:]\\s*)?${DOSE}(?![A-Za-z])`);
const DOSE_BEFORE = new RegExp(`${DOSE}\\s*(?:at|@|于|在)\\s*$`);
/** A medicine's name right before a clock time (a capitalised word or a Han word ending a drug name). */
const MEDICINE_BEFORE_TIME =
  /(?:\b[A-Z][a-z]{3,}|胰岛素|[\u4e00-\u9fa5]{1,6}(?:地平|洛尔|普利|沙坦|他汀|双胍|格列[\u4e00-\u9fa5]|霉素|西林|沙星|拉唑|唑仑|松|泮|酮|片|胶囊))\s*$/;

/** A scale's word right before the score (nothing between but a colon or a verb): "pain 7/10", "GCS 14/15", "power 4/5". */
const SCORE_BEFORE: Record<number, RegExp> = {
  10: /(?:pain|score|scored|severity|rated|rates|rating|VAS|NRS|intensity|疼痛|评分|痛感|分值)\s*(?:[:=：]|of|is|was|at|now|about|around)?\s*$/i,
  5: /(?:power|strength|MRC|grade|肌力)\s*(?:[:=：]|of|is|was|at|now)?\s*$/i,
  15: /(?:GCS|Glasgow(?: coma scale)?|E\dV\dM\d\s*=?)\s*(?:[:=：]|of|is|was|at|now)?\s*$/i,
};
/** After a score on its scale: the pain it rates ("7/10 chest pain"), a limb for a power grade ("4/5 in the left arm"). */
const SCORE_AFTER: Record<number, RegExp> = {
  10: /^\s*(?:(?:chest|abdominal|back|head|neck|knee|leg|arm|joint|muscle|period|pelvic|low back|lower back|tummy|stomach)\s+)?(?:pain|ache|aching|headache|severity|discomfort|分)/i,
  5: /^\s*(?:(?:in|of) (?:the |his |her |both |all )?(?:(?:left|right|upper|lower|proximal|distal|both)\s+)*(?:arms?|legs?|limbs?|hands?|hips?|knees?|shoulders?|elbows?|wrists?|ankles?|feet|foot|grip|flexion|extension)|bilaterally|throughout|级)/i,
  15: /^(?!)/,
};
const DURATION_BEFORE = /\b(?:for|last|past|over|within|x|about|approx\.?|around|nearly|almost)\s*$/i;
const DURATION_AFTER = /^\s*(?:ago|hx|history|of|into|post|duration|prior|later|previously|earlier|前|以来)/i;
const PART_AFTER =
  /^\s*(?:of\s+(?:a|an|the|his|her|my|their|usual|each)?\s*)?(?:usual\s+)?(?:dose|doses|dosage|tab|tabs|tablet|tablets|pill|pills|strength|vial|amp|ampoule|sachet|capsule|剂量|片|粒|支|量|的量|剂)/i;
const PART_BEFORE =
  /(?:\b(?:reduced|increased|decreased|cut|halved|halve|titrated|down|up|weaned)\s+to|\b(?:take|takes|took|taken|give|given|gave|start|started|stop|stopped)|服用|减至|减到|减为|增至|增加到|改为|只吃|吃)\s*$/i;

/** A date span covering the same line: the line dates a day, so its clock times are its record's times. */
function lineDated(text: string, span: PhiSpan, dates: readonly PhiSpan[]): boolean {
  const from = text.lastIndexOf('\n', span.start - 1) + 1;
  let to = text.indexOf('\n', span.end);
  if (to < 0) to = text.length;
  return dates.some((d) => d !== span && d.start >= from && d.end <= to && /\d\s*[-/.年月]\s*\d|[A-Za-z]{3}|日|号/.test(d.text));
}

/** Does the sentence read this DATE span (a bare N/M or clock time) as a clinical quantity? */
export function clinicalQuantity(text: string, span: PhiSpan, dates: readonly PhiSpan[] = []): boolean {
  const value = span.text.trim();
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  const after = text.slice(span.end, span.end + 30);
  const f = FRACTION.exec(value);
  if (f) {
    const n = Number(f[1]);
    const m = Number(f[2]);
    if ((m === 10 || m === 5 || m === 15) && n <= m && (SCORE_BEFORE[m].test(before) || SCORE_AFTER[m].test(after))) return true;
    if ((m === 7 || m === 52 || m === 12 || m === 24) && n < (m === 7 ? 7 : m) && (DURATION_BEFORE.test(before) || DURATION_AFTER.test(after))) return true;
    if (n < m && m <= 8 && (PART_AFTER.test(after) || PART_BEFORE.test(before))) return true;
    return false;
  }
  if (CLOCK.test(value)) {
    if (lineDated(text, span, dates)) return false;
    return (MEDICINE_BEFORE_TIME.test(before) && DOSE_AFTER.test(after)) || DOSE_BEFORE.test(before);
  }
  return false;
}

/** DATE spans read as clinical quantities are released; every other span is kept as it is. */
export function releaseClinicalQuantities(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  const dates = spans.filter((s) => s.type === 'DATE');
  if (!dates.length) return [...spans];
  return spans.filter((s) => s.type !== 'DATE' || !clinicalQuantity(text, s, dates));
}
