// English person names: after a title (Mr/Mrs/Dr…), a label or relation cue ("Name:", "my son", "Signed,"), in a
// greeting or sign-off ("Dear Anna,", "Regards,\nTom Lee"), "Last, First" after a label, labelled capitals
// ("NAME: DOE, JOHN"), or a known first name followed by a capitalised surname ("John Smith called").
// A candidate is dropped when a word is a stop word, a clinical word by its shape (-emia, -itis, -statin…) or in
// the caller's lexicon: "Patient: Hypercholesterolemia?" is not a name.
import type { PhiSpan } from '../types.js';
import { englishWord } from '../../knowledge/english-words.js';
import { knownMedicine } from './clinical-vocabulary.js';
import { KIN_EN } from './kin-nouns-en.js';
import { COMMON_CAPITALISED, EPONYMS, FIRST_NAMES, WORD_FIRST_NAMES } from './names-en-lists.js';
import type { NameLexicon } from './names-zh.js';
import { isRoleNoun } from './person-slots-en.js';
import { span } from './span.js';

const WORD = "(?:Mc|Mac|O'|D'|Di|De|Le|Van|Von)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?";
const INITIAL = '(?:[A-Z]\\.\\s*)';
const FULL = `(?:${INITIAL}{0,2}${WORD}(?:\\s+${INITIAL}?${WORD}){0,2}(?:\\s+[A-Z]\\.(?![A-Za-z]))?)`;
/** Courtesy titles: the head of TITLED's list, and the titles a word name may follow (titledWordName). */
const COURTESY_TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof'] as const;
const TITLED = new RegExp(
  `\\b(?:${[...COURTESY_TITLES, 'Sir', 'Dame', 'Rev', 'Fr', 'Nurse', 'Officer', 'Capt', 'Sgt', 'Judge', 'Attorney'].join('|')})\\.?\\s+(${FULL})`,
  'g',
);
/** A label matched in any case ("ATTENDING:", "Emergency Contact:"): each letter becomes [xX]. */
const anyCase = (label: string): string => label.replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const STRONG_LABELS = [
  'patient name',
  'full name',
  'name',
  'my name is',
  "my name's",
  'his name is',
  'her name is',
  'their name is',
  'signed by',
  'signed',
  'contact person',
  'emergency contact',
  'contact',
  'guardian',
  'next of kin',
  'referred by',
  'referring physician',
  'referring',
  'attending physician',
  'attending',
  'physician',
  'surgeon',
  'provider',
  'prescriber',
  'pcp',
  'caregiver',
  'submitted by',
  'reviewed by',
  'dictated by',
  'witness',
  'informant',
  'parent',
  'responsible party',
  'spouse',
  'mother',
  'father',
].map((l) => anyCase(l).replace(/ /g, '\\s+'));
const STRONG = new RegExp(`\\b(?:${STRONG_LABELS.join('|')})\\s*[,:：-]?\\s+(${FULL})`, 'g');
const WEAK = new RegExp(
  `\\b(?:[Pp]atient|[Pp]t\\.?|named|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur) (?:son|daughter|husband|wife|mother|father|mom|mum|dad|brother|sister|partner|friend|baby|child|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|boyfriend|girlfriend|fiance|fiancee|nephew|niece|uncle|aunt|cousin|neighbor|neighbour|roommate|colleague|coworker|boss|doctor|GP)|[Tt]his is|I am|I'm|[Cc]all me|[Dd]ear|[Hh]i|[Hh]ello|[Tt]hanks|[Tt]hank you|[Rr]egards|[Ss]incerely|[Cc]heers|[Bb]est|[Ll]ove)\\s*[,:：-]?\\s+(${FULL})`,
  'g',
);
const SIGN_OFF = new RegExp(`(?:^|\\n)[ \\t]*(?:—|--|-|~)[ \\t]*(${FULL})[ \\t]*(?=\\n|$)`, 'g');
const LAST_FIRST = new RegExp(`\\b(?:[Nn]ame|[Pp]atient)\\s*[:：]\\s*(${WORD},\\s*${WORD}(?:\\s+[A-Z]\\.?)?)`, 'g');
const UPPER = "[A-Z]{2,}(?:[-'][A-Z]{2,})?";
const LABELLED_UPPER = new RegExp(
  `\\b(?:${anyCase('patient')}|${STRONG_LABELS.join('|')})\\s*[:：]\\s*(${UPPER}(?:, ?| )${UPPER}(?: ${UPPER})?(?: [A-Z]\\.?)?)(?![A-Za-z])`,
  'g',
);
/** A known first name alone, where prose puts a person: "Linda said", "with Tom and", "Mary's". */
const FIRST_IN_CONTEXT =
  /([A-Z][a-z]+)(?=\s+(?:said|says|told|asked|called|texted|wrote|mentioned|noticed|is|was|has|had|and I|brought|took|reports?|reported|complains?|complained|thinks|thought|feels|felt|went|came|started|woke|fell|got)\b|'s\b|\s*,\s*(?:my|his|her|our|the patient's)\s|\s*\((?:daughter|son|wife|husband|mother|father|mom|dad|sister|brother|patient|caregiver|friend|partner)\b)/y;
