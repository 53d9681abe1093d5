// An English street address read as a line of parts: [unit,] house number, street, [unit,] city, state, ZIP or
// postcode. The readers find a part — a street from its type word, a city from its state and ZIP, a "Name Rd" the
// name reader took for a person — and leave its neighbours in clear ("1842 |Via Del Amo, Torrance, CA 90503|",
// "Shop 12, |Maponya Mall, …|", "|Brownsville Rd|, Pittsburgh"). After the merge, each street part grows over the
// parts the address grammar puts beside it; a number or a city alone never starts an address. Pure: spans in, spans out.
import type { PhiSpan } from '../../core/phi-types.js';

/** Words that end a street's name ("Sumneytown Pike", "Gulf Fwy S") or open one in Spanish/Portuguese/Malay. */
const STREET_END =
  /\b(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Tce|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Freeway|Fwy|Expressway|Expy|Pike|Turnpike|Square|Sq|Trail|Trl|Close|Crescent|Cres|Mall|Walk|Row|Mews|Loop|Alley)\.?(?:[ ][NSEW]{1,2}\b\.?)?$/;
const STREET_HEAD = /^(?:Via|Calle|Camino|Avenida|Av\.|Rua|Rue|Jalan|Jln\.?|Paseo|Arroyo|Carrera)[ ]\p{Lu}/u;
/** A house number (and a unit before it) right before the street, at a clause start. */
const HOUSE_BEFORE =
  /(?:^|[\n,:;(—–：，；（]|[ ]-|\b(?:at|on|to|from|of|in|is))[ \t]*((?:(?:Shop|Unit|Flat|Apt|Suite|Ste|Lot|Bldg|Block|Blk|Rt|Route|RR)\.?[ ]?#?[A-Za-z0-9-]{1,5},?[ ]+)?(?:\d{1,6}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?[ ])?)$/;
/** After the street: a unit, a city (with its state or ZIP, or closing the clause), a ZIP or postcode, a bracketed unit. */
const CITY = "\\p{Lu}[\\p{L}'’-]+(?:[ ]\\p{Lu}[\\p{L}'’-]+){0,2}";
const TAIL_PARTS: RegExp[] = [
  /^,?[ ]+(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Box)\.?[ ]?#?[A-Za-z0-9-]{1,6}(?![A-Za-z0-9])/,
  // City, state and ZIP may stand on the next line of an envelope-style address ("…Apt 2R\n   Chicago IL 60640").
  new RegExp(`^(?:,[ ]*|[ ]*\\n[ \\t]*(?=${CITY},?[ ]+[A-Z]{2}[ ]))${CITY}(?:,?[ ]+[A-Z]{2})?,?[ ]+(?=[0-9O]{5}\\b)[0-9O]{5}(?:-\\d{4})?(?![A-Za-z0-9])`, 'u'),
  new RegExp(`^,[ ]*${CITY},?[ ]+[A-Z]{2}(?![A-Za-z0-9])`, 'u'),
  new RegExp(`^,[ ]*${CITY}(?=[ ]*(?:[.;(—–]|[ ]-|\\n|$))`, 'u'),
  /^,?[ ]+\d{5}(?:-\d{4})?(?![A-Za-z0-9])/,
  /^,?[ ]+[A-Z]{1,2}\d[A-Z\d]?(?:[ ]\d[A-Z]{2})?(?![A-Za-z0-9])/,
  /^[ ]*\((?:[a-z]+[ ]){0,2}(?:unit|apt|apartment|flat|floor|room|basement|casita|trailer)[^)\n]{0,20}\)/,
];

/** A street part: a name ending in a street's type word, or an address holding one (the city after it may be in). */
const STREET_WORD = new RegExp(STREET_END.source.replace(/\$$/, '(?![A-Za-z])'));
/** A person's title opens a name, never a street ("Dr Lane, Cardiology"). */
const TITLED = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sr|Br|Fr)\.?[ ]/;
const street = (s: PhiSpan): boolean =>
  STREET_HEAD.test(s.text) || (s.type === 'NAME' ? STREET_END.test(s.text) && !TITLED.test(s.text) : STREET_WORD.test(s.text));

export function growAddressLines(text: string, spans: PhiSpan[]): PhiSpan[] {
  if (!/\p{Lu}/u.test(text)) return spans;
  return spans.map((s) => {
    if ((s.type !== 'ADDRESS' && s.type !== 'NAME') || /[\u4e00-\u9fff]/.test(s.text)) return s;
    const house = HOUSE_BEFORE.exec(text.slice(Math.max(0, s.start - 48), s.start))?.[1] ?? '';
    // An address found already grows over its neighbours; a number before it only when the address opens with a word.
    const isStreet = street(s) || s.type === 'ADDRESS';
    const houseUsed = street(s) ? house : '';
    // A person's name is a street only with its type word and a number or a city beside it ("1500 Sumneytown Pike").
    if (!isStreet || (s.type === 'NAME' && !/\d/.test(house) && !TAIL_PARTS[3].test(text.slice(s.end, s.end + 40)))) return s;
    let start = s.start - houseUsed.length;
    let end = s.end;
    for (let round = 0; round < 4; round++) {
      const rest = text.slice(end, end + 60);
      const part = TAIL_PARTS.map((re) => re.exec(rest)?.[0] ?? '').reduce((a, b) => (b.length > a.length ? b : a), '');
      if (!part) break;
      end += part.length;
    }
    while (start < s.start && /\s/.test(text[start])) start++;
    if (start === s.start && end === s.end && s.type === 'ADDRESS') return s;
    return { type: 'ADDRESS', start, end, text: text.slice(start, end) };
  });
}
