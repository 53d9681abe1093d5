// OCR of photographed or scanned lab reports: tesseract.js (WebAssembly) with the Chinese and English traineddata
// shipped by the @tesseract.js-data/chi_sim and /eng npm packages — read from node_modules, never downloaded at
// run time. Images are decoded and preprocessed with @napi-rs/canvas (grey, deskew, local threshold), words come
// back with boxes and confidences, and ocr-lines.ts rebuilds the table rows the text parser reads.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// @ts-ignore -- optional extra (npm run ocr:install): absent in a default install (an error there), typed when present (no error: hence ignore, not expect-error)
import type { Image } from '@napi-rs/canvas';
import { interpretErrors } from '../interpret-errors.js';
import { importOcrModule, OCR_INSTALL } from './ocr-extra.js';
import { adaptiveThreshold, estimateSkew, textBox, textLineHeight, toGray, type GrayImage } from './image-prep.js';
import { BETTER_COVERAGE, inkCoverage, MIN_INK_COVERAGE } from './ink-coverage.js';
import { eraseLeaders } from './leaders.js';
import { wordsToLines, type OcrLine, type OcrWord } from './ocr-lines.js';
import { composeStrip, NUMBER_WHITELIST, planStrip, readingsByPlacement, reconcile, type Reread, type StripWord } from './value-reread.js';

export interface OcrPage {
  lines: OcrLine[];
  /** Every recognised word with its box (prepared-page pixels) and confidence: what the lines were built from. */
  words: OcrWord[];
  /** Degrees the page was rotated back by before recognition. */
  skew: number;
  width: number;
  height: number;
  /** Mean word confidence (0–100). */
  confidence: number;
  /** How the second read of the page's numbers went (value-reread.ts): counts per outcome. */
  reread: Record<Reread, number>;
}

// @ts-ignore -- optional extra, as above
type TesseractWorker = Awaited<ReturnType<typeof import('tesseract.js')['createWorker']>>;

const LANGS = ['chi_sim', 'eng'] as const;
let worker: Promise<TesseractWorker> | undefined;
let dataDir: string | undefined;

/** Where the installed traineddata lives (throws a clear error naming the package when it is missing). */
export function traineddataPath(lang: (typeof LANGS)[number]): string {
  const require = createRequire(import.meta.url);
  try {
    return join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0', `${lang}.traineddata.gz`);
  } catch {
    throw interpretErrors.REPORT_OCR_UNAVAILABLE({ reason: `the OCR language data @tesseract.js-data/${lang} is not installed — install: ${OCR_INSTALL}` });
  }
}

/**
 * One shared worker per process (loading both languages takes ~2 s). tesseract.js reads a language from
 * `<cachePath>/<lang>.traineddata` (gzip detected by its magic bytes), so a private temp folder of symlinks to the
 * two packages' files serves both languages from local disk; langPath points nowhere reachable, so a missing file
 * fails instead of reaching for the network.
 */
function getWorker(): Promise<TesseractWorker> {
  worker ??= (async () => {
    // @ts-ignore -- optional extra, as above
    const { createWorker, OEM } = await importOcrModule('tesseract.js', () => import('tesseract.js'));
    dataDir = mkdtempSync(join(tmpdir(), 'quarkmed-tessdata-'));
    for (const lang of LANGS) symlinkSync(traineddataPath(lang), join(dataDir, `${lang}.traineddata`));
    try {
      return await createWorker([...LANGS], OEM.LSTM_ONLY, {
        cachePath: dataDir,
        cacheMethod: 'readOnly',
        langPath: join(dataDir, 'missing'),
        errorHandler: () => {},
      });
    } catch (err) {
      throw interpretErrors.REPORT_OCR_UNAVAILABLE({ reason: `tesseract failed to start: ${err instanceof Error ? err.message : String(err)}` });
    }
  })();
  worker.catch(() => {
    worker = undefined;
  });
  return worker;
}

/** Stop the OCR worker (CLI exit, tests); the next OCR starts a new one. */
export async function closeOcr(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await (await w.catch(() => undefined))?.terminate();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}

/** Magic-byte sniffing for the image types we decode. */
export function imageKind(bytes: Uint8Array): 'png' | 'jpeg' | 'webp' | 'heic' | undefined {
  if (bytes.length < 12) return undefined;
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const ascii = (a: number, b: number) => String.fromCharCode(...bytes.subarray(a, b));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && /^(?:heic|heix|hevc|mif1|msf1|heim|heis)$/.test(ascii(8, 12))) return 'heic';
  return undefined;
}

