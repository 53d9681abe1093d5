// A raise the learned reader made from the words of a reply's DENIALS. The triage's learned reader reads text as word
// statistics; it was trained on messages that tell symptoms, not on answers to a question turn, which are mostly the
// question's own signs echoed back denied ("唔係突然" to "是几天内突然变糊涂的吗？", "no chest pain", "没有喘，嘴唇脸都不肿").
// Read as words, an echo of the question raised a consultation above its opening with nothing told (consult-cases-49
// c49-038: a 73-year-old's memory loss over half a year, urgent on the opening, emergency after "係慢慢嚟嘅，半年左右，
// 唔係突然；…冇跌親，冇撞親個頭" — p(emergency) 0.40 → 0.78 on 突然, 跌, 撞).
//
// The reading by form: the reader's raise above the opening is undone to what it reads once the replies' denied spans
// (answer-scope.ts denial cues and the words they govern, denied-rule-clauses.ts) are blanked — only when ALL hold:
//   - the replies raised the level above the opening's, and only the learned reader did (its level is the case's; no
//     rule, safety-net or held finding reaches it: `signsLevel` no higher than the opening's level);
//   - every sign the scan reads in the replies stands inside a denied span, and no red-flag question was answered yes;
//   - each denial cue deleted on its own leaves the case at least as high (the reader read past the negation);
//   - the blanked reading is lower and finds no rule the reading as written did not.
// Fail closed: anything else keeps the reading as written. The opening's own level stays the floor (opening-floor.ts),
// so this never lowers a case below what the patient's first message was read as; it never raises.
import type { TriageLevel } from '../safety/types.js';
import { toSimplified } from '../core/han-variants.js';
import { findSigns } from '../safety/triage/sign-scan.js';
import { deniedCues, withoutCueAt, withoutDeniedSpans } from './denied-rule-clauses.js';

/** Signs that say who the person is (a child, a baby, a pregnancy), not a danger (as answer-scope.ts). */
const CONTEXT_SIGNS: ReadonlySet<string> = new Set(['child', 'infant', 'pregnancy']);

const RANK: Record<TriageLevel, number> = { routine: 0, urgent: 1, emergency: 2 };

/** What the reader needs of a triage: the level, the reasons and the level rules and safety net reached (policy.ts). */
export interface ReaderReading {
  level: TriageLevel;
  reasons: readonly string[];
  signsLevel?: TriageLevel;
  rules?: { level: TriageLevel; reasons: readonly string[] };
}

/**
 * The replies with their denied spans blanked when the raise of `asWritten` over `opening` is the learned reader's
 * alone and every sign the replies name is denied; `undefined` when this reading does not apply (read as written).
 */
export function readerRaiseFromDenials(
  replies: string,
  asWritten: ReaderReading,
  opening: ReaderReading,
  affirmedAny: boolean,
  levelWith: (replies: string) => TriageLevel,
): string | undefined {
  if (affirmedAny || RANK[asWritten.level] <= RANK[opening.level]) return undefined;
  // The reader alone raised: it gave the case's level, and nothing else the triage found reaches above the opening.
  if (!asWritten.reasons.includes(`model:${asWritten.level}`)) return undefined;
  if (asWritten.signsLevel === undefined || RANK[asWritten.signsLevel] > RANK[opening.level]) return undefined;
  // Every sign the scan reads in the replies must stand inside a denied span ("唔係突然", "冇話突然好迷糊"): one told
  // outside them ("no fever, but chest pain since lunch") is the replies' own news, read as written.
  const cues = deniedCues(replies);
  if (cues.length === 0) return undefined;
  const spans = cues.map((c) => c.span);
  const folded = toSimplified(replies);
  if (findSigns(folded).some((h) => !CONTEXT_SIGNS.has(h.sign) && !spans.some((s) => s.start <= h.start && h.end <= s.end))) return undefined;
  // The structural test of answer-scope.ts, with the triage as the reader: each cue deleted on its own, the case must
  // read at least as high — the words were read the same with or without the negation. Lower without it, the negation
  // carries the finding ("isn't making sense", "唔認得人": not recognising anyone) and the replies are read as written.
  if (cues.some((c) => RANK[levelWith(withoutCueAt(replies, c.at, c.text))] < RANK[asWritten.level])) return undefined;
  const blanked = withoutDeniedSpans(replies);
  return blanked === replies ? undefined : blanked;
}

/** Take the blanked reading only when it is lower and finds no rule the reading as written did not. */
export function lowerWithoutDenials<T extends ReaderReading>(asWritten: T, blanked: T): T {
  if (RANK[blanked.level] >= RANK[asWritten.level]) return asWritten;
  const had = new Set(asWritten.rules?.reasons ?? []);
  if (!asWritten.rules || (blanked.rules?.reasons ?? []).some((r) => !had.has(r))) return asWritten;
  return blanked;
}
