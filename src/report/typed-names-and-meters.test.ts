// Typed text (review s19 R3/R4b/R6/R7 and the unit-less glucose): misspelt names read against the table only when the row
// is the analyte's (name-repair.ts), a glucose meter's HI/LO (meter-reading.ts), spelled-out high-sensitivity troponins,
// continental names, ammonia call-now, and a value without a unit read in the report's own unit system (units.ts).
import { describe, expect, it } from 'vitest';
import { isEmergencyValue } from './lab-findings.js';
import { parseLabReport } from './parse.js';

const one = (text: string, code: string) => parseLabReport(text).results.find((r) => r.code === code);

describe('a misspelt test name', () => {
  it('is the analyte when unit, range and value are its own, shown "please check"', () => {
    const k = one('Potasium 7.2 mmol/L (3.5-5.1)', 'k');
    expect(k).toMatchObject({ flag: 'critical-high', read: { status: 'check' } });
    expect(k && isEmergencyValue(k)).toBe(true);
    expect(one('Haemaglobin 5.0 g/dL  (13.0-17.0)', 'hgb')?.flag).toBe('critical-low');
    expect(one('Platlets 11 x10^9/L  150-400', 'plt')?.flag).toBe('critical-low');
    expect(one('血红蛋自 52 g/L 130-175', 'hgb')?.flag).toBe('critical-low');
    expect(one('Kalium 7.1 mmol/L', 'k')?.flag).toBe('critical-high');
    expect(one('Natrium 114 mmol/L', 'na')?.flag).toBe('critical-low');
  });

  it('is never a test of the table that the row is not', () => {
    for (const [text, code] of [
      ['Haptoglobin 0.1 g/L (0.3-2.0)', 'hgb'],
      ['Urate 0.35 mmol/L 0.2-0.42', 'urea'],
      ['Prealbumin 0.12 g/L 0.2-0.4', 'alb'],
      ['Urine Potassium 12 mmol/L', 'k'],
      ['肌红蛋白 600 ng/mL 0-70', 'hgb'],
      ['Glucagon 80 pg/mL 50-150', 'glu'],
      ['Calcitonin 5 pg/mL <10', 'ca'],
    ])
      expect(one(text, code), text).toBeUndefined();
  });
});

describe('other names and tiers', () => {
  it('reads spelled-out high-sensitivity troponins', () => {
    const i = one('High sensitivity Troponin I  8500 ng/L  <26', 'ctni');
    expect(i?.flag).toBe('critical-high');
    expect(i && isEmergencyValue(i)).toBe(true);
    expect(one('High-Sensitivity Cardiac Troponin T  250 ng/L  (0-14)', 'ctnt')?.flag).toBe('critical-high');
    expect(one('Highly sensitive troponin T 9 ng/L (<14)', 'ctnt')?.flag).toBe('normal');
  });

  it('calls now for a critical ammonia, not for a raised one', () => {
    const high = one('Ammonia 250 umol/L (11-32)', 'nh3');
    expect(high && isEmergencyValue(high)).toBe(true);
    const raised = one('Ammonia 45 umol/L (11-32)', 'nh3');
    expect(raised?.flag).toBe('high');
    expect(raised && isEmergencyValue(raised)).toBe(false);
  });
});

describe("a glucose meter's HI and LO", () => {
  it('are the bounds of the meter, critical and call-now, in the unit printed', () => {
    for (const [text, flag, valueText] of [
      ['POCT Glucose  HI  mmol/L', 'critical-high', '>33.3'],
      ['血糖仪读数：LO', 'critical-low', '<1.1'],
      ['Capillary glucose   LO   mmol/L  (4.0-7.0)', 'critical-low', '<1.1'],
      ['Glucose meter reading: Hi', 'critical-high', '>33.3'],
      ['Glucose HI mg/dL', 'critical-high', '>600'],
    ]) {
      const g = one(text, 'glu');
      expect(g, text).toMatchObject({ flag, valueText, read: { status: 'check', printed: expect.stringMatching(/^(HI|Hi|LO|Lo)$/) } });
      expect(g && isEmergencyValue(g), text).toBe(true);
    }
  });

  it('leave a value with a flag word, a greeting and another test alone', () => {
    expect(one('Glucose Low 2.1 mmol/L', 'glu')?.valueText).toBe('2.1');
    expect(one('Hi Dr Lee, my glucose 5.4 mmol/L', 'glu')?.valueText ?? '5.4').toBe('5.4');
    expect(parseLabReport('Estimated Average Glucose HI').results).toEqual([]);
  });
});

describe('a glucose printed without a unit', () => {
  it('is read in the unit system of the report', () => {
    expect(one('血糖 25\n尿素 5.0 mmol/L', 'glu')).toMatchObject({ flag: 'critical-high', unit: 'mmol/L' });
    expect(one('Glucose 45\nCreatinine 1.1 mg/dL\nBUN 15 mg/dL', 'glu')).toMatchObject({ flag: 'critical-low', unit: 'mg/dL' });
    expect(one('葡萄糖 20\n肌酐 80 μmol/L', 'glu')?.flag).toBe('high');
    expect(one('Glucose 20\nSodium 138 mmol/L', 'glu')?.flag).toBe('high');
  });
});
