// The sign layer's scan: every affirmed, current mention of every warning sign (red-flags/signs.ts) in a message, and
// the signs the user denied. Pure. The vocabulary's patterns are joined per sign and script and compiled on first use;
// a Chinese message skips the English-only alternations and vice versa (about half the layer's cost).
import { SIGN_IMPLIES, SIGNS, type SignId } from '../red-flags/signs.js';
import { RED_FLAG_RULES, type RedFlagRule } from '../red-flags/rules.js';
import { clauseAt, clauses, isEducational, isHistorical, isNegated } from '../red-flags/context.js';
import { CHILD_MAX_DAYS, findAges, INFANT_MAX_DAYS } from '../red-flags/age.js';
import { matchesOf } from '../red-flags/match.js';
import { nursingMother } from './modifiers.js';

export interface SignHit {
  sign: SignId;
  start: number;
  end: number;
  text: string;
}

// Global-flag copies of every pattern, compiled once (matchAll needs /g; the vocabulary keeps plain regexes). The
// patterns of one sign that share flags and script are joined into one alternation: one scan per sign instead of one
// per wording keeps a triage call around a millisecond. A pattern every branch of which names a Chinese character
// cannot match a text with none, and one every branch of which needs a Latin letter cannot match a text with none:
// a Chinese message skips the English scans and an English one the Chinese scans (about half the sign layer's cost).
export type ScriptNeed = 'han' | 'latin' | 'any';

const OPTIONAL_Q = /\?|\*|\{0(?:,\d*)?\}/y;
const REPEAT_Q = /\+|\{\d+(?:,\d*)?\}/y;

/** Does every match of `source` contain a character of `script`? Read from the pattern's structure: a branch needs the
 * script when one of its mandatory atoms (a literal, or a group every branch of which needs it) does. */
function needs(source: string, script: RegExp): boolean {
  let i = 0;
  // Parse alternatives until the closing paren of the current group (or the end); returns whether every one needs it.
  const alternation = (): boolean => {
    let all = true;
    let branch = false;
    for (; i < source.length; ) {
      const ch = source[i];
      if (ch === ')') break;
      if (ch === '|') {
        all &&= branch;
        branch = false;
        i++;
        continue;
      }
      let atom = false;
      let skip = false;
      if (ch === '\\') {
        const e = source[i + 1];
        // \p{…} and \u{…} end at the brace; \uXXXX and \xXX are fixed width; other escapes are two characters.
        i += (e === 'p' || e === 'P' || e === 'u') && source[i + 2] === '{' ? source.indexOf('}', i) + 1 - i : e === 'u' ? 6 : e === 'x' ? 4 : 2;
      } else if (ch === '[') {
        let j = i + 1;
        while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
        i = j + 1;
      } else if (ch === '(') {
        i++;
        if (source[i] === '?') {
          if (source[i + 1] === ':') i += 2;
          else {
            // Lookarounds and named groups: a lookaround consumes nothing; a named group is read as a group.
            skip = /^\?<?[=!]/.test(source.slice(i, i + 3));
            i = skip ? i + (source[i + 1] === '<' ? 3 : 2) : source.indexOf('>', i) + 1;
          }
        }
        const inner = alternation();
        i++; // ')'
        atom = !skip && inner;
      } else {
        atom = script.test(ch);
        i += ch.length;
      }
      // A quantifier that allows zero repetitions makes the atom optional.
      // Sticky matches at i (slicing the rest of the source per atom made this parser quadratic: ~100 ms of a CLI call).
      OPTIONAL_Q.lastIndex = i;
      const q = OPTIONAL_Q.exec(source);
      REPEAT_Q.lastIndex = i;
      const rep = q ? null : REPEAT_Q.exec(source);
      if (q) i += q[0].length;
      else if (rep) i += rep[0].length;
      if (source[i] === '?' && (q || rep)) i++; // lazy
      if (q) atom = false;
      branch ||= atom;
    }
    return all && branch;
  };
  return alternation();
}

export function scriptNeed(source: string): ScriptNeed {
  if (needs(source, /\p{Script=Han}/u)) return 'han';
  if (needs(source, /[A-Za-z]/)) return 'latin';
  return 'any';
}

