// Image preprocessing for OCR of photographed or scanned lab reports, on plain grey-level arrays (pure, no canvas):
// luminance, skew estimate by projection profiles, and a local (Bradley) threshold that survives the uneven light
// and shadows of a phone photo where one global threshold blacks out half the page.

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 = black, 255 = white, row-major. */
  data: Uint8Array;
}

/** RGBA (canvas ImageData layout) → luminance. */
export function toGray(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    // Transparent pixels are paper, not ink.
    const a = rgba[j + 3] / 255;
    const y = 0.299 * rgba[j] + 0.587 * rgba[j + 1] + 0.114 * rgba[j + 2];
    data[i] = Math.round(y * a + 255 * (1 - a));
  }
  return { width, height, data };
}

/**
 * Bradley–Roth local threshold: a pixel is ink when it is `t` (and `minContrast` grey levels) darker than the mean of its `window` neighbourhood
 * (integral image, O(pixels)). Returns a new image of 0 and 255.
 */
export function adaptiveThreshold(img: GrayImage, window = Math.max(15, Math.round(img.width / 40)), t = 0.15, minContrast = 24): GrayImage {
  const { width: w, height: h, data } = img;
  const integral = new Float64Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += data[y * w + x];
      integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
    }
  }
  const out = new Uint8Array(w * h);
  const r = Math.floor(window / 2);
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(h, y + r + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(w, x + r + 1);
      const sum = integral[y1 * (w + 1) + x1] - integral[y0 * (w + 1) + x1] - integral[y1 * (w + 1) + x0] + integral[y0 * (w + 1) + x0];
      const mean = sum / ((x1 - x0) * (y1 - y0));
      // Relative and absolute contrast: sensor noise on a dark desk is not ink.
      const v = data[y * w + x];
      out[y * w + x] = v < mean * (1 - t) && mean - v > minContrast ? 0 : 255;
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Skew of text lines in degrees (positive = lines descend to the right), by maximising the variance of the
 * row-projection of ink pixels over candidate angles. Works on a binarised image; samples at most ~60k ink pixels.
 */
export function estimateSkew(bin: GrayImage, maxDeg = 6, stepDeg = 0.25): number {
  const { width: w, height: h, data } = bin;
  let ink = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === 0) ink++;
  if (ink < 50) return 0;
  const stride = Math.max(1, Math.ceil(ink / 60_000));
  const xs: number[] = [];
  const ys: number[] = [];
  let k = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (data[y * w + x] === 0 && k++ % stride === 0) {
        xs.push(x - w / 2);
        ys.push(y - h / 2);
      }
  const diag = Math.ceil(Math.hypot(w, h));
  const bins = new Float64Array(diag * 2 + 1);
  let best = 0;
  let bestScore = -1;
  for (let deg = -maxDeg; deg <= maxDeg + 1e-9; deg += stepDeg) {
    const a = (deg * Math.PI) / 180;
    const sin = Math.sin(a);
    const cos = Math.cos(a);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) bins[Math.round(ys[i] * cos - xs[i] * sin) + diag]++;
    let score = 0;
    for (let i = 0; i < bins.length; i++) score += bins[i] * bins[i];
    // Prefer the smaller angle on ties so a straight page stays unrotated.
    if (score > bestScore * 1.0001 || (Math.abs(score - bestScore) <= bestScore * 1e-4 && Math.abs(deg) < Math.abs(best))) {
      bestScore = score;
      best = deg;
    }
  }
  return Math.round(best * 100) / 100;
}

/**
 * Typical text-line height in pixels of a binarised, deskewed image: the median height of bands of rows whose ink
 * (counted in the middle 80 % of the width, away from page edges and the desk) exceeds a fifth of the busiest
 * rows'. Undefined when there is no text-like band.
 */
export function textLineHeight(bin: GrayImage): number | undefined {
  const { width: w, height: h, data } = bin;
  const x0 = Math.floor(w * 0.1);
  const x1 = Math.ceil(w * 0.9);
  const ink = new Array<number>(h).fill(0);
  for (let y = 0; y < h; y++) for (let x = x0; x < x1; x++) if (data[y * w + x] === 0) ink[y]++;
  const sorted = [...ink].sort((a, b) => a - b);
  const busy = sorted[Math.floor(h * 0.95)] ?? 0;
  if (busy === 0) return undefined;
  const cut = Math.max(2, busy * 0.2);
  const bands: number[] = [];
  let run = 0;
  for (let y = 0; y <= h; y++) {
    if (y < h && ink[y] > cut) run++;
    else {
      if (run >= 3) bands.push(run);
      run = 0;
    }
  }
  if (!bands.length) return undefined;
  bands.sort((a, b) => a - b);
  return bands[Math.floor(bands.length / 2)];
}

/** Otsu's threshold of a grey image: the level that best separates two populations (paper vs desk or ink). */
export function otsuLevel(img: GrayImage): number {
  const hist = new Array<number>(256).fill(0);
  for (let i = 0; i < img.data.length; i++) hist[img.data[i]]++;
  const total = img.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i];
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let level = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t];
    if (!wB) continue;
    const wF = total - wB;
    if (!wF) break;
    sumB += t * hist[t];
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      level = t;
    }
  }
  return level;
}

/**
 * The region of a page that holds text, with a margin. Ink counts only where it starts on paper (the grey level a
 * few pixels before it is above the paper/desk split), so desk texture and the paper's edge are not text; rows and
 * columns are text when they hold several such ink runs. A short report on a phone photo fills a fraction of the
 * frame; recognising only this box saves most of the OCR time. Undefined when no text-like rows are found (the
 * caller then keeps the whole page).
 */
export function textBox(bin: GrayImage, gray: GrayImage, margin: number): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const { width: w, height: h, data } = bin;
  const paper = otsuLevel(gray);
  const g = gray.data;
  const gap = 3;
  const rows: number[] = [];
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = gap; x < w; x++) if (data[y * w + x] === 0 && data[y * w + x - 1] !== 0 && g[y * w + x - gap] > paper) n++;
    if (n >= 4) rows.push(y);
  }
  // Ignore isolated speckle rows: a text row has text rows next to it.
  const dense = rows.filter((y, i) => (rows[i + 1] !== undefined && rows[i + 1] - y <= 2) || (i > 0 && y - rows[i - 1] <= 2));
  if (dense.length < 3) return undefined;
  const y0 = dense[0];
  const y1 = dense[dense.length - 1];
  const cols: number[] = [];
  for (let x = 0; x < w; x++) {
    let n = 0;
    for (let y = Math.max(gap, y0); y <= y1; y++) if (data[y * w + x] === 0 && data[(y - 1) * w + x] !== 0 && g[(y - gap) * w + x] > paper) n++;
    if (n >= 2) cols.push(x);
  }
  if (!cols.length) return undefined;
  return {
    x0: Math.max(0, cols[0] - margin),
    y0: Math.max(0, y0 - margin),
    x1: Math.min(w, cols[cols.length - 1] + 1 + margin),
    y1: Math.min(h, y1 + 1 + margin),
  };
}
