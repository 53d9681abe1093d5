// The clinical-vocabulary guard (issue #11, design 2): a medicine is never a NAME and a dose, score, duration or
// dosing time is never a DATE. Read per document, after every reader and before names spread: a capitalised word is a
// medicine in a text when the drug knowledge names it (the built-in lexicon of generics and brands, the weekly-dose
// table, INN stems) or when the text USES it as one — a dose after it ("Levemir 10 units"), a preparation noun after it
// ("Lantus pen") or a dosing phrase before it ("dose of Trulicity") — so brands no table lists are read by their use. A
// person who shares the word keeps it: an occurrence after a title or inside a full name is a name, and where the
// text also holds such a person only the occurrences in a medicine's own position are released.
import { builtInDrugLexicon } from '../../knowledge/built-in-drugs.js';
import { DRUG_BRANDS } from '../../knowledge/drug-brands.js';
import { DRUG_SCHEDULES } from '../../knowledge/drug-schedules.js';
import type { DrugLexicon } from '../../knowledge/drugs.js';
import type { PhiSpan } from '../types.js';
import { KIN_BEFORE_EN, PERSON_PREDICATE_EN } from './kin-nouns-en.js';
import { COMMON_CAPITALISED } from './names-en-lists.js';

let lexicon: DrugLexicon | undefined;
const drugs = (): DrugLexicon => (lexicon ??= builtInDrugLexicon());
const SCHEDULED = new Set(DRUG_SCHEDULES.flatMap((s) => s.names));
/** Every generic and brand of the brand table (knowledge/drug-brands.ts: Nurofen, Spiriva, Lantus, 美林), lower-cased. */
const BRANDS = new Set(
  DRUG_BRANDS.split('\n')
    .flatMap((line) => line.split('|'))
    .flatMap((part) => part.split(','))
    .map((n) => n.trim().toLowerCase())
    .filter((n) => n.length >= 2),
);
const BRANDS_ZH = [...BRANDS].filter((n) => /^[\u4e00-\u9fa5]{2,}$/.test(n));

/** A dose, a preparation or a medicine's noun right after the word: "Lantus 20 units", "Lantus pen", "Keppra levels". */
export const MEDICINE_AFTER =
  /^(?:\s*\d{1,2}:\d{2})?(?:\s*\(?\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ug|g|ml|mL|units?|iu|IU|u|puffs?|tabs?|tablets?|caps?|capsules?|drops?|sachets?|单位|片|粒|支|毫克|微克)|\s+(?:pens?|injections?|inj|tablets?|tabs|capsules?|inhaler|dose|doses|dosage|infusion|patch|cream|drops|levels?))(?![A-Za-z])/;
/** Words that name a medicine taken, never a person: "dose of Ozempic", "trial of Jardiance", "switched to Tresiba". */
const MEDICINE_BEFORE = /\b(?:dose of|doses of|trial of|course of|switched to|switch to|prescribed|injects|injected|titrated)\s+$/i;
/** A title, a role or a person's label before the word: the word is a person there, whatever a drug table says. */
const TITLE_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Nurse|Patient|Pt|Name|Dear|Sister|Brother|named|called)\.?:?\s*)$/;
/** An organisation's noun after the word: the word names the maker or its service, not a person ("Januvia team"). */
const ORGANISATION_AFTER =
  /^\s+(?:(?:patient|customer|medical|nurse|product|support|care|information|help)\s+)?(?:team|support|helpline|help ?desk|hotline|service|services|care|line|desk|department|company|manufacturer|makers?|people|programme|program)\b/i;
/** A medicine told as a thing (a taking verb before it, the clause or a dosing time after it): "my mother takes Januvia.",
 * "Dad is on Januvia daily", "started Lyrica for the pain" — never "takes Lyrica to school", "takes Lyrica and Tom",
 * "counting on Lyrica", "missed Lyrica" (verbs a person is the object of are not read). */
