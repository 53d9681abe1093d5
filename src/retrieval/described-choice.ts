// Which condition a question describes without naming it: the one decision that joins the two described-topic readers.
//
// 1. The source description (described-topic.ts, entity BM25): an English question whose words match one condition's
//    own overview and symptom text clearly better than any other. English only: the disease KG's 概述 is mostly causes
//    and epidemiology and took 失眠 to 安眠药中毒 on judged batches.
// 2. The lay description (lay-description.ts, learned from consultations): a question whose lay words went with one
//    condition in patients' questions, clearly ahead of the rest — accepted only when the source description agrees
//    (that condition is among the entities its text ranks best), and never a symptom page (头痛, 腹泻: a finding is
//    not what a description of a finding is about). Two independent signals must agree: the lay model alone learned
//    chance company from noisy consultations ("影响生育" → 精索静脉曲张).
// 3. The differential (session 8): when neither reader is sure on its own, the three readers of a description — the
//    sources' description (D), the lay model (L) and the KB's symptom lists (S: the findings the question says that a
//    page lists) — are fused as a differential: each ranks conditions, each score is scaled by that reader's best, and
//    the sums rank the conditions. The fused first is the topic when it is among the sources' best three, a second
//    reader ranks it in its best three, and it leads the next condition clearly. Agreement of independent readers,
//    not one reader's margin, is the evidence; the sources' description must be one of them (it carries the pages).
//    Session 17: the symptom checker (knowledge/symptom-checker: the findings the question describes — complaints,
//    signs, site, who, when — against each condition's own text, common causes first) is a fourth reader (C), heard
//    only where the three choose nothing.
// Pure: indexes and predicates in, a decision out.
import type { Lang } from '../core/types.js';
import type { DescribedTopicIndex } from './described-topic.js';
import type { LayModel } from './lay-description.js';

export interface DescribedChoice {
  name: string;
  docs: readonly number[];
  via: 'description' | 'lay' | 'differential';
}

/** A condition the symptom index ranks for the question (knowledge/symptom-conditions.ts), best first. */
export interface SymptomSignal {
  name: string;
  score: number;
}

export interface DescribedChoiceInput {
  terms: readonly string[];
  lang: Lang;
  described: DescribedTopicIndex;
  lay?: LayModel;
  /** True for a name the knowledge base types as a symptom or finding. */
  isSymptom: (name: string) => boolean;
  /** Documents the question denies ("not a UTI"): a condition among them is never the answer. */
  denied?: ReadonlySet<number>;
  /** The symptom index's candidates for the question, best first (the differential's third reader); without them the
   *  differential is not read. */
  symptoms?: readonly SymptomSignal[];
  /** The symptom checker's candidates in the question's language, best first (the differential's fourth reader), with
   *  how many complaints or signs each rests on. */
  checker?: readonly (SymptomSignal & { complaints: number })[];
}

/** The lay model's condition must be among this many best-matching source descriptions. */
export const LAY_AGREEMENT_RANK = 5;

/** The differential's rule, fixed a priori: how deep each reader is read, where the agreeing readers must rank the
 *  condition, and how far the fused first must lead the second. */
export const DIFFERENTIAL = { depth: 8, agreeRank: 3, minLead: 1.2 } as const;

/** The symptom checker's candidate is a reader's voice only when it rests on three described findings that are all
 *  complaints or signs (two — tired, heavy periods; cough, vomiting in a child — fit a dozen conditions equally, and in a
 *  knowledge base without the right page they pick a wrong one). Set in-sample on q-8…q-17 (bench/results/evidence.md). */
export const CHECKER_VOICE = { minFindings: 3, minComplaints: 3 } as const;

/** Pure: the checker's candidates that may speak in the differential. */
export const checkerVoice = <T extends { matched: readonly string[]; complaints: number }>(candidates: readonly T[]): T[] =>
  candidates.filter((c) => c.matched.length >= CHECKER_VOICE.minFindings && c.complaints >= CHECKER_VOICE.minComplaints);

