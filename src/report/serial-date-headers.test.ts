import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';

// Review s24 (reports #15) inputs c8c718c read wrong: 'regression' rows were read right before it (a title line with a
// result word over a starred clock line; a "Collected … * Reported …" header of one specimen; letter-spaced 日 期 /
// 时 间 labels; "09:40+" over a compact row), 'both-wrong-before' rows were wrong on both sides and are read right
// now (labelled Date/Time rows, 項 目 / 參 考 區 間); I12 (two starred clocks alone) keeps the first value 1.8. Every reading is
// the whole result list, as pasted text and as a photo's text.
const ROWS: { id: string; kind: string; text: string; read: string[] }[] = [
  {
    id: 'A10',
    kind: 'both-wrong-before',
    text: 'Date                    03/14/25    03/14/25    03/13/25\nTime                    09:40       06:35       23:50\nPotassium (mmol/L)      2.4         2.9         3.6         3.5-5.1\nCalcium (mmol/L)        1.62        1.80        2.05        2.10-2.55',
    read: ['k=2.4 critical-low', 'ca=1.62 critical-low'],
  },
  {
    id: 'A11',
    kind: 'both-wrong-before',
    text: 'Collected               03/14/25    03/14/25    03/13/25\nTime                    09:40       06:35       23:50\nHemoglobin (g/L)        58          71          88          130-175\nPlatelets (10^9/L)      18          32          60          125-350',
    read: ['hgb=58 critical-low', 'plt=18 critical-low'],
  },
  {
    id: 'B3',
    kind: 'both-wrong-before',
    text: '日期                2025-03-14  2025-03-14  2025-03-13\n时间                09:40       06:35       23:50\n高敏肌钙蛋白I       18450       2210        48          ng/L  <26',
    read: ['ctni=18450 critical-high'],
  },
  {
    id: 'B4',
    kind: 'regression',
    text: '日 期               2025-03-14  2025-03-14  2025-03-13\n时 间               09:40       06:35       23:50\n高敏肌钙蛋白I       18450       2210        48          ng/L  <26',
    read: ['ctni=18450 critical-high'],
  },
  {
    id: 'F8',
    kind: 'regression',
    text: '日 期  2025-03-14 09:40     2025-03-14 11:02\n项 目        结 果     单 位      参 考 区 间\n钾           6.9↑      mmol/L     3.5-5.3',
    read: ['k=6.9 critical-high'],
  },
  {
    id: 'G1',
    kind: 'regression',
    text: 'Collected  03/14/25 09:40 *    Reported  03/14/25 11:02\n\nTest                 Result     Units     Reference\nPotassium            6.9 H      mmol/L    3.5-5.1\nSodium               128 L      mmol/L    135-145',
    read: ['k=6.9 critical-high', 'na=128 low'],
  },
  {
    id: 'G3',
    kind: 'regression',
    text: 'Collected  2025-03-14 09:40 +    Reported  2025-03-14 11:02\n\nPotassium          6.9 H     mmol/L     3.5-5.1\nTroponin I hs      18450 H   ng/L       <26',
    read: ['k=6.9 critical-high', 'ctni=18450 critical-high'],
  },
  {
    id: 'G6',
    kind: 'regression',
    text: 'Collected  03/14/25 09:40 *         Reported  03/14/25 11:02\n\nPotassium     6.9 H                  mmol/L    3.5-5.1\nHemoglobin    62 L                   g/L       130-175',
    read: ['k=6.9 critical-high', 'hgb=62 critical-low'],
  },
  {
    id: 'G12',
    kind: 'regression',
    text: 'Collected  03/14/25 09:40 *    Reported  03/14/25 11:02\n\nPotassium            6.9 H                          3.5-5.1 mmol/L\nSodium               128 L                          135-145 mmol/L',
    read: ['k=6.9 critical-high', 'na=128 low'],
  },
  {
    id: 'G14',
    kind: 'regression',
    text: 'SPECIMEN  03/14/2025 09:40 *      RECEIVED  03/14/2025 10:05\nTEST                 RESULT        FLAG    UNITS      REF\nPOTASSIUM            6.9           H       mmol/L     3.5-5.1',
    read: ['k=6.9 critical-high'],
  },
  { id: 'I12', kind: 'taste', text: '            09:40 +     11:40 +\nGlucose     1.8         4.2     mmol/L   3.9-6.1', read: ['glu=1.8 critical-low'] },
  {
    id: 'J13',
    kind: 'both-wrong-before',
    text: 'Collected               03/14/25    03/14/25    03/13/25\nTime                    09:40 *     06:35       23:50\nLab No                  4471        4402        3988\nPotassium (mmol/L)      6.8         5.9         4.4         3.5-5.1',
    read: ['k=6.8 critical-high'],
  },
  {
    id: 'J14',
    kind: 'both-wrong-before',
    text: 'Date                    14/03       14/03       13/03\nTime                    0940        0635        2350\nPotassium (mmol/L)      6.8         5.9         4.4         3.5-5.1',
    read: ['k=6.8 critical-high'],
  },
  { id: 'K5', kind: 'regression', text: 'Collection  03/14/25 09:40+   03/13/25 08:00\nHemoglobin  62   88   g/L   130-175', read: ['hgb=62 critical-low'] },
  {
    id: 'L1',
    kind: 'regression',
    text: '历次结果对比\n项目            2025-03-14   2025-03-14   2025-03-13   参考区间\n                09:40*       06:35        23:50\n钾(K)           6.8          5.9          4.4          3.5-5.3\n肌钙蛋白I       18.45        2.21         0.05         <0.03',
    read: ['k=6.8 critical-high', 'ctni=18.45 critical-high'],
  },
  {
    id: 'L5',
    kind: 'both-wrong-before',
    text: '項 目       2025-03-14   2025-03-14   2025-03-13   參 考 區 間\n            09:40        06:35        23:50\n鉀          6.8          5.9          4.4          3.5-5.3',
    read: ['k=6.8 critical-high'],
  },
  {
    id: 'V1',
    kind: 'both-wrong-before',
    text: 'Collected  03/14/25 09:40    Reported  03/14/25 11:02\n\nTest                 Result     Units     Reference\nPotassium            6.9 H      mmol/L    3.5-5.1',
    read: ['k=6.9 critical-high'],
  },
  {
    id: 'V7',
    kind: 'both-wrong-before',
    text: '日期               2025-03-14  2025-03-14  2025-03-13\n时间               09:40       06:35       23:50\n高敏肌钙蛋白I       18450       2210        48          ng/L  <26',
    read: ['ctni=18450 critical-high'],
  },
  {
    id: 'V11',
    kind: 'regression',
    text: 'Collected  03/14/25 09:40 *    Received  03/14/25 10:05    Reported  03/14/25 11:02\n\nPotassium            6.9 H      mmol/L    3.5-5.1\nGlucose              1.9 L      mmol/L    3.9-6.1',
    read: ['k=6.9 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'T0',
    kind: 'regression',
    text: '历次结果对比\n项目            2025-03-14   2025-03-14   2025-03-13   参考区间\n                09:40*       06:35        23:50\n钾(K)           6.8          5.9          4.4          3.5-5.3',
    read: ['k=6.8 critical-high'],
  },
  {
    id: 'T0n',
    kind: 'regression',
    text: '历次结果对比\n                03/14/25     03/14/25     03/13/25\n                09:40 *      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1',
    read: ['k=6.8 critical-high'],
  },
  {
    id: 'R0z',
    kind: 'regression',
    text: '检验结果报告单\n项目            2025-03-14   2025-03-14   2025-03-13   参考区间\n                09:40*       06:35        23:50\n钾(K)           6.8          5.9          4.4          3.5-5.3\n钠(Na)          129          132          137          137-147',
    read: ['k=6.8 critical-high', 'na=129 low'],
  },
  {
    id: 'R0e',
    kind: 'regression',
    text: '检验结果报告单\n                03/14/25     03/14/25     03/13/25\n                09:40 *      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R0p',
    kind: 'regression',
    text: '检验结果报告单\n                03/14/25     03/14/25     03/13/25\n                09:40 +      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R1z',
    kind: 'regression',
    text: '检验结果\n项目            2025-03-14   2025-03-14   2025-03-13   参考区间\n                09:40*       06:35        23:50\n钾(K)           6.8          5.9          4.4          3.5-5.3\n钠(Na)          129          132          137          137-147',
    read: ['k=6.8 critical-high', 'na=129 low'],
  },
  {
    id: 'R1e',
    kind: 'regression',
    text: '检验结果\n                03/14/25     03/14/25     03/13/25\n                09:40 *      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R1p',
    kind: 'regression',
    text: '检验结果\n                03/14/25     03/14/25     03/13/25\n                09:40 +      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R2z',
    kind: 'regression',
    text: '结果对比\n项目            2025-03-14   2025-03-14   2025-03-13   参考区间\n                09:40*       06:35        23:50\n钾(K)           6.8          5.9          4.4          3.5-5.3\n钠(Na)          129          132          137          137-147',
    read: ['k=6.8 critical-high', 'na=129 low'],
  },
  {
    id: 'R2e',
    kind: 'regression',
    text: '结果对比\n                03/14/25     03/14/25     03/13/25\n                09:40 *      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R2p',
    kind: 'regression',
    text: '结果对比\n                03/14/25     03/14/25     03/13/25\n                09:40 +      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R3z',
    kind: 'regression',
    text: 'Test results\n项目            2025-03-14   2025-03-14   2025-03-13   参考区间\n                09:40*       06:35        23:50\n钾(K)           6.8          5.9          4.4          3.5-5.3\n钠(Na)          129          132          137          137-147',
    read: ['k=6.8 critical-high', 'na=129 low'],
  },
  {
    id: 'R3e',
    kind: 'regression',
    text: 'Test results\n                03/14/25     03/14/25     03/13/25\n                09:40 *      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R3p',
    kind: 'regression',
    text: 'Test results\n                03/14/25     03/14/25     03/13/25\n                09:40 +      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R4z',
    kind: 'regression',
    text: 'Cumulative results\n项目            2025-03-14   2025-03-14   2025-03-13   参考区间\n                09:40*       06:35        23:50\n钾(K)           6.8          5.9          4.4          3.5-5.3\n钠(Na)          129          132          137          137-147',
    read: ['k=6.8 critical-high', 'na=129 low'],
  },
  {
    id: 'R4e',
    kind: 'regression',
    text: 'Cumulative results\n                03/14/25     03/14/25     03/13/25\n                09:40 *      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R4p',
    kind: 'regression',
    text: 'Cumulative results\n                03/14/25     03/14/25     03/13/25\n                09:40 +      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R5z',
    kind: 'regression',
    text: 'RESULT SUMMARY\n项目            2025-03-14   2025-03-14   2025-03-13   参考区间\n                09:40*       06:35        23:50\n钾(K)           6.8          5.9          4.4          3.5-5.3\n钠(Na)          129          132          137          137-147',
    read: ['k=6.8 critical-high', 'na=129 low'],
  },
  {
    id: 'R5e',
    kind: 'regression',
    text: 'RESULT SUMMARY\n                03/14/25     03/14/25     03/13/25\n                09:40 *      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
  {
    id: 'R5p',
    kind: 'regression',
    text: 'RESULT SUMMARY\n                03/14/25     03/14/25     03/13/25\n                09:40 +      06:35        23:50\nPotassium       6.8          5.9          4.4          3.5-5.1\nGlucose         1.9          3.1          5.0          3.9-6.1',
    read: ['k=6.8 critical-high', 'glu=1.9 critical-low'],
  },
];

describe('review s24 serial-column inputs (parseLabReport)', () => {
  for (const r of ROWS)
    for (const unitsMayBeMisread of [false, true])
      it(`${r.id} (${r.kind}${unitsMayBeMisread ? ', photo' : ''}): ${r.read.join(', ') || 'nothing'}`, () => {
        const got = parseLabReport(r.text, { unitsMayBeMisread }).results.map((x) => `${x.code ?? `?${x.name}`}=${x.valueText} ${x.flag}`);
        expect(got).toEqual(r.read);
      });
});
