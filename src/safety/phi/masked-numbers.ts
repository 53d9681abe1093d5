// A number some system has partly masked still identifies: "138****6620" (a Chinese mobile as apps show it),
// "xxx-xx-3318" / "***-**-4417" / "***-xx-4417" (an SSN on a form copy), "VISA ****4417", "6228 48** **** 5517" (a
// bank card on a receipt), "XXXX XXXX 7734" (an Aadhaar), "13812345***" (a number whose end is hidden). The reading
// is the number's SHAPE, not a label: one token of digits and mask characters (* ＊ • ● x X ×), grouped by single
// spaces or hyphens, with a run of at least two masks, at least three masks in all, and its visible digits at its
// end (three or more) or at its start (four or more, masks after them). Nothing clinical is written that way: a
// product "2x3" has one x, "p<0.001***" is a decimal's significance stars, markdown bold ("**4**") has one digit.
// A mask stands IN PLACE of digits; emphasis marks stand AROUND a value. A run of stars before a number closed by the
// same run after it ("Troponin ***1250*** ng/L", "Platelets ***8000***", "***1250 ng/L***") is emphasis, as is a star
// run before a quantity with its unit ("*** 1000 mg ***", "***2000 units"), unless an identifier's label stands
// before it ("Card: ***4417***" stays a mask).
// The type follows the shape: 3-2-4 is an SSN, eleven places opening 1[3-9] a Chinese mobile, 16 places a card;
// any other masked number is an OTHER_ID (a phone cue before it makes it a PHONE).
import type { PhiSpan, PhiType } from '../types.js';
import { cueBefore, span } from './span.js';
import { PANELS, REFERENCE_TABLE } from '../../knowledge/reference-ranges.js';

const MASK_CHARS = '*＊•●xX×';
/** A maximal token of digits and mask characters, single spaces or hyphens only between two such characters. It may
 * end in digits or in masks (never in a letter mask: "100x" is a magnification). */
const TOKEN = new RegExp(
  `(?<![0-9A-Za-z${MASK_CHARS}])[0-9${MASK_CHARS}](?:[0-9${MASK_CHARS}]|[- ](?=[0-9${MASK_CHARS}]))*[0-9${MASK_CHARS}](?![0-9A-Za-z${MASK_CHARS}])`,
  'g',
);
const MASK_RUN = new RegExp(`[${MASK_CHARS}]+`, 'g');
/** The marks that wrap a value for emphasis (markdown and its full-width and bullet look-alikes), never letters. */
const EMPHASIS = '*＊•●';
/** A token that is only emphasis runs around one whole group of digits: "***1250***", "*** 1000 ***", "***1250". */
const WRAPPED = new RegExp(`^([${EMPHASIS}]{2,})[ ]?(\\d+)(?:[ ]?([${EMPHASIS}]{2,}))?$`);
/** A unit after a number: a dose's or a lab value's ("mg", "ng/L", "x10^9/L", "/µL", "mmol/L", "单位"). */
const UNIT_AFTER =
  /^[ \t]?(?:(?:mg|mcg|µg|μg|ug|ng|pg|g|kg|ml|mL|dL|l|L|units?|u|IU|iu|mmol|µmol|μmol|mEq|meq|U|%|cells|copies|k|K|bpm|mmHg|次|片|粒|支|毫升|毫克|克|单位|單位)(?![A-Za-z])|x ?10\^?\d|×10|\/(?:µ|μ|u|m|d)?[lL](?![A-Za-z])|\/(?:mm3|hpf|min))/;
/** What closes a star run opened before a number on its line: up to 20 characters of unit (no digits, no marks,
 * nothing that ends in a space), then the run, then no digit nor mask (markdown's closing side). */
