// The type of a redacted span read from its FORM once every reading is done (issue #11, s44): the span is caught but
// called the wrong thing. A name whose head is a road's type word is a road ("Lake Harriet Pkwy", "Coychurch Rd",
// "East Lancashire Rd"); a state-and-ZIP, a UK or Australian postcode or a PIN written straight after an address is
// that address's postcode ("…, Hattiesburg, MS 39401", "…, Bolton BL1 5QH", "Mount Isa QLD 4825"), not a plate or an
// ID. Only the label changes: the spans and their extent are the caller's, so nothing is released or redacted more.
// Run last (after propagation), so what spread as a name keeps spreading as before.
import type { PhiSpan } from '../types.js';

/** Road type words that head a road's name and are no surname or given name ("Lane", "Way", "Drive" are both). */
const ROAD_HEAD = /^(?:\p{Lu}[\p{L}'’-]*[ ]){1,3}(?:Rd|Road|Ave|Avenue|Pkwy|Parkway|Blvd|Boulevard|Hwy|Highway|Fwy|Freeway|Expressway|Street|St)\.?$/u;
/** A name reading that opens with a title is a person even before a road word ("Dr Rd", "St" as Saint opens). */
const TITLE_OPEN = /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|St|Saint|Sr)\.?[ ]/;
/** Postcodes by their own shape: US state + ZIP, UK, Australian state + 4 digits, a 5-digit ZIP, an Indian PIN. */
const POSTCODE = /^(?:[A-Z]{2}[ ]\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ ]\d{4}|\d{5}(?:-\d{4})?|\d{6})$/;
/** What may stand between an address and its postcode. */
const JOIN = /^(?:,[ ]?|[ ]|[ ]?[-–][ ]?)$/;

export function retypePlaces(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  const addressEnds = new Set(spans.filter((s) => s.type === 'ADDRESS').map((s) => s.end));
  return spans.map((s) => {
    if (s.type === 'NAME' && ROAD_HEAD.test(s.text) && !TITLE_OPEN.test(s.text)) return { ...s, type: 'ADDRESS' };
    if ((s.type === 'PLATE' || s.type === 'OTHER_ID') && POSTCODE.test(s.text)) {
      for (let gap = 1; gap <= 3; gap++) if (addressEnds.has(s.start - gap) && JOIN.test(text.slice(s.start - gap, s.start))) return { ...s, type: 'ADDRESS' };
    }
    return s;
  });
}
