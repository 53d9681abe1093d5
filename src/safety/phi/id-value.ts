// Reading an identifier value after its label: "住院号：ZY2023001", "MRN # 00123456", "Member ID is XJH-1234 5678".
// The label's connective (号码/是/为/:/#/No./is) is skipped; the value is one token of letters, digits and inner
// separators (a space only between digit groups, so "ID 12345 today" stops before "today").

/** What may sit between a label and its value. */
const GAP = /^(?:[ \t]*(?:号码|编码|号|码|是|为|:|：|#|＃|№|No\.?|Nos?\.|number|num\.?|is|was|of|=)[ \t]*){0,3}[ \t]*/i;
// GS1 device identifiers open with application identifiers in parentheses: "(01)00643169007222(17)160128".
const TOKEN =
  /^(?:\(\d{2,4}\))?[A-Za-z0-9](?:[A-Za-z0-9]|\(\d{2,4}\)(?=[A-Za-z0-9])|[-/.·](?=[A-Za-z0-9])|(?<=[0-9A-Fa-f]{2}):(?=[0-9A-Fa-f]{2})|(?<=\d)[ \t](?=\d))*/;

export interface ValueRead {
  /** Offset of the value from the label's end. */
  offset: number;
  value: string;
}

export function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * The identifier token after a label ending at `at`, or null. `minDigits` rejects words ("病历号不详",
 * "Patient ID unknown"); `maxLen` keeps a run-on from swallowing the sentence.
 */
export function readIdValue(text: string, at: number, minDigits = 3, maxLen = 40): ValueRead | null {
  const rest = text.slice(at, at + maxLen + 16);
  const gap = GAP.exec(rest)?.[0].length ?? 0;
  const m = TOKEN.exec(rest.slice(gap));
  if (!m) return null;
  let value = m[0];
  // A trailing English word glued with a dash/dot is not part of an id, but trailing letters are ("A-99812B").
  value = value.replace(/[-/.·:\s]+$/, '');
  if (value.length > maxLen || countDigits(value) < minDigits) return null;
  return { offset: gap, value };
}

/** Luhn check (bank cards, IMEI). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}
