// Session 23 probes (reports #15), written before the change: a cumulative table whose head (dates, times, lab
// numbers) is set apart from its rows by a blank line reads the LATEST column (report-texts-22 rt22-16 read every row
// from the oldest one: sodium 137 "normal" where the current 118 is critical). Near misses: a date line over prose.
import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';

const values = (text: string) => parseLabReport(text).results.map((r) => [r.code ?? r.name, r.valueText]);

const head = [
  'Date                02/11/23  18/01/24  07/03/24  14/03/24',
  'Time                   09:10     10:25     08:50     13:40',
  'Lab No              23-76254  24-10923  24-76533  24-88341   Units          Ref Range',
];

describe('the latest column of a cumulative table set apart by a blank line', () => {
  it.each<[string, string[][]]>([
    [
      [
        ...head,
        '',
        'Sodium                   137      133L      126L      118L   mmol/L         (135-145)',
        'Potassium                4.2       4.0       3.6      3.3L   mmol/L         (3.5-5.2)',
      ].join('\n'),
      [
        ['na', '118'],
        ['k', '3.3'],
      ],
    ],
    [[...head, '', '', 'Glucose                  5.4       6.1       5.8       6.3   mmol/L         (3.0-7.7)'].join('\n'), [['glu', '6.3']]],
    [
      [
        ...head,
        '',
        'Osmolality                                            251L   mOsm/kg        (275-295)',
        'TSH                                                    2.1   mIU/L          (0.40-4.00)',
      ].join('\n'),
      [
        ['osm', '251'],
        ['tsh', '2.1'],
      ],
    ],
    [
      ['Date          14/03/24  07/03/24  18/01/24   Units    Ref Range', '', 'Creatinine        66        71        74     umol/L   (45-90)'].join('\n'),
      [['crea', '66']],
    ],
    [
      [
        '日期            2024-03-01  2024-03-08  2024-03-15   单位      参考范围',
        '',
        '钾                4.1         3.6         2.9        mmol/L    3.5-5.3',
        '钠                138         135         131        mmol/L    137-147',
      ].join('\n'),
      [
        ['k', '2.9'],
        ['na', '131'],
      ],
    ],
    [
      [
        'Collected     01/05/24   02/05/24   03/05/24   Units   Range',
        '',
        'Haemoglobin      118        96         74      g/L     115-165',
        'Platelets        210        150        88      x10^9/L 150-400',
      ].join('\n'),
      [
        ['hgb', '74'],
        ['plt', '88'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});

describe('near misses', () => {
  it('a table without a blank line reads as before', () => {
    const text = [...head, 'Sodium                   137      133L      126L      118L   mmol/L         (135-145)'].join('\n');
    expect(values(text)).toEqual([['na', '118']]);
  });
  it('a date line over prose and a plain row keeps the row', () => {
    const text = ['Reported   02/11/23   14/03/24', '', 'Please note the change of reference range.', 'Sodium  140  mmol/L  135-145'].join('\n');
    expect(values(text)).toEqual([['na', '140']]);
  });
});
