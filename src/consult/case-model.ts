// The case model: what the patient said → the conditions it could be → the question that best tells whether it is
// dangerous. Findings (the listed symptoms the patient's words say, who the patient is — age, sex, pregnancy —, a
// medicine just started, chronic conditions, and the danger signs already asked and answered) weight the candidate
// conditions from the one symptom → condition index (knowledge/symptom-conditions.ts). For each candidate the model
// knows how serious it is by its own page; the question is about the danger signs that separate the severe
// candidates from the benign ones — signs the severe pages list and the benign ones do not — ranked by the expected
// information a yes/no answer gives on "is this dangerous" (entropy of the danger before minus the expected entropy
// after), times how dangerous the sign is itself. When no severe candidate is left, nothing more is asked.
import type { Lang } from '../core/types.js';
import type { SymptomConditionIndex } from '../knowledge/symptom-conditions.js';
import type { KbDisease } from './kb-pages.js';
import type { CaseFacts, ConsultLang } from './types.js';

/** The knowledge the case model reasons over: the one index, each page's seriousness, each sign's own danger. */
export interface CaseKnowledge {
  index: SymptomConditionIndex;
  /** The page behind an index id. */
  page(id: number): (KbDisease & { id: number }) | undefined;
  /** Pages of a language whose name the text may say (a named condition is a candidate by name). */
  named(text: string, lang: ConsultLang): number[];
  /** 0–1: how dangerous a listed sign is by itself (its triage stated as present, the share of severe pages listing
   *  it); undefined for a listed item no patient should be asked about. */
  danger(sign: string, lang: ConsultLang): number | undefined;
}

/** What the consultation knows about the case so far. */
export interface CaseFindings {
  lang: ConsultLang;
  /** The patient's own account (the opening, and what they added). */
  text: string;
  facts?: Partial<CaseFacts>;
  /** A medicine was just started or taken: conditions a medicine causes are likelier. */
  medicine?: boolean;
  /** Question texts already asked in this consultation. */
  asked?: readonly string[];
  /** Question texts the patient answered yes to. */
  affirmed?: readonly string[];
}

export interface CaseCandidate {
  id: number;
  name: string;
  /** Share of the belief (the candidates' weights sum to 1). */
  p: number;
  severity: number;
}

export interface DangerSign {
  sign: string;
  /** Expected information (bits) a yes/no answer gives on "is this dangerous". */
  gain: number;
  /** How dangerous the sign is by itself (0–1). */
  danger: number;
}

export interface CaseAssessment {
  /** Listed symptoms the patient's words say. */
  said: string[];
  candidates: CaseCandidate[];
  /** Belief that the case is one of the severe candidates. */
  pDanger: number;
  /** Open discriminating danger signs, best question first (empty: no severe candidate left, or nothing open). */
  signs: DangerSign[];
}

/** A page is severe from this seriousness on (kb-pages.ts kgSeverity: emergency department 1, organ failure among
 *  complications 0.6, …). */
export const SEVERE = 0.6;
/** How likely a patient with a condition says yes to one of its listed signs, and to a sign it does not list. */
const LISTED_YES = 0.5;
const UNLISTED_YES = 0.05;
/** Candidates read from the index (a common symptom ties hundreds of pages), and kept for the belief (equal ones: the
 *  more serious first, so a tie never drops the dangerous candidate). */
const CANDIDATES_READ = 300;
const CANDIDATES_KEPT = 60;
/** A belief in danger below this is no reason to ask more. */
const NO_DANGER = 0.02;

const EXPOSURE = { zh: /中毒|过量/, en: /poison|overdose|toxic/i };
const EXPOSURE_SAID = { zh: /中毒|过量|误服|吃了|喝了|吸入|接触/, en: /poison|overdose|swallow|took|ingest|inhal|fumes|exposed/i };

const h = (p: number): number => (p <= 0 || p >= 1 ? 0 : -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p)));

/** Pure: the expected information on a binary "dangerous" from a yes/no sign, given candidates (p, danger) and
 *  whether each lists the sign. */
export function expectedInformation(cands: readonly { p: number; q: number; lists: boolean }[]): number {
  let yes = 0;
  let yesDanger = 0;
  let danger = 0;
  for (const c of cands) {
    const py = c.lists ? LISTED_YES : UNLISTED_YES;
    yes += c.p * py;
    yesDanger += c.p * c.q * py;
    danger += c.p * c.q;
  }
  const no = 1 - yes;
  const noDanger = danger - yesDanger;
  const after = (yes > 0 ? yes * h(yesDanger / yes) : 0) + (no > 0 ? no * h(noDanger / no) : 0);
  return Math.max(0, h(danger) - after);
}

/** Does a question text ask about this sign (as the page spells it, or as indexed)? */
const asksAbout = (q: string, sign: string, spelt: string): boolean => {
  const l = q.toLowerCase();
  return l.includes(sign.toLowerCase()) || l.includes(spelt.toLowerCase());
};

