import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';
import { cleanLine, fieldLine, isRatioName, keyValueCells, nameSupport } from './rows.js';

const rows = (text: string) => parseLabReport(text).results.map((r) => [r.code ?? r.name, r.valueText, r.flag]);

describe('row model: cleaning lines into cells', () => {
  it('drops chat headers, unwraps bracketed names and bracketed range labels, cuts at column rules', () => {
    expect(cleanLine('[2025-01-03 08:15] 李雷：【尿酸】512 μmol/L ↑ [参考值 150-420]').trim()).toMatch(/^尿酸\s+512 μmol\/L ↑\s+150-420$/);
    expect(rows('钠  141  mmol/L  137-147   │ 钾  3.1  mmol/L  3.5-5.3')).toEqual([
      ['na', '141', 'normal'],
      ['k', '3.1', 'low'],
    ]);
    // A rule between the cells of one row is a cell break, not a second table.
    expect(rows('C反应蛋白 | 46.2 | H | mg/L | 0-10')).toEqual([['crp', '46.2', 'high']]);
  });

  it('recognises field lines whatever the label word', () => {
    expect(fieldLine('  测定值  7.9 ↑')).toEqual({ kind: 'value', text: '7.9 ↑' });
    expect(fieldLine('Measured: 0.8 mg/dL')).toEqual({ kind: 'value', text: '0.8 mg/dL' });
    expect(fieldLine('  Reference interval  0.6 - 1.2')).toEqual({ kind: 'range', text: '0.6 - 1.2' });
    expect(fieldLine('正常值：3.5-5.3 mmol/L')?.kind).toBe('range');
    expect(fieldLine('采集时间 2025-01-03')).toBeUndefined();
  });
});

describe('row model: vertical records in any labelling', () => {
  it('joins name / labelled value / labelled range, in Chinese and English', () => {
    expect(rows('血清钾\n  测定值  6.9  ↑\n  正常值  3.5-5.3 mmol/L\n\n钙\n  测定值 2.01 ↓\n  正常值 2.11-2.52 mmol/L')).toEqual([
      ['k', '6.9', 'critical-high'],
      ['ca', '2.01', 'low'],
    ]);
    expect(
      rows('Albumin\n   Measured   3.1 g/dL   L\n   Reference interval   3.5 - 5.2 g/dL\nALT\n   Measured   19 U/L\n   Reference interval   7 - 56 U/L'),
    ).toEqual([
      ['alb', '3.1', 'low'],
      ['alt', '19', 'normal'],
    ]);
  });

  it('never joins a column header or a numbered row as a vertical record', () => {
    expect(rows('序号 项目    结果  提示 单位    参考区间\n1  钙    1.62    LL  mmol/L    2.11-2.52\n2  镁    0.85    mmol/L    0.75-1.02')).toEqual([
      ['ca', '1.62', 'critical-low'],
      ['mg', '0.85', 'normal'],
    ]);
    expect(rows('Test   Result   Flag   Units\n1  Sodium  131  L  mmol/L  136-145')).toEqual([['na', '131', 'low']]);
  });

  it('keeps an unknown test name in a vertical record and never turns the label into a result', () => {
    const r = parseLabReport('同型半胱氨酸\n 检测值 18.2 ↑\n 参考值 5-15 μmol/L').results;
    expect(r.map((x) => [x.name, x.valueText, x.flag])).toEqual([['同型半胱氨酸', '18.2', 'high']]);
  });
});

describe('row model: support — nothing invented', () => {
  it('rejects prose, notices, dates and IDs; keeps ratios of known names', () => {
    expect(nameSupport('If you have', false, true)).toBe(false);
    expect(nameSupport('CRITICAL POTASSIUM', true, true)).toBe(false);
    expect(nameSupport('报告时间 2025-01-03', false, true)).toBe(false);
    expect(nameSupport('Homocysteine', false, true)).toBe(true);
    // report-texts-6 (in-sample): a field line quoting a measurement is no test name.
    expect(nameSupport('患者体温 37.0℃ 吸氧方式 鼻导管', false, true)).toBe(false);
    expect(nameSupport('25-OH Vitamin D', false, true)).toBe(true);
    expect(nameSupport('Homocysteine', false, false)).toBe(false);
    expect(isRatioName('AST/ALT')).toBe(true);
    expect(isRatioName('尿素/肌酐比值')).toBe(true);
    expect(isRatioName('Page 1/2')).toBe(false);
    const text = 'Sodium  128  mmol/L  136-145  L\nCRITICAL SODIUM 128 called to RN at 09:12\nYou have 3 new messages\nAST/ALT  1.8\nPage 1/2';
    expect(rows(text)).toEqual([
      ['na', '128', 'low'],
      ['AST/ALT', '1.8', 'unknown'],
    ]);
  });

  it('reads a remark with a number as a remark even when it names a test', () => {
    expect(rows('钾  5.2  mmol/L  3.5-5.3\n危急值：钾 6.8 已通知医生')).toEqual([['k', '5.2', 'normal']]);
  });
});

