// A swallowed medicine whose danger is its amount per body weight (an114: a 20 kg six-year-old given 5 × 500 mg
// paracetamol = 125 mg/kg). The finding needs every part of the story in the message, each read by the project's own
// readers: a medicine of the referral table (knowledge/toxic-doses.ts, names from the screening dose table), a single
// ingestion told as done (paracetamol-sum TAKEN or a giving verb; not asked, nearly, supposed, a schedule or a past
// episode), an amount = a count of units × the unit's strength, a mass told as what was taken, or a volume × its
// concentration (dose-amounts AMOUNT/NUM, numbers readCount), and a weight — told, or a child's age-typical weight (APLS,
// paracetamol-sum weightFromAge). No weight, no finding: an adult's dose with no weight is read by the overdose rules,
// and a count alone says nothing about a body. Pure.
import { REFERRAL_DOSES, IRON_SALTS, IRON_UNKNOWN_SALT_FRACTION, type ReferralDose } from '../../knowledge/toxic-doses.js';
import { DOSE_LIMITS } from '../screening/dose-limits.js';
import { AMOUNT, NUM, UNIT_MG, num, scheduleStated, PER_KG_AFTER, PER_KG_BEFORE, PER_DAY_AFTER } from '../screening/dose-amounts.js';
import { DAY_OR_MORE_BACK, clauses, clauseAt, isHistorical } from '../red-flags/context.js';
import { NOT_DONE, WHAT_IF, writerActs } from './child-medicine.js';
import { CONDITIONAL_BEFORE } from './ingestion.js';
import { CHILD, TAKEN, toldWeightKg, weightFromAge, writerWeightTold } from './paracetamol-sum.js';
import { type ClinicalRule, clinicalRule } from './clinical.js';

export interface DosePerKg {
  agent: string;
  mg: number;
  kg: number;
  mgPerKg: number;
  threshold: number;
}

let agentRes: { dose: ReferralDose; re: RegExp }[] | undefined;
function agents(): { dose: ReferralDose; re: RegExp }[] {
  if (agentRes) return agentRes;
  agentRes = REFERRAL_DOSES.map((dose) => {
    const names = [...(DOSE_LIMITS.find((d) => d.id === dose.id)?.names ?? []), ...(dose.extraNames ?? [])];
    const alts = names.map((n) => (/^[a-z]/i.test(n) ? `\\b${n}\\b` : n));
    return { dose, re: new RegExp(alts.join('|'), 'i') };
  });
  return agentRes;
}

/** A giving act told as done, the other half of TAKEN ("was given", "给他吃了", "喂了"). */
const GIVEN =
  /\b(?:was|were|been|got) given\b|\bgave\b(?! (?:us|me)\b)|给[^，。！？,.]{0,8}(?:吃|喝|喂)了|喂了|误(?:服|吃|食|喝)了?|偷吃|食咗|吞咗|\b(?:got into|ate)\b/i;
