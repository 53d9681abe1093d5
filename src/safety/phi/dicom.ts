// Identifiers in a DICOM header pasted into a report ("PatientName=WANG^LI", "(0010,0030) PatientBirthDate 19740905",
// dcmdump's "(0010,0010) PN [WANG^LI]  # 8, 1 PatientName"). The attributes are the ones the DICOM standard's basic
// de-identification profile (PS3.15 Annex E) removes, named by keyword or by tag, so a header is read by its format
// rather than by the words around a value — a caret-joined name or an eight-digit birth date has no cue of its own.
import type { PhiSpan, PhiType } from '../types.js';
import { span } from './span.js';

/** keyword → [tag, type] for the PS3.15 attributes that carry a person's identifiers. */
const ATTRIBUTES: Record<string, [string, PhiType]> = {
  PatientName: ['0010,0010', 'NAME'],
  OtherPatientNames: ['0010,1001', 'NAME'],
  PatientBirthName: ['0010,1005', 'NAME'],
  PatientMotherBirthName: ['0010,1060', 'NAME'],
  ReferringPhysicianName: ['0008,0090', 'NAME'],
  PerformingPhysicianName: ['0008,1050', 'NAME'],
  PhysiciansOfRecord: ['0008,1048', 'NAME'],
  NameOfPhysiciansReadingStudy: ['0008,1060', 'NAME'],
  OperatorsName: ['0008,1070', 'NAME'],
  RequestingPhysician: ['0032,1032', 'NAME'],
  ResponsiblePerson: ['0010,2297', 'NAME'],
  PersonName: ['0040,a123', 'NAME'],
  PatientID: ['0010,0020', 'MRN'],
  OtherPatientIDs: ['0010,1000', 'MRN'],
  AccessionNumber: ['0008,0050', 'MRN'],
  AdmissionID: ['0038,0010', 'MRN'],
  PatientBirthDate: ['0010,0030', 'DATE'],
  StudyDate: ['0008,0020', 'DATE'],
  SeriesDate: ['0008,0021', 'DATE'],
  AcquisitionDate: ['0008,0022', 'DATE'],
  ContentDate: ['0008,0023', 'DATE'],
  AcquisitionDateTime: ['0008,002a', 'DATE'],
  PatientAge: ['0010,1010', 'AGE'],
  StudyInstanceUID: ['0020,000d', 'OTHER_ID'],
  SeriesInstanceUID: ['0020,000e', 'OTHER_ID'],
  SOPInstanceUID: ['0008,0018', 'OTHER_ID'],
  FrameOfReferenceUID: ['0020,0052', 'OTHER_ID'],
  StudyID: ['0020,0010', 'OTHER_ID'],
  StationName: ['0008,1010', 'DEVICE'],
  DeviceSerialNumber: ['0018,1000', 'DEVICE'],
  PatientAddress: ['0010,1040', 'ADDRESS'],
  PatientTelephoneNumbers: ['0010,2154', 'PHONE'],
};
const BY_TAG = new Map(Object.values(ATTRIBUTES).map(([tag, type]) => [tag, type]));
const KEYWORDS = Object.keys(ATTRIBUTES).join('|');

/** "Keyword=Value" or "Keyword: Value" (one header per line or several on a line, two spaces apart). */
const KEYWORD_VALUE = new RegExp(`(?<![A-Za-z])(${KEYWORDS})[ \\t]*[=:][ \\t]*(\\[[^\\]\\n]*\\]|[^\\s=]+(?: [^\\s=]+)*?)(?= {2,}|\\t|\\n|$)`, 'g');
/** "(gggg,eeee) [VR] [Keyword] value" — the value bracketed or up to two spaces, a '#' comment or the line end. */
const TAG_LINE =
  /^[ \t]*\((\p{Hex_Digit}{4}),[ \t]?(\p{Hex_Digit}{4})\)[ \t]+(?:[A-Z]{2}[ \t]+)?(?:([A-Z][A-Za-z]+)[ \t]+)?(\[[^\]\n]*\]|[^\s#][^\n#]*?)(?= {2,}|\t|#|$)/gmu;

/** Placeholders a header may already carry: "[removed]", "[略]", "—", "***", "ANONYMOUS". */
const EMPTY = /^(?:[—–\-*?]+|anonymous|anonymi[sz]ed|removed|redacted|deleted|n\/a|none|unknown|略|已删除|隐藏|匿名)$/i;

function typedValue(type: PhiType, text: string, start: number, value: string): PhiSpan | null {
  let at = start;
  let v = value;
  if (v.startsWith('[')) {
    // A bracketed value, or one whose closing bracket the paste lost ("LO [Q12").
    at += 1;
    v = v.slice(1, v.endsWith(']') ? -1 : undefined);
  }
  v = v.replace(/\s+$/, '');
  // An empty or unclosed bracket ("(0010,0020) LO [", "[ ]") or bare punctuation is no value.
  if (!v || EMPTY.test(v) || !/[\p{L}\p{N}]/u.test(v)) return null;
  // Safe Harbor keeps an age under 90: "049Y" stays, "092Y" goes.
  if (type === 'AGE' && !(Number(/\d+/.exec(v)?.[0] ?? 0) >= 90)) return null;
  return span(type, text, at, at + v.length);
}

export function detectDicom(text: string): PhiSpan[] {
  if (!/Patient|\(\p{Hex_Digit}{4},/u.test(text)) return [];
  const out: PhiSpan[] = [];
  KEYWORD_VALUE.lastIndex = 0;
  for (const m of text.matchAll(KEYWORD_VALUE)) {
    const type = ATTRIBUTES[m[1]]?.[1];
    const start = (m.index ?? 0) + m[0].length - m[2].length;
    const s = type && typedValue(type, text, start, m[2]);
    if (s) out.push(s);
  }
  TAG_LINE.lastIndex = 0;
  for (const m of text.matchAll(TAG_LINE)) {
    const type = BY_TAG.get(`${m[1]},${m[2]}`.toLowerCase()) ?? (m[3] ? ATTRIBUTES[m[3]]?.[1] : undefined);
    if (!type) continue;
    const start = (m.index ?? 0) + m[0].length - m[4].length;
    const s = typedValue(type, text, start, m[4]);
    if (s) out.push(s);
  }
  return out;
}
