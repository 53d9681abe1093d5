// What tells a score, a scale or an examination finding written in a date's shape ("GCS 9/15", "Apgar 9-10-10",
// "STOP-BANG 7/8") from a day and month: the one home of the score words and of the day-and-month check, read by
// the date readers (dates.ts, short-dates.ts) and the id readers. Pure.

/** Whether two numbers can be a day and a month in either order (the one check every day/month reader uses). */
export const validDM = (a: number, b: number): boolean => a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));

/**
 * A word of a score, a scale or an examination anywhere earlier in the clause ("Glasgow coma scale 9/15", "he scored
 * 11/15", "visual acuity right 6/9", "STOP-BANG 7/8", "Quad MMT 4/5"): what follows is read as a score, however many
 * words come between.
 */
export const SCORE_CLAUSE =
  /(?:\b(?:GCS|Glasgow|coma|MMSE|MoCA|AMTS?|ACE-?(?:III|R)?|PHQ(?:-?\d+)?|GAD(?:-?\d+)?|EPDS|NIHSS|Apgars?|Barthel|CURB|STOP-?BANG|Epworth|MMT|score[ds]?|scoring|scale|rated|rating|pain|VAS|NRS|power|strength|MRC|vision|visual|VA|acuity|Snellen|reflex(?:es)?|out\s+of|total(?:led)?|points?)\b|评分|評分|得分|视力|視力|肌力|量表)/i;

/** The Apgar score, the one score written as three numbers in a row (1, 5 and 10 minutes: "9-10-10", "8/9/10"). */
export const APGAR = /\bApgars?\b|阿氏评分|阿普加/i;

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
