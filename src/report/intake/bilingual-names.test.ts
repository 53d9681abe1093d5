// Photo rows read against the closed analyte table by BOTH their names (bilingual-names.ts), a code's lost "(" (ocr-names.ts),
// names traced by their parts when the table reader printed the code column in brackets (read-report.ts), and a page
// read again when its layout analysis left ink unread (ink-coverage.ts). Shapes from report-texts-20's photos (study
// batch) and own variants.
import { describe, expect, it } from 'vitest';
import { reconcileBilingualName } from './bilingual-names.js';
import { glyphSimilarity } from './glyphs.js';
import { inkCoverage } from './ink-coverage.js';
import { repairNames } from './ocr-names.js';
import type { OcrLine, OcrWord } from './ocr-lines.js';
import { pageDocument, parseReportDocument } from './read-report.js';

const glyphs = glyphSimilarity();
const line = (text: string): OcrLine => ({ text, spans: [] });
const read = (text: string) => reconcileBilingualName(repairNames(line(text)), glyphs).text;

/** Words of one printed row: cells split on two spaces, placed 200 px apart. */
const row = (t: string, y = 0, conf = 96): OcrWord[] =>
  t.split('  ').map((w, i) => ({ text: w, confidence: conf, x0: i * 200, x1: i * 200 + w.length * 10, y0: y, y1: y + 20 }));

describe.skipIf(!glyphs)('a bilingual name is two readings of one test', () => {
  it('reads a misread Chinese name as the name of the test its Latin code names', () => {
    expect(read('肌钪 蚺白 lcTnl)    12.49  ng/mL')).toMatch(/^肌钙 ?蛋白 \(cTnI\)/);
    expect(read('游难三碘甲状腺原氨酸 Free T3    12.8  H  pmol/L')).toMatch(/^游离三碘甲状腺原氨酸 Free T3/);
    expect(read('6  嘉碴 性粒细胞百分 t    BASO%  0.4    %    0-1')).toContain('嗜碱性粒细胞百分比');
    expect(read('超教 C 反应重白 (hs-CRP)    6.2    mg/L')).toMatch(/^超敏 C 反应蛋白 \(hs-CRP\)/);
    // Own variants: another test, another glyph slip.
    expect(read('血红蚤白 (HGB)  128  g/L')).toMatch(/^血红蛋白 \(HGB\)/);
    expect(read('谷丙转氧酶 ALT  35  U/L')).toMatch(/^谷丙转氨酶 ALT/);
  });

  it('leaves a name that already is the test, a different test, or no test of the table', () => {
    expect(read('C反应蛋白 (CRP)    8.6    mg/L')).toBe('C反应蛋白 (CRP)    8.6    mg/L');
    // Exactly total T3's whole name beside FT3: the parts disagree; the parser decides as printed.
    expect(read('三碘甲状腺原氨酸 (FT3)  2.1  nmol/L')).toBe('三碘甲状腺原氨酸 (FT3)  2.1  nmol/L');
    // Myoglobin is no test of the table: its Chinese name is never read as haemoglobin's.
    expect(read('肌红蛋白 (Mb)  468  ng/mL')).toBe('肌红蛋白 (Mb)  468  ng/mL');
    // A code far from the name's test stays (TRAb is no TSH).
    expect(read('促甲状腺激素受使抗体 TRAD    8.62')).toBe('促甲状腺激素受使抗体 TRAD    8.62');
    // Too far from any name of the code's test: nothing is guessed.
    expect(read('检验科室 (HGB)  128  g/L')).toBe('检验科室 (HGB)  128  g/L');
  });

  it('reads a code one slip from a name of the test the Chinese name names, unless two of its names are as near', () => {
    expect(read('中性粒细胞比例 (NEUTW%)    71.2    %    40-75')).toContain('(NEUT%)');
    // LYMPH% or LYMPH# (share or count) — not decided.
    expect(read('淋 巴细 胞 比例 (LYMPHW)    20.1    %')).toContain('(LYMPHW)');
  });
});

describe('photo rows of a code column and a name column', () => {
  it('traces a name printed after its code ("COL  颜色") by its parts: the rows are results, not unreadable', () => {
    const words = [
      ...row('代号  项目  结果  参考值  单位', 0),
      ...row('COL  颜色  淡黄色  淡黄色', 40),
      ...row('EC  上皮细胞  12.3  0~28  /μL', 80),
      ...row('CAST  管型  0.85  0~1.00  /μL', 120),
    ];
    const rep = parseReportDocument(pageDocument('slip.jpg', words));
    expect(rep.results.map((r) => [r.name.replace(/\s+/g, ''), r.valueText])).toEqual([
      ['颜色(COL)', '淡黄色'],
      ['上皮细胞(EC)', '12.3'],
      ['管型(CAST)', '0.85'],
    ]);
  });
});

describe('ink left unread', () => {
  it('is the share of ink no word box covers', () => {
    const w = 100;
    const h = 20;
    const data = new Uint8Array(w * h).fill(255);
    // Two blocks of ink, 10×10 each, at x 0–9 and x 50–59.
    for (let y = 5; y < 15; y++) for (const x0 of [0, 50]) data.fill(0, y * w + x0, y * w + x0 + 10);
    const bin = { width: w, height: h, data };
    expect(inkCoverage(bin, [{ x0: 50, y0: 5, x1: 60, y1: 15 }], 0)).toBe(0.5);
    expect(
      inkCoverage(
        bin,
        [
          { x0: 0, y0: 5, x1: 10, y1: 15 },
          { x0: 50, y0: 5, x1: 60, y1: 15 },
        ],
        0,
      ),
    ).toBe(1);
    expect(inkCoverage({ width: w, height: h, data: new Uint8Array(w * h).fill(255) }, [], 0)).toBe(1);
  });
});
