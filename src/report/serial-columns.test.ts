import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';
import { readSerialHead } from './serial-columns.js';

const read = (text: string) => parseLabReport(text).results.map((r) => [r.code, r.valueText, r.flag]);

describe('serial (cumulative) tables: the latest collection is the current value', () => {
  it('orders date, clock and hour heads; a LATEST mark wins; descending dates put the latest first', () => {
    expect(readSerialHead(['Test   2024-05-01   2024-05-03   Range'], 0)?.latest).toBe(1);
    expect(readSerialHead(['Test   2024-05-03   2024-05-01   Range'], 0)?.latest).toBe(0);
    expect(readSerialHead(['      0553     0801', 'CARDIAC   (0 h)   (2 h)   Units   Ref'], 0)).toMatchObject({ latest: 1, bodyStart: 2 });
    expect(
      readSerialHead(
        ['Date   15/03/24   02/04/24', 'Time   10:20   08:05', '          <<LATEST>>'].map((l, i) => (i === 2 ? `       ${' '.repeat(11)}<<LATEST>>` : l)),
        0,
      )?.bodyStart,
    ).toBe(3);
    expect(readSerialHead(['项目      5月1日   5月2日'], 0)?.latest).toBe(1);
    // Not a head: values, or a labelled line that names no collection columns.
    expect(readSerialHead(['Potassium   4.1   5.6'], 0)).toBeUndefined();
    expect(readSerialHead(['Collected: 2024-05-01   Reported: 2024-05-02'], 0)).toBeUndefined();
  });

  it('reads the latest column of a cumulative chemistry table (range and unit printed before the values)', () => {
    const text = [
      '                            Date        15/03/24      02/04/24',
      '                                                     <<LATEST>>',
      'Sodium             135-145  mmol/L         137         118  L',
      'Potassium          3.5-5.2  mmol/L         4.8         6.9  H',
      'Creatinine         45-90    umol/L       118 H         176  H',
    ].join('\n');
    expect(read(text)).toEqual([
      ['na', '118', 'critical-low'],
      ['k', '6.9', 'critical-high'],
      ['crea', '176', 'high'],
    ]);
  });

  it('reads a serial troponin with a footnote mark after the name, and a test not done at the first collection', () => {
    const text = [
      '                                   0553        0801',
      'CARDIAC                          (0 h)       (2 h)      Units     Ref',
      '  hs-Troponin I ¹                  812 H      4520 H     ng/L      <26',
      '  Creatine kinase                    -         645 H     U/L       40-200',
    ].join('\n');
    expect(read(text)).toEqual([
      ['ctni', '4520', 'critical-high'],
      ['ck', '645', 'high'],
    ]);
  });

  it('leaves a header that names its own columns alone (上次结果 / 本次结果 over two dates)', () => {
    const text = [
      '序号  项目                    上次结果      本次结果      单位     参考范围',
      '                              2024-01-08    2024-04-10',
      '1     促甲状腺激素            0.005         0.021 ↓       mIU/L    0.27-4.20',
    ].join('\n');
    expect(read(text)).toEqual([['tsh', '0.021', 'low']]);
  });
});