const CLOSE_AFTER = new RegExp(`^(?:[^\\d\\n${EMPHASIS}]{0,20}[^\\s\\d${EMPHASIS}])?([${EMPHASIS}]{2,})(?![0-9${MASK_CHARS}])`);
const PHONE_CUE = /(?:电话|電話|手机|手機|号码|號碼|tel|phone|mobile|cell|mob)\.?\s*[:：]?\s*$/i;
/** An identifier's label just before a token: there stars around digits are a mask whatever their shape. */
const ID_CUE =
  /(?:电话|電話|手机|手機|(?<!\d)[号號]码?|(?<!\d)號碼|卡|尾[号號]|末[四4][码碼]|后四位|後四位|账号|賬號|身份证|身份證|(?<![A-Za-z])(?:tel|phone|mobile|card|visa|mastercard|amex|acct|account|ssn|id|no|number|ending(?: in| with)?|last (?:4|four)(?: digits)?)|#)\.?\s*[:：]?\s*$/i;

/** The places (digits and masks) of a token, its groups, and the reading they allow; null when no masked number. */
export function maskedNumberType(token: string): PhiType | null {
  const masks = token.replace(new RegExp(`[^${MASK_CHARS}]`, 'g'), '').length;
  const runs = token.match(MASK_RUN) ?? [];
  const longest = Math.max(0, ...runs.map((r) => r.length));
  const tail = /\d+$/.exec(token)?.[0].length ?? 0;
  const head = (/^[\d -]+/.exec(token)?.[0] ?? '').replace(/\D/g, '').length;
  const digits = token.replace(/\D/g, '').length;
  const places = token.replace(/[- ]/g, '');
  if (masks < 3 || longest < 2 || places.length < 7 || places.length > 19) return null;
  // Visible digits at the end, or (masks at the end) four or more visible digits opening the number: "13812345***".
  // Stars on both sides of three or more digits ("***4417***") read as a mask only after an identifier's label
  // (emphasisedValue decides).
  const wrapped = WRAPPED.exec(token);
  const aroundDigits = wrapped?.[3] !== undefined && wrapped[2].length >= 3;
  if (tail < 3 && !(tail === 0 && head >= 4 && digits >= 4 && places.length >= 8) && !aroundDigits) return null;
  // Letters as masks only when they are all of one case: "xxx-xx-3318", "XXXX XXXX 7734", "***-xx-4417".
  const letters = token.replace(/[^A-Za-z]/g, '');
  if (letters && !/^(?:x+|X+)$/.test(letters)) return null;
  // Masks come before a group's digits ("xxx-xx-3318", "XXXX4417") or fill a whole group ("6228 48** **** 5517",
  // "138-1234-****"); a letter mask never follows a digit ("100x", "4x4" are no mask), nor ends the number.
  const groups = token.split(/[- ]/);
  if (letters && (groups.some((g) => /\d[xX]/.test(g)) || /[xX]$/.test(token))) return null;
  // Digits on both sides of a mask inside one group ("138****6620") never with letter masks nor with masks closing the
  // number. Review fix 2 (H2): digit groups before it are the number's own — a country code ("+86 139****1234",
  // "0086 138****6620") or a card's groups ("6222 0212****1234") — and keep START's reading.
  if (groups.some((g) => /\d\D+\d/.test(g)) && (letters || new RegExp(`[${MASK_CHARS}]$`).test(token))) return null;
  if (/^[^-\s]{3}-[^-\s]{2}-[^-\s]{4}$/.test(token)) return 'SSN';
  if (places.length === 11 && /^1[3-9]/.test(places)) return 'PHONE';
  if (places.length >= 15 && places.length <= 19) return 'ACCOUNT';
  return 'OTHER_ID';
}

/** A lab count or a dose has at most six digits (platelets 150000); a longer number in emphasis with no unit after it
 * is read as the code it looks like ("Ref ***4471203***"). */
const BARE_QUANTITY_DIGITS = 6;
const quantityShape = (digits: string, unit: boolean): boolean => digits.length <= BARE_QUANTITY_DIGITS || unit;
/** Digits then a star run, the whole token: "25000***". */
const TRAILING = new RegExp(`^(\\d+)([${EMPHASIS}]{2,})$`);
/** A star run closing the text before a token, with at most a comparison sign or a space between: "***>", "*** ". */
const OPEN_BEFORE = new RegExp(`([${EMPHASIS}]{2,})[ ]?[<>≤≥~≈]?[ ]?$`);

/** Stars around a value, not a mask in place of digits: the token (at `start`) is a star run and one whole group of
 * digits, closed by the same run inside it or after a unit on its line, or followed by a quantity's unit. */
/** Review s35 (S1 A/B): stars around digits stay START's mask unless the text gives CLINICAL evidence — a unit after
 * the value (UNIT_AFTER) or a lab's or a dose's name just before it. The names are the shared lab vocabulary (every
 * analyte's names and aliases and the panels of knowledge/reference-ranges.ts: WBC, Platelets, Troponin, CK, LDH,
 * 血钾, 肌钙蛋白, Lipid) and the dose words; what may stand between the name and the value is only a separator or a
 * result's word ("WBC count: ***25000***", "肌钙蛋白结果 ***1250***"). Without such evidence "Zip ***94110***",
 * "加我微信 ***5621***" and "call her back at ***5621***" are masks, whatever label stands before them. */
/** `pairs`: a capital-pair name (CK, TG) and the highest upper reference bound of its analyte in any of its units. */
let clinicalNames: { lower: Set<string>; exact: Set<string>; pairs: Map<string, number>; longest: number } | undefined;
function clinicalNameSet(): { lower: Set<string>; exact: Set<string>; pairs: Map<string, number>; longest: number } {
  if (clinicalNames) return clinicalNames;
  const lower = new Set<string>();
  const exact = new Set<string>();
  const pairs = new Map<string, number>();
  let upper = 0;
  const add = (n: string) => {
    const v = n.trim();
    if (!v) return;
    // A Latin name of two characters only in its printed mixed case (Cr, Hb, Na, pH): the capital pairs are also
    // states, cities and labels before an identifier ("CA ***94110***", "PT ***448812***"); no single letter.
    if (/^[A-Za-z]{1,2}$/.test(v)) {
      if (v.length === 2 && v !== v.toUpperCase()) exact.add(v);
      else if (v.length === 2) pairs.set(v, Math.max(pairs.get(v) ?? 0, upper));
      return;
    }
    if (/^[\u4e00-\u9fff]$/.test(v)) return;
    // A short Latin name only as printed (WBC, Hgb, GOT, PRO): lower-cased, some are words ("got", "pro", "lip").
    if (/^[A-Za-z0-9-]{3,4}$/.test(v)) exact.add(v);
    else lower.add(v.toLowerCase());
  };
  for (const a of REFERENCE_TABLE) {
    const hi = Math.max(0, a.range?.[1] ?? 0, a.sex?.male[1] ?? 0, a.sex?.female[1] ?? 0);
    upper = Math.max(hi, ...Object.values(a.units ?? {}).map((f) => (f > 0 ? hi / f : 0)));
    for (const n of [a.nameEn, a.nameZh, ...a.aliases]) add(n);
  }
  upper = 0;
  for (const p of Object.values(PANELS)) {
    add(p.zh);
    add(p.en.replace(/\s*\(.*\)$/, ''));
    add(p.en.replace(/\s+panel$/i, ''));
  }
  for (const d of ['Dose', 'Dosage', 'Bolus', 'Infusion', 'Rate', '剂量', '劑量', '用量']) add(d);
  const longest = Math.max(...[...lower, ...exact].map((n) => n.length));
  clinicalNames = { lower, exact, pairs, longest };
  return clinicalNames;
}
/** Between a lab's name and its value: separators and the words of a result ("count", "level", "结果", "为"). */
const NAME_GAP =
  /(?:[\s:：=＝-]|(?<![A-Za-z])(?:count|level|levels|value|result|results|repeat|today|now|is|was|of|at|on)(?![A-Za-z])|结果|結果|值|水平|复查|複查|为|為|是|高达|高達|达|達)*$/i;
export function clinicalNameBefore(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 48), start);
  const head = before.slice(0, before.length - (NAME_GAP.exec(before)?.[0].length ?? 0));
  if (!head || before.length - head.length > 20) return false;
  const { lower, exact, longest } = clinicalNameSet();
  // The name may itself end in a result's word ("White blood cell count"): try the text before the separators too.
  for (const h of new Set([before.replace(/[\s:：=＝-]+$/, ''), head])) {
    const low = h.toLowerCase();
    for (let n = 2; n <= Math.min(longest, h.length); n++) {
      const tail = h.slice(h.length - n);
      if (!lower.has(low.slice(low.length - n)) && !exact.has(tail)) continue;
      // A Latin name is a word of its own ("WBC", not "xWBC").
      if (/^[A-Za-z]/.test(tail) && /[A-Za-z0-9]$/.test(h.slice(0, h.length - n))) continue;
      return true;
    }
  }
  return false;
}
/** Review fix 2 (M1): a unit after the token at `start`. A one-letter unit (U, L, k, g) is a unit only as one: never
 * before "." and a letter ("****4417 U.S. Bank", "****55821 L. Chen"), a capital before a word only after a lab's name;
 * "2000 u daily", "U/L", "g/L" stay units. */