const USE_BEFORE =
  /\b(?:takes|take|taking|took|uses|use|using|used|(?:is|was|been|are|am|be|put|kept|still|now|went|go|stays?|started)\s+on|started|starting|stopped|stopping|inject|injects|injecting|prescribed|increased|reduced|restarted)\s+(?:(?:his|her|my|their|our|your|the|some|more|extra|any|regular)\s+)?$/i;
const USE_AFTER =
  /^(?:\s*$|\s*[,.;!?)]|\s+(?:daily|twice|once|every|each|nightly|weekly|regularly|at night|in the (?:morning|evening)|since|now|too|as well|again|but|with (?:food|meals?|water|milk)|for (?!a\b|an\b|the day\b|her\b|him\b|me\b|us\b|them\b|you\b|lunch\b|dinner\b|a walk\b))\b)/i;
const thingUse = (text: string, start: number, end: number): boolean =>
  USE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && USE_AFTER.test(text.slice(end, end + 20));
/** A kinship noun before the word: a person's slot — unless the sentence uses a medicine the tables know as a thing. */
const KIN_BEFORE = KIN_BEFORE_EN;
/** The kinship noun is the object of giving ("gave my son Nurofen"): the word after it is the thing given. */
const GIVING_BEFORE =
  /\b(?:gave|give|gives|giving|given|got|get|gets|bought|buy|fed|feed|feeds|offered|offer|handed|passed|brought)\s+(?:my|our|his|her|their|the|your)\s+\S+\s+$/i;
/** What ends the thing given: a pause, a conjunction, a time ("gave my son Nurofen and…", "…Nurofen at 3am"). */
const GIVEN_ALONE =
  /^(?:\s*$|\s*[,.;!?)]|\s+(?:and|at|for|in|but|last|this|yesterday|today|tonight|earlier|before|after|every|twice|once|which|then|around|about)\b)/i;
/** What a medicine does or has done to it ("Ventolin isn't helping", "Tramadol made him drowsy"), each phrase closed so
 * a person's clause is not read as one ("my wife Lyrica ran out of the room", "isn't helping with the kids"). */
/** "Ran out" is a supply sense only where nothing of a person's errand follows it: the clause ends there (a stop, a time,
 * "again", a new clause after a comma) or a supply noun is its object ("ran out of tablets / her prescription"). "Ran out
 * the door / to play / of the room / of patience" and "ran out, crying" are a person's act. */
const RUN_OUT_SUPPLY =
  '(?=\\s*(?:$|[.;!?)])|,\\s*(?:so|can|could|what|should|how|do|does|is|I|we|please|need)\\b|\\s+(?:again|already|yesterday|today|tonight|last|this|earlier|over the|at the weekend|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b|' +
  '\\s+of\\s+(?:(?:his|her|my|their|the|our|your|all|all (?:his|her|my|their|the))\\s+)?(?:tablets?|pills?|capsules?|caps|meds|medicines?|medications?|prescriptions?|scripts?|supply|supplies|stock|doses?|inhalers?|pens?|cartridges?|refills?|repeats?|sachets?|patches?|spray|drops|it|them)\\b)';
const THING_AFTER = new RegExp(
  String.raw`^\s+(?:(?:isn['’]?t|is not|doesn['’]?t|didn['’]?t|does not|did not) (?:helping|working|help|work)(?=\s*(?:$|[,.;!?]|any ?more|at all|either|for (?:him|her|them|me|the)\b))|did nothing(?=\s*(?:$|[,.;!?]))|(?:has run|have run|had run|ran|runs|is running|was running) out` +
    RUN_OUT_SUPPLY +
    String.raw`|stopped working|(?:made|makes) (?:him|her|them|me) (?:drowsy|sleepy|sick|dizzy|nauseous|nauseated|worse|ill|itchy|groggy|shaky|constipated)\b|side[ -]effects?|levels?\b|dose|doses|dosage)`,
  'i',
);

