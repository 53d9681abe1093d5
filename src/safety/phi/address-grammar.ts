// Addresses of many countries as a grammar over comma-separated segments, not as lists of places: a chain of
// segments on one line — unit ("Flat 3B"), building ("Lakshmi Apartments"), street (number + words + a street-type
// word, or a street-type word first: "Jalan …", "Calle …"), administrative unit ("Brgy. San Roque", "Co. Galway",
// "Block Sonbarsa", "Marikina City"), place words ("Te Atatū South", "T. Nagar") — each optionally followed by a
// postcode of a common shape (4–6 digits, UK/Irish/Canadian/US forms). A chain is an address when it holds an anchor
// (a numbered street, a unit, a building, an administrative unit, or a letter-bearing postcode, or a numeric
// postcode after at least two segments) and at least two segments. Chinese: a place head of one character before
// 市/县/区/镇 cut off by a preposition reading ("在昆|山市") is restored by repairSpans in index.ts.
import type { PhiSpan } from '../types.js';
import { stateOrCountry } from './address.js';
import { COMMON_CAPITALISED } from './names-en-lists.js';
import { span } from './span.js';

const W = String.raw`\p{Lu}\p{M}*[\p{L}\p{M}'’-]*\.?`;
const STREET_TYPE =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Tce|Crescent|Cres|Close|Park|Grove|Gardens|Gdns|Hill|Row|Walk|Mews|Square|Sq|Parade|Pde|Highway|Hwy|Boulevard|Blvd|Circle|Cir|Trail|Loop|Alley|Quay|Rise|View|Vale|Green|Heights|Esplanade|Marg|Salai|Path|Wynd|Gate';
const STREET_FIRST = 'Jalan|Jln|Calle|Rue|Via|Avenida|Rua|Soi|Thanon|Lorong|Calea|Ulica|ul';
const NUM = String.raw`\d{1,6}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?`;
const STREET = String.raw`(?:(?:Blk|Block)[ ]+)?(?:${NUM},?[ ]+)?(?:${W}[ ]+){0,3}(?:${STREET_TYPE})\b\.?(?:[ ]\d{1,3}(?![\d:]))?|(?:${STREET_FIRST})\.?[ ]+(?:${W}[ ]*){1,3}(?:[ ]*${NUM})?`;
const UNIT = String.raw`(?:(?:Flat|Apt|Apartment|Unit|Suite|Ste|Room|Rm|Blk|Level|Lvl|Floor|House No|No)\.?[ ]*#?[\dA-Za-z][\w/-]{0,5}|#\d{1,3}-\d{1,5})`;
const BUILDING = String.raw`(?:${W}[ ]+){1,3}(?:Apartments|Apts|Towers?|Mansions?|Residences?|House|Building|Bldg|Complex|Estate|Villas?|Plaza|Condominium|Condo|Flats)\b`;
const ADMIN = String.raw`(?:Brgy|Barangay|Block|Co|County|District|Dist|Ward|Sector|Village|Taluk|Tehsil|Mandal|Prefecture|Province|Kampung|Kg|Taman|Tmn)\.?[ ]+${W}(?:[ ]+${W}){0,2}|${W}(?:[ ]+${W}){0,2}[ ]+(?:City|Town|Village|District|Municipality|County|Province|Township|Borough|Suburb)\b`;
const PLACE = String.raw`${W}(?:[ ]+(?:${W}|[A-Z]\.)){0,2}`;
const POSTCODE = String.raw`\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d{2}[ ]?[A-Z\d]{4}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{2}[ ]+\d{5}(?:-\d{4})?`;
const SEG = String.raw`(?:(?:${UNIT})|(?:${STREET})|(?:${BUILDING})|(?:${ADMIN})|(?:${PLACE}))(?:[ ]+(?:${POSTCODE}))?(?![\p{L}\d])|(?:${POSTCODE})(?![\p{L}\d])`;
const CHAIN = new RegExp(String.raw`(?<![\p{L}\d])(?:${SEG})(?:,[ ]*(?:${SEG})){1,7}`, 'gu');

const ANCHOR = new RegExp(
  String.raw`^(?:${UNIT})$|^(?:(?:Blk|Block)[ ]+)?${NUM},?[ ]+(?:${W}[ ]+){0,3}(?:${STREET_TYPE})\b|^(?:${STREET_FIRST})\b|^(?:${BUILDING})|^(?:${ADMIN})`,
  'u',
);
const LETTER_POSTCODE = /(?:^|[ ])(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d{2}[ ]?[A-Z\d]{4}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]{2}[ ]+\d{5})$/;
const DIGIT_POSTCODE = /(?:^|[ ])\d{4,6}$/;

