import { describe, expect, it } from 'vitest';
import { isChangeColumn } from './column-roles.js';
import { splitTokens, valueIndex } from './line-tokens.js';
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

  it('takes the plain number after a minus-signed change cell as the value when no header says so', () => {
    expect(valueIndex(splitTokens('-6   128   mmol/L   135-145'))).toBe(1);
    expect(valueIndex(splitTokens('-3 %   128   mmol/L'))).toBe(2);
    expect(shown('Sodium        -6        128       mmol/L    135-145').na).toBe('128');
  });

  it('keeps a result that is negative itself (base excess) and a change printed after the value', () => {
    // A negative bound or another negative number in the row: negatives are the test's own.
    expect(valueIndex(splitTokens('-6.2   1.0   mmol/L   -3.0-3.0'))).toBe(0);
    expect(valueIndex(splitTokens('-6   -4   mmol/L'))).toBe(0);
    // Followed by a unit, or by a run of numbers: no change-then-value.
    expect(valueIndex(splitTokens('-6.2   mmol/L'))).toBe(0);
    expect(valueIndex(splitTokens('-6   128   130'))).toBe(0);
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
});
