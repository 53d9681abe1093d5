// English slots for people: field values, role nouns before a name, a name before its age or credentials, lone name
// lines above an address, vocatives, initials, upper-case "LAST, FIRST" lines, nicknames in brackets, positions.
// Part of the structure-aware reader (structure.ts).
import type { PhiSpan } from '../../core/phi-types.js';
import { COMMON_CAPITALISED, CREDENTIALS_CLEAR_EN, CREDENTIALS_EN, EPONYMS, FIRST_NAMES } from './names-en-lists.js';
import type { NameLexicon } from './names-zh.js';
import { PERSON_ROLE_NOUNS_EN } from './roles-en.js';
import { clinicalAbbreviations } from '../../knowledge/clinical-abbreviations.js';
import { knownMedicine } from './clinical-vocabulary.js';
import { KIN_EN } from './kin-nouns-en.js';
import { span } from './span.js';

// ---- English ----------------------------------------------------------------------------------------------------

const NAME_WORD = "(?:Mc|Mac|O'|O’|D'|Di|De|La|Le|Van|Von|St\\.\\s?)?\\p{Lu}[\\p{Ll}'’]+(?:-\\p{L}[\\p{Ll}'’]+)?";
const UPPER_WORD = "\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})?";
const INITIAL = '\\p{Lu}\\.';
/** Words of one name are on one line: a space (never a line break) between them. */
const SP = '[ \\u00a0]';
const NAME_SEQ = `(?:${INITIAL}${SP}?)?${NAME_WORD}(?:${SP}(?:${INITIAL}${SP})?${NAME_WORD}){0,3}`;
const CLINICAL_SHAPE =
  /(?:emia|aemia|itis|osis|oma|ectomy|otomy|ostomy|plasty|pathy|algia|uria|rrhea|pnea|ology|ologist|scopy|graphy|gram|azole|mab|nib|pril|sartan|statin|olol|dipine|mycin|cillin|cycline|floxacin|vir|tidine|prazole|formin|parin|semide|sone|olone|ism|tion|sion|ment|ness|syndrome|disease|virus)$/i;

