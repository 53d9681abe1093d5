import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';

// Review s34 (reports #15): the six pasted-text rows the serial-by-structure change (7b6571dd, reverted) read wrong
// although the reader before it read them right — a current value that never reaches the reader (a lone value cell per
// row; a flag printed before the value, "↑ 6.9"; a "N/A" placeholder) must not let an older value stand as current or
// a critical value go unshown. `has` must be in the result list, `not` must not.
const ROWS: { id: string; text: string; has: string[]; not: string[] }[] = [
  {
    id: 's26-fix t07',
    text: 'Test            Unit    Ref range           03/09/25             03/16/25 (current)\nHIV Ag/Ab               Nonreactive     Nonreactive          Reactive',
    has: ['HIV Ag/Ab=Reactive high'],
    not: ['HIV Ag/Ab=Nonreactive normal'],
  },
  {
    id: 's26-fix t14',
    text: 'Test            Unit    Ref range           03/09/25             03/16/25 (current)\nINR                     0.8-1.2 therapeutic 2.6               6.2 H',
    has: ['inr=6.2 critical-high'],
    not: ['inr=2.6 high'],
  },
  {
    id: 's24 C6',
    text: '                        03/13/25    03/14/25\nPotassium (mmol/L)      5.0         **7.1       3.5-5.1',
    has: [],
    not: ['k=5.0 normal'],
  },
  {
    id: 's30 n20',
    text: '检验项目            单位        参考范围        04-01       04-08       04-15(本次)\n钠               mmol/L    137-147     131 ↓                   ↓ 117\n钾               mmol/L    3.5-5.3     4.0         4.4         4.1',
    has: ['na=117 critical-low'],
    not: ['na=131 low'],
  },
  {
    id: 's30 p12',
    text: '检验项目            单位        参考范围        04-01       04-08       04-15(本次)\n钾               mmol/L    3.5-5.3     4.1                     ↑ 6.9\n钠               mmol/L    137-147     139         140         138',
    has: ['k=6.9 critical-high'],
    not: ['k=4.1 high', 'k=4.1 normal'],
  },
  {
    id: 's30 n22',
    text: 'Test            Units     Ref. range    02/04/2025    09/04/2025    16/04/2025\nGlucose         mmol/L    3.9-6.1       5.0           N/A           2.1 L\nSodium          mmol/L    135-145       136           134 L         137',
    has: ['glu=2.1 critical-low'],
    not: ['glu=5.0 normal', 'glu=5.0 unknown'],
  },
];

describe('review s34 serial inputs read right before 7b6571dd (parseLabReport, pasted text)', () => {
  for (const r of ROWS)
    it(`${r.id}: ${r.has.join(', ') || 'no older value as current'}`, () => {
      const got = parseLabReport(r.text).results.map((x) => `${x.code ?? x.name}=${x.valueText} ${x.flag}`);
      for (const h of r.has) expect(got).toContain(h);
      for (const n of r.not) expect(got).not.toContain(n);
    });
});

// Review s44 (reports #15): on a PDF text layer a blank under the current column is no current value — rt40-23's LDL-C
// of 16/04 must not be shown as the 13/08 result. Pasted text keeps START's fallback (a lead decision of s30).
describe('a blank current cell on the PDF path', () => {
  const text = [
    'Test (Unit)                 Ref. Range     22/08/2023   19/12/2023   16/04/2024   13/08/2024',
    'Creatinine (umol/L)         49 - 90        66           71           74           79',
    'LDL-C (mmol/L)              <2.6           3.2 H                     2.4',
    'Triglyceride (mmol/L)       <1.7           2.1 H                     1.6',
    'Potassium (mmol/L)          3.5 - 5.1      4.2          4.6          4.9          5.4 H',
    'Blank = not tested on that date.',
  ].join('\n');
  const values = (blankCurrentIsNone: boolean) => parseLabReport(text, { blankCurrentIsNone }).results.map((r) => `${r.name.split(' ')[0]}=${r.value}`);
  it('shows no earlier value as current, and keeps the filled rows', () => {
    const pdf = values(true);
    expect(pdf.some((v) => v.startsWith('LDL-C=') || v.startsWith('Triglyceride='))).toBe(false);
    expect(pdf).toContain('Potassium=5.4');
    expect(pdf).toContain('Creatinine=79');
    expect(values(false)).toContain('LDL-C=2.4');
  });
});