/** One condition's name as the readers spell it (Cold Sores = cold sore, Raynaud's = Raynaud). */
const nameKey = (n: string) =>
  n
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/s$/, '');

interface Fused {
  name: string;
  score: number;
  rank: { D?: number; L?: number; S?: number; C?: number };
}

/** Pure: the readers' rankings fused (score / that reader's best, summed), best first. */
export function fuseDifferential(readers: {
  D: readonly SymptomSignal[];
  L: readonly SymptomSignal[];
  S: readonly SymptomSignal[];
  C?: readonly SymptomSignal[];
}): Fused[] {
  const out = new Map<string, Fused>();
  for (const r of ['D', 'L', 'S', 'C'] as const) {
    const list = readers[r] ?? [];
    const best = list[0]?.score ?? 0;
    if (best <= 0) continue;
    list.forEach((c, i) => {
      const k = nameKey(c.name);
      const e = out.get(k) ?? { name: c.name, score: 0, rank: {} };
      if (e.rank[r] !== undefined) return;
      e.rank[r] = i + 1;
      e.score += c.score / best;
      if (r === 'D') e.name = c.name;
      out.set(k, e);
    });
  }
  return [...out.values()].sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
}

export function chooseDescribedTopic(input: DescribedChoiceInput): DescribedChoice | undefined {
  const { terms, lang, described, lay, isSymptom, denied } = input;
  const ok = (docs: readonly number[]) => docs.length > 0 && !docs.some((d) => denied?.has(d));
  if (lang === 'en') {
    const sure = described.resolve(terms, 'en').topic;
    if (sure && ok(sure.docs)) return { name: sure.name, docs: sure.docs, via: 'description' };
  }
  const guess = lay?.resolve(terms, lang);
  if (guess && !isSymptom(guess.name)) {
    const agreeing = described.rank(terms, lang, LAY_AGREEMENT_RANK).find((c) => c.name === guess.name);
    if (agreeing && ok(agreeing.docs)) return { name: agreeing.name, docs: agreeing.docs, via: 'lay' };
  }
  if (!input.symptoms) return undefined;
  // The checker only adds a voice where the three readers choose nothing: a choice they make stays theirs.
  return differential({ ...input, checker: undefined }, ok) ?? (input.checker?.length ? differential(input, ok) : undefined);
}

function differential(input: DescribedChoiceInput, ok: (docs: readonly number[]) => boolean): DescribedChoice | undefined {
  const { terms, lang, described, lay, isSymptom, symptoms = [] } = input;
  const D = described.rank(terms, lang, DIFFERENTIAL.depth);
  const fused = fuseDifferential({
    D,
    L: lay?.rank(terms, lang, DIFFERENTIAL.depth) ?? [],
    S: symptoms.slice(0, DIFFERENTIAL.depth),
    C: input.checker?.slice(0, DIFFERENTIAL.depth),
  });
  const [best, next] = fused;
  if (!best || best.rank.D === undefined || best.rank.D > DIFFERENTIAL.agreeRank) return undefined;
  const agreed = [best.rank.L, best.rank.S, best.rank.C].some((r) => (r ?? Infinity) <= DIFFERENTIAL.agreeRank);
  if (!agreed || (next && best.score < DIFFERENTIAL.minLead * next.score) || isSymptom(best.name)) return undefined;
  const entity = D[best.rank.D - 1];
  return ok(entity.docs) ? { name: entity.name, docs: entity.docs, via: 'differential' } : undefined;
}

/** A named finding's rule, fixed a priori: how many conditions' own descriptions must show the finding for it to be a
 *  finding rather than a condition of its own, and how many more of the question's terms the described condition's
 *  description must share — counting only terms in under 5 % of all descriptions ("go", "away", "doctor", 平时 say
 *  nothing about which condition; the lay model's trainer drops the same share). */