function unitAfter(text: string, start: number, token: string): boolean {
  const after = text.slice(start + token.length, start + token.length + 40);
  const u = UNIT_AFTER.exec(after);
  if (!u) return false;
  if (!/^[ \t]?[A-Za-z]$/.test(u[0])) return true;
  const next = after.slice(u[0].length);
  if (next.startsWith('/')) return true;
  if (/^\.\s?[A-Za-z]/.test(next)) return false;
  // A lone capital before a word ("****4417 U Bank", "L Chen") is an initial unless a lab's name stands before the value.
  if (/[A-Z]$/.test(u[0]) && /^\s+[A-Z][a-z]/.test(next)) return clinicalNameBefore(text, start);
  return true;
}
/** Review fix 2 (M3): a capital pair of the shared vocabulary (CK, TG, TC, LD, DD) standing as a lab's name: alone
 * before the value (only a separator between), at the line's start or after a list's separator or a previous value,
 * the value a count of at most five digits and at most 50 times its analyte's upper reference bound (CK 12000 reads,
 * "SF ***94110***" — ferritin's SF, San Francisco's zip — does not). CA (also a state: "San Francisco, CA
 * ***94110***") and PT (also the patient's label: "PT ***448812***") never. */
const PAIR_BEFORE = /(?:^|[;；|(（]|[\d%)][ ]?[,，])[ \t]*([A-Z]{2})[ \t]*[:：=]?[ \t]*$/;
function capitalPairBefore(text: string, start: number, digits: string): boolean {
  if (digits.length > 5) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const m = PAIR_BEFORE.exec(text.slice(lineStart, start));
  if (m === null || m[1] === 'CA' || m[1] === 'PT') return false;
  const upper = clinicalNameSet().pairs.get(m[1]);
  return upper !== undefined && Number(digits) <= 50 * upper;
}
/** Clinical evidence for a starred value at `start`: a unit after it or a lab's or a dose's name before it. */
const clinicalEvidence = (text: string, start: number, token: string): boolean => unitAfter(text, start, token) || clinicalNameBefore(text, start);
/** A token whose visible digits open it and whose masks close it: "13812345***", "139-1234-****", "25000***". */
const END_MASKED = new RegExp(`^\\d[\\d -]*[${MASK_CHARS}]+$`);