describe('descriptive urinalysis values and microscopy counts', () => {
  it('reads colours, clarity and amounts, and judges them against the printed words', () => {
    expect(rows('尿色  浅黄色  淡黄色/黄色\n透明度  微浑  清晰')).toEqual([
      ['尿色', '浅黄色', 'unknown'],
      ['透明度', '微浑', 'unknown'],
    ]);
    expect(rows('Appearance  Clear  Clear\nProtein  Trace  Negative/Trace\nBacteria  Moderate  None Seen')).toEqual([
      ['Appearance', 'Clear', 'normal'],
      ['Protein', 'Trace', 'normal'],
      ['Bacteria', 'Moderate', 'high'],
    ]);
  });

  it('reads a count printed as a span and flags it by its bounds', () => {
    expect(rows('白细胞(镜检)  12-15  /HP  0-5\n红细胞(镜检)  0-1  /HP  0-3')).toEqual([
      ['u-leu', '12-15', 'high'],
      ['rbc', '0-1', 'normal'],
    ]);
  });
});

describe('critical values from assay-relative limits', () => {
  it('calls a troponin ≥5× its printed upper limit critical, a mild rise only high', () => {
    expect(rows('hs-cTnI  412  ng/L  0-19.8')[0][2]).toBe('critical-high');
    expect(rows('hs-cTnI  31  ng/L  0-19.8')[0][2]).toBe('high');
    expect(rows('凝血酶原时间(PT)  41.0  秒  11.0-14.5')[0][2]).toBe('critical-high');
  });
});

describe('row model: structured exports (in-sample after report-texts-3 first sight)', () => {
  it('reads key=value records by their keys and empties records that hold no result', () => {
    expect(keyValueCells('项目=尿酸(UA)|结果=502|单位=μmol/L|参考区间=208-428|提示=H')).toBe('尿酸(UA)   502   H   μmol/L   208-428');
    expect(keyValueCells('姓名=某某|性别=女|年龄=40岁')).toBe('');
    expect(keyValueCells('钾=4.1 mmol/L')).toBeUndefined();
    expect(keyValueCells('    6.4   H   IU/L   <=1.75')).toBeUndefined();
    const text = 'PATIENT=DOE J | SEX=F | AGE=40\nITEM=Sodium | RESULT=129 | UNIT=mmol/L | REF=135-145 | FLAG=L\nREMARKS=ranges for adults 18+';
    expect(rows(text)).toEqual([['na', '129', 'low']]);
  });

  it('reads semicolon-delimited exports and chat lines with a time only', () => {
    expect(rows('项目;结果;单位;参考范围;提示\n血清铁(Fe);5.1;μmol/L;7.8-32.2;↓')).toEqual([['fe', '5.1', 'low']]);
    expect(rows('[08:02] Dr Lee (night reg): K+ 6.9 mmol/L [H] (3.5-5.1)')).toEqual([['k', '6.9', 'critical-high']]);
  });

  it('reads "A + B" titles as titles, a lone "+" cell as a positive result', () => {
    expect(rows('LIVER PANEL + GGT\nALT  40  U/L  7-56')).toEqual([['alt', '40', 'normal']]);
    expect(rows('隐血 BLD     +          阴性')).toEqual([['u-bld', '+', 'high']]);
  });

  it('reads a Latin name glued to its decimal value, never splitting a code that holds digits', () => {
    expect(rows('Urea9.4  H  mmol/L  2.5-7.8\nCA125  28.4  U/mL  0-35')).toEqual([
      ['urea', '9.4', 'high'],
      ['ca125', '28.4', 'normal'],
    ]);
  });

  it('tells an unknown bracketed code after a partly matching English name from the matching test', () => {
    expect(parseLabReport('TSH Receptor Antibody (TRAb)  6.4  H  IU/L  <=1.75').results[0].code).toBeUndefined();
    expect(parseLabReport('Free T4 (FT4)  1.2  ng/dL  0.8-1.8').results[0].code).toBe('ft4');
  });
});

