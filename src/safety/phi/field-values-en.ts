// An English person field's value read by the extent the form gives it (issue #11, s33) — the English counterpart of
// form-values-zh.ts. In a form line ("Surname: O'DONNELL   Forename: Kieran   DOB: …", "Sample taken by: Kirsty (MW)",
// "Handed over by: Precious M. (RN)  To: Ollie (RN)", "RPh: JLK", "Assistant: Brittney\n") the value of a field is closed
// by the layout — a wide gap, a line end, the next field, a bracketed role code or a credential — so it is judged whole,
// by the shape the label asks for, not by a list of names:
//  - a label naming a PART of a name (surname, forename, given/first/last/family name) takes one word in any case;
//  - a label naming an act staff sign for ("taken by", "Checked by", "Chk", "Collector", "Transcribed") or a role
//    that only a person fills (the visit's assistant, scribe, chaperone, partner) takes one to three capitalised words;
//  - an act label, or a staff role that signs with initials (pharmacist, nurse, RN, midwife, tech), takes initials
//    (2–4 letters: "Chk: WSM", "RPh: TNG", "Pharmacist: RB", "Transcribed: jlm").
// Printed forms put the same field two more ways: a dot leader for the colon ("INSURED NAME ........ TRAN, LINH T"),
// and a label's name line with the date of birth or the sex after a gap ("JOSEPH A NWOSU    DOB 07/30/1962").
// A field is read only where a form puts it: the label opens a line, or follows a wide gap, a tab or a pipe. Single
// words that are English words ("Assistant: None", "Witness: Declined") need a bracketed role code or credential after
// them, or a known first name; clinical words, medicines, languages, credentials and ward codes never fill the field.
// Spans rank below every reading (index.ts FILL_RANK): they fill only text no other reader claimed.
import type { PhiSpan } from '../types.js';
import { clinicalAbbreviations } from '../../knowledge/clinical-abbreviations.js';
import { englishWord } from '../../knowledge/english-words.js';
import { knownMedicine } from './clinical-vocabulary.js';
import { BACKGROUND_EN, CREDENTIALS_EN, FIRST_NAMES } from './names-en-lists.js';
import type { NameLexicon } from './names-zh.js';
import { isRoleNoun } from './person-slots-en.js';
import { span } from './span.js';
import { NOT_PERSON_LABEL_EN, nameWord } from './structure-en.js';

/** A field: a label of one to four words where a form puts it (a line start, a wide gap, a tab, a pipe), a colon. */
const FIELD = /(?:^|\n|\t|[ ]{2,}|\|[ ]?)[ \t]*([A-Za-z][A-Za-z.'’/-]*(?:[ ][A-Za-z][A-Za-z.'’/-]*){0,3})[ ]?:[ \t]{1,3}(?=\S)/g;

/** Labels naming a part of a name. */
const NAME_PART_LABEL = /^(?:(?:sur|fore|christian[ ]|given[ ]|first[ ]|last[ ]|family[ ]|middle[ ]|maiden[ ])names?|given|first|last)$/i;
/** Labels naming an act staff sign for: "<participle> by", and the one-word forms records print. Participles that
 * also take a thing as their object ("Administered: Fortisip", "Performed: Holter") are left out. */
const ACT_LABEL =
  /(?:\bby|^(?:chk|chkd|checked|checker|verified|verifier|transcribed|transcriber|typed|dictated|collector|witness|witnessed|signed|rph|phlebotomist|scribe|reporter|recorder))$/i;
/** Staff who sign a record with their initials ("Pharmacist: RB", "Triage RN: MRK"): initials only — a capitalised
 * word in their field may be a product or a device ("Pharmacist: Fultium", "Nurse: Mirena"; review s28). */
const INITIALS_LABEL = /(?:^|[ /])(?:pharmacist|rph|nurse|rn|midwife|tech|technician)$/i;
/** Roles whose field holds the person who assisted or recorded at a visit, never a thing (the shared role nouns are read
 * by person-slots-en.ts, which asks more of a lone word there: a carer's or physio's field may hold a frame or a diet). */
