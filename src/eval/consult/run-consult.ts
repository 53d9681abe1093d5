// Runs the consultation benchmark: for each case the assistant (the real inquiry policy, then the real answer
// path) talks to a simulated patient; the no-model figures (did the first question turn ask about a case-specific
// red flag, no questions for emergencies, question turns, policy overhead) need no model; a judge adds rubric scores
// per criterion group with bootstrap confidence intervals (HealthBench-style: points met / positive points). Two rubric
// groups are computed without any model, from what the case states: red flags (the case's red-flag concepts asked in
// any question turn, by their keywords) and disposition (the final triage level against the case's disposition).
import { nextConsultStep, warmRedFlagRanking } from '../../consult/index.js';
import type { KbRedFlagIndex } from '../../consult/kb-red-flags.js';
import type { ChatMessage } from '../../models/backend.js';
import { bootstrapMean, type Interval } from '../score/bootstrap.js';
import { type ConsultCase, RUBRIC_GROUPS, type RubricGroup } from './cases.js';
import type { Judge, Patient } from './roles.js';

export type Level = 'emergency' | 'urgent' | 'routine';
/** The case's disposition as a triage level: self-care is the routine level (no appointment needed is not urgent). */
export const levelOf = (d: ConsultCase['disposition']): Level => (d === 'self-care' ? 'routine' : d);

export interface AssistantAnswer {
  text: string;
  citations: number;
}

export interface ConsultBenchOptions {
  patient: Patient;
  judge?: Judge;
  /** The answer once the policy stops asking (RAG in evidence or generated mode). */
  answer: (query: string, history: ChatMessage[]) => Promise<AssistantAnswer>;
  maxTurns?: number;
  /** Red flags from the knowledge base's disease pages (the policy's `kbRedFlags`); without it, written knowledge only. */
  kbRedFlags?: KbRedFlagIndex;
}

export interface CaseResult {
  id: string;
  lang: string;
  emergency: boolean;
  questionTurns: number;
  /** First question turn named at least one case-specific red flag (null when no question was asked). */
  firstTurnRedFlag: boolean | null;
  policyMs: number[];
  transcript: ChatMessage[];
  /** The triage level the consultation answered with. */
  finalLevel: Level;
  /** Share of the case's red-flag concepts asked in any question turn (null: the case lists none). */
  redFlagsAsked: number | null;
  /** Rubric criteria the judge could not judge (left out of the score). */
  unjudged: number;
  /** Rubric score 0–1 overall and per group (null: no criteria in that group, or no judge). */
  rubric: { overall: number | null; groups: Partial<Record<RubricGroup, number>> };
}

export interface ConsultReport {
  cases: number;
  firstTurnRedFlag: { rate: number; of: number };
  emergenciesAsked: { count: number; of: number };
  questionTurnsMedian: number;
  policyMsP50: number;
  policyMsP99: number;
  rubric: { overall: { mean: number; ci95: Interval } | null; groups: Partial<Record<RubricGroup, { mean: number; ci95: Interval; n: number }>> };
  /** Criteria a judge was asked about but could not judge (bad output): left out of every score. */
  unjudged: number;
  /** Rubric groups computed without a model. */
  noModel: {
    /** Share of each case's red-flag concepts asked in any question turn, mean over cases that list some. */
    redFlagsAsked: { mean: number; ci95: Interval; n: number } | null;
    /** Final level by the case's disposition level: counts[gold][final]. */
    disposition: { counts: Record<Level, Record<Level, number>>; exact: number; of: number; emergenciesKept: number; emergencies: number };
  };
  results: CaseResult[];
}

const quantile = (xs: number[], q: number): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

function rubricScore(met: boolean[], weights: number[]): number | null {
  const positive = weights.filter((w) => w > 0).reduce((a, b) => a + b, 0);
  if (positive <= 0) return null;
  const points = weights.reduce((s, w, i) => s + (met[i] ? w : 0), 0);
  return Math.min(1, Math.max(0, points / positive));
}

