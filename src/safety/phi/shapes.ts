// Identifiers recognised by their shape alone, each with a check that plain clinical text cannot pass: SSNs
// (SSA-valid area/group/serial), bank cards (Luhn), IPv4/IPv6, MAC addresses, VINs, Chinese plates (incl.
// new-energy), Chinese passports and 港澳通行证 numbers. Section numbers ("3.1.2.1"), times ("10:30:00") and lab
// values never take these shapes.
import type { PhiSpan, PhiType } from '../types.js';
import { luhnValid } from './id-value.js';
import { span } from './span.js';

// Starts with a digit so the scan skips text quickly; boundaries and SSA ranges are checked in code.
const SSN = /\d{3}-\d{2}-\d{4}/g;
const SSN_CUED =
  /(?<![A-Za-z])(?:SSN|SS#|Social\s+Security(?:\s+(?:No\.?|Number|#|card))?)(?:\s*(?:No\.?|Number|#|is|was|:))*\s*(\d{3}[- ]?\d{2}[- ]?\d{4})(?!\d)/gi;
const CARD = /(?<![\d-])(?:[3-6]\d{3}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?|[3-6]\d{14,18})(?![\d-])/g;
const IPV4 = /(?<![\d.])((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?::\d{2,5})?(?![\d.]\d)/g;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%[\w]+)?(?![\w:])/g;
const MAC = /(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])/g;
const VIN = /(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g;
const PROV = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE = new RegExp(
  `[${PROV}][A-HJ-NP-Z][·•・\\s-]?(?:[DF][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[DF]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳领试超])(?![A-Za-z0-9])`,
  'g',
);
const PASSPORT = /(?<![A-Za-z0-9])(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7}|[CH]\d{8}|C[A-Z]\d{7})(?![A-Za-z0-9])/g;
/** IBAN: country, check digits, groups of four ("GB82 WEST 1234 5698 7654 32"), mod-97 valid or after "IBAN". */
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  const moved = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const d of moved) r = (r * 10 + Number(d)) % 97;
  return r === 1;
}

/** Twelve or more digits (contiguous or grouped) are an identifier in any context ("any other unique number"). */
const LONG_NUMBER = /(?<![\d.,-])\d(?:[ -]?\d){11,24}(?![\d.,])/g;
const SECTION_CUE = /(?:第|条|章|节|版本?|[Vv]er(?:sion)?\.?\s?|[Vv]|§|section\s|table\s|figure\s|表|图)\s*$/i;

const VIN_MAP: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The VIN check digit (position 9) for a 17-character VIN, or null when a character is not allowed in a VIN. */
export function vinCheckDigit(vin: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i];
    const v = c >= '0' && c <= '9' ? Number(c) : VIN_MAP[c];
    if (v === undefined) return null;
    sum += v * VIN_WEIGHTS[i];
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

export function vinCheckValid(vin: string): boolean {
  return vin.length >= 17 && vin[8] === vinCheckDigit(vin);
}

function push(out: PhiSpan[], type: PhiType, text: string, start: number, end: number): void {
  out.push(span(type, text, start, end));
}

export function detectShapes(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  const hasDigit = /\d/.test(text);
  if (!hasDigit) return out;
  for (const m of text.includes('-') ? text.matchAll(SSN) : []) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (/[\d-]/.test(text[at - 1] ?? '') || /[\d-]/.test(text[end] ?? '')) continue;
    const [area, group, serial] = m[0].split('-');
    if (area === '000' || area === '666' || area[0] === '9' || group === '00' || serial === '0000') continue;
    push(out, 'SSN', text, at, end);
  }
  for (const m of /ss|social/i.test(text) ? text.matchAll(SSN_CUED) : []) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    push(out, 'SSN', text, start, start + m[1].length);
  }
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 15 && digits.length <= 19 && luhnValid(digits)) push(out, 'ACCOUNT', text, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  if (text.includes('.')) {
    for (const m of text.matchAll(IPV4)) {
      const start = m.index ?? 0;
      const octets = m[1].split('.');
      const cued = /(?:IP|ip|地址|address|host|服务器|server)\W{0,3}$/.test(text.slice(Math.max(0, start - 14), start));
      // "3.1.2.1" is a section number; a real address has several multi-digit octets, or a label.
      if (!cued && (octets.filter((o) => o.length >= 2).length < 2 || Number(octets[0]) < 10 || SECTION_CUE.test(text.slice(Math.max(0, start - 10), start))))
        continue;
      push(out, 'IP', text, start, start + m[0].length);
    }
  }
  if (text.includes(':') || text.includes('-')) {
    for (const m of text.matchAll(MAC)) push(out, 'DEVICE', text, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  if (text.includes(':')) {
    for (const m of text.matchAll(IPV6)) {
      const v = m[0];
      const colons = v.split(':').length - 1;
      if (!(v.includes('::') || colons === 7)) continue;
      if (v.replace(/[:%]/g, '').length < 4 || !/[0-9a-fA-F]{3}/.test(v)) continue;
      push(out, 'IP', text, m.index ?? 0, (m.index ?? 0) + v.length);
    }
  }
  for (const m of text.matchAll(VIN)) {
    const v = m[0];
    const letters = v.replace(/[^A-Z]/g, '').length;
    if (letters < 2 || !/\d{4}$/.test(v)) continue;
    if (vinCheckValid(v) || /(?:VIN|车架号|识别代号|识别号)\W{0,4}$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0)) || letters >= 3) {
      push(out, 'VEHICLE', text, m.index ?? 0, (m.index ?? 0) + v.length);
    }
  }
  for (const m of text.matchAll(PLATE)) {
    if (!/\d/.test(m[0])) continue;
    push(out, 'PLATE', text, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of text.matchAll(PASSPORT)) push(out, 'PASSPORT', text, m.index ?? 0, (m.index ?? 0) + m[0].length);
  for (const m of text.matchAll(IBAN)) {
    const at = m.index ?? 0;
    if (ibanValid(m[0]) || /IBAN\W{0,3}$/i.test(text.slice(Math.max(0, at - 8), at))) push(out, 'ACCOUNT', text, at, at + m[0].length);
  }
  for (const m of text.matchAll(LONG_NUMBER)) {
    // "190000-200000元" is a range of amounts, not an identifier.
    const parts = m[0].split('-');
    if (parts.length === 2 && parts[0].length === parts[1].length) continue;
    push(out, 'OTHER_ID', text, m.index ?? 0, (m.index ?? 0) + m[0].replace(/[ -]+$/, '').length);
  }
  return out;
}
