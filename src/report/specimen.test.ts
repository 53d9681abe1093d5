import { describe, expect, it } from 'vitest';
import { triage } from '../safety/triage.js';
import { reportTriage } from './lab-findings.js';
import { parseLabReport } from './parse.js';
import { bloodPh, namesBlood, reportSpecimens, rowSpecimen } from './specimen.js';

describe('specimen of a row', () => {
  it('reads urine, CSF and body fluids from the name; 尿素 and 尿酸 are blood tests, 尿酸碱度 urine pH', () => {
    expect(rowSpecimen('Urine sodium')).toBe('urine');
    expect(rowSpecimen('尿钾')).toBe('urine');
    expect(rowSpecimen('尿酸碱度')).toBe('urine');
    expect(rowSpecimen('尿素氮')).toBe('blood');
    expect(rowSpecimen('尿酸')).toBe('blood');
    expect(rowSpecimen('CSF Glucose')).toBe('csf');
    expect(rowSpecimen('脑脊液葡萄糖')).toBe('csf');
    expect(rowSpecimen('Pleural fluid pH')).toBe('fluid');
    expect(rowSpecimen('腹水葡萄糖')).toBe('fluid');
    expect(rowSpecimen('Potassium')).toBe('blood');
    expect(namesBlood('血糖')).toBe(true);
    expect(namesBlood('尿隐血')).toBe(false);
  });

  it('calls a pH the blood’s only with blood-gas evidence', () => {
    const none = reportSpecimens('pH 7.0');
    expect(bloodPh('pH', '7.0', 7.0, none)).toBe(false);
    expect(bloodPh('pH', '7.08', 7.08, none)).toBe(true);
    expect(bloodPh('Venous pH', '7.1', 7.1, none)).toBe(true);
    expect(bloodPh('pH', '6.0', 6.0, reportSpecimens('pCO2 40'))).toBe(false);
    expect(bloodPh('pH', '7.1', 7.1, reportSpecimens('pH 7.1\nLactate 6.2'))).toBe(true);
    expect(bloodPh('pH', '7.10', 7.1, reportSpecimens('pH 7.10\nSG 1.020'))).toBe(false);
  });

  it('review s18 S9: a dipstick pH 6.0 is no critical blood pH; a blood potassium after a urinalysis block stays critical', () => {
    const s9 = 'pH 6.0        SG 1.020\nProtein 2+    Glucose NEGATIVE\nNitrite POSITIVE     Leukocyte esterase 3+';
    const r = parseLabReport(s9);
    expect(r.results.some((x) => x.flag.startsWith('critical'))).toBe(false);
    expect(reportTriage(r, triage(s9, { source: 'report' }), '911').level).not.toBe('emergency');
    const mixed = 'URINALYSIS\nSpecific Gravity 1.015\npH 6.5\n\nPotassium 7.1 mmol/L 3.5-5.1\n血糖 1.6 mmol/L 3.9-6.1';
    const m = parseLabReport(mixed);
    expect(m.results.filter((x) => x.flag.startsWith('critical')).map((x) => x.code)).toEqual(['k', 'glu']);
    expect(reportTriage(m, triage(mixed, { source: 'report' }), '911').level).toBe('emergency');
  });

  it('keeps blood limits and the call-now tier off a CSF or urine row', () => {
    const csf = 'CSF Glucose   45 mg/dL   40-70\nUrine sodium 12 mmol/L';
    const r = parseLabReport(csf);
    expect(r.results.map((x) => [x.specimen, x.flag])).toEqual([
      ['csf', 'normal'],
      ['urine', 'unknown'],
    ]);
    expect(reportTriage(r, triage(csf, { source: 'report' }), '911').level).toBe('routine');
  });
});
