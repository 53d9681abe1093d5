// Probes for the order of a cumulative table's collection columns (session 24, written before the change): `fix` rows
// must read the current column when only a clock line (or a photo's letter-spaced title) orders it; `near` rows are
// look-alikes whose reading must not move — ascending days, a marked LATEST column, relative hours, starred values,
// "2+" grades, Current/Previous titles, one-date reports. Each names one test and the value the report is current at.
export interface SerialProbe {
  id: string;
  kind: 'fix' | 'near';
  text: string;
  code: string;
  /** The current value, or null where the row is not read at all (a pre-existing miss no earlier column may fill). */
  value: string | null;
  /**
   * Session 34: the stamps do not decide the current column (a tie, a mark against dates in strict order), so the row
   * is withheld — `value` is then the printed values as shown ("4.1 / 5.2 / 6.6"), unflagged and unreadable.
   */
  withheld?: true;
}

const row = (name: string, cells: string[], tail: string) => `${name.padEnd(24)}${cells.map((c) => c.padEnd(12)).join('')}${tail}`;
const table = (heads: string[][], rows: [string, string[], string][]) =>
  [...heads.map((h) => `${''.padEnd(24)}${h.map((c) => c.padEnd(12)).join('')}`), ...rows.map(([n, c, t]) => row(n, c, t))].join('\n');

const K = (cells: string[]): [string, string[], string] => ['Potassium (mmol/L)', cells, '3.5-5.1'];
const NA = (cells: string[]): [string, string[], string] => ['Sodium (mmol/L)', cells, '135-145'];
const CR = (cells: string[]): [string, string[], string] => ['Creatinine (umol/L)', cells, '60-110'];
const HB = (cells: string[]): [string, string[], string] => ['Haemoglobin (g/L)', cells, '130-180'];

