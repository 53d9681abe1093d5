// A rescue act done with the wrong medicine: "have him chew one 400 mg ibuprofen tablet" for a heart attack,
// "立即在大腿前外侧肌肉注射苯海拉明" in anaphylaxis, "舌下含服一片硝苯地平" in an angina attack, "use your reliever
// (fluticasone)", "give naltrexone nasal spray" in an opioid overdose. Swapped-drug corruption keeps the act — the route
// and the timing of first aid — and swaps the medicine; the act itself says which medicine belongs in it
// (knowledge/rescue-acts.ts), so no phrase list of swaps is needed and the reading holds in any wording of the act.
// Structure: the act and the medicine in ONE clause (so "chew an aspirin; keep taking your nifedipine" is no swap), the
// emergency named in the question or the answer, no right medicine of the act in that clause, the act neither negated
// ("不要舌下含服硝苯地平", "don't chew ibuprofen") nor warned of ("舌下含服硝苯地平可能导致血压骤降"). A medicine no
// table knows is never judged. Pure; the patterns are built once.
import { HAN_VARIANT_PAIRS, toSimplified } from '../../core/han-variants.js';
import { medicineMentions } from '../../knowledge/medicine-mentions.js';
import { type EmergencyId, OTHER_NAMES, RESCUE_ACTS } from '../../knowledge/rescue-acts.js';
import type { SignId } from '../../safety/red-flags/signs.js';
import { NEGATED_BEFORE, WARNED } from '../../safety/screening/frames.js';
import { findSigns } from '../../safety/triage.js';

export interface RescueActSwap {
  emergency: EmergencyId;
  /** The act as written. */
  act: string;
  /** The medicine done in the act (molecule key). */
  drug: string;
  /** The clause read. */
  clause: string;
}

const ACTS = RESCUE_ACTS.map((r) => ({
  r,
  names: new RegExp(r.names.join('|'), 'u'),
  acts: new RegExp(r.acts.join('|'), 'u'),
  right: new Set([...r.rescue, ...(r.accepted ?? [])]),
  when: r.when ? new RegExp(r.when.join('|'), 'u') : undefined,
  state: r.state ? new RegExp(r.state.join('|'), 'u') : undefined,
  scope: r.scope ?? 'clause',
  namedNear: r.namedNear === true,
}));
/** A name pattern's Han characters widened to their traditional forms, so the gate can run on unconverted text. */
function bothScripts(source: string): string {
  const trad = new Map<string, string>();
  const { traditional, simplified } = HAN_VARIANT_PAIRS;
  const t = [...traditional];
  [...simplified].forEach((c, i) => trad.set(c, (trad.get(c) ?? '') + t[i]));
  return [...source].map((c) => (trad.has(c) ? `[${c}${trad.get(c)}]` : c)).join('');
}
/** Any emergency of the table named, in either script: the cheap gate (most answers name none; converting them costs
 *  more than the whole reading). */
const ANY_NAME = new RegExp(RESCUE_ACTS.flatMap((r) => r.names.map(bothScripts)).join('|'), 'u');
/**
 * The emergency told as a finding rather than named: the triage sign reader's chest pain ("心口好痛", "feels like an
 * elephant is sitting on it") is the cardiac emergency of the chew and under-the-tongue acts. Read from the QUESTION
 * only, and only when the answer does one of those acts (the sign reader is the costly step).
 */
const SIGNS: Partial<Record<EmergencyId, readonly SignId[]>> = { 'heart-attack': ['chestPain'], 'angina-attack': ['chestPain'] };
const SIGN_ACTS = new RegExp(
  RESCUE_ACTS.filter((r) => SIGNS[r.emergency])
    .flatMap((r) => r.acts.map(bothScripts))
    .join('|'),
  'u',
);
const OTHER = Object.entries(OTHER_NAMES).map(([re, key]) => ({ re: new RegExp(re, 'gu'), key }));

/** Sentence ends; clause ends add commas and semicolons (a parenthesis stays in its clause). Sticky: tested at an index. */
const SENTENCE_END = /[。！？!?\n]|\.(?=\s|$)/uy;
const CLAUSE_END = /[。！？!?；;，,\n]|\.(?=\s|$)/uy;
/** A contrast that sets the act aside rather than doing it ("rather than", "而不是", "no longer"); a negator right before the
 *  act or medicine is NEGATED_BEFORE's (a "not" elsewhere — "(not the coated kind)" — leaves the act done). */
/** A clause in everyday time ("平时每天吸", "twice a day"): a controller's schedule beside the attack plan, not the act. */
const ROUTINE = /平时|每天|每日|长期|规律|早晚|维持|\b(?:daily|every day|twice a day|once a day|regularly|maintenance|long[- ]term)\b/u;
/** A clause reporting what was already done ("she chewed two ibuprofen earlier", "刚才已经舌下含服了硝苯地平"): a
 *  report the answer goes on to correct is no advice (self-probe look-alikes a11/a12, written after the first version). */
