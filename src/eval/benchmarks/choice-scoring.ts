// Shared parse/score for letter-answer benchmarks: lenient letter extraction, exact set match.
import { extractChoice } from '../extract-answer.js';
import type { Gold, ItemScore, ParseContext, ParsedAnswer } from '../types.js';
import { scoreExact } from './exact-score.js';

export const LETTERS = 'ABCDEFGHIJ'.split('');

/** Normalise gold letters from a data file ("D", "ACD", "A,C") to sorted upper case; null if not letters. */
export function goldLetters(raw: string): string | null {
  const letters = raw.toUpperCase().replace(/[\s,，、]/g, '');
  if (!letters || !/^[A-Z]+$/.test(letters)) return null;
  return [...new Set(letters)].sort().join('');
}

/**
 * The reply's letters, read with the item's options and question when the harness has them (`eval run`, and `eval
 * score` on files that recorded them) — the same reading the RL exam verifier gives the same reply; without them,
 * any letter A–J.
 */
export function parseChoice(text: string, _gold: Gold, item?: ParseContext, multi?: boolean): ParsedAnswer {
  const options = item && Object.keys(item.options).length ? item.options : undefined;
  return extractChoice(text, options ? Object.keys(options) : LETTERS, options, { question: item?.question || undefined, multi });
}

/**
 * For a benchmark whose every item has one answer (MedQA, MedMCQA, MMLU, CMMLU, MedXpertQA — known from the benchmark,
 * never from an item's gold): a set of letters, or per-option verdicts that add up to several, is several answers.
 */
export const parseSingleChoice = (text: string, gold: Gold, item?: ParseContext): ParsedAnswer => parseChoice(text, gold, item, false);

export function scoreChoice(parsed: ParsedAnswer, gold: Gold): ItemScore {
  if (gold.kind !== 'choice') throw new Error(`choice scorer given ${gold.kind} gold`);
  return scoreExact(parsed, gold.letters);
}

/** Default record → gold for letter benchmarks: the stored gold, else the `answer` letters. */
export function choiceFromRecord(record: Record<string, unknown>): { gold: Gold; groups: Record<string, string> } | null {
  const groups = (record.groups ?? {}) as Record<string, string>;
  const stored = record.gold as Gold | undefined;
  if (stored && stored.kind === 'choice') return { gold: stored, groups };
  const letters = typeof record.answer === 'string' ? goldLetters(record.answer) : null;
  return letters ? { gold: { kind: 'choice', letters }, groups } : null;
}
