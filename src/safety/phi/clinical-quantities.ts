// A number shaped like a date element that the sentence reads as a clinical quantity is no DATE (issue #11, design 2):
// one reading used on every date reader's result, in place of each reader's own list of what may follow a date.
// Only a bare "N/M" or a bare clock time is judged — a span with a year, a month name or a day word stays a date.
//   - a score on its scale: 7/10 with pain or a score word, 4/5 power, 14/15 GCS;
//   - a duration in the shorthand of clinical notes: 3/7 (days), 2/52 (weeks), 3/12 (months), 6/24 (hours) after
//     "for / last / past / over" or before "ago / history / of / into / post";
//   - a part of a dose: 1/2 tablet, 3/4 of the dose, reduced to 3/4, 服用 3/5 剂量;
//   - a dosing time: a clock time between a medicine or a dose and its amount ("Lantus 22:00 20 units",
//     "胰岛素 22:00 8单位", "10 units at 21:00"), on a line that dates no day (a dated entry's times stay its dates);
//   - a time of a regimen: a clock time (with its part of the day, 每晚22:00) in a clause that gives or takes a medicine
//     or names a dose or a schedule ("Take metformin at 08:00 and 20:00", "enoxaparin 40 mg at 18:00", "华法林 2.5 mg
//     每晚 20:00") and dates no day of its own — a dosing time is clinical content, not an element of a person's date,
//     however many dates the record holds elsewhere (review s18 S10). A clause with its own date ("Discharged
//     12/01/2023 at 14:30") keeps the time as that date's.
import type { PhiSpan } from '../types.js';
import { namesKnownMedicine } from './clinical-vocabulary.js';

const FRACTION = /^(\d{1,2})\s*\/\s*(\d{1,2})$/;
const CLOCK = /^([01]?\d|2[0-3])[:：.]([0-5]\d)$/;
/** A time of day as a date reader gives it: a clock time, with a part of the day before it or am/pm after it, or a
 * Chinese hour ("早8点", "下午3点半"). */
