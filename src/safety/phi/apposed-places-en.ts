// A town named in apposition after a clinician, a facility or a study site (issue #11, s44). Letters, referrals and
// forms place a person or a practice by its town in apposition: "GP: Dr Helen Marsh, Bushey", "Dr Keane, Maynooth",
// "Nepean Hospital, Kingswood", "Brookhill Medical Practice, Glasgow", "Govt. Taluk Hospital, Perumbavoor, Ernakulam,
// Kerala", "Dr A Kapoor (Randwick)", "(Site 014, Westmead)", "Billow (Fairlawn)". The readers that judge a place by its
// shape or a city list miss a suburb standing alone; here the POSITION says what it is: the apposition comes straight
// after an anchor (a titled person, any person in brackets, a facility phrase headed by its noun, a numbered site) and
// it closes its segment (a line end, a bracket, a dash, a semicolon, a full stop ending the line, or a region after it).
// What it holds must read as a proper name: capitalised words with lower-case letters (no "MD", "FRCP"), not an
// English word alone (", Consultant", ", Retired"), not a clinical word, a specialty's shorthand, a title, a day or a
// month, no institution's word; in brackets after a person named without a title only a town of the city list (what
// follows a bare name in brackets may be anything said about the person: "Glyn (Parkinson's)", "(Urdu)"). Pure: text and found spans in, ADDRESS spans out;
// the caller lets them fill only text no other reader claimed (index.ts FILL_RANK), so they release nothing.
import type { PhiSpan } from '../types.js';
import { COMMON_CAPITALISED } from './names-en-lists.js';
import { span } from './span.js';

/** One word of a town's name: capitalised with lower-case letters ("Bushey", "Perumbavoor", "Stoke-on-Trent", "O'Hara"). */
const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-(?:\p{Lu}|on-|upon-|en-|le-|la-)?[\p{L}'’]+)*`;
const PLACE = String.raw`${WORD}(?:[ ]${WORD}){0,2}`;
/** Where an apposition's segment closes. */
const CLOSE = String.raw`(?=[ ]?[—–;)]|[ ][-|][ ]|[ ]\(|\.?[ \t]*\r?\n|\.?[ \t]*$)`;
/** ", Town" (or ", Town, District") closing its segment, or followed by a state that closes it (", Ernakulam, Kerala"). */
const AFTER_COMMA = new RegExp(`^,[ ](${PLACE})(?:,[ ](${PLACE}))?(?:${CLOSE}|(?=,[ ](${PLACE})${CLOSE}))`, 'u');
/** " (Town)" after the anchor, closing the name: a bracket with a capitalised word straight after it stands between a
 * person's name parts ("Ms Nguyen (Lan) Hill", "Mrs Kaur (Jas) Hall": a nickname or given name, which the name readers
 * join over the bracket), never a town in apposition. */
const IN_BRACKETS = new RegExp(String.raw`^[ ]\((${PLACE})\)(?![ ]\p{Lu})`, 'u');

/** A title before a person's name: the name is a clinician's or a correspondent's, placed by town in letters. */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sr|Engr|Rev)\.?[ ]$/u;
const TITLE_IN = /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sr|Engr|Rev)\.?[ ]/;
/** A facility phrase ending right before the apposition: capitalised words, then the facility's head noun. */
const FACILITY_BEFORE =
  /(?:^|[^\p{L}])\p{Lu}[\p{L}'’.-]*(?:[ ](?:\p{Lu}[\p{L}'’.-]*|of|and|&|the|care|nursing))*[ ](?:Hospital|Clinic|Practice|Surgery|Cent(?:re|er)|Polyclinic|Pharmacy|Infirmary|Hospice|Organi[sz]ation|Church|Chapel|Cathedral|[Cc]are[ ][Hh]ome|[Nn]ursing[ ][Hh]ome)$/u;
/** A numbered study or clinic site ("Site 014, Westmead", "Site 014 (Leeds)"). */
const SITE_BEFORE = /(?:^|[^\p{L}])Site[ ]\d{1,4}$/u;

/** First words that are no town: titles, days, months, words of a form or a letter. */
const NOT_TOWN =
  /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Rev|St|Saint|Mount|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Retired|Ret|Locum|Registrar|Consultant|Senior|Junior|Head|Chief|Acting|Deputy|Associate|Assistant|Clinical|Medical|Attending|Resident|Fellow|Nurse|Sister|Matron|Director|Manager|Lead|Phone|Tel|Fax|Email|Mobile|Address|Date|Name|Ref|Ward|Room|Bed|Unit|Dept|Department|Ext|Bleep|Pager|Mob|Ph|Via|Attn|Re|Cc|Copy|Signed|Thanks|Regards|Yours|Sub|Co)\b/;
