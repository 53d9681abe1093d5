import { afterAll, describe, expect, it } from 'vitest';
import { CJK_FONT_INSTALL, hasCjkFont, photograph, renderPage, scannedPdf } from './testing/render.js';
import { REQUIRE_SYSTEM_BINARIES } from '../../../test/helpers/system-binary.js';
import { parseLabReport } from '../parse.js';
import { adaptiveThreshold, estimateSkew, textBox, textLineHeight, type GrayImage } from './image-prep.js';
import { closeOcr, imageKind, symbolConfidences } from './ocr.js';
import { importOcrModule, OCR_INSTALL, ocrUnavailableReason } from './ocr-extra.js';
import { fixOcrToken, valueConfidence, wordsToLines, type OcrWord } from './ocr-lines.js';
import { repairNames, repairToken } from './ocr-names.js';
import { applyReadConfidence, CHECK_BELOW, lostDecimal, parseReportDocument, readReportBytes, UNREADABLE_BELOW } from './read-report.js';

const word = (text: string, x0: number, y0: number, confidence = 95, w = text.length * 10, h = 20): OcrWord => ({
  text,
  confidence,
  x0,
  y0,
  x1: x0 + w,
  y1: y0 + h,
});

describe('OCR words → table lines', () => {
  it('groups words into rows by vertical overlap, sorts by x, marks column gaps and joins CJK', () => {
    const lines = wordsToLines([
      word('12.5', 300, 102),
      word('白细胞', 40, 100, 95, 60),
      word('计数', 102, 101, 95, 40),
      word('10^9/L', 420, 99),
      word('Hemoglobin', 40, 140),
      word('95', 300, 141),
    ]);
    // Gaps of 4–5 word heights: a very wide one is set apart by four spaces, as a printout shows it.
    expect(lines.map((l) => l.text)).toEqual(['白细胞计数    12.5  10^9/L', 'Hemoglobin    95']);
  });

  it('fixes only unambiguous misreadings', () => {
    expect(fixOcrToken('10A9/L')).toBe('10^9/L');
    expect(fixOcrToken('x10^A9/L')).toBe('x10^9/L');
    expect(fixOcrToken('30.2hmol/L')).toBe('30.2μmol/L');
    expect(fixOcrToken('42.18/L')).toBe('42.1g/L');
    expect(fixOcrToken('1O.5')).toBe('10.5');
    expect(fixOcrToken('UL')).toBe('U/L');
    expect(fixOcrToken('mmolL')).toBe('mmol/L');
    expect(fixOcrToken('hmolL')).toBe('μmol/L');
    expect(fixOcrToken('HL')).toBe('HL');
    expect(fixOcrToken('Hemoglobin')).toBe('Hemoglobin');
    expect(fixOcrToken('95')).toBe('95');
  });

  it("takes a value's confidence from its own characters, not a smudged unit in the same word", () => {
    const [line] = wordsToLines([word('WBC', 0, 0), { ...word('12.5mmol/L', 100, 0, 40), chars: [96, 97, 95, 96, 30, 30, 30, 30, 30, 30] }]);
    expect(valueConfidence(line, '12.5')).toBe(95);
    expect(valueConfidence(line, '7.7')).toBeUndefined();
  });

  it('repairs analyte codes misread by look-alike characters, only in the name part and only when unambiguous', () => {
    expect(['HOL', 'C02', 'T5H', 'HbA1¢', 'HG8'].map(repairToken)).toEqual(['HDL', 'CO2', 'TSH', 'HbA1c', 'HGB']);
    expect(repairToken('WBC')).toBeUndefined();
    expect(repairToken('Note')).toBeUndefined();
    const line = { text: 'HOL cholesterol  38  mg/dL  >40 HOL', spans: [] };
    expect(repairNames(line).text).toBe('HDL cholesterol  38  mg/dL  >40 HOL');
  });

  it('reads a closing bracket misread as a letter after a known code, and nothing else', () => {
    const at = (text: string) => repairNames({ text, spans: [] }).text;
    expect(at('总肥国解 (TCJ  5.86  mmol/L  <5.18')).toBe('总肥国解 (TC)  5.86  mmol/L  <5.18');
    expect(at('项目 : 天门冬氯酸氯基转移脚 (ASTJ')).toBe('项目 : 天门冬氯酸氯基转移脚 (AST)');
    expect(at('尿酸 (UAy  462  μmol/L')).toBe('尿酸 (UA)  462  μmol/L');
    // A known code, a closed bracket, or a token that is no code without its last letter stay as read.
    expect(at('肌酐 (CREA  76  μmol/L')).toBe('肌酐 (CREA  76  μmol/L');
    expect(at('钾 (Kl)  4.1  mmol/L')).toBe('钾 (Kl)  4.1  mmol/L');
    expect(at('总胆红素 (TBIU  15.2')).toBe('总胆红素 (TBIU  15.2');
  });

  it('lowers digit confidence where a decimal point was probably lost', () => {
    const box = (x0: number, x1: number) => ({ x0, x1, y0: 0, y1: 27 });
    // "04" whose "4" box swallowed the point (24 px wide for a 27 px high digit), next to a normal "28".
    expect(
      symbolConfidences([
        { text: '0', confidence: 99, bbox: box(583, 600) },
        { text: '4', confidence: 99, bbox: box(603, 627) },
      ]),
    ).toEqual([99, 30]);
    expect(
      symbolConfidences([
        { text: '2', confidence: 99, bbox: box(583, 598) },
        { text: '8', confidence: 99, bbox: box(601, 617) },
      ]),
    ).toEqual([99, 99]);
    expect(
      symbolConfidences([
        { text: '0', confidence: 99, bbox: box(583, 600) },
        { text: '4', confidence: 99, bbox: box(612, 628) },
      ]),
    ).toEqual([30, 30]);
  });
});

