// "Tract" after the gut's name (#18, s44): English names a hollow organ system as "<organ adjective> tract" — "CT of the
// GI tract", "GI tract ultrasound", "intestinal tract" — where Chinese writes 胃肠道 and the atom reader knows "GI",
// "intestinal" and "gastrointestinal tract" but not "GI tract", so the whole name read as incomplete and nothing paid
// (reward-probes-19: four right answers, 胃肠道CT检查 and 胃肠道疾病的超声检查). Read here from form: the word "tract" right
// after a word the atom reader reads as the gut (gi, upper gi, intestine) adds nothing to that site, so the answer is
// also read without it. Only then: "tract" after any other word (sinus tract = a fistula, optic tract = a brain
// pathway, urinary tract — a phrase of its own) or a name leaving any other word unread is not rewritten. The answer
// only, and the rest goes through every older reader and veto, and only to a gold reading the very same sites. Pure.
import { termAtoms } from '../../knowledge/term-atoms.js';

/** Sites whose English adjective takes "tract" for the hollow system itself. */
const GUT_SITES: ReadonlySet<string> = new Set(['gi', 'uppergi', 'intestine']);

const TRACT_RE = /^(.*?\b)([a-z]+)\s+tract\b(.*)$/iu;

/** The name without "tract" after the gut's name ("CT of the GI tract" → "CT of the GI"); null for any other name. */
export function withoutGutTract(name: string): string | null {
  if (/[\u4e00-\u9fff]/u.test(name)) return null;
  const m = TRACT_RE.exec(name);
  if (!m) return null;
  const whole = termAtoms(name);
  // Only when "tract" is the one word the reader lacks (a phrase it knows — "gastrointestinal tract" — reads already).
  if (whole.unknownWords.length !== 1 || whole.unknownWords[0].toLowerCase() !== 'tract') return null;
  // The word before it alone, or with the word before that ("upper GI tract"), reads as the gut and nothing else.
  const before = m[1].trim().split(/\s+/u).at(-1) ?? '';
  const site = [termAtoms(m[2]), termAtoms(`${before} ${m[2]}`)].find(
    (a) => a.unknownWords.length === 0 && a.atoms.length === 1 && GUT_SITES.has(a.sites[0] ?? ''),
  );
  if (!site) return null;
  const rest = `${m[1]}${m[2]}${m[3]}`.replace(/\s+/gu, ' ').trim();
  return rest === name.trim() ? null : rest;
}

/**
 * The answer read without "tract" may stand for a gold only when a gold name reads the very same sites (胃肠道CT检查 for
 * "CT of the GI tract"): the rewritten name never narrows a broader gold (腹部超声) nor meets another organ by the older
 * readers' site hierarchy — what START did not pay for the answer as written it pays only for its own site.
 */
export function sameGutSites(rewritten: string, goldRaw: readonly string[]): boolean {
  const sites = [...termAtoms(rewritten).sites].sort().join('|');
  return sites !== '' && goldRaw.some((g) => [...termAtoms(g).sites].sort().join('|') === sites);
}

/** Contrast or plain, as a name says it ("contrast-enhanced", 增强; "non-contrast", "plain", 平扫); null when it says neither. */
function contrastOf(name: string): 'plain' | 'contrast' | null {
  const n = name.toLowerCase();
  if (/non-?contrast|without (?:iv |oral )?contrast|unenhanced|non-?enhanced|\bplain\b|平扫|非增强/u.test(n)) return 'plain';
  if (/contrast|enhanced|barium|增强|强化|造影|钡/u.test(n)) return 'contrast';
  return null;
}

/**
 * The rewritten name says contrast or plain as the gold does (review s44): the older readers do not tell a contrast CT from
 * a plain one ("enhanced CT of the GI tract" for 胃肠道CT平扫), so the "tract" path — paying what START did not — pays only
 * when the answer and a gold name of the same sites agree on it (both silent, both contrast, both plain). Fails closed.
 */
export function sameContrast(pred: string, goldRaw: readonly string[]): boolean {
  const p = contrastOf(pred);
  return goldRaw.some((g) => contrastOf(g) === p);
}