const FIELD_ROLES = new Set('assistant asst scribe chaperone escort hygienist hyg partner advisor adviser'.split(' '));
/** Labels addressed to a person ("To:", "From:", "Attn:"): a person only with a role code or credential after them. */
const ADDRESS_LABEL = /^(?:to|from|attn|cc)$/i;

/** What closes a value in a form: the end, a line end, a wide gap, a pipe or semicolon, a bracket (a qualifier: "(ID
 * HA339)", "(thumb print)"), or a role code / credential. */
const CLOSE = /^(?:$|[ \t]*\r?\n|[ \t]{2,}|\t|[ ]?[|;(])/;
/** A bracketed role code or role after the value ("(RN)", "(MW)", "(charge RN)"), or a credential after a comma. */
const ROLE_AFTER = new RegExp(`^(?:[ ]?\\((?:[A-Z]{2,5}|[a-z]+[ ][A-Z]{2,5})\\)|,[ ]?(?:${CREDENTIALS_EN.join('|')})\\b)`);

/** A capitalised name word (O'Donnell, McAllister, Booker-Hall), an initial, an upper-case word, initials. */
const TITLE_WORD = "(?:Mc|Mac|O['’])?\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
const TITLE_VALUE = new RegExp(`^${TITLE_WORD}(?:[ ](?:\\p{Lu}\\.|${TITLE_WORD})){0,2}(?![\\p{L}\\d'’-])`, 'u');
const UPPER_VALUE = /^(?:MC|MAC|O['’])?[A-Z]{2,}(?:[-'’][A-Z]{2,})?(?![\p{L}\d])/u;
const INITIALS_VALUE = /^(?:[A-Z]{2,4}|[a-z]{2,3})(?![\p{L}\d.])/u;

/** Codes that fill staff fields but are no one's initials: credentials, units, orders, placeholders. */
const NOT_INITIALS = new Set([
  ...CREDENTIALS_EN.map((c) => c.toUpperCase()),
  ...'NA NIL NKA NKDA TBC TBA TBD OK YES NO ED ER GP ICU CCU HDU NICU PICU OPD ENT AM PM IV PO IM SC SL PR NG PRN STAT BD TDS QDS BID TID QID QD HS CT MRI ECG EEG ASAP NHS MW HCA AIN CM PCA CHW SELF NONE UNK DNR DNAR CBC FBC LFT LFTS UE BMP CMP ABG VBG CXR BP HR RR GCS SOB CP NAD NBM NPO AKI UTI COPD BMI BSL BGL OBS NEWS'.split(
    ' ',
  ),
]);

/** What a form writes where a name is not known. */
const PLACEHOLDER = /^(?:UNKNOWN|UNK|NONE|NIL|NOT|PENDING|SAME|SELF|UNNAMED|ANON|ANONYMOUS|TBC|TBA|TBD|REDACTED|WITHHELD|BABY|INFANT|MALE|FEMALE|DOE)$/;

type LabelKind = 'part' | 'act' | 'initials' | 'role' | 'address';

function labelKind(label: string): LabelKind | null {
  const l = label.trim().replace(/\.$/, '');
  if (NAME_PART_LABEL.test(l)) return 'part';
  if (NOT_PERSON_LABEL_EN.test(l)) return null;
  if (ACT_LABEL.test(l)) return 'act';
  if (INITIALS_LABEL.test(l)) return 'initials';
  if (ADDRESS_LABEL.test(l)) return 'address';
  const last = l.split(/[ /]/).pop() ?? '';
  if (FIELD_ROLES.has(last.toLowerCase())) return 'role';
  return null;
}

/** A capitalised word that can be part of a name here: a name's shape, no medicine, no role, no credential. */
function nameLike(w: string, lexicon: NameLexicon | undefined): boolean {
  if (/^\p{Lu}\.$/u.test(w)) return true;
  if (!/[aeiouyAEIOUYà-ÿ]/.test(w) || !nameWord(w, lexicon) || knownMedicine(w) || BACKGROUND_EN.has(w)) return false;
  return !isRoleNoun(w) && !FIELD_ROLES.has(w.toLowerCase());
}

/** Names that are the whole value of a person's field in an English form line. */
export function formNamesEn(text: string, lexicon?: NameLexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/ \.{2,} /.test(text)) leaderFields(text, out);
  if (/[A-Z]{2}[ \t]{2,}/.test(text)) demographicHeads(text, out);
  if (!/:[ \t]/.test(text)) return out;
  FIELD.lastIndex = 0;
  for (const m of text.matchAll(FIELD)) {
    const kind = labelKind(m[1]);
    if (!kind) continue;
    const at = (m.index ?? 0) + m[0].length;
    const rest = text.slice(at, at + 60);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at);
    const value = readValue(rest, kind, lexicon, m[1], text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
    if (value) out.push(span('NAME', text, at, at + value));
  }
  return out;
}