/** A relation word right before a known first name: "with daughter Sofia", "son Liam". */
const RELATION_BEFORE =
  /\b(?:daughter|son|wife|husband|mother|father|mom|mum|dad|brother|sister|friend|partner|fiance|fiancee|niece|nephew|granddaughter|grandson|grandmother|grandfather|aunt|uncle|cousin|neighbou?r|roommate|nurse|caregiver)\s+$/i;
const FIRST_LEFT = /(?:^|[.!?;,:(]\s*|\b(?:with|and|to|from|by|told|asked|called|named|visit(?:ed)?|saw|see|took)\s+)$/;
const FIRST_LAST = new RegExp(`(${WORD})[ ]+(${INITIAL}?${WORD})\\b`, 'y');
const CAPITALISED = /\b[A-Z][a-z]+\b/g;

/** Clinical words by their shape: diseases, procedures, drug stems. */
const CLINICAL_SHAPE =
  /(?:emia|aemia|itis|osis|oma|omas|ectomy|otomy|ostomy|plasty|pathy|algia|plasia|trophy|uria|rrhea|rrhoea|cardia|pnea|pnoea|phobia|genic|ology|ologist|scopy|graphy|gram|ase|azole|mab|nib|pril|sartan|statin|olol|dipine|mycin|cillin|cycline|floxacin|vir|tidine|prazole|triptan|afil|gliptin|formin|xaban|parin|semide|thiazide|sone|olone|asone|ism|tion|sion|ment|ness|ity|itis|ics|ium|ine|ide|ate|syndrome|disease|virus|cancer)$/i;

/** A kinship cue in running text ("my father ", "father " without a form's colon), where a title's reading of eponyms
 * does not hold. */
const KIN_CUE = new RegExp(`^(?:(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[ ])?${KIN_EN}s?[ ]+(?![:：])`, 'i');

/** `titled`: after Mr/Dr/Name: an eponym is a surname ("Dr. Wilson"); elsewhere it is a disease ("Parkinson"). */
function notAName(word: string, lexicon?: NameLexicon, titled = false): boolean {
  const w = word.replace(/[.,]/g, '').replace(/'s$/, '');
  if (!w) return true;
  if (COMMON_CAPITALISED.has(w)) return true;
  if (EPONYMS.has(w)) return !titled;
  if (FIRST_NAMES.has(w)) return false;
  if (titled) return w.length >= 9 && CLINICAL_SHAPE.test(w);
  if (w.length >= 6 && CLINICAL_SHAPE.test(w)) return true;
  return !!lexicon && (lexicon.has(w.toLowerCase()) || lexicon.has(w));
}

/** Trim stop words off the end; null when the first word is not a name. */
function trimName(raw: string, lexicon: NameLexicon | undefined, titled: boolean): string | null {
  const words = raw.split(/\s+/);
  const isInitial = (w: string) => /^[A-Z]\.$/.test(w);
  const first = words.find((w) => !isInitial(w));
  if (!first || notAName(first, lexicon, titled)) return null;
  // Every word must be a possible name ("Mary Diabetes" is not a full name): cut at the first that is not.
  const cut = words.findIndex((w) => !isInitial(w) && notAName(w, lexicon, titled));
  if (cut >= 0) words.length = cut;
  // A trailing initial belongs to the name ("Priya S.") unless nothing but initials is left.
  if (words.every(isInitial)) return null;
  return words.length ? words.join(' ') : null;
}

/** A courtesy title right before the name; Nurse/Officer/Judge… also head other words ("Officer Friendly"). */
const COURTESY = new RegExp(`^(?:${COURTESY_TITLES.join('|')})\\.?\\s+$`);
/** What closes a name after its title: a pause, a closing bracket, an opening one after a space, a line end. Never a
 * lower-case word: after a title the modal or verb words (Will, May, Can, Mark) go on as verbs ("Dr Will see you",
 * "Dr May need to adjust"), so a word that follows is no evidence. */
const AFTER_TITLED_WORD = /^(?:$|[ \t]*\n|[,.;:!?)]|[ ]\()/;
/** A capitalised word, then " Dr." mid-sentence: the street's Drive ("moved to Parkview Dr. May cause delays"). */
const STREET_BEFORE_DR = /[^.!?\s][ ]+(\p{Lu}\p{Ll}+)[ ]+$/u;

/**
 * A first name that is also an English word (WORD_FIRST_NAMES: Hope, Grace, Will, June) right after a courtesy title
 * is the person the title names only with a second sign the word's other sense cannot give: a pause or a line end
 * directly after it ("Dear Dr Hope,", "teacher Mrs. Hope)") or a surname that is no English word ("Dr Grace Okafor").
 * Not where "Dr" closes a street ("12 Rose Dr Hope Valley", "Parkview Dr. May"), not for "Miss" opening a sentence as
 * a verb, and not before a number, a lower-case word or a capitalised word ("Dr May 5", "Dr Will see", "Dr Will Want").
 */
function titledWordName(text: string, m: RegExpMatchArray, lexicon: NameLexicon | undefined): string | null {
  const word = /^[A-Z][a-z]+/.exec(m[1])?.[0];
  if (!word || !WORD_FIRST_NAMES.has(word)) return null;
  const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
  const title = text.slice(m.index ?? 0, at);
  if (!COURTESY.test(title)) return null;
  const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
  // "Miss" opening a sentence is the verb ("Miss May appointment? Call us").
  if (title.startsWith('Miss') && /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(0, m.index ?? 0))) return null;
  if (title.startsWith('Dr')) {
    // A house number and a street name before "Dr": it is the street's Drive.
    if (/\d+[ ]+(?:\p{Lu}\p{Ll}+[ ]+){1,3}$/u.test(before)) return null;
    // A capitalised word mid-sentence before "Dr.", not a role ("Rheumatologist Dr. Hope"): a street.
    const street = title.startsWith('Dr.') ? STREET_BEFORE_DR.exec(before) : null;
    if (street && !isRoleNoun(street[1])) return null;
  }
  const after = text.slice(at + word.length, at + word.length + 30);
  // Another word name after its comma makes a list of words ("Dr May, June and July rotas": months).
  const listed = /^,[ ]([A-Z][a-z]+)/.exec(after);
  if (listed && WORD_FIRST_NAMES.has(listed[1])) return null;
  if (AFTER_TITLED_WORD.test(after)) return word;
  // A surname after it, when it is one: a name-shaped word that is no English word and no word name ("Dr Grace Okafor").
  const next = /^[ ]([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)(?![\p{L}])/u.exec(after);
  if (!next || WORD_FIRST_NAMES.has(next[1]) || englishWord(next[1]) || notAName(next[1], lexicon, true)) return null;
  return `${word}${next[0]}`;
}

export function detectEnglishNames(text: string, lexicon?: NameLexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  // Every English name has a capitalised word (or a labelled all-caps one).
  if (!/[A-Z][a-z]|[A-Z]{2}/.test(text)) return out;
  for (const re of [TITLED, STRONG, WEAK, SIGN_OFF, LAST_FIRST, LABELLED_UPPER]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[1];
      const trimmed = re === LABELLED_UPPER || re === LAST_FIRST ? raw : trimName(raw, lexicon, re === TITLED || re === STRONG);
      const wordName = !trimmed && re === TITLED ? titledWordName(text, m, lexicon) : null;
      const name = trimmed ?? wordName;
      if (!name) continue;
      if (re === LAST_FIRST && raw.split(/,\s*|\s+/).some((w) => w && !/^[A-Z]\.?$/.test(w) && notAName(w, lexicon, true))) continue;
      const words = name.split(/\s+/).filter((w) => !/^[A-Z]\.$/.test(w));
      // After a kinship noun (not a title) an eponym's possessive is the disease ("My father Parkinson's has got
      // worse", "My wife Crohn's flared"), and a known medicine is left to the slot reader (slot-names.ts), which reads
      // it by the sentence's predicate.
      if ((re === STRONG || re === WEAK) && KIN_CUE.test(m[0]) && words.length === 1) {
        const bare = name.replace(/['’]s$/, '');
        const possessive = bare !== name || /^['’]s\b/.test(text.slice((m.index ?? 0) + m[0].length));
        if ((possessive && EPONYMS.has(bare)) || knownMedicine(bare)) continue;
      }
      // "Patient: Alright, doctor" is a speaker label in a transcript, not a name label ("Pt: J. Smith" is a name).
      if (re === WEAK && /^(?:[Pp]atient|[Pp]t\.?)\s*[:：]/.test(m[0]) && name.split(/\s+/).length < 2 && !FIRST_NAMES.has(words[0])) continue;
      // Weak cues ("I am", "Dear", "Thanks", "patient") take one word only when it is a known first name.
      if (re === WEAK && name.split(/\s+/).length < 2 && !FIRST_NAMES.has(words[0])) {
        if (!/^(?:(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur) |[Pp]atient\s|[Pp]t\.?\s|[Dd]ear|[Cc]all me)/.test(m[0])) continue;
      }
      const start = (m.index ?? 0) + m[0].lastIndexOf(raw);
      // A title goes with the name ("Dr. Smith" → [NAME]): labels differ on whether it belongs to the span, and a
      // stray "Dr." carries nothing clinical.
      // A word name's span is the name alone: it is read by a narrower rule, so it claims no more than the person.
      const from = re === TITLED && !wordName ? (m.index ?? 0) : start;
      out.push(span('NAME', text, from, start + name.length));
    }
  }
  // Names without a cue start with a known first name: visit capitalised words, test the set, then the context.
  CAPITALISED.lastIndex = 0;
  for (const w of text.matchAll(CAPITALISED)) {
    if (!FIRST_NAMES.has(w[0])) continue;
    const start = w.index ?? 0;
    FIRST_LAST.lastIndex = start;
    const fl = FIRST_LAST.exec(text);
    if (fl && fl.index === start) {
      const last = fl[2].replace(/^[A-Z]\.\s*/, '');
      if (!notAName(last, lexicon) && !(FIRST_NAMES.has(last) && COMMON_CAPITALISED.has(last))) {
        out.push(span('NAME', text, start, start + fl[0].length));
        continue;
      }
    }
    FIRST_IN_CONTEXT.lastIndex = start;
    const fc = FIRST_IN_CONTEXT.exec(text);
    const left = text.slice(Math.max(0, start - 16), start);
    if ((fc && fc.index === start && FIRST_LEFT.test(left)) || RELATION_BEFORE.test(left)) out.push(span('NAME', text, start, start + w[0].length));
  }
  return out;
}
