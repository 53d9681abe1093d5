// Review s33 (reports #15) S1 classes: a range cell holding the normal range plus a critical / toxic / panic / positive
// cut-off, values outside every listed range, adult sex labels, and the fail-closed closing line. Report texts are our
// own variants of the reviewer's layouts (values and names changed).
import { describe, expect, it } from 'vitest';
import { unjudgedResults } from './lab-findings.js';
import { parseLabReport } from './parse.js';
import { rangeListFlag, readRangeList } from './range-list.js';

const flags = (text: string) => parseLabReport(text).results.map((r) => [r.code ?? r.name, r.valueText, r.flag]);

describe('normal range plus bound-only limits: flagged against the normal range', () => {
  it('Chinese 危急值 pieces on either side', () => {
    const text =
      '检验项目      结果     单位     参考值\n钾            6.0      mmol/L   3.5-5.3；危急值 >6.5\n钠            130      mmol/L   137-147；危急值 <120\n';
    expect(flags(text)).toEqual([
      ['k', '6.0', 'high'],
      ['na', '130', 'low'],
    ]);
    const both =
      '项目        结果     单位      参考区间\n钾          3.2      mmol/L    3.5-5.3；危急值 <2.8；>6.2\n肌酐        298      μmol/L    57-111；危急值 >707\n';
    expect(flags(both)).toEqual([
      ['k', '3.2', 'low'],
      ['crea', '298', 'high'],
    ]);
  });

  it('Panic and Toxic pieces in English; a therapeutic value stays normal', () => {
    expect(flags('Test    Result   Units   Reference\nALT     92       U/L     7-40 | Panic >1000\nAST     30       U/L     10-40\n')).toEqual([
      ['alt', '92', 'high'],
      ['ast', '30', 'normal'],
    ]);
    expect(flags('Test       Result   Units    Reference\nLithium    1.7      mmol/L   Therapeutic 0.6-1.2; Toxic >1.5\n')[0][2]).toBe('high');
    expect(flags('Test        Result   Units    Reference\nValproate   128      mg/L     Therapeutic 50-100; Toxic >100\n')[0][2]).toBe('high');
    const ok = readRangeList('Therapeutic 0.8-2.0; Toxic >2.4');
    expect(ok && rangeListFlag({ value: 1.1, op: undefined }, ok)).toBe('normal');
  });

  it('a qualitative cut-off printed from both sides is one cut-off (line reader, as before the list reader)', () => {
    expect(readRangeList('Non-reactive <1.0; Reactive >=1.0')).toBeUndefined();
    expect(readRangeList('阴性 <1.0；阳性 ≥1.0')).toBeUndefined();
    expect(
      flags(
        'Test            Result   Units    Reference\nAnti-TPO        388      IU/mL    Negative <34; Positive >=34\nTSH             2.3      mIU/L    0.27-4.2\n',
      )[0][2],
    ).toBe('high');
  });
});

describe('values outside every listed range', () => {
  it('INR above both the normal and the target range is high', () => {
    expect(flags('Test     Result  Units    Reference\nINR      4.9             Normal 0.8-1.2; Warfarin target 2.0-3.0\n')[0][2]).toBe('high');
  });
});

describe('adult sex labels are sex labels', () => {
  it('成年男性/成年女性 is left to the sex-range reader, which uses the report sex', () => {
    expect(readRangeList('成年男性 130-175；成年女性 115-150')).toBeUndefined();
    expect(flags('性别：男\n项目        结果    单位     参考区间\n血红蛋白    122     g/L      成年男性 130-175；成年女性 115-150\n')[0][2]).toBe('low');
  });
});

describe('fail-closed: an unflagged number beside a printed range is never judged normal', () => {
  it('a tier scale the value sits inside is unjudged, not "within range"', () => {
    const report = parseLabReport(
      'Test    Result   Units    Reference\neGFR    41       mL/min   Normal >90; Mild 60-89; Moderate 30-59; Severe 15-29; Failure <15\n',
    );
    const judged = report.results.filter((r) => r.flag !== 'unknown');
    const unjudged = unjudgedResults(report);
    expect(judged.length + unjudged.length).toBe(report.results.length);
  });
  it('a labelled list whose alternatives disagree is unjudged', () => {
    const report = parseLabReport('性别：男\n项目        结果    单位     参考区间\n血红蛋白    119     g/L      男性 130-175；女性 115-150；儿童 110-140\n');
    for (const r of report.results.filter((x) => x.flag === 'unknown')) expect(unjudgedResults(report)).toContain(r);
  });
});
