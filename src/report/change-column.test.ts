import { describe, expect, it } from 'vitest';
import { isChangeColumn } from './column-roles.js';
import { setChangeHeaderAbove, splitTokens, valueIndex } from './line-tokens.js';
import { parseLabReport } from './parse.js';

// Session 38: a change / delta column (变化, 较前, Change, Δ%) is never today's value. Texts of our own.
const shown = (text: string) => Object.fromEntries(parseLabReport(text).results.map((r) => [r.code ?? r.name, r.valueText]));

describe('a change column is no value (column-roles.ts isChangeColumn, line-tokens.ts afterChangeCell)', () => {
  it('names a change column by its whole header only', () => {
    for (const h of ['变化', '較前', '变化率(%)', '增减', '差值', 'Change', '% Change', 'Delta', 'Δ%', 'Diff']) expect(isChangeColumn(h)).toBe(true);
    for (const h of ['结果', 'Result', 'Previous', '项目', 'Delta check comment', '变化趋势说明', 'Units']) expect(isChangeColumn(h)).toBe(false);
  });

  it('reads the value column of a table whose change column stands before it', () => {
    expect(
      shown(
        [
          'Test          Previous   Change    Current   Units     Reference',
          'Creatinine    118        +27       145       umol/L    60-110',
          'Potassium     4.2        +1.9      6.1       mmol/L    3.5-5.1',
        ].join('\n'),
      ),
    ).toMatchObject({ crea: '145', k: '6.1' });
    expect(
      shown(
        [
          '项目          较前       结果      单位      参考范围',
          '血红蛋白      ↓12%       98        g/L       115-150',
          '钾            ↑25%       6.2       mmol/L    3.5-5.3',
        ].join('\n'),
      ),
    ).toMatchObject({ hgb: '98', k: '6.2' });
  });

  it('under a change header the table reader did not trust, takes the plain number after a minus-signed change cell as the value', () => {
    const was = setChangeHeaderAbove(true);
    try {
      expect(valueIndex(splitTokens('-6   128   mmol/L   135-145'))).toBe(1);
      expect(valueIndex(splitTokens('-3 %   128   mmol/L'))).toBe(2);
    } finally {
      setChangeHeaderAbove(was);
    }
    // Review fix s38: never without such a header (a negative result followed by its previous one).
    expect(valueIndex(splitTokens('-6   128   mmol/L   135-145'))).toBe(0);
    expect(shown('Test Change Result Units Range\nSodium -6 128 mmol/L 135-145\nUrea +2.1 14.2 mmol/L 2.5-7.8').na).toBe('128');
  });

  it('keeps a result that is negative itself (base excess) and a change printed after the value', () => {
    const was = setChangeHeaderAbove(true);
    try {
      // A negative bound or another negative number in the row: negatives are the test's own.
      expect(valueIndex(splitTokens('-6.2   1.0   mmol/L   -3.0-3.0'))).toBe(0);
      expect(valueIndex(splitTokens('-6   -4   mmol/L'))).toBe(0);
      // Followed by a unit, or by a run of numbers: no change-then-value.
      expect(valueIndex(splitTokens('-6.2   mmol/L'))).toBe(0);
      expect(valueIndex(splitTokens('-6   128   130'))).toBe(0);
    } finally {
      setChangeHeaderAbove(was);
    }
    expect(shown('Base Excess   -6.2      mmol/L    -3.0-3.0')['Base Excess']).toBe('-6.2');
    expect(
      shown(
        [
          'Test          Result    Change    Units     Range',
          'Potassium     6.4       +0.8      mmol/L    3.5-5.1',
          'Sodium        128       -4        mmol/L    135-145',
        ].join('\n'),
      ),
    ).toMatchObject({ k: '6.4', na: '128' });
  });

  it("without a change header, a negative result followed by a plain number keeps today's negative value (review s38 RP13/RP30/RP32/RP37)", () => {
    const be = (text: string) => parseLabReport(text).results.find((r) => /base excess|BE/i.test(r.name));
    for (const [text, value] of [
      ['ABG\nBase excess  -8.4   1.2   mmol/L\npH           7.28   7.41\nHCO3         17     24    mmol/L', '-8.4'],
      ['血气分析（今日 / 上次）\n碱剩余 BE -6.5 0.3 mmol/L\n乳酸 Lac 4.8 1.2 mmol/L\n酸碱度 pH 7.29 7.40', '-6.5'],
      ['Blood gas (today, 6h ago)\nBE(ecf)   -14   3   mmol/L\nHCO3      11    25  mmol/L\npH        7.09  7.38', '-14'],
      ['Base excess  -9.1  1.4  mmol/L  L\nLactate  5.2  1.1  mmol/L  H', '-9.1'],
    ] as const) {
      const r = be(text);
      expect(r?.valueText, text).toBe(value);
      expect(r?.name, text).not.toMatch(/\d/);
    }
  });

  it('a test whose own result may be negative keeps its minus-signed value even under a change header (review fix s38)', () => {
    const rows = parseLabReport('Test Result Change Units\nSodium 128 -6 mmol/L\nBase excess -8.4 1.2 mmol/L').results;
    expect(rows.find((r) => /base excess/i.test(r.name))?.valueText).toBe('-8.4');
  });
});
