// Exam questions (single and multiple answer): the answer is a sorted letter set compared with the key.
// Lenient reading is the evaluation harness's own final-answer reader (src/eval/extract-answer.ts), so rewards and
// benchmark scores agree; on top: a strict mode that only reads the requested format, no credit for listing every
// option, and none for a hedge ("B或C", "A or B") or for several different final answers.
import { type LetterContext, letterContext, parseAnswerValue, readChoiceAnswer } from '../../eval/extract-answer.js';
import { foldWidth } from '../../knowledge/term-text.js';
import { extractAnswer, type AnswerFormat } from './extract.js';
import type { RuleVerifier, Score } from './types.js';

export interface ExamReference {
  /** Correct letters, e.g. "B" or "ACD" (any order, separators allowed). */
  answer: string;
  /** Option letters offered, e.g. "ABCDE" (default: A–E). */
  options?: string;
  /** Option texts, so an answer naming the option text is read as its letter. */
  optionTexts?: Record<string, string>;
  /** Half credit per correct letter when a multi-answer prediction is a strict subset of the key. */
  partial?: boolean;
  /** Only accept this answer format. */
  strict?: AnswerFormat;
  /**
   * The question asked: when it asks for nothing set aside, an answer read from options merely named in prose keeps
   * no option the response only rejects ("Avoid lisinopril." is no answer A; final-answer.ts asksRejected).
   */
  question?: string;
}

const NON_LETTER_RE = /[^A-Z]/g;
const JSON_KEYS = ['answer', '答案', 'answers', 'choice'] as const;

/** "c, a" → "AC": upper-case letters only, de-duplicated, sorted. */
export function normLetters(s: string): string {
  const up = foldWidth(s).toUpperCase().replace(NON_LETTER_RE, '');
  if (up.length <= 1) return up;
  return [...new Set(up)].sort().join('');
}

/** An answer value read as its letter set ("" when none or a hedge), against one item's option context. */
const letterSetOf =
  (ctx: LetterContext) =>
  (raw: string): string => {
    const set = parseAnswerValue(foldWidth(raw), ctx);
    return set && !set.hedge ? [...new Set(set.letters)].sort().join('') : '';
  };

export const verifyExam: RuleVerifier<ExamReference> = (response, ref): Score => {
  const key = normLetters(ref.answer);
  const offered = normLetters(ref.options ?? (ref.optionTexts ? Object.keys(ref.optionTexts).join('') : 'ABCDE'));
  const valid = [...offered];
  // One option context per reply: the option aliases and name units are built once, not per answer value read.
  const ctx = letterContext({ valid, options: ref.optionTexts });
  const toSet = letterSetOf(ctx);
  // Tags and JSON first (our extractor also notices two different answers); strict mode stops there.
  const ex = extractAnswer(response, null, { strictFormat: ref.strict === 'text' ? undefined : ref.strict, jsonKeys: JSON_KEYS }, toSet);
  let pred = '';
  let via: string;
  if (ex.answer !== null) {
    if (ex.conflict) return { score: 0, reason: 'conflicting-answers', acc: false, pred: toSet(ex.answer), formatOk: true };
    if (parseAnswerValue(ex.answer, ctx)?.hedge) {
      return { score: 0, reason: 'hedged-answer', acc: false, formatOk: true };
    }
    pred = toSet(ex.answer);
    via = ex.via ?? 'json';
  } else if (ref.strict && ref.strict !== 'text') {
    return { score: 0, reason: `no-${ref.strict}-answer`, acc: false, formatOk: false };
  } else {
    const read = readChoiceAnswer(response, { valid, options: ref.optionTexts, multi: key.length > 1, question: ref.question });
    if (read.status === 'hedge' || read.status === 'several-for-single') return { score: 0, reason: 'hedged-answer', acc: false, formatOk: false };
    if (read.status === 'conflict') return { score: 0, reason: 'conflicting-answers', acc: false, formatOk: false };
    pred = read.value ?? '';
    via = read.how;
  }
  const formatOk = via === 'json' || via === 'tag' || via === 'json-truncated';
  if (!pred) return { score: 0, reason: `no-answer:${via}`, acc: false, formatOk: false };
  for (const ch of pred) if (!offered.includes(ch)) return { score: 0, reason: `invalid-option:${ch}`, acc: false, pred, formatOk };
  if (pred.length >= 2 && pred.length >= offered.length && key.length < offered.length) {
    return { score: 0, reason: 'every-option-listed', acc: false, pred, formatOk };
  }
  // Several letters for a one-answer item: the lenient reader's reason too (review s14: 'wrong:BD' here, 'hedged-answer' there).
  if (key.length === 1 && pred.length > 1) return { score: 0, reason: 'hedged-answer', acc: false, pred, formatOk };
  if (pred === key) return { score: 1, reason: 'exact', acc: true, pred, formatOk };
  if (ref.partial && key.length > 1 && pred.length < key.length && [...pred].every((c) => key.includes(c))) {
    return { score: (0.5 * pred.length) / key.length, reason: 'partial-subset', acc: false, pred, formatOk };
  }
  return { score: 0, reason: `wrong:${pred}`, acc: false, pred, formatOk };
};
