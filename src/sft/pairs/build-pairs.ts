// Preference pairs from Best-of-N scores: chosen = the best candidate, rejected = a candidate at least `margin`
// below it (ties and near-ties dropped), the rejected one picked closest in length to the chosen one; then the
// set is length-balanced — pairs where the chosen answer is longer may not outnumber the others by more than
// `lengthTolerance`, so a reward model cannot learn "longer is better".
import type { ChatMessage } from '../../models/backend.js';
import type { BonRecord, Candidate } from '../bon/run-bon.js';

export interface PreferencePair {
  id: string;
  task: string;
  lang: string;
  prompt: ChatMessage[];
  chosen: string;
  rejected: string;
  chosenScore: number;
  rejectedScore: number;
  margin: number;
  /** "bon" (scored candidates) or "consistency" (reasoning vs final answer). */
  kind: 'bon' | 'consistency';
}

export interface PairOptions {
  /** Minimum score gap (default 0.1). */
  margin?: number;
  /** Allowed excess share of chosen-longer pairs over 0.5 (default 0.05). */
  lengthTolerance?: number;
}

export interface PairReport {
  records: number;
  pairs: number;
  dropped: { tie: number; noCandidates: number; lengthBalance: number };
  chosenLongerShare: number;
}

export function buildPairs(records: readonly BonRecord[], o: PairOptions = {}): { pairs: PreferencePair[]; report: PairReport } {
  const margin = o.margin ?? 0.1;
  const tol = o.lengthTolerance ?? 0.05;
  const report: PairReport = { records: records.length, pairs: 0, dropped: { tie: 0, noCandidates: 0, lengthBalance: 0 }, chosenLongerShare: 0 };
  let pairs: PreferencePair[] = [];
  for (const r of records) {
    const ok = r.candidates.filter((c) => !c.error && c.text.trim());
    if (ok.length < 2) {
      report.dropped.noCandidates++;
      continue;
    }
    const chosen = ok.reduce((a, c) => (c.score > a.score ? c : a));
    const below = ok.filter((c) => c !== chosen && chosen.score - c.score >= margin);
    if (!below.length) {
      report.dropped.tie++;
      continue;
    }
    const ratio = (c: Candidate) => Math.abs(Math.log((c.text.length + 1) / (chosen.text.length + 1)));
    const rejected = below.reduce((a, c) => (ratio(c) < ratio(a) ? c : a));
    pairs.push({
      id: r.id,
      task: r.task,
      lang: r.lang,
      prompt: r.prompt,
      chosen: chosen.text,
      rejected: rejected.text,
      chosenScore: chosen.score,
      rejectedScore: rejected.score,
      margin: Math.round((chosen.score - rejected.score) * 10_000) / 10_000,
      kind: 'bon',
    });
  }
  pairs = lengthBalance(pairs, tol, report);
  report.pairs = pairs.length;
  report.chosenLongerShare = pairs.length ? Math.round((pairs.filter((p) => p.chosen.length > p.rejected.length).length / pairs.length) * 1000) / 1000 : 0;
  return { pairs, report };
}

/** Drop the most length-skewed pairs of the majority side until chosen-longer and chosen-shorter are balanced. */
export function lengthBalance(pairs: PreferencePair[], tol: number, report?: PairReport): PreferencePair[] {
  const longer = pairs.filter((p) => p.chosen.length > p.rejected.length);
  const rest = pairs.filter((p) => p.chosen.length <= p.rejected.length);
  const skew = (p: PreferencePair) => Math.abs(p.chosen.length - p.rejected.length) / Math.max(1, p.rejected.length);
  const [major, minor] = longer.length >= rest.length ? [longer, rest] : [rest, longer];
  // major / (major + minor) ≤ 0.5 + tol  ⇔  major ≤ minor · (0.5 + tol) / (0.5 − tol)
  const allowed = Math.floor((minor.length * (0.5 + tol)) / (0.5 - tol));
  if (major.length <= allowed || major !== longer) return pairs; // only "longer wins" is the bias to remove
  const drop = new Set([...major].sort((a, b) => skew(b) - skew(a)).slice(0, major.length - allowed));
  if (report) report.dropped.lengthBalance += drop.size;
  return pairs.filter((p) => !drop.has(p));
}
