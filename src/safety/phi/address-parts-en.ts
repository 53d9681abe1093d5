// The parts of an English-script address that its readers leave beside it (session 31). A street or locality found
// by address.ts / address-grammar.ts / address-extend.ts is often the middle of the written address: the house or
// unit segment before it ("C-114, |Sarita Vihar|", "H.No. 8-3-214/7, |Srinivasa Nagar", "Shop 3, |210 Marrickville
// Rd|", "3rd |Floor, 55 Colmore Row|", "New No. 14, Old No. 7, |2nd Cross Street|"), the numbered sectors, cross
// roads and PIN codes after it ("…, Sector 52", ", 8th Cross", " - 600020", " (W)"), a unit written after the street
// without a comma ("…St 1 #01-147", "…, app. 6") and, on an envelope, the street lines above a town-and-postcode
// line ("12 Beech Grove\nAllestree\n|Derby DE22 2HN|"). This is a grammar of positions, not a list of places: a
// segment joins only when it stands where the address grammar puts a house number, a unit or a sector, next to an
// address already found; a bare number joins only at the start of a field (a line, after a colon or a bracket, or
// after "at/to/from"). Pure: text and spans in, grown ADDRESS spans out.
import type { PhiSpan } from '../types.js';

/** A house or unit segment ending right before the address ("H.No. 8-3-214/7, ", "Shop 3, ", "C-114, ", "221, "). */
const LABELLED_BEFORE =
  /(?<![\p{L}\d])((?:(?:New|Old)[ ])?(?:H\.[ ]?No|H[ ]?No|House[ ]No|Plot[ ]No|Door[ ]No|Flat[ ]No|Gali[ ]No|No|Shop|Unit|Flat|Apt|Apartment|Suite|Ste|Lot|Level|Block|Blk|Room|Rm)\.?[ ]?#?[A-Za-z]?-?\d[\dA-Za-z/-]{0,12}|\d{1,3}(?:st|nd|rd|th)[ ](?:[Ff]loor|[Ff]l\.)(?:[ ][a-z]+){0,2}|(?:Sector|Phase|Pocket|Block)[ ]\d{1,3}(?:-?[A-Z])?)(?:,[ ]?|[ ])$/u;
/** A bare house number or lettered flat number ("221, ", "C-114, ", "2/114 "), only at the start of a field. */
const BARE_BEFORE = /(?:^|\n|\(|(?<!\d)[:：]|\b(?:at|to|from|Address|address)[ ])[ \t]*([A-Z]-?\d{1,5}[A-Z]?|\d{1,5}[A-Z]?(?:\/\d{1,5}[A-Z]?)?)(?:,[ ]?|[ ])$/;
/** A clock time is no house number ("Arrived at 1030, 14 Oak St"). */
const CLOCK = /^(?:[01]\d|2[0-3])[0-5]\d$/;
/** A lab, vital or score label: the number after its colon is a result, not a house number ("Hb: 98, Ferritin 12"). */
const RESULT_LABEL =
  /(?:^|[^\p{L}\d])(?:Hb|Hgb|WCC|WBC|Plt|Na|K|Cr|Creat|Urea|CRP|ESR|INR|eGFR|HbA1c|TSH|ALT|AST|ALP|Alb|Bili|Glucose|BM|BP|HR|RR|Sats|SpO2|Temp|GCS|NEWS2?|MEWS|BMI|Wt|Weight|Ht|Height|Score|Pain|Ferritin|Folate|B12|Mg|Ca|Phos|Lactate|pH|Hct|MCV|Age)[ \t]*[:：][ \t]*$/iu;
/** An ordinal before a floor or numbered-road word the reader started at ("3rd |Floor, 55 Colmore Row", "2nd |Cross
 * Street"). */
const ORDINAL_BEFORE = /(?<![\p{L}\d])\d{1,3}(?:st|nd|rd|th)[ ]$/u;

/** The parts after an address: numbered sectors and crosses, a PIN after a dash, a side of town, a unit after the street. */
const AFTER: RegExp[] = [
  // Not "Stage 3": after a town it is far more often a clinical stage ("Leeds, Stage 3 CKD") than a locality.
  /^,?[ ](?:Sector|Phase|Pocket|Block)[ ]\d{1,3}(?:-?[A-Z])?(?![\p{L}\d])/u,
  /^,[ ]\d{1,3}(?:st|nd|rd|th)[ ](?:Cross|Main|Block|Stage|Phase)(?:[ ](?:Street|St|Road|Rd))?(?![\p{L}\d])/u,
  /^[ ]?[-–][ ]?\d{6}(?![\p{L}\d])/u,
  /^[ ]\((?:W|E|N|S|West|East|North|South)\)/,
  /^[ ]#\d{1,3}-\d{1,5}(?![\p{L}\d])/u,
  /^,[ ](?:app|apt|unit|flat|ste)\.?[ ]#?\w{1,5}(?![\p{L}\d])/u,
  // A flat or a building written after the street with no comma, as forms and envelopes do (s43: "…CACTUS RD APT 12",
  // "…Rd unit 4", "Riverside Courts, bldg 4 apt 11"): the unit word, then a number in the number's own shape.
  /^[ ](?:APT|Apt|apt|UNIT|Unit|unit|STE|Ste|ste|SUITE|Suite|FLAT|Flat|flat)\.?[ ]?#?[A-Za-z]?\d{1,5}[A-Za-z]?(?![\p{L}\d])/u,
  /^,[ ](?:bldg|Bldg|BLDG|building|Building)\.?[ ]\d{1,4}[A-Za-z]?(?![\p{L}\d])/u,
  /^,[ ](?:Road|Street|Lane|Gali|Plot|Sector)[ ]No\.?[ ]?\d{1,4}[A-Z]?(?![\p{L}\d])/u,
  // A town and its postcode after a space, as on a one-line form ("…#05-77 Singapore 460218").
  // Not a day or a month and a time or a year ("…Baker Street Tuesday 1400", "…Road March 2024").
  /^[ ](?!(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+)?[ ]\d{4,6}(?![\p{L}\d]|[ ]\d)/u,
];
/** An address that ends in a house-number label ("H.No. ") takes the number after it ("8-3-214/7"). */
const NUMBER_AFTER_LABEL = /^[A-Z]?-?\d[\d/A-Za-z-]{0,14}/;

/** A line holding a town and a postcode (UK, US ZIP, Canada, 4-digit AU/NZ after a state). */
const POSTCODE_LINE =
  /(?:[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|\b[A-Z]{2}[ ]\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ ]\d[A-Z]\d|\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ ]\d{4})$/;
/** An envelope line above it: a few capitalised words, the top one with a house number. */
const LOCALITY_LINE = /^[ \t]*\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){0,2}[ \t]*$/u;
const STREET_LINE = /^[ \t]*(?:(?:Flat|Apt|Unit)[ ]\w{1,4},?[ ])?\d{1,5}[A-Za-z]?[ ]\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){0,3}[ \t]*$/u;

