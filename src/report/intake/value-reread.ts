// A second, independent read of every number on a photographed page (pure parts; ocr.ts does the recognising).
// Tesseract reading a whole Chinese/English table line loses small marks inside numbers — "2.35" comes back as
// "235", "45-125" as "45125", a column rule glued to a value as a leading "1" ("|3.62" → "1362") — while the
// same glyphs cut out alone and read with a digit whitelist come back right. So every number-shaped word of the
// first read is cropped from the prepared page (a column rule at its edge trimmed away), the crops are stacked into
// one strip image read once, and the two reads are reconciled per word: the same digits confirm the value (the
// second read's points and hyphens win); different digits are a dispute — never shown as read (unreadable). A
// value is shown as read without doubt only when two reads agree.
import type { GrayImage } from './image-prep.js';
import type { OcrWord } from './ocr-lines.js';

/** Characters the second read may produce: digits and the marks numbers and ranges are printed with. */
export const NUMBER_WHITELIST = '0123456789.-<>+~,';

/** Glyphs a column rule or bracket beside a number is misread as (first read). */
const EDGE = '[|\\[\\](){}!ijlI]*';
const NUMBERISH = new RegExp(`^${EDGE}[<>≤≥]?\\d[\\d.,]*(?:[-~～—]\\d[\\d.,]*)?${EDGE}$`);

/** A first-read word worth a second read: a number or a numeric range, perhaps glued to a rule or bracket. */
export function isNumberWord(text: string): boolean {
  return text.length <= 16 && NUMBERISH.test(text);
}

export interface StripPlacement {
  /** Index of the word in the first read's list. */
  word: number;
  /** Source rectangle on the prepared page. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Where the crop's top-left lands in the strip. */
  dx: number;
  dy: number;
}

export interface StripPlan {
  width: number;
  height: number;
  placements: StripPlacement[];
}

/**
 * Where each number word's crop goes in the strip (pure): one crop per line, left-aligned, a blank of half a crop's
 * height between lines so Tesseract's line finder never merges two. The crop is the word's box widened by a third of
 * its height each side (a point or minus the first read dropped may sit just outside the box it drew).
 */
export function planStrip(words: readonly OcrWord[], page: { width: number; height: number }): StripPlan {
  const placements: StripPlacement[] = [];
  const margin = 16;
  let y = margin;
  let width = 0;
  words.forEach((w, i) => {
    if (!isNumberWord(w.text)) return;
    const h = Math.max(1, w.y1 - w.y0);
    const pad = Math.round(h / 3);
    // Widened, but never into a neighbouring word on the same row (a unit's "m" would read as a digit).
    let x0 = Math.max(0, w.x0 - pad);
    let x1 = Math.min(page.width, w.x1 + pad);
    for (const o of words) {
      if (o === w || o.y1 <= w.y0 || o.y0 >= w.y1) continue;
      if (o.x1 <= w.x0 && o.x1 > x0) x0 = Math.min(w.x0, o.x1 + 1);
      if (o.x0 >= w.x1 && o.x0 < x1) x1 = Math.max(w.x1, o.x0 - 1);
    }
    const y0 = Math.max(0, w.y0 - Math.round(h / 6));
    const y1 = Math.min(page.height, w.y1 + Math.round(h / 6));
    if (x1 <= x0 || y1 <= y0) return;
    placements.push({ word: i, x0, y0, x1, y1, dx: margin, dy: y });
    y += y1 - y0 + Math.max(8, Math.round(h / 2));
    width = Math.max(width, x1 - x0 + 2 * margin);
  });
  return { width, height: y + margin, placements };
}

/**
 * The strip as a grey image (pure): crops copied from the binarised page, a column rule standing at a crop's left
 * or right edge whitened (a thin stroke taller than the glyphs beside it is a table rule or bracket, not a "1").
 */
export function composeStrip(bin: GrayImage, plan: StripPlan): GrayImage {
  const out = new Uint8Array(Math.max(1, plan.width * plan.height)).fill(255);
  for (const p of plan.placements) {
    const w = p.x1 - p.x0;
    const h = p.y1 - p.y0;
    const crop = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) crop[y * w + x] = bin.data[(p.y0 + y) * bin.width + p.x0 + x];
    trimEdgeRules({ width: w, height: h, data: crop });
    for (let y = 0; y < h; y++) out.set(crop.subarray(y * w, (y + 1) * w), (p.dy + y) * plan.width + p.dx);
  }
  return { width: plan.width, height: plan.height, data: out };
}

/** Runs of inked columns in a crop with each run's vertical ink extent. */
function inkRuns(img: GrayImage): { x0: number; x1: number; top: number; bottom: number }[] {
  const { width: w, height: h, data } = img;
  const runs: { x0: number; x1: number; top: number; bottom: number }[] = [];
  let cur: (typeof runs)[number] | undefined;
  for (let x = 0; x < w; x++) {
    let top = -1;
    let bottom = -1;
    for (let y = 0; y < h; y++)
      if (data[y * w + x] === 0) {
        if (top < 0) top = y;
        bottom = y;
      }
    if (top < 0) {
      cur = undefined;
      continue;
    }
    if (cur) {
      cur.x1 = x + 1;
      cur.top = Math.min(cur.top, top);
      cur.bottom = Math.max(cur.bottom, bottom);
    } else {
      cur = { x0: x, x1: x + 1, top, bottom };
      runs.push(cur);
    }
  }
  return runs;
}

