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

/** A synthetic OCR cell for the glyph readers' tests: 16 px per digit cell (a point, dash or "<" half a cell), digits
 *  24 px tall; a word holding an arrow read as a digit is drawn 32 px tall (arrows reach past the digits), its doubted
 *  characters at confidence 30 (ocr.ts). */
export type Cell = { text: string; x: number; tall?: boolean; doubt?: number[]; width?: number };
const cellsOf = (t: string) => [...t].reduce((n, c) => n + (/[.,\-~<]/.test(c) ? 0.5 : 1), 0);
/** The OCR word of a cell on row `row` (rows 50 px apart). */
export function cellWord(c: Cell, row: number): OcrWord {
  const y = 50 * row;
  return {
    text: c.text,
    confidence: 90,
    x0: c.x,
    x1: c.x + (c.width ?? 16 * cellsOf(c.text)),
    y0: c.tall ? y - 4 : y,
    y1: c.tall ? y + 28 : y + 24,
    chars: [...c.text].map((_, i) => (c.doubt?.includes(i) ? 30 : 98)),
  };
}
