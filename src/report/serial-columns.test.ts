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

// Session 29 (report-texts-29 first sight): a Taiwan cumulative report's ROC-era dates ("113/03/16") were no stamps and
// the line reader showed the oldest column (rt29-07: five wrong values); a mark printed before its date ("本次
// 2024-09-10", rt29-23); a mark whose bracket was lost is still the column's mark (review s28 k25, d10).
describe('collection stamps: ROC-era dates, a mark before the date, a damaged mark', () => {
  it('reads ROC-era dates in their order (1911 + the year)', () => {
    expect(readSerialHead(['檢驗項目    單位    參考值    113/03/02    113/03/09    113/03/16'], 0)).toMatchObject({ columns: { length: 3 }, latest: 2 });
    expect(readSerialHead(['項目    單位    參考值    114/03/18    114/03/11    114/03/04'], 0)?.latest).toBe(0);
    // Across the era's year end, and a year written with 民國 or 年.
    expect(readSerialHead(['項目    單位    113/12/30    114/01/06'], 0)?.latest).toBe(1);
    expect(readSerialHead(['項目    單位    民國114年1月6日    民國113年12月30日'], 0)?.latest).toBe(0);
    expect(readSerialHead(['項目    單位    113年12月30日    2025-01-06'], 0)?.latest).toBe(1);
  });
  it('shows the current column of a Taiwan cumulative table, not the oldest', () => {
    const text = [
      '檢驗項目       單位        參考值         113/03/02    113/03/09    113/03/16（本次）',
      'WBC            10^3/uL     3.5-11.0       6.2          4.1          2.9 L',
      'ALT(GPT)       U/L         0-40           22           48 H         61 H',
    ].join('\n');
    expect(read(text)).toEqual([
      ['wbc', '2.9', 'low'],
      ['alt', '61', 'high'],
    ]);
  });
  it('reads a role mark printed before its date', () => {
    expect(readSerialHead(['项目名称      本次 2024-09-10    上次 2024-06-05    参考范围    单位'], 0)).toMatchObject({ columns: { length: 2 }, latest: 0 });
    expect(readSerialHead(['Test    Previous 06/05/24    Current 10/09/24    Units'], 0)?.latest).toBe(1);
    // A word before a number that is no role mark is no stamp's mark.
    expect(readSerialHead(['项目    复查 2024-09-10    2024-06-05'], 0)).toBeUndefined();
    const text = [
      '项目名称                 上次 2024-06-05    本次 2024-09-10    参考范围       单位',
      '空腹血糖 FPG             7.85 ↑             2.1 ↓              3.9-6.1        mmol/L',
    ].join('\n');
    expect(read(text)).toEqual([['glu', '2.1', 'critical-low']]);
  });
  it('a damaged mark in pasted text names its column (k25, d10)', () => {
    const k25 = [
      '項目                單位                參考值              114/03/18 本次 )    114/03/11           114/03/04',
      '血糖                mg/dL               70-100              42 L                150                 98',
    ];
    expect(read(k25.join('\n'))).toEqual([['glu', '42', 'critical-low']]);
    const d10 = [
      '项目            单位            参考范围        03-11           03-15           03-18 本次 )',
      '血钠            mmol/L          137-147         128             124             119 ↓↓',
    ];
    expect(read(d10.join('\n'))).toEqual([['na', '119', 'critical-low']]);
  });
});

