import { describe, expect, it } from 'vitest';
import { triage } from '../safety/triage.js';
import { isEmergencyValue, reportTriage } from './lab-findings.js';
import { parseLabReport } from './parse.js';

// Review s19 R4 (/work/coord/reviews-s19/deid-reports.md): a value printed WITHOUT a unit that no single unit explains
// was "cannot judge" even when every unit it could be in reads it critical ("血红蛋白 58": 58 g/L or 580 g/L). The
// reviewer's texts, variants, and look-alikes that must stay calm.
const read = (text: string) => {
  const report = parseLabReport(text);
  const zh = report.lang === 'zh';
  const level = reportTriage(report, triage(text, { locale: zh ? 'zh-CN' : 'en-US', source: 'report' }), zh ? '120' : '911').level;
  return { report, level };
};
const row = (text: string, code: string) => read(text).report.results.find((r) => r.code === code);

describe('review s19 R4: a unit-less value critical in every plausible unit is critical', () => {
  it.each([
    ['血红蛋白 58\n血小板 210\n白细胞 7.1', 'hgb', 'critical-low'],
    ['Hb 55\nWBC 6.0', 'hgb', 'critical-low'],
    [
      '                Previous        Current\nDate            01/12/2026      04/12/2026\nHaemoglobin     120             55\nSodium          138             137',
      'hgb',
      'critical-low',
    ],
    ['HGB 45\nPLT 180', 'hgb', 'critical-low'],
  ])('%j → %s %s and call-now (emergency)', (text, code, flag) => {
    const { report, level } = read(text);
    const r = report.results.find((x) => x.code === code);
    expect(r?.flag).toBe(flag);
    expect(r && isEmergencyValue(r)).toBe(true);
    expect(level).toBe('emergency');
  });
  it('the assumed unit is said, with "please check", in the range shown', () => {
    const r = row('Hb 55\nWBC 6.0', 'hgb');
    expect(r?.range?.text).toMatch(/g\/L.*please check/);
    expect(r?.unit).toBeUndefined();
  });
  it('glucose 35 / 25 (critical in mmol/L AND in mg/dL) is critical and call-now', () => {
    for (const text of ['葡萄糖 35', 'Glucose 25']) {
      const r = row(text, 'glu');
      expect(r?.flag, text).toMatch(/^critical/);
      expect(read(text).level, text).toBe('emergency');
    }
  });
  it('a unit-less value NOT critical under some plausible unit stays as before (no alarm invented)', () => {
    // Glucose 20: 20 mmol/L is not critical (1.1 mmol/L as mg/dL would be) — cannot judge, no alarm.
    expect(row('Glucose 20', 'glu')?.flag).toBe('unknown');
    expect(read('Glucose 20').level).not.toBe('emergency');
    // A Chinese report prints SI units: 葡萄糖 60 is read as 60 mmol/L, the unit said assumed (units.ts reportUnitSystem, s20).
    expect(row('葡萄糖 60', 'glu')).toMatchObject({ flag: 'critical-high', unit: 'mmol/L' });
    // One plausible unit only: unchanged readings.
    expect(row('Hb 125\nWBC 6.0', 'hgb')?.flag).toBe('normal');
    expect(row('Hb 12.5\nWBC 6.0', 'hgb')?.flag).toBe('normal');
    expect(row('血红蛋白 95\n血小板 210', 'hgb')?.flag).toBe('low');
    expect(read('Hb 125\nWBC 6.0').level).toBe('routine');
    expect(row('Glucose 5.4', 'glu')?.flag).toBe('normal');
    expect(row('Glucose 95', 'glu')?.flag).toBe('normal');
  });
  it('a printed unit is never replaced by an assumed one', () => {
    expect(row('Hb 55 g/dL', 'hgb')?.flag).not.toBe('critical-low');
    expect(row('Glucose 35 mg/dL', 'glu')?.flag).toBe('critical-low');
    expect(row('Glucose 35 mmol/L', 'glu')?.flag).toBe('critical-high');
  });
  it('a CSF glucose without a unit meets no blood reading', () => {
    expect(row('CSF glucose 35', 'glu')?.flag).not.toMatch(/^critical-high/);
  });
});

describe('review s19 R2/R5: a bare pH is urine only on a urinalysis', () => {
  it('under a fluid heading it is the fluid pH (no blood limit, no urine pH)', () => {
    for (const text of ['胸水常规\npH 7.0\n葡萄糖 1.0', 'PLEURAL FLUID ANALYSIS\npH 7.1\nLDH 1500', 'Specimen: CSF\npH 7.2\nGlucose 1.1 mmol/L']) {
      const { report, level } = read(text);
      const ph = report.results.find((r) => /^pH$/i.test(r.name));
      expect(ph?.code, text).toBe('ph');
      expect(ph?.specimen, text).toMatch(/fluid|csf/);
      expect(ph?.flag, text).not.toMatch(/^critical/);
      expect(level, text).not.toBe('emergency');
    }
  });
  it('among blood-only rows with no urinalysis word it is the blood pH (critical when low)', () => {
    for (const text of ['pH  7.1\nK 4.0', 'Sodium 140\npH 7.05', '钾 4.1\n钠 139\npH 7.1']) {
      const ph = row(text, 'ph');
      expect(ph?.flag, text).toBe('critical-low');
      expect(read(text).level, text).toBe('emergency');
    }
  });
  it('a urinalysis keeps its urine pH (look-alikes stay calm)', () => {
    expect(row('尿常规\npH 7.0\n比重 1.020\n钾 4.1', 'u-ph')?.flag).toBe('normal');
    expect(row('pH 7.0\nSG 1.020\nNitrite neg', 'u-ph')?.flag).toBe('normal');
    expect(read('Urinalysis\npH 7.1\nProtein negative').level).not.toBe('emergency');
    expect(row('pH 7.0', 'u-ph')?.flag).toBe('normal');
  });
});
