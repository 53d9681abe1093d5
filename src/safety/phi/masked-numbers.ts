// A number some system has partly masked still identifies: "138****6620" (a Chinese mobile as apps show it),
// "xxx-xx-3318" / "***-**-4417" (an SSN on a form copy), "VISA ****4417", "6228 48** **** 5517" (a bank card on a
// receipt), "XXXX XXXX 7734" (an Aadhaar). The reading is the number's SHAPE, not a label: one token of digits and
// mask characters (* ＊ • ● x X ×), grouped by single spaces or hyphens, with a run of at least two masks, at least
// three masks in all, and at least three visible digits at its end. Nothing clinical is written that way: a product
// "2x3" has one x, "p<0.001***" ends in masks, markdown bold ("**4**") has one digit.
// The type follows the shape: 3-2-4 is an SSN, eleven places opening 1[3-9] a Chinese mobile, 16 places a card;
// any other masked number is an OTHER_ID (a phone cue before it makes it a PHONE).
import type { PhiSpan, PhiType } from '../types.js';
import { cueBefore, span } from './span.js';

const MASK_CHARS = '*＊•●xX×';
/** A maximal token of digits and mask characters, single spaces or hyphens only between two such characters. */
const TOKEN = new RegExp(`(?<![0-9A-Za-z${MASK_CHARS}])[0-9${MASK_CHARS}](?:[0-9${MASK_CHARS}]|[- ](?=[0-9${MASK_CHARS}]))*[0-9](?![0-9A-Za-z])`, 'g');
const MASK_RUN = new RegExp(`[${MASK_CHARS}]+`, 'g');
/** What follows a quantity, not a number: a unit, or a closing run of emphasis stars. */
const AFTER_QUANTITY = /^[ \t]?(?:mg|mcg|µg|ug|g|kg|ml|mL|l|L|units?|u|IU|iu|mmol|mEq|meq|%|次|片|粒|支|毫升|毫克|克|单位|單位)(?![A-Za-z])|^[ \t]+[*＊]{2,}/;
const PHONE_CUE = /(?:电话|電話|手机|手機|号码|號碼|tel|phone|mobile|cell|mob)\.?\s*[:：]?\s*$/i;

/** The places (digits and masks) of a token, its groups, and the reading they allow; null when no masked number. */
export function maskedNumberType(token: string): PhiType | null {
  const masks = token.replace(new RegExp(`[^${MASK_CHARS}]`, 'g'), '').length;
  const runs = token.match(MASK_RUN) ?? [];
  const longest = Math.max(0, ...runs.map((r) => r.length));
  const tail = /\d+$/.exec(token)?.[0].length ?? 0;
  const places = token.replace(/[- ]/g, '');
  if (masks < 3 || longest < 2 || tail < 3 || places.length < 7 || places.length > 19) return null;
  // Letters as masks only when they are all of one case and only masks: "xxx-xx-3318", "XXXX XXXX 7734".
  const letters = token.replace(/[^A-Za-z]/g, '');
  if (letters && !/^(?:x+|X+)$/.test(letters)) return null;
  // Letter masks come before a group's digits ("xxx-xx-3318", "XXXX4417"), never after them: "100x", "4x4" are no mask.
  if (letters && token.split(/[- ]/).some((g) => !/^[xX]*\d*$/.test(g))) return null;
  if (/^[^-\s]{3}-[^-\s]{2}-\d{4}$/.test(token)) return 'SSN';
  if (places.length === 11 && /^1[3-9]/.test(places)) return 'PHONE';
  if (places.length >= 15 && places.length <= 19) return 'ACCOUNT';
  return 'OTHER_ID';
}

export function detectMaskedNumbers(text: string): PhiSpan[] {
  if (!/[*＊•●xX×]{2}/.test(text)) return [];
  const out: PhiSpan[] = [];
  TOKEN.lastIndex = 0;
  for (const m of text.matchAll(TOKEN)) {
    const type = maskedNumberType(m[0]);
    if (!type) continue;
    const start = m.index ?? 0;
    // Stars as emphasis around a quantity ("*** 1000 mg ***", "** 2000 units"): a unit or another mask run after it.
    if (AFTER_QUANTITY.test(text.slice(start + m[0].length, start + m[0].length + 12))) continue;
    const typed = type === 'OTHER_ID' && cueBefore(text, start, PHONE_CUE, 16) ? 'PHONE' : type;
    out.push(span(typed, text, start, start + m[0].length));
  }
  return out;
}
