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

describe('a role mark glued to a column stamp (report-texts-26 rt26-09: "03-16(本次)" read as a head word)', () => {
  const head = (cols: string[]) => `项目                          单位      参考范围       ${cols.map((c) => c.padEnd(16)).join('')}`;
  const row = (name: string, vals: string[]) => `${name}${' '.repeat(30 - name.length * 2)}          0.8-1.2        ${vals.map((v) => v.padEnd(18)).join('')}`;

  it('reads the column marked current (本次, current, latest) wherever it stands', () => {
    expect(readSerialHead([head(['03-02', '03-09', '03-16(本次)'])], 0)).toMatchObject({ columns: { length: 3 }, latest: 2 });
    expect(readSerialHead([head(['03-09', '03-16（本次）', '03-02'])], 0)?.latest).toBe(1);
    expect(readSerialHead([head(['3月16日(本次)', '3月9日(上次)'])], 0)?.latest).toBe(0);
    expect(readSerialHead(['Test    Units    03/09/25 (previous)    03/16/25 (current)'], 0)?.latest).toBe(1);
    expect(readSerialHead(['Test    Units    03/09/25    03/16/25 (latest)    03/02/25'], 0)?.latest).toBe(1);
  });

  it('a date valid only in the other day order is a column, never a head word beside two columns', () => {
    // Day-first, "03-16" is no date; it used to fall to the head words and the table kept two of its three columns.
    expect(readSerialHead([head(['03-02', '03-09', '03-16(本次)'])], 0)?.columns).toHaveLength(3);
  });

  it('leaves other marks, two current marks and single-result headers as they were', () => {
    expect(readSerialHead([head(['03-02', '03-09', '03-16(急)'])], 0)).toBeUndefined();
    expect(readSerialHead([head(['03-16(复查)', '03-16'])], 0)).toBeUndefined();
    expect(readSerialHead([head(['03-09(本次)', '03-16(本次)'])], 0)).toBeUndefined();
    expect(readSerialHead(['Collected 03/16/25 (current)   Reported 03/16/25'], 0)).toBeUndefined();
    expect(readSerialHead(['采集时间：2024-03-16 06:20(本次)'], 0)).toBeUndefined();
  });

  it('shows the current INR 6.2 as critical, not the week-old 2.6', () => {
    const text = [head(['03-02', '03-09', '03-16(本次)']), row('国际标准化比值INR', ['2.1', '2.6', '6.2 ↑'])].join('\n');
    expect(read(text)).toEqual([['inr', '6.2', 'critical-high']]);
  });
});

describe('a range cell with its unit that runs under the first stamp column (review s26 R1)', () => {
  const head = (cols: string[]) => `Test                    Units     Ref range   ${cols.map((c) => c.padEnd(22)).join('')}`;
  const row = (name: string, unit: string, range: string, vals: string[]) =>
    `${name.padEnd(24)}${unit.padEnd(10)}${range.padEnd(18)}${vals.map((v) => v.padEnd(22)).join('')}`;

  it('keeps the row: the range is a cell of the row, the value under the stamp is the value', () => {
    const first = [head(['03/16/25 (current)', '03/09/25']), row('Magnesium', 'mg/dL', '0.70-1.00 mmol/L', ['0.8', '2.0'])].join('\n');
    const r = parseLabReport(first);
    // 0.8 mg/dL is 0.33 mmol/L: critical-low in its own unit, normal in the range's — never dropped, please check.
    expect(r.results.map((x) => [x.code, x.valueText, x.read?.status])).toEqual([['mg', '0.8', 'check']]);
    expect(r.skipped.map((s) => s.check?.flag)).toContain('critical-low');
    const last = [head(['03/09/25', '03/16/25 (current)']), row('Potassium', 'mmol/L', '3.5-5.1 mmol/L', ['4.2', '6.9'])].join('\n');
    expect(parseLabReport(last).results.map((x) => [x.name, x.valueText, x.flag, x.range?.high])).toEqual([['Potassium', '6.9', 'critical-high', 5.1]]);
  });

  it('reads the same table without a mark too (it was dropped before any mark was read)', () => {
    const text = [head(['03/16/25', '03/09/25']), row('Potassium', 'mmol/L', '3.5-5.1 mmol/L', ['4.2', '6.9'])].join('\n');
    expect(read(text)).toEqual([['k', '4.2', 'normal']]);
  });
});

