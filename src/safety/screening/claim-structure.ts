// A treatment sentence read by its structure, not its words (issue #10, session 11): which act (give or withhold a
// medicine, raise or lower its dose), on which medicine, for which population, under which condition, with which
// amounts. Two sentences that share no word can state the same act ("don't give aspirin to children" / "aspirin
// should not be used in anyone under 16"), and two that share most words can state opposite ones ("take it with
// food" / "do not take it with food"). The advice gate releases a sentence an uploaded document alone gives only when
// an independent trusted passage states the same acts (corroborates) and none states the opposite (contradicts).
// Pure: text in, structures and verdicts out.
import { builtInDrugLexicon } from '../../knowledge/built-in-drugs.js';
import { drugKey, findMedicineNames } from '../../knowledge/drugs.js';
import { TAKE, STOP } from './claim-acts.js';
import { amounts } from './dose-amounts.js';
import { CLAUSE_BREAK, normalise } from './text.js';

/** What is done to the medicine: given (taken, started, continued), withheld (stopped, avoided), dose raised or lowered. */
export type ActKind = 'give' | 'withhold' | 'raise' | 'lower';

export interface TreatmentAct {
  kind: ActKind;
  /** Medicines acted on, by their canonical key (drugs.ts `drugKey`). */
  objects: string[];
  /** Populations the clause's sentence names (child, pregnancy, older, kidney or liver disease). */
  population: string[];
  /** The condition the sentence sets ("if you get a rash…"), as its words; empty when the act is unconditional. */
  condition: string[];
  /** Amounts in mg (per kg and per day kept apart), empty when the clause states none. */
  amounts: { mg: number; perKg: boolean; perDay: boolean }[];
}

const RAISE = /\b(?:increase\w*|raise|raising|double\w*|higher dose|more often|extra dose)\b|加量|加倍|增加(?:剂量|用量)|加大(?:剂量|用量)/u;
const LOWER = /\b(?:reduc\w*|lower(?:ing)?|decreas\w*|halv\w*|cut down)\b|减量|减半|减少(?:剂量|用量)|减药/u;
const AVOID =
  /\b(?:avoid\w*|never (?:give|take|use)|must not be (?:given|taken|used)|should not be (?:given|taken|used)|contraindicated)\b|避免|禁用|忌用|慎用|不宜/u;
