import { describe, expect, it } from 'vitest';
import { findFlagContradictions } from './flag-contradictions.js';
import type { LabReport } from './types.js';

const report: LabReport = {
  lang: 'en',
  skipped: [],
  results: [
    { name: 'Creatinine', code: 'crea', nameEn: 'Creatinine', nameZh: '肌酐', value: 2.4, valueText: '2.4', flag: 'high', line: 1 },
    { name: 'Potassium', code: 'k', nameEn: 'Potassium', nameZh: '钾', value: 3.0, valueText: '3.0', flag: 'low', line: 2 },
    { name: 'Sodium', code: 'na', nameEn: 'Sodium', nameZh: '钠', value: 140, valueText: '140', flag: 'normal', line: 3 },
  ],
};

describe('findFlagContradictions', () => {
  it('catches "normal" claims and opposite directions for flagged analytes', () => {
    const found = findFlagContradictions(
      'Your creatinine is fine [1]. High potassium can cause arrhythmia [2]. Sodium is normal [3]. Low potassium can cause weakness [2].',
      report,
    );
    expect(found.map((f) => [f.analyte, f.sentence])).toEqual([
      ['Creatinine (肌酐)', 'Your creatinine is fine [1].'],
      ['Potassium (钾)', 'High potassium can cause arrhythmia [2].'],
    ]);
  });

  it('accepts explanations that agree, including negated normal claims and Chinese', () => {
    expect(findFlagContradictions('Creatinine is not normal here; it is elevated [1]. 血钾偏低可能与腹泻有关[2]。', report)).toEqual([]);
    expect(findFlagContradictions('肌酐在参考范围内，无需担心。', report).map((f) => f.analyte)).toEqual(['Creatinine (肌酐)']);
  });
});
