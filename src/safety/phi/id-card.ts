// Chinese resident ID card numbers (GB 11643-1999): 17 digits + check character, embedded birth date.
// Valid checksum + date → always an ID. A near-miss (typo) still counts when an ID cue precedes it.
import type { PhiSpan } from '../types.js';
import { cueBefore, span } from './span.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
// Written contiguous or grouped 6-8-4 ("110105 19491231 002X"), as forms and scans often print them.
const CANDIDATE = /(?<![0-9A-Za-z])([1-9]\d{5})[ -]?((?:18|19|20)\d{2})(\d{2})(\d{2})[ -]?(\d{3})([0-9Xx])(?![0-9A-Za-z])/g;
const OLD_15 = /(?<![0-9A-Za-z])[1-9]\d{14}(?![0-9A-Za-z])/g;
const ID_CUE = /(?:身份证|证件|公民身份|ID\s*(?:card|no\.?|number)?|identity)\s*(?:号码?|No\.?|number)?\s*[:：#]?\s*$/i;

/** Above labelled spans (src/safety/phi/labelled.ts): the checksum is stronger evidence than a label. */
const VALID_RANK = 40;

export function idCardChecksum(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && dt.getTime() <= Date.now();
}

export function isValidChineseId(id: string): boolean {
  const m = /^([1-9]\d{5})(\d{4})(\d{2})(\d{2})\d{3}[0-9Xx]$/.exec(id);
  if (!m) return false;
  if (!validDate(Number(m[2]), Number(m[3]), Number(m[4]))) return false;
  return idCardChecksum(id.slice(0, 17)) === id[17].toUpperCase();
}

export function detectIdCards(text: string): (PhiSpan & { rank?: number })[] {
  const out: (PhiSpan & { rank?: number })[] = [];
  if (!/\d{6}/.test(text)) return out;
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    const id = m[0].replace(/[ -]/g, '');
    const cued = cueBefore(text, start, ID_CUE, 16);
    const dateOk = validDate(Number(m[2]), Number(m[3]), Number(m[4]));
    // A checksum-valid number is an ID card whatever label precedes it ("ID card number", "卡号").
    if (dateOk && isValidChineseId(id)) out.push({ ...span('ID_CARD', text, start, start + m[0].length), rank: VALID_RANK });
    else if (cued) out.push(span('ID_CARD', text, start, start + m[0].length));
  }
  // 15-digit first-generation cards: only with a cue (15-digit numbers are otherwise too common).
  for (const m of text.matchAll(OLD_15)) {
    const start = m.index ?? 0;
    if (cueBefore(text, start, ID_CUE, 16)) out.push(span('ID_CARD', text, start, start + 15));
  }
  return out;
}
