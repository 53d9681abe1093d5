import { describe, expect, it } from 'vitest';
import type { GrayImage } from './image-prep.js';
import type { OcrWord } from './ocr-lines.js';
import { composeStrip, isNumberWord, planStrip, readingsByPlacement, reconcile, trimEdgeRules } from './value-reread.js';

const word = (text: string, x0: number, y0 = 100, confidence = 90): OcrWord => ({ text, confidence, x0, y0, x1: x0 + 20 * text.length, y1: y0 + 30 });

/** A white image with black rectangles [x0, y0, x1, y1). */
function image(width: number, height: number, rects: number[][]): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = 0;
  return { width, height, data };
}
const inkAt = (img: GrayImage, x0: number, x1: number) => {
  let n = 0;
  for (let y = 0; y < img.height; y++) for (let x = x0; x < x1; x++) if (img.data[y * img.width + x] === 0) n++;
  return n;
};

describe('second read of numbers', () => {
  it('re-reads numbers and ranges, also glued to a rule or bracket, and nothing else', () => {
    for (const t of ['2.35', '[512', '1362', '45-125', '<0.01', ']071', '|126']) expect(isNumberWord(t), t).toBe(true);
    for (const t of ['mmol/L', 'H', '尿素', '2024-06-12', 'CO2CP', '10^9/L', '']) expect(isNumberWord(t), t).toBe(false);
  });

  it('stacks one crop per line, never widened into the neighbouring word', () => {
    const words = [word('钾', 0), word('235', 60), word('mmol/L', 130), word('尿素', 0, 200)];
    const plan = planStrip(words, { width: 1000, height: 1000 });
    expect(plan.placements.map((p) => p.word)).toEqual([1]);
    const p = plan.placements[0];
    expect(p.x0).toBeGreaterThanOrEqual(words[0].x1);
    expect(p.x1).toBeLessThanOrEqual(words[2].x0);
    expect(plan.height).toBeGreaterThan(p.y1 - p.y0);
  });

  it('whitens a column rule taller than the digits beside it, keeps a digit one', () => {
    // A rule (2 px wide, full height) then three digit-sized blocks; a thin "1" as tall as the digits is kept.
    const img = image(60, 40, [
      [1, 0, 3, 40],
      [10, 8, 16, 32],
      [20, 8, 22, 32],
      [28, 8, 34, 32],
    ]);
    trimEdgeRules(img);
    expect(inkAt(img, 0, 5)).toBe(0);
    expect(inkAt(img, 19, 23)).toBeGreaterThan(0);
    const plain = image(40, 40, [
      [2, 8, 4, 32],
      [10, 8, 16, 32],
    ]);
    trimEdgeRules(plain);
    expect(inkAt(plain, 0, 5)).toBeGreaterThan(0);
  });

  it('composes the strip from the page and maps the second read back by line', () => {
    const page = image(400, 300, [[100, 100, 140, 130]]);
    const words = [word('58', 100), word('7.2', 100, 200)];
    const plan = planStrip(words, page);
    const strip = composeStrip(page, plan);
    expect(strip.width).toBe(plan.width);
    expect(inkAt(strip, 0, strip.width)).toBeGreaterThan(0);
    const [a, b] = plan.placements;
    const readings = readingsByPlacement(plan, [
      { text: '7.2', confidence: 91, x0: 20, y0: b.dy + 5, y1: b.dy + 30 },
      { text: '5', confidence: 95, x0: 20, y0: a.dy + 5, y1: a.dy + 30 },
      { text: '8', confidence: 93, x0: 40, y0: a.dy + 5, y1: a.dy + 30 },
    ]);
    expect(readings.map((r) => r?.text)).toEqual(['58', '7.2']);
  });

  it('same digits confirm the value and put back a lost point or hyphen', () => {
    expect(reconcile(word('235', 0, 0, 70), { text: '2.35', confidence: 93, x0: 0, y0: 0, y1: 1 })).toMatchObject({
      text: '2.35',
      confidence: 93,
      reread: 'confirmed',
    });
    expect(reconcile(word('45125', 0), { text: '45-125', confidence: 88, x0: 0, y0: 0, y1: 1 })).toMatchObject({ text: '45-125', reread: 'confirmed' });
    expect(reconcile(word('[512', 0), { text: '512', confidence: 96, x0: 0, y0: 0, y1: 1 })).toMatchObject({ text: '512', reread: 'confirmed' });
  });

  it('a rule read as "1" is corrected but only as "please check"; different digits are never shown as read', () => {
    const corrected = reconcile(word('1362', 0, 0, 92), { text: '3.62', confidence: 95, x0: 0, y0: 0, y1: 1 });
    expect(corrected).toMatchObject({ text: '3.62', reread: 'corrected' });
    expect(corrected.confidence).toBeLessThan(80);
    const disputed = reconcile(word('118', 0, 0, 96), { text: '1181', confidence: 90, x0: 0, y0: 0, y1: 1 });
    expect(disputed.reread).toBe('disputed');
    expect(disputed.confidence).toBeLessThan(55);
    expect(reconcile(word('118', 0), undefined).reread).toBe('unread');
  });
});

describe('marks only one read saw', () => {
  const second = (text: string) => ({ text, confidence: 90, x0: 0, y0: 0, y1: 1 });
  it('keeps a point the second read lost, disputes points at different places', () => {
    expect(reconcile(word('2.35', 0), second('235'))).toMatchObject({ text: '2.35', reread: 'confirmed' });
    expect(reconcile(word('23.5', 0), second('2.35')).reread).toBe('disputed');
  });
});