export const SERIAL_PROBES: SerialProbe[] = [
  // One day printed twice, its collections ordered by the clock line under it: the newest is on the left.
  {
    id: 'f01',
    kind: 'fix',
    code: 'k',
    value: '6.6',
    text: table(
      [
        ['03/14/25', '03/14/25', '03/13/25', 'Reference'],
        ['09:40 *', '06:35', '23:50'],
      ],
      [K(['6.6', '5.2', '4.1']), NA(['131', '134', '138'])],
    ),
  },
  {
    id: 'f02',
    kind: 'fix',
    code: 'k',
    value: '6.6',
    text: table(
      [
        ['03/14/25', '03/14/25', '03/13/25', 'Reference'],
        ['09:40', '06:35', '23:50'],
      ],
      [K(['6.6', '5.2', '4.1'])],
    ),
  },
  {
    id: 'f03',
    kind: 'fix',
    code: 'na',
    value: '122',
    text: table(
      [
        ['03/14/25', '03/14/25', '03/13/25', 'Reference'],
        ['09:40 +', '06:35', '23:50'],
      ],
      [NA(['122', '128', '133'])],
    ),
  },
  {
    id: 'f04',
    kind: 'fix',
    code: 'k',
    value: '2.6',
    text: table(
      [
        ['14/03/2025', '14/03/2025', '13/03/2025', 'Ref'],
        ['22:10', '08:00', '20:15'],
      ],
      [K(['2.6', '3.1', '3.9'])],
    ),
  },
  {
    id: 'f05',
    kind: 'fix',
    code: 'crea',
    value: '412',
    text: table(
      [
        ['2025-03-14', '2025-03-14', '2025-03-13', 'Range'],
        ['18:00', '07:30', '21:45'],
      ],
      [CR(['412', '350', '188'])],
    ),
  },
  {
    id: 'f06',
    kind: 'fix',
    code: 'hgb',
    value: '61',
    text: table(
      [
        ['14/03/25', '14/03/25', '13/03/25', '13/03/25'],
        ['22:10', '08:00', '20:00', '06:00'],
      ],
      [HB(['61', '78', '92', '104'])],
    ),
  },
  {
    id: 'f07',
    kind: 'fix',
    code: 'k',
    value: '6.9',
    text: table(
      [
        ['03/14/2025', '03/14/2025', '03/12/2025'],
        ['*11:05', '04:20', '10:00'],
      ],
      [K(['6.9', '5.8', '4.4'])],
    ),
  },
  {
    id: 'f08',
    kind: 'fix',
    code: 'na',
    value: '119',
    text: table(
      [
        ['14.03.25', '14.03.25', '13.03.25', 'Ref'],
        ['16:30', '09:15', '17:40'],
      ],
      [NA(['119', '124', '131'])],
    ),
  },
  {
    id: 'f09',
    kind: 'fix',
    code: 'crea',
    value: '530',
    text: table(
      [
        ['2025/03/14', '2025/03/14', '2025/03/13', 'Ref'],
        ['23:05', '12:40', '08:10'],
      ],
      [CR(['530', '470', '260'])],
    ),
  },
  {
    id: 'f10',
    kind: 'fix',
    code: 'hgb',
    value: '58',
    text: table(
      [
        ['03/14/25', '03/14/25', '03/14/25', '03/13/25'],
        ['20:00', '14:00', '08:00', '23:00'],
      ],
      [HB(['58', '66', '74', '90'])],
    ),
  },
  {
    id: 'f11',
    kind: 'fix',
    code: 'k',
    value: '7.1',
    text: table(
      [
        ['14/03', '14/03', '13/03', 'Ref'],
        ['21:00 *', '09:00', '22:00'],
      ],
      [K(['7.1', '6.0', '4.9'])],
    ),
  },
  {
    id: 'f12',
    kind: 'fix',
    code: 'na',
    value: '158',
    text: table(
      [
        ['2025-03-14', '2025-03-14', '2025-03-13', 'Units', 'Ref'],
        ['15:20', '03:10', '22:50'],
      ],
      [['Sodium', ['158', '151', '144', 'mmol/L'], '135-145']],
    ),
  },
  // A photo spaces a Chinese column title apart ("参 考 区间"): the date head is still a head, the latest date current.
  {
    id: 'f13',
    kind: 'fix',
    code: 'alt',
    value: '64',
    text: [
      '项目        单位       参 考 区间    03-01      03-08     03-15     03-22',
      'ALT         U/L        9-50          412        236       118       64',
      'AST         U/L        15-40         388        170       72        38',
    ].join('\n'),
  },
  {
    id: 'f14',
    kind: 'fix',
    code: 'ggt',
    value: '122',
    text: [
      '项目        单 位      参考区间      03-01      03-08     03-15     03-22',
      'GGT         U/L        10-60         210        188       150       122',
    ].join('\n'),
  },
  {
    id: 'f15',
    kind: 'fix',
    code: 'tbil',
    value: '24.8',
    text: [
      '项 目       单位       参 考 范 围    2024-03-01   2024-03-08   2024-03-22',
      'TBIL        μmol/L     0-26           88.5         61.2         24.8',
    ].join('\n'),
  },
  {
    id: 'f16',
    kind: 'fix',
    code: 'k',
    value: '3.9',
    text: ['检 验 项 目      参 考 区 间    03-10     03-12     03-14', '钾(K)            3.5-5.3        2.6       3.1       3.9'].join('\n'),
  },
  {
    id: 'f17',
    kind: 'fix',
    code: 'crea',
    value: '612',
    text: ['项目       单 位     参考区间    05-02    05-09', '肌酐       μmol/L    57-111      388      612'].join('\n'),
  },
  {
    id: 'f18',
    kind: 'fix',
    code: 'k',
    value: '5.9',
    text: table(
      [
        ['12/01/25', '12/01/25', '11/30/25', 'Ref'],
        ['16:45 *', '08:20', '19:30'],
      ],
      [K(['5.9', '5.1', '4.2'])],
    ),
  },
  {
    id: 'f19',
    kind: 'fix',
    code: 'hgb',
    value: '72',
    text: table(
      [
        ['30/11/2025', '30/11/2025', '29/11/2025', 'Ref'],
        ['23:59', '12:00', '00:30'],
      ],
      [HB(['72', '85', '101'])],
    ),
  },
  {
    id: 'f20',
    kind: 'fix',
    code: 'na',
    value: '127',
    text: table(
      [
        ['2025.11.30', '2025.11.30', '2025.11.29', 'Ref'],
        ['17:10', '06:05', '21:00'],
      ],
      [NA(['127', '130', '136'])],
    ),
  },
  {
    id: 'f21',
    kind: 'fix',
    code: 'crea',
    value: '301',
    text: table(
      [
        ['11/30/25', '11/30/25', '11/29/25', 'Ref'],
        ['13:00 *', '01:00', '13:00'],
      ],
      [CR(['301', '255', '180'])],
    ),
  },
  {
    id: 'f22',
    kind: 'fix',
    code: 'k',
    value: '3.0',
    text: table(
      [
        ['01/02/25', '01/02/25', '31/01/25', 'Ref'],
        ['14:00', '02:00', '18:00'],
      ],
      [K(['3.0', '3.4', '4.0'])],
    ),
  },

  // Look-alikes that must read as before.
  { id: 'n01', kind: 'near', code: 'k', value: '6.6', text: table([['03/12/25', '03/13/25', '03/14/25', 'Reference']], [K(['4.1', '5.2', '6.6'])]) },
  {
    id: 'n02',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: table(
      [
        ['03/14/25', '03/14/25', '03/14/25', 'Reference'],
        ['01:10', '06:35', '09:40'],
      ],
      [K(['4.1', '5.2', '6.6'])],
    ),
  },
  {
    id: 'n03',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: table(
      [
        ['03/14/25', '03/14/25', '03/14/25', 'Reference'],
        ['09:40', '06:35', '01:10'],
      ],
      [K(['6.6', '5.2', '4.1'])],
    ),
  },
  {
    id: 'n04',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: table(
      [
        ['03/13/25', '03/14/25', '03/14/25', 'Reference'],
        ['23:50', '06:35', '09:40 *'],
      ],
      [K(['4.1', '5.2', '6.6'])],
    ),
  },
  { id: 'n05', kind: 'near', code: 'k', value: '6.6', text: table([['03/14/25', '03/13/25', '03/12/25', 'Reference']], [K(['6.6', '5.2', '4.1'])]) },
  {
    id: 'n06',
    kind: 'near',
    code: 'k',
    // A LATEST mark under 03/13 while 03/14 is printed: the mark (linked to its column only by place) contradicts the
    // dates — withheld (session 34; before, the mark chose 5.2).
    value: '4.1 / 5.2 / 6.6',
    withheld: true,
    text: table(
      [
        ['03/12/25', '03/13/25', '03/14/25'],
        ['', 'LATEST', ''],
      ],
      [K(['4.1', '5.2', '6.6'])],
    ),
  },
  { id: 'n07', kind: 'near', code: 'k', value: '5.2', text: table([['03/12/25', '03/13/25', '03/14/25', 'Reference']], [K(['4.1', '5.2', '---'])]) },
  {
    id: 'n08',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: table(
      [
        ['0553', '0801'],
        ['(0 h)', '(2 h)'],
      ],
      [K(['4.1', '6.6'])],
    ),
  },
  {
    id: 'n09',
    kind: 'near',
    code: 'k',
    // The current (15/03) value printed with its star before it: read as "6.1*" (review fix s35, s24 C4/C5; until then
    // the row was not read at all — a pre-existing miss; the older 5.0 was never shown and still is not).
    value: '6.1',
    text: table([['14/03/25', '15/03/25', 'Ref']], [K(['5.0', '*6.1'])]),
  },
  {
    id: 'n10',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: ['Test                 Current     Previous    Reference', 'Potassium (mmol/L)   6.6         4.1         3.5-5.1'].join('\n'),
  },
  {
    id: 'n11',
    kind: 'near',
    code: 'k',
    // Two collections on 03/14 with a clock line for only two of three columns: which 03/14 is newer is unknown —
    // withheld (session 34; before, the rightmost, the OLDEST date 03/13, was shown as current: 6.6).
    value: '4.1 / 5.2 / 6.6',
    withheld: true,
    text: table(
      [
        ['03/14/25', '03/14/25', '03/13/25', 'Reference'],
        ['09:40', '06:35'],
      ],
      [K(['4.1', '5.2', '6.6'])],
    ),
  },
  {
    id: 'n12',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: ['Collected: 03/14/25 09:40', 'Potassium        6.6     mmol/L     3.5-5.1', 'Sodium           138     mmol/L     135-145'].join('\n'),
  },
  {
    id: 'n13',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: table(
      [
        ['03/13/25', '03/14/25', 'Reference'],
        ['23:50', '06:35'],
      ],
      [K(['4.1', '6.6'])],
    ),
  },
  {
    id: 'n14',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: table(
      [
        ['13/03/25', '14/03/25', 'Ref'],
        ['23:50', '06:35 *'],
      ],
      [K(['4.1', '6.6'])],
    ),
  },
  {
    id: 'n15',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: table(
      [
        ['2025-03-14', '2025-03-14', 'Ref'],
        ['06:35', '09:40'],
      ],
      [K(['4.1', '6.6'])],
    ),
  },
  { id: 'n16', kind: 'near', code: 'k', value: '6.6', text: table([['03/14/25 09:40', '03/13/25 23:50', 'Reference']], [K(['6.6', '4.1'])]) },
  {
    id: 'n17',
    kind: 'near',
    code: 'alt',
    value: '64',
    text: [
      '项目        单位       参考区间      03-01      03-08     03-15     03-22',
      'ALT         U/L        9-50          412        236       118       64',
    ].join('\n'),
  },
  {
    id: 'n18',
    kind: 'near',
    code: 'k',
    value: '4.8',
    text: ['检验项目    结果    单位      参 考 区 间', '钾(K)       4.8     mmol/L    3.5-5.3', '钠(Na)      139     mmol/L    137-147'].join('\n'),
  },
  { id: 'n19', kind: 'near', code: 'k', value: '4.8', text: ['项 目       结 果     参考区间', '钾          4.8       3.5-5.3'].join('\n') },
  { id: 'n20', kind: 'near', code: 'k', value: '4.8', text: ['Date 03/14/25     Time 09:40 *', 'Potassium        4.8     mmol/L     3.5-5.1'].join('\n') },
  { id: 'n21', kind: 'near', code: 'u-pro', value: '2+', text: table([['14/03/25', '15/03/25', 'Ref']], [['Urine protein', ['1+', '2+'], 'Negative']]) },
  {
    id: 'n22',
    kind: 'near',
    code: 'k',
    // Two collections at the same date and time: no column is newer — withheld (session 34; before, the rightmost).
    value: '5.5 / 4.8',
    withheld: true,
    text: table(
      [
        ['03/14/25', '03/14/25', 'Reference'],
        ['09:40', '09:40'],
      ],
      [K(['5.5', '4.8'])],
    ),
  },
  {
    id: 'n23',
    kind: 'near',
    code: 'hgb',
    value: '92',
    text: table(
      [
        ['13/03/25', '13/03/25', '14/03/25', '14/03/25'],
        ['06:00', '20:00', '08:00', '22:10'],
      ],
      [HB(['104', '92', '78', '92'])],
    ),
  },
  {
    id: 'n24',
    kind: 'near',
    code: 'k',
    value: '5.2',
    text: ['                 01/03     02/03      Ref', 'Potassium        4.1       5.2        3.5-5.1', '  09:40 + 06:35 note: haemolysed'].join('\n'),
  },
  // Collection and report times on one line (a star beside one) are no cumulative head: the table under them reads as before.
  {
    id: 'n25',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: [
      'Collected 03/14/25 09:40 *    Reported 03/14/25 11:02',
      'Potassium          6.6     mmol/L     3.5-5.1',
      'Sodium             138     mmol/L     135-145',
    ].join('\n'),
  },
  {
    id: 'n26',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: [
      'Collected: 03/14/25 09:40 *   Received: 03/14/25 10:15 *',
      'Test            Result   Units    Ref',
      'Potassium       6.6      mmol/L   3.5-5.1',
    ].join('\n'),
  },
  {
    id: 'n27',
    kind: 'near',
    code: 'k',
    value: '6.6',
    text: ['采样时间  2024-03-14 09:40 *   报告时间  2024-03-14 11:02', '项目      结果    单位      参考区间', '钾        6.6     mmol/L    3.5-5.3'].join(
      '\n',
    ),
  },
  { id: 'n28', kind: 'near', code: 'k', value: '4.8', text: ['Time        09:40 *     06:35', 'Potassium   4.8   mmol/L   3.5-5.1'].join('\n') },
];
