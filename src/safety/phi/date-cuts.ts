// A numeric date pattern matched inside a longer number (session 43). "12-2-417/A" (a Hyderabad house number),
// "11-2-501" and "3-2-601" (a Chinese 栋-单元-室 chain) hold a day-month-year shape at their start, and the date reader,
// which ranks above an address in the merge, cut the address the place readers had found in two ("H.No. |12-2-41|7/A,
// Gudimalkapur…" lost everything after the date). A date's own digits end where the number ends: when the digits run
// on past the match, the match is a piece of some other number. Such a date then yields to an address or an employer
// that covers it, and still redacts where no other reader claims it — nothing it held is released. Pure.
import type { PhiSpan } from '../types.js';

/** An all-digit date ("12-2-41", "3.2.60", "11/2/50"), the only shape a longer number can hold. */
const NUMERIC_DATE = /^\d{1,4}(?:[-./]\d{1,4}){1,2}$/;

/** True when `span` is a numeric DATE whose digits run on into the text next to it ("12-2-41" in "12-2-417/A"). */
export function dateCutsNumber(text: string, span: PhiSpan): boolean {
  if (span.type !== 'DATE' || !NUMERIC_DATE.test(text.slice(span.start, span.end))) return false;
  return /\d/.test(text[span.end] ?? '') || /\d/.test(text[span.start - 1] ?? '');
}
