// Renders lab-report texts the way people hand them to us: a hospital PDF (real text layer, CJK font embedded),
// a scanned PDF (an image only), and phone photos of the printout (rotation, keystone perspective, blur, uneven
// light/shadow, sensor noise, JPEG). Deterministic for a seed, so the OCR benchmark and the tests know exactly what
// was printed. Columns keep the text's own alignment: each run of 2+ spaces starts a cell placed at its character
// column (CJK counted double width), as a monospaced hospital printer lays it out.
// Test support, not product code: it lives under src because src tests render with it (src never reads bench/);
// the bench scripts import it from here.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
// @ts-ignore -- optional extra (npm run ocr:install): absent in a default install (an error there), typed when present (no error: hence ignore, not expect-error)
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createRng } from '../../../core/random.js';
import { firstFontOfTtc } from '../ttc-font.js';

export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
export const CJK_FONT_INSTALL = 'apt-get install fonts-wqy-microhei';
export const hasCjkFont = (): boolean => existsSync(CJK_FONT);

const wide = (ch: string): boolean => /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch);
const displayWidth = (s: string): number => [...s].reduce((n, c) => n + (wide(c) ? 2 : 1), 0);

/** A line as cells: [display column, text]. */
export function layoutCells(line: string): { col: number; text: string }[] {
  const cells: { col: number; text: string }[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) cells.push({ col: displayWidth(line.slice(0, m.index)), text: m[0] });
  return cells;
}

// @ts-ignore -- optional extra, as above
type CanvasModule = typeof import('@napi-rs/canvas');
let canvasModule: CanvasModule | undefined;
/** @napi-rs/canvas (photos, page images), loaded on first use: PDFs with a text layer need only pdf-lib. */
function canvasLib(): CanvasModule {
  if (!canvasModule) {
    try {
      canvasModule = createRequire(import.meta.url)('@napi-rs/canvas') as CanvasModule;
    } catch (err) {
      throw new Error(`rendering page images needs @napi-rs/canvas (the OCR extra) — install: npm run ocr:install`, { cause: err });
    }
  }
  return canvasModule as CanvasModule;
}

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 40;

/** Text → a PDF with a real text layer (pages as needed). Needs the CJK font for Chinese text. */
export async function renderPdf(text: string, o: { fontSize?: number } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const cjk = /[^\x00-\x7f]/.test(text);
  if (cjk && !hasCjkFont()) throw new Error(`rendering non-ASCII text needs ${CJK_FONT} (${CJK_FONT_INSTALL})`);
  const font = cjk
    ? await doc.embedFont(firstFontOfTtc(new Uint8Array(readFileSync(CJK_FONT))), { subset: true })
    : await doc.embedFont(StandardFonts.Helvetica);
  const charset = new Set(font.getCharacterSet());
  const lines = text.split('\n');
  const maxCols = Math.max(40, ...lines.map(displayWidth));
  const size = o.fontSize ?? Math.min(11, ((PAGE_W - 2 * MARGIN) / maxCols) * 1.9);
  const cw = size * 0.52;
  const lh = size * 1.6;
  let page = doc.addPage([PAGE_W, PAGE_H]);
  let y = PAGE_H - MARGIN - size;
  for (const line of lines) {
    if (y < MARGIN) {
      page = doc.addPage([PAGE_W, PAGE_H]);
      y = PAGE_H - MARGIN - size;
    }
    for (const c of layoutCells(line)) {
      // Glyphs the font lacks (rare symbols) are dropped rather than failing the whole page.
      const safe = [...c.text].filter((ch) => charset.has(ch.codePointAt(0) ?? 0)).join('');
      if (safe) page.drawText(safe, { x: MARGIN + c.col * cw, y, size, font });
    }
    y -= lh;
  }
  return doc.save();
}

let fontRegistered = false;
function registerFont(): string {
  if (!fontRegistered && hasCjkFont()) {
    canvasLib().GlobalFonts.registerFromPath(CJK_FONT, 'QMReportCJK');
    fontRegistered = true;
  }
  return fontRegistered ? 'QMReportCJK' : 'sans-serif';
}

/** Text → a clean page image (as printed, before any camera): white paper, black text, ~150 dpi. */
export function renderPage(text: string, o: { width?: number; fontPx?: number } = {}): Canvas {
  const family = registerFont();
  const lines = text.split('\n');
  const width = o.width ?? 1654;
  const maxCols = Math.max(40, ...lines.map(displayWidth));
  // ~10.5 pt at 200 dpi, smaller when a wide table must fit the page.
  const fontPx = o.fontPx ?? Math.min(29, ((width - 2 * 60) / maxCols) * 1.9);
  const cw = fontPx * 0.52;
  const lh = fontPx * 1.7;
  const height = Math.max(Math.round((width * PAGE_H) / PAGE_W), Math.ceil(lines.length * lh + 160));
  const canvas = canvasLib().createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111';
  ctx.font = `${fontPx}px ${family}`;
  ctx.textBaseline = 'alphabetic';
  lines.forEach((line, i) => {
    for (const c of layoutCells(line)) ctx.fillText(c.text, 60 + c.col * cw, 80 + (i + 1) * lh);
  });
  return canvas;
}

