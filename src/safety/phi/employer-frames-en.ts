// English employers read from the FRAME of a record rather than a work verb (session 31): the first-sight misses
// were organisations standing where a form or a note puts the workplace, not after "works at".
//  - a form label for the workplace, in any case ("11b. EMPLOYER: APPLIED MATERIALS", "EMPLOYER'S NAME: H-E-B
//    Grocery Company", "Kind of business: Paper mill - Southland Paper Mills", "University: University of Manchester",
//    "Occupation: Student, RMIT University"): the value's proper-noun chunk is the employer;
//  - an occupation or work noun with the organisation beside it in brackets or after a comma ("letter carrier (USPS,
//    31 yrs)", "flight attendant (Frontier Airlines)", "forklift operator, Pacific Cold Storage)" — after a comma only
//    inside a bracket, since "the nurse, Grace, was kind" is a person in apposition —, "retired miner
//    (National Coal Board)", "at work (Hormel corporate", "job loss (Greggs)", "(ex-Energex)");
//  - an organisation owning its staff office ("Kestrel Mining's HR department", "Acme's occupational health team").
// The value must be a proper-noun chunk (capitalised words, "&", "of"; an acronym of 4+ letters): a qualification or
// grade in brackets ("nurse (RN)", "driver (HGV)", "teacher (Year 3)"), a time, a person's title and the clinical
// vocabulary stay. Pure: text in, spans out.
import { clinicalAbbreviations } from '../../knowledge/clinical-abbreviations.js';
import { englishWord } from '../../knowledge/english-words.js';
import type { PhiSpan } from '../types.js';
import { knownMedicine } from './clinical-vocabulary.js';
import { COMMON_CAPITALISED, FIRST_NAMES, WORD_FIRST_NAMES } from './names-en-lists.js';
import { span } from './span.js';

