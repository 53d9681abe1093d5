// Answers whose MEANING is carried by the reply's layout, not by words (issue #16, session 38):
//   answer column   an answer header that ends its line ("answer:", "**Final answer:**", "答案：") with the letters
//                   written DOWN the page under it, one row each ("  - A⏎  - B⏎  - D", "1. A⏎2. C", "- B. Metformin"):
//                   the column is one answer set, read whole — the readers take its first row as the answer
//                   (extract-ar xar-122: a YAML list read "A" for ABDEF).
//   Q/A dialogue    a "Q:" line, then an "A:" line: that "A" is the dialogue's answer label ("A: Mallory-Weiss tear"),
//                   never option A (xar-118) — unless an option list follows ("B: …"), where the rows are options.
// Both are read by position alone; the column's rows hold a bare letter or the letter with its OWN option's text.
// Pure.
import { normOptionText, type LetterContext } from './letter-set.js';

/**
 * A header line naming the answer and ending on its colon: nothing after it on the line. Its own list (not the
 * lexicon's). A bare "Options:" / "Choices:" heads the offered list restated, not the answer (s26c-031).
 */
const COLUMN_HEADER_RE =
  /^[ \t]*(?:[-*#>][ \t]*)*(?:\*\*|__)?(?:(?:my|the|final|correct)[ \t]+)*(?:answers?|(?:correct|selected|chosen|my|final)[ \t_](?:options?|choices?)|selection|selected|final[ \t_]answers?|答案|正确答案|最终答案|正确选项|答)(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]*$/i;
/** One row of the column: a bullet or a row number, a letter, and at most a label mark and that option's text. */
const COLUMN_ROW_RE = /^[ \t]*(?:[-*•+][ \t]*|\d{1,2}[.)、][ \t]*)?(?:\*\*)?[(（]?([A-J])[)）]?(?:\*\*)?(?:[ \t]*[.:：、)）][ \t]*(.*?))?[ \t]*$/;

export interface AnswerColumn {
  /** The column's letters, in written order. */
  letters: string[];
  /** Where the column's last row ends. */
  end: number;
}

/** A row's text is its letter's own option (or nothing): "B. Metformin" under "Answer:" is the letter restated. */
function ownText(letter: string, rest: string | undefined, ctx: LetterContext): boolean {
  if (rest === undefined || !rest.replace(/\*\*/g, '').trim()) return true;
  const own = ctx.texts?.get(letter);
  return own !== undefined && own.length > 0 && normOptionText(rest.replace(/\*\*/g, '')).startsWith(own);
}

/**
 * Pure: the LAST answer column of the reply — a header line, then (after at most one blank line) two or more rows each
 * a different offered letter, bare or with its own option's text. A row that is anything else (a mark, a verdict, a
 * reason, another option's text) is no column row: then there is no column.
 */
export function answerColumn(text: string, ctx: LetterContext): AnswerColumn | null {
  const lines = text.split('\n');
  let found: AnswerColumn | null = null;
  let at = 0;
  const starts = lines.map((l) => {
    const s = at;
    at += l.length + 1;
    return s;
  });
  for (let i = 0; i < lines.length; i++) {
    if (!COLUMN_HEADER_RE.test(lines[i])) continue;
    let k = i + 1;
    if (k < lines.length && !lines[k].trim()) k++;
    const letters: string[] = [];
    let end = -1;
    for (; k < lines.length; k++) {
      const m = COLUMN_ROW_RE.exec(lines[k]);
      if (!m || !ctx.valid.has(m[1]) || letters.includes(m[1]) || !ownText(m[1], m[2], ctx)) break;
      letters.push(m[1]);
      end = starts[k] + lines[k].length;
    }
    // The column must END its block: a row that is something else right after it ("- C: wrong, because …") means the
    // lines are a discussion of options, not a list of answers.
    if (letters.length >= 2 && (k >= lines.length || !lines[k].trim() || !/^[ \t]*(?:[-*•+]|\d{1,2}[.)、])/.test(lines[k]))) found = { letters, end };
  }
  return found;
}

