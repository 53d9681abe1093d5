// Session 25 probes (reports #15), written before the change: a titre "1:N" is one value, read only in its frame — a
// titre range on the row or a word result right before it (report-texts-19…25: Widal, ANA, TRUST, MP-Ab rows were
// shown as "1" or lost their titre). Near misses: clocks, dilutions, quoted cut-offs and ordinary values keep their
// reading. The full probe set is bench/report-s25-titre-probes.jsonl (bench/report-titre-probe.ts).
import { describe, expect, it } from 'vitest';
import { markTitres, parseRangeToken } from './line-tokens.js';
import { parseLabReport } from './parse.js';
import { maskClockTimes } from './row-shape.js';

const rows = (text: string, photo = false) =>
  parseLabReport(text, photo ? { unitsMayBeMisread: true } : {}).results.map((r) => [r.name, r.valueText, r.range?.text ?? '', r.flag]);

describe('a titre in its frame is one value', () => {
  it.each<[string, string[]]>([
    ["Salmonella Typhi 'O'      1:160           <1:80", ["Salmonella Typhi 'O'", '1:160', '<1:80', 'high']],
    ["Salmonella Typhi 'H'      1:40            <1:160", ["Salmonella Typhi 'H'", '1:40', '<1:160', 'normal']],
    ["   S. Typhi 'O'           1:80            < 1:80", ["S. Typhi 'O'", '1:80', '<1:80', 'high']],
    ['肺炎支原体抗体滴度(MP-Ab)      1:160       ↑      <1:40', ['肺炎支原体抗体滴度(MP-Ab)', '1:160', '<1:40', 'high']],
    ['冷凝集试验            1:16         <1:32', ['冷凝集试验', '1:16', '<1:32', 'normal']],
  ])('%s', (text, want) => {
    expect(rows(text)).toEqual([want]);
    expect(rows(text, true)).toEqual([want]);
  });

  it.each<[string, string, string]>([
    ['ANA (IFA)     Positive 1:640     Negative', 'ANA (IFA)', 'Positive 1:640'],
    ['甲苯胺红不加热血清试验(TRUST)   阳性 1:8      阴性', '甲苯胺红不加热血清试验(TRUST)', '阳性 1:8'],
    ['抗核抗体(ANA)                 阳性(1:1000)    阴性(<1:100)', '抗核抗体(ANA)', '阳性 (1:1000)'],
    ['RPR (quantitative)     Reactive 1:32     Non Reactive', 'RPR (quantitative)', 'Reactive 1:32'],
  ])('a word result keeps its titre: %s', (text, name, value) => {
    const r = parseLabReport(text).results;
    expect(r.map((x) => [x.name, x.valueText])).toEqual([[name, value]]);
    expect(r[0].flag).toBe('high');
  });

  // A word is not judged against a number (as before): the row is read, not flagged.
  it('a negative word with a titre range stays negative, unflagged', () => {
    expect(rows('ANA   Negative   <1:80')).toEqual([['ANA', 'Negative', '<1:80', 'unknown']]);
  });

  it('a titre limit compares the dilution size', () => {
    expect(parseRangeToken('<1\uA78980')).toMatchObject({ high: 80, highExclusive: true, text: '<1:80' });
  });
});