describe('row model: names and values (session 9)', () => {
  it('joins a name wrapped over lines above its value line; the wrapped words qualify a name the first line spells', () => {
    const text = [
      'Serum albumin level',
      '38 g/L (35.0 - 50.0)',
      'Plasma glucose level - fasting sample, World Health',
      'Organization criteria',
      '7.4 mmol/L (3.0 - 6.0)',
      'Thyroid stimulating',
      'hormone',
      '6.2 mU/L (0.27 - 4.2)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['alb', '38', 'normal'],
      ['glu', '7.4', 'high'],
      ['tsh', '6.2', 'high'],
    ]);
    // A name alone on its line is a title, whatever words it holds; on one line with its value it may be prose.
    expect(rows('GFR estimated by the CKD-EPI equation\n48 mL/min/1.73m2 (>60)')).toEqual([['egfr', '48', 'low']]);
    expect(nameSupport('GFR estimated by the CKD-EPI equation', true, true)).toBe(false);
    expect(nameSupport('GFR estimated by the CKD-EPI equation', true, true, true)).toBe(true);
  });

  it('reads a specimen word before a name that holds a value-like word ("reactive")', () => {
    expect(rows('Serum C reactive protein level\n12 mg/L (0.0 - 5.0)')).toEqual([['crp', '12', 'high']]);
  });

  it('reads British spellings, and a "Non-" name as another test', () => {
    expect(rows('Haemoglobin A1c  61  mmol/mol  20-41\nLeucocytes  6.1  10^9/L  4.0-10.0')).toEqual([
      ['hba1c', '61', 'high'],
      ['wbc', '6.1', 'normal'],
    ]);
    expect(parseLabReport('Non-HDL Cholesterol  4.9  mmol/L  <3.4').results.map((x) => [x.code, x.flag])).toEqual([[undefined, 'high']]);
  });

  it('keeps unknown names with comma qualifiers, and reads grouped thousands on both sides of a rule', () => {
    expect(rows('Cortisol, morning  412  nmol/L  133-537')).toEqual([['Cortisol, morning', '412', 'normal']]);
    expect(rows('Reticulocytes, absolute, blood  61  10^9/L  25-100')).toEqual([['Reticulocytes, absolute, blood', '61', 'normal']]);
    expect(rows('Abs Lymph  2,130  /uL  1,000-4,800  |  Abs Mono  712  /uL  200-950').map((r) => r[0])).toEqual(['lymph-abs', 'mono-abs']);
  });
});

describe('row model: cell names (session 9)', () => {
  it('reads a cell count under the cell’s own name, singular or bare Chinese, and absolute counts by prefix', () => {
    expect(rows('Neutrophil  9.3  x10^9/L  2.0-6.9\nPlatelet  318  x10^9/L  154-371\n中性粒细胞  62.1  %  40-75')).toEqual([
      ['neut-abs', '9.3', 'high'],
      ['plt', '318', 'normal'],
      ['neut-pct', '62.1', 'normal'],
    ]);
    expect(parseLabReport('Abs Mono  0.9  x10^9/L  0.2-0.8\nAbsolute Lymphocytes  1.1  x10^9/L  1.0-3.2').results.map((r) => r.code)).toEqual([
      'mono-abs',
      'lymph-abs',
    ]);
  });
});

describe('session 14 (in-sample after report-texts-16)', () => {
  it('a bracketed name-field label is no part of the test name, also when OCR splits it', () => {
    const card = (label: string) =>
      parseLabReport(`【${label}】钙\n【结果】2.08\n【单位】mmol/L\n【参考区间】2.11-2.52`).results.map((r) => [r.name, r.code, r.flag]);
    expect(card('检测项目')).toEqual([['钙', 'ca', 'low']]);
    expect(card(' 检测项 目 ')).toEqual([['钙', 'ca', 'low']]);
    // Any other bracketed word before a value stays the name ("【钾】4.3").
    expect(parseLabReport('【钾】4.3 mmol/L 3.5-5.3').results.map((r) => [r.name, r.code])).toEqual([['钾', 'k']]);
  });
});

describe('a value line under a name line (session 33)', () => {
  it('keeps a range labelled by any range-column word and a critical mark as cells of the value line', () => {
    const text = [
      'Lithium 鋰濃度',
      '    2.4 mmol/L        治療範圍 0.6-1.2        **危急值**',
      'Phenytoin 苯妥英濃度',
      '    8 μg/mL           治療範圍 10-20          L',
    ].join('\n');
    expect(fieldLine('    2.4 mmol/L        治療範圍 0.6-1.2        **危急值**')?.kind).toBe('value');
    expect(rows(text).map(([code, value]) => [code, value])).toEqual([
      ['lithium', '2.4'],
      ['phenytoin', '8'],
    ]);
    // Chinese words that label no field keep the line from being a value line (a remark quoting a value).
    expect(fieldLine('3.1 ng/mL 患者服药后采血')).toBeUndefined();
  });
});
