import { describe, expect, it } from 'vitest';
import { triage } from '../safety/triage.js';
import { isEmergencyValue, reportTriage } from './lab-findings.js';
import { parseLabReport } from './parse.js';

// Issue 19: a lab report is not a message. Its numbers are results (reference limits are not fevers, "餐后2h" is not a
// glucose of 2), and only dangerous values (K ≥ 6.5, Na < 120, glucose < 2.8, Hb < 60, platelets < 20) make it an emergency.
const NORMAL_ZH = [
  '检验项目 结果 单位 参考范围',
  '葡萄糖(餐后2h) 7.6 mmol/L 3.9-7.8',
  '体温参考 36.0-37.3',
  '钾 4.2 mmol/L 3.5-5.3',
  '钠 139 mmol/L 137-147',
  '血红蛋白 128 g/L 115-150',
].join('\n');
const DANGER_ZH = ['检验项目 结果 单位 参考范围', '钾 6.9 mmol/L 3.5-5.3', '钠 138 mmol/L 137-147', '血红蛋白 121 g/L 115-150'].join('\n');
const DANGER_EN = ['Test Result Unit Reference', 'Sodium 117 mmol/L 135-145', 'Potassium 4.1 mmol/L 3.5-5.1', 'Glucose 2.4 mmol/L 3.9-6.1'].join('\n');

describe('report-aware triage', () => {
  it('does not read reference ranges or time labels as vital signs', () => {
    expect(triage(NORMAL_ZH, { source: 'report' }).level).toBe('routine');
  });

  it('raises dangerous values to emergency with the emergency number, in the report language', () => {
    const zh = parseLabReport(DANGER_ZH);
    expect(zh.results.some(isEmergencyValue)).toBe(true);
    const t = reportTriage(zh, triage(DANGER_ZH, { source: 'report' }), '120');
    expect(t.level).toBe('emergency');
    expect(t.message).toContain('120');
    const en = parseLabReport(DANGER_EN);
    const te = reportTriage(en, triage(DANGER_EN, { source: 'report' }), '911');
    expect(te.level).toBe('emergency');
    expect(te.message).toMatch(/Sodium|Glucose/);
    expect(te.message).toContain('911');
  });

  it('keeps a normal report routine and leaves the text triage alone', () => {
    const r = parseLabReport(NORMAL_ZH);
    expect(r.results.some(isEmergencyValue)).toBe(false);
    expect(reportTriage(r, { level: 'routine', reasons: [], message: '' }, '120').level).toBe('routine');
  });
});

describe('time labels in result names', () => {
  it('reads "葡萄糖(餐后2h) 7.6" and "Glucose 2 h post-meal 7.6" as 7.6, not 2', () => {
    expect(parseLabReport('葡萄糖(餐后2h) 7.6 mmol/L 3.9-7.8').results[0]).toMatchObject({ value: 7.6, flag: 'normal' });
    expect(parseLabReport('Glucose 2 h post-meal 7.6 mmol/L 3.9-7.8').results[0]).toMatchObject({ value: 7.6, flag: 'normal' });
  });
});

describe('a code column before the name (review fix)', () => {
  it('keeps a critical value an emergency when an unknown code stands before a known name', () => {
    const zh = ['项目代号 项目 结果 单位 参考范围', 'QK 钾 6.9 mmol/L 3.5-5.3', 'NA2 钠 139 mmol/L 137-147'].join('\n');
    const rz = parseLabReport(zh);
    expect(rz.results.some(isEmergencyValue)).toBe(true);
    const tz = reportTriage(rz, triage(zh, { source: 'report' }), '120');
    expect(tz.level).toBe('emergency');
    expect(tz.message).toContain('120');
    const en = ['Code Test Result Unit Reference', 'GLUC3 Glucose 2.0 mmol/L 3.9-6.1', 'KQ Potassium 4.0 mmol/L 3.5-5.1'].join('\n');
    const te = reportTriage(parseLabReport(en), triage(en, { source: 'report' }), '911');
    expect(te.level).toBe('emergency');
    expect(te.message).toContain('911');
  });
});