const NEGATOR = /\b(?:not|never|no|don't|doesn't|shouldn't|mustn't|cannot|can't)\b|不要|不能|不可|别|勿|禁止|不宜/u;
// "Unless your doctor tells you to" is an exception to the act, not a condition it applies under.
const CONDITION = /\b(?:if|when|whenever|once)\b|如果|若|一旦|假如|出现.{0,12}(?:时|后)/u;

const POPULATIONS: readonly [string, RegExp][] = [
  [
    'child',
    /\b(?:infants?|babies|baby|newborns?|toddlers?|child(?:ren)?|kids?|teen\w*|adolescents?|under (?:1[0-8]|[2-9])s?|\d+[- ](?:month|year)[- ]olds?)\b|婴|新生儿|宝宝|儿童|小儿|幼儿|孩子|青少年/u,
  ],
  ['pregnancy', /\b(?:pregnan\w*|breastfe\w*|nursing mothers?)\b|妊娠|怀孕|孕期|孕妇|哺乳/u],
  ['older', /\b(?:elderly|older (?:adults?|people|patients?)|over (?:60|65|70|75|80))\b|老年|老人/u],
  ['organ', /\b(?:kidney|renal|liver|hepatic|dialysis)\b|肾|肝/u],
];

// Words too general to be the medicine an act is about ("the medicine", "tablets"): an act needs a named one.
const GENERIC = new Set(['medicine', 'medicines', 'medication', 'medications', 'drug', 'drugs', 'tablet', 'tablets', 'pill', 'pills', '药物', '药品']);

function clausesOf(sentence: string): string[] {
  return sentence
    .split(new RegExp(`${CLAUSE_BREAK.source}|[;；。!?！？\\n]|\\.(?!\\d)|\\b(?:and|or|so)\\b|并且|并|或`, 'u'))
    .map((c) => c.trim())
    .filter(Boolean);
}

/** Is the first match of `re` in the clause under a negator earlier in the clause? */
function negatedBefore(clause: string, re: RegExp): boolean {
  const m = re.exec(clause);
  return Boolean(m) && NEGATOR.test(clause.slice(0, m!.index));
}

function kindOf(clause: string): ActKind | undefined {
  if (RAISE.test(clause)) return negatedBefore(clause, RAISE) ? undefined : 'raise';
  if (LOWER.test(clause)) return negatedBefore(clause, LOWER) ? undefined : 'lower';
  if (AVOID.test(clause)) return 'withhold';
  if (STOP.test(clause)) return negatedBefore(clause, STOP) ? 'give' : 'withhold';
  if (TAKE.test(clause)) return negatedBefore(clause, TAKE) ? 'withhold' : 'give';
  return undefined;
}

/**
 * The medicines a clause names, by canonical key (a brand and its generic are one; general words left out): the
 * built-in tables' names (Chinese ones included) and words shaped like a medicine.
 */
export function medicineKeys(text: string): string[] {
  const lex = builtInDrugLexicon();
  const keys = findMedicineNames(text, lex, { loose: true }).map((x) => lex.canonical(drugKey(x)));
  return [...new Set(keys)].filter((k) => k.length > 1 && !GENERIC.has(k));
}

function conditionWords(sentence: string): string[] {
  const m = CONDITION.exec(sentence);
  if (!m) return [];
  // "出现皮疹时": the condition is the match itself.
  if (/[时后]$/u.test(m[0])) return words(m[0]);
  const rest = sentence.slice(m.index + m[0].length);
  const end = rest.search(/[,，;；:：—–]|\bthen\b|就|要|应/u);
  return words(end > 0 ? rest.slice(0, end) : rest);
}

/** Content words of a stretch (English words of 3+ letters, Chinese characters pairwise). */
function words(s: string): string[] {
  const en = s.match(/[a-z][a-z-]{2,}/g) ?? [];
  const zh = [...s.replace(/[^\p{Script=Han}]/gu, '')];
  const pairs = zh.slice(1).map((c, i) => zh[i] + c);
  return [...new Set([...en.filter((w) => !STOPWORDS.has(w)), ...pairs])];
}
const STOPWORDS = new Set([
  'the',
  'and',
  'you',
  'your',
  'any',
  'are',
  'has',
  'have',
  'had',
  'get',
  'gets',
  'with',
  'for',
  'this',
  'that',
  'they',
  'their',
  'there',
  'been',
  'was',
  'were',
  'who',
  'take',
  'taking',
]);

/**
 * The treatment acts a sentence states, one per clause that names a medicine and an act on it. A clause that acts on
 * something the reader cannot recognise as a medicine yields nothing: such a sentence is not corroborated by structure.
 * `context` (the page title, the question) adds only the populations it names.
 */
export function readActs(sentence: string, context = ''): TreatmentAct[] {
  const n = normalise(sentence);
  // The page and question a sentence answers name whom it is for ("can my 11-year-old have…"): part of its population.
  const about = `${n} ${normalise(context)}`;
  const population = POPULATIONS.filter(([, re]) => re.test(about)).map(([name]) => name);
  const condition = conditionWords(n);
  const out: TreatmentAct[] = [];
  let carried: string[] = [];
  for (const c of clausesOf(n)) {
    const named = medicineKeys(c);
    const kind = kindOf(c);
    // "Stop the aspirin and take it again after…": a clause without a name acts on the one just named.
    const objects = named.length ? named : carried;
    if (named.length) carried = named;
    if (!kind || objects.length === 0) continue;
    out.push({ kind, objects, population, condition, amounts: amounts(c).map((a) => ({ mg: a.mg, perKg: a.perKg, perDay: a.perDay })) });
  }
  return out;
}

const OPPOSITE: Record<ActKind, ActKind> = { give: 'withhold', withhold: 'give', raise: 'lower', lower: 'raise' };
const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Does the trusted act's condition cover the held one's (none at all, or most of its words said)? */
function conditionCovers(held: TreatmentAct, trusted: TreatmentAct): boolean {
  if (trusted.condition.length === 0) return true;
  if (held.condition.length === 0) return false;
  const k = trusted.condition.filter((w) => held.condition.includes(w)).length;
  return k / trusted.condition.length >= 0.5;
}

/** Every amount the held act gives lies within an amount the trusted act states in the same measure. */
function amountsWithin(held: TreatmentAct, trusted: TreatmentAct): boolean {
  return held.amounts.every((h) => trusted.amounts.some((t) => t.perKg === h.perKg && t.perDay === h.perDay && h.mg <= t.mg));
}

/** The trusted act states the same act on the same medicine for the same population, within its amounts and condition. */
export function corroborates(held: TreatmentAct, trusted: TreatmentAct): boolean {
  return (
    held.kind === trusted.kind &&
    held.objects.every((o) => trusted.objects.includes(o)) &&
    sameSet(held.population, trusted.population) &&
    conditionCovers(held, trusted) &&
    amountsWithin(held, trusted)
  );
}

/**
 * The trusted act says the opposite for the held act's medicine: the other direction, for the same population or
 * for everyone, unconditionally or under the held act's own condition.
 */
export function contradicts(held: TreatmentAct, trusted: TreatmentAct): boolean {
  if (!shares(held.objects, trusted.objects) || trusted.kind !== OPPOSITE[held.kind]) return false;
  if (trusted.population.length > 0 && !shares(trusted.population, held.population)) return false;
  return conditionCovers(held, trusted);
}