export const NAMED_FINDING = { minConditions: 10, minOtherTerms: 2, maxTermShare: 0.05 } as const;

export interface NamedFindingInput extends DescribedChoiceInput {
  /** The question's one named page (a condition or finding page, not asked about as a hypothesis): its documents and
   *  its name's terms. */
  named: { docs: readonly number[]; terms: readonly string[] };
}

/**
 * A question whose one name is a finding many conditions show, and which describes more ("husband snores and stops
 * breathing, falls asleep at work", "孩子晚上咳，跑完步就喘"): the page titled with the finding (Snoring, Cough) answers
 * a question about the finding, not about the condition the whole description points to. The described condition
 * replaces it when (1) ten or more conditions' own descriptions show the finding — the knowledge base, not a word
 * list, says it is a finding —, (2) the readers above choose a condition as for an unnamed question, (3) that
 * condition's description shows the finding itself and (4) two or more of the question's other terms. A question about
 * the finding alone ("how do I stop snoring") shares too little else and keeps its page.
 */
export function narrowNamedFinding(input: NamedFindingInput): DescribedChoice | undefined {
  const { described, lang, named, terms } = input;
  if (named.terms.length === 0 || described.mentioning(named.terms, lang) < NAMED_FINDING.minConditions) return undefined;
  const choice = chooseDescribedTopic(input);
  if (!choice || choice.docs.some((d) => named.docs.includes(d))) return undefined;
  const shared = described.shared(choice.name, terms, lang);
  if (!named.terms.every((t) => shared.includes(t))) return undefined;
  const nameTerms = new Set(named.terms);
  const telling = shared.filter((t) => !nameTerms.has(t) && described.share(t, lang) < NAMED_FINDING.maxTermShare);
  // A compound and the words inside it (高血糖 and 血糖, as search-mode segmentation gives both) are one term.
  const distinct = telling.filter((t) => !telling.some((u) => u !== t && u.includes(t)));
  return distinct.length >= NAMED_FINDING.minOtherTerms ? choice : undefined;
}

export interface NamedOtherInput extends DescribedChoiceInput {
  /** The question's named pages, every one about no condition (a medicine, test, procedure, substance, life stage —
   *  the source types it so: TopicKind 'other'), none asked about: their documents and their names' terms. */
  named: { docs: readonly number[]; terms: readonly string[] };
}

/**
 * A question whose only names are pages about no condition — a medicine, a test, a procedure or a life stage said in
 * passing ("do I need antibiotics?", "GP's referring me for an endoscopy", "I'm 31 weeks pregnant if that's relevant")
 * — and which describes a condition: the described condition is its subject, the named page a related one. A written
 * name is stronger evidence than the differential, so only a reader's own sure reading moves it (the sources'
 * description, or the lay words with the sources agreeing — not the fused differential: in-sample it took a mastitis
 * to Fibroadenoma and a bowel-preparation question to 早孕反应), and the chosen condition's description must share two
 * or more telling terms of the question besides the named pages' own (NAMED_FINDING) — a question about the medicine
 * or test itself ("can I take ibuprofen with lisinopril", "how long do I fast before a blood test") describes too little.
 */
export function describedOverNamedOther(input: NamedOtherInput): DescribedChoice | undefined {
  const { described, lang, named, terms } = input;
  const choice = chooseDescribedTopic({ ...input, symptoms: undefined, checker: undefined });
  if (!choice || choice.docs.some((d) => named.docs.includes(d))) return undefined;
  const nameTerms = new Set(named.terms);
  const telling = described.shared(choice.name, terms, lang).filter((t) => !nameTerms.has(t) && described.share(t, lang) < NAMED_FINDING.maxTermShare);
  const distinct = telling.filter((t) => !telling.some((u) => u !== t && u.includes(t)));
  return distinct.length >= NAMED_FINDING.minOtherTerms ? choice : undefined;
}
