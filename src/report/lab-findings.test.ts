import { describe, expect, it } from 'vitest';
import type { Triage } from '../safety/types.js';
import type { SearchHit } from '../core/types.js';
import { analyteNames, analyteQueries, formatFindings, orderFindings, reportQueries, reportQuestion, reportTriage } from './lab-findings.js';
import { ANALYTE_CONDITIONS, analyteByCode, conditionTerms } from '../knowledge/reference-ranges.js';
import { analyteHeading } from '../knowledge/starter/reference-docs.js';
import { reportHitFilter } from './report-hit-filter.js';
import type { LabReport, LabResult } from './types.js';

const result = (name: string, value: number, flag: LabResult['flag'], extra: Partial<LabResult> = {}): LabResult => ({
  name,
  value,
  valueText: String(value),
  flag,
  line: 1,
  ...extra,
});

const zhReport: LabReport = {
  lang: 'zh',
  skipped: [{ line: 9, text: '备注：空腹', reason: 'no numeric value' }],
  results: [
    result('白细胞', 6.1, 'normal', {
      code: 'wbc',
      nameEn: 'White blood cells',
      unit: '10^9/L',
      range: { low: 3.5, high: 9.5, text: '3.5-9.5', origin: 'report' },
    }),
    result('血红蛋白', 85, 'low', {
      code: 'hemoglobin',
      nameZh: '血红蛋白',
      nameEn: 'Hemoglobin',
      unit: 'g/L',
      range: { low: 115, high: 150, text: '115-150', origin: 'report' },
    }),
    result('钾', 6.9, 'critical-high', {
      code: 'k',
      nameZh: '钾',
      nameEn: 'Potassium',
      unit: 'mmol/L',
      range: { low: 3.5, high: 5.3, text: '3.5-5.3', origin: 'report' },
    }),
    result('尿酸', 480, 'high', { code: 'uric-acid', nameEn: 'Uric acid', unit: 'μmol/L', range: { high: 420, text: '<420', origin: 'bundled' } }),
  ],
};

const ROUTINE: Triage = { level: 'routine', reasons: [], message: '' };

describe('lab findings', () => {
  it('orders critical, then high/low, then normal, stably', () => {
    expect(orderFindings(zhReport.results).map((r) => r.name)).toEqual(['钾', '血红蛋白', '尿酸', '白细胞']);
  });

  it('formats the flags deterministically in the report language, noting bundled ranges and skipped lines', () => {
    const text = formatFindings(zhReport);
    expect(text.split('\n').slice(0, 5)).toEqual([
      '化验结果（按报告参考范围逐项判定，非模型生成）：共 4 项，异常 3 项。',
      '- 钾 (Potassium): 6.9 mmol/L — ↑↑ 危急值（过高）；参考范围 3.5-5.3',
      '- 血红蛋白 (Hemoglobin): 85 g/L — ↓ 偏低；参考范围 115-150',
      '- 尿酸 (Uric acid): 480 μmol/L — ↑ 偏高；参考范围 <420（通用参考值，非本报告所印）',
      '- 白细胞 (White blood cells): 6.1 10^9/L — 正常；参考范围 3.5-9.5',
    ]);
    expect(text).toContain('第 9 行（no numeric value）');
  });

  it('builds bilingual retrieval queries from the abnormal analytes only', () => {
    expect(reportQueries(zhReport)).toEqual([
      '钾偏高 升高 原因',
      'Potassium high elevated causes',
      // The table's code for potassium ('k') carries its condition terms.
      '高钾血症 原因 症状',
      'hyperkalemia high potassium causes symptoms',
      '血红蛋白偏低 降低 原因',
      'Hemoglobin low decreased causes',
      '尿酸偏高 升高 原因',
      'Uric acid high elevated causes',
    ]);
    expect(reportQuestion(zhReport)).toBe('化验单中这些指标异常：钾偏高、血红蛋白偏低、尿酸偏高。可能是什么原因，需要注意什么？');
  });

  it('raises triage for a critical value (K ≥ 6.5 is an emergency, issue 19) and keeps an emergency from the text', () => {
    const t = reportTriage(zhReport, ROUTINE, '120');
    expect(t.level).toBe('emergency');
    expect(t.reasons).toEqual(['critical-lab:k']);
    expect(t.message).toMatch(/危急值：钾 \(Potassium\).*120/);
    const milder = { ...zhReport, results: zhReport.results.map((r) => (r.code === 'k' ? { ...r, value: 6.2, valueText: '6.2' } : r)) };
    expect(reportTriage(milder, ROUTINE, '120').level).toBe('urgent');
    const emergency: Triage = { level: 'emergency', reasons: ['chest-pain'], message: 'call 120' };
    expect(reportTriage(zhReport, emergency, '120').level).toBe('emergency');
    const calm = { ...zhReport, results: zhReport.results.filter((r) => r.flag !== 'critical-high') };
    expect(reportTriage(calm, ROUTINE, '120')).toEqual(ROUTINE);
  });
});

