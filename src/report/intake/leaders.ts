// Dot leaders ("Sodium.............. 118") erased from a binarised page before recognition (pure). Tesseract's page
// layout takes a long run of dots for a rule or picture and drops the whole region with it — on a report printed
// with leaders every name and value of the table vanished, criticals included, while the marker and range columns
// beside them were read. A leader is a chain of four or more dots: ink specks no larger than a full stop, on one
// baseline, evenly spaced; a decimal point or a three-dot ellipsis is never such a chain.
import type { GrayImage } from './image-prep.js';

interface Speck {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  pixels: number[];
}

/** Ink specks (8-connected components) no wider or taller than `maxSide` pixels. */
function specks(bin: GrayImage, maxSide: number): Speck[] {
  const { width: w, height: h, data } = bin;
  const seen = new Uint8Array(w * h);
  const out: Speck[] = [];
  const stack: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (data[start] !== 0 || seen[start]) continue;
    seen[start] = 1;
    stack.push(start);
    const s: Speck = { x0: w, y0: h, x1: -1, y1: -1, pixels: [] };
    let small = true;
    while (stack.length) {
      const p = stack.pop() as number;
      const x = p % w;
      const y = (p - x) / w;
      if (small) s.pixels.push(p);
      if (x < s.x0) s.x0 = x;
      if (x > s.x1) s.x1 = x;
      if (y < s.y0) s.y0 = y;
      if (y > s.y1) s.y1 = y;
      if (s.x1 - s.x0 >= maxSide || s.y1 - s.y0 >= maxSide) small = false;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const q = ny * w + nx;
          if (data[q] === 0 && !seen[q]) {
            seen[q] = 1;
            stack.push(q);
          }
        }
    }
    if (small) out.push(s);
  }
  return out;
}

/**
 * A copy of `bin` (ink 0, paper 255) with dot leaders whitened. `lineHeight`: the page's text line height in pixels
 * (a dot is a round speck at most 0.3 of it across; dots of one leader sit within a tenth of it vertically and at
 * most 0.8 of it apart, evenly spaced).
 */
export function eraseLeaders(bin: GrayImage, lineHeight: number): GrayImage {
  const maxSide = Math.max(2, Math.round(lineHeight * 0.3));
  // Round specks only: a hyphen or a stroke of a character is long one way.
  const dots = specks(bin, maxSide)
    .filter((s) => s.x1 - s.x0 <= 2 * (s.y1 - s.y0) + 1 && s.y1 - s.y0 <= 2 * (s.x1 - s.x0) + 1)
    .sort((a, b) => a.x0 - b.x0);
  const cy = (s: Speck) => (s.y0 + s.y1) / 2;
  const used = new Uint8Array(dots.length);
  const erase: Speck[] = [];
  const tol = Math.max(2, lineHeight * 0.1);
  const maxGap = lineHeight * 0.8;
  for (let i = 0; i < dots.length; i++) {
    if (used[i]) continue;
    const chain = [i];
    for (let j = i + 1; j < dots.length; j++) {
      const last = dots[chain[chain.length - 1]];
      const d = dots[j];
      if (d.x0 - last.x1 > maxGap) break;
      if (!used[j] && Math.abs(cy(d) - cy(last)) <= tol && d.x0 > last.x1) chain.push(j);
    }
    if (chain.length < 4) continue;
    const gaps = chain.slice(1).map((k, n) => dots[k].x0 - dots[chain[n]].x0);
    const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)];
    // Evenly spaced, a dot lost to the threshold allowed (a gap of two or three pitches).
    if (gaps.some((g) => g < median * 0.5 || g > median * 3.5)) continue;
    for (const k of chain) {
      used[k] = 1;
      erase.push(dots[k]);
    }
  }
  if (!erase.length) return bin;
  const data = new Uint8Array(bin.data);
  for (const s of erase) for (const p of s.pixels) data[p] = 255;
  return { ...bin, data };
}