/**
 * Whiten a thin stroke at either end of a number crop when it is taller than the glyphs beside it (in place):
 * a table's column rule ("│", "|") or a bracket printed or photographed next to the value. A digit "1" is as tall
 * as the other digits and is kept.
 */
export function trimEdgeRules(img: GrayImage): void {
  const runs = inkRuns(img);
  if (runs.length < 2) return;
  const extent = (r: (typeof runs)[number]) => r.bottom - r.top + 1;
  const inner = runs.slice(1, -1);
  const ref = (rs: typeof runs) => Math.max(...rs.map(extent));
  const edges: (typeof runs)[number][] = [];
  const first = runs[0];
  const last = runs[runs.length - 1];
  const restFirst = runs.slice(1);
  const restLast = runs.slice(0, -1);
  if (first.x1 - first.x0 <= 0.2 * extent(first) && extent(first) > 1.15 * ref(restFirst)) edges.push(first);
  if (runs.length > 2 || !edges.length)
    if (last.x1 - last.x0 <= 0.2 * extent(last) && extent(last) > 1.15 * ref(restLast.length ? restLast : inner)) edges.push(last);
  for (const r of edges) for (let y = 0; y < img.height; y++) for (let x = r.x0; x < r.x1; x++) img.data[y * img.width + x] = 255;
}

export interface StripWord {
  text: string;
  confidence: number;
  y0: number;
  y1: number;
  x0: number;
  chars?: number[];
}

/** The second read of each placement: the strip words whose vertical centre falls in its band, left to right. */
export function readingsByPlacement(plan: StripPlan, words: readonly StripWord[]): (StripWord | undefined)[] {
  return plan.placements.map((p) => {
    const h = p.y1 - p.y0;
    const inside = words
      .filter((w) => {
        const cy = (w.y0 + w.y1) / 2;
        return cy >= p.dy && cy < p.dy + h;
      })
      .sort((a, b) => a.x0 - b.x0);
    if (!inside.length) return undefined;
    const text = inside.map((w) => w.text).join('');
    const chars = inside.every((w) => w.chars && w.chars.length === w.text.length) ? inside.flatMap((w) => w.chars ?? []) : undefined;
    return { text, confidence: Math.min(...inside.map((w) => w.confidence)), y0: inside[0].y0, y1: inside[0].y1, x0: inside[0].x0, chars };
  });
}

/** How the second read bore on a word. */
export type Reread = 'confirmed' | 'corrected' | 'disputed' | 'unread';

const digits = (s: string) => s.replace(/\D/g, '');
const CLEAN = /^[<>]?\d+(?:[.,]\d+)?(?:[-~]\d+(?:[.,]\d+)?)?$/;
/** Confidence a disputed or corrected number keeps: below the "please check" line, above unreadable. */
export const DISPUTED_CONFIDENCE = 60;
/** Confidence of a number the two reads disagree on: below the unreadable line (read-report.ts). */
export const DISPUTED_BELOW = 40;

/**
 * Reconcile a first-read word with its second read (pure). Same digits: confirmed — the second read's text (points,
 * hyphens, comparison signs put back) with the better confidence. The first read's digits with a rule read as an
 * extra leading/trailing "1" around the second's: corrected ("1362" → "3.62"), "please check". Different digits:
 * disputed — which read is right nobody knows, so the number is unreadable (the first read kept for the record).
 */
export function reconcile(first: OcrWord, second: StripWord | undefined): OcrWord & { reread: Reread } {
  if (!second || !digits(second.text)) return { ...first, reread: 'unread' };
  const t2 = second.text.replace(/,(?=\d{1,3}$)/, '.').replace(/^[-~.,]+|[-~.,]+$/g, '');
  const d1 = digits(first.text);
  const d2 = digits(t2);
  const clean = CLEAN.test(t2);
  const chars2 = second.chars && second.chars.length === second.text.length && t2 === second.text ? second.chars : undefined;
  const capped = (c: number[] | undefined, cap: number) => c?.map((x) => Math.min(x, cap));
  if (d1 === d2 && clean) {
    const confidence = Math.max(first.confidence, second.confidence);
    // A mark only one read saw is kept (reads lose points far more often than they invent them); marks at
    // different places are a dispute ("23.5" against "2.35").
    const core1 = first.text.replace(/^[^\d<>]+|\D+$/g, '');
    const marked = (t: string) => /\D/.test(t);
    if (marked(core1) && core1 !== t2) {
      if (marked(t2) || !CLEAN.test(core1)) return disputed(first);
      return { ...first, text: core1, confidence, chars: core1 === first.text ? first.chars : undefined, reread: 'confirmed' };
    }
    return { ...first, text: t2, confidence, chars: chars2 ?? (t2 === first.text ? first.chars : undefined), breaks: undefined, reread: 'confirmed' };
  }
  if (clean && (d1 === `1${d2}` || d1 === `${d2}1` || d1 === `1${d2}1`)) {
    const confidence = Math.min(second.confidence, DISPUTED_CONFIDENCE);
    return { ...first, text: t2, confidence, chars: capped(chars2, DISPUTED_CONFIDENCE), breaks: undefined, reread: 'corrected' };
  }
  return disputed(first);
}

const disputed = (first: OcrWord): OcrWord & { reread: Reread } => ({
  ...first,
  confidence: Math.min(first.confidence, DISPUTED_BELOW),
  chars: first.chars?.map((x) => Math.min(x, DISPUTED_BELOW)),
  reread: 'disputed',
});
