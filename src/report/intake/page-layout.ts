// A photographed page laid out as a printout is (pure): each cell of an OCR line starts at the text column its word
// box stands at on the page, so the lines of one table line up the way a pasted or PDF report does.
// Why: the structure reader (structure.ts) reads a table by its header — which column holds the current result, a
// previous result, the flag, the range — from where the cells stand under the header (display spans). OCR lines had
// one to four spaces between cells whatever the page showed, so a photo's header could not be aligned with its rows:
// a "Prior" column or the range's low end was read as the value ("Glucose 212 H 118 H 70 - 99" read 118). pdf.ts
// keeps the page's columns from the text layer's positions; this does the same from the OCR word boxes.
import type { OcrLine } from './ocr-lines.js';

/** Display width: CJK and other wide characters take two columns, as in structure.ts and pdf.ts. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** Pixels per display column on the page: the median over words of width / display width (words of 2+ columns). */
export function columnUnit(lines: readonly (OcrLine | undefined)[]): number {
  const ratios: number[] = [];
  for (const l of lines)
    for (const s of l?.spans ?? []) {
      if (s.x0 === undefined || s.x1 === undefined) continue;
      const w = displayWidth(l?.text.slice(s.start, s.end) ?? '');
      if (w >= 2) ratios.push((s.x1 - s.x0) / w);
    }
  return ratios.length >= 5 ? median(ratios) : 0;
}

/**
 * Every line of a page with each cell moved to its page column: where the line already set a cell apart (two or
 * more spaces), the gap grows to reach the column the word's box starts at, counted from the page's left text edge.
 * Words of one cell (one space, CJK joined) stay together, and a gap never shrinks, so every cell and every wide
 * gap the line had is kept. Lines without boxes, and pages with too few words to measure a column, are unchanged.
 */
export function alignToPage(lines: readonly (OcrLine | undefined)[]): (OcrLine | undefined)[] {
  const unit = columnUnit(lines);
  if (!unit) return [...lines];
  const xs = lines.flatMap((l) => l?.spans.flatMap((s) => (s.x0 === undefined ? [] : [s.x0])) ?? []);
  const left = Math.min(...xs);
  return lines.map((line) => {
    if (!line || !line.spans.length || line.spans.some((s) => s.x0 === undefined)) return line;
    // A line of marks alone (a dash or dot OCR set on a row of its own) has no column; placed under a cell it read
    // as that cell's value ("MAGNESIUM - Final result" gave a record "MAGNESIUM … -").
    if (!/[\p{L}\p{N}]/u.test(line.text)) return line;
    let text = '';
    const spans: OcrLine['spans'] = [];
    line.spans.forEach((s, i) => {
      const word = line.text.slice(s.start, s.end);
      const col = Math.max(0, Math.round(((s.x0 as number) - left) / unit));
      if (i === 0) text = ' '.repeat(col);
      else {
        const sep = line.text.slice(line.spans[i - 1].end, s.start);
        // A cell gap (2+ spaces) reaches the word's page column; a space inside a cell or a CJK join stays.
        const cell = sep.length >= 2;
        text += cell ? ' '.repeat(Math.max(sep.length, col - displayWidth(text))) : sep;
      }
      spans.push({ ...s, start: text.length, end: text.length + word.length });
      text += word;
    });
    return { ...line, text, spans };
  });
}