describe('a value with its flag drifted left of its stamp stays the value (second review s26)', () => {
  it('never moves a value with a flag aside as if it were a range', () => {
    const en = 'Test            Unit    Ref range           03/16/25 (current)   03/09/25\nPotassium       mmol/L  3.5-5.1          6.9 H  C             4.2';
    expect(parseLabReport(en).results.map((x) => [x.code, x.valueText.startsWith('6.9')])).toEqual([['k', true]]);
    const zh =
      '项目            单位      参考范围            03-16(本次)          03-09\n钾(K)           mmol/L    3.5-5.3            6.8 ↑  危急          4.4';
    expect(parseLabReport(zh).results.map((x) => [x.code, x.valueText, x.flag])).toEqual([['k', '6.8', 'critical-high']]);
  });
});

describe('serial heads read by structure (session 32)', () => {
  it('dates with the month spelt are stamps, in either order ("17-Jan-24", "Mar 3, 2025")', () => {
    expect(readSerialHead(['Test   Units   Range   05-Mar-25   28-Feb-25   21-Feb-25'], 0)?.latest).toBe(0);
    expect(readSerialHead(['Test   Feb 21, 2025   Feb 28, 2025   Mar 3, 2025'], 0)?.latest).toBe(2);
    expect(readSerialHead(['Test   Units   Ref   02-Mar   09-Mar   16-Mar (current)'], 0)?.latest).toBe(2);
    expect(readSerialHead(['Test   Units   Ref   16-Mar (current)   09-Mar   02-Mar'], 0)?.latest).toBe(0);
    const text = [
      'Analyte        Units     Ref          05-Mar-25    28-Feb-25    21-Feb-25',
      '                                      07:40        08:15        07:55',
      'Sodium         mmol/L    135-145      129 L        133 L        136',
      'Potassium      mmol/L    3.5-5.1      5.9 H        5.0          4.6',
    ].join('\n');
    expect(read(text)).toEqual([
      ['na', '129', 'low'],
      ['k', '5.9', 'high'],
    ]);
  });
  it('a title line naming one column current above dates in no order ("Baseline  Current  Previous")', () => {
    const text = [
      '               Baseline     Current      Previous     Units      Range',
      '               02/01/25     16/03/25     09/03/25',
      'Haemoglobin    131          84 L         97 L         g/L        120-160',
      'ALT            25           72 H         55 H         U/L        <40',
    ].join('\n');
    expect(read(text)).toEqual([
      ['hgb', '84', 'low'],
      ['alt', '72', 'high'],
    ]);
    // Without the mark the dates decide: the newest (16/03/25), whatever its place (session 34; before, the rightmost).
    expect(readSerialHead(['               02/01/25     16/03/25     09/03/25'], 0)?.latest).toBe(1);
  });
});

describe('review s32: a title line is a row of column titles, and never overrides stamps in order', () => {
  it('b16/b17: a single "Current" / "Now" cell in a header line above ordered dates does not choose a column', () => {
    const b16 = [
      'Ward: 4 West   Current   Bed 12',
      'Test        03/01/25    03/08/25    03/15/25',
      'Potassium   4.0         5.1         6.9',
      'Sodium      139         134         128',
    ];
    expect(readSerialHead(b16, 1)?.latest).toBe(2);
    expect(read(b16.join('\n'))).toEqual([
      ['k', '6.9', 'critical-high'],
      ['na', '128', 'low'],
    ]);
    const b17 = ['Patient status:   Now   inpatient', 'Test        2025-03-01    2025-03-08    2025-03-15', 'Potassium   4.0           5.1           6.9'];
    expect(readSerialHead(b17, 1)?.latest).toBe(2);
    expect(read(b17.join('\n'))).toEqual([['k', '6.9', 'critical-high']]);
  });
  it('b08: the same header line over spelt-month stamps in order', () => {
    const b08 = ['Ward: 4 West   Current   Bed 12', 'Test        01-Mar-25    08-Mar-25    15-Mar-25', 'Potassium   4.0          5.1          6.9'];
    expect(readSerialHead(b08, 1)?.latest).toBe(2);
  });
  it('a title row over ordered dates leaves the order to decide; one over dates in no order still chooses', () => {
    // Titles over dates in order: the dates decide (here both agree).
    expect(readSerialHead(['          Previous     Previous     Current', '          01/03/25     08/03/25     15/03/25'], 1)?.latest).toBe(2);
    // A single role cell is no title row even over dates in no order: the newest date decides (session 34: 16/03/25).
    expect(readSerialHead(['                    Current', '          02/01/25     16/03/25     09/03/25'], 1)?.latest).toBe(1);
    // Baseline CURRENT Previous (rt31-25) over dates in no order: the current column.
    expect(
      readSerialHead(['          Baseline     CURRENT      Previous     Units   Ref range', '          08/01/25     19/02/25     12/02/25'], 1)?.latest,
    ).toBe(1);
  });
});
