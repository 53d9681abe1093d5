// Names written in two scripts: an English given name before a Chinese surname ("Vivian 许", "Leo 潘", "Lucy 陈露"),
// as offices in Hong Kong, Taiwan and mainland companies sign and list people. The English word must be a known first
// name (names-en-lists.ts), the Chinese part a surname from the surname list and at most two characters people are
// named with, closed by a pause, a bracket, Latin text or the end of the line — so "Amber 个管师" or "Leo 潘生开的药"
// stay prose. Text is read simplified (index.ts runs detectors on the simplified reading of traditional text).
import type { PhiSpan } from '../../core/phi-types.js';
import { plausibleGiven } from './given-names.js';
import { FIRST_NAMES } from './names-en-lists.js';
import { span } from './span.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

const SURNAMES = new Set(SINGLE_SURNAMES);
const COMPOUNDS = new Set(COMPOUND_SURNAMES);

const MIXED = /(?<![\p{L}])(\p{Lu}[a-z]{1,11})[ \u00a0]?([\u4e00-\u9fa5]{1,4})(?=$|[\s，,。.;；:：、（(）)【】[\]|/'"“”‘’A-Za-z0-9-])/gmu;

export function detectMixedNames(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[A-Z]/.test(text) || !/[\u4e00-\u9fa5]/.test(text)) return out;
  MIXED.lastIndex = 0;
  for (const m of text.matchAll(MIXED)) {
    const [, first, han] = m;
    if (!FIRST_NAMES.has(first)) continue;
    const sn = COMPOUNDS.has(han.slice(0, 2)) ? 2 : SURNAMES.has(han[0]) ? 1 : 0;
    if (!sn || han.length - sn > 2) continue;
    const given = han.slice(sn);
    if (given && !plausibleGiven(given, true)) continue;
    const at = m.index ?? 0;
    out.push(span('NAME', text, at, at + m[0].length));
  }
  return out;
}
