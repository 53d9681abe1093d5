import { describe, expect, it } from 'vitest';
import { triage } from '../safety/triage.js';
import { formatFindings, reportTriage } from './lab-findings.js';
import { parseLabReport } from './parse.js';

// The session-18 review's report findings (/work/coord/reviews-s18/evidence-reports.md M4, S6, S8), with the
// reviewer's own texts and two variants of each shape.
const one = (text: string, name: RegExp) => {
  const report = parseLabReport(text);
  const r = report.results.find((x) => name.test(x.name));
  return { report, r };
};

describe('review s18 M4: an H/L printed after another number is that number’s flag', () => {
  it('the reviewer’s misread header: the current value is flagged against its range, not by the prior column', () => {
    const text = [
      'Component     Resuit     Flag   Result    Reference Range / Units',
      'Potassium     4.0               6.9 H     3.5-5.1 mmol/L',
      'Sodium        139               118 L     135-145 mmol/L',
    ].join('\n');
    const report = parseLabReport(text);
    const k = report.results.find((r) => r.code === 'k');
    const na = report.results.find((r) => r.code === 'na');
    expect(k?.valueText).toBe('4.0');
    expect(k?.flag).toBe('normal');
    expect(na?.valueText).toBe('139');
    expect(na?.flag).toBe('normal');
  });
  it('variant: inline previous result with its flag', () => {
    const { r } = one('Potassium 4.0  6.9 H  3.5-5.1 mmol/L', /Potassium/);
    expect(r?.valueText).toBe('4.0');
    expect(r?.flag).toBe('normal');
    const g = one('Glucose    212    118 L    70-99 mg/dL', /Glucose/).r;
    expect(g?.valueText).toBe('212');
    expect(g?.flag).toBe('high');
  });
  it('variant: the value’s own flag, and a flag after the range’s upper limit, are kept', () => {
    expect(one('Potassium 5.8 H  4.0  3.5 - 5.1 mmol/L', /Potassium/).r?.flag).toBe('high');
    expect(one('Sodium 128 L 140 135-145', /Sodium/).r?.flag).toBe('low');
    expect(one('Potassium 5.8 mmol/L 3.5 - 5.1 H', /Potassium/).r?.flag).toBe('high');
  });
});

describe('review s18 S6/S8: a space inside an inline number is read with doubt, never as its first piece', () => {
  it('the reviewer’s Hemoglobin 1 2.4 g/dL: 12.4 please check, no call-911 banner', () => {
    const text = 'Hemoglobin 1 2.4 g/dL (13.5-17.5)\n';
    const report = parseLabReport(text);
    const hb = report.results.find((r) => r.code === 'hgb' || /Hemoglobin/.test(r.name));
    expect(hb?.valueText).toBe('12.4');
    expect(hb?.read).toEqual({ status: 'check', printed: '1 2.4' });
    expect(formatFindings(report)).toContain('printed "1 2.4"; please check');
    expect(reportTriage(report, triage(text, { source: 'report' }), '911').level).not.toBe('emergency');
  });
  it('the reviewer’s t08: WBC 4 5 not read as 4, Potassium 5 .8 read as 5.8 high, please check', () => {
    const report = parseLabReport('WBC 4 5 x10^9/L (4.0-10.0)\nHemoglobin 13.8 g/dL (12.0-15.5)\nPotassium 5 .8 mmol/L (3.5-5.1)\n');
    const k = report.results.find((r) => r.code === 'k');
    expect(k?.valueText).toBe('5.8');
    expect(k?.flag).toBe('high');
    expect(k?.read?.status).toBe('check');
    const wbc = report.results.find((r) => r.code === 'wbc');
    expect(wbc?.valueText).not.toBe('4');
    expect(wbc?.read?.status).toBe('unreadable');
    expect(formatFindings(report)).not.toMatch(/within its reference range/);
  });
  it('variant: after a colon, and in Chinese', () => {
    const k = one('Potassium: 6 .9 mmol/L', /Potassium/).r;
    expect(k?.valueText).toBe('6.9');
    expect(k?.flag).toBe('critical-high');
    expect(k?.read?.status).toBe('check');
    const zk = one('血钾 5 .8 mmol/L 3.5-5.3', /血钾/).r;
    expect(zk?.valueText).toBe('5.8');
    expect(zk?.read?.status).toBe('check');
  });
  it('variant: a cut that joins into a critical count is withheld with a please-check entry', () => {
    const report = parseLabReport('Platelets 1 6 K/uL (150-400)\n');
    const plt = report.results.find((r) => r.code === 'plt');
    expect(plt?.valueText).not.toBe('1');
    expect(plt?.read?.status).toBe('unreadable');
    expect(report.skipped.some((s) => s.check?.code === 'plt')).toBe(true);
    // A clean value stays unmarked.
    expect(one('Hemoglobin 12.4 g/dL (13.5-17.5)', /Hemoglobin/).r?.read).toBeUndefined();
  });
});