/** White image with horizontal black text-like bars, sheared by `deg`. */
function barsImage(deg: number): GrayImage {
  const width = 600;
  const height = 400;
  const data = new Uint8Array(width * height).fill(230);
  const t = Math.tan((deg * Math.PI) / 180);
  for (let row = 0; row < 8; row++)
    for (let x = 50; x < 550; x++) {
      if (x % 40 > 30) continue; // word gaps
      for (let dy = 0; dy < 12; dy++) {
        const y = Math.round(40 + row * 40 + dy + (x - 300) * t);
        if (y >= 0 && y < height) data[y * width + x] = 20;
      }
    }
  return { width, height, data };
}

describe('image preprocessing', () => {
  it('finds the skew of text lines and their height', () => {
    expect(estimateSkew(adaptiveThreshold(barsImage(0)))).toBe(0);
    expect(Math.abs(estimateSkew(adaptiveThreshold(barsImage(3))) - 3)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(estimateSkew(adaptiveThreshold(barsImage(-2))) + 2)).toBeLessThanOrEqual(0.5);
    expect(textLineHeight(adaptiveThreshold(barsImage(0)))).toBe(12);
  });

  it('keeps noise on a flat dark area out of the ink', () => {
    const data = new Uint8Array(100 * 100).map((_, i) => 90 + ((i * 7919) % 21) - 10);
    const bin = adaptiveThreshold({ width: 100, height: 100, data });
    expect(bin.data.filter((v) => v === 0).length).toBe(0);
  });

  it('boxes the text on the paper, not the desk around it or the paper edge', () => {
    // 300×400: a noisy dark desk, a white sheet from (40,30) to (260,370), "characters" (3×8 strokes every 6 px)
    // on rows 60–140 between x 70 and 190.
    const w = 300;
    const h = 400;
    const data = new Uint8Array(w * h);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const onPaper = x >= 40 && x < 260 && y >= 30 && y < 370;
        const stroke = y >= 60 && y < 140 && (y - 60) % 16 < 8 && x >= 70 && x < 190 && (x - 70) % 6 < 3;
        data[y * w + x] = stroke ? 30 : onPaper ? 235 : 70 + ((x * 31 + y * 17) % 40);
      }
    const gray = { width: w, height: h, data };
    const box = textBox(adaptiveThreshold(gray), gray, 5);
    expect(box).toBeDefined();
    expect(box?.x0).toBeGreaterThanOrEqual(60);
    expect(box?.x1).toBeLessThanOrEqual(200);
    expect(box?.y0).toBeGreaterThanOrEqual(50);
    expect(box?.y1).toBeLessThanOrEqual(150);
    // A blank sheet has no text box.
    const blank = { width: w, height: h, data: data.map((v) => (v === 30 ? 235 : v)) };
    expect(textBox(adaptiveThreshold(blank), blank, 5)).toBeUndefined();
  });

  it('sniffs image types by magic bytes', () => {
    expect(imageKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))).toBe('png');
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe('jpeg');
    expect(imageKind(new TextEncoder().encode('\0\0\0\x18ftypheic\0\0\0\0'))).toBe('heic');
    expect(imageKind(new TextEncoder().encode('Hemoglobin 95 g/L'))).toBeUndefined();
  });
});

