// Lenient option-letter extraction for multiple-choice benchmarks (MedQA, CMExam, MedMCQA, MMLU …) and the RL
// exam verifier: the reply's final answer statement (final-answer.ts), read as a sorted letter set. Hedges and
// several different final answers are no answer. CPQExam is scored by the official extraction instead.
import type { ParsedAnswer } from '../types.js';
import { letterContext, readChoiceAnswer, type ChoiceReadOptions } from './final-answer.js';
import { parseAnswerValue } from './letter-set.js';

/**
 * Letters named by a short answer value ("B", "a, c", "A、B、D", "B. 肿瘤呈膨胀性生长", "(C)", the option text);
 * null when it names none or hedges ("B或C").
 */
export function lettersFromAnswer(answer: string, valid: readonly string[], options?: Record<string, string>): string[] | null {
  const set = parseAnswerValue(answer, letterContext({ valid, options }));
  return set && !set.hedge ? set.letters : null;
}

/** Extract sorted, de-duplicated option letters (e.g. "ACD") from a model's reply. */
export function extractChoice(
  text: string,
  valid: readonly string[],
  options?: Record<string, string>,
  extra: Pick<ChoiceReadOptions, 'multi' | 'question'> = {},
): ParsedAnswer {
  const r = readChoiceAnswer(text, { valid, options, multi: extra.multi, question: extra.question });
  if (r.status === 'ok') return { value: r.value, how: r.how };
  return { value: null, how: r.status === 'none' ? 'no-answer' : r.status };
}
