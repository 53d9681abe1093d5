// Session 23 probes (reports #15), written before the change: an abnormal mark glued BEFORE the value ("*112",
// "*118 LL") marks the value cell, it does not hide it (report-texts-23: rt23-06 read the range "<200" as the
// cholesterol, rt23-16 lost the critical sodium of its cumulative table); "≧60" / "≦5" are ≥ / ≤ ranges.
// Near misses: a footnote star and number before another number ("*1  5.6") keep their reading.
import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';

const values = (text: string) => parseLabReport(text).results.map((r) => [r.code ?? r.name, r.valueText, r.flag]);

describe('a mark glued before the value', () => {
  it.each<[string, string[][]]>([
    ['  總膽固醇 T-Cholesterol          *212       mg/dL          <200', [['tc', '212', 'high']]],
    ['  三酸甘油脂 Triglyceride         *189       mg/dL          <150', [['tg', '189', 'high']]],
    ['  麩丙酮酸轉胺酶 GPT(ALT)         *58        U/L            <41', [['alt', '58', 'high']]],
    ['  醣化血色素 HbA1c                *5.9       %              4.0-5.6', [['hba1c', '5.9', 'high']]],
    ['  尿酸 Uric Acid                  *7.9       mg/dL          3.4-7.0', [['ua', '7.9', 'high']]],
    ['Sodium   *118 LL   mmol/L   (135-145)', [['na', '118', 'critical-low']]],
    ['Potassium      *6.8     mmol/L     3.5-5.1', [['k', '6.8', 'critical-high']]],
    ['血红蛋白    *85    g/L    130-175', [['hgb', '85', 'low']]],
    ['Glucose  **2.1  mmol/L  3.9-6.1', [['glu', '2.1', 'critical-low']]],
    ['  低密度脂蛋白膽固醇 LDL-C        *132       mg/dL          <130', [['ldl', '132', 'high']]],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});

describe('≧ and ≦ are ≥ and ≤', () => {
  it.each<[string, string[][]]>([
    ['  腎絲球過濾率 eGFR                88        mL/min/1.73m2  ≧60', [['egfr', '88', 'normal']]],
    ['  腎絲球過濾率 eGFR                52        mL/min/1.73m2  ≧60', [['egfr', '52', 'low']]],
    ['C反應蛋白 CRP    12.5    mg/L    ≦5', [['crp', '12.5', 'high']]],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});

describe('near misses keep their reading', () => {
  it.each<[string, string[][]]>([
    ['Glucose *1     5.6    mmol/L    3.9-6.1', [['glu', '5.6', 'normal']]],
    ['*** Potassium 6.9 Critical High', [['k', '6.9', 'critical-high']]],
    ['Hemoglobin    13.5    g/dL    13.0-17.0    *', [['hgb', '13.5', 'normal']]],
    ['* Results outside the reference range are marked with an asterisk, e.g. *112', []],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});
