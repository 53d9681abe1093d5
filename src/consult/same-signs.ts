// Two questions that ask the same danger signs in different words ("有没有口角歪斜、一侧手脚无力或说话不清？" and
// "有没有一侧手脚无力、嘴歪或说话不清？") are one question asked twice: the second takes the place of a question the
// turn needed (review s38 S2-c: the stroke signs twice, the onset-time question pushed out). Read by the signs each
// question names (the triage's sign reader over the question's affirmation), not by its wording.
import { findSigns } from '../safety/triage/sign-scan.js';
import { affirmationOf } from './complaints.js';

const SIGNS = new Map<string, ReadonlySet<string>>();

/** The danger signs a question asks about (cached per question text). */
export function signsAsked(question: string): ReadonlySet<string> {
  let s = SIGNS.get(question);
  if (!s) {
    s = new Set(findSigns(affirmationOf(question)).map((h) => h.sign));
    SIGNS.set(question, s);
  }
  return s;
}

/**
 * Is `question` one of the `before` questions asked again? Only when it names at least two signs and one question
 * before it names exactly the same signs: a question that asks one more thing (drinking and urine beside a fever) or
 * a single shared sign is not a repeat, and a question naming no sign the reader knows (how long, how old, the time it
 * started) never is.
 */
export function askedAgain(question: string, before: readonly string[]): boolean {
  const mine = signsAsked(question);
  if (mine.size < 2) return false;
  return before.some((b) => {
    const theirs = signsAsked(b);
    return theirs.size === mine.size && [...mine].every((s) => theirs.has(s));
  });
}
