import { describe, expect, it } from 'vitest';
import { formatFindings } from '../lab-findings.js';
import { parseLabReport } from '../parse.js';
import { readsAsWords } from './name-words.js';
import { wordsToLines, type OcrWord } from './ocr-lines.js';
import { pageDocument, parseReportDocument, traceNames } from './read-report.js';

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
  it('a photo row under an unknown name that is no words (on a row that is no coherent result), a unit or a broken bracket is "please check", not a result', () => {
    // 'mmol/L' with a plain value: a cut-off there ('mmol/L  >1.04') is a reference limit the parser skips (session 13).
    const rows = ['上皮细舱  4.1  0-6', '同型半胱氨酸  12  umol/L  5-15', 'mmol/L  1.04  mmol/L  0.9-1.5', 'GT)  42  U/L  10-60'];
    const lines = wordsToLines(rows.flatMap((t, i) => row(t, i * 40)));
    const { kept, untraced } = traceNames(parseLabReport(rows.join('\n'), { unitsMayBeMisread: true }).results, lines);
    expect(kept.map((x) => x.name)).toEqual(['同型半胱氨酸']);
    expect(untraced.map((u) => u.reason)).toEqual([
      'test name read as no words in the photo ("上皮细舱")',
      'test name read as a unit or a broken bracket in the photo ("mmol/L")',
      'test name read as a unit or a broken bracket in the photo ("GT)")',
    ]);
  });

  // Review fix (#15): the word test judges a name alone, and a real test neither jieba nor our vocabulary holds fails
  // it as a misread does. The row's cells decide: a value with a unit and a printed range or marker is a result.
  const photo = (rows: string[]) =>
    pageDocument(
      'p.jpg',
      rows.flatMap((t, i) => row(t, i * 40, 95)),
    );
  it('a name read as no words on a row with value, unit and range or marker stays a result, named as read (zh)', () => {
    const report = parseReportDocument(
      photo([
        '项目  结果  单位  参考范围',
        '钾  4.0  mmol/L  3.5-5.3',
        '锂浓度  2.4  mmol/L  ↑  0.6-1.2',
        '血氨  172  umol/L  ↑  9-33',
        '血酮  5.8  mmol/L  0-0.3',
      ]),
    );
    expect(report.results.map((r) => [r.name, r.flag])).toEqual([
      ['钾', 'normal'],
      // Lithium 2.4 mmol/L and ammonia 172 µmol/L are beyond the critical-value table's limits (2.0, 100).
      ['锂浓度', 'critical-high'],
      ['血氨', 'critical-high'],
      ['血酮', 'high'],
    ]);
    expect(formatFindings(report)).toContain('共 4 项，异常 3 项');
    const metals = parseReportDocument(
      photo(['血铅  540  ug/L  ↑  0-100', '血汞  48  nmol/L  H', '尿铜  110  ug/24h  15-60', '他克莫司浓度  22.3  ng/mL  5-15']),
    );
    expect(metals.results.map((r) => r.name)).toEqual(['血铅', '血汞', '尿铜', '他克莫司浓度']);
    expect(metals.results.every((r) => r.flag === 'high')).toBe(true);
  });
  it('the same rows in an English report stay results; a broken name with a bare value is still "please check", said in the report language', () => {
    const en = parseReportDocument(photo(['Tacrolimus trough  22.3  ng/mL  H  5-15', 'Whole blood lead  54  ug/dL  H  <5']));
    expect(en.results.map((r) => r.name)).toEqual(['Tacrolimus trough', 'Whole blood lead']);
    const bare = parseReportDocument(photo(['钾  4.0  mmol/L  3.5-5.3', '上皮细舱  4.1  0-6']));
    expect(bare.results.map((r) => r.name)).toEqual(['钾']);
    const text = formatFindings(bare);
    expect(text).toContain('未能识别的行：第 2 行（照片中的项目名称读不成词');
    expect(text).not.toMatch(/test name/);
  });
});