describe('read confidence on parsed results', () => {
  const text = 'Potassium  6.8  mmol/L  3.5-5.3\nALT  65  U/L  9-50\nHemoglobin  95  g/L  130-175';
  const lineOf = (t: string, conf: number) => wordsToLines(t.split('  ').map((w, i) => word(w, i * 200, 0, i === 1 ? conf : 96)))[0];
  it('never flags a critical value read with low confidence; marks doubtful values for checking', () => {
    const rows = text.split('\n');
    const report = applyReadConfidence(parseLabReport(text), [
      lineOf(rows[0], CHECK_BELOW - 5),
      lineOf(rows[1], CHECK_BELOW - 5),
      lineOf(rows[2], UNREADABLE_BELOW - 5),
    ]);
    const [k, alt, hb] = report.results;
    expect(k.read).toEqual({ confidence: CHECK_BELOW - 5, status: 'unreadable' });
    expect(k.flag).toBe('unknown');
    expect(k.value).toBeNull();
    expect(alt.read?.status).toBe('check');
    expect(alt.flag).toBe('high');
    expect(hb.read?.status).toBe('unreadable');
  });
});

describe('the OCR extra', () => {
  it('a module that is not installed is REPORT_OCR_UNAVAILABLE naming the install command', async () => {
    const err = await importOcrModule('tesseract.js', () => import(/* @vite-ignore */ ['no-such-ocr', 'module'].join('-'))).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'REPORT_OCR_UNAVAILABLE' });
    expect(String((err as Error).message)).toContain(`tesseract.js is not installed`);
    expect(String((err as Error).message)).toContain(OCR_INSTALL);
  });
});

