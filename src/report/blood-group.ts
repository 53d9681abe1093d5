// A blood-group row ("Blood Group  O", "ABO血型  ABO  B型", "Rh(D) Type ..... NEGATIVE", "ABO/Rh  A POS") holds a
// result in a grammar of its own: a group letter is no value anywhere else (the B of "Hepatitis B", the O a misread 0),
// and its Rh word is no positive finding. The row is read by its name first, then the group grammar; it has no range
// and is never flagged. Anything after the value but a bracketed word or a lab code is prose, not a row.
import { toSimplified } from '../core/han-variants.js';

export interface BloodGroupRow {
  name: string;
  valueText: string;
}

const RH_WORD = String.raw`(?:positive|negative|pos|neg|阳性|阴性)`;
const ABO_NAME = String.raw`(?:ABO\s*\/\s*Rh(?:\s*\([^)]{1,20}\))?|ABO\s*(?:血型(?:鉴定)?|blood\s*(?:group|type)|group(?:ing)?|type)?|血型(?:鉴定)?|blood\s*(?:group|type)(?:\s*\(ABO\))?)`;
const RH_NAME = String.raw`(?:Rh\s*(?:\(\s*D\s*\)|D)?\s*(?:血型|type|group(?:ing)?|factor)|Rh\s*(?:\(\s*D\s*\)|D))`;
/** Between the name and the value: spaces, a colon, a dot leader, or the name's code cell ("ABO", "Rh"). */
const GAP = String.raw`(?:\s*[:：]\s*|\s*\.{3,}\s*|\s+)(?:(?:ABO|Rh\(?D?\)?)\s+)?`;
const ABO_VALUE = String.raw`(?:AB|A|B|O)(?:型|(?:\s+(?:Rh\s*\(?D?\)?\s*)?${RH_WORD}|[+-](?![\w])))?`;
const RH_VALUE = String.raw`(?:Rh\s*)?${RH_WORD}(?:\s*\([+-]\))?`;
/** What may follow the value in its row: a bracketed range or word, a printed range word, a lab or footnote code. */
const TAIL = String.raw`(?:\s+(?:[(（[][^)）\]]{1,30}[)）\]]|${RH_WORD}|\d{1,2}))*\s*$`;

const ABO_ROW = new RegExp(String.raw`^(${ABO_NAME})${GAP}(${ABO_VALUE})${TAIL}`, 'i');
const RH_ROW = new RegExp(String.raw`^(${RH_NAME})${GAP}(${RH_VALUE})${TAIL}`, 'i');

/** The blood group a row prints, or undefined when the line is no blood-group row. */
export function bloodGroupRow(line: string): BloodGroupRow | undefined {
  const text = toSimplified(line.trim());
  const m = ABO_ROW.exec(text) ?? RH_ROW.exec(text);
  if (!m) return undefined;
  // The printed characters (a traditional 血型 stays as printed): toSimplified keeps every length.
  const start = line.indexOf(line.trim());
  const at = text.indexOf(m[2], m[1].length);
  return { name: line.slice(start, start + m[1].length).trim(), valueText: line.trim().slice(at, at + m[2].length) };
}

const GROUP_WORD = /blood\s*(?:group|type)|血型/i;
const RH_ONLY = new RegExp(String.raw`^${RH_WORD}$`, 'i');
/**
 * A blood-group line the grammar above could not read ("Blood Group (ABO & Rh)  B Positive", "Donor blood type O
 * negative"): its Rh word is no test result of the words before it, so it gives a name no result evidence.
 */
export function unreadBloodGroup(name: string, valueText: string): boolean {
  return GROUP_WORD.test(toSimplified(name)) && RH_ONLY.test(toSimplified(valueText.trim()));
}
