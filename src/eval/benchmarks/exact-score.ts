// The exact-match scorer every closed-answer benchmark shares (letters, labels): one rule for what an unanswered
// reply scores, so predictions files read the same whichever benchmark wrote them.
import type { ItemScore, ParsedAnswer } from '../types.js';

/** No answer read: invalid, wrong, with the parser's reason ("empty", "no-json" …). */
export function unanswered(parsed: ParsedAnswer): ItemScore {
  return { correct: false, score: 0, prediction: '', invalid: true, reason: parsed.how };
}

/** The parsed answer against the expected one, to the letter ("match" / "mismatch"). */
export function scoreExact(parsed: ParsedAnswer, expected: string): ItemScore {
  if (!parsed.value) return unanswered(parsed);
  const correct = parsed.value === expected;
  return { correct, score: correct ? 1 : 0, prediction: parsed.value, invalid: false, reason: correct ? 'match' : 'mismatch' };
}