/** A word that can be part of a person's name here: not common, not clinical, not an eponym, not a lexicon word. */
export function nameWord(w: string, lexicon?: NameLexicon): boolean {
  const x = w.replace(/[.,]$/, '').replace(/['’]s$/, '');
  if (/^\p{Lu}\.?$/u.test(x)) return true;
  if (COMMON_CAPITALISED.has(x) || EPONYMS.has(x) || NOT_NAME_EN.has(x)) return false;
  if (FIRST_NAMES.has(x)) return true;
  if (x.length >= 6 && CLINICAL_SHAPE.test(x)) return false;
  if (x.length >= 10 && /(?:ia|ae|us|um|al)$/.test(x)) return false;
  if (/^\p{Lu}{2,}$/u.test(x) && x.length <= 4) return false;
  return !lexicon || !(lexicon.has(x.toLowerCase()) || lexicon.has(x));
}

/** Capitalised words that open or fill labels and clauses but are never names in a record. */
const NOT_NAME_EN = new Set(
  (
    'Topical Product Products Each Oral Ophthalmic Otic Nasal Injection Injectable Tablet Tablets Capsule Cream Ointment Solution Suspension Spray Drops Gel Lotion Patch Powder Syrup Extract Preparation ' +
    'Dr Mr Mrs Ms Mx Miss Prof Sir Madam Rev Fr Sr Jr Capt Sgt Lt Col Gen Maj Cpl Pvt ' +
    'Patient Pt Name Date Time Age Sex Male Female Unknown None Denies Negative Positive Normal Stable Yes No Not Reason Plan Assessment ' +
    'Diagnosis Impression Findings Results Result Status Type Total Left Right Bilateral Follow Return Discharge Admit Admission Transfer ' +
    'Signed Reviewed Approved Pending Completed Declined Refused Verified Confirmed Notified Present Absent Deceased Alive Home Self ' +
    'Mother Father Parent Parents Son Daughter Wife Husband Sister Brother Spouse Guardian Friend Neighbor Neighbour Caregiver Resident ' +
    'Driver Attorney Counselor Counsellor Participant Member Veteran Rider Inmate Donor Collector Applicant Claimant Employee Candidate ' +
    'Examinee Athlete Dentist Nurse Physician Doctor Surgeon Adjuster Custodian Decedent Insured Subscriber Student Teacher Officer ' +
    'Subject User Client Customer Visitor Witness Interpreter Chaplain Pharmacist Therapist Technician Paramedic Deputy Sergeant ' +
    'Room Bed Unit Floor Ward Clinic Hospital Center Centre Department Service Services Program Office Street Road Avenue Suite ' +
    'Emergency Urgent Primary Care Medical Health Mental Behavioral Dental Vision Hearing Social Work Worker Case Manager Team Group ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Today Tomorrow Yesterday Tonight Morning Evening Night ' +
    'North South East West Northern Southern Eastern Western Upper Lower Central County City State Federal National American United ' +
    'Please Thank Thanks Dear Hi Hello Regards Sincerely Best Re Fwd Subject Attn Note Notes Summary Report Letter Form Request ' +
    'Insurance Plan Policy Claim Account Billing Payment Invoice Statement Balance Copay Deductible Coverage Prior Authorization ' +
    'Medicare Medicaid Tricare Aetna Cigna Humana Kaiser Blue Cross Shield UnitedHealthcare Anthem BCBS HMO PPO EPO ' +
    'Tylenol Advil Motrin Aspirin Insulin Lasix Coumadin Eliquis Xarelto Plavix Zoloft Prozac Xanax Ativan Norco Percocet ' +
    'English Spanish Chinese Mandarin Cantonese French German Arabic Russian Vietnamese Korean Japanese Hindi Portuguese ' +
    'The This That These Those There Here Then When Where What Which While With Without From Into Onto Over Under After Before During ' +
    'And Or But If As At By For In Of On To Up So No Nor Yet All Any Each Every Some Most More Less Other Another Such Same'
  ).split(/\s+/),
);

/** A label whose value is not a person (places, things, clinical content). */
export const NOT_PERSON_LABEL_EN =
  /(?:diagnos|location|reason|plan|drug|medication|department|facility|hospital|clinic|employer|company|address|insur|payer|status|procedure|finding|assessment|impression|vehicle|program|service|site|city|state|country|county|school|pharmacy|lab\b|study|protocol|title|unit|ward|specialt|result|test|exam|event|incident|type|category|item|product|device|make|model|brand|route|frequency|dose|allerg|history|complaint|disposition|destination|plate|occupation|job|position|language|religion|race|ethnicity|nationality|sex|gender|organization|agency|team|group|carrier|network|tier|level|grade|stage|class|code|team|course|campus|branch|plan|network|street|road|county|town|region)s?\s*$/i;

const FIELD_EN = new RegExp(`(?:^|\\n|\\t| {2,}|[;|•]|[.!?)] )[ \\t]*([A-Z][A-Za-z0-9/'’(), -]{1,34}?)[ \\t]*[:：][ \\t]*(?:${INITIAL}\\s?)?(?=\\p{Lu})`, 'gu');
const VALUE_EN = new RegExp(
  `^(?:(?:${UPPER_WORD}|${NAME_WORD}),${SP}?(?:${UPPER_WORD}|${NAME_WORD})(?:${SP}(?:${UPPER_WORD}|${NAME_WORD}))?(?:${SP}\\p{Lu}\\.?(?![\\p{L}]))?|${NAME_SEQ}|${UPPER_WORD}(?:${SP}${UPPER_WORD}){1,3})`,
  'u',
);
/** What may follow a name: the end of the line, punctuation, two spaces, a bracket, a credential or a number. */
const AFTER_NAME_EN =
  /^(?:$|\s*\n|\s{2,}|\s*[,;(（)\]|–—]|\.(?:\s|$)|\s+(?:-|and|who|was|is|has|had|will|said|called|reports?|notified|confirmed|verified|signed|\d))/;

/** Surnames that are also ordinary words: a name after a first name ("Lisa Park", "Hyun-woo Park", "Tom Young"). */
export const SURNAME_WORDS = new Set(
  'Park Young King Brown Green White Black Rose Long Hall Wood Bell Lee Price Rice Cook Page Hunter Mason Walker Baker Turner Parker Carter Cooper Ward Fox Gray Grey Stone Lane Hill Wells Banks Love Bishop Church Frost Golden Moon Snow Strong Sweet Bright Summers Winter Day Knight Marsh Moore Field Ford Rich Bush Reed Shaw Nash Cross Chase Grant Hope West North South Best Rock Sharp Hale Lord Pope Dean Lake Bond Swift Wise Little Small Short Head Little Stewart Miller Fisher Hunter Porter Potter Glass Wolf Lamb Bird Crane Drake Peacock Nightingale Temple Chapel Palmer Pilgrim Major Friend Guest Good Goodman Freeman Newman Noble'.split(
    ' ',
  ),
);

function trimWords(raw: string, lexicon?: NameLexicon): string {
  const words = raw.split(/\s+/);
  let n = 0;
  while (n < words.length && (nameWord(words[n], lexicon) || (n > 0 && SURNAME_WORDS.has(words[n].replace(/[.,]$/, ''))))) n++;
  return words.slice(0, n).join(' ');
}

/** Field values: "Claimant: Jasmine Patel", "Decedent: Walter Emmett Grayson   Age: 98", "ESPINOZA, RAMON". */
export function enFields(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  FIELD_EN.lastIndex = 0;
  for (const m of text.matchAll(FIELD_EN)) {
    const label = m[1].trim();
    if (NOT_PERSON_LABEL_EN.test(label)) continue;
    const at = (m.index ?? 0) + m[0].length;
    const v = VALUE_EN.exec(text.slice(at, at + 60));
    if (!v) continue;
    const raw = v[0];
    const upperLastFirst = /^\p{Lu}{2,}.*,/u.test(raw);
    const value = upperLastFirst || /,/.test(raw) ? raw : trimWords(raw, lexicon);
    const words = value.split(/[\s,]+/).filter((w) => w && !/^\p{Lu}\.$/u.test(w));
    if (!words.length) continue;
    if (/,/.test(value) && !words.every((w) => nameWord(w.charAt(0) + w.slice(1).toLowerCase(), lexicon))) continue;
    // One word is a name only after a role label that is a person and when it is a known first name or surname-like.
    if (words.length < 2 && !(FIRST_NAMES.has(words[0]) && PERSON_LABEL_EN.test(label))) continue;
    if (/^\p{Lu}{2,}(?:\s\p{Lu}{2,})+$/u.test(value) && !/(?:name|patient|member|insured|claimant)/i.test(label)) continue;
    if (!AFTER_NAME_EN.test(text.slice(at + value.length, at + value.length + 8))) continue;
    out.push(span('NAME', text, at, at + value.length));
  }
}

/** Role nouns a person's name follows in prose: "attorney Carla Vance", "Son Glenn", "Service member Tyrell Holcomb". */
const ROLE_WORDS_EN = [
  ...PERSON_ROLE_NOUNS_EN,
  'patient|pt|spouse|parents?|sibling|grandchild|neighbou?r|fianc[eé]e?|guardian|driver|attorney|lawyer|counsel(?:l?or)?|participant|' +
    'member|veteran|rider|inmate|donor|collector|applicant|claimant|employee|candidate|examinee|athlete|dentist|adjuster|custodian|' +
    'decedent|insured|subscriber|detective|agent|EMT|interpreter|translator|witness|visitor|tenant|client|infant|baby|boy|girl|child|' +
    'toddler|teen|teenager|juror|defendant|plaintiff|victim|recipient|provider|CPT|SGT|Sgt|Capt|Lt|Cpl|Pvt|SPC|PFC|Maj|Col|Gen|Staff|' +
    'mentor|case manager|social worker|home aide|met with|spoke with|helped|excuse|accompanied by|brought in by|seen by|referred by|per|cc|attn',
].join('|');
/** Case-insensitive first letter only: the name after the role must keep its own capitals (no `i` flag). */
const firstAnyCase = (alts: string): string =>
  alts
    .split('|')
    .map((a) => (/^[a-z]/i.test(a) ? `[${a[0].toLowerCase()}${a[0].toUpperCase()}]${a.slice(1)}` : a))
    .join('|');
const ROLE_EN = new RegExp(`\\b(?:${firstAnyCase(ROLE_WORDS_EN)})\\s+(${NAME_SEQ})`, 'gu');
const PERSON_LABEL_EN = new RegExp(`(?:${ROLE_WORDS_EN}|name|contact|signed|by|from|to|re|attn|dear)\\s*$`, 'i');

const KIN_ROLE = new RegExp(`^${KIN_EN}s?$`, 'i');

export function enRoles(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  ROLE_EN.lastIndex = 0;
  for (const m of text.matchAll(ROLE_EN)) {
    const raw = m[1];
    const at = (m.index ?? 0) + m[0].length - raw.length;
    const value = trimWords(raw, lexicon);
    if (!value) continue;
    const words = value.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
    if (!words.length) continue;
    // A single word after a lower-case role ("son Glenn") or a known first name; "patient Parkinson" never (eponym).
    if (words.length === 1) {
      const role = m[0].slice(0, m[0].length - raw.length).trim();
      const cased =
        /^[a-z]/.test(role) ||
        /^(?:Son|Daughter|Wife|Husband|Sister|Brother|Mother|Father|Mom|Dad|Neighbou?r|Friend|Driver|Nurse|Granddaughter|Grandson|Parents?)$/.test(role);
      if (!cased && !FIRST_NAMES.has(words[0])) continue;
      // A medicine the tables know after a kinship noun is left to the slot reader (slot-names.ts), which reads it by
      // the sentence's predicate ("husband Diazepam and Tramadol" lists medicines).
      if (KIN_ROLE.test(role) && knownMedicine(words[0].replace(/['’]s$/, ''))) continue;
      if (
        !AFTER_NAME_EN.test(text.slice(at + value.length, at + value.length + 8)) &&
        !/^[\s]+[a-z]/.test(text.slice(at + value.length, at + value.length + 3))
      )
        continue;
    }
    out.push(span('NAME', text, at, at + value.length));
  }
}

/** "Dorothy Klein, 91, …", "Leah Kaufman, DDS", "(Marcus Webb)", a lone name line above an address or a date. */
const NAME_THEN = new RegExp(
  `(?<![\\p{L}])(${NAME_WORD}(?:${SP}(?:${INITIAL}${SP})?${NAME_WORD}){1,3})(?=(?:[ ]\\([^()\\n]{1,30}\\))?,\\s*(?:\\d{1,3}\\s*(?:,|y|yo|years?|-year|M\\b|F\\b|male|female|man|woman)|age\\s\\d|(?:${CREDENTIALS_EN.join('|')})\\b))`,
  'gu',
);
const LONE_LINE_EN = new RegExp(
  `(?:^|\\n)[ \\t]*(?:[—–-]+\\s*)?(${NAME_WORD}(?:${SP}(?:${INITIAL}${SP})?${NAME_WORD}){1,3})[ \\t]*(?=\\n\\s*(?:\\d|P\\.?O\\.?|Apt|Suite|[A-Z][a-z]+,\\s[A-Z]{2}\\b)|$)`,
  'gu',
);
/** Vocatives and self-introductions: "Reminder: Jacob, you have…", "hey its Tasha,", "male, Curtis Ybarra, c/o". */
const VOCATIVE_EN = new RegExp(
  `(?:(?<=^|[:.!?]\\s|\\n)(${NAME_WORD}),\\s(?=you\\b|your\\b|please\\b|we\\b|this is\\b)|\\b(?:it'?s|it’s|this is|I'?m|I’m|I am|my name is|[Mm]ale,|[Ff]emale,|[Mm]an,|[Ww]oman,|[Bb]oy,|[Gg]irl,)\\s(${NAME_WORD}(?:${SP}${NAME_WORD}){0,2})(?=[,.!;]|\\s\\(|\\s(?:here|from|and|c\\/o|with|who)\\b))`,
  'gu',
);
/** One name word before a credential: "Handing off to Kim, RN." */
const ONE_BEFORE_CREDENTIAL = new RegExp(`\\b(?:to|with|by|from|and|per|cc|ask|call|page)\\s(${NAME_WORD}),\\s(?:${CREDENTIALS_CLEAR_EN.join('|')})\\b`, 'gu');
/** Upper-case names: a lone "ESPINOZA, RAMON" line (labels, pharmacy labels), "DR. K. MORITA". */
const UPPER_LAST_FIRST_LINE =
  /(?:^|\n)[ \t]*([A-Z]{2,}(?:[-'][A-Z]{2,})?,[ ]?(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[ ][A-Z]\.?|[ ][A-Z]{2,}|[ ][A-Z][a-z]+)?)[ \t]*(?=\n|$|[ ]+\d{1,3}[ ]?[MF]\b|[ ]{2,})/g;
const UPPER_TITLED = /\b(?:DR|MR|MRS|MS|PROF)\.?[ ]((?:[A-Z]\.[ ]?){0,2}[A-Z]{2,}(?:[-'][A-Z]{2,})?(?:[ ][A-Z]{2,})?)(?![a-z])/g;
/** An initial and a surname is a person ("M. Oyelaran, RN", "handover from RN K. Mbeki", "user B. Wright"). */
const INITIAL_SURNAME = new RegExp(`(?<![\\p{L}\\p{N}./])\\p{Lu}\\.[ ]?(?:\\p{Lu}\\.[ ]?)?${NAME_WORD}(?![\\p{L}])`, 'gu');
/** A nickname in brackets after a name: "Raymond Tillman (Ray)", "Edith Granger (goes by Edie)". */
const NICKNAME_EN = new RegExp(`(?<=\\p{Ll}[ ])\\((?:goes by|aka|a\\.k\\.a\\.|called|prefers|nickname:?|known as)?[ ]?(${NAME_WORD})\\)`, 'gu');
/** A quoted nickname inside a name is part of it: 'Lorna "Lolly" Ashby-Vance', 'Desmond "Dez" Okafor Baptiste' — a
 * capitalised word, a capitalised word in quotes, and one or two capitalised words (the first and last not common words). */
const QUOTED_NICKNAME = new RegExp(`(?<![\\p{L}])(${NAME_WORD})[ ]["“']\\p{Lu}[\\p{L}. -]{0,15}["”'][ ](${NAME_WORD})(?:[ ](${NAME_WORD}))?(?![\\p{L}])`, 'gu');
/** Newborns are named by the mother's surname: "Baby Girl Okoye", "Baby Boy Chen". */
const NEWBORN = new RegExp(`\\b[Bb]aby[ ](?:[Gg]irl|[Bb]oy)[ ](${NAME_WORD})`, 'gu');

const ENMORE_GATE = new RegExp(
  String.raw`, (?:you|your|please|we|this)\b|it'?s |it’s |this is |I'?m |I’m |I am |my name|(?:male|man|boy|girl), |, (?:${CREDENTIALS_CLEAR_EN.join('|')})\b|[Bb]aby [GgBb]`,
);

/**
 * Initials where a label names them as initials — the one reader for both languages: 姓名缩写：WJG, 拼音首字母 LXM,
 * "Subject initials: M-J-K", "Initials: RKB   Sex: F", "(initials R-L-K)", "Phlebotomist initials: TR". The label is
 * the evidence, so the value needs no name list; in English it must fill its field (a line end, a gap, a bracket's
 * close, a comma, the next capitalised field) and not be a placeholder, a sign-off word, a credential or a clinical
 * abbreviation ("Initials: N/A", "UNK", "OK", "RN", "CBC"); without a colon one space only, so a column heading row
 * ("TIME  INITIALS  BP  HR") names no one.
 */
const INITIALS_LABELLED = new RegExp(
  '(?:姓名缩写|名字缩写|缩写|拼音首字母)[:：]?\\s*([A-Z]{2,4})(?![A-Za-z])' +
    '|\\b(?:[Ii]nitials|INITIALS)(?:[ \\t]*(:)[ \\t]{0,3}|[ ])(\\p{Lu}(?:[-.]?\\p{Lu}){1,3}\\.?)(?![\\p{L}\\d])(?=[ \\t]*(?:$|\\n|[,;)])|[ \\t]{2}|[ \\t]+\\p{Lu}\\p{Ll})',
  'gu',
);
/**
 * Values of an initials field that are no one's initials: placeholders, checkbox and sign-off words, and the order,
 * dosing, shift and role abbreviations a chart's initials column sits beside (clinical-abbreviations.ts and
 * COMMON_CAPITALISED hold the diseases, tests and units).
 */
const NOT_INITIALS = new Set([
  ...['NA', 'NK', 'NKA', 'NKDA', 'UNK', 'TBD', 'TBA', 'NIL', 'NONE', 'DOB', 'MRN', 'ID', 'OK', 'YES', 'NO', 'DONE', 'ALL'],
  ...['PRN', 'BID', 'TID', 'QID', 'QD', 'DNR', 'ABX', 'GP', 'AM', 'PM', 'SIG', 'SIGN'],
  ...CREDENTIALS_EN,
]);
let abbreviations: ReadonlySet<string> | undefined;
/** A value the clinic writes for something else: a placeholder, a credential, an abbreviation. */
function notInitials(value: string): boolean {
  abbreviations ??= new Set(clinicalAbbreviations().flatMap((e) => e.short.map((s) => s.toUpperCase())));
  const bare = value.replace(/[-.]/g, '');
  return NOT_INITIALS.has(bare) || abbreviations.has(bare) || COMMON_CAPITALISED.has(bare);
}
/** Prose about the word ("what do the initials ICU mean", "the letters and initials MRI"): no field follows. */
const PROSE_BEFORE = /\b(?:the|these|those|and|or|what)\s+$/i;
/** A list of abbreviations after the value ("initials HTN, DM2", "AKI, CKD"): the comma does not close a field. */
const LIST_AFTER = /^\.?[ \t]*,[ \t]*\p{Lu}{2}/u;
/** A line of upper-case heading words ("DATE TIME INITIALS BP", "NAME / INITIALS SIGN"): a column row, no field. */
const HEADING_ROW = /^[ \t]*\p{Lu}{2,}(?:[ \t/|]+\p{Lu}{2,})+[ \t]*$/u;

export function labelledInitials(text: string, out: PhiSpan[]): void {
  if (!/缩写|首字母|initials/i.test(text)) return;
  INITIALS_LABELLED.lastIndex = 0;
  for (const m of text.matchAll(INITIALS_LABELLED)) {
    const value = m[1] ?? m[3];
    if (!value) continue;
    const at = (m.index ?? 0) + m[0].length - value.length;
    if (m[3]) {
      const end = at + value.length;
      if (notInitials(value) || LIST_AFTER.test(text.slice(end - (value.endsWith('.') ? 1 : 0)))) continue;
      if (!m[2]) {
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        const lineEnd = text.indexOf('\n', end);
        const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
        if (PROSE_BEFORE.test(text.slice(lineStart, m.index ?? 0)) || HEADING_ROW.test(line)) continue;
      }
    }
    out.push(span('NAME', text, at, at + value.length));
  }
}

export function enMore(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  INITIAL_SURNAME.lastIndex = 0;
  for (const m of text.matchAll(INITIAL_SURNAME)) {
    const surname = m[0].replace(/^(?:\p{Lu}\.[ ]?)+/u, '');
    // "5.2 mmol/L. Creatinine": a unit letter after a number ends a sentence, it is no initial.
    if (/\d\s?$/.test(text.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0))) continue;
    // "U.S. Army", "A. Fib" are not names: the surname must be a name word and not a clinical or common one.
    if (!nameWord(surname, lexicon) || /^(?:Army|Navy|Air|Fib|Flutter|Coli|Aureus|Pylori|Difficile|Pneumoniae|Street|Ave|Avenue|Road)$/.test(surname)) continue;
    out.push(span('NAME', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  if (text.includes('(')) {
    NICKNAME_EN.lastIndex = 0;
    for (const m of text.matchAll(NICKNAME_EN)) {
      const before = /(\p{Lu}\p{Ll}+)[ ](\p{Lu}\p{Ll}+)[ ]$/u.exec(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0));
      const cued = /^\((?:goes|aka|a\.k|called|prefers|nick|known)/.test(m[0]);
      // A bracketed word after a full name is a nickname ("Raymond Tillman (Ray)"); after a drug it is a brand.
      if (!cued && !(before && FIRST_NAMES.has(before[1]) && nameWord(before[2], lexicon) && FIRST_NAMES.has(m[1]))) continue;
      if (!nameWord(m[1], lexicon)) continue;
      const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      out.push(span('NAME', text, at, at + m[1].length));
    }
  }
  if (/[A-Za-z][ ]["“']\p{Lu}/u.test(text)) {
    QUOTED_NICKNAME.lastIndex = 0;
    for (const m of text.matchAll(QUOTED_NICKNAME)) {
      const last = m[3] ?? m[2];
      if (!nameWord(m[1], lexicon) || !nameWord(last, lexicon)) continue;
      out.push(span('NAME', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
    }
  }
  for (const re of ENMORE_GATE.test(text) ? [VOCATIVE_EN, ONE_BEFORE_CREDENTIAL, NEWBORN] : []) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[1] ?? m[2];
      if (!raw) continue;
      const words = raw.split(' ');
      if (!words.every((w) => nameWord(w, lexicon))) continue;
      // A bare vocative ("Jacob, you…") is a known first name or follows a label colon; "Finally, we…" is not one.
      if (re === VOCATIVE_EN && m[1] && !FIRST_NAMES.has(raw) && !/:\s*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0))) continue;
      if (
        re === VOCATIVE_EN &&
        words.length === 1 &&
        /^(?:Doctor|Doc|Sir|Madam|Mom|Dad|Honey|Dear|Guys|Everyone|Hi|Hello|Hey|Thanks|Okay|Ok|Well|Yes|No|So|Now|Also)$/.test(raw)
      )
        continue;
      const at = (m.index ?? 0) + m[0].lastIndexOf(raw);
      out.push(span('NAME', text, at, at + raw.length));
    }
  }
  for (const re of /[A-Z]{2,}[ ,.]+[A-Z]/.test(text) ? [UPPER_LAST_FIRST_LINE, UPPER_TITLED] : []) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const words = m[1].split(/[ ,.]+/).filter((w) => w.length >= 2);
      if (!words.length || words.some((w) => !nameWord(w.charAt(0) + w.slice(1).toLowerCase(), lexicon) || NOT_NAME_UPPER.has(w))) continue;
      const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      out.push(span('NAME', text, at, at + m[1].length));
    }
  }
}
/** Upper-case words of labels and headings that are never names. */
const NOT_NAME_UPPER = new Set(
  'TAKE TABLET TABLETS CAPSULE DAILY REFILLS FILLED QTY RX MG ML BID TID QID PRN AS NEEDED BY MOUTH ORAL USE FOR WITH FOOD WARNING CAUTION NOTE PATIENT NAME DATE DOB MRN'.split(
    ' ',
  ),
);

const PAREN_NAME = new RegExp(`\\((${NAME_WORD}${SP}${NAME_WORD}(?:${SP}${NAME_WORD})?)\\)`, 'gu');

export function enPositions(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  for (const re of [NAME_THEN, LONE_LINE_EN, PAREN_NAME]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[1];
      const at = (m.index ?? 0) + m[0].lastIndexOf(raw);
      // Drop leading words that are not names ("Resident Mabel Ferguson": the role word is not the name).
      const words = raw.split(/\s+/);
      let k = 0;
      while (k < words.length && !nameWord(words[k], lexicon)) k++;
      const rest = words.slice(k);
      if (rest.length < 2 || !rest.every((w) => nameWord(w, lexicon))) continue;
      // A bracketed pair is a name only when it opens with a known first name or follows an id ("DRS-0412 (Marcus Webb)").
      if (re === PAREN_NAME && !FIRST_NAMES.has(rest[0]) && !/\d\s*$/.test(text.slice(Math.max(0, at - 4), at - 1))) continue;
      const skip = words.slice(0, k).join(' ').length + (k ? 1 : 0);
      out.push(span('NAME', text, at + skip, at + raw.length));
    }
  }
}