const TIME_OF_DAY =
  /^(?:(?:凌晨|清晨|早晨|早上|上午|中午|下午|傍晚|晚上|夜间|夜里|晚|早|夜)\s?)?(?:(?:[01]?\d|2[0-3])[:：.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?|(?:[01]?\d|2[0-3])\s?[点點](?:半|钟|[0-5]?\d分?)?)$/;
/** Other times of day inside a clause ("at 08:00 and 20:00", "6:00、12:00"): no date of the clause, and no word of it. */
const TIMES_IN = /\d{1,2}[:：.]\d{2}|\d{1,2}\s?[点點](?:半|钟|[0-5]?\d分?)?/g;
/** Where a clause ends: a sentence stop, a semicolon, a line break, a comma (review s19 D2: "adrenaline 1 mg given at
 * 03:15, ROSC at 03:24, transferred to ICU at 04:00" is three clauses; only the first gives a medicine). */
const CLAUSE_STOP = /[。；;！!？?\n，,]|\.(?=\s|$)/g;
/** A clause that is only more times of the clause before it (", and 20:00 with food", "，20:00"): it opens on the time
 * and adds nothing but times and a meal — it continues that clause. */
const TIMES_ONLY_BEFORE = /^\s*(?:(?:and|or|then|&|和|及|与|或|再)\s*)?(?:at\s*)?$/i;
const TIMES_ONLY_AFTER =
  /^[\s\d:：.点點半钟分、]*(?:(?:and|or|&|和|及)[\s\d:：.点點半钟分、]*)*(?:(?:with|before|after) (?:food|meals?|breakfast|lunch|dinner|supper)|饭前|饭后|餐前|餐后|睡前)?\s*$/i;
/** A regimen in a clause: a schedule, a dose's unit, or an act of taking or giving — each only with a medicine in the
 * same clause (see medicineIn): "ROSC at 03:24" or "Taken by Gloria to the clinic at 4:10 am" gives none. */
const SCHEDULE =
  /\b(?:nightly|daily|every|each (?:morning|evening|night|day)|twice (?:a|daily|per)|once (?:a|daily)|bedtime|usual times?|nocte|mane|q?hs|qd|bd|bid|tds|tid|qds|qid)\b|每晚|每天|每日|每早|每晨|每次|睡前|早晚各/i;
const DOSE_UNIT =
  /\d\s*(?:units?|iu|mg|mcg|µg|μg|micrograms?|milligrams?|tablets?|tabs?|capsules?|caps?|puffs?|sachets?|单位|毫克|微克|片|粒|胶囊|[uU](?![a-z]))(?![A-Za-z])/i;
const ACT =
  /\b(?:take|takes|taking|took|taken|inject|injects|injecting|injected|give|gives|gave|given|had|have|has|administered|(?:last|first|next|usual|evening|morning) dose|dose of)\b|服用|口服|服药|吃药|用药|注射|皮下|打针|服|吃了|吃|喝了|予|给予|用了|打了|喷了|吸了|滴了/i;
/** A medicine's word with no name: the clause takes a medicine even when the drug tables name none. */
const MEDICINE_NOUN =
  /\b(?:insulin|medication|medications|medicine|medicines|meds|tablets?|pills?|inhaler|injection|dose of [A-Z][a-z]{3,})\b|胰岛素|药|针|片|胶囊|贴剂|喷剂/i;
/** A medicine in the clause: a dose with its unit, a medicine's noun, or a name the drug knowledge knows. */
const medicineIn = (clause: string): boolean => DOSE_UNIT.test(clause) || MEDICINE_NOUN.test(clause) || namesKnownMedicine(clause);
const regimen = (clause: string): boolean => medicineIn(clause) && (SCHEDULE.test(clause) || DOSE_UNIT.test(clause) || ACT.test(clause));
/** An entry's stamp: a time at a line's start (a chat message, a log line) or in a table cell opens its entry. */
const ENTRY_STAMP = /(?:^|\n|\|)[ \t•·*\-–—[(（【]*$/;
/** A day named in words inside the clause: its time is an element of that day ("admitted at 14:30", "昨晚23:00"), and a
 * day word that points back to a dated event ("当晚21:30予吗啡", "that night", "on arrival") makes it that event's time. */
const DAY_IN_CLAUSE =
  /\b(?:yesterday|last night|admitted|admission|discharged?|arrived|arrival|born|died|death|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\b(?:that|the same|the following|the next|the previous) (?:night|evening|morning|afternoon|day)\b|昨天|昨晚|昨日|昨夜|前天|前晚|当天|当日|当晚|当夜|当早|当时|同日|同晚|次日|次晨|翌日|术后第|入院|出院|到院|来院|出生|死亡/i;
/** The note's own day ("today", "this morning", "今早"): a day of its own unless the clause is the act of a dose of a
 * named medicine ("Last dose of Eliquis at 08:00 today" — the pre-operative timing is the clinical content). */
const TODAY_IN_CLAUSE = /\b(?:today|tonight|this morning|this afternoon|this evening)\b|今天|今日|今早|今晨|今晚|今夜/i;
const NAMED_DOSE_ACT = (clause: string): boolean => ACT.test(clause) && (namesKnownMedicine(clause) || /\bdose of [A-Z][a-z]{3,}/.test(clause));

/** The clause holding [start, end): from the last clause stop before it to the next one after it; a clause of nothing
 * but more times belongs to the clause before it. */
function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  const floor = Math.max(0, start - 160);
  const stops: number[] = [];
  CLAUSE_STOP.lastIndex = floor;
  for (let m = CLAUSE_STOP.exec(text); m && m.index < start; m = CLAUSE_STOP.exec(text)) stops.push(m.index);
  CLAUSE_STOP.lastIndex = end;
  const next = CLAUSE_STOP.exec(text);
  const to = next && next.index < end + 160 ? next.index : Math.min(text.length, end + 160);
  let i = stops.length - 1;
  // A comma clause of only more times: reach back over its comma ("at 08:00, and 20:00 with food").
  const rest = text.slice(end, to).replace(TIMES_IN, (m) => ' '.repeat(m.length));
  if (i >= 0 && /[,，]/.test(text[stops[i]]) && TIMES_ONLY_BEFORE.test(text.slice(stops[i] + 1, start)) && TIMES_ONLY_AFTER.test(rest)) i--;
  return { from: i >= 0 ? stops[i] + 1 : floor, to };
}

/** A clinical event's verb or noun: a time after it in the clause, with no dose act after the event, is the event's
 * ("Had a fall at 02:00 after taking his tablets", "Seen in clinic at 10:30, metformin…"). */
const EVENT =
  /\b(?:fall|fell|fallen|seen|reviewed|arrest|collapsed?|started|began|begun|onset|woke|found|noticed|vomited|seizure|fitted|went|came|attended|ROSC|transferred|pronounced|died)\b|跌倒|摔倒|开始|发作|发生|抽搐|晕倒|呕吐|就诊|去|来|送|转入|宣布|心跳骤停/gi;
function eventBefore(head: string): boolean {
  let last = -1;
  for (const m of head.matchAll(EVENT)) last = (m.index ?? 0) + m[0].length;
  if (last < 0) return false;
  const after = head.slice(last);
  return !(ACT.test(after) || medicineIn(after));
}

/** Is this time of day a time of a regimen (see the header), not an element of a date? */
export function regimenTime(text: string, span: PhiSpan, dates: readonly PhiSpan[] = []): boolean {
  if (!TIME_OF_DAY.test(span.text.trim())) return false;
  if (ENTRY_STAMP.test(text.slice(Math.max(0, span.start - 12), span.start))) return false;
  const { from, to } = clauseAround(text, span.start, span.end);
  // A date of the clause (not another time of day) makes the clause an event on that day.
  if (dates.some((d) => d !== span && d.start < to && from < d.end && !TIME_OF_DAY.test(d.text.trim()))) return false;
  const clause = text.slice(from, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end, to);
  const bare = clause.replace(TIMES_IN, (m) => ' '.repeat(m.length));
  // Day words are read with the time's own part of the day in place ("当晚21:30": 当 + the span's 晚).
  const days = text.slice(from, to).replace(TIMES_IN, (m) => ' '.repeat(m.length));
  if (!regimen(bare) || DAY_IN_CLAUSE.test(days) || eventBefore(text.slice(from, span.start))) return false;
  return !TODAY_IN_CLAUSE.test(days) || NAMED_DOSE_ACT(bare);
}

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
const DURATION_BEFORE = /\b(?:for|last|past|over|within|in|x|about|approx\.?|around|nearly|almost|symptoms?|sx|hx|duration)\s*[:=]?\s*$/i;
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
  if (regimenTime(text, span, dates)) return true;
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