describe('a "1:N" outside a titre frame is left as it was', () => {
  it.each<string>([
    'Collected 1:40 PM    Reported 3:15 PM',
    'Sample diluted 1:10 before analysis.',
    'Note 1: Titres of 1:160 and above are significant.',
    'Page 1:2',
    'Reported at 1:15 by phone to Dr A.',
    'Potassium   4.4   mmol/L   3.5-5.1   1:40 PM',
    'Ratio 1:1 mixing study performed',
    'HBsAg   Positive   1:40 PM   Negative',
    '抗体   阳性   1:40时采样',
    '单次滴度≥1:160或双份血清滴度4倍以上升高有诊断意义',
  ])('%s', (text) => {
    expect(markTitres(text)).toBe(text);
  });

  it.each<[string, string[][]]>([
    ['Collected 1:40 PM    Reported 3:15 PM\nPotassium   4.2   mmol/L   3.5-5.1', [['Potassium', '4.2', '3.5-5.1', 'normal']]],
    ['Dilution: 1:2\nHCG   12500   IU/L   <5', [['HCG', '12500', '<5', 'high']]],
    ["Note 1: Titres of 1:160 and above are significant.\nS. Typhi 'O'   1:40   < 1:80", [["S. Typhi 'O'", '1:40', '<1:80', 'normal']]],
    ['Widal test: single-sample titres (e.g. 1:80) are not diagnostic.', []],
    ['TSH   1.60   mIU/L   0.27-4.20', [['TSH', '1.60', '0.27-4.20', 'normal']]],
    ['Creatinine   1.6   mg/dL   0.6-1.2   (1:1 diluted)', [['Creatinine', '1.6', '0.6-1.2', 'high']]],
  ])('rows: %s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

// Review s25 (R1–R5): a titre printed with its comparator is the result when it stands first; one clock reader
// (line-tokens.ts readsAsClock) for maskClockTimes and markTitres; a significance cut-off is no lower limit; a grade,
// a negative word, a measured row or a dilution remark frames no titre.
describe('review s25: a comparator titre, a clock, a cut-off', () => {
  it.each<[string, string[][]]>([
    ['Anti-D titre              >1:64                       <1:16', [['Anti-D titre', '>1:64', '<1:16', 'high']]],
    ['抗D效价                   >1:64                     <1:16', [['抗D效价', '>1:64', '<1:16', 'high']]],
    ['ANA                       >=1:2560                    <1:40', [['ANA', '>=1:2560', '<1:40', 'high']]],
    ['冷凝集素  ≥1:1024  <1:32', [['冷凝集素', '≥1:1024', '<1:32', 'high']]],
    ['ANA                       <1:80                       <1:80', [['ANA', '<1:80', '<1:80', 'normal']]],
    ['抗核抗体  <1:100  <1:100', [['抗核抗体', '<1:100', '<1:100', 'normal']]],
    [
      'Salmonella Typhi O  1:160  <1:80\nSalmonella Typhi H  <1:20  <1:80\nPotassium 6.9 mmol/L 3.5-5.1',
      [
        ['Salmonella Typhi O', '1:160', '<1:80', 'high'],
        ['Salmonella Typhi H', '<1:20', '<1:80', 'normal'],
        ['Potassium', '6.9', '3.5-5.1', 'critical-high'],
      ],
    ],
    ['Salmonella Typhi O        1:80                        >=1:160 significant', [['Salmonella Typhi O', '1:80', '>=1:160', 'normal']]],
    ["S. Typhi 'H'   1:320   ≥1:160", [["S. Typhi 'H'", '1:320', '≥1:160', 'high']]],
    ['RPR     Reactive 1:1     Non-reactive', [['RPR', 'Reactive 1:1', 'Non-reactive', 'high']]],
    ['HBsAg   Positive 1:40 H   Negative', [['HBsAg', 'Positive 1:40', 'Negative', 'high']]],
  ])('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
    expect(rows(text, true)).toEqual(want);
  });

  it.each<[string, string, string]>([
    ['SARS-CoV-2 Ag             Negative     1:15 h', 'Negative', 'unknown'],
    ['RSV Ag   Negative   1:45 hrs', 'Negative', 'unknown'],
    ['乙型肝炎表面抗原  陽性  1:30 時', '陽性', 'high'],
    ['Strep A antigen  Detected  1:05', 'Detected', 'unknown'],
    ['HBsAg  Negative  1:40', 'Negative', 'normal'],
    ['Occult blood  Trace  1:20', 'Trace', 'high'],
    ['尿潜血  微量  1:2', '微量', 'high'],
    ['Troponin T  Positive  1:20  <0.01 ng/mL', 'Positive', 'unknown'],
    ['尿蛋白  阳性  1:10 稀释后复查', '阳性', 'high'],
  ])('no titre: %s', (text, value, flag) => {
    const r = parseLabReport(text).results;
    expect(r.map((x) => [x.valueText, x.flag])).toEqual([[value, flag]]);
  });

  it('one clock reader: an hour of 1 is a clock only when it shows itself', () => {
    expect(maskClockTimes('Negative 1:15 h')).toBe('Negative 1∶15 h');
    expect(maskClockTimes('陽性 1:30 時')).toBe('陽性 1∶30 時');
    expect(maskClockTimes('Detected 1:05')).toBe('Detected 1∶05');
    expect(maskClockTimes('Positive 1:40 H')).toBe('Positive 1:40 H');
    expect(maskClockTimes('ANA 1:40 <1:80')).toBe('ANA 1:40 <1:80');
    expect(markTitres('Positive 1:50 hrs')).toBe('Positive 1:50 hrs');
  });

  it('the titre mark never shows in a name', () => {
    for (const text of ['ANA  <1:80  titer  Negative', 'Anti-dsDNA  <1:10  Negative', 'ANA  <1:80  <1:80'])
      expect(parseLabReport(text).results.every((r) => !r.name.includes('\uA789'))).toBe(true);
  });
});