/** s44: an ordinal cross or main road before the locality the reader started at ("8th Cross, |Malleswaram", "2nd Main
 * Road, |Gandhi Nagar"): the numbered roads of an Indian address stand between the house and the locality. */
const ORDINAL_ROAD_BEFORE = /(?<![\p{L}\d])\d{1,3}(?:st|nd|rd|th)[ ](?:Cross|Main|Block|Stage|Phase)(?:[ ](?:Road|Rd|Street|St))?,[ ]$/u;
/** s44: a house number written with "#" ("#221, ") or a block letter and a hyphen ("C-114, ", "B-1204, ") before the
 * address, wherever the address stands; a vertebral level ("C-7, ", "L-4 ") is no house. */
const MARKED_BEFORE = /(?<![\p{L}\d#/-])(#\d{1,5}[A-Za-z]?|[A-Z]-\d{1,5}[A-Z]?)(?:,[ ]?)$/u;
const VERTEBRA = /^(?:C-[1-7]|T-(?:[1-9]|1[0-2])|L-[1-5]|S-[1-5])$/;
/** s44: an Australian shop or unit before the street number ("Shop 4/|120 Victoria Rd", "Shop |3/120 Forest Rd"). */
const UNIT_SLASH_BEFORE = /(?<![\p{L}\d])(?:(?:Shop|Unit|Suite|Lot|Flat|Apt)[ ])?\d{1,4}[A-Za-z]?\/$/u;
const UNIT_WORD_BEFORE = /(?<![\p{L}\d])(?:Shop|Unit|Suite|Lot|Flat|Apt)[ ]$/u;

function growLeft(text: string, start: number): number {
  for (let hop = 0; hop < 4; hop++) {
    const before = text.slice(Math.max(0, start - 40), start);
    const head = text.slice(start, start + 12);
    if (/^\p{Lu}/u.test(head)) {
      const road = ORDINAL_ROAD_BEFORE.exec(before);
      if (road) {
        start -= road[0].length;
        continue;
      }
    }
    if (/^[\p{Lu}\d]/u.test(head)) {
      const marked = MARKED_BEFORE.exec(before);
      if (marked && !VERTEBRA.test(marked[1])) {
        start -= marked[0].length;
        continue;
      }
    }
    if (/^\d/.test(head)) {
      const unit = UNIT_SLASH_BEFORE.exec(before);
      if (unit) {
        start -= unit[0].length;
        continue;
      }
    }
    if (/^\d{1,4}[A-Za-z]?\/\d/.test(head)) {
      const word = UNIT_WORD_BEFORE.exec(before);
      if (word) {
        start -= word[0].length;
        continue;
      }
    }
    if (/^(?:Floor|floor|Fl\.|Cross|Main|Street|St|Avenue|Ave|Road|Rd|Block|Stage|Phase|Sector)\b/.test(head)) {
      const o = ORDINAL_BEFORE.exec(before);
      if (o) {
        start -= o[0].length;
        continue;
      }
    }
    // A Hong Kong floor the reader started inside ("12/|F, Argyle Centre"): the floor number joins, then the room
    // before it by the labelled rule ("Room 1208, |12/F").
    if (/^F,[ ]/.test(head)) {
      const floor = /(?<![\p{L}\d])\d{1,3}\/$/u.exec(before);
      if (floor) {
        start -= floor[0].length;
        continue;
      }
    }
    // "Rural |Route 3": a rural route read from its number keeps its first word.
    if (/^Route\b/.test(head) && /(?<![\p{L}])Rural[ ]$/u.test(before)) {
      start -= 6;
      continue;
    }
    // What the address starts with must be a street or a place (a capital or a number), not prose.
    if (!/^[\p{Lu}\d]/u.test(head)) break;
    const labelled = LABELLED_BEFORE.exec(before);
    const m = labelled ?? BARE_BEFORE.exec(before);
    if (!m) break;
    if (!labelled) {
      // A bare number: not a clock time before a house number or after "at", not a result after a lab label.
      const lead = before.slice(0, before.length - m[0].length + m[0].indexOf(m[1]));
      if (CLOCK.test(m[1]) && (/^\d/.test(head) || /\bat[ ]$/.test(lead))) break;
      if (RESULT_LABEL.test(lead)) break;
    }
    start -= m[0].length - m[0].indexOf(m[1]);
  }
  return start;
}

function growRight(text: string, end: number): number {
  for (let hop = 0; hop < 5; hop++) {
    const rest = text.slice(end, end + 40);
    if (/(?:\bNo|H\.[ ]?No)\.?[ ]?$/.test(text.slice(Math.max(0, end - 8), end))) {
      const gap = /^\.?[ ]?/.exec(rest)?.[0] ?? '';
      const n = NUMBER_AFTER_LABEL.exec(rest.slice(gap.length));
      if (n) {
        end += gap.length + n[0].length;
        continue;
      }
    }
    // A unit word the reader ended at takes its number ("…, app|. 6").
    if (/(?:^|[ ,])(?:app|apt|Apt|unit|Unit|ste|Ste)$/.test(text.slice(Math.max(0, end - 6), end))) {
      const n = /^\.?[ ]?#?[\dA-Za-z]{1,5}(?![\p{L}\d])/u.exec(rest);
      if (n && /\d/.test(n[0])) {
        end += n[0].length;
        continue;
      }
    }
    const part = AFTER.map((re) => re.exec(rest)?.[0] ?? '').reduce((a, b) => (b.length > a.length ? b : a), '');
    if (!part) break;
    end += part.length;
  }
  return end;
}

/** Envelope lines above a town-and-postcode line: the lines join when the top one is a numbered street. */
function growUp(text: string, start: number, end: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() || !POSTCODE_LINE.test(text.slice(start, end))) return start;
  let top = lineStart;
  for (let hop = 0; hop < 3 && top > 0; hop++) {
    const prevStart = text.lastIndexOf('\n', top - 2) + 1;
    const line = text.slice(prevStart, top - 1);
    if (STREET_LINE.test(line)) return prevStart + (line.length - line.trimStart().length);
    if (!LOCALITY_LINE.test(line)) break;
    top = prevStart;
  }
  return start;
}

/** Every English-script ADDRESS span grown over the parts beside it (see the head of this file). */
export function growAddressParts(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[A-Z\d]/.test(text)) return out;
  for (const s of spans) {
    if (s.type !== 'ADDRESS' || /[\u4e00-\u9fff]/.test(s.text)) continue;
    const left = growLeft(text, s.start);
    const start = growUp(text, left, s.end);
    const end = growRight(text, s.end);
    if (start !== s.start || end !== s.end) out.push({ type: 'ADDRESS', start, end, text: text.slice(start, end) });
  }
  return out;
}