/** A standalone capital after the column: another letter may be stated later. */
const LATER_LETTER_RE = /(?<![A-Za-z])[A-J](?![A-Za-z'’])/g;

/**
 * Pure: the column, when it stands as the reply's last word on the answer — no offered letter is written after it.
 * (A later "Final answer: B" or "Actually drop D" is left to the readers.)
 */
export function closingAnswerColumn(text: string, ctx: LetterContext): AnswerColumn | null {
  const col = answerColumn(text, ctx);
  if (!col) return null;
  const after = text.slice(col.end);
  if ([...after.matchAll(LATER_LETTER_RE)].some((m) => ctx.valid.has(m[0]))) return null;
  return col;
}

/** A dialogue's question line ("Q:", "**Q:**", "Q："). */
const DIALOGUE_Q_RE = /^[ \t]*(?:\*\*)?Q(?:\*\*)?[ \t]*[:：]/;
/** A dialogue's answer line: the "A" label (kept bold marks) and its colon. */
const DIALOGUE_A_RE = /^([ \t]*(?:\*\*)?)A((?:\*\*)?[ \t]*[:：])/;
/** An option row ("B:", "B.", "B)") anywhere after: the "A:" line opens an option list, not an answer. */
const OPTION_ROW_B_RE = /^[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?[(（]?B[)）]?(?:\*\*)?[ \t]*[:：.．)）、]/m;

/**
 * Pure: the reply with each dialogue answer label ("Q: …⏎A: …", the "A:" line right after the "Q:" line, blank lines
 * between allowed) written as "Answer:", so the readers read what follows as the answer; unchanged when there is none
 * or when a "B" option row follows (the rows then restate the options).
 */
/** Each "A:" line whose nearest non-blank line above is a "Q:" line: its index, its match and the question's index. */
function* dialogueAnswers(lines: readonly string[]): Generator<{ i: number; m: RegExpExecArray; q: number }> {
  for (let i = 1; i < lines.length; i++) {
    const m = DIALOGUE_A_RE.exec(lines[i]);
    if (!m) continue;
    let q = i - 1;
    while (q > 0 && !lines[q].trim()) q--;
    if (DIALOGUE_Q_RE.test(lines[q])) yield { i, m, q };
  }
}

export function dialogueAnswerForm(text: string): string {
  if (!/(?:^|\n)[ \t]*(?:\*\*)?Q(?:\*\*)?[ \t]*[:：]/.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (const { i, m } of dialogueAnswers(lines)) {
    if (OPTION_ROW_B_RE.test(lines.slice(i + 1).join('\n'))) continue;
    lines[i] = `${m[1]}Answer${m[2]}${lines[i].slice(m[0].length)}`;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

/** A standalone capital inside a dialogue answer: the "A:" line answers with a letter. */
const DIALOGUE_LETTER_RE = /(?<![A-Za-z])[A-J](?![A-Za-z'’])/;

/**
 * Pure (s40, the s39 review's xp-b14): the reply with each PROSE dialogue pair blanked — a "Q:" line and the "A:" block
 * answering it (up to a blank line or the next "Q:") whose answer names no letter ("Q: Can I take ibuprofen?⏎A:
 * Ibuprofen raises bleeding risk — avoid it."). Such a pair is an aside (a patient FAQ) when the reply answers with a
 * letter elsewhere; final-answer.ts reads the reply without it only when reading it with the pair gave no answer. Null
 * when there is no such pair, or nothing is left outside the dialogue.
 */
export function proseDialogueBlanked(text: string): string | null {
  if (!/(?:^|\n)[ \t]*(?:\*\*)?Q(?:\*\*)?[ \t]*[:：]/.test(text)) return null;
  const lines = text.split('\n');
  const blank = new Set<number>();
  for (const { i, m, q } of dialogueAnswers(lines)) {
    let end = i + 1;
    while (end < lines.length && lines[end].trim() && !DIALOGUE_Q_RE.test(lines[end])) end++;
    const answer = [lines[i].slice(m[0].length), ...lines.slice(i + 1, end)].join('\n');
    if (DIALOGUE_LETTER_RE.test(answer)) continue;
    for (let k = q; k < end; k++) blank.add(k);
  }
  if (!blank.size) return null;
  const kept = lines.map((l, k) => (blank.has(k) ? '' : l));
  return kept.join('\n').trim() ? kept.join('\n') : null;
}