/** Units of a solid dose form: the count that multiplies the strength. */
const UNIT = '(?:tablets?|tabs?|pills?|capsules?|caplets?|片|粒|颗|粒装)';
const COUNT_UNITS = new RegExp(String.raw`${NUM}\s*${UNIT}`, 'giu');
/** "5 x 500 mg", "2×200mg": count × strength written as a product. */
const TIMES_STRENGTH = /(\d+)\s*(?:x|×|\*)\s*(\d+(?:\.\d+)?)\s*(mg|g|毫克|克)/iu;
/** "6 of my 500mg paracetamol tablets", "15 of her mum's 400 mg ibuprofen": a count before "of". */
const COUNT_OF = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+of\s+(?:my|his|her|their|our|the|\w+'s)\b/i;
/** A stock, not what was swallowed: a pack's content, what is left, bought or prescribed ("30 tablets in the pack",
 *  "剩10片", "一盒20片"). */
const STOCK = /剩|还有|买了|开了|卖给|一盒|每盒|一板|每板|一瓶|\b(?:left|in the (?:pack|box|bottle)|bought|prescribed|pharmacy gave|counted|store|keep)\b/i;
/** A volume and a concentration for a liquid ("100 ml of ibuprofen syrup 100mg/5ml"). */
const VOLUME = new RegExp(String.raw`${NUM}\s*(?:ml|mls|毫升)(?![a-z/])(?!\s*(?:含|contains))`, 'iu');
const CONCENTRATION = /(\d+(?:\.\d+)?)\s*(mg|毫克)\s*(?:\/|per|in|每)\s*(\d+(?:\.\d+)?)\s*(?:ml|毫升)/i;
/** A mass told as the amount swallowed ("3 g of paracetamol in one go", "吃了3克"). */
const MASS_TAKEN = new RegExp(
  String.raw`(?:吃了|服了|喂了|一共|总共|\b(?:took|taken|swallowed|gave (?:him|her|them|(?:my|our) (?:\d+\s?kg )?\w+)|given)\s+(?:about |around |maybe )?)${NUM}\s*(mg|g|grams?|毫克|克)(?![a-z])`,
  'iu',
);
const SENTENCE = /(?:[^。！？!?\n.]|\.(?=\d)|\.(?!\s|$))+/g;

/** Strengths said in the sentence (mg per unit): an AMOUNT that is no per-kg/per-day figure and no total taken. */
function strengths(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(AMOUNT)) {
    const i = m.index ?? 0;
    const end = i + m[0].length;
    const after = s.slice(end, end + 30);
    if (PER_KG_AFTER.test(after) || PER_KG_BEFORE.test(s.slice(Math.max(0, i - 16), i)) || PER_DAY_AFTER.test(after)) continue;
    if (/^\s*(?:\/|per|in|每)\s*\d*\s*(?:ml|毫升)/i.test(after)) continue;
    if (/[=＝]\s*$|\bis\s*$/i.test(s.slice(Math.max(0, i - 6), i))) continue;
    const v = Math.max(num(m[1] ?? ''), m[2] ? num(m[2]) : 0) * (UNIT_MG[(m[3] ?? '').toLowerCase()] ?? Number.NaN);
    if (Number.isFinite(v) && v > 0) out.push(v);
  }
  return out;
}

/** The amount swallowed in one sentence, mg, with one unit's strength when a count was multiplied, or null. */
function amountIn(s: string): { mg: number; unitMg: number | null } | null {
  const product = TIMES_STRENGTH.exec(s);
  if (product) {
    const unitMg = Number(product[2]) * (/^(?:g|克)$/i.test(product[3] ?? '') ? 1000 : 1);
    return { mg: Number(product[1]) * unitMg, unitMg };
  }
  const mass = MASS_TAKEN.exec(s);
  if (mass && !new RegExp(String.raw`^\s*${UNIT}|^\s*(?:each|per|的)`, 'iu').test(s.slice((mass.index ?? 0) + mass[0].length))) {
    const v = num(mass[1] ?? '') * (UNIT_MG[(mass[2] ?? '').toLowerCase().replace(/s$/, '')] ?? Number.NaN);
    if (Number.isFinite(v)) return { mg: v, unitMg: null };
  }
  const conc = CONCENTRATION.exec(s);
  const vol = VOLUME.exec(s.replace(CONCENTRATION, ' '));
  if (conc && vol) {
    const v = num(vol[1] ?? '') * (Number(conc[1]) / Number(conc[3]));
    if (Number.isFinite(v)) return { mg: v, unitMg: null };
  }
  const counts = [...s.matchAll(COUNT_UNITS)].filter((m) => !STOCK.test(s.slice(Math.max(0, (m.index ?? 0) - 8), (m.index ?? 0) + m[0].length + 8)));
  const of = COUNT_OF.exec(s);
  const count = counts.length === 1 ? num(counts[0]?.[1] ?? '') : counts.length === 0 && of ? num(of[1] ?? '') : Number.NaN;
  const str = strengths(s);
  // One strength: a second different figure is a dose table or a comparison, not one tablet's strength.
  if (!Number.isFinite(count) || str.length === 0 || new Set(str).size > 1) return null;
  const unitMg = str[0] ?? Number.NaN;
  return { mg: count * unitMg, unitMg };
}

function ironFraction(s: string, mg: number): number {
  for (const { salt, fraction } of IRON_SALTS) if (salt.test(s)) return fraction(mg);
  return IRON_UNKNOWN_SALT_FRACTION;
}

/** The sentence tells a swallowing done now, not asked, nearly, supposed or past; when the writer is the one who took it
 *  ("I took 5 x 500 mg … my son is 20 kg"), the weight must be the writer's own. Returns who took it, or null. */