/**
 * The page is scaled so its typical text line is about this high. Session 8: 24 px instead of 30 read 9 texts-7
 * photos (in-sample, same run) with less CPU (3.81 → 3.27 s/page) and no loss (recall 118 → 120/133, wrong values
 * shown 6 → 2, invented 9 → 4).
 */
const TARGET_LINE_PX = 24;
const MAX_SIDE = 3000;

/** Grey → deskewed → thresholded PNG bytes ready for Tesseract, with the skew and scale used. */
export async function prepareImage(image: {
  width: number;
  height: number;
}): Promise<{ png: Buffer; bin: GrayImage; skew: number; scale: number; width: number; height: number }> {
  // @ts-ignore -- optional extra, as above
  const { createCanvas } = await importOcrModule('@napi-rs/canvas', () => import('@napi-rs/canvas'));
  const draw = image as Image;
  // Skew and line height on a small copy (fast), rotation and threshold on the full one.
  const sw = Math.min(1000, image.width);
  const k = sw / image.width;
  const sh = Math.max(1, Math.round(image.height * k));
  const small = createCanvas(sw, sh);
  const sctx = small.getContext('2d');
  sctx.fillStyle = '#fff';
  sctx.fillRect(0, 0, sw, sh);
  sctx.drawImage(draw, 0, 0, sw, sh);
  const sbin = adaptiveThreshold(toGray(sctx.getImageData(0, 0, sw, sh).data, sw, sh), Math.max(15, Math.round(sw / 30)));
  const skew = estimateSkew(sbin);
  const straight = createCanvas(sw, sh);
  const stctx = straight.getContext('2d');
  stctx.fillStyle = '#fff';
  stctx.fillRect(0, 0, sw, sh);
  stctx.translate(sw / 2, sh / 2);
  stctx.rotate((-skew * Math.PI) / 180);
  stctx.translate(-sw / 2, -sh / 2);
  stctx.drawImage(small, 0, 0);
  const straightGray = toGray(stctx.getImageData(0, 0, sw, sh).data, sw, sh);
  const straightBin = adaptiveThreshold(straightGray, Math.max(15, Math.round(sw / 30)));
  const lineH = textLineHeight(straightBin);
  let scale = lineH ? Math.min(3, Math.max(0.4, TARGET_LINE_PX / (lineH / k))) : 1;
  if (Math.max(image.width, image.height) * scale > MAX_SIDE) scale = MAX_SIDE / Math.max(image.width, image.height);
  // Only the text region is recognised (a short report fills a fraction of the photo): box found on the small copy.
  const box = textBox(straightBin, straightGray, Math.max(8, Math.round((lineH ?? 10) * 1.5)));
  const full = { w: Math.max(1, Math.round(image.width * scale)), h: Math.max(1, Math.round(image.height * scale)) };
  const f = scale / k;
  const crop = box
    ? { x: Math.floor(box.x0 * f), y: Math.floor(box.y0 * f), w: Math.ceil((box.x1 - box.x0) * f), h: Math.ceil((box.y1 - box.y0) * f) }
    : { x: 0, y: 0, w: full.w, h: full.h };
  const w = Math.max(1, Math.min(full.w - crop.x, crop.w));
  const h = Math.max(1, Math.min(full.h - crop.y, crop.h));
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.imageSmoothingQuality = 'high';
  ctx.translate(-crop.x, -crop.y);
  if (skew !== 0) {
    ctx.translate(full.w / 2, full.h / 2);
    ctx.rotate((-skew * Math.PI) / 180);
    ctx.translate(-full.w / 2, -full.h / 2);
  }
  ctx.drawImage(draw, 0, 0, full.w, full.h);
  const gray: GrayImage = toGray(ctx.getImageData(0, 0, w, h).data, w, h);
  // Dot leaders make Tesseract drop a table's names and values with them (leaders.ts).
  const bin = eraseLeaders(adaptiveThreshold(gray, Math.max(15, Math.round(TARGET_LINE_PX * 1.5))), TARGET_LINE_PX);
  const id = ctx.createImageData(w, h);
  for (let i = 0, j = 0; i < bin.data.length; i++, j += 4) {
    id.data[j] = id.data[j + 1] = id.data[j + 2] = bin.data[i];
    id.data[j + 3] = 255;
  }
  ctx.resetTransform();
  ctx.putImageData(id, 0, 0);
  return { png: canvas.toBuffer('image/png'), bin, skew, scale, width: w, height: h };
}