/** The length of the name that fills the field at the start of `rest`, or 0. */
function readValue(rest: string, kind: LabelKind, lexicon: NameLexicon | undefined, label = '', line = ''): number {
  const closedAt = (n: number): { closed: boolean; role: boolean } => {
    const after = rest.slice(n);
    const role = ROLE_AFTER.test(after);
    return { closed: role || CLOSE.test(after), role };
  };
  const title = kind === 'initials' ? null : TITLE_VALUE.exec(rest);
  if (title) {
    // The longest run of name words the form closes; a trailing initial stays with it ("Precious M. (RN)").
    const words = title[0].split(' ');
    for (let n = words.length; n >= 1; n--) {
      const v = words.slice(0, n).join(' ');
      const { closed, role } = closedAt(v.length);
      if (!closed || !words.slice(0, n).every((w) => nameLike(w, lexicon)) || /^\p{Lu}\.$/u.test(words[0])) continue;
      if (kind === 'address' && !role) return 0;
      // One word that is also an English word is a name only with a role code after it or as a known first name,
      // or in a field that holds only a part of a name.
      const plain = words.slice(0, n).filter((w) => !/^\p{Lu}\.$/u.test(w));
      if (plain.length === 1 && englishWord(plain[0]) && !FIRST_NAMES.has(plain[0]) && !role && kind !== 'part') return 0;
      // (review s33) One capitalised word alone after an act label is as often the device or system that did the act
      // ("Checked by: Omnicell", "Taken by: Dexcom", "Collector: Vacutainer"): a person only as a known first name, with
      // a role code after it, or with an initial beside it.
      if (kind === 'act' && n === 1 && !role && !FIRST_NAMES.has(plain[0])) return 0;
      return v.length;
    }
    return 0;
  }
  const upper = UPPER_VALUE.exec(rest);
  if (upper && kind === 'part') {
    const w = upper[0];
    // A surname field holds surnames that are words too (BAKER, ABERNETHY); only a placeholder is no name.
    if (w.length >= 3 && /[AEIOUY]/.test(w) && !PLACEHOLDER.test(w) && !NOT_INITIALS.has(w) && closedAt(w.length).closed) return w.length;
  }
  const initials = INITIALS_VALUE.exec(rest);
  if (initials && (kind === 'act' || kind === 'initials')) {
    const w = initials[0];
    if (NOT_INITIALS.has(w.toUpperCase()) || (w === w.toLowerCase() && englishWord(w))) return 0;
    // (review s33) A code after an act label is as often the system, the test or the record that did or holds the act
    // ("Checked by: BM", "Verified by: LIS", "Witness: CCTV", "Chk: BNF"): initials there need a person beside them.
    if (kind === 'act' && !actInitials(w, rest, label, line)) return 0;
    // Lower-case initials only where the form closes them at a line end or a gap ("Transcribed: jlm  |").
    if (closedAt(w.length).closed) return w.length;
  }
  return 0;
}

// ---- initials after an act label (review s33) ------------------------------------------------------------------------
/** Act labels that name the person by their office (a pharmacist, a specimen collector, a scribe, a transcriber): they
 * sign with initials, and a clinical code there is no one's. */