export function emphasisedValue(text: string, start: number, token: string): boolean {
  if (cueBefore(text, start, ID_CUE, 16)) return false;
  const after = text.slice(start + token.length, start + token.length + 40);
  const unit = unitAfter(text, start, token);
  // Digits then stars, the opening run just before them past a comparison sign ("***>25000*** ng/L"): emphasis.
  const trailing = TRAILING.exec(token);
  if (trailing) {
    const open = OPEN_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    return (open !== null && open[1] === trailing[2] && quantityShape(trailing[1], unit)) || (unit && trailing[1].length <= BARE_QUANTITY_DIGITS);
  }
  const w = WRAPPED.exec(token);
  if (!w) return false;
  // Review s35 (S1 A): a closing run alone is no evidence ("Zip ***94110***"); a lab's or a dose's name before it is.
  if (w[3] !== undefined)
    return (w[3] === w[1] && quantityShape(w[2], unit) && (clinicalNameBefore(text, start) || capitalPairBefore(text, start, w[2]))) || unit;
  if (unit) return true;
  const close = CLOSE_AFTER.exec(after);
  return close !== null && close[1] === w[1] && clinicalNameBefore(text, start);
}

/** Is the number at `start`..`end` (digits, with emphasis stars around them) a quantity: its unit after it, or
 * emphasis stars closed around it? For readers that take a bare number for a code (the tagger: "Heparin ***25000
 * units***", "Troponin ***1250*** ng/L"). */
export function starredQuantity(text: string, start: number, end: number): boolean {
  const v = text.slice(start, end);
  if (!/^[*＊•●]*[ ]?\d+[ ]?[*＊•●]*$/.test(v)) return false;
  // The whole star run the value sits in: a reader may have cut it ("*25000" of "***25000").
  let from = start;
  while (from > 0 && EMPHASIS.includes(text[from - 1])) from--;
  let to = end;
  while (to < text.length && EMPHASIS.includes(text[to])) to++;
  if (from === start && to === end && !/[*＊•●]/.test(v)) return false;
  const token = text.slice(from, to);
  return WRAPPED.test(token) && emphasisedValue(text, from, token);
}

export function detectMaskedNumbers(text: string): PhiSpan[] {
  if (!/[*＊•●xX×]{2}/.test(text)) return [];
  const out: PhiSpan[] = [];
  TOKEN.lastIndex = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    // A mask never opens right after a decimal's digits ("p<0.0001***": significance stars).
    if (/\d[.,]$/.test(text.slice(0, start))) continue;
    const type = maskedNumberType(m[0]);
    if (!type) continue;
    if (emphasisedValue(text, start, m[0])) continue;
    // Review s35 (S1 B): masks at the END of a number are read only on a grouped number ("139-1234-****", "0412 345
    // ***"), a Chinese mobile's eleven places ("13812345***") or after an identifier's or a phone's label — never on a
    // bare count ("WBC 25000*** (critical)", "LDH 12500***") — and never where a unit or a lab's name makes it a value.
    if (END_MASKED.test(m[0])) {
      const cued = cueBefore(text, start, ID_CUE, 16) || cueBefore(text, start, PHONE_CUE, 16);
      const places = m[0].replace(/[- ]/g, '');
      const shaped = /[- ]/.test(m[0]) || (places.length === 11 && /^1[3-9]/.test(places));
      if (!cued && (!shaped || clinicalEvidence(text, start, m[0]))) continue;
    }
    const typed = type === 'OTHER_ID' && cueBefore(text, start, PHONE_CUE, 16) ? 'PHONE' : type;
    out.push(span(typed, text, start, start + m[0].length));
  }
  return out;
}