async function runCase(c: ConsultCase, o: ConsultBenchOptions): Promise<CaseResult> {
  const transcript: ChatMessage[] = [{ role: 'user', content: c.opening }];
  const policyMs: number[] = [];
  let questionTurns = 0;
  let firstTurnRedFlag: boolean | null = null;
  let finalLevel: Level = 'routine';
  const askedText: string[] = [];
  for (let guard = 0; guard < 6; guard++) {
    const t0 = performance.now();
    const step = nextConsultStep(transcript, { maxTurns: o.maxTurns ?? 2, kbRedFlags: o.kbRedFlags });
    policyMs.push(performance.now() - t0);
    if (step.action === 'ask') {
      questionTurns++;
      askedText.push(step.text.toLowerCase());
      if (firstTurnRedFlag === null) {
        const asked = step.text.toLowerCase();
        firstTurnRedFlag = c.redFlags.some((f) => f.keywords.some((k) => asked.includes(k.toLowerCase())));
      }
      transcript.push({ role: 'assistant', content: step.text }, { role: 'user', content: await o.patient.reply(step.text, c) });
      continue;
    }
    finalLevel = step.triage.level;
    const a = await o.answer(step.query, transcript.slice(0, -1));
    transcript.push({ role: 'assistant', content: step.restsOn ? `${step.restsOn}\n\n${a.text}` : a.text });
    break;
  }
  const groups: Partial<Record<RubricGroup, number>> = {};
  let overall: number | null = null;
  let unjudged = 0;
  if (o.judge && c.rubric.length) {
    const met: (boolean | null)[] = [];
    for (const cr of c.rubric) met.push(await o.judge.met(cr, transcript, c));
    unjudged = met.filter((m) => m === null).length;
    // A criterion the judge could not judge counts neither way: it leaves the score, its points with it.
    const judged = c.rubric.map((_, i) => i).filter((i) => met[i] !== null);
    overall = rubricScore(
      judged.map((i) => met[i] === true),
      judged.map((i) => c.rubric[i].weight),
    );
    for (const g of RUBRIC_GROUPS) {
      const idx = judged.filter((i) => c.rubric[i].group === g);
      const s = rubricScore(
        idx.map((i) => met[i] === true),
        idx.map((i) => c.rubric[i].weight),
      );
      if (s !== null) groups[g] = s;
    }
  }
  const asked = askedText.join('\n');
  const redFlagsAsked = c.redFlags.length ? c.redFlags.filter((f) => f.keywords.some((k) => asked.includes(k.toLowerCase()))).length / c.redFlags.length : null;
  return {
    id: c.id,
    lang: c.lang,
    emergency: c.emergency,
    questionTurns,
    firstTurnRedFlag,
    policyMs,
    transcript,
    finalLevel,
    redFlagsAsked,
    unjudged,
    rubric: { overall, groups },
  };
}

const LEVELS: readonly Level[] = ['emergency', 'urgent', 'routine'];

/** Final level against the case's disposition level (the disposition group without a judge). */
function dispositionTable(cases: readonly ConsultCase[], results: readonly CaseResult[]): ConsultReport['noModel']['disposition'] {
  const counts = Object.fromEntries(LEVELS.map((g) => [g, Object.fromEntries(LEVELS.map((l) => [l, 0]))])) as Record<Level, Record<Level, number>>;
  results.forEach((r, i) => {
    counts[levelOf(cases[i].disposition)][r.finalLevel]++;
  });
  return {
    counts,
    exact: LEVELS.reduce((s, l) => s + counts[l][l], 0),
    of: results.length,
    emergenciesKept: counts.emergency.emergency,
    emergencies: LEVELS.reduce((s, l) => s + counts.emergency[l], 0),
  };
}

