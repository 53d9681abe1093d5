// Step registry: every name a pipeline file may use, with its options schema and factory.
import { resolve } from 'node:path';
import type { z } from 'zod';
import { defineRegistry } from '../core/registry.js';
import { relevanceOptions, createRelevanceStep } from './classifier/step.js';
import { loadRelevanceModel } from './classifier/model.js';
import { exactDedupOptions, nearDedupOptions } from './dedup/config.js';
import { createDeidStep, deidOptions } from './deid/step.js';
import { loadPhiRedactor } from './deid/redactor.js';
import { adviceCheckOptions, createAdviceCheck } from './filters/advice-check.js';
import { loadMedicalVocabulary } from './filters/medical-vocabulary.js';
import { loadTreatmentRelations } from '../retrieval/treatment-relations.js';
import { getDrugLexicon } from '../knowledge/drugs.js';
import { createLengthFilter, lengthOptions } from './filters/length.js';
import { createLangidSteps, langidOptions } from './filters/langid.js';
import { createRepetitionFilter, repetitionOptions } from './filters/repetition.js';
import { createSymbolRatioFilter, symbolRatioOptions } from './filters/symbol-ratio.js';
import { createIntegrityFilter, integrityOptions } from './filters/integrity.js';
import { loadClauseEnds } from './filters/clause-ends.js';
import { createNormaliseStep, normaliseOptions } from './normalise/step.js';
import type { Step } from './step.js';
import { perTurn } from './dialogue/per-turn.js';
import { createTagStep, icdIndexFor, tagOptions } from './tagging/step.js';
import { loadEnglishMatcher, loadEntityMatcher } from './tagging/terminology.js';
import { createTokensStep, tokensOptions } from './tokens/step.js';
import { loadTokenCounter } from './tokens/token-counter.js';

export interface StepEnv {
  /** Folder of the pipeline file: relative paths in options resolve against it. */
  baseDir: string;
  seed: number;
}

export interface StepDef<S extends z.ZodType = z.ZodType> {
  options: S;
  /** Barriers (dedup) split the pipeline into stages; they have no per-record factory. */
  barrier?: 'exact' | 'near';
  create?(options: z.output<S>, env: StepEnv): Promise<Step[]>;
  describe: string;
}

function def<S extends z.ZodType>(d: StepDef<S>): StepDef {
  return d as unknown as StepDef;
}

export type StepName =
  | 'normalise'
  | 'langid'
  | 'length'
  | 'symbol-ratio'
  | 'repetition'
  | 'integrity'
  | 'advice-check'
  | 'relevance'
  | 'deid'
  | 'tag'
  | 'tokens'
  | 'dedup-exact'
  | 'dedup-near';

export const stepRegistry = defineRegistry<StepName, StepDef>('pipeline step', {
  normalise: def({
    options: normaliseOptions,
    describe: 'NFKC, full/half width, HTML, whitespace, boilerplate lines',
    create: async (o) => [createNormaliseStep(o)],
  }),
  langid: def({
    options: langidOptions,
    describe: 'language (zh/en/other) and script statistics; optional keep list',
    create: async (o) => createLangidSteps(o),
  }),
  length: def({ options: lengthOptions, describe: 'drop too short / too long', create: async (o) => [createLengthFilter(o)] }),
  'symbol-ratio': def({
    options: symbolRatioOptions,
    describe: 'symbol, digit, bullet and ellipsis ratios',
    create: async (o) => [createSymbolRatioFilter(o)],
  }),
  repetition: def({
    options: repetitionOptions,
    describe: 'Gopher repeated lines / paragraphs / n-grams (Chinese-adapted)',
    create: async (o) => [createRepetitionFilter(o)],
  }),
  integrity: def({
    options: integrityOptions,
    describe: 'broken answers: unfilled template slots, cut off mid-sentence, looped sentences',
    create: async (o, env) => [createIntegrityFilter(o, o.clauseEnds ? loadClauseEnds(o.clauseEnds.map((p) => resolve(env.baseDir, p))) : undefined)],
  }),
  'advice-check': def({
    options: adviceCheckOptions,
    describe: 'meaning-corrupted advice (swapped or negated: "增加盐的摄入" for hypertension)',
    create: async (o, env) => [
      createAdviceCheck(o, {
        vocab: o.terms ? loadMedicalVocabulary(resolve(env.baseDir, o.terms)) : undefined,
        relations: o.kb ? loadTreatmentRelations(resolve(env.baseDir, o.kb)) : undefined,
        drugs: o.terms ? getDrugLexicon(resolve(env.baseDir, o.terms)) : undefined,
      }),
    ],
  }),
  relevance: def({
    options: relevanceOptions,
    describe: 'trained medical-relevance classifier',
    create: async (o, env) => [createRelevanceStep(o, loadRelevanceModel(resolve(env.baseDir, o.model)))],
  }),
  deid: def({
    options: deidOptions,
    describe: 'de-identification with typed placeholders (safety layer)',
    create: async (o) => [perTurn(createDeidStep(o, await loadPhiRedactor(o)))],
  }),
  tag: def({
    options: tagOptions,
    describe: 'entities, ICD-10 codes, knowledge type, authority',
    create: async (o, env) => {
      const terms = o.terms ? resolve(env.baseDir, o.terms) : undefined;
      const opts = { ...o, terms };
      const english = o.english ? resolve(env.baseDir, o.english) : undefined;
      return [
        createTagStep(opts, {
          matcher: o.entities ? await loadEntityMatcher(terms) : undefined,
          english: o.entities && english ? await loadEnglishMatcher(english) : undefined,
          icd: o.icd ? icdIndexFor(opts) : undefined,
        }),
      ];
    },
  }),
  tokens: def({
    options: tokensOptions,
    describe: 'token counts (Qwen tokenizer, or a labelled estimate)',
    create: async (o, env) => [createTokensStep(await loadTokenCounter(o.tokenizer, env.baseDir))],
  }),
  'dedup-exact': def({ options: exactDedupOptions, barrier: 'exact', describe: 'exact duplicates (normalised-text hash), staged' }),
  'dedup-near': def({ options: nearDedupOptions, barrier: 'near', describe: 'near duplicates (MinHash + LSH), staged' }),
});
