// A glucose meter's word for out of range ("POCT Glucose  HI  mmol/L", "血糖仪读数：LO", "Glucose meter reading: Hi"):
// the row has no number, so it used to be skipped without a word — a glucose above 33.3 or below 1.1 mmol/L is a
// call-now critical value. The word is read as the meter's bound (knowledge/critical-values.ts GLUCOSE_METER_RANGE),
// printed as ">33.3" / "<1.1" in the unit printed (mmol/L unless mg/dL is), and the printed word is kept (pure).
import { GLUCOSE_METER_RANGE } from '../knowledge/critical-values.js';
import { aliasWithin } from './alias-index.js';

const WORD = /^(.*?[^\s:：])[\s:：]+(HI|Hi|HIGH|High|LO|Lo|LOW|Low)(?![A-Za-z])(.*)$/;
/** After the word: at most a unit and a printed range — a number there is a value, and the word its flag. */
const REST = /^\s*((?:mmol\/L|mg\/dL)\b)?\s*(?:[(（[]?\s*[<>≤≥]?\s*\d+(?:\.\d+)?\s*(?:[-~～–]\s*\d+(?:\.\d+)?)?\s*[)）\]]?)?\s*$/i;

const POINT_OF_CARE = /\b(?:POCT?|bedside|finger-?stick|capillary|meter)\b/i;

/** The line with a glucose meter's HI/LO read as its bound, and the word as printed; undefined for any other line. */
export function meterReading(body: string): { body: string; printed: string } | undefined {
  const m = WORD.exec(body);
  if (!m || /\d/.test(m[1])) return undefined;
  const rest = REST.exec(m[3]);
  if (!rest) return undefined;
  // Only a row that names glucose: the name part alone, brackets and labels ("(meter)", 读数) included.
  // Or, after a point-of-care word, its last words ("POCT Glucose"; "Estimated Average Glucose" is no meter).
  const isGlucose = (s: string) => aliasWithin(s)?.analytes.some((a) => a.code === 'glu') ?? false;
  const words = m[1].split(/\s+/);
  const glucose = isGlucose(m[1]) || (POINT_OF_CARE.test(m[1]) && words.some((_, k) => isGlucose(words.slice(k).join(' '))));
  if (!glucose) return undefined;
  const unit = rest[1]?.toLowerCase() === 'mg/dl' ? 'mg/dL' : 'mmol/L';
  const [low, high] = GLUCOSE_METER_RANGE[unit];
  const bound = /^h/i.test(m[2]) ? `>${high}` : `<${low}`;
  return { body: `${m[1]}  ${bound}${rest[1] ? '' : ` ${unit}`}${m[3]}`, printed: m[2] };
}
