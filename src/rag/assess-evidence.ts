// Calibrated hedging: find where packaged sources disagree (different figures for the same thing, or one
// recommends what another advises against) and where support is weak, so the answer says so. Heuristic and
// pure; a miss only loses a warning, it never changes what the sources say.
import type { Lang } from '../core/types.js';
import { warning, type Warning } from '../core/warnings.js';
import { splitSentences } from './citation-check.js';
import { termSet } from './lexical-terms.js';
import type { PackagedSource } from './package-sources.js';
import { VITAL_MEDICINE } from '../safety/screening/lexicon.js';
import { normalise } from '../safety/screening/text.js';

export interface EvidenceAssessment {
  /** For AnswerResult.warnings: insufficient-evidence, weak-evidence, sources-disagree, safety-contradiction. */
  warnings: Warning[];
  /** For the prompt: what the model must address. */
  notes: string[];
  /**
   * Disagreements about a medicine, a dose or a contraindication (the safety-contradiction warnings): these are
   * shown to the user in every mode, not only told to the model.
   */
  safetyConflicts: Warning<'safety-contradiction'>[];
}

/** A claim is safety-relevant when it names a medicine, a dose or a contraindication, or starts/stops a treatment. */
const SAFETY_TERMS =
  /\b(?:dose|doses|dosage|mg|mcg|contraindicat\w*|stop\w*|discontinu\w*|start\w*|take|taking|prescri\w*|medicines?|medications?|drugs?)\b|剂量|用量|毫克|禁忌|禁用|慎用|停用|停药|服用|用药|药物/u;
function safetyRelevant(sentence: string): boolean {
  const s = normalise(sentence);
  return SAFETY_TERMS.test(s) || VITAL_MEDICINE.test(s);
}

const UNIT =
  '(mg\\/dl|mmol\\/l|µmol\\/l|umol\\/l|g\\/l|mg\\/l|mmhg|mg|mcg|µg|ml|kg|g|iu|%|percent|hours?|days?|weeks?|months?|years?|毫克|克|毫升|小时|天|周|个月|年|岁|次)';
const NUMBER_UNIT = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${UNIT}`, 'gi');

const NEGATIVE =
  /(not recommended|should not|shouldn't|must not|do not (take|use|give)|avoid|contraindicated|not (safe|effective)|不推荐|不建议|禁用|禁忌|禁止|慎用|避免|不宜|不能(服用|使用|吃))/i;
const POSITIVE = /(recommended|should (take|use|be (used|given|taken))|is (safe|effective)|first[- ]line|推荐|建议(使用|服用)|可以(服用|使用)|首选|安全有效)/i;

interface Claim {
  n: number;
  authority: string;
  sentence: string;
  terms: Set<string>;
  figures: Map<string, Set<string>>;
  polarity: -1 | 0 | 1;
}

function unitKey(u: string): string {
  const x = u.toLowerCase();
  if (x === 'percent') return '%';
  return x.replace(/s$/, '').replace('umol', 'µmol');
}

function claimsOf(src: PackagedSource, questionTerms: Set<string>): Claim[] {
  const out: Claim[] = [];
  for (const sentence of splitSentences(src.text)) {
    const terms = new Set([...termSet(sentence)].filter((t) => !/^\d/.test(t)));
    if (![...questionTerms].some((t) => terms.has(t))) continue;
    const figures = new Map<string, Set<string>>();
    for (const m of sentence.matchAll(NUMBER_UNIT)) {
      const k = unitKey(m[2]);
      if (!figures.has(k)) figures.set(k, new Set());
      figures.get(k)!.add(String(Number(m[1])));
    }
    const polarity = NEGATIVE.test(sentence) ? -1 : POSITIVE.test(sentence) ? 1 : 0;
    if (figures.size === 0 && polarity === 0) continue;
    out.push({ n: src.n, authority: src.hit.authority, sentence, terms, figures, polarity });
  }
  return out;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return false;
  return true;
}

export interface AssessOptions {
  lang: Lang;
  /** Best lexical relevance below this is "weak" (default 0.35). */
  weakBelow?: number;
}

export function assessEvidence(sources: PackagedSource[], questionTerms: Set<string>, options: AssessOptions): EvidenceAssessment {
  const warnings: Warning[] = [];
  const notes: string[] = [];
  const safetyConflicts: Warning<'safety-contradiction'>[] = [];
  if (sources.length === 0) {
    warnings.push(warning('insufficient-evidence', 'insufficient evidence: no passage in the knowledge base bears on this question'));
    notes.push('No source was found. Say that the knowledge base has no information on this, and do not answer from memory.');
    return { warnings, notes, safetyConflicts };
  }
  const best = Math.max(...sources.map((s) => s.hit.relevance ?? 0));
  if (best < (options.weakBelow ?? 0.35)) {
    const coverage = Math.round(best * 100);
    warnings.push(warning('weak-evidence', `weak evidence: the best source covers only ${coverage}% of the question's terms`, { coverage }));
    notes.push('The sources only partly match the question. Say what they do not cover instead of filling gaps.');
  }
  const claims = sources.flatMap((s) => claimsOf(s, questionTerms));
  const reported = new Set<string>();
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      // Two sentences are about the same thing only if they share several terms and most of their wording.
      const common = shared(a.terms, b.terms);
      if (a.n === b.n || common < 3 || common / (a.terms.size + b.terms.size - common) < 0.3) continue;
      const pair = `${a.n}-${b.n}`;
      if (reported.has(pair)) continue;
      let detail = '';
      let figures = '';
      for (const [unit, av] of a.figures) {
        const bv = b.figures.get(unit);
        if (bv && disjoint(av, bv)) {
          figures = `${[...av].join('/')} ${unit} vs ${[...bv].join('/')} ${unit}`;
          detail = `different figures (${figures})`;
          break;
        }
      }
      if (!detail && a.polarity !== 0 && b.polarity !== 0 && a.polarity !== b.polarity) {
        detail = 'one recommends what the other advises against';
      }
      if (!detail) continue;
      reported.add(pair);
      const message = `sources disagree: [${a.n}] (authority ${a.authority}) and [${b.n}] (authority ${b.authority}) give ${detail}`;
      const details = { a: a.n, aAuthority: a.authority, b: b.n, bAuthority: b.authority, kind: figures ? 'figures' : 'advice', ...(figures && { figures }) };
      if (safetyRelevant(a.sentence) || safetyRelevant(b.sentence)) {
        const w = warning('safety-contradiction', message, details);
        warnings.push(w);
        safetyConflicts.push(w);
      } else warnings.push(warning('sources-disagree', message, details));
      notes.push(
        `Sources [${a.n}] (authority ${a.authority}) and [${b.n}] (authority ${b.authority}) disagree: ${detail}. State the disagreement, cite both, and say which source is more authoritative (A is highest).`,
      );
    }
  }
  return { warnings, notes, safetyConflicts };
}
