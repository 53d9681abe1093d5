// A printed value damaged the way scanned-and-recognised text damages it, read back in the value cell only (pure).
// People paste a report's OCR'd text ("本单为扫描件识别文本"): a digit group cut by one space ("1 7.3", "1 36", and the
// SI thousands group "2 180"), or a letter standing for a digit ("l68.5", "1.O4", "l9"). Read as printed, the cut
// value is its first piece — "白细胞计数 1 7.3" was a white count of 1, critical-low — and the lettered one is no
// value at all, so the test vanished. The repaired number is shown "please check" with the printed characters.

/** Letters that OCR prints for digits: l/I/| for 1, O/o for 0. */
const LETTER_DIGIT: Record<string, string> = { l: '1', I: '1', '|': '1', O: '0', o: '0' };

/**
 * A value cell cut by one space: at a cell boundary (two or more spaces, or the start) a whole number of one or two
 * digits, ONE space, then one to three digits with an optional decimal part (or the decimal part alone: "6 .8"), and the cell ends there (two or more
 * spaces, a marker, or the line end). Cells of a printed table are set apart by two or more spaces, so one space inside
 * a cell is no column break. A first piece of three digits is a value and a previous result, never one number.
 */
// Pasted inline ("Hemoglobin 1 2.4 g/dL (13.5-17.5)", "Potassium: 5 .8 mmol/L"; review s18 S6/S8) the cell starts
// right after the name (one space or a colon) and ends at its unit: the first piece alone was stated as fact.
// The second piece is never the 10 of a multiplier unit ("9 10*3/uL" is 9 ×10³/µL, not 910; review s20 R2).
const CUT_CELL =
  /(^[\s:：]*|\s{2,})(\d{1,2}) (\d{1,3}(?:\.\d+)?|\.\d+)(?!\*{1,2}\d|[eE]\d|\^\d)(?=\s{2,}|\s*[↑↓*]|\s+[HL]\b|\s+(?:[a-zA-Zµμ%×]|10\^|\*10)\S*(?:\s|$)|$)/;

export interface RepairedCell {
  /** The text with the value cell repaired. */
  text: string;
  /** The value as printed, when it was repaired. */
  printed?: string;
}

/** Join the first value cell of `rest` (the text after a test's name) when one space cut it. */
export function joinCutValue(rest: string): RepairedCell {
  const m = CUT_CELL.exec(rest);
  if (!m || m.index === undefined) return { text: rest };
  // Only the first number after the name: a later cell is a range or a previous result.
  const before = rest.slice(0, m.index + m[1].length);
  if (/\d/.test(before)) return { text: rest };
  const joined = `${m[2]}${m[3]}`;
  return { text: `${before}${joined}${rest.slice(m.index + m[0].length)}`, printed: `${m[2]} ${m[3]}` };
}

/**
 * A value token with letters in digit places ("l68.5", "1.O4", "4.O2", "l9", "1.O25") read as its digits, or
 * undefined when the token is no such value: it must hold a digit, at least one look-alike letter, and nothing but
 * digits, look-alike letters and one decimal point — never a word ("Il", "Oo"), a code ("O2") whose letters lead
 * with no digit before the point beside them ("O2" has none: "O" then one digit is a gas, not zero-two).
 */
export function digitsForLetters(token: string): string | undefined {
  if (!/^[\dlIO|o]+(?:\.[\dlIO|o]+)?$/.test(token) || !/\d/.test(token) || !/[lIO|o]/.test(token)) return undefined;
  // "O2", "CO2"-like: a capital O or I directly before a single final digit with nothing else is a formula.
  if (/^[OI]\d$/.test(token)) return undefined;
  const out = token.replace(/[lIO|o]/g, (c) => LETTER_DIGIT[c] ?? c);
  // A leading zero before a digit is no result ("O9" → "09", a code).
  if (/^0\d/.test(out)) return undefined;
  return out;
}
