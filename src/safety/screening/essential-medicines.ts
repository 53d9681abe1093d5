// Which medicine may nobody with its condition do without? Decided from the knowledge tables, not a list of names: a
// condition of the essential kind (anticoagulation, epilepsy, HIV, transplant, type 1 diabetes, bipolar disorder,
// Parkinson's, adrenal insufficiency, thyroid disease, asthma/COPD, heart failure, after a heart attack) names, as
// ICD-10 codes, what it is, and the indication table's classes that are its maintenance treatment; a medicine is
// required by that condition when the table (through the drug lexicon's generic, English and brand aliases) puts it in
// one of those classes and lists the condition among the class's indications — or when it is named by its class
// ("DOAC", "抗癫痫药", "ART"). The question names the condition by the condition codes or by the kind's own words.
// Pure; normalised (lower-case) text.
import { escapeRegExp, globalOf } from '../../core/regex.js';
import { conditionCodes } from '../../knowledge/condition-codes.js';
import { createDrugIndications, DRUG_CLASSES, type DrugClass, rangeContains, rangesOverlap } from '../../knowledge/drug-indications.js';
import { builtInDrugLexicon } from '../../knowledge/built-in-drugs.js';
import { type DrugLexicon, parseSeedAliases } from '../../knowledge/drugs.js';
import { parseIcdCode } from '../../knowledge/icd10.js';

/**
 * Classes the shared indication table does not carry yet (direct oral anticoagulants beyond rivaroxaban and
 * dabigatran, antiretrovirals), in its own format. Kept here until the table takes them: the table also feeds the RL
 * data builders, whose output a new class would change.
 */
const SUPPLEMENT_CLASSES: DrugClass[] = [
  { id: 'anticoagulant-doac', drugs: ['阿哌沙班', '艾多沙班'], indications: ['I26', 'I48', 'I80-I82'] },
  {
    id: 'antiretroviral',
    drugs: ['恩曲他滨替诺福韦', '恩曲他滨', '多替拉韦', '依非韦伦', '齐多夫定', '比克恩丙诺', '艾考恩丙替'],
    indications: ['B20-B24', 'Z21'],
  },
];
const SUPPLEMENT_ALIASES: Record<string, string[]> = {
  阿哌沙班: ['apixaban', 'eliquis', '艾乐妥'],
  艾多沙班: ['edoxaban', 'lixiana', 'savaysa', '里先安'],
  恩曲他滨替诺福韦: ['emtricitabine-tenofovir', 'emtricitabine/tenofovir', 'truvada', 'descovy', '舒发泰'],
  恩曲他滨: ['emtricitabine'],
  多替拉韦: ['dolutegravir', 'tivicay', '特威凯'],
  依非韦伦: ['efavirenz'],
  齐多夫定: ['zidovudine'],
  比克恩丙诺: ['bictegravir', 'biktarvy', '必妥维'],
  艾考恩丙替: ['genvoya', 'stribild'],
};

interface EssentialKind {
  kind: string;
  /** ICD-10 ranges of the condition (as the condition codes and the indication table write them). */
  codes: string[];
  /** Words of the question that name the condition where the condition codes have no row (mechanical valve, 心衰). */
  words?: RegExp;
  /** The indication table's classes that are the condition's maintenance treatment. */
  classes: string[];
  /** The class named as such ("DOAC", "抗癫痫药"): required whatever the product. */
  classWords: RegExp;
}

/** "AF" is atrial fibrillation only as a diagnosis ("my AF", "with AF", "paroxysmal AF"), never slang ("tired af"). */
export const AF_AFTER_WORD = /\b(?:my|his|her|with|have|has|had|for|of|diagnosed|paroxysmal|persistent|permanent|chronic|new|in) af\b/u;
const AF = new RegExp(`${AF_AFTER_WORD.source}|\\baf (?:patients?|diagnosis|ablation|and (?:a )?(?:stroke|clot))`, 'u');