/**
 * Per-character confidences, lowered where the characters of a number are probably not what was printed — which
 * no word confidence shows: two digits standing apart by more than a third of their height ("0.4" read as "04"),
 * a digit box much wider than a digit (the point swallowed into the next digit's box), a digit much taller or
 * shorter than the others (an arrow ↑↓ read as "1" or "7": "↓88" → "188").
 */
export function symbolConfidences(
  symbols: readonly { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[],
): number[] {
  const confs = symbols.map((c) => c.confidence);
  const digitHeights = symbols.filter((c) => /^\d$/.test(c.text)).map((c) => c.bbox.y1 - c.bbox.y0);
  const typical = [...digitHeights].sort((a, b) => a - b)[Math.floor(digitHeights.length / 2)] ?? 0;
  symbols.forEach((c, i) => {
    if (!/^\d$/.test(c.text)) return;
    const h = Math.max(c.bbox.y1 - c.bbox.y0, 1);
    if (c.bbox.x1 - c.bbox.x0 > 0.8 * h) confs[i] = Math.min(confs[i], 30);
    // A "digit" taller or shorter than its neighbours is often an arrow (↑↓ read as 1 or 7) joined to the value.
    if (digitHeights.length >= 2 && typical > 0 && Math.abs(h - typical) > 0.2 * typical) confs[i] = Math.min(confs[i], 30);
    const b = symbols[i + 1];
    if (b && /^\d$/.test(b.text) && b.bbox.x0 - c.bbox.x1 > h / 3) {
      confs[i] = Math.min(confs[i], 30);
      confs[i + 1] = Math.min(confs[i + 1], 30);
    }
  });
  return confs;
}

/**
 * Where a decimal point was probably lost inside a number (pure): after digit i when the next digit stands apart by
 * more than a third of the digit height ("0.4" read as "04") or digit i's box is too wide for one digit (the point
 * swallowed into it). The reader puts the point back there when the knowledge base finds the value possible.
 */
export function pointBreaks(symbols: readonly { text: string; bbox: { x0: number; y0: number; x1: number; y1: number } }[]): number[] {
  const out: number[] = [];
  symbols.forEach((c, i) => {
    if (!/^\d$/.test(c.text)) return;
    const b = symbols[i + 1];
    if (!b || !/^\d$/.test(b.text)) return;
    const h = Math.max(c.bbox.y1 - c.bbox.y0, 1);
    if (b.bbox.x0 - c.bbox.x1 > h / 3 || c.bbox.x1 - c.bbox.x0 > 0.8 * h) out.push(i);
  });
  return out;
}

/** Tesseract's words with boxes and per-character confidences (lowered where a number's glyphs look doubtful). */
function wordsOf(res: { data: { blocks?: unknown } }): OcrWord[] {
  const words: OcrWord[] = [];
  // tesseract.js's block tree, as far as we read it.
  type Sym = { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } };
  type Blocks = { paragraphs: { lines: { words: (Sym & { symbols?: Sym[] })[] }[] }[] }[];
  for (const b of (res.data.blocks ?? []) as Blocks)
    for (const p of b.paragraphs)
      for (const l of p.lines)
        for (const wd of l.words) {
          const symbols = wd.symbols ?? [];
          const aligned = symbols.length > 0 && symbols.map((c) => c.text).join('') === wd.text;
          const chars = aligned ? symbolConfidences(symbols) : undefined;
          const breaks = aligned ? pointBreaks(symbols) : [];
          words.push({
            text: wd.text,
            confidence: wd.confidence,
            x0: wd.bbox.x0,
            y0: wd.bbox.y0,
            x1: wd.bbox.x1,
            y1: wd.bbox.y1,
            chars,
            ...(breaks.length ? { breaks } : {}),
          });
        }
  return words;
}

