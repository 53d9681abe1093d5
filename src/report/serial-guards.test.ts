import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';
import { checkDropped, criticalCells } from './serial-undecided.js';

// Session 35 (reports #15): the serial reader by structure re-landed with the review s34 guards. Texts written for
// these tests in the shapes the guards name (not copied from any batch or probe file).
const read = (text: string) => parseLabReport(text).results.map((x) => `${x.code ?? x.name}=${x.valueText} ${x.flag}`);
const checks = (text: string) => parseLabReport(text).skipped.flatMap((s) => (s.check ? [`${s.check.code}=${s.check.valueText} ${s.check.flag}`] : []));

describe('serial tables by structure, with the review s34 guards', () => {
  it('a head that lost its indentation (a PDF text layer): one value per date column maps by order, the newest date is current', () => {
    const text = [
      '05/11/24   06/11/24   07/11/24',
      'Haemoglobin        g/dL      13.0-17.0    11.8       9.4 L      6.1 LL',
      'Platelets          x10^9/L   150-400      210        160        98 L',
    ].join('\n');
    expect(read(text)).toEqual(['hgb=6.1 critical-low', 'plt=98 low']);
  });

  it('guard B: a flag written before a value belongs to it, in a table padded by characters (CJK letters counted once)', () => {
    const text = [
      '项目名称            单位        参考区间        05-02       05-09       05-16(本次)',
      '血红蛋白            g/L       130-175     98 ↓                    ↓ 55',
      '白细胞              10^9/L    3.5-9.5     6.0         7.1         8.2',
    ].join('\n');
    const got = read(text);
    expect(got).toContain('hgb=55 critical-low');
    expect(got).not.toContain('hgb=98 low');
    expect(got).toContain('wbc=8.2 normal');
  });

  it('guard C: a not-done placeholder keeps its column (未做, N/A), and an undecided row checks every value it prints', () => {
    const done = [
      'Test         Units     Ref range    11/06/2025    18/06/2025    25/06/2025',
      'Potassium    mmol/L    3.5-5.1      4.2           未做          6.7 H',
    ].join('\n');
    expect(read(done)).toContain('k=6.7 critical-high');
    // Two values under three date columns, places lost (the head at column 0): which is current cannot be told.
    const lost = ['11/06/2025    18/06/2025    25/06/2025', 'Potassium    mmol/L    3.5-5.1      4.2      6.7 H'].join('\n');
    const r = parseLabReport(lost).results.find((x) => x.code === 'k');
    expect(r?.value).toBeNull();
    expect(r?.read?.status).toBe('unreadable');
    expect(checks(lost)).toContain('k=6.7 critical-high');
  });

  it('a result column titled beside the dates holds the current value; the dated columns are previous results', () => {
    const text = ['项目      结果      单位       参考范围       05-20      05-13', '血钾      6.6       mmol/L     3.5-5.3        4.8        4.5'].join('\n');
    expect(read(text)).toEqual(['k=6.6 critical-high']);
  });

  it('guard D: dates without a year across New Year order by the calendar turn', () => {
    const text = ['Test         Units     Ref        12-27      12-31      01-04', 'Sodium       mmol/L    135-145    139        131 L      119 L'].join('\n');
    expect(read(text)).toEqual(['na=119 critical-low']);
    const newestFirst = ['Test         Units     Ref        01-04      12-31      12-27', 'Sodium       mmol/L    135-145    119 L      131 L      139'].join(
      '\n',
    );
    expect(read(newestFirst)).toEqual(['na=119 critical-low']);
  });

  it('Minguo (ROC) dates with a three-digit year are stamps: 113/04/02 is 2024-04-02', () => {
    const text = [
      '檢驗項目     單位      參考值       112/10/03    113/01/09    113/04/02',
      'Creatinine   mg/dL     0.70-1.30    1.10         1.35 H       2.05 H',
    ].join('\n');
    expect(read(text)).toEqual(['crea=2.05 high']);
  });
});

