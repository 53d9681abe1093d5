// English person slots, read like the Chinese ones (name-slots.ts personSlotsZh): a capitalised word that fills the
// slot a person stands in is a name, whatever list it is in or not. The English cue readers (names-en.ts) take a
// known first name after a relation word, or any name after a title (Dr, Mr); care notes name staff and family by
// their role instead: "hospitalist Osei", "Sitter Ruthie at bedside", "day RN Jas Kaur", "daughter-in-law Lizzie",
// "Chaplain Br. Tomás", "Owner: Menon / Solano", "Gabe (charge RN)". The slots:
// - right after a role noun — a job, a duty or a kin word (a closed class, listed below, plus the agent-noun shapes
//   -ologist, -ician, -itian, -iatrist: "hospitalist", "dietitian"), optionally with a colon or a religious or
//   courtesy title between ("Chaplain Br. Tomás");
// - right before a bracketed role ("Gabe (charge RN)", "Ferreira (daughter)");
// - the next members of a list joined by "/", "and" or "&" after a name read in one of these slots.
// The name shape: not a common capitalised word, an eponym, a month or weekday, a clinical word by its shape, a word of
// the caller's lexicon (structure-en.ts nameWord). Mid-sentence, a lower-case role before a capitalised word is the
// evidence (prose capitalises only proper nouns there); where the role itself is capitalised or an acronym (headings,
// title case: "Nurse Practitioner", "SW Consult"), the word must also be a known first name or no English word.
// Not a language after "Interpreter:" (the role is left out), not an abbreviation ("Ofc."). Not before an organisation or place head ("MD Anderson Cancer Center", "worker Comp Board"): that is no person.
// Spans rank below every reading (index.ts FILL_RANK): they fill only text no other reader claimed.
import type { PhiSpan } from '../types.js';
import { builtInDrugLexicon } from '../../knowledge/built-in-drugs.js';
import type { DrugLexicon } from '../../knowledge/drugs.js';
import { isMedicineShape } from '../../knowledge/drugs.js';
import { englishWord } from '../../knowledge/english-words.js';
import { knownMedicine } from './clinical-vocabulary.js';
import { BACKGROUND_EN, EPONYMS, FIRST_NAMES, WORD_FIRST_NAMES } from './names-en-lists.js';
import type { NameLexicon } from './names-zh.js';
import { span } from './span.js';
import { DETERMINERS_EN } from './places.js';
import { nameWord } from './structure.js';
import { PERSON_ROLE_NOUNS_EN } from './roles-en.js';

/** Lower-case nouns that name a person by a job, a duty or a tie: the shared list (roles-en.ts) and the care-team,
 * kin and household words this slot also takes. */
const ROLE_NOUNS = new Set([
  ...PERSON_ROLE_NOUNS_EN,
  ...(
    'attendant hospitalist intern fellow registrar attending consultant deacon minister educator hygienist dietitian dietician ' +
    'nutritionist physio promotora promotor scribe coordinator navigator counsellor caseworker sponsor medic dispatcher trainee ' +
    'worker carer housekeeper babysitter boss classmate housemate landlady neighbor neighbour fiance fiancee granny nana auntie ' +
    'stepmother stepfather stepson stepdaughter mother-in-law father-in-law daughter-in-law son-in-law sister-in-law brother-in-law'
  ).split(' '),
]);
/** Role acronyms of care teams ("RN Pam", "SW Deb", "CM Farouk"; healthcare assistant and assistant in nursing: "HCA Grace"). */
const ROLE_ACRONYMS = new Set('RN LPN LVN CNA NP PA SW MSW LCSW CM OT PT SLP RT RD CRNA EMT APRN PCA HHA MA CHW HCA AIN'.split(' '));
/** Agent nouns by their shape: "hospitalist", "pediatrician", "dietitian", "psychiatrist", "podiatrist". */
const AGENT_SHAPE = /^[a-z]{3,}(?:ologist|iatrist|ician|itian|alist|apist|ographer)$/;
/** Courtesy and religious titles between a role and a name ("Chaplain Br. Tomás", "nurse Sr. Agnes"). */
const TITLE_BEFORE = /[ ](?:Br|Sr|Fr|Mr|Mrs|Ms|Mx|Miss|Rev)\.?[ ]+$/;
/** Heads that make a capitalised run an organisation or a place, not a person ("MD Anderson Cancer Center"). */
const ORG_OR_PLACE_HEAD =
  /^(?:Hospital|Clinic|Center|Centre|Institute|University|College|School|Academy|Inc|LLC|Ltd|Corp|Co|Company|Group|Bank|Church|County|City|Street|St|Road|Rd|Avenue|Ave|Boulevard|Drive|Lane|Park|Health|Medical|Pharmacy|Board|Department|Dept|Services|Foundation|Unit|Ward|House|Home|Hall)\b/;