const COMPILED = (Object.entries(SIGNS) as [SignId, (typeof SIGNS)[SignId]][]).map(([id, sign]) => {
  const byKey = new Map<string, { flags: string; need: ScriptNeed; sources: string[] }>();
  for (const re of [...sign.zh, ...sign.en]) {
    const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
    const need = scriptNeed(re.source);
    const key = `${flags}/${need}`;
    const entry = byKey.get(key) ?? { flags, need, sources: [] };
    entry.sources.push(`(?:${re.source})`);
    byKey.set(key, entry);
  }
  // Compiled on first use (a Chinese message never compiles the English-only alternations, nor an English one the
  // Chinese): a one-shot CLI call pays for one script's patterns only.
  return {
    id,
    kind: sign.kind,
    patterns: [...byKey.values()].map((e): { need: ScriptNeed; source: string; flags: string; re?: RegExp } => ({
      need: e.need,
      source: e.sources.join('|'),
      flags: e.flags,
    })),
  };
});

const HAS_HAN = /\p{Script=Han}/u;
/** A denial inside a matched span, right before its last word: "嘴唇也不紫", "脸都没白" (lips not blue, face not pale). */
const INNER_DENIAL = /(?:也|都|并|又|还)(?:不|没)\p{Script=Han}$/u;
const HAS_LATIN = /[A-Za-z]/;

/** The inner denial denies the sign only when it is outside the sign's own wording: without the negation the span must
 *  still read as the sign ("嘴唇也不紫" → "嘴唇也紫"). A sign worded by its negation ("叫了半天都没醒", "拍也不醒",
 *  "说话也不清") no longer matches without it: that is a positive finding. */
function innerDenial(span: string, re: RegExp): boolean {
  const d = INNER_DENIAL.exec(span);
  if (!d) return false;
  const cut = d.index + d[0].length - 2; // the 不/没 before the last word
  const affirmed = span.slice(0, cut) + span.slice(cut + 1);
  const probe = new RegExp(re.source, re.flags.replace('g', ''));
  return probe.test(affirmed);
}

/** Every affirmed, current mention of every sign. */
export function findSigns(input: string): SignHit[] {
  return scanSigns(input).hits;
}

/**
 * One pass over the sign vocabulary: the affirmed, current mentions, and the signs the user explicitly denied ("no
 * stiff neck", "没吐") — denied discriminators are reassuring evidence the stance reader counts (triage/stance.ts).
 */
export function scanSigns(input: string): { hits: SignHit[]; denied: SignId[] } {
  const denied = new Set<SignId>();
  // Curly apostrophes ("I’ve", "mom’s") would otherwise slip past every English pattern; same length keeps offsets.
  const text = input.replace(/[’‘`´]/g, "'");
  const cl = clauses(text);
  const hits: SignHit[] = [];
  const han = HAS_HAN.test(text);
  const latin = HAS_LATIN.test(text);
  for (const { id, kind, patterns } of COMPILED) {
    for (const p of patterns) {
      const need = p.need;
      if ((need === 'han' && !han) || (need === 'latin' && !latin)) continue;
      p.re ??= new RegExp(p.source, p.flags);
      const g = p.re;
      for (const m of matchesOf(g, text)) {
        const start = m.index ?? 0;
        const clause = clauseAt(cl, start);
        if (isNegated(text, clause, start) || innerDenial(m[0], g)) {
          denied.add(id);
          continue;
        }
        if (isHistorical(text, clause, undefined, { start, end: start + m[0].length })) continue;
        if (kind === 'event' && isEducational(text, clause)) continue;
        hits.push({ sign: id, start, end: start + m[0].length, text: m[0] });
        const implied = SIGN_IMPLIES[id];
        if (implied) hits.push({ sign: implied, start, end: start + m[0].length, text: m[0] });
      }
    }
  }
  // Ages are compared as numbers ("七个礼拜" < 3 months), not listed as spellings; see red-flags/age.ts.
  for (const age of nursingMother(text) ? [] : findAges(text)) {
    const hit = { start: age.start, end: age.end, text: age.text };
    if (age.days < INFANT_MAX_DAYS) hits.push({ sign: 'infant', ...hit });
    if (age.days <= CHILD_MAX_DAYS) hits.push({ sign: 'child', ...hit });
  }
  // A nursing mother's own breast complaint: the baby named is not the patient (modifiers.ts nursingMother).
  if (nursingMother(text)) hits.splice(0, hits.length, ...hits.filter((h) => h.sign !== 'infant' && h.sign !== 'child'));
  const affirmed = new Set(hits.map((h) => h.sign));
  return { hits: hits.sort((a, b) => a.start - b.start), denied: [...denied].filter((d) => !affirmed.has(d)) };
}

export function firedRules(present: ReadonlySet<SignId>): RedFlagRule[] {
  return RED_FLAG_RULES.filter((r) => r.when.some((combo) => combo.every((s) => present.has(s))));
}
