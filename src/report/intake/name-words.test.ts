import { describe, expect, it } from 'vitest';
import { parseLabReport } from '../parse.js';
import { readsAsWords } from './name-words.js';
import { wordsToLines, type OcrWord } from './ocr-lines.js';
import { traceNames } from './read-report.js';

const row = (t: string, y = 0, conf = 96): OcrWord[] =>
  t.split('  ').map((w, i) => ({ text: w, confidence: conf, x0: i * 200, x1: i * 200 + w.length * 10, y0: y, y1: y + 20 }));

describe('session 11: a test name read from a photo must read as words', () => {
  it('real names the table does not know read as words, OCR spaces and acronyms included', () => {
    for (const real of ['颜色', '透明度', '总铁结合力', '大血小板比率', '网织红细 胞百分比', '促甲状腺素 受体抗体 (TRAb)', '尿沉渣白细胞'])
      expect(readsAsWords(real), real).toBe(true);
    // Latin names are not judged (lab names missing from dictionaries are common).
    for (const latin of ['Zonulin', 'Chol', 'Ferrltin']) expect(readsAsWords(latin), latin).toBe(true);
  });
  it('a misread character or letter leaves pieces no dictionary holds', () => {
    for (const misread of ['透明庋', '上皮细舱', '比熏', '胆红索']) expect(readsAsWords(misread), misread).toBe(false);
  });
  it('a photo row under an unknown name that is no words, a unit or a broken bracket is "please check", not a result', () => {
    const rows = ['上皮细舱  4.1  /uL  0-6', '同型半胱氨酸  12  umol/L  5-15', 'mmol/L  >1.04  mmol/L', 'GT)  42  U/L  10-60'];
    const lines = wordsToLines(rows.flatMap((t, i) => row(t, i * 40)));
    const { kept, untraced } = traceNames(parseLabReport(rows.join('\n'), { unitsMayBeMisread: true }).results, lines);
    expect(kept.map((x) => x.name)).toEqual(['同型半胱氨酸']);
    expect(untraced.map((u) => u.reason)).toEqual([
      'test name read as no words in the photo ("上皮细舱")',
      'test name read as a unit or a broken bracket in the photo ("mmol/L")',
      'test name read as a unit or a broken bracket in the photo ("GT)")',
    ]);
  });
});