/** Another medicine joined to the word ("My husband Diazepam and Tramadol", "my mum Lyrica, Januvia"): a list of
 * medicines, not a person ("my daughter Lyrica and Tom" joins a person). */
function listedWithMedicine(text: string, end: number): boolean {
  const next = /^\s*(?:,|and|or|&|\+|\/)\s*(\p{Lu}[\p{Ll}]+)/u.exec(text.slice(end, end + 30));
  return !!next && knownMedicine(next[1]);
}

/**
 * A kinship noun before a medicine the tables know ("gave my son Nurofen", "my dad Spiriva inhaler", "my wife Ventolin
 * isn't helping") names no one when the sentence uses the word as a thing: given, dosed, or doing what a medicine does.
 * Otherwise the kin slot stands — "my daughter Lyrica has a fever" is a person, whatever the brand table says.
 */
export function medicineAfterKin(text: string, at: number, end: number): boolean {
  return (
    medicinePosition(text, at, end) ||
    // Given, with nothing else given after it: "gave my son Nurofen at 3am", not "gave my daughter Lyrica some Calpol".
    (GIVING_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && GIVEN_ALONE.test(text.slice(end, end + 14))) ||
    THING_AFTER.test(text.slice(end, end + 60)) ||
    listedWithMedicine(text, end)
  );
}

/** Is the occurrence at `at` in a person's slot: a title or label before it, or a kinship noun before a word the
 * sentence does not use as a medicine. */
function personBefore(text: string, at: number, word: string): boolean {
  const before = text.slice(Math.max(0, at - 16), at);
  const kin = KIN_BEFORE.test(before);
  if (!kin && !TITLE_BEFORE.test(before)) return false;
  // A salutation to an organisation ("Dear Januvia team", "Dear Lantus support team") addresses no person.
  if (ORGANISATION_AFTER.test(text.slice(at + word.length, at + word.length + 30))) return false;
  if (!kin || !knownMedicine(word)) return true;
  // The slot reader's reading (slot-names.ts): a brand that is an ordinary capitalised word (Valium, Tylenol) is a person
  // only as the subject of a person's predicate; any brand is a medicine where the sentence uses it as one.
  const end = at + word.length;
  if (COMMON_CAPITALISED.has(word) && !PERSON_PREDICATE_EN.test(text.slice(end, end + 24))) return false;
  return !medicineAfterKin(text, at, end);
}

/** A person's verb or an age right after the word: "Lumirelin said…", "Allegra, 33,". */
const PERSON_AFTER =
  /^(?:\s+(?:said|says|told|tells|asked|asks|reports|reported|called|calls|came|comes|went|goes|wants|wanted|thinks|feels|felt|is a \d|was a \d|is \d|aged)\b|,\s*\d{1,3}\b)/;

/** Is this (one capitalised Latin word) a medicine by knowledge alone (a brand or generic the tables name)? A word
 * only shaped like one (an INN stem: "Lumirelin") is a medicine only where the text uses it as one. */
export function knownMedicine(word: string): boolean {
  const w = word.toLowerCase();
  return SCHEDULED.has(w) || BRANDS.has(w) || drugs().isKnown(w);
}

/** Does a Chinese medicine name (a brand or generic the tables know) hold the first two characters of this run of Han
 * characters ("美林还是…", "布洛芬吃多了")? */
/** What is done with a medicine right after its name ("美林吃了", "布洛芬一天三次", "安定两片", "达菲没用"): the name is
 * the medicine's there, not a person's. */
export const MEDICINE_USE_ZH =
  /^(?:吃|服|用|喝|打|注射|输|片|粒|颗|支|袋|毫|mg|ml|\d+(?:\.\d+)?[ ]?(?:ml|mg|毫|片|粒|颗|支|袋|次|滴|小时|个小时)|[一二两三四五六七八九十半]+(?:片|粒|颗|支|袋|次|天)|一天|每天|没用|不管用|无效|效果|过敏|还是|吃多|加量|减量|停了|剂量)/i;