/** The findings → candidates → discriminating danger signs, ranked by expected information on danger. */
export function assessCase(k: CaseKnowledge, f: CaseFindings): CaseAssessment {
  const lang = f.lang as Lang;
  const facts = f.facts ?? {};
  const asked = f.asked ?? [];
  const affirmed = f.affirmed ?? [];
  // What the patient has said, and the danger signs they said yes to (a yes to "有没有呕血？" is a finding).
  const account = [f.text, ...affirmed].join('\n');
  const said = k.index.symptomsIn(account, lang, { patient: true });
  const weights = new Map<number, number>();
  for (const c of k.index.candidates(account, lang, CANDIDATES_READ, { patient: true })) weights.set(c.id, c.score);
  for (const id of k.named(f.text, f.lang)) weights.set(id, (weights.get(id) ?? 0) + 10);
  if (weights.size === 0) return { said, candidates: [], pDanger: 0, signs: [] };
  const exposed = EXPOSURE_SAID[f.lang].test(f.text);
  const lower = f.text.toLowerCase();
  const pages = [...weights.entries()].flatMap(([id, w]) => {
    const d = k.page(id);
    if (!d) return [];
    // Who the patient is: a page only about women is no candidate for a man (and the other way), a children's page
    // is unlikely for an adult, a poisoning needs an exposure said; a medicine makes its reactions likelier; a
    // chronic condition the patient has makes its own pages likelier.
    if (d.sex && facts.sex && d.sex !== facts.sex) return [];
    if (!exposed && EXPOSURE[f.lang].test(d.name)) return [];
    let x = w;
    if (d.child && facts.age !== undefined && facts.age >= 16) x *= 0.3;
    if (f.medicine && d.drugInduced) x *= 3;
    if ((facts.chronic ?? []).some((c) => c.length >= 2 && (d.name.includes(c) || lower.includes(d.name.toLowerCase())))) x *= 2;
    // Danger signs already asked: a denied sign makes the pages listing it less likely, an affirmed one more.
    for (const s of d.symptoms) {
      const spelt = k.index.spelling(s, lang);
      const q = asked.find((a) => asksAbout(a, s, spelt));
      if (!q) continue;
      x *= affirmed.includes(q) ? LISTED_YES / UNLISTED_YES : (1 - LISTED_YES) / (1 - UNLISTED_YES);
    }
    return [{ d, w: x }];
  });
  const total = pages.reduce((a, b) => a + b.w, 0);
  if (total <= 0) return { said, candidates: [], pDanger: 0, signs: [] };
  const top = pages
    .map(({ d, w }) => ({ d, p: w / total }))
    .sort((a, b) => b.p - a.p || b.d.severity - a.d.severity)
    .slice(0, CANDIDATES_KEPT);
  const norm = top.reduce((a, b) => a + b.p, 0);
  const cands = top.map(({ d, p }) => ({ d, p: p / norm, q: d.severity >= SEVERE ? d.severity : 0 }));
  const pDanger = cands.reduce((a, c) => a + c.p * c.q, 0);
  const candidates = cands.map(({ d, p }) => ({ id: d.id, name: d.name, p: Number(p.toFixed(4)), severity: d.severity }));
  // No severe candidate left: nothing to ask the knowledge base about.
  if (pDanger < NO_DANGER) return { said, candidates, pDanger, signs: [] };
  const saidSet = new Set(said);
  const sets = cands.map((c) => new Set(c.d.symptoms));
  const signs: DangerSign[] = [];
  const seen = new Set<string>();
  for (const c of cands) {
    if (c.q === 0) continue;
    for (const s of c.d.symptoms) {
      if (seen.has(s)) continue;
      seen.add(s);
      const danger = k.danger(s, f.lang);
      if (danger === undefined || saidSet.has(s) || said.some((m) => m.includes(s) || s.includes(m))) continue;
      const spelt = k.index.spelling(s, lang);
      if (asked.some((a) => asksAbout(a, s, spelt))) continue;
      // Discriminating: listed by more of the severe belief than of the benign one.
      let severeShare = 0;
      let benignShare = 0;
      let severeMass = 0;
      cands.forEach((x, i) => {
        if (x.q > 0) severeMass += x.p;
        if (!sets[i].has(s)) return;
        if (x.q > 0) severeShare += x.p;
        else benignShare += x.p;
      });
      if (severeShare / Math.max(severeMass, 1e-9) <= benignShare / Math.max(1 - severeMass, 1e-9)) continue;
      const gain = expectedInformation(cands.map((x, i) => ({ p: x.p, q: x.q, lists: sets[i].has(s) })));
      signs.push({ sign: spelt, gain, danger });
    }
  }
  signs.sort((a, b) => b.gain * (0.25 + b.danger) - a.gain * (0.25 + a.danger));
  return { said, candidates, pDanger, signs };
}
