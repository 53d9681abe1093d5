// How alike two characters look — the confusion model for OCR'd names. Tesseract misreads a Chinese character as
// one that shares its components (胆→脂/膳, 低→佐, 蛋→蛇); which characters those are is a fact about their shapes,
// not a list: each character is drawn once in a CJK font at 32 px and two glyphs are compared by the share of ink
// of each that lies within a pixel of the other's (a tolerant Dice overlap). Needs @napi-rs/canvas (the OCR extra)
// and a CJK font; without them no similarity is known and names are matched with a flat cost.
import { createRequire } from 'node:module';

const SIZE = 48;
/** Ink is summed over 2×2 cells: a 24×24 grey map per glyph, compared by centred cosine (Pearson correlation). */
const CELL = 2;
const N = SIZE / CELL;
/** Font families tried in order (the one the bench renders with first; system CJK fonts after). */
const FONTS = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif';

export type GlyphSimilarity = (a: string, b: string) => number;

// @ts-ignore -- optional extra (npm run ocr:install): absent in a default install, typed when present
type CanvasModule = typeof import('@napi-rs/canvas');

let similarity: GlyphSimilarity | null | undefined;

/**
 * The similarity function (correlation of the two glyphs' ink maps: about 0.6–0.8 for characters Tesseract
 * confuses such as 胆/脂, 钾/钟, 氨/氧, about 0.2–0.4 for unrelated ones), or undefined without canvas. Cached.
 */
export function glyphSimilarity(): GlyphSimilarity | undefined {
  if (similarity !== undefined) return similarity ?? undefined;
  let lib: CanvasModule;
  try {
    lib = createRequire(import.meta.url)('@napi-rs/canvas') as CanvasModule;
  } catch {
    similarity = null;
    return undefined;
  }
  const canvas = lib.createCanvas(SIZE, SIZE);
  const ctx = canvas.getContext('2d');
  ctx.font = `${SIZE - 6}px ${FONTS}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  const maps = new Map<string, Float64Array>();
  const draw = (ch: string): Float64Array => {
    const hit = maps.get(ch);
    if (hit) return hit;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, SIZE, SIZE);
    ctx.fillStyle = '#000';
    ctx.fillText(ch, SIZE / 2, SIZE / 2);
    const px = ctx.getImageData(0, 0, SIZE, SIZE).data;
    const map = new Float64Array(N * N);
    for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) map[Math.floor(y / CELL) * N + Math.floor(x / CELL)] += (255 - px[(y * SIZE + x) * 4]) / 255;
    const mean = map.reduce((t, v) => t + v, 0) / map.length;
    for (let i = 0; i < map.length; i++) map[i] -= mean;
    maps.set(ch, map);
    return map;
  };
  const pairs = new Map<string, number>();
  similarity = (a, b) => {
    if (a === b) return 1;
    const key = a < b ? a + b : b + a;
    const known = pairs.get(key);
    if (known !== undefined) return known;
    const A = draw(a);
    const B = draw(b);
    let ab = 0;
    let aa = 0;
    let bb = 0;
    for (let i = 0; i < A.length; i++) {
      ab += A[i] * B[i];
      aa += A[i] * A[i];
      bb += B[i] * B[i];
    }
    const sim = aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
    pairs.set(key, sim);
    return sim;
  };
  return similarity;
}
