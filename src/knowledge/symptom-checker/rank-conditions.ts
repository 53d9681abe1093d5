// The symptom checker's ranking: the conditions whose own text says the findings a question describes, each finding
// weighted by how specific it is among that language's conditions. Both languages are ranked (a Chinese description
// reaches an English-only page through the findings); a condition needs two described findings, one of them a complaint
// or sign — a body site, who the person is and when it happens narrow a reading but never make one. Pure.
import type { Lang } from '../../core/types.js';
import type { ConditionProfiles } from './condition-profiles.js';
import type { FindingLexicon, FoundFinding } from './finding-lexicon.js';
import { asksAboutCancer, namesMalignancy } from '../malignancy.js';

export interface CheckerCandidate {
  name: string;
  lang: Lang;
  docs: readonly number[];
  score: number;
  /** The question's findings the condition's text says (concept labels). */
  matched: string[];
  /** How many of them are complaints or signs (not a site, a person or a time). */
  complaints: number;
}

export interface RankOptions {
  /** How many candidates (default 5). */
  limit?: number;
  /** Findings a condition must share with the question (default 2), at least one a complaint or sign. */
  minFindings?: number;
  /** Score per tenfold of prevalence (default RANK_DEFAULTS.prevalenceWeight). */
  prevalenceWeight?: number;
}

export const RANK_DEFAULTS = {
  limit: 5,
  minFindings: 2,
  lengthDamping: 0.25,
  contextWeight: 0.3,
  /** Score per tenfold of prevalence, around a condition of unknown prevalence (taken as 0.1 %). */
  prevalenceWeight: 0.5,
  unknownPrevalence: -3,
} as const;

/** The question's described findings: every concept said and not denied (a denied one is dropped, not counted). */
export function describedFindings(found: readonly FoundFinding[]): number[] {
  const denied = new Set(found.filter((f) => f.negated).map((f) => f.concept));
  return [...new Set(found.filter((f) => !f.negated && !denied.has(f.concept)).map((f) => f.concept))];
}

export function rankConditions(question: string, lexicon: FindingLexicon, profiles: ConditionProfiles, o: RankOptions = {}): CheckerCandidate[] {
  const limit = o.limit ?? RANK_DEFAULTS.limit;
  const minFindings = o.minFindings ?? RANK_DEFAULTS.minFindings;
  const said = describedFindings(lexicon.read(question));
  if (said.filter((c) => lexicon.concepts[c]?.kind === 'finding').length === 0) return [];
  // A malignancy is offered only to a question that names one (malignancy.ts).
  const malignancyNamed = asksAboutCancer(question);
  const acc = new Map<number, { s: number; m: number[]; complaints: number }>();
  for (const c of said) {
    // Context (who, when, where) counts at a third of the weight: it narrows between conditions that share the complaints.
    const k = lexicon.concepts[c]?.kind === 'finding' ? 1 : RANK_DEFAULTS.contextWeight;
    for (const i of profiles.saying(c)) {
      const p = profiles.profiles[i];
      if (!malignancyNamed && namesMalignancy(p.name)) continue;
      const e = acc.get(i) ?? { s: 0, m: [], complaints: 0 };
      e.s += k * profiles.weight(c, p.lang);
      e.m.push(c);
      if (k === 1) e.complaints++;
      acc.set(i, e);
    }
  }
  return [...acc.entries()]
    .filter(([, e]) => e.m.length >= minFindings && e.complaints > 0)
    .map(([i, e]) => {
      const p = profiles.profiles[i];
      // A page saying a hundred findings matches any story a little: damp by how many it says.
      // A common cause of the same findings before a rare one.
      const prior = o.prevalenceWeight ?? RANK_DEFAULTS.prevalenceWeight;
      const prev = (p.prevalence ?? RANK_DEFAULTS.unknownPrevalence) - RANK_DEFAULTS.unknownPrevalence;
      return { p, s: e.s / Math.max(1, p.findings.size) ** RANK_DEFAULTS.lengthDamping + prior * prev, m: e.m, complaints: e.complaints };
    })
    .sort((a, b) => b.s - a.s || a.p.name.localeCompare(b.p.name))
    .slice(0, limit)
    .map(({ p, s, m, complaints }) => ({
      name: p.name,
      lang: p.lang,
      docs: p.docs,
      score: Number(s.toFixed(4)),
      matched: m.map((c) => lexicon.label(c)),
      complaints,
    }));
}