let drugLexicon: DrugLexicon | undefined;
/** The built-in drug lexicon (generics, brands, Chinese names), built on first use. */
const drugs = (): DrugLexicon => (drugLexicon ??= builtInDrugLexicon());

/** A capitalised word, a hyphenated part capitalised too ("Booker-Hall", not "Re-eval"), ending where letters end. */
/** Clinical and service nouns a capitalised word may qualify ("Ebola exposure", "Lyme disease", "Medicare program"). */
const QUALIFIES =
  /^[ ](?:disease|syndrome|exposure|infection|virus|outbreak|vaccine|vaccination|test|testing|screen|screening|protocol|program|programme|service|services|patients?|cases?|positive|negative|status)\b/;
const CAP_WORD = /\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?![\p{L}-])/uy;
/** The word before a slot: one space, or a colon and a space or two ("Owner: Menon"); wider gaps separate fields. */
const WORD_BEFORE = /([A-Za-z][A-Za-z-]*)(?::[ ]{1,2}|[ ])$/;
/** A contraction ("I'll", "We've") or a short abbreviation before its full stop ("Ofc.", "Cst.", "Lic.", "Reg."). */
const NOT_NAME_FORM = /^(?:I|\p{Lu}[\p{Ll}]*['’](?:ll|re|ve|d|m|t))$/u;

/** Is this word a role noun (a job, a duty or a tie: "Physiotherapist", "nurse", "RN", "partner")? */
export const isRoleNoun = (w: string): boolean => isRole(w).role;

function isRole(w: string): { role: boolean; strict: boolean } {
  if (ROLE_ACRONYMS.has(w)) return { role: true, strict: true };
  const lower = w.toLowerCase();
  if (!ROLE_NOUNS.has(lower) && !AGENT_SHAPE.test(lower)) return { role: false, strict: true };
  return { role: true, strict: w !== lower };
}

/** Heads of job titles written in title case after a role ("Physician Assistant", "Nurse Practitioner"). */
const TITLE_HEADS = new Set(
  'assistant practitioner specialist associate director lead leader team staff charge consult note notes visit call station desk'.split(' '),
);

/** A capitalised word of a name's shape; `strict` also wants a known first name or no English word. */
function nameShaped(w: string, strict: boolean, lexicon: NameLexicon | undefined): boolean {
  // A name has a vowel ("Hgb", "Ptn" are abbreviations).
  if (!nameWord(w, lexicon) || NOT_NAME_FORM.test(w) || !/[aeiouyAEIOUYà-ÿ]/.test(w)) return false;
  const bare = w.replace(/['’]s$/, '');
  if (ROLE_NOUNS.has(bare.toLowerCase()) || TITLE_HEADS.has(bare.toLowerCase())) return false;
  return !strict || FIRST_NAMES.has(bare) || !englishWord(bare);
}

/**
 * What follows a person named in a role slot: a pause (punctuation, the end), a possessive, or a closed-class word
 * (a preposition, a conjunction, a relative pronoun, an auxiliary, a verb of speaking or coming) — "hospitalist Osei,
 * orders", "Sitter Ruthie at bedside", "educator Corinne to see her". A medicine, a test, a score, a device or a diet
 * goes on with what is done or measured: a number or a content word ("Sertraline increased", "Glasgow 14", "Holter
 * monitor", "Atkins diet"), so a role noun before them is no slot (review s14).
 */
const AFTER_NAME =
  /^(?:$|['’]s\b|[ ]?[,.;:!?)(/—–-]|[ ](?:at|in|on|re|to|and|or|for|from|with|by|of|about|regarding|after|before|while|when|because|until|van|von|de|da|del|der|bin|who|is|was|will|would|has|had|have|said|says|told|asked|called|came|left|reports?|reported|agreed|stated|notes?|noted|did|does|can|could|should|may|might)\b)/;

/** Where a word name's slot is closed, by the slot: a role slot that names a person (a title-like role, kin, care
 * staff) closes at a full stop, a line end or a field gap; an apposition at its second comma; a bracket at its end. */
export type WordNameClose = 'person' | 'apposition' | 'bracket';
const WORD_NAME_CLOSES: Record<WordNameClose, RegExp> = {
  // A comma counts only before a field gap or a line end ("Registrar: Hope,  no further imaging"); before words it
  // opens a list or a clause ("Carer: Summer, autumn and winter visits"). A colon makes the person an entry's speaker
  // ("AIN Grace: up wandering").
  person: /^(?:$|[,;]?[ \t]*(?:\n|$)|[,;]?[ \t]{2}|[.:](?:\s|$))/,
  apposition: /^,/,
  bracket: /^[),]/,
};
/** Role nouns whose field in a note usually holds a thing, not the person: what the dietitian, the pharmacist or the
 * physio planned ("Dietitian: Olive, rapeseed", "Pharmacist: May, rarely, cause", "Physio: Mark (with tape)"). */
const THING_FIELD_ROLES = new Set('dietitian dietician nutritionist pharmacist physio physiotherapist therapist OT PT RD SLP RT'.split(' '));
/** A RAG rating (red/amber/green) that is also a first name: its field or line is a rating ("Triage nurse: Amber"). */
const RATING_WORDS = new Set(['Amber']);

/** Does this role word's slot name a person only (a nurse, a carer, kin), not a plan or product (THING_FIELD_ROLES,
 * and the specialists by their shape: "Dermatologist: Doublebase", "Cardiologist: Holter")? */
export function personOnlyRole(role: string): boolean {
  return !THING_FIELD_ROLES.has(role) && !THING_FIELD_ROLES.has(role.toLowerCase()) && !AGENT_SHAPE.test(role.toLowerCase());
}

/**
 * A first name that is also an English word (WORD_FIRST_NAMES: Grace, Jade, Will, Hope) fills a slot only with two
 * signs: the slot, and a close the word's other sense cannot give — the slot's own close (`close`, none for a field
 * that holds things) or a surname after it that is no English word ("Supervisor: Will Hatcher"). "Nurse: Will call
 * back", "Nurse: Will / can phone", "RN Grace period", "Pharmacist: May, rarely, cause" stay.
 */
function wordNameInSlot(text: string, w: string, end: number, lexicon: NameLexicon | undefined, close: WordNameClose | null): boolean {
  if (!WORD_FIRST_NAMES.has(w)) return false;
  // A rating closes its field or line as a name would ("Triage nurse: Amber\n"); commas around it are no rating's.
  const rating = RATING_WORDS.has(w) && close === 'person';
  if (close && !rating && WORD_NAME_CLOSES[close].test(text.slice(end, end + 30))) return true;
  CAP_WORD.lastIndex = end + 1;
  const next = text[end] === ' ' ? CAP_WORD.exec(text) : null;
  if (!next || next.index !== end + 1 || WORD_FIRST_NAMES.has(next[0])) return false;
  // A surname: a known first name or no English word ("Dr Grace Okafor"), never a capitalised word ("Will Want") —
  // unless a person's field closes right after it ("Supervisor: Will Hatcher\n").
  const closes = close === 'person' && WORD_NAME_CLOSES.person.test(text.slice(next.index + next[0].length));
  return nameShaped(next[0], true, lexicon) || (closes && nameShaped(next[0], false, lexicon));
}

/** The capitalised words of a name from `at`: the first, then up to two more that are name-shaped. */
function nameRun(text: string, at: number, strict: boolean, lexicon: NameLexicon | undefined, field = false, close: WordNameClose | null = null): number {
  CAP_WORD.lastIndex = at;
  const first = CAP_WORD.exec(text);
  if (!first) return -1;
  const wordName = wordNameInSlot(text, first[0], at + first[0].length, lexicon, close);
  if (!(nameShaped(first[0], strict, lexicon) || wordName)) return -1;
  // A medicine the product knows, by its name or by its shape, is no person ("Psychiatrist: Sertraline, Abilify").
  const bare = first[0].replace(/['’]s$/, '');
  if (drugs().isKnown(bare) || isMedicineShape(bare)) return -1;
  if (first[0].length <= 3 && text[at + first[0].length] === '.' && !FIRST_NAMES.has(first[0]) && !WORD_FIRST_NAMES.has(first[0])) return -1;
  // A word a scan split in two ("Rheumato logist"): joined, it is an English word.
  const rest = /^[ ]([a-z]{3,})/.exec(text.slice(at + first[0].length, at + first[0].length + 20));
  if (rest && englishWord(first[0] + rest[1])) return -1;
  let end = at + first[0].length;
  for (let k = 0; k < 2; k++) {
    if (text[end] !== ' ') break;
    CAP_WORD.lastIndex = end + 1;
    const next = CAP_WORD.exec(text);
    if (!next || !nameShaped(next[0], false, lexicon)) break;
    end = end + 1 + next[0].length;
  }
  // A possessive ending belongs to the sentence, not the name.
  const poss = /['’]s$/.exec(text.slice(at, end));
  if (poss) end -= poss[0].length;
  // "MD Anderson Cancer Center": the run heads an organisation or a place; "worker Ebola exposure": it qualifies a
  // clinical noun, as a disease or a programme does, not as a person.
  if (ORG_OR_PLACE_HEAD.test(text.slice(end).replace(/^[ ]+/, '')) || QUALIFIES.test(text.slice(end, end + 16))) return -1;
  // A field's value may close its line or meet the next field only when it is a known first name or a word name its
  // slot closes ("Partner: Bill" at a line end, "Chaplain: Grace   Visit:"): any other capitalised word there may be a
  // product, a device, a scale or a status ("Dietitian: Nutramigen", "Physio: Zimmer", "Social worker: Discharged").
  // Not a people, a language or a faith, which a kin field also holds ("Mother: Tagalog").
  const known = FIRST_NAMES.has(bare) || wordName;
  const fieldCloses = field && known && /^(?:[ \t]*\n|[ \t]{2})/.test(text.slice(end, end + 4)) && !backgroundWord(text, at);
  if (!AFTER_NAME.test(text.slice(end, end + 12)) && !fieldCloses) return -1;
  return end;
}

/** A people, a language, a faith, a disease eponym or a medicine at `at` (the bracket's first word), never a name. */
function backgroundWord(text: string, at: number): boolean {
  CAP_WORD.lastIndex = at;
  const w = CAP_WORD.exec(text)?.[0];
  if (!w) return false;
  if (BACKGROUND_EN.has(w) || EPONYMS.has(w) || knownMedicine(w) || isMedicineShape(w)) return true;
  // Peoples by their ending ("Nigerian", "Eritrean") in words longer than the given names of that shape (Julian,
  // Adrian, Damian), unless a known first name; -ese, -ish and -ic end names too (Tyrese, Manish, Dominic): listed only.
  return /(?:ian|ean)$/.test(w) && w.length >= 7 && !FIRST_NAMES.has(w);
}

/** A role noun after a determiner (and one modifier), then a comma: the noun phrase a name in apposition renames. */
const APPOSITION = new RegExp(
  `(?<![\\p{L}])(?:${DETERMINERS_EN.map((d) => `[${d[0]}${d[0].toLowerCase()}]${d.slice(1)}`).join('|')})[ ]+(?:[a-z]+[ ]+)?([a-z][a-z-]*),[ ]$`,
  'u',
);

/** List joiners: a slash, "and", "&" — not a comma, which also ends the clause ("nurse Oksana, Keppra held"). */
const LIST_NEXT = /^(?:[ ]?\/[ ]?|[ ]and[ ]|[ ]&[ ])/;
const BRACKETED_ROLE = /^[ ]\(([A-Za-z-]+)(?:[ ]([A-Za-z-]+))?[),]/;
/** A role or kin noun and the bracket opened right after it, before the word read ("mother (", "RN ("). */
const BRACKET_OPEN = /(?<![A-Za-z-])([A-Za-z][A-Za-z-]*)[ ]\($/;

export function personSlotsEn(text: string, lexicon?: NameLexicon): PhiSpan[] {
  if (!/[A-Z]/.test(text)) return [];
  const out: PhiSpan[] = [];
  const push = (start: number, end: number) => {
    out.push(span('NAME', text, start, end));
    // The next members of a list after the name ("Menon / Solano", "Jun and Corinne").
    for (let k = 0; k < 4; k++) {
      const sep = LIST_NEXT.exec(text.slice(end, end + 6));
      if (!sep) break;
      const at = end + sep[0].length;
      // A list member shares the slot of the name before it: its capital is the evidence ("Menon / Solano").
      const e = nameRun(text, at, false, lexicon);
      if (e < 0) break;
      out.push(span('NAME', text, at, e));
      end = e;
    }
  };
  for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’]/gu)) {
    const at = m.index ?? 0;
    // A title abbreviation is no name ("Chaplain Br. Tomás": Br. is passed over, Tomás is read).
    if (/^(?:Br|Sr|Fr|Mr|Mrs|Ms|Mx|Rev)\./.test(text.slice(at, at + 5))) continue;
    // A title between the role and the name is passed over: "Chaplain Br. Tomás".
    const before = text.slice(Math.max(0, at - 40), at).replace(TITLE_BEFORE, ' ');
    // In a bracket opened right after a role or kin noun ("mom (Colleen)", "partner (Lachlan)", "brother (Finn, 9)"):
    // the bracket names the person the noun is about when the word fills it up to its close or a comma. The word must
    // be a first name or no English word (strict), so clinical content there stays ("mother (Deceased)", "(Healthy)",
    // "(Twin)") — and a name that is also a word is left ("mother (Hoa)", "roommate (Dev)"). What a record puts in that
    // bracket besides a name is who the person is or what they have: a people, a language, a faith or its fast, a
    // disease eponym, a medicine ("Father (Pashto)", "Dad (Ramadan)", "Brother (Becker)", "Mum (Sertraline)").
    const bracket = BRACKET_OPEN.exec(before);
    if (bracket && isRole(bracket[1]).role && !backgroundWord(text, at)) {
      const end = nameRun(text, at, true, lexicon, false, 'bracket');
      if (end > 0 && /^[),]/.test(text.slice(end, end + 1))) {
        out.push(span('NAME', text, at, end));
        continue;
      }
    }
    const w = WORD_BEFORE.exec(before);
    if (w) {
      const r = isRole(w[1]);
      // A role acronym opening a line or a sentence heads an entry ("PT Eval", "RN Hgb 9.2"): no person's slot.
      const heading = ROLE_ACRONYMS.has(w[1]) && /(?:^|\n|[.;!?][ ]+)[ \t]*$/.test(before.slice(0, w.index));
      if (r.role && !heading) {
        const end = nameRun(text, at, r.strict, lexicon, w[0].includes(':'), personOnlyRole(w[1]) ? 'person' : null);
        if (end > 0) {
          push(at, end);
          continue;
        }
      }
    }
    // In apposition to a role noun in prose, set off by commas on both sides: "told by a nurse, Jade, that",
    // "The nurse, Grace, was kind", "a student nurse, Amber, mentioned". The determiner makes the role a noun phrase
    // the commas rename; the word must be a known first name (a word name too), and the second comma must close it —
    // any other capitalised word there may be a firm ("My pharmacist, Lloyds,", "My physio, Bupa,").
    const ap = APPOSITION.exec(before);
    if (ap && isRole(ap[1]).role && ap[1] === ap[1].toLowerCase()) {
      const end = nameRun(text, at, true, lexicon, false, 'apposition');
      const first = text.slice(at, end).split(' ')[0];
      if (end > 0 && text[end] === ',' && (FIRST_NAMES.has(first) || WORD_FIRST_NAMES.has(first))) {
        out.push(span('NAME', text, at, end));
        continue;
      }
    }
    // Before a bracketed role: "Gabe (charge RN)", "Ferreira (daughter)".
    const end = nameRun(text, at, true, lexicon);
    if (end < 0) continue;
    const br = BRACKETED_ROLE.exec(text.slice(end, end + 40));
    // The role is the bracket's head, its last word ("charge RN", "care coordinator"); "(nurse gives)" is a clause.
    if (br && isRole(br[2] ?? br[1]).role) push(at, end);
  }
  return out;
}