// Review s29 (S1): text padded by character count puts each Chinese-named row left of its head, so under ROC dates
// (now stamps) the current column held last week's value and the current one sat under no column (m01 m03 m07 n02
// n06). A row with a value under no column is offset: one value per column places them by order; otherwise a fresh
// head (ROC date, mark before the date, damaged mark) is not read and the table goes back to the line reader.
describe('a row printed off its columns (review s29 S1)', () => {
  it('places an offset row by order when it holds one value per column', () => {
    const m01 = [
      '檢驗項目            單位        參考值         113/03/16   113/03/09   113/03/02',
      '鉀 K             mmol/L    3.5-5.1     6.8 H       4.0         4.2',
      '血紅素 Hb          g/dL      12.0-16.0   6.1 L       9.8 L       10.5 L',
    ];
    expect(read(m01.join('\n'))).toEqual([
      ['k', '6.8', 'critical-high'],
      ['hgb', '6.1', 'critical-low'],
    ]);
    const m03 = [
      '項目            單位        參考值       113/03/16(本次)   113/03/09  113/03/02',
      '白血球計數 WBC     10^3/uL   3.5-11.0  1.2 L           4.0        5.1',
      '血小板 PLT       10^3/uL   150-400   18 L            113 L      160',
    ];
    expect(read(m03.join('\n')).find((r) => r[0] === 'plt')).toEqual(['plt', '18', 'critical-low']);
    const n02 = [
      '項目        單位        參考值       113/03/16   113/03/09',
      '鉀         mmol/L    3.5-5.1   2.3 L       3.6',
      '鈉         mmol/L    136-145   117 L       133 L',
    ];
    expect(read(n02.join('\n'))).toEqual([
      ['k', '2.3', 'critical-low'],
      ['na', '117', 'critical-low'],
    ]);
    const n06 = [
      '檢驗項目        單位      參考值       113/03/16 10:20   113/03/09 08:00',
      '肌酸酐         mg/dL   0.6-1.3   4.8 H             1.2',
      '鉀           mmol/L  3.5-5.1   7.0 H             4.3',
    ];
    expect(read(n06.join('\n'))).toEqual([
      ['crea', '4.8', 'high'],
      ['k', '7.0', 'critical-high'],
    ]);
  });
  it('does not read a fresh head over a row that cannot be placed (m07): the line reader reads every row as before', () => {
    const m07 = [
      '檢驗項目            單位        參考值         113/03/16   113/03/09   113/03/02',
      '鉀 K             mmol/L    3.5-5.1                 6.9 H       4.2',
      '鈉 Na            mmol/L    136-145     140         138         139',
    ];
    expect(readSerialHead(m07, 0)).toBeUndefined();
    expect(read(m07.join('\n')).find((r) => r[0] === 'na')).toEqual(['na', '140', 'normal']);
  });
  it('keeps the columns of a head read before when values and columns differ in number, and a lost range dash is no value', () => {
    // A PDF merged "参考范围 第1天": two columns over three values; the last column's value is still the current one.
    expect(read('项目      单位    参考范围 第1天     第3天     第5天\n血钾      mmol/L  3.5-5.3   4.1       4.8       6.8 ↑')).toEqual([
      ['k', '6.8', 'critical-high'],
    ]);
    // Review s28 j05: "3.5-5.3" read as "3.553" under the range title is the range, not a value shifted off its column.
    const j05 = [
      '项目            单位            参考范围        03-18 本次 )    03-15           03-11',
      '血钾            mmol/L          3.553           6.9 ↑↑          4.4             4.2',
      '氯              mmol/L          99-110          101             99              98',
    ];
    expect(read(j05.join('\n')).find((r) => r[0] === 'k')).toEqual(['k', '6.9', 'critical-high']);
  });
  it("places a row padded by character count under a damaged or Chinese-dated mark (the s29 notes' a22-like limit)", () => {
    const row = (cells: string[]) =>
      cells
        .map((c) => c.padEnd(16))
        .join('')
        .trimEnd();
    const k = row(['血钾', 'mmol/L', '3.5-5.3', '6.9 ↑↑', '4.4', '4.2']);
    expect(read([row(['项目', '单位', '参考范围', '03-18 本次 )', '03-15', '03-11']), k].join('\n'))).toEqual([['k', '6.9', 'critical-high']]);
    expect(read([row(['项目', '单位', '参考范围', '3月18日(本次)', '3月15日', '3月11日']), k].join('\n'))).toEqual([['k', '6.9', 'critical-high']]);
  });
});
