// What a recommendation is made of, so elimination can tell a recommendation that replaces the options from one that
// adds to the answer or says the answer in other words. A reply that sets every option but one aside and then says "the
// patient needs IV flucloxacillin" when the options are drugs and drainage has answered off the list; one that says "he
// also needs analgesia", "he needs an operation to let the pus out" or "需要马上手术把脓放出来" has not. The reading is by
// care concepts (surgery, drainage, aspiration, antibiotics, a route, imaging, observation, admission …) in English and
// Chinese, each of a kind (drug, procedure, test, observation, supportive care, setting); a named medicine is a concept
// of its own. Pure.
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { foldWidth } from '../../knowledge/term-text.js';
import { escapeRegExp } from '../../core/regex.js';

export type CareKind = 'drug' | 'procedure' | 'test' | 'observation' | 'supportive' | 'setting';

interface Concept {
  name: string;
  kind: CareKind;
  re: RegExp;
  /** Concepts of one group exclude each other: IV is not oral, surgery is not needle aspiration. */
  group?: string;
}

const CONCEPTS: readonly Concept[] = [
  { name: 'antimicrobial', kind: 'drug', re: /\b(?:antibiotics?|antimicrobials?|antibacterials?|antivirals?|antifungals?)\b|抗生素|抗菌|抗病毒|消炎药/ },
  { name: 'medicine', kind: 'drug', re: /\b(?:drugs?|medications?|medicines?|tablets?|pills?|injections?|infusions?)\b|药物|用药|吃药|打针|注射/ },
  { name: 'iv', kind: 'drug', group: 'route', re: /\b(?:iv|i\.v\.|intravenous(?:ly)?|drip)\b|静脉|输液|吊瓶|点滴/ },
  { name: 'oral', kind: 'drug', group: 'route', re: /\b(?:oral(?:ly)?|by mouth|tablets?|pills?|capsules?)\b|口服|吃药/ },
  { name: 'topical', kind: 'drug', group: 'route', re: /\b(?:topical(?:ly)?|creams?|ointments?)\b|外用|药膏|软膏|涂抹/ },
  {
    name: 'surgery',
    kind: 'procedure',
    group: 'procedure',
    re: /\b(?:surgery|surgical(?:ly)?|surgeons?|operat(?:e|ed|ion|ions|ive|ing)|theatre|theater|incis(?:e|ed|ion)|excis(?:e|ed|ion)|debride(?:ment)?|[a-z]+ectomy|[a-z]+otomy)\b|手术|开刀|切开|切除|清创|外科/,
  },
  {
    name: 'drain',
    kind: 'procedure',
    re: /\b(?:drain(?:s|ed|ing|age)?|decompress(?:ion|ed)?|evacuat(?:e|ed|ion)|let (?:the )?pus out|pus (?:out|released|drained)|release (?:the )?pus)\b|引流|排脓|放脓|脓[^，。,.]{0,3}(?:放|排|引)出/,
  },
  { name: 'aspiration', kind: 'procedure', group: 'procedure', re: /\b(?:aspirat(?:e|ed|ion)|needle)\b|穿刺|抽脓|抽吸/ },
  {
    name: 'imaging',
    kind: 'test',
    re: /\b(?:scans?|ct|mri|ultrasound|sonograph\w*|x-?rays?|radiograph\w*|imaging|echocardiogra\w*)\b|超声|b超|彩超|磁共振|拍片|造影|(?<![a-z])ct(?![a-z])/,
  },
  { name: 'lab', kind: 'test', re: /\b(?:blood tests?|bloods|cultures?|biops(?:y|ies)|swabs?|serology|urinalysis)\b|化验|验血|抽血|活检|培养/ },
  {
    name: 'observation',
    kind: 'observation',
    re: /\b(?:watch(?:ful|ing)?|wait(?:ing)?|observ(?:e|ation)|review|monitor(?:ing)?|follow[- ]?up|reassur(?:e|ance)|expectant)\b|观察|随访|等待|复查|监测/,
  },
  {
    name: 'supportive',
    kind: 'supportive',
    re: /\b(?:analgesi[ac]s?|pain ?relief|painkillers?|tetanus|fluids?|oxygen|bed ?rest|elevat(?:e|ion)|dressings?|(?:warm|hot) compress(?:es)?)\b|止痛|镇痛|破伤风|补液|吸氧|休息|热敷|换药/,
  },
  { name: 'setting', kind: 'setting', re: /\b(?:admi(?:t|ts|tted|ssion)|wards?|hospital|refer(?:ral|red)?|icu|inpatient)\b|住院|入院|转诊|转院|病房/ },
];

