// How much of a page's ink the recognised words account for (pure). Tesseract's page-layout analysis (PSM 3/4) may
// take a column of a small table for a picture and read nothing of it: on a clean photo of a four-row slip
// ("血氨 180 μmol/L …") it read only the unit and range columns, and every value, four of them critical, was lost
// without a word. Ink no word box covers is that loss made visible, so the page is read again as one block of text.
import type { GrayImage } from './image-prep.js';
import type { OcrWord } from './ocr-lines.js';

/** Below this share of ink under the words, the page is read again as one block (ocr.ts). */
export const MIN_INK_COVERAGE = 0.75;
/** How much more ink a second read must cover to replace the first. */
export const BETTER_COVERAGE = 0.1;

/** Share (0–1) of the binarised page's ink pixels (value 0) inside some word's box, grown by `pad` pixels. */
export function inkCoverage(bin: GrayImage, words: readonly Pick<OcrWord, 'x0' | 'y0' | 'x1' | 'y1'>[], pad = 4): number {
  const { width: w, height: h, data } = bin;
  const mask = new Uint8Array(w * h);
  for (const b of words) {
    const x0 = Math.max(0, Math.floor(b.x0) - pad);
    const x1 = Math.min(w, Math.ceil(b.x1) + pad);
    for (let y = Math.max(0, Math.floor(b.y0) - pad); y < Math.min(h, Math.ceil(b.y1) + pad); y++) mask.fill(1, y * w + x0, y * w + x1);
  }
  let ink = 0;
  let covered = 0;
  for (let i = 0; i < data.length; i++)
    if (data[i] === 0) {
      ink++;
      covered += mask[i];
    }
  return ink === 0 ? 1 : covered / ink;
}