const KINDS: readonly EssentialKind[] = [
  {
    kind: 'anticoagulation',
    codes: ['I26', 'I48', 'I80-I82'],
    words:
      /\b(?:mechanical (?:heart )?valves?|(?:heart )?valve replacement|a-?fib|dvt|vte|blood clots? in (?:my|his|her|the) (?:leg|lung)s?)\b|机械瓣|换瓣|瓣膜置换|房颤|心房颤动|静脉血栓|血栓栓塞|肺栓塞/u,
    classes: ['anticoagulant-thrombolytic', 'anticoagulant-doac'],
    classWords: /\b(?:anti-?coagul\w*|blood[- ]thinners?|[dn]oacs?)\b|抗凝|新型口服抗凝/u,
  },
  {
    kind: 'epilepsy',
    codes: ['G40-G41'],
    words: /\b(?:epileptic|seizure disorder)\b|羊角风/u,
    classes: ['antiepileptic'],
    classWords:
      /\b(?:anti-?epileptic\w*|anti-?seizure|anti-?convulsants?|aeds?|(?:seizure|epilepsy) (?:drugs?|medications?|medicines?|meds|pills?|tablets?))\b|抗癫痫|抗惊厥|癫痫药/u,
  },
  {
    kind: 'hiv',
    codes: ['B20-B24', 'Z21'],
    words: /\bhiv\b|\baids\b|艾滋/u,
    classes: ['antiretroviral'],
    classWords:
      /\b(?:anti-?retrovirals?|anti-?virals?|arvs?|c?art|haart|prep|(?:hiv|aids) (?:medications?|medicines?|drugs?|treatment|pills?|meds))\b|抗逆转录病毒|抗病毒|艾滋病?(?:的)?药|抗艾滋/u,
  },
  {
    kind: 'transplant',
    codes: ['Z94', 'T86'],
    words: /\btransplant\w*|移植|换肾|换肝/u,
    classes: ['immunosuppressant'],
    classWords: /\b(?:immunosuppress\w*|anti-?rejection)\b|免疫抑制|抗排异|抗排斥/u,
  },
  {
    kind: 'type-1-diabetes',
    codes: ['E10'],
    words: /\btype (?:1|one|i) diabet\w*|\bt1d\b|[1一i]型糖尿病/u,
    classes: ['insulin'],
    classWords: /\binsulins?\b|胰岛素/u,
  },
  {
    kind: 'bipolar',
    codes: ['F31'],
    words: /\bbipolar\b|双相|躁郁/u,
    classes: ['psychiatric', 'antiepileptic'],
    classWords: /\b(?:mood stabili[sz]ers?|anti-?psychotics?)\b|心境稳定剂|情绪稳定剂|抗精神病/u,
  },
  {
    kind: 'parkinson',
    codes: ['G20'],
    words: /\bparkinson'?s?\b|帕金森/u,
    classes: ['antiparkinson-dementia'],
    classWords: /\b(?:parkinson'?s (?:drugs?|medications?|medicines?|meds|pills?)|dopamine agonists?)\b|抗帕金森|帕金森(?:的)?药/u,
  },
  {
    kind: 'adrenal',
    codes: ['E27'],
    words: /\b(?:adrenal insufficiency|addison(?:'?s|ian)?\b|hypopituitar\w*)|肾上腺(?:皮质)?功能(?:减退|不全)|艾迪生|垂体功能减退/u,
    classes: ['systemic-corticosteroid'],
    classWords: /\b(?:steroids?|hydrocortisone|fludrocortisone)\b|激素|氢化可的松|氟氢可的松/u,
  },
  {
    kind: 'hypothyroid',
    codes: ['E03', 'E89.0'],
    words: /\b(?:underactive thyroid|thyroidectomy)\b|甲减|甲状腺(?:全)?切除/u,
    classes: ['thyroid-hormone'],
    classWords: /\bthyro\w*|甲状腺素/u,
  },
  {
    kind: 'hyperthyroid',
    codes: ['E05'],
    words: /\b(?:overactive thyroid|graves'?(?: disease)?)(?![a-z])|甲亢/u,
    classes: ['antithyroid'],
    classWords: /\banti-?thyroid\b|抗甲状腺/u,
  },
  {
    kind: 'asthma-copd',
    codes: ['J44', 'J45-J46'],
    classes: ['respiratory', 'topical-corticosteroid', 'systemic-corticosteroid'],
    classWords: /\binhalers?\b|\binhaled\b|吸入/u,
  },
  {
    kind: 'heart-failure',
    codes: ['I50'],
    words: /心衰|心力衰竭|心功能不全/u,
    classes: ['antihypertensive', 'diuretic', 'sglt2-inhibitor', 'antiarrhythmic'],
    classWords: /\b(?:beta[- ]?blockers?|ace[- ]?inhibitors?|arbs?|diuretics?|water pills?)\b|[βb]受体阻滞剂|利尿剂/u,
  },
  {
    kind: 'after-heart-attack',
    codes: ['I21-I22', 'I25.2'],
    classes: ['antiplatelet', 'statin', 'antihypertensive'],
    classWords: /\b(?:anti-?platelets?|statins?|beta[- ]?blockers?|ace[- ]?inhibitors?|arbs?)\b|抗血小板|他汀|[βb]受体阻滞剂/u,
  },
];

interface Tables {
  drugs: DrugLexicon;
  classesOf(name: string): readonly DrugClass[];
  /** Every name (generic, English, brand) of a drug in a class some kind lists, for finding them in text. */
  names: RegExp;
}

let tables: Tables | undefined;
function knowledge(): Tables {
  if (tables) return tables;
  const classes = [...DRUG_CLASSES, ...SUPPLEMENT_CLASSES];
  const aliases = { ...parseSeedAliases(), ...SUPPLEMENT_ALIASES };
  const drugs = builtInDrugLexicon({ classes: SUPPLEMENT_CLASSES, aliases });
  const indications = createDrugIndications(classes, (d) => drugs.canonical(d));
  const wanted = new Set(KINDS.flatMap((k) => k.classes));
  const names = new Set<string>();
  for (const c of classes) {
    if (!wanted.has(c.id)) continue;
    for (const d of c.drugs) {
      names.add(d.toLowerCase());
      for (const a of aliases[d] ?? []) names.add(a.toLowerCase());
    }
  }
  const sorted = [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  const latin = sorted.filter((n) => /^[a-z]/.test(n) && n.length >= 4).map(escapeRegExp);
  const han = sorted.filter((n) => /\p{Script=Han}/u.test(n)).map(escapeRegExp);
  const pattern = [latin.length ? `(?<![a-z0-9-])(?:${latin.join('|')})(?![a-z0-9])` : '', han.length ? `(?:${han.join('|')})` : ''].filter(Boolean).join('|');
  tables = { drugs, classesOf: (n) => indications.classesOf(n), names: new RegExp(pattern, 'gu') };
  return tables;
}

const codeIn = (code: string, ranges: readonly string[]): boolean => {
  const c = parseIcdCode(code);
  return c !== null && ranges.some((r) => rangeContains(r, c));
};

/** A condition named only to be denied: "no history of epilepsy", "HIV test came back negative", "没有癫痫". */
const DENIED_BEFORE =
  /\b(?:no|not|never|without|denies|negative for|free of|rule[sd]? out|ruled out)\b[^.?!,;]{0,20}$|(?:没有|无|排除|不是|否认)[^，。？！,.?!]{0,6}$/u;
const DENIED_AFTER = /^[^.?!,;，。？！]{0,16}\b(?:negative|ruled out)\b|^[^，。？！]{0,8}(?:阴性|排除)/u;
const denied = (q: string, start: number, end: number) => DENIED_BEFORE.test(q.slice(Math.max(0, start - 30), start)) || DENIED_AFTER.test(q.slice(end));

/** Where a pattern names the condition, not denied (its global copy compiled once per pattern). */
export function namedBy(re: RegExp, q: string): boolean {
  for (const m of q.matchAll(globalOf(re))) if (!denied(q, m.index ?? 0, (m.index ?? 0) + m[0].length)) return true;
  return false;
}

/**
 * The words that name a kind of condition (the mechanical valve, a transplant, adrenal insufficiency, type 1
 * diabetes…): one table for this file and for regimen.ts's conditions that require a medicine.
 */
export function conditionWords(kind: string): RegExp {
  const words = KINDS.find((k) => k.kind === kind)?.words;
  if (!words) throw new Error(`essential-medicines: no condition words for kind "${kind}"`);
  return words;
}

/** The essential kinds of condition the question names (by the condition codes or the kind's own words), not denied. */
let last: { question: string; kinds: string[] } | undefined;
export function essentialConditions(question: string): string[] {
  if (last?.question === question) return last.kinds;
  const kinds = conditionsNamed(question.toLowerCase());
  last = { question, kinds };
  return kinds;
}

function conditionsNamed(q: string): string[] {
  const codes = conditionCodes()
    .find(q)
    .filter((m) => !denied(q, m.start, m.end))
    .map((m) => m.code);
  const out: string[] = [];
  for (const k of KINDS) {
    const named = codes.some((c) => codeIn(c, k.codes)) || (k.words !== undefined && namedBy(k.words, q)) || (k.kind === 'anticoagulation' && namedBy(AF, q));
    if (named) out.push(k.kind);
  }
  return out;
}

/** Does the table (or the class word) make `medicine` a maintenance treatment of this kind of condition? */
function treats(k: EssentialKind, medicine: string): boolean {
  if (k.classWords.test(medicine)) return true;
  const t = knowledge();
  const found = t.drugs.findDrugs(medicine, 4);
  const canon = [t.drugs.canonical(medicine), ...found];
  return canon.some((name) =>
    t.classesOf(name).some((c) => k.classes.includes(c.id) && c.indications.some((r) => k.codes.some((code) => rangesOverlap(r, code)))),
  );
}

/** The question names an essential condition `medicine` is the maintenance treatment of (the tables say so). */
export function requiredByEssentialCondition(question: string, medicine: string): boolean {
  const kinds = essentialConditions(question);
  if (kinds.length === 0) return false;
  const m = medicine.toLowerCase();
  return KINDS.some((k) => kinds.includes(k.kind) && treats(k, m));
}

/** A medicine named by an essential class word ("DOAC", "抗癫痫药", "antiretrovirals"): essential whoever asks. */
const ALWAYS_ESSENTIAL_CLASS = new Set(['anticoagulation', 'epilepsy']);
export function essentialByClassWord(medicine: string): boolean {
  const m = medicine.toLowerCase();
  return KINDS.some((k) => ALWAYS_ESSENTIAL_CLASS.has(k.kind) && k.classWords.test(m));
}

const CLASS_WORDS = KINDS.map((k) => new RegExp(k.classWords.source, 'gu'));

/**
 * One pattern that matches wherever any of the names or class words would: most clauses name no medicine, and one
 * scan of the alternation settles that ~13× faster than fourteen matchAll scans (advice-check reads every sentence).
 * Exact: an alternation matches at a position iff one of its alternatives does, so a miss here means no mentions.
 */
let anyMentionRe: RegExp | undefined;
const anyMention = (): RegExp => (anyMentionRe ??= new RegExp([knowledge().names, ...CLASS_WORDS].map((re) => `(?:${re.source})`).join('|'), 'u'));

/**
 * Medicines of the essential classes named in a clause (generic, English or brand names from the tables, and the
 * class words), as matches with their offsets — for readers whose own vocabulary misses them ("Lixiana", "levodopa").
 */
export function essentialMentions(clause: string): RegExpMatchArray[] {
  if (!anyMention().test(clause)) return [];
  const out = [...clause.matchAll(knowledge().names)];
  for (const re of CLASS_WORDS) out.push(...clause.matchAll(re));
  return out.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}