/** The dosage-form end a Chinese medicine name may carry past the word a slot read (泰诺|林, 美林|混悬液). */
const FORM_ZH = /^(?:林|片|胶囊|颗粒|糖浆|混悬液|滴剂|口服液|注射液|缓释片|栓|软膏)/;
/** A taking verb, whose own object decides who the subject is ("美林吃了布洛芬": the daughter took ibuprofen). */
const TAKING_ZH = /^(?:吃|服|用|喝|打|注射|输)$/;

/** Does the use word matched at `p` glue into a longer dictionary word (一天|到晚, 片|刻, 没用|心, 吃|饭)? Then it is that
 * word, not a use of the medicine; an aspect or result after a verb (吃了, 吃多, 吃完) is still the use. */
function gluesForward(text: string, p: number, len: number, words: ReadonlySet<string>): boolean {
  for (let s = p; s < p + len; s++)
    for (let k = 2; k <= 4; k++) {
      const e = s + k;
      if (e > p + len && words.has(text.slice(s, e)) && !/^[了过着完多掉]+$/.test(text.slice(p + len, e))) return true;
    }
  return false;
}

/** Does the taking verb ending at `p` have an object of its own — a medicine or 药 after an aspect and a count
 * ("吃了一片药", "吃了布洛芬")? Then the word before it is the person who took it. */
function ownObject(text: string, p: number): boolean {
  const lead = /^[了过着]?(?:[一二两三四五六七八九十半几\d]+[片粒颗支袋瓶盒勺次顿口]?)?/.exec(text.slice(p, p + 8))?.[0] ?? '';
  const q = p + lead.length;
  return /^[\u4e00-\u9fff]{0,3}药/.test(text.slice(q, q + 4)) || knownMedicineZh(text.slice(q, q + 6));
}

/**
 * Is the medicine a slot read at `i` (its word ending at `nameEnd`) used as a thing right after its name ("美林吃了两次",
 * "布洛芬吃多了", "泰诺林一天三次", "安定两片")? The medicine's own characters are the slot's word, a brand opening there,
 * or either with a dosage form — never a longer run ("美林今天" is no medicine). The use word must end at a word boundary,
 * and a taking verb with its own object makes the word its subject, a person ("我女儿美林吃了布洛芬没退烧").
 */
export function medicineUsedZh(text: string, i: number, nameEnd: number, words: ReadonlySet<string>): boolean {
  const ends = new Set<number>([nameEnd]);
  for (const n of BRANDS_ZH) if (text.startsWith(n, i)) ends.add(i + n.length);
  for (const e of [...ends]) {
    const form = FORM_ZH.exec(text.slice(e, e + 3));
    if (form) ends.add(e + form[0].length);
  }
  for (const e of ends) {
    if (!knownMedicineZh(text.slice(i, e))) continue;
    const use = MEDICINE_USE_ZH.exec(text.slice(e, e + 6));
    if (!use || gluesForward(text, e, use[0].length, words)) continue;
    if (TAKING_ZH.test(use[0]) && ownObject(text, e + use[0].length)) continue;
    return true;
  }
  return false;
}

/** Does a medicine open `run` AT its first character ("华法林3mg", "阿司匹林过敏")? knownMedicineZh also says yes for a
 * drug starting at the second character ("友阿司匹林"), which is its callers' question but not a name's end's. */
export function medicineOpensZh(run: string): boolean {
  if (BRANDS_ZH.some((n) => run.startsWith(n))) return true;
  return drugs().findDrugs(run, 1).length > 0 && drugs().findDrugs(run.slice(1), 1).length === 0;
}

