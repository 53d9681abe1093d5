import type { Lang } from './types.js';

// Script-based language identification: enough to route zh/en text (tokeniser, prompts, emergency number).

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/**
 * A Han ideograph by UTF-16 code unit: CJK unified ideographs, extension A and the compatibility block — the one
 * home of this test for hot loops that count by code (token estimates, the PHI tagger's tokens, clause-end counts);
 * numbers, not regexes, keep a 14 MB text to a second or two.
 */
export function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export interface ScriptStats {
  han: number;
  latin: number;
  digits: number;
  other: number;
  total: number;
}

export function scriptStats(text: string): ScriptStats {
  const s: ScriptStats = { han: 0, latin: 0, digits: 0, other: 0, total: 0 };
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    s.total++;
    if (HAN.test(ch)) s.han++;
    else if (LATIN.test(ch)) s.latin++;
    else if (ch >= '0' && ch <= '9') s.digits++;
    else s.other++;
  }
  return s;
}

/** zh when Han characters make up a real share of letters (Chinese text often embeds Latin drug names and units). */
export function detectLang(text: string): Lang {
  const s = scriptStats(text);
  const letters = s.han + s.latin;
  if (letters === 0) return 'other';
  if (s.han / letters >= 0.2 || (s.han >= 2 && s.han * 3 >= s.latin / 4)) return 'zh';
  if (s.latin / letters >= 0.8) return 'en';
  return 'other';
}
