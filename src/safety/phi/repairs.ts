// Boundary repairs after the merge: a span whose edges cut a value short is moved to the value's edges, by the
// value's structure (never by a list of values). Pure: text and spans in, spans out.
import type { PhiSpan } from '../types.js';
import { SINGLE_SURNAMES } from './surnames.js';
import { ZH_STREET_TAIL, ZH_UNIT_TAIL } from './zh-address-tails.js';

const HAN_RE = /[\u4e00-\u9fff]/;
const SURNAME_SET = new Set(SINGLE_SURNAMES);
/** Identifier classes whose values are single codes. */
const CODE_TYPES = new Set(['ID_CARD', 'OTHER_ID', 'ACCOUNT', 'LICENSE', 'HEALTH_PLAN', 'MRN', 'DEVICE', 'PASSPORT', 'SSN']);
/** Letter or digit groups after a plate's number (one or two, each ending at a non-alphanumeric). */
const PLATE_GROUPS = /^(?:[ -](?:[A-Z]{1,3}|\d{2,4})){1,2}(?![A-Za-z0-9])/;
const ROC_YEAR = /(?:民國|民国)?\d{2,3}年$/;
const PLACE_SUFFIX = /^[\u4e00-\u9fff](?:市|县|縣|区|區|镇|鎮|州)/;
const NOT_PLACE_HEAD = /[在于到去往从住是的和与及、，,。：:\s（(]/;

/**
 * Boundary repairs that follow the structure of a value: a Taiwan (ROC) year before a month-day date ("113年4月16日"),
 * the first character of a two-character place head ("昆|山市花桥镇" read after 在), a married woman's two surnames
 * ("黃|林秀鳳" after a label), a reduplicated given name ("罗一|一").
 */
export function repairSpans(text: string, spans: PhiSpan[]): PhiSpan[] {
  return spans.map((s) => {
    let { start, end } = s;
    if (s.type === 'DATE' && /^\d{1,2}月/.test(s.text)) {
      const m = ROC_YEAR.exec(text.slice(Math.max(0, start - 6), start));
      if (m) start -= m[0].length;
    }
    if (s.type === 'ADDRESS' && HAN_RE.test(s.text)) {
      const rest = text.slice(end, end + 48);
      const street = /[区县市镇乡州]$/.test(s.text) ? ZH_STREET_TAIL.exec(rest) : null;
      const after = street ? street[0].length : 0;
      const unit = /[路街道巷弄号\d]$/.test(street ? street[0] : s.text) ? ZH_UNIT_TAIL.exec(rest.slice(after)) : null;
      end += after + (unit ? unit[0].length : 0);
    }
    if (s.type === 'ADDRESS' && PLACE_SUFFIX.test(s.text) && start > 0 && HAN_RE.test(text[start - 1]) && !NOT_PLACE_HEAD.test(text[start - 1])) start -= 1;
    if (
      s.type === 'NAME' &&
      HAN_RE.test(s.text[0] ?? '') &&
      start >= 1 &&
      SURNAME_SET.has(text[start - 1]) &&
      SURNAME_SET.has(s.text[0]) &&
      s.text.length === 3
    ) {
      if (start === 1 || /[：:\s，,（(]/.test(text[start - 2])) start -= 1;
    }
    if (s.type === 'NAME' && HAN_RE.test(s.text) && s.text.length === 2 && text[end] === s.text[1] && text[end + 1] !== s.text[1]) {
      if (!HAN_RE.test(text[end + 1] ?? '') || /[才今已在是的]/.test(text[end + 1] ?? '')) end += 1;
    }
    // A plate continues over its letter or digit groups ("SKL 8821 G", "DK 4521 AB", "CA 448-912"), an id card over its
    // bracketed check digit ("1234567(8)", "A123456(7)").
    if (s.type === 'PLATE') {
      const g = PLATE_GROUPS.exec(text.slice(end, end + 10));
      if (g && /\d/.test(s.text)) end += g[0].length;
    }
    if (CODE_TYPES.has(s.type)) {
      const c = /^\([0-9A]\)/.exec(text.slice(end, end + 3));
      if (c) end += c[0].length;
      // A code is one token: a span that stops or starts inside a run of letters and digits takes the whole run
      // ("241873|6B" → "2418736B"), when the run is a code (it holds a digit) and not a word.
      if (/\d/.test(s.text)) {
        while (end < text.length && /[A-Za-z0-9]/.test(text[end]) && end - s.end < 4) end++;
        while (start > 0 && /[A-Za-z0-9]/.test(text[start - 1]) && s.start - start < 4) start--;
      }
    }
    // 黃林秀|鳳（…: two surnames open a four-character name that ends at a bracket or comma.
    const label = start === 0 || /[：:\s，,]/.test(text[start - 1]);
    if (
      s.type === 'NAME' &&
      s.text.length === 3 &&
      label &&
      SURNAME_SET.has(s.text[0]) &&
      SURNAME_SET.has(s.text[1]) &&
      HAN_RE.test(text[end] ?? '') &&
      /^[（(，,\s]/.test(text[end + 1] ?? '')
    )
      end += 1;
    return start === s.start && end === s.end ? s : { ...s, start, end, text: text.slice(start, end) };
  });
}