/** One word of an organisation's name: capitalised, an acronym, or a brand with a digit ("bet365", "H-E-B"). */
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.-]*|[a-z]{3,}\d+[a-z\d]*)`;
const CHUNK = String.raw`${WORD}(?:[ ](?:${WORD}|&|of|and|de|the|for)){0,6}`;

/** Form labels whose value is the workplace (any case: forms are often in capitals). */
const LABEL =
  /(?:^|\n|[/|;]|\b\d{1,2}[a-z]?\.)[ \t]*(?:employer(?:['’]s)?(?:[ ]name)?|name[ ]of[ ]employer|current[ ]employer|kind[ ]of[ ]business|type[ ]of[ ]business|place[ ]of[ ](?:work|employment)|workplace|work(?:[ ]place)?|university|college|school(?:[ ]attended)?|occupation|job)[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*[:：][ \t]*([^\n]{2,90})/giu;
/** Labels whose value opens with the occupation, the workplace after it ("Occupation: Student, RMIT University"). */
const OCCUPATION_LABEL = /(?:occupation|job)[ \t]*[:：]/i;
/** Labels whose value may be the work itself rather than the workplace ("Work: Care Assistant", "WORKPLACE:
 * CONSTRUCTION SITE", "Kind of business: Retail", "Occupation: Retired, Lives Alone"): ordinary words stay there. */
const WORK_KIND_LABEL =
  /(?:occupation|job|work(?:[ ]?place)?|place[ ]of[ ](?:work|employment)|(?:kind|type)[ ]of[ ]business)[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*[:：]/i;

/** Occupations that stand before their workplace in a note (this reader's own list: an agent-noun shape would take
 * drug classes — "ACE inhibitor (Ramipril)", "antidepressant (Sertraline)" — and habits — "smoker, COPD"). */
const OCCUPATIONS =
  'aide|attendant|assistant|accountant|agent|analyst|apprentice|architect|baker|barista|bartender|builder|butcher|carer|caregiver|carpenter|carrier|cashier|chef|cleaner|clerk|cook|courier|dispatcher|developer|driver|electrician|engineer|farmhand|firefighter|foreman|guard|hand|housekeeper|janitor|labou?rer|lecturer|librarian|machinist|manager|mechanic|miner|nurse|officer|operator|packer|paramedic|picker|pilot|plumber|porter|programmer|receptionist|representative|salesman|saleswoman|secretary|sparky|staff|steward|stewardess|supervisor|teacher|tech|technician|teller|tester|trainee|waiter|waitress|welder|worker';
const WORK_BEFORE = new RegExp(
  String.raw`\b(?:(?:${OCCUPATIONS})s?|shifts?|retired|at[ ]work|(?:his|her|their|my)[ ](?:office|work|job)|job[ ]loss|employer['’]s[ ]premises|redundan(?:t|cy)|laid[ ]off)[ ]?(?:\(|,[ ](?=[^(),\n]{1,60}\)))(?:(?:ex-|formerly[ ]|former[ ]|previously[ ]|then[ ])?)(${CHUNK})(?=[ ]*[),;]|[ ](?:corporate|distribution|warehouse|depot|site|plant|branch|office|store|call[ ]centre|call[ ]center)\b)`,
  'gu',
);
/** s44: an occupation with its workplace in apposition after a comma, where the segment closes after it ("forklift
 * operator, FedEx Hub⏎", "long-haul truck driver, Landstar System⏎", "machinist, Ford Motor Company, 31 years"). Outside
 * brackets only at a close (a line end, a dash, a bar, a semicolon, a bracket, ", N years"): "the nurse, Grace, was
 * kind" goes on after the name, and a first name is no organisation (organisation()). */
const WORK_APPOSED = new RegExp(
  String.raw`\b(?:${OCCUPATIONS})s?,[ ](${CHUNK})(?=[ \t]*(?:\r?\n|$)|,[ ]\d{1,2}[ ]?(?:years?|yrs?)\b|[ ]?[—–|;]|[ ]-[ ]|[ ]\()`,
  'gu',
);
/** "(ex-Energex)", "(formerly Indian Overseas Bank)": a former employer in brackets, whatever precedes. */
const FORMER = new RegExp(String.raw`\((?:ex-|formerly[ ]|previously[ ]with[ ]|previously[ ]at[ ])(${CHUNK})(?=[ ]*[),;])`, 'gu');

/** "Kestrel Mining's HR department", "Acme's occupational health team": an organisation owning its staff office. */
const STAFF_OFFICE = new RegExp(
  String.raw`(?<![\p{L}\d'’&.-])(${CHUNK})['’]s[ ](?:HR|[Hh]uman[ ][Rr]esources|[Pp]ayroll|[Oo]ccupational[ ][Hh]ealth|[Pp]ersonnel|[Ss]taff[ ][Hh]ealth)[ ](?:[Dd]epartment|[Dd]ept|[Tt]eam|[Oo]ffice|[Mm]anager|[Oo]fficer|[Aa]dvis[eo]r|[Nn]urse)\b`,
  'gu',
);

/** Values that say no workplace, or are a kind of work, a grade or a time, not an organisation. */
const NOT_ORG =
  /^(?:N\/?A|None|Nil|Unknown|Unemployed|Retired|Self|Self-employed|Student|Homemaker|Housewife|Home|Disabled|Not[ ]\w+|No|Yes|Full|Part|Full-time|Part-time|Year|Grade|Band|Level|Stage|Type|Day|Days|Night|Nights|Shift|Shifts|Weekends?|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Nurse|Doctor|The|A|An|His|Her|My|Their|Our|Was|Is|See|Same|As|Per|Ext|Tel|Phone|Mobile|Fax|Email)$/i;

/** A hospital unit or ward acronym ("ICU nurse (NICU)", "PICU", "SCBU", "HDU"): a place in the hospital, not a firm. */
const UNIT_ACRONYM = /^[A-Z]{1,4}U$/;
/** An event or a time of loss, not a firm, in brackets after a job loss ("made redundant (Brexit)", "(Covid)"). */
const LOSS_EVENT = /^(?:Brexit|Covid(?:-19)?|Coronavirus|Lockdown|Pandemic|Recession|Furlough)$/i;
/** Head words that make ordinary English words an organisation's name ("National Coal Board", "Frontier Airlines"). */
const ORG_HEAD =
  /^(?:academy|agency|airlines?|airways|associates|authority|bank|board|brothers|bros|centre|center|clinic|co|college|commission|company|corp|corporation|council|department|district|enterprises|foundation|group|health|holdings|hospital|inc|industries|institute|international|llc|llp|ltd|limited|mail|materials|mills?|ministry|partners|partnership|plc|police|railways?|service|services|society|solutions|systems|trust|union|university|works)$/i;

let abbreviations: Set<string> | undefined;
/** A clinical abbreviation of the closed list (knowledge/clinical-abbreviations.ts: COPD, MRSA, NSTEMI). */
function clinicalAbbreviation(w: string): boolean {
  abbreviations ??= new Set(clinicalAbbreviations().flatMap((e) => e.short.map((x) => x.toUpperCase())));
  return abbreviations.has(w.toUpperCase());
}

/** A value of ordinary English words with no organisation head: a kind of work, a job or a status in title case or in
 * capitals ("Work: Care Assistant", "Work: Bus Driver", "Occupation: Retired, Lives Alone", "Universal Credit",
 * "WORKPLACE: CONSTRUCTION SITE"), read so only where the label may hold the work as well as the workplace. */
function ordinaryWords(v: string): boolean {
  const words = v.split(' ').filter((w) => !/^(?:of|and|&|the|for|de)$/i.test(w));
  return words.length > 0 && words.every((w) => englishWord(w.replace(/[.,'’]+$/, ''))) && !words.some((w) => ORG_HEAD.test(w.replace(/[.,]$/, '')));
}

/** A single word shaped like a disease or condition ("retired, Hypertension;"). */
const DISEASE_SHAPE = /(?:osis|itis|emia|aemia|pathy|oma|ism|ension|ia|ic)$/;

function orgChunk(v: string): string {
  // The chunk stops at a trailing joining word and a sentence's full stop.
  const words = v.split(' ');
  while (words.length && /^(?:of|and|de|the|for|&)$/.test(words[words.length - 1])) words.pop();
  return words.join(' ').replace(/(?<!\b(?:Co|Inc|Ltd|Corp|Bros|St))[.,]$/, '');
}

/** A proper-noun chunk that can name an organisation. */
function organisation(v: string): boolean {
  if (!v) return false;
  const words = v.split(' ');
  const first = words[0].replace(/[.,]$/, '');
  if (NOT_ORG.test(first) || /^\d/.test(first)) return false;
  // A medicine's brand or generic is no workplace ("nurse, Ventolin", "Kind of business: Pfizer" stays a firm only by
  // more words: "Pfizer Ltd").
  if (words.length === 1 && (knownMedicine(first) || DISEASE_SHAPE.test(first))) return false;
  // One word: an acronym of 4+ letters, a brand with a digit, or a capitalised word that is no common word.
  if (words.length === 1) {
    if (/^[A-Z]{2,3}$/.test(first)) return false;
    if (COMMON_CAPITALISED.has(first) || COMMON_CAPITALISED.has(first[0] + first.slice(1).toLowerCase())) return false;
    // An ordinary word is a kind of work or place, not one firm ("Work: Warehouse", "Kind of business: Retail"), in
    // capitals too ("KIND OF BUSINESS: RETAIL", "SAWMILL"); a capital acronym that is a clinical abbreviation or a
    // hospital unit is no firm either ("miner (COPD, on home O2)", "nurse (NICU)").
    if (englishWord(first)) return false;
    if (/^[A-Z]{4,}$/.test(first) && (clinicalAbbreviation(first) || UNIT_ACRONYM.test(first))) return false;
  }
  // A person, not a workplace: "EP tech (Dana K.)", "support worker (Sarah)", "(Bob Hale)".
  if (/^\p{Lu}\.?$/u.test(words[words.length - 1]) || ((FIRST_NAMES.has(first) || WORD_FIRST_NAMES.has(first)) && words.length <= 2)) return false;
  // Every word common (a kind of work in title case, "Night Shift") is no name.
  return !words.every((w) => COMMON_CAPITALISED.has(w) || /^(?:of|and|&|the|for|de)$/.test(w));
}

function labelled(text: string, out: PhiSpan[]): void {
  LABEL.lastIndex = 0;
  for (const m of text.matchAll(LABEL)) {
    // A form line may hold several fields: the value ends at a wide gap or at the next label ("…     Address: …").
    const value = m[1].replace(/(?:[ ]{3,}|\t|[ ]{2,}\p{Lu}[\p{L} ]{0,20}[:：]).*$/u, '');
    const valueAt = (m.index ?? 0) + m[0].length - m[1].length;
    // The value's segments (comma, dash, bar, bracket): the first proper-noun chunk that opens a segment is the
    // workplace; after an occupation label the first segment is the occupation and is skipped.
    const parts = [...value.matchAll(/[^,|;()—–]+|[()]/g)];
    let skip = OCCUPATION_LABEL.test(m[0]) ? 1 : 0;
    // Only the value's opening segments name the workplace (after the occupation, when the label is one).
    let left = 2 + skip;
    segments: for (const p of parts) {
      const seg = p[0];
      if (left-- <= 0) break;
      if (skip-- > 0) continue;
      if (seg === '(' || seg === ')') continue;
      for (const piece of seg.split(/[ ]-[ ]/)) {
        const lead = /^[ \t]*/.exec(piece)?.[0].length ?? 0;
        const c = new RegExp(`^${CHUNK}`, 'u').exec(piece.slice(lead));
        if (!c) continue;
        const v = orgChunk(c[0]);
        // The chunk must fill its piece (a lowercase word after it means prose: "Full time at the moment").
        if (piece.slice(lead + c[0].length).trim() && !/^[ ]*(?:\(|$)/.test(piece.slice(lead + c[0].length))) continue;
        if (!organisation(v)) continue;
        if (WORK_KIND_LABEL.test(m[0].slice(0, m[0].length - m[1].length)) && ordinaryWords(v)) continue;
        const at = valueAt + (p.index ?? 0) + seg.indexOf(piece) + lead;
        out.push(span('EMPLOYER', text, at, at + v.length));
        break segments;
      }
    }
  }
}

function besideWork(text: string, out: PhiSpan[]): void {
  for (const re of [WORK_BEFORE, FORMER, STAFF_OFFICE, WORK_APPOSED]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const v = orgChunk(m[1]);
      if (!organisation(v)) continue;
      // "made redundant (Brexit)", "job loss (Covid)": the event that cost the job, not the employer.
      if (LOSS_EVENT.test(v)) continue;
      // "commercial driver, CDL L412-3389-0155": a licence or a code after the occupation, not a workplace.
      if (re === WORK_APPOSED && /\d{3}/.test(v)) continue;
      // "nurse (Band 5)", "driver (Route 9)": a grade or a numbered thing, not an organisation.
      const at = (m.index ?? 0) + (re === STAFF_OFFICE ? 0 : m[0].length - m[1].length);
      if (/^[ ]?\d/.test(text.slice(at + v.length, at + v.length + 2))) continue;
      out.push(span('EMPLOYER', text, at, at + v.length));
    }
  }
}

export function detectEmployerFramesEn(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[A-Z]/.test(text)) return out;
  if (/[:：]/.test(text)) labelled(text, out);
  if (/[(,]|['’]s[ ]/.test(text)) besideWork(text, out);
  return out;
}
