// Two readings of a conclusion word's grammar, for the anchor reader (answer-statements.ts): when "so"/"所以" does not
// introduce the reply's answer even though an option follows it.
//   1. "… and so is multiparity": "so" + an auxiliary + a noun phrase is English's additive inversion ("X too"), never a
//      conclusion; "So is it B?" is a question. The conclusion "so" is followed by its clause's subject or value.
//   2. "所以隔离病人意义不大" / "So observation is not needed": the option named right after the conclusion word is the
//      SUBJECT of a predicate that denies it, in its own sub-clause — a step of the reasoning that sets it aside.
import { clauseStance } from './commitment.js';
import { normOptionText, type LetterContext } from './letter-set.js';

/** An auxiliary or modal right after the conclusion word "so": subject–auxiliary inversion. */
const INVERSION_AFTER_SO_RE =
  /^\s+(?:is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|shall|should|may|might|must)\b(?!\s*[:=])(?!\s+(?:be|only)\b)/i;

/** Pure: the conclusion word `anchor` (as matched) is "so" inverted with an auxiliary right after it (`after`). */
export function additiveSo(anchor: string, after: string): boolean {
  return /^so$/i.test(anchor.trim()) && INVERSION_AFTER_SO_RE.test(after);
}

/**
 * A denial in a predicate: English "not/no/never/-n't" and Chinese 不/没/无/非/未 (a character the predicate carries:
 * "意义不大", "没有意义", "不重要"). Read only in the sub-clause right after an option's name, and only where the
 * commitment reader (clauseStance) does not read the sub-clause as affirming it — so "非常关键" stays a step it cannot
 * place, never a credit: the statement is dropped, the reply's other readings decide.
 */
const DENIAL_RE =
  /\b(?:not|no|never|neither|nor|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|can't|cannot|unnecessary|unhelpful)\b|不|没|無|无|非|未/i;

/** Where a sub-clause ends: a comma, semicolon, colon, dash or bracket — "So ceftriaxone, not doxycycline" keeps the name. */
const SUB_CLAUSE_END_RE = /[,，;；:：、(（)）—–]|\s-\s/;

/** Raw offset in `s` after which `normLength` normalised characters (normOptionText) have been read. */
function rawEnd(s: string, normLength: number): number {
  for (let i = 1; i <= s.length; i++) if (normOptionText(s.slice(0, i)).length >= normLength) return i;
  return s.length;
}

/**
 * Pure: the option text read at `at` (its normalised length `normLength`, as echoedOption counts it) is the subject of a
 * denying predicate in its own sub-clause ("隔离病人意义不大", "observation is not needed").
 */
export function deniedSubject(text: string, at: number, normLength: number, ctx: LetterContext): boolean {
  const clause = text.slice(at, at + 300).split(/[\n.!?。！？]/)[0] ?? '';
  const rest = clause.slice(rawEnd(clause, normLength));
  const stop = rest.search(SUB_CLAUSE_END_RE);
  const predicate = stop < 0 ? rest : rest.slice(0, stop);
  if (!/[A-Za-z\u4e00-\u9fff]/.test(predicate) || !DENIAL_RE.test(predicate)) return false;
  return clauseStance(predicate, ctx) <= 0;
}