/** A street named without a number after a locative ("on Ogui Road", "at Douglas Road", "along State Route 41"). */
const STREET_ON = new RegExp(
  String.raw`(?<=\b(?:on|at|along|off|near|down|up|onto|into|via)[ ])(?:${W}[ ]+){1,3}(?:${STREET_TYPE}|Route|Expressway|Freeway|Motorway)\b(?:[ ]\d{1,4}(?![\d:]))?`,
  'gu',
);
/** A town after a locative whose name is not an English word ("in Enugu", "from Ōtara", "out in Moose Jaw"). */
const PLACE_AFTER = new RegExp(String.raw`(?<=\b(?:in|from|near|to|at)[ ])(${W}(?:[ ]${W}){0,2})(?![\p{L}'’-])`, 'gu');

/** Words shaped like diseases, organisms and conditions (-osis, -itis, -ia, -emia…). */
const DISEASE_SHAPE = /(?:ia|is|osis|itis|esis|emia|aemia|pathy|oma|ase|ism|us|um|ae)$/;

/** Streets and towns in running prose; `isWord` says whether a word is an ordinary English word. */
export function detectProsePlaces(text: string, isWord: (w: string) => boolean, clinical: (w: string) => boolean): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[A-Z]/.test(text)) return out;
  STREET_ON.lastIndex = 0;
  for (const m of text.matchAll(STREET_ON)) {
    const words = m[0].split(' ');
    if (words.some((w) => COMMON_CAPITALISED.has(w) && !/^(?:Road|Street|Lane|Avenue|Drive|Court|Way|Park|Place|State)$/.test(w))) continue;
    out.push(span('ADDRESS', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  PLACE_AFTER.lastIndex = 0;
  for (const m of text.matchAll(PLACE_AFTER)) {
    const words = m[1].split(' ').map((w) => w.replace(/\.$/, ''));
    if (
      words.some(
        (w) => COMMON_CAPITALISED.has(w) || clinical(w) || !/^\p{Lu}\p{M}*\p{Ll}/u.test(w) || DISEASE_SHAPE.test(w) || (w.length >= 10 && /(?:al|ar)$/.test(w)),
      )
    )
      continue;
    // A disease or sign named after a person or place: "in Hirschsprung disease", "in Bell's palsy".
    const next = text.slice((m.index ?? 0) + m[1].length, (m.index ?? 0) + m[1].length + 24);
    if (
      /^(?:['’]s\b|[ -](?:disease|syndrome|palsy|sign|virus|fever|type|test|score|criteria|phenomenon|deformity|fracture|body|bodies|cell|cells|anomaly|malformation|disorder|infection|ulcer|tumou?r|cyst|dementia|diverticulum|node|nodes)\b)/i.test(
        next,
      )
    )
      continue;
    if (!words.some((w) => !isWord(w) && w.length >= 3) || stateOrCountry(words.join(' '))) continue;
    out.push(span('ADDRESS', text, m.index ?? 0, (m.index ?? 0) + m[1].length));
  }
  return out;
}

/** English-script address chains (see the head of this file). */
export function detectAddressChains(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[A-Z]/.test(text) || !text.includes(',')) return out;
  // The chain pattern is costly: try it only on lines that hold a comma and an anchor (a digit or an anchor word).
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (line.includes(',') && LINE_GATE.test(line)) chainsInLine(text, from, line, out);
    from = to + 1;
  }
  return out;
}

const LINE_GATE =
  /\d|\bCo\.|\b(?:Brgy|Barangay|Block|Blk|Co\.|County|District|Dist|Ward|Sector|Village|Taluk|Tehsil|Mandal|Prefecture|Province|Kampung|Kg|Taman|City|Town|Municipality|Township|Borough|Suburb|Apartments|Apts|Towers?|Mansions?|Residences?|House|Building|Bldg|Complex|Estate|Villas?|Plaza|Condominium|Condo|Flats|Jalan|Jln|Calle|Rue|Via|Avenida|Rua|Soi|Thanon|Lorong|Calea|Ulica|Flat|Apt|Unit|Suite)\b/;

function chainsInLine(text: string, offset: number, line: string, out: PhiSpan[]): void {
  CHAIN.lastIndex = 0;
  for (const m of line.matchAll(CHAIN)) {
    let start = offset + (m.index ?? 0);
    let value = m[0];
    // A bare number opening the chain is the tail of something else (a phone, a count).
    const lead = /^\d+,[ ]*/.exec(value);
    if (lead) {
      start += lead[0].length;
      value = value.slice(lead[0].length);
    }
    const segs = value.split(/,[ ]*/);
    if (segs.length < 2) continue;
    const anchored = segs.some((s) => ANCHOR.test(s) || LETTER_POSTCODE.test(s));
    const postcoded = segs.length >= 2 && DIGIT_POSTCODE.test(segs[segs.length - 1]) && !/^\d+$/.test(segs[segs.length - 1]);
    if (!anchored && !postcoded) continue;
    // A list of common words ("Diabetes, Hypertension 2020") is not a place.
    const words = value.split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.filter((w) => COMMON_CAPITALISED.has(w.replace(/\.$/, ''))).length > words.length / 2) continue;
    out.push(span('ADDRESS', text, start, start + value.length));
  }
}