/** Recognise one prepared page. */
async function recognise(png: Buffer, psm: '4' | '6' = '4'): Promise<{ words: OcrWord[] }> {
  const w = await getWorker();
  // PSM 4: one column of rows of varying size — a printed table; keeps whole rows together better than auto (3).
  // PSM 6 (one uniform block) is the second read of a page whose layout analysis left ink unread (ink-coverage.ts).
  await w.setParameters({ tessedit_pageseg_mode: psm as never, user_defined_dpi: '300', preserve_interword_spaces: '1', tessedit_char_whitelist: '' });
  const res = await w.recognize(png, {}, { blocks: true, text: false });
  return { words: wordsOf(res) };
}

/**
 * The second read (value-reread.ts): every number word of the first read cut out of the binarised page, stacked
 * into one strip, read once with a digit whitelist (PSM 6: a block of lines), and reconciled with the first read.
 */
async function rereadNumbers(words: OcrWord[], bin: GrayImage): Promise<{ words: OcrWord[]; reread: Record<Reread, number> }> {
  const reread: Record<Reread, number> = { confirmed: 0, corrected: 0, disputed: 0, unread: 0 };
  const plan = planStrip(words, bin);
  if (!plan.placements.length) return { words, reread };
  const strip = composeStrip(bin, plan);
  // @ts-ignore -- optional extra, as above
  const { createCanvas } = await importOcrModule('@napi-rs/canvas', () => import('@napi-rs/canvas'));
  const canvas = createCanvas(strip.width, strip.height);
  const ctx = canvas.getContext('2d');
  const id = ctx.createImageData(strip.width, strip.height);
  for (let i = 0, j = 0; i < strip.data.length; i++, j += 4) {
    id.data[j] = id.data[j + 1] = id.data[j + 2] = strip.data[i];
    id.data[j + 3] = 255;
  }
  ctx.putImageData(id, 0, 0);
  const w = await getWorker();
  await w.setParameters({ tessedit_pageseg_mode: '6' as never, tessedit_char_whitelist: NUMBER_WHITELIST });
  let second: OcrWord[];
  try {
    second = wordsOf(await w.recognize(canvas.toBuffer('image/png'), {}, { blocks: true, text: false }));
  } finally {
    await w.setParameters({ tessedit_char_whitelist: '' });
  }
  const readings = readingsByPlacement(plan, second as StripWord[]);
  const out = [...words];
  plan.placements.forEach((p, k) => {
    const r = reconcile(words[p.word], readings[k]);
    reread[r.reread]++;
    const { reread: _, ...word } = r;
    out[p.word] = word;
  });
  return { words: out, reread };
}

/** OCR an image file's bytes (PNG, JPEG, WebP) into table-like lines with word confidences. */
export async function ocrImage(bytes: Uint8Array, sourceName = 'image'): Promise<OcrPage> {
  const kind = imageKind(bytes);
  if (kind === 'heic')
    throw interpretErrors.REPORT_FILE_UNSUPPORTED({
      source: sourceName,
      reason: 'HEIC photos cannot be decoded here; export the photo as JPEG or PNG (most phones: "Most Compatible")',
    });
  if (!kind) throw interpretErrors.REPORT_FILE_UNSUPPORTED({ source: sourceName, reason: 'not a PNG, JPEG or WebP image' });
  // @ts-ignore -- optional extra, as above
  const { loadImage } = await importOcrModule('@napi-rs/canvas', () => import('@napi-rs/canvas'));
  let img: Image;
  try {
    img = await loadImage(Buffer.from(bytes));
  } catch (err) {
    throw interpretErrors.REPORT_FILE_UNSUPPORTED({
      source: sourceName,
      reason: `the ${kind.toUpperCase()} image cannot be decoded: ${(err as Error).message}`,
    });
  }
  return ocrDrawable(img);
}

/** OCR anything @napi-rs/canvas can draw (a decoded image, or a canvas a PDF page was rendered on). */
export async function ocrDrawable(drawable: { width: number; height: number }): Promise<OcrPage> {
  const prep = await prepareImage(drawable);
  let first = await recognise(prep.png);
  const coverage = inkCoverage(prep.bin, first.words);
  if (coverage < MIN_INK_COVERAGE) {
    const block = await recognise(prep.png, '6');
    if (inkCoverage(prep.bin, block.words) >= coverage + BETTER_COVERAGE) first = block;
  }
  const { words, reread } = await rereadNumbers(first.words, prep.bin);
  const lines = wordsToLines(words);
  const confidence = words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;
  return { lines, words, skew: prep.skew, width: prep.width, height: prep.height, confidence, reread };
}