/** A specialty written short or whole in an apposition after a clinician ("Dr Lee (Derm)", "Dr Shah, Paeds"). */
const SPECIALTY =
  /^(?:Derm|Derms|Biochem|Haematol|Paeds|Peds|Gynae|Gyn|Obs|Ortho|Orthos|Onc|Oncol|Haem|Hem|Cardio|Cardiol|Neuro|Neurol|Gastro|Endo|Resp|Rheum|Rheumatol|Psych|Psychiatry|Renal|Nephro|Uro|Urol|Ophth|Ophthal|Vasc|Gen|Geri|Geriatrics|Rehab|Physio|Anaes|Anaesth|Anesth|Rads|Radiol|Path|Micro|Immunol|Hepatol|Neonat|Palliative|Plastics|Maxfax|Cardiothoracic|Pulm|Pulmonology|Infectious|Tropical|Sexual|Occupational)$/;

export interface ApposedPlaceWords {
  /** An ordinary English word (a single such word is no town: ", Consultant", "(Sunshine)"). */
  ordinary: (w: string) => boolean;
  /** A clinical word (a drug, an eponym, a role, a term of the lexicon). */
  clinical: (w: string) => boolean;
  /** A town of the city list (gazetteer.ts). */
  knownTown: (w: string) => boolean;
}

/** A word that names an institution, not a town ("Beckwith Surgery", "Leeds General Infirmary", "Memorial Hermann"). */
const INSTITUTION_WORD =
  /^(?:Hospital|Hospitals|Medical|Medicine|University|College|Clinic|Clinics|Health|Healthcare|Infirmary|General|Memorial|Institute|Cancer|Regional|Surgery|Practice|Centre|Center|Care|Pharmacy|Group|Partners|Partnership|Trust|Services|Foundation|Hospice|Laboratory|Laboratories|Labs|Diagnostics|Imaging|Radiology|Polyclinic|Headspace)$/;
/** The shape of a specialty or a discipline ("Diabetology", "Oncologist", "Paediatrics", "Psychiatry") or an eponym's
 * possessive ("Parkinson's"): no town. */
const DISCIPLINE_SHAPE = /(?:olog(?:y|ist|ists)|iatry|iatric|iatrics|ics|['’]s)$/;

function placeOk(place: string, words: ApposedPlaceWords, bracketAfterName: boolean): boolean {
  const parts = place.split(' ');
  if (NOT_TOWN.test(place) || SPECIALTY.test(parts[0])) return false;
  if (parts.some((w) => words.clinical(w) || INSTITUTION_WORD.test(w) || DISCIPLINE_SHAPE.test(w))) return false;
  if (parts.every((w) => words.ordinary(w.toLowerCase()) || COMMON_CAPITALISED.has(w))) return false;
  // In brackets after a person named without a title the word may be anything said about that person (a language
  // "(Urdu)", a condition, a role, a nickname, a maiden name): only a town the city list knows is read there.
  if (bracketAfterName && !words.knownTown(place)) return false;
  return true;
}

/** Where the apposition after the anchor ending at `end` lies, if any: [start, end] of the place(s). */
function apposedAt(text: string, end: number, words: ApposedPlaceWords, bracketAfterName: boolean, commaOk: boolean): [number, number][] {
  const rest = text.slice(end, end + 90);
  const out: [number, number][] = [];
  if (commaOk) {
    const m = AFTER_COMMA.exec(rest);
    if (m && placeOk(m[1], words, false) && (!m[2] || placeOk(m[2], words, false))) {
      // A third place closing the segment is the region (", Kerala", ", Co. Mayo"): Safe Harbor keeps it, it stays.
      out.push([end + 2, end + m[0].length]);
    }
  }
  const b = IN_BRACKETS.exec(rest);
  if (b && placeOk(b[1], words, bracketAfterName)) out.push([end + 2, end + 2 + b[1].length]);
  return out;
}

/** Towns in apposition after a titled person, a person in brackets, a facility or a numbered site. */
export function detectApposedPlacesEn(text: string, found: readonly PhiSpan[], words: ApposedPlaceWords): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[A-Z]/.test(text) || !/[,(]/.test(text)) return out;
  const push = (ranges: [number, number][]) => {
    for (const [s, e] of ranges) if (!out.some((o) => o.start === s)) out.push(span('ADDRESS', text, s, e));
  };
  for (const s of found) {
    if (s.type !== 'NAME' || /[\u4e00-\u9fff]/.test(s.text)) continue;
    const titled = TITLE_IN.test(s.text) || TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start));
    push(apposedAt(text, s.end, words, !titled, titled));
  }
  // Facility phrases and numbered sites, read at each comma or bracket.
  for (const m of text.matchAll(/,[ ]|[ ]\(/g)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 80), at);
    if (FACILITY_BEFORE.test(before) || SITE_BEFORE.test(before)) push(apposedAt(text, at, words, false, true));
  }
  return out;
}
