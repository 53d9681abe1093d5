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
// Pure: indexes and predicates in, a decision out.
import type { Lang } from '../core/types.js';
import type { DescribedTopicIndex } from './described-topic.js';
import type { LayModel } from './lay-description.js';

export interface DescribedChoice {
  name: string;
  docs: readonly number[];
  via: 'description' | 'lay';
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
}

/** The lay model's condition must be among this many best-matching source descriptions. */
export const LAY_AGREEMENT_RANK = 5;

export function chooseDescribedTopic(input: DescribedChoiceInput): DescribedChoice | undefined {
  const { terms, lang, described, lay, isSymptom, denied } = input;
  const ok = (docs: readonly number[]) => docs.length > 0 && !docs.some((d) => denied?.has(d));
  if (lang === 'en') {
    const sure = described.resolve(terms, 'en').topic;
    if (sure && ok(sure.docs)) return { name: sure.name, docs: sure.docs, via: 'description' };
  }
  const guess = lay?.resolve(terms, lang);
  if (!guess || isSymptom(guess.name)) return undefined;
  const agreeing = described.rank(terms, lang, LAY_AGREEMENT_RANK).find((c) => c.name === guess.name);
  if (!agreeing || !ok(agreeing.docs)) return undefined;
  return { name: agreeing.name, docs: agreeing.docs, via: 'lay' };
}