export interface PhotoOptions {
  seed: number;
  /** Degrees, sign chosen by the seed; default 1–4. */
  rotation?: number;
  blurPx?: number;
  /** 0..1 strength of the keystone (top narrower than bottom). */
  perspective?: number;
  /** 0..1 darkness of a shadow band across the page. */
  shadow?: number;
  noise?: number;
  jpegQuality?: number;
}

/** The settings a seed picks within the ranges (rotation 1–4°, blur, perspective, JPEG noise, shadow). */
export function photoSettings(seed: number): Required<PhotoOptions> {
  const r = createRng(seed * 7919 + 13);
  return {
    seed,
    rotation: (1 + 3 * r()) * (r() < 0.5 ? -1 : 1),
    blurPx: 0.4 + 0.8 * r(),
    perspective: 0.02 + 0.05 * r(),
    shadow: 0.15 + 0.35 * r(),
    noise: 6 + 10 * r(),
    jpegQuality: Math.round(60 + 25 * r()),
  };
}

/** A clean page → what a phone camera makes of it; returns JPEG (or PNG) bytes. */
export function photograph(page: Canvas, o: PhotoOptions, format: 'jpeg' | 'png' = 'jpeg'): Buffer {
  const s = { ...photoSettings(o.seed), ...o };
  const rand = createRng(s.seed);
  const pad = Math.round(page.width * 0.06);
  const W = page.width + 2 * pad;
  const H = page.height + 2 * pad;
  const out = canvasLib().createCanvas(W, H);
  const ctx: SKRSContext2D = out.getContext('2d');
  // A desk behind the paper.
  ctx.fillStyle = '#6b6358';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate((s.rotation * Math.PI) / 180);
  ctx.translate(-W / 2, -H / 2);
  if (s.blurPx > 0) ctx.filter = `blur(${s.blurPx.toFixed(2)}px)`;
  // Keystone: strips drawn narrower towards the top.
  const strips = 48;
  const sh = page.height / strips;
  for (let i = 0; i < strips; i++) {
    const t = i / strips;
    const scale = 1 - s.perspective * (1 - t);
    const w = page.width * scale;
    ctx.drawImage(page, 0, i * sh, page.width, sh + 1, pad + (page.width - w) / 2, pad + i * sh, w, sh + 1);
  }
  ctx.restore();
  ctx.filter = 'none';
  // Uneven light: a shadow band from one side (a hand or the phone) and a vignette.
  const fromLeft = rand() < 0.5;
  const g = ctx.createLinearGradient(fromLeft ? 0 : W, 0, fromLeft ? W : 0, H * rand());
  g.addColorStop(0, `rgba(0,0,0,${s.shadow.toFixed(2)})`);
  g.addColorStop(0.45, 'rgba(0,0,0,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, W, H);
  const v = ctx.createRadialGradient(W / 2, H / 2, Math.min(W, H) * 0.3, W / 2, H / 2, Math.max(W, H) * 0.75);
  v.addColorStop(0, 'rgba(0,0,0,0)');
  v.addColorStop(1, 'rgba(0,0,0,0.25)');
  ctx.fillStyle = v;
  ctx.fillRect(0, 0, W, H);
  // Sensor noise and a warm cast.
  const img = ctx.getImageData(0, 0, W, H);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (rand() - 0.5) * 2 * s.noise;
    d[i] = Math.max(0, Math.min(255, d[i] + n + 4));
    d[i + 1] = Math.max(0, Math.min(255, d[i + 1] + n));
    d[i + 2] = Math.max(0, Math.min(255, d[i + 2] + n - 6));
  }
  ctx.putImageData(img, 0, 0);
  return format === 'jpeg' ? out.toBuffer('image/jpeg', s.jpegQuality) : out.toBuffer('image/png');
}

/** An image → a PDF holding only that image (a scanner's output: no text layer). */
export async function scannedPdf(image: Buffer, kind: 'jpeg' | 'png'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const img = kind === 'jpeg' ? await doc.embedJpg(image) : await doc.embedPng(image);
  const scale = PAGE_W / img.width;
  const page = doc.addPage([PAGE_W, img.height * scale]);
  page.drawImage(img, { x: 0, y: 0, width: PAGE_W, height: img.height * scale });
  return doc.save();
}
