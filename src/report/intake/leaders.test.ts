import { describe, expect, it } from 'vitest';
import type { GrayImage } from './image-prep.js';
import { eraseLeaders } from './leaders.js';

/** A white page with black rectangles [x, y, w, h]. */
function page(rects: [number, number, number, number][], width = 300, height = 60): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x, y, w, h] of rects) for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) data[j * width + i] = 0;
  return { width, height, data };
}
const inkAt = (img: GrayImage, x: number, y: number) => img.data[y * img.width + x] === 0;

describe('eraseLeaders: dot leaders whitened, points and strokes kept', () => {
  it('erases an evenly spaced run of dots (one lost) and keeps the letters and the value beside it', () => {
    const dots: [number, number, number, number][] = [40, 48, 56, 64, 80, 88, 96].map((x) => [x, 30, 4, 4]);
    const img = page([[10, 14, 20, 20], ...dots, [110, 14, 12, 20]]);
    const out = eraseLeaders(img, 24);
    for (const [x, y] of dots) expect(inkAt(out, x + 1, y + 1)).toBe(false);
    expect(inkAt(out, 15, 20)).toBe(true);
    expect(inkAt(out, 115, 20)).toBe(true);
  });
  it('keeps a decimal point, an ellipsis of three dots and a row of hyphens', () => {
    const img = page([
      [10, 14, 10, 20],
      [22, 30, 4, 4],
      [28, 14, 10, 20],
      [60, 30, 4, 4],
      [68, 30, 4, 4],
      [76, 30, 4, 4],
      ...[120, 132, 144, 156, 168].map((x): [number, number, number, number] => [x, 24, 9, 2]),
    ]);
    const out = eraseLeaders(img, 24);
    expect(inkAt(out, 23, 31)).toBe(true);
    expect(inkAt(out, 61, 31)).toBe(true);
    expect(inkAt(out, 121, 24)).toBe(true);
  });
});