/** Stems of medicine names the drug table may not hold (flucloxacillin, mupirocin, 万古霉素 …). */
const DRUG_STEM_RE =
  /\b[a-z]+(?:cillin|mycin|micin|irocin|cycline|floxacin|penem|cef[a-z]+|conazole|idazole|ciclovir|cyclovir|prazole|pril|sartan|olol|statin|parin|xaban|gatran|semide|dipine|azepam|oxetine|triptan|profen)\b|(?<![a-z])cef[a-z]+|[\u4e00-\u9fff]{1,4}(?:霉素|西林|沙星|头孢[\u4e00-\u9fff]{1,3}|唑|普利|沙坦|洛尔|他汀|肝素)/g;
let drugNames: { re: RegExp; canon: Map<string, string> } | undefined;
/** The drug table's names (Chinese, generics, brands) as one pattern, and each name's canonical entry. */
function drugTable(): { re: RegExp; canon: Map<string, string> } {
  if (drugNames) return drugNames;
  const canon = new Map<string, string>();
  for (const [k, v] of Object.entries(parseSeedAliases())) for (const n of [k, ...v]) canon.set(foldWidth(n).toLowerCase().trim(), k);
  const names = [...canon.keys()]
    .filter((n) => n.length >= (/[\u4e00-\u9fff]/.test(n) ? 2 : 4))
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  drugNames = { re: new RegExp(`(?<![a-z])(?:${names.join('|')})(?![a-z])`, 'g'), canon };
  return drugNames;
}

export interface CareReading {
  /** Care concepts named (concept names). */
  concepts: Set<string>;
  /** Named medicines: the drug table's entry for a name it holds (co-amoxiclav and augmentin are one), else as written. */
  drugs: Set<string>;
  kinds: Set<CareKind>;
}

/** Pure: the care concepts, medicines and kinds a text names. */
export function careReading(text: string): CareReading {
  const t = foldWidth(text).toLowerCase();
  const concepts = new Set<string>();
  const kinds = new Set<CareKind>();
  for (const c of CONCEPTS)
    if (c.re.test(t)) {
      concepts.add(c.name);
      kinds.add(c.kind);
    }
  const table = drugTable();
  const drugs = new Set<string>([...t.matchAll(table.re)].map((m) => table.canon.get(m[0]) ?? m[0]));
  for (const m of t.matchAll(DRUG_STEM_RE)) if (!table.canon.has(m[0])) drugs.add(m[0]);
  if (drugs.size) {
    kinds.add('drug');
    // A named antibiotic is an antibiotic ("co-amoxiclav" and "antibiotics by mouth").
    if ([...drugs].some((d) => /cillin|mycin|micin|irocin|cycline|floxacin|penem|cef|amoxiclav|霉素|西林|沙星|头孢/.test(d))) concepts.add('antimicrobial');
  }
  return { concepts, drugs, kinds };
}

const CONCEPTS_GLOBAL = CONCEPTS.map((c) => new RegExp(c.re.source, 'g'));
/** Pure: the text with the care concepts it names blanked, so their words are not read as stance ("let the pus out"). */
export function blankCare(text: string): string {
  let t = foldWidth(text).toLowerCase();
  for (const re of CONCEPTS_GLOBAL) t = t.replace(re, (m) => ' '.repeat(m.length));
  return t;
}

const GROUP = new Map(CONCEPTS.filter((c) => c.group).map((c) => [c.name, c.group as string]));

/**
 * Pure: the recommendation says the option in other words — it names a care concept of the option ("an operation to
 * let the pus out" of "Urgent surgical drainage"), and nothing that sets it apart from it: no medicine the option does
 * not name, no concept of a group the option holds another of (IV for an oral option, a needle for a surgical one), no
 * concept another option has and this one lacks.
 */
export function paraphrases(recommendation: string, option: string, others: readonly string[]): boolean {
  const rec = careReading(recommendation);
  const own = careReading(option);
  const shared = [...rec.concepts].filter((c) => own.concepts.has(c) && c !== 'medicine');
  const drugShared = [...rec.drugs].some((d) => own.drugs.has(d));
  if (!shared.length && !drugShared) return false;
  if ([...rec.drugs].some((d) => !own.drugs.has(d))) return false;
  for (const c of rec.concepts) {
    if (own.concepts.has(c)) continue;
    const g = GROUP.get(c);
    if (g && [...own.concepts].some((o) => GROUP.get(o) === g)) return false;
    if (others.some((o) => careReading(o).concepts.has(c))) return false;
  }
  return true;
}

/** Addition markers: what follows is given on top of the answer, not instead of it. */
export const ADDITION_RE =
  /\b(?:also|as well|too(?!\s+[a-z])|plus|in addition|additionally|alongside|besides|on top of|along with|together with|afterwards?|adjunct(?:ive)?)\b|另外|此外|同时|还需要?|还要|还应|也需要?|也要|也应|并且|再加上|辅以|配合/i;
