// Shared parse/score for letter-answer benchmarks: lenient letter extraction, exact set match.
import { extractChoice } from '../extract-answer.js';
import type { Gold, ItemScore, ParsedAnswer } from '../types.js';

export const LETTERS = 'ABCDEFGHIJ'.split('');

/** Normalise gold letters from a data file ("D", "ACD", "A,C") to sorted upper case; null if not letters. */
export function goldLetters(raw: string): string | null {
  const letters = raw.toUpperCase().replace(/[\s,，、]/g, '');
  if (!letters || !/^[A-Z]+$/.test(letters)) return null;
  return [...new Set(letters)].sort().join('');
}

export function parseChoice(text: string, gold: Gold, options?: Record<string, string>): ParsedAnswer {
  // Accept any letter up to the largest of A–J present in the options, or up to the gold's largest letter.
  const known = options && Object.keys(options).length ? Object.keys(options) : LETTERS;
  return extractChoice(text, known, options);
}

export function scoreChoice(parsed: ParsedAnswer, gold: Gold): ItemScore {
  if (gold.kind !== 'choice') throw new Error(`choice scorer given ${gold.kind} gold`);
  if (!parsed.value) return { correct: false, score: 0, prediction: '', invalid: true, reason: parsed.how };
  const correct = parsed.value === gold.letters;
  return { correct, score: correct ? 1 : 0, prediction: parsed.value, invalid: false, reason: correct ? 'match' : 'mismatch' };
}

/** Default record → gold for letter benchmarks: the stored gold, else the `answer` letters. */
export function choiceFromRecord(record: Record<string, unknown>): { gold: Gold; groups: Record<string, string> } | null {
  const groups = (record.groups ?? {}) as Record<string, string>;
  const stored = record.gold as Gold | undefined;
  if (stored && stored.kind === 'choice') return { gold: stored, groups };
  const letters = typeof record.answer === 'string' ? goldLetters(record.answer) : null;
  return letters ? { gold: { kind: 'choice', letters }, groups } : null;
}