export function knownMedicineZh(run: string): boolean {
  if (BRANDS_ZH.some((n) => run.startsWith(n) || n.startsWith(run.slice(0, 2)))) return true;
  return drugs().findDrugs(run, 1).length > 0 && drugs().findDrugs(run.slice(2), 1).length === 0;
}

/** Does the text name a medicine the drug knowledge knows: a Latin word the tables name ("metformin", "insulin") or a
 * Chinese name inside a run of Han characters ("服硝苯地平控释片", "吃了美林")? Latin words are read whole, never as
 * substrings of other words. */
export function namesKnownMedicine(text: string): boolean {
  for (const m of text.matchAll(/[A-Za-z][A-Za-z-]{2,}/g)) if (knownMedicine(m[0])) return true;
  for (const m of text.matchAll(/[\u4e00-\u9fa5]{2,}/g)) if (drugs().findDrugs(m[0], 1).length) return true;
  return false;
}

const wordAt = (text: string, start: number, end: number): boolean => !/[\p{L}\d]/u.test(text[start - 1] ?? '') && !/[\p{L}\d]/u.test(text[end] ?? '');

/** The occurrence at start…end stands in a medicine's own position (a dose after it or a taking verb before it). */
function medicinePosition(text: string, start: number, end: number): boolean {
  return MEDICINE_AFTER.test(text.slice(end, end + 40)) || MEDICINE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * Capitalised words this text reads as medicines, each with whether some occurrence of it is a person's (after a title
 * or a role, or inside a NAME span of two words or more).
 */
export function documentMedicines(text: string, spans: readonly PhiSpan[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const words = new Set<string>();
  for (const s of spans) if (s.type === 'NAME' && /^\p{Lu}[\p{Ll}]{2,}$/u.test(s.text.trim())) words.add(s.text.trim());
  for (const s of spans) if (s.type === 'NAME') for (const w of s.text.split(/[\s,]+/)) if (/^\p{Lu}[\p{Ll}]{2,}$/u.test(w)) words.add(w);
  for (const w of words) {
    let used = knownMedicine(w);
    let person = false;
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) {
      const end = at + w.length;
      if (!wordAt(text, at, end)) continue;
      if (!used && medicinePosition(text, at, end)) used = true;
      if (personBefore(text, at, w) || PERSON_AFTER.test(text.slice(end, end + 16))) person = true;
      else if (spans.some((s) => s.type === 'NAME' && s.start <= at && end <= s.end && /\s/.test(s.text.trim()))) person = true;
    }
    if (used) out.set(w, person);
  }
  return out;
}

/**
 * NAME spans that are a medicine of this text: released. A word no person shares is released everywhere; one that a
 * person shares ("Ms Allegra Banks … takes Allegra 180 mg") only where the occurrence stands as a medicine.
 */
export function releaseMedicineNames(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  if (!spans.some((s) => s.type === 'NAME') || !/\p{Lu}/u.test(text)) return [...spans];
  const medicines = documentMedicines(text, spans);
  if (!medicines.size) return [...spans];
  return spans.filter((s) => {
    if (s.type !== 'NAME') return true;
    const w = s.text.trim();
    const person = medicines.get(w);
    if (person === undefined) return true;
    if (personBefore(text, s.start, w) || PERSON_AFTER.test(text.slice(s.end, s.end + 16))) return true;
    // A medicine the tables know that a slot also named as a person ("Dear Januvia,") stays a medicine where the
    // text uses it as a thing ("my mother takes Januvia daily"): the person's name does not spread onto the medicine.
    return person ? !(medicinePosition(text, s.start, s.end) || (knownMedicine(w) && thingUse(text, s.start, s.end))) : false;
  });
}

/** The medicine words of a text, for the readers that spread names (propagation.ts): a medicine never spreads. */
export function medicineWords(text: string, spans: readonly PhiSpan[]): Set<string> {
  const out = new Set<string>();
  for (const [w, person] of documentMedicines(text, spans)) if (!person) out.add(w);
  return out;
}
