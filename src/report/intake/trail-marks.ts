// A flag arrow printed AFTER a value ("3.21 ↓", "312 ↑", "286  ↑") that OCR read as a digit: joined to the value
// ("3.211", "3121" — a wrong value shown, or a 10× one withheld) or as a word of its own ("78 1", read back as "781";
// blanked alone, the value word keeps its own reading).
// The signal is the glyph, not the digits: an arrow is taller than the digits of its row (digit-band.ts), and a joined
// one stands a space apart from the digit before it, which the glyph check already doubted (ocr.ts symbolConfidences:
// set apart or of another height). Such a last character is cut from the line (pure; replaced by a space so spans keep
// their offsets) and the line records where the value starts (`cutTrail`): the reader shows the rest only as "please
// check", and withholds it when its range calls it normal (the lab marked the row) — read-report.ts, as for lead-marks.ts.
import { pageCellWidth, pageDigitHeight, tallerThanDigits, textFillsBox } from './digit-band.js';
import type { OcrLine } from './ocr-lines.js';

/** ocr.ts symbolConfidences lowers a doubted digit to this. */
const GLYPH_DOUBT = 30;
/** The shapes an arrow takes when Tesseract reads it as a digit. */
const ARROW_DIGIT = /^[17]$/;
const UNSIGNED = /^\d+(?:\.\d+)?$/;
const NAME_CHAR = /[A-Za-z\u3400-\u9fff]/;

/** The cuts of one line: [offset of the character to blank, offset where its value starts, or -1 for a mark alone]. */
function trailCuts(line: OcrLine, pageHeight: number | undefined, cellWidth: number | undefined): [number, number][] {
  const cuts: [number, number][] = [];
  line.spans.forEach((s, k) => {
    const text = line.text.slice(s.start, s.end);
    if (!NAME_CHAR.test(line.text.slice(0, s.start)) || (line.cutLead !== undefined && line.cutLead >= s.start && line.cutLead <= s.end)) return;
    // Joined: the last "digit" doubted by the glyph check, the rest a number of its own, the word taller than digits
    // and no wider than its text explains (a dropped mark leaves the text whole: digit-band.ts textFillsBox).
    const joined =
      text.length >= 2 &&
      UNSIGNED.test(text) &&
      ARROW_DIGIT.test(text.at(-1) as string) &&
      s.chars?.length === text.length &&
      (s.chars.at(-1) as number) <= GLYPH_DOUBT &&
      UNSIGNED.test(text.slice(0, -1));
    if (joined && tallerThanDigits(line, k, pageHeight) && textFillsBox(s, text, cellWidth)) {
      cuts.push([s.end - 1, s.start]);
      return;
    }
    // Alone: a "1"/"7" word right after a value word, taller than the digits of its row.
    const prev = k > 0 ? line.spans[k - 1] : undefined;
    const prevText = prev ? line.text.slice(prev.start, prev.end) : '';
    // Only the mark is blanked: the value word was read whole, so it keeps its own reading (-1: no value to mark).
    if (
      ARROW_DIGIT.test(text) &&
      prev &&
      UNSIGNED.test(prevText) &&
      NAME_CHAR.test(line.text.slice(0, prev.start)) &&
      tallerThanDigits(line, k, pageHeight, new Set([k - 1]))
    )
      cuts.push([s.start, -1]);
  });
  return cuts;
}

/**
 * The page's lines with every arrow printed after a value and read as a digit cut off (replaced by a space);
 * `cutTrail` on a line lists where those values start. Lines without one are returned as they are.
 */
export function cutTrailMarks(lines: readonly (OcrLine | undefined)[]): (OcrLine | undefined)[] {
  const pageHeight = pageDigitHeight(lines);
  const cellWidth = pageCellWidth(lines);
  return lines.map((l) => {
    if (!l) return l;
    const cuts = trailCuts(l, pageHeight, cellWidth);
    if (!cuts.length) return l;
    let text = l.text;
    for (const [at] of cuts) text = `${text.slice(0, at)} ${text.slice(at + 1)}`;
    const starts = cuts.flatMap(([, start]) => (start < 0 ? [] : [start]));
    return { ...l, text, ...(starts.length ? { cutTrail: starts } : {}) };
  });
}

/** Was an arrow printed after this value cut from its line (the value then starts at one of `cutTrail`)? */
export function markCutAfter(line: OcrLine, valueText: string): boolean {
  return (line.cutTrail ?? []).some((at) => line.text.startsWith(valueText, at));
}
