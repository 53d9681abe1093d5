// A synthetic photo for report probes: the text's lines laid out as OCR words, each space-separated piece at its
// display column (12 px a column, one line every 40 px) — what a clean OCR of a photographed fixed-width page gives,
// without the OCR's misreadings. Shared by the probe runners (bench/report-probe-dump.ts,
// bench/report-serial-photo-probe.ts).
import type { OcrWord } from '../src/report/intake/ocr-lines.js';
import { spacedCells } from '../src/report/spaced-cells.js';

export function synthWords(text: string): OcrWord[] {
  return text.split('\n').flatMap((line, y) =>
    spacedCells(line).flatMap((c) => {
      let col = c.col;
      return c.text.split(' ').map((w) => {
        const word = { text: w, confidence: 95, x0: col * 12, x1: (col + w.length) * 12, y0: y * 40, y1: y * 40 + 24 };
        col += w.length + 1;
        return word;
      });
    }),
  );
}