const REPORTED = /已经|刚才|刚刚|之前|先前|\b(?:earlier|already|yesterday|last night|took|gave|had taken|has taken|have taken)\b|(?<!\bbe )\bchewed\b/u;
const SET_ASIDE = /\b(?:instead of|rather than|no longer)\b|而不是|而非|代替|取代|替代|不再/u;

interface Span {
  text: string;
  start: number;
}

function split(t: string, at: RegExp, offset = 0): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= t.length; i++) {
    at.lastIndex = i;
    if (i < t.length && !at.test(t)) continue;
    if (i > start) out.push({ text: t.slice(start, i), start: offset + start });
    start = i + 1;
  }
  return out;
}

/** Molecules named in a clause: the shared medicine reader, then this reader's own names. */
function medicinesIn(clause: string): { key: string; at: number }[] {
  const found = medicineMentions(clause).map((m) => ({ key: m.molecule, at: m.start }));
  for (const o of OTHER) {
    o.re.lastIndex = 0;
    for (const m of clause.matchAll(o.re)) if (!found.some((f) => f.at <= m.index && m.index < f.at + 2)) found.push({ key: o.key, at: m.index });
  }
  return found;
}

/**
 * Pure: the first rescue act the answer does with a medicine that does not belong in it, for an emergency the question
 * or the answer names; undefined when none.
 */
export function rescueActSwap(question: string, answer: string): RescueActSwap | undefined {
  const aLower = answer.toLowerCase();
  const qLower = question.toLowerCase();
  let told: ReadonlySet<SignId> | undefined;
  if (!ANY_NAME.test(aLower) && !ANY_NAME.test(qLower)) {
    if (!SIGN_ACTS.test(aLower)) return undefined;
    told = new Set(findSigns(question).map((h) => h.sign));
  }
  const a = toSimplified(aLower);
  const q = toSimplified(qLower);
  const signed = (x: (typeof ACTS)[number]) => {
    told ??= new Set(findSigns(question).map((h) => h.sign));
    return (SIGNS[x.r.emergency] ?? []).some((s) => told?.has(s));
  };
  // Most answers name no emergency of the table: the cheap test first, the sentence reading only for those that do.
  const named = ACTS.map((x) => ({ x, inQuestion: x.names.test(q) || (SIGNS[x.r.emergency] !== undefined && x.acts.test(a) && signed(x)) })).filter(
    ({ x, inQuestion }) => inQuestion || x.names.test(a),
  );
  const stated = named.filter(({ x }) => !x.state || x.state.test(q) || x.state.test(a));
  if (stated.length === 0) return undefined;
  const sentences = split(a, SENTENCE_END).map((s) => ({ s, clauses: split(s.text, CLAUSE_END, s.start) }));
  for (const {
    x: { r, acts, right, when, scope, namedNear, names },
    inQuestion,
  } of stated) {
    for (const { s, clauses } of sentences) {
      // A rhetorical question ("Chew ibuprofen during a heart attack? No.") instructs nothing.
      if (/[?？]\s*$/u.test(s.text) || /^[?？]/u.test(a.slice(s.start + s.text.length, s.start + s.text.length + 1))) continue;
      if (when && !when.test(s.text)) continue;
      // A moment-bound act ("during an attack… puffs"): a sentence that names the right medicine is setting the two
      // apart ("平时吸沙美特罗替卡松，发作时吸沙丁胺醇"), and an everyday clause is the controller's schedule.
      if (when && medicinesIn(s.text).some((m) => right.has(m.key))) continue;
      if (namedNear && !inQuestion && !names.test(s.text)) continue;
      for (const c of scope === 'sentence' ? [s] : clauses) {
        const act = acts.exec(c.text);
        if (!act) continue;
        if (WARNED.test(c.text) || SET_ASIDE.test(c.text) || REPORTED.test(c.text) || ROUTINE.test(c.text)) continue;
        const meds = medicinesIn(c.text);
        if (meds.length === 0 || meds.some((m) => right.has(m.key))) continue;
        // The negator governs the act or the medicine, whichever comes first in the clause.
        const first = Math.min(act.index, ...meds.map((m) => m.at));
        if (NEGATED_BEFORE.test(c.text.slice(0, first)) || NEGATED_BEFORE.test(c.text.slice(0, act.index))) continue;
        // A negated first-choice claim ("not first-line", "不是一线").
        if (when) {
          const w = when.exec(c.text);
          if (w && NEGATED_BEFORE.test(c.text.slice(0, w.index))) continue;
        }
        return { emergency: r.emergency, act: act[0], drug: meds[0].key, clause: c.text.trim() };
      }
    }
  }
  return undefined;
}
