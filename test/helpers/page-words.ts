import type { OcrWord } from '../../src/report/intake/ocr-lines.js';
import { displayWidth } from '../../src/report/intake/page-layout.js';

/** Words with boxes where a printout of `text` puts them (CJK two columns wide; 10 px per half-width column, lines
 *  40 px apart, 20 px high): a photo's words without the OCR. One home for the tests and the bench probes. */
export function pageWords(text: string): OcrWord[] {
  const words: OcrWord[] = [];
  text.split('\n').forEach((line, row) => {
    let col = 0;
    for (const m of line.matchAll(/(\s*)(\S+)/g)) {
      col += displayWidth(m[1]);
      const w = displayWidth(m[2]);
      words.push({ text: m[2], confidence: 95, x0: 40 + col * 10, x1: 40 + (col + w) * 10 - 1, y0: 30 + row * 40, y1: 50 + row * 40 });
      col += w;
    }
  });
  return words;
}