// Review fix s35 (reports #15): the S1 shapes of the s24 probe rows C4/C5, C7 and H11 read as a PDF text layer prints
// them (the head at column 0), in texts written for these tests.
describe('review fix s35: a serial row never loses a critical', () => {
  it('a star glued before the current value ("*6.3") is read as the line reader reads "6.3*"', () => {
    const text = ['11/05/25     11/05/25', '14:10       07:20', 'Potassium (mmol/L)       *6.3         *5.7         3.5-5.1'].join('\n');
    expect(read(text)).toEqual(['k=6.3 critical-high']);
    const older = ['11/05/25     11/05/25', '07:20        14:10', 'Potassium (mmol/L)       *5.7         *6.3         3.5-5.1'].join('\n');
    expect(read(older)).toEqual(['k=6.3 critical-high']);
  });

  it('a star after the flag ("6.9 H*") is a flag of the value: the current critical is shown', () => {
    const text = [
      '11/05/25     11/05/25     10/05/25',
      '14:10        07:20        22:15',
      'Potassium (mmol/L)       6.9 H*       5.6 H        4.3          3.5-5.1',
      '* repeated and confirmed',
    ].join('\n');
    expect(read(text)).toEqual(['k=6.9 critical-high']);
  });

  it('a run that ends on a bound with a blank column lost ("21300   52   <26"): the serial reading steps aside, the critical flag kept', () => {
    const text = [
      '11/05/25     11/05/25     10/05/25',
      '14:10        07:20        22:15',
      'hs-Troponin I (ng/L)       21300                    52          <26',
    ].join('\n');
    expect(read(text)).toContain('ctni=21300 critical-high');
  });

  it('invariant: an undecided row checks EVERY cell with a critical mark or value, also one the value pattern did not take', () => {
    const reread = (line: string) => parseLabReport(line).results;
    const got = criticalCells({ text: 'Potassium (mmol/L)   5.6 H   6.9 H!?   3.5-5.1', values: ['5.6 H', '4.3'] }, reread, { code: 'k', name: 'Potassium' });
    expect(got.map((c) => `${c.code}=${c.valueText} ${c.flag}`)).toEqual(['k=6.9 critical-high']);
    // A star before a value is read as the line reader reads a star after it.
    const star = criticalCells({ text: 'Potassium (mmol/L)   *6.3   3.5-5.1', values: ['*6.3', '*5.7'] }, reread, { code: 'k', name: 'Potassium' });
    expect(star.map((c) => c.valueText)).toEqual(['6.3']);
  });

  it('invariant: a serial row read to a line that gives no result keeps its critical cells as "please check"', () => {
    const reread = (line: string) => parseLabReport(line).results;
    const rows = new Map([[3, { text: 'Potassium (mmol/L)   ??6.3   3.5-5.1', values: ['6.3 HH', '5.7'] }]]);
    const got = checkDropped([], rows, reread);
    expect(got.map((s) => `${s.line} ${s.check?.code}=${s.check?.valueText} ${s.check?.flag}`)).toEqual(['3 k=6.3 critical-high']);
    // A row that is shown (a result on its line) adds nothing.
    expect(checkDropped([{ line: 3 } as never], rows, reread)).toEqual([]);
  });
});

// Review s35 (rb-t06/t07, rp-a06/a16/a19/a23): a word placeholder in the CURRENT column (pending, not done, 未做) showed
// the newest earlier value as the current result. No current value now; an earlier critical stays a please-check.
describe('a placeholder in the current column shows no earlier value as current', () => {
  it.each([
    ['Test         Units     Ref range    11/06/2025    18/06/2025    25/06/2025', 'AST          U/L       0-40         35            190 H         pending'],
    ['项目          单位      参考区间      06-01        06-08        06-15', 'PaO2          mmHg      80-100       92           65 L         未做'],
  ])('%s', (head, row) => {
    const got = read([head, row].join('\n'));
    expect(got.some((x) => /=190 |=65 /.test(x))).toBe(false);
  });
});