const PERSON_ACT_LABEL = /^(?:rph|collector|phlebotomist|scribe|transcriber)$/i;
/** Labels whose lower-case initials are a typist's ("Transcribed: jlm", "Typed by: kd"). */
const TYPIST_LABEL = /^(?:transcribed|transcriber|typed|typed[ ]by|dictated|dictated[ ]by|transcribed[ ]by)$/i;
/** A name in a bracket after the initials ("TL (Tamsin Lowe, …)"): two capitalised words, one a known first name or
 * no English word, or a credential or role after them ("MAR (Medication Administration Record)" names no one). */
const BRACKET_NAME = /^[ ]?\((?:Mc|Mac|O['’])?(\p{Lu}[\p{Ll}'’]+)[ ](?:Mc|Mac|O['’])?(\p{Lu}[\p{Ll}'’]+)(?:,[ ]?([A-Za-z]+))?/u;
/** Another staff sign on the same line ("Disp: Lee KW  Chk: WSM"): a dispensing, giving or checking label with a
 * person's value — a name word with initials, initials with a name word, a title and a name, or a known first name and a
 * surname. */
const PAIRED_SIGN =
  /(?:^|[ \t]{2,}|\t|\|[ ]?)([A-Za-z][A-Za-z ]{1,16}?)[ ]?:[ \t]{1,3}((?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+[ ]\p{Lu}{1,3}(?![\p{L}])|\p{Lu}{1,3}[ ](?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+|(?:Dr|Sr|Mr|Mrs|Ms|Miss)\.?[ ]\p{Lu}[\p{Ll}'’]+|(\p{Lu}[\p{Ll}'’]+)[ ](?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’]+)/gu;
const PAIRED_LABEL =
  /^(?:disp|dispensed(?:[ ]by)?|dispenser|prep|prepared(?:[ ]by)?|chk|checked(?:[ ]by)?|checker|given(?:[ ]by)?|administered[ ]by|witness(?:ed)?(?:[ ]by)?|second[ ]checker|rph|pharmacist|nurse|rn)$/i;

let abbreviations: ReadonlySet<string> | undefined;
/** A code the clinical-abbreviation list holds (HIV, DVT, VTE …). */
function clinicalCode(w: string): boolean {
  abbreviations ??= new Set(clinicalAbbreviations().flatMap((e) => e.short.map((x) => x.toUpperCase())));
  return abbreviations.has(w.toUpperCase());
}

/** Initials `w` at the start of `rest` after an act label are a person's: a role code or a bracketed name after them,
 * another person's sign on the same line, or an office label (RPh:, Collector:) holding no clinical code; lower-case
 * initials after a typist's label. */
function actInitials(w: string, rest: string, label: string, line: string): boolean {
  const after = rest.slice(w.length);
  if (ROLE_AFTER.test(after)) return true;
  const bracket = BRACKET_NAME.exec(after);
  if (bracket && [bracket[1], bracket[2]].some((b) => FIRST_NAMES.has(b) || !englishWord(b.replace(/['’]/g, '')))) return true;
  // …or a credential, a registration body or a staff role after a comma ("(Oriel Thwaite, pharmacist)").
  if (bracket?.[3] && (CREDENTIALS_EN.includes(bracket[3].toUpperCase()) || /^(?:AHPRA|GMC|NMC|HCPC|GPhC|NPI)$/.test(bracket[3]) || isRoleNoun(bracket[3])))
    return true;
  const l = label.trim().replace(/\.$/, '');
  if (w === w.toLowerCase()) return TYPIST_LABEL.test(l);
  if (clinicalCode(w)) return false;
  if (PERSON_ACT_LABEL.test(l)) return true;
  PAIRED_SIGN.lastIndex = 0;
  for (const m of line.matchAll(PAIRED_SIGN)) {
    // A full name there needs a first name the lists know ("Given by: Anna Price"; not "Given by: Insulin Pen").
    if (PAIRED_LABEL.test(m[1].trim()) && !m[2].startsWith(w) && (!m[3] || FIRST_NAMES.has(m[3]))) return true;
  }
  return false;
}

// ---- printed forms: dot leaders and a label's name line --------------------------------------------------------------
/** A field printed with a dot leader instead of a colon ("4   INSURED NAME .............. TRAN, LINH T"). */
const LEADER_FIELD = /(?:^|\n)[ \t]*(?:\d{1,2}[a-z]?\.?[ \t]+)?([A-Za-z][A-Za-z'’/ ,()-]{1,40}?)[ ]\.{2,}[ ]/g;
/** Leader labels whose value is a person: the patient, the insured, a name; never an employer, a plan or a place. */
const LEADER_PERSON = /(?:^|[\s'’(])(?:name|patient|insured|subscriber|member|claimant|beneficiary|guardian)(?:['’]s)?(?:[ ]?\([^)]*\))?$/i;
const LEADER_NOT_PERSON =
  /employer|company|facility|hospital|clinic|practice|pharmacy|plan|program|insurance|insurer|group|school|product|drug|address|street|city|state/i;
/** An upper-case name as claim forms print it: "TRAN, LINH T", "O'BRIEN, SEAMUS, P", "KEVIN M TRAN". */
const UPPER_NAME =
  /^[A-Z][A-Z'’-]+(?:,[ ]?[A-Z][A-Z'’-]*(?:,?[ ][A-Z][A-Z'’-]*\.?)?|(?:[ ][A-Z]\.?)?(?:[ ][A-Z][A-Z'’-]+){1,2})(?=[ \t]*(?:\r?\n|$)|[ \t]{2,})/;

function leaderFields(text: string, out: PhiSpan[]): void {
  LEADER_FIELD.lastIndex = 0;
  for (const m of text.matchAll(LEADER_FIELD)) {
    const label = m[1].trim();
    if (!LEADER_PERSON.test(label) || LEADER_NOT_PERSON.test(label)) continue;
    const at = (m.index ?? 0) + m[0].length;
    const v = UPPER_NAME.exec(text.slice(at, at + 60))?.[0];
    // "LAST, FIRST" in a person's field is a name even when both are words ("SMITH, JOHN"); words alone need one that
    // is no English word.
    if (v && (/,/.test(v) ? !v.split(/[ ,.]+/).some((w) => PLACEHOLDER.test(w)) : upperNameWords(v))) out.push(span('NAME', text, at, at + v.length));
  }
}

/** A name has a word that is no English word, no placeholder and no code ("TRAN", "NWOSU"; not "SAME AS ABOVE"). */
function upperNameWords(v: string): boolean {
  const words = v.split(/[ ,.]+/).filter(Boolean);
  if (words.some((w) => PLACEHOLDER.test(w))) return false;
  return words.some((w) => w.length >= 3 && /[AEIOUY]/.test(w) && !englishWord(w.replace(/['’-]/g, '')) && !NOT_INITIALS.has(w));
}

/** The name line of a printed label: a line that opens with an upper-case name and, after a gap, the person's date of
 * birth, sex or age ("JOSEPH A NWOSU    DOB 07/30/1962", "YEUNG HOI YAN 楊凱欣   F / 67Y"). */
const DEMOGRAPHIC_HEAD =
  /(?:^|\n)[ \t]*([A-Z][A-Z'’-]+(?:[ ](?:[A-Z]\.?|[A-Z][A-Z'’-]+)){1,3})(?=[ \t]{2,}(?:DOB\b|D\.O\.B|Date of [Bb]irth|Sex\b|SEX\b|[MF][ ]?\/|[MF]\b|Age\b|AGE\b|\d{1,3}[ ]?(?:Y|y|yo|YO)\b))/g;

function demographicHeads(text: string, out: PhiSpan[]): void {
  DEMOGRAPHIC_HEAD.lastIndex = 0;
  for (const m of text.matchAll(DEMOGRAPHIC_HEAD)) {
    const v = m[1];
    if (!upperNameWords(v)) continue;
    const at = (m.index ?? 0) + m[0].length - v.length;
    out.push(span('NAME', text, at, at + v.length));
  }
}