describe('condition terms (hemoglobin low → anemia)', () => {
  const report: LabReport = {
    lang: 'zh',
    skipped: [],
    results: [
      result('血红蛋白', 85, 'low', { code: 'hgb', nameZh: '血红蛋白', nameEn: 'Hemoglobin' }),
      result('钾', 5.9, 'high', { code: 'k', nameZh: '钾', nameEn: 'Potassium' }),
      result('钠', 140, 'normal', { code: 'na', nameZh: '钠', nameEn: 'Sodium' }),
    ],
  };

  it('every listed analyte exists in the reference table, each direction in both languages', () => {
    for (const [code, dirs] of Object.entries(ANALYTE_CONDITIONS)) {
      expect(analyteByCode(code), code).toBeDefined();
      for (const terms of Object.values(dirs)) expect(terms.zh.length && terms.en.length, code).toBeTruthy();
    }
    expect(conditionTerms('hgb', 'low', 'en')).toContain('anemia');
    expect(conditionTerms('tsh', 'high', 'zh')).toContain('甲状腺功能减退');
    expect(conditionTerms('alt', 'high', 'zh')).toContain('肝损伤');
    expect(conditionTerms('nope', 'high', 'zh')).toEqual([]);
  });

  it('retrieves and judges relevance by the conditions of the direction, not the other one', () => {
    const q = reportQueries(report);
    expect(q).toContain('贫血 原因 症状');
    expect(q).toContain('hyperkalemia high potassium causes symptoms');
    expect(q.join(' ')).not.toMatch(/低钾血症|polycythemia/);
    expect(analyteQueries(report)).toEqual(['血红蛋白 Hemoglobin', '钾 Potassium', '贫血 anemia anaemia', '高钾血症 hyperkalemia high potassium']);
    expect(analyteNames(report)).toEqual(expect.arrayContaining(['贫血', 'anemia']));
  });

  it('drops other analytes’ reference sections and opposite-direction conditions', () => {
    const keep = reportHitFilter(report);
    const hit = (docId: string, title: string, section: string): SearchHit => ({
      id: `${docId}#x`,
      docId,
      title,
      section,
      source: docId.startsWith('quarkmed') ? 'quarkmed-starter' : 'kg',
      authority: 'C',
      lang: 'zh',
      score: 1,
      text: '',
    });
    expect(keep(hit('quarkmed-starter:reference:cbc:zh', '血常规', analyteHeading(analyteByCode('hgb')!, 'zh')))).toBe(true);
    expect(keep(hit('quarkmed-starter:reference:glucose:zh', '血糖', '糖化血红蛋白（Hemoglobin A1c）'))).toBe(false);
    expect(keep(hit('quarkmed-starter:reference:cbc:en', 'CBC', 'Mean corpuscular hemoglobin (平均红细胞血红蛋白含量)'))).toBe(false);
    expect(keep(hit('disease-kg-zh:高钾血症', '高钾血症', '概述'))).toBe(true);
    expect(keep(hit('disease-kg-zh:低钾血症', '低钾血症', '概述'))).toBe(false);
    expect(keep(hit('disease-kg-zh:缺铁性贫血', '缺铁性贫血', '概述'))).toBe(true);
  });
});