function doneNow(text: string, sentenceStart: number, s: string): 'writer' | 'other' | null {
  const act = TAKEN.exec(s) ?? GIVEN.exec(s);
  if (!act) return null;
  const giving = /^(?:给|喂|gave|was given|were given|been given|got given)/i.test(act[0]) || /\bgave\b|给|喂/i.test(act[0]);
  // "趁我不注意", "while I wasn't looking": the writer named as a bystander, not the one who took it.
  const before = s.slice(0, act.index).replace(/趁我不注意|我没看住|我没注意|\b(?:when|while) I (?:was|wasn't|was not) \w+(?: \w+)?/gi, ' ');
  const writer = !giving && writerActs(before);
  if (writer && !writerWeightTold(text)) return null;
  if (notDone(s) || WHAT_IF.test(s) || CONDITIONAL_BEFORE.test(s.slice(0, act.index))) return null;
  const at = sentenceStart + act.index;
  if (pastEpisode(s)) return null;
  if (isHistorical(text, clauseAt(clauses(text), at), new Date(), { start: at, end: at + act[0].length })) return null;
  return writer ? 'writer' : 'other';
}

/** Not swallowed ("差点", "还没吃", "almost", "caught her before"): child-medicine's words, except 还没/没 that deny a
 *  reaction, not the act ("现在还没什么反应", "还没事" — the quiet phase of a delayed poison). */
const NO_REACTION_AFTER = /^(?:有)?(?:什么|啥|任何)?(?:反应|事|症状|不舒服|感觉|异常|吐|表现)/;
function notDone(s: string): boolean {
  const all = new RegExp(NOT_DONE.source, 'gi');
  return [...s.matchAll(all)].some((m) => !NO_REACTION_AFTER.test(s.slice((m.index ?? 0) + m[0].length)));
}

/** Told as an episode over: a day or more back beyond the antidote's window (上周, "two years ago"), or already treated
 *  (住了院, "was admitted"). Yesterday and last night stay in the window: a staggered paracetamol or iron overdose of
 *  yesterday still needs blood levels today. */
const STILL_IN_WINDOW = /^(?:昨天|昨晚|yesterday|last night)$/i;
const TREATED = /住了院|住院了|洗了胃|洗过胃|出院|(?:was|were|got) admitted|ended up in (?:the )?hospital|discharged|pumped (?:his|her|their) stomach/i;
function pastEpisode(s: string): boolean {
  if (TREATED.test(s)) return true;
  const back = new RegExp(DAY_OR_MORE_BACK.source, 'gi');
  return [...s.matchAll(back)].some((m) => !STILL_IN_WINDOW.test(m[0]));
}

/** The weight of the one who swallowed: told, else a child's age-typical weight (APLS). A told weight far above the
 *  age's ("I'm 80 kg … my 2-year-old ate …") is the writer's, not the child's. */
function bodyWeight(text: string): number {
  const told = toldWeightKg(text);
  const fromAge = weightFromAge(text);
  // Far from the age's weight either way it is someone else's: the writer's ("I'm 80 kg"), or a birth weight ("出生时3公斤").
  if (Number.isFinite(told) && told >= 2 && told <= 200) return Number.isFinite(fromAge) && (told > 2 * fromAge || told < fromAge / 2) ? fromAge : told;
  return fromAge;
}

/** An amount spread over a span or given dose by dose ("over two days", "这几天", "每次", "each time"): no single
 *  ingestion, read by the dose checks as a course. */
const SPREAD =
  /\b(?:over (?:the|a|two|three|four|\d+|several|a few|the last|the past) (?:\w+ )?(?:days?|weeks?|hours)|this week|all day|throughout the day|each time|every time|per dose|in (?:\w+ )?(?:divided |separate )?doses|spread out)\b|分[\d一二两三四五六七八九十]+次|这几天|这两天|几天(?:来|里|内)?|一天下来|这周|这个星期|每次|每回|[两二三四五六七\d]天(?:来|里|内|了)|连续/i;

/** An error or an excess told as such: by mistake, too many, more than prescribed, an overdose, a whole pack, on purpose. */
const EXCESS =
  /\b(?:by mistake|mistakenly|accidental(?:ly)?|in error|wrong (?:dose|tablets?|pills?|medicine|bottle)|too (?:many|much)|overdos\w*|OD'?d?|more than (?:prescribed|(?:i|he|she|they) should|the (?:dose|label)|recommended|allowed|(?:my|his|her|their) (?:usual|normal|dose))|extra (?:tablets?|pills?|capsules?|doses?)|double (?:dose|doses|the dose)|doubled|whole (?:pack|packet|box|bottle|strip|blister)|all (?:of )?(?:the|my|his|her|their) (?:pills|tablets|capsules|meds)|handful|on purpose|deliberately|got into|helped (?:himself|herself|themselves))\b|误服|误吃|误食|误喝|吃错|拿错|看错|弄错|搞错|吃多了|多吃了|过量|超量|一把|一整(?:盒|瓶|板)|全(?:部)?吃了|故意|偷吃|偷喝/i;
/** The taker's own course (review s24 R1/R18: "180mg diltiazem today like every day", "4 x 25mg nortriptyline at bedtime
 *  as usual"): a therapeutic dose, not an ingestion event. */
const COURSE =
  /\b(?:as usual|like usual|like (?:every|each) (?:day|morning|night)|like always|as always|as (?:prescribed|directed|advised)|(?:my|his|her|their) (?:usual|normal|regular|daily|prescribed) (?:dose|tablets?|pills?|capsules?|meds?|medicines?|\w+)|regular (?:dose|tablets?|pills?|meds?)|every (?:day|morning|night|evening)|daily dose|on (?:it|them) for)\b|照常|往常|跟平时一样|平时(?:都|也)?(?:是|这么|这样)?吃|按医嘱|遵医嘱|医生开的|每天|每晚|天天|一直(?:在)?吃|长期(?:在)?吃/i;
/** The per-kg referral lines are for accidental or deliberate excess (AAPCC: unintended ingestions, mostly children), not
 *  for a therapeutic course. A child's ingestion told by someone else is the event the lines were written for, unless it
 *  is the child's own course with no error told; an adult's dose (the writer's own, or a grown-up's) counts only when an
 *  error or an excess is told, or the amount is over the label's adult daily maximum. */
function excessEvent(text: string, taker: 'writer' | 'other', id: string, mg: number): boolean {
  const told = EXCESS.test(text);
  if (COURSE.test(text) && !told) return false;
  const child = taker === 'other' && (CHILD.test(text) || Number.isFinite(weightFromAge(text)));
  if (child || told) return true;
  const daily = DOSE_LIMITS.find((d) => d.id === id)?.daily;
  return daily !== undefined && mg > daily;
}

/** Read the message (see the head of this file): the largest amount per kg told of a table medicine, or null. */
export function readDosePerKg(text: string): DosePerKg | null {
  const kg = bodyWeight(text);
  if (!Number.isFinite(kg) || kg <= 0) return null;
  let best: DosePerKg | null = null;
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0];
    const start = m.index ?? 0;
    const agent = agents().find(({ re }) => re.test(s));
    if (!agent) continue;
    // A dosing schedule ("three times a day", "every 6 hours") is a treatment course, read by the dose checks.
    if (scheduleStated(s) || SPREAD.test(s)) continue;
    const taker = doneNow(text, start, s);
    if (taker === null) continue;
    // The count, the strength and the act are read in the one sentence ("…吃了5片对乙酰氨基酚，每片500毫克").
    const amount = amountIn(s);
    if (amount === null) continue;
    if (!excessEvent(text, taker, agent.dose.id, amount.mg)) continue;
    const mg = agent.dose.elemental ? amount.mg * ironFraction(s, amount.unitMg ?? 0) : amount.mg;
    const perKg = mg / kg;
    if (perKg >= agent.dose.mgPerKg && (!best || perKg / agent.dose.mgPerKg > best.mgPerKg / best.threshold))
      best = { agent: agent.dose.id, mg, kg, mgPerKg: perKg, threshold: agent.dose.mgPerKg };
  }
  return best;
}

/** Rule ids whose harm may come hours later while the child seems well: no reader lowers them (triage.ts hard). */
export const DOSE_PER_KG_IDS: ReadonlySet<string> = new Set(['dose-per-kg-over-referral']);

export const DOSE_PER_KG_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'dose-per-kg-over-referral',
    'emergency',
    '按体重算，吞下的药量已达到需要去医院评估的中毒剂量',
    'the amount swallowed, per kilogram of body weight, is at the level poison centres send to hospital',
    '即使现在看起来没事也要立即去急诊或拨打急救电话/中毒急救热线：这类中毒的表现可能几小时后才出现，需要医院评估和抽血。不要催吐，带上药盒。',
    'Go to an emergency department or call emergency services or poison control now, even if all seems well: signs of this poisoning can come hours later and hospital assessment and blood tests are needed. Do not make anyone vomit; bring the packet.',
    (c) => readDosePerKg(c.text) !== null,
  ),
];
