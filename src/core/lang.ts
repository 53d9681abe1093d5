import type { Lang } from './types.js';

// Script-based language identification: enough to route zh/en text (tokeniser, prompts, emergency number).

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

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
