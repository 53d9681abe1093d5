// What tells a score, a scale or an examination finding written in a date's shape ("GCS 9/15", "Apgar 9-10-10",
// "STOP-BANG 7/8") from a day and month: the one home of the score words and of the day-and-month check, read by
// the date readers (dates.ts, short-dates.ts) and the id readers. Pure.

/** Whether two numbers can be a day and a month in either order (the one check every day/month reader uses). */
export const validDM = (a: number, b: number): boolean => a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));

/**
 * A word of a score, a scale or an examination anywhere earlier in the clause ("Glasgow coma scale 9/15", "he scored
 * 11/15", "visual acuity right 6/9"): what follows is read as a score, however many words come between.
 */
export const SCORE_CLAUSE =
  /(?:\b(?:GCS|Glasgow|coma|MMSE|MoCA|AMTS?|ACE-?(?:III|R)?|PHQ(?:-?\d+)?|GAD(?:-?\d+)?|EPDS|NIHSS|Apgar|Barthel|CURB|score[ds]?|scoring|scale|rated|rating|pain|VAS|NRS|power|strength|MRC|vision|visual|VA|acuity|Snellen|reflex(?:es)?|out\s+of|total(?:led)?|points?)\b|评分|評分|得分|视力|視力|肌力|量表)/i;

/** A score word, a ratio or a vision reading right before a value: "pain 10/10", "1/2 tab", "VA 6/9", "BP 12/8 kPa". */
export const SCORE_RIGHT_BEFORE = /(?:pain|score|VAS|NRS|GCS|vision|VA|acuity|tab(?:let)?s?|dose of|BP|血压|評分|评分|视力|視力)\s*[:：]?\s*$/i;

/**
 * Scores whose word governs only the value written right after it ("STOP-BANG 7/8", "Quad MMT 4/5", "Epworth 15/24",
 * "Apgars were 8/9", "Apgar 评分 9-10-10"): a value further on, past other words or a comma, is read on its own
 * ("STOP-BANG 6, PSG on 3/5", "Apgar 9, born 9-10-10" stay dates).
 */
const GOVERNING_SCORE = /(?:\b(?:Apgars?|STOP-?BANG|Epworth|MMT)\b|阿氏|阿普加)(?:\s*(?:score|scale|评分|評分))?(?:\s+(?:were|was|are|is|of))?\s*[:：=]?\s*$/i;

/** Whether the value starting at `start` is the one a governing score word stands right before. */
export const governedScore = (text: string, start: number): boolean => GOVERNING_SCORE.test(text.slice(Math.max(0, start - 24), start));

/** Where the clause before a value starts: a sentence or clause end, or a line break. */
const CLAUSE_START = /[.;!?\n。；！？](?!\d)/g;

/** The clause before a value, at most 80 characters back. */
export function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - 80);
  const window = text.slice(from, start);
  let cut = 0;
  CLAUSE_START.lastIndex = 0;
  for (const m of window.matchAll(CLAUSE_START)) cut = (m.index ?? 0) + 1;
  return window.slice(cut);
}
