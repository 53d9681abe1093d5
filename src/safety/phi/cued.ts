// Identifiers recognised by the label in front of them: hospital record numbers (病历号/住院号/门诊号/MRN…)
// and dates of birth (出生/生日/DOB/born…). The label stays; only the value becomes a placeholder.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';

const MRN_CUE =
  /(?:病历号|病案号|住院号|门诊号|就诊号|就诊卡号|诊疗卡号|医保卡号|社保卡号|登记号|检验号|样本号|标本号|患者ID|病人ID|ID号|MRN|Medical\s+Record\s+(?:No\.?|Number|#)|Med(?:ical)?\s+Rec(?:ord)?\s*#|Record\s+(?:No\.?|Number|#)|Hospital\s+(?:No\.?|Number|#)|Patient\s+(?:ID|No\.?|Number|#)|Chart\s+(?:No\.?|Number|#)|Accession\s+(?:No\.?|Number|#)|Case\s+(?:No\.?|Number))/gi;
// Value: up to 24 id characters with at least 3 digits, after optional "号码/是/为/:/#".
const MRN_VALUE = /^(?:\s*(?:号码|码|是|为|:|：|#|no\.?|number|is)\s*){0,3}\s*([A-Za-z]{0,4}[-\s]?\d[\dA-Za-z-]{2,22})/i;

const DOB_CUE = /(?:出生日期|出生年月日?|出生于|生于|出生|生日|诞生于|DOB|D\.O\.B\.?|Date\s+of\s+Birth|Birth\s*date|Birthday|born(?:\s+on)?)/gi;
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATE_FORMS = [
  /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?/,
  /(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/,
  /\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}/,
  new RegExp(`(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}`, 'i'),
  new RegExp(`\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+(?:19|20)\\d{2}`, 'i'),
  /(?:19|20)\d{2}[-/.]\d{1,2}(?![\d-/.])/,
  /(?:19|20)\d{2}\s*年/,
];
const DOB_GAP = /^(?:\s*(?:日期|是|为|于|在|on|is|:|：|-)\s*){0,3}\s*/i;

export function detectMrns(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  MRN_CUE.lastIndex = 0;
  for (const cue of text.matchAll(MRN_CUE)) {
    const after = (cue.index ?? 0) + cue[0].length;
    const m = MRN_VALUE.exec(text.slice(after, after + 40));
    if (!m) continue;
    const value = m[1].replace(/[-\s]+$/, '');
    if ((value.match(/\d/g) ?? []).length < 3) continue;
    const start = after + m[0].indexOf(m[1]);
    out.push(span('MRN', text, start, start + value.length));
  }
  return out;
}

// "我是1985年3月12日出生的", "1990-07-01生", "born 3/4/1980" is handled above; this is the date-first order.
const DATE_THEN_BORN = new RegExp(
  `(${[DATE_FORMS[0], DATE_FORMS[1], DATE_FORMS[2]].map((f) => f.source).join('|')})\\s*(?=出生|生人|出世|生的|年生|生于)`,
  'g',
);

export function detectDobs(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const m of text.matchAll(DATE_THEN_BORN)) {
    const start = m.index ?? 0;
    out.push(span('DOB', text, start, start + m[1].length));
  }
  DOB_CUE.lastIndex = 0;
  for (const cue of text.matchAll(DOB_CUE)) {
    const after = (cue.index ?? 0) + cue[0].length;
    const rest = text.slice(after, after + 40);
    const gap = DOB_GAP.exec(rest)?.[0].length ?? 0;
    const tail = rest.slice(gap);
    for (const form of DATE_FORMS) {
      const m = new RegExp(`^(?:${form.source})`, form.flags.replace('g', '')).exec(tail);
      if (m) {
        out.push(span('DOB', text, after + gap, after + gap + m[0].length));
        break;
      }
    }
  }
  return out;
}

// Any full calendar date (day precision), for HIPAA-style de-identification where every date more specific than a
// year is an identifier. Off by default: visit dates and onset dates are clinically useful.
const FULL_DATE = new RegExp(`(?<![\\d])(?:${DATE_FORMS.slice(0, 5).map((f) => f.source).join('|')})(?![\\d])`, 'gi');

export function detectDates(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const start = m.index ?? 0;
    out.push(span('DATE', text, start, start + m[0].length));
  }
  return out;
}
