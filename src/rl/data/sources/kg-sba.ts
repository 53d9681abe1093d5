// Knowledge-graph single-best-answer items (source `disease-kg-sba`): each draft (kg-sba-draft.ts) becomes an
// exam item with five options in a seeded order and its gold letter, then must pass the exam verifier itself —
// the gold letter (as JSON and as prose) scores 1, every other letter 0, and no option text contains another, so
// the reward cannot credit a distractor or miss the gold. Drafts that fail are dropped with the reason.
import { fnv1a32 } from '../../../core/hash.js';
import { createRng, shuffle } from '../../../core/random.js';
import { CPQEXAM_PROMPT_HEAD, formatOptions } from '../../../eval/prompts.js';
import type { DrugIndications } from '../../../knowledge/drug-indications.js';
import type { DrugLexicon } from '../../../knowledge/drugs.js';
import type { Icd10Index } from '../../../knowledge/icd10.js';
import { normTerm } from '../../../knowledge/term-text.js';
import { verifyExam, type ExamReference } from '../../verifiers/exam.js';
import type { RlItem } from '../item.js';
import { loadKgProfile, type KgProfile } from './kg-profile.js';
import { SBA_DISTRACTORS, SBA_DRAFTERS, SBA_KINDS, type SbaContext, type SbaDraft, type SbaKind } from './kg-sba-draft.js';
import type { SourceResult } from './types.js';

export const SBA_SOURCE = 'disease-kg-sba';
const LETTERS = 'ABCDEFGHIJ';

export interface KgSbaOptions {
  kinds?: readonly SbaKind[];
  /** Seed for distractor choice and option order (default 7); the item for a disease is stable per seed. */
  seed?: number;
}

/** Why the verifier would misread this item, or undefined when gold scores 1 and every other letter 0. */
export function verifyDraftItem(options: Record<string, string>, gold: string): string | undefined {
  const texts = Object.values(options).map(normTerm);
  for (let i = 0; i < texts.length; i++)
    for (let j = 0; j < texts.length; j++) if (i !== j && (texts[i] === texts[j] || texts[i].includes(texts[j]))) return 'option-texts-overlap';
  const letters = Object.keys(options).join('');
  const strict: ExamReference = { answer: gold, options: letters, optionTexts: options, strict: 'json' };
  const lenient: ExamReference = { answer: gold, options: letters, optionTexts: options };
  for (const l of letters) {
    const want = l === gold ? 1 : 0;
    if (verifyExam(`{"answer": "${l}"}`, strict, {}).score !== want) return `verifier-json-${l}`;
    if (verifyExam(`分析如上，故选${l}。`, lenient, {}).score !== want) return `verifier-prose-${l}`;
    if (verifyExam(`答案是${options[l]}。`, lenient, {}).score !== want) return `verifier-option-text-${l}`;
  }
  return undefined;
}

/** The exam item for a draft: options in a seeded order, the gold letter verified. */
export function itemFromDraft(draft: SbaDraft, seed: number): RlItem | { skip: string } {
  const rand = createRng(seed ^ fnv1a32(`order:${draft.kind}:${draft.disease.name}`));
  const texts = shuffle([draft.gold, ...draft.distractors], rand);
  const options: Record<string, string> = Object.fromEntries(texts.map((t, i) => [LETTERS[i], t]));
  const gold = LETTERS[texts.indexOf(draft.gold)];
  const problem = verifyDraftItem(options, gold);
  if (problem) return { skip: problem };
  const id = `${SBA_SOURCE}:${draft.kind}:${draft.disease.name}`;
  const letters = Object.keys(options).join('');
  return {
    id,
    task: 'exam',
    prompt: [{ role: 'user', content: `${CPQEXAM_PROMPT_HEAD}\n问题:\n${draft.question}\n回答:\n${formatOptions(options)}` }],
    ground_truth: gold,
    reward_spec: { id, task: 'exam', gt: gold, fmt: 'json', opt: { options: letters, optionTexts: options, question: draft.question } },
    source: SBA_SOURCE,
    authority: 'D',
    meta: {
      kind: draft.kind,
      disease: draft.disease.name,
      icd: draft.disease.code.raw,
      question: draft.question,
      options,
      answerText: draft.gold,
      evidence: draft.evidence,
      text: `${draft.question}\n${texts.join('\n')}`,
    },
  };
}

export interface KgSbaResources {
  icd: Icd10Index;
  drugs?: DrugLexicon;
  indications?: DrugIndications;
}

/** Items of every kind for every disease of the profile; skipped drafts counted by kind and reason. */
export function itemsFromKgProfile(profile: KgProfile, res: KgSbaResources, options: KgSbaOptions = {}, path = ''): SourceResult {
  const seed = options.seed ?? 7;
  const ctx: SbaContext = { profile, ...res };
  const items: RlItem[] = [];
  const skipped: Record<string, number> = {};
  const perKind: Record<string, number> = {};
  for (const kind of options.kinds ?? SBA_KINDS) {
    for (const d of profile.diseases) {
      const rand = createRng(seed ^ fnv1a32(`${kind}:${d.name}`));
      const draft = SBA_DRAFTERS[kind](d, ctx, rand);
      const out = 'skip' in draft ? draft : itemFromDraft(draft, seed);
      if ('skip' in out) {
        const k = `${kind}: ${out.skip}`;
        skipped[k] = (skipped[k] ?? 0) + 1;
        continue;
      }
      items.push(out);
      perKind[kind] = (perKind[kind] ?? 0) + 1;
    }
  }
  return {
    items,
    report: { source: SBA_SOURCE, path, read: profile.diseases.length, kept: items.length, skipped, extra: { perKind, distractors: SBA_DISTRACTORS, seed } },
  };
}

export function itemsFromKgSba(path: string, res: KgSbaResources, options: KgSbaOptions = {}): SourceResult {
  return itemsFromKgProfile(loadKgProfile(path, res.icd), res, options, path);
}