// The real OCR needs the CJK font and the OCR extra (npm run ocr:install); without them these tests skip with the
// install command, except under CI=true (.ci/run installs both), where a missing one fails here.
const needOcr = (!hasCjkFont() || ocrUnavailableReason() !== undefined) && !REQUIRE_SYSTEM_BINARIES;
describe.skipIf(needOcr)(`OCR with the real tesseract and traineddata (needs the CJK font: ${CJK_FONT_INSTALL}; and ${OCR_INSTALL})`, () => {
  afterAll(() => closeOcr());
  const report = [
    '检验报告单',
    '项目                结果     单位       参考区间',
    '白细胞计数(WBC)      12.5     10^9/L     3.5-9.5',
    '血红蛋白(HGB)        95       g/L        130-175',
    '血小板计数(PLT)      18       10^9/L     125-350',
    'Potassium            6.8      mmol/L     3.5-5.3',
    '* 本报告仅对所检标本负责',
  ].join('\n');

  it('reads a rotated, blurred, shadowed phone photo of a Chinese/English report into the same results as the text', async () => {
    const jpeg = photograph(renderPage(report), { seed: 3, rotation: 3 });
    expect(imageKind(jpeg)).toBe('jpeg');
    const doc = await readReportBytes(new Uint8Array(jpeg), 'photo.jpg');
    expect(doc.kind).toBe('image-ocr');
    expect(Math.abs((doc.ocr?.skew[0] ?? 0) - 3)).toBeLessThanOrEqual(0.75);
    const got = parseReportDocument(doc).results.map((r) => [r.code, r.read?.status === 'unreadable' ? '?' : r.valueText]);
    expect(got).toEqual([
      ['wbc', '12.5'],
      ['hgb', '95'],
      ['plt', '18'],
      ['k', '6.8'],
    ]);
  });

  it('OCRs a scanned PDF (no text layer) page by page', async () => {
    const png = renderPage(report).toBuffer('image/png');
    const doc = await readReportBytes(await scannedPdf(png, 'png'), 'scan.pdf');
    expect(doc.kind).toBe('pdf-ocr');
    const flags = Object.fromEntries(parseReportDocument(doc).results.map((r) => [r.code, r.flag]));
    expect(flags).toMatchObject({ wbc: 'high', hgb: 'low', plt: 'critical-low', k: 'critical-high' });
  });

  it('refuses HEIC and binary files with a clear reason', async () => {
    await expect(readReportBytes(new TextEncoder().encode('\0\0\0\x18ftypheic\0\0\0\0\0\0'), 'IMG_1.HEIC')).rejects.toThrow(/HEIC.*JPEG or PNG/);
    await expect(readReportBytes(new Uint8Array([1, 2, 0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]), 'x.bin')).rejects.toThrow(/not a PDF, PNG, JPEG/);
  });
});

describe('lost decimal points in photos', () => {
  const line = (t: string) => wordsToLines(t.split('  ').map((w, i) => word(w, i * 200, 0, 96)))[0];
  it('re-points a whole number far above a range printed with decimals, as "please check", never as read', () => {
    expect(lostDecimal({ value: 48, valueText: '48', range: { low: 3.5, high: 5.5, text: '3.5-5.5', origin: 'report' } })).toBe('4.8');
    expect(lostDecimal({ value: 115, valueText: '115', range: { low: 0.5, high: 1.7, text: '0.50-1.70', origin: 'report' } })).toBe('1.15');
    // Plausible as printed, or a range without decimals: left alone.
    expect(lostDecimal({ value: 12, valueText: '12', range: { low: 3.5, high: 9.5, text: '3.5-9.5', origin: 'report' } })).toBeUndefined();
    expect(lostDecimal({ value: 480, valueText: '480', range: { low: 100, high: 300, text: '100-300', origin: 'report' } })).toBeUndefined();
    const text = 'Cystatin C  105  mg/L  0.51-1.09\nFerritin  300  ng/mL  30-400';
    const rows = text.split('\n');
    const [cysc, ferritin] = applyReadConfidence(parseLabReport(text), rows.map(line)).results;
    expect(cysc.valueText).toBe('1.05');
    expect(cysc.flag).toBe('normal');
    expect(cysc.read?.status).toBe('check');
    expect(ferritin.read?.status).toBe('ok');
  });

  it('re-points a potassium no body has (68) at the printed precision and raises its critical flag with "please check"', () => {
    // Session 6: the knowledge base says 68 mmol/L is impossible for potassium and 6.8 is possible: the alarm is
    // raised with the doubt shown, not withheld (session 5 withheld it as unreadable).
    const text = 'Potassium  68  mmol/L  3.5-5.3';
    const [k] = applyReadConfidence(parseLabReport(text), [line(text)]).results;
    expect(k.valueText).toBe('6.8');
    expect(k.flag).toBe('critical-high');
    expect(k.read?.status).toBe('check');
  });

  it('withholds a number of an unknown test that would be critical only with a guessed point', () => {
    const text = 'Zonulin  68  ng/mL  3.5-5.3';
    const [z] = applyReadConfidence(parseLabReport(text), [line(text)]).results;
    expect(z.code).toBeUndefined();
    expect(z.read?.status).not.toBe('ok');
  });
});
