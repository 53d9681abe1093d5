// A condition as the symptom checker knows it: the findings its own knowledge-base text says (a disease-KG page's
// 概述/症状 and symptom terms, a MedQuAD focus's overview and symptom answers, the disease table's symptom column),
// read with the same lexicon as the question. Pure: condition texts in, profiles out, with each finding's
// specificity among the conditions of the profile's language (a finding half the pages say tells little).
import type { Lang } from '../../core/types.js';
import type { FindingLexicon } from './finding-lexicon.js';

/** One condition's own text, as the caller reads it from its sources. `docs` are the caller's ids of its pages. */
export interface ConditionText {
  name: string;
  lang: Lang;
  docs: readonly number[];
  /** Descriptive text (overview, symptoms) and listed symptoms, joined. */
  text: string;
  /** log10 of the share of people who have it, where a source states it (prevalence.ts). */
  prevalence?: number;
}

export interface ConditionProfile {
  name: string;
  lang: Lang;
  docs: readonly number[];
  /** Concepts the condition's text says (not under a negation). */
  findings: ReadonlySet<number>;
  prevalence?: number;
}

export interface ConditionProfiles {
  readonly profiles: readonly ConditionProfile[];
  /** log((N + 1) / (df + 0.5)) of a concept among the profiles of one language; 0 when no profile says it. */
  weight(concept: number, lang: Lang): number;
  /** Profiles of a language saying a concept (indexes into `profiles`). */
  saying(concept: number): readonly number[];
}

export function buildConditionProfiles(texts: readonly ConditionText[], lexicon: FindingLexicon): ConditionProfiles {
  const profiles: ConditionProfile[] = texts.map((t) => ({
    name: t.name,
    lang: t.lang,
    docs: t.docs,
    prevalence: t.prevalence,
    findings: new Set(
      lexicon
        .read(t.text)
        .filter((f) => !f.negated)
        .map((f) => f.concept),
    ),
  }));
  const df = new Map<string, number>();
  const n = new Map<Lang, number>();
  const saying = new Map<number, number[]>();
  profiles.forEach((p, i) => {
    n.set(p.lang, (n.get(p.lang) ?? 0) + 1);
    for (const c of p.findings) {
      df.set(`${p.lang}:${c}`, (df.get(`${p.lang}:${c}`) ?? 0) + 1);
      const list = saying.get(c) ?? [];
      list.push(i);
      saying.set(c, list);
    }
  });
  return {
    profiles,
    weight(concept, lang) {
      const d = df.get(`${lang}:${concept}`) ?? 0;
      return d === 0 ? 0 : Math.log(((n.get(lang) ?? 0) + 1) / (d + 0.5));
    },
    saying: (c) => saying.get(c) ?? [],
  };
}