export async function runConsultBench(cases: readonly ConsultCase[], o: ConsultBenchOptions): Promise<ConsultReport> {
  // The server ranks its red-flag questions once after start-up; the benchmark times the steady state the same way.
  warmRedFlagRanking();
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await runCase(c, o));
  const asked = results.filter((r) => !r.emergency && r.firstTurnRedFlag !== null);
  const nonEmergency = results.filter((r) => !r.emergency);
  const emergencies = results.filter((r) => r.emergency);
  const ms = results.flatMap((r) => r.policyMs.slice(1)); // the first call of a case warms caches: report steady state
  const scored = results.filter((r) => r.rubric.overall !== null).map((r) => r.rubric.overall as number);
  const groups: ConsultReport['rubric']['groups'] = {};
  for (const g of RUBRIC_GROUPS) {
    const v = results.flatMap((r) => (r.rubric.groups[g] === undefined ? [] : [r.rubric.groups[g] as number]));
    if (v.length) groups[g] = { mean: v.reduce((a, b) => a + b, 0) / v.length, ci95: bootstrapMean(v), n: v.length };
  }
  const covered = results.flatMap((r) => (r.redFlagsAsked === null ? [] : [r.redFlagsAsked]));
  return {
    cases: results.length,
    // Non-emergencies that were never asked anything count as misses: asking first is the point.
    firstTurnRedFlag: { rate: nonEmergency.length ? asked.filter((r) => r.firstTurnRedFlag).length / nonEmergency.length : 0, of: nonEmergency.length },
    emergenciesAsked: { count: emergencies.filter((r) => r.questionTurns > 0).length, of: emergencies.length },
    questionTurnsMedian: quantile(
      results.map((r) => r.questionTurns),
      0.5,
    ),
    policyMsP50: quantile(ms, 0.5),
    policyMsP99: quantile(ms, 0.99),
    rubric: { overall: scored.length ? { mean: scored.reduce((a, b) => a + b, 0) / scored.length, ci95: bootstrapMean(scored) } : null, groups },
    unjudged: results.reduce((s, r) => s + r.unjudged, 0),
    noModel: {
      redFlagsAsked: covered.length ? { mean: covered.reduce((a, b) => a + b, 0) / covered.length, ci95: bootstrapMean(covered), n: covered.length } : null,
      disposition: dispositionTable(cases, results),
    },
    results,
  };
}

export function consultReportMarkdown(r: ConsultReport): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    '# Consultation benchmark',
    '',
    `Cases: ${r.cases}. First question turn asks about a case-specific red flag: **${pct(r.firstTurnRedFlag.rate)}** of ${r.firstTurnRedFlag.of} non-emergencies.`,
    `Emergencies given a question turn: **${r.emergenciesAsked.count} / ${r.emergenciesAsked.of}**. Question turns, median: **${r.questionTurnsMedian}**.`,
    `Policy overhead per turn (excluding any model): p50 ${r.policyMsP50.toFixed(2)} ms, p99 ${r.policyMsP99.toFixed(2)} ms.`,
  ];
  const d = r.noModel.disposition;
  lines.push(
    '',
    'Without a model (rule-checked rubric groups):',
    `- red flags: ${r.noModel.redFlagsAsked ? `${pct(r.noModel.redFlagsAsked.mean)} of each case's red-flag concepts asked in a question turn (95% CI ${pct(r.noModel.redFlagsAsked.ci95.low)}–${pct(r.noModel.redFlagsAsked.ci95.high)}, ${r.noModel.redFlagsAsked.n} cases)` : 'no case lists red flags'}`,
    `- disposition: final level exact **${d.exact} / ${d.of}**, emergencies kept **${d.emergenciesKept} / ${d.emergencies}**`,
    '',
    '| case disposition → final | emergency | urgent | routine |',
    '| --- | --- | --- | --- |',
    ...LEVELS.map((g) => `| ${g} | ${LEVELS.map((l) => d.counts[g][l]).join(' | ')} |`),
  );
  if (r.unjudged) lines.push('', `The judge could not judge ${r.unjudged} criteria (bad output): left out of the scores.`);
  if (r.rubric.overall) {
    lines.push('', '| rubric group | n | score | 95% CI |', '| --- | --- | --- | --- |');
    lines.push(
      `| overall | ${r.results.filter((x) => x.rubric.overall !== null).length} | ${pct(r.rubric.overall.mean)} | ${pct(r.rubric.overall.ci95.low)}–${pct(r.rubric.overall.ci95.high)} |`,
    );
    for (const [g, v] of Object.entries(r.rubric.groups)) lines.push(`| ${g} | ${v.n} | ${pct(v.mean)} | ${pct(v.ci95.low)}–${pct(v.ci95.high)} |`);
  } else lines.push('', 'No judge model: rubric scores not computed (pass --judge).');
  return `${lines.join('\n')}\n`;
}
