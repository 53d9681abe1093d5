import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/helpers/shared-data.js';
import { itemsFromBenchmark } from '../sources/bench.js';
import { CALCULATORS } from './calculators.js';
import { medcalcCheck } from './medcalc.js';
import { qualityOf } from './types.js';

describe('MedCalc ground truths recomputed with the project calculators', async () => {
  const { items } = await itemsFromBenchmark('medcalc', sharedPath('rl', 'medcalc-dev.jsonl'));
  const out = medcalcCheck.run(items, {});

  it('agrees with the source on every calculator except the two with known source errors, which it corrects', () => {
    for (const it of out) {
      const q = qualityOf(it);
      const calc = String(it.meta.calculator);
      if (calc.startsWith('APACHE II') || calc.startsWith('Caprini')) {
        expect(q.flags[0].code, it.id).toBe('calc-corrected');
        expect(q.corrections[0]).toMatchObject({ by: 'medcalc-recompute' });
        expect(it.reward_spec.gt).toEqual(it.ground_truth);
      } else expect(q.flags[0].code, `${it.id} ${q.flags[0].detail}`).toBe('calc-recomputed');
    }
  });

  it('APACHE II adds 15 − GCS and reads Celsius as Celsius', () => {
    const e = {
      age: [43, 'years'],
      Temperature: [34.9, 'degrees celsius'],
      'Systolic Blood Pressure': [122, 'mm Hg'],
      'Diastolic Blood Pressure': [81, 'mm Hg'],
      'Heart Rate or Pulse': [120, 'beats per minute'],
      'respiratory rate': [17, 'breaths per minute'],
      'FiO₂': [57, '%'],
      'A-a gradient': 375,
      pH: 7.53,
      Sodium: [137.49, 'mmol/L'],
      Potassium: [5.43, 'mmol/L'],
      creatinine: [1.258, 'mg/dL'],
      'Acute renal failure': true,
      Hematocrit: [35, '%'],
      'White blood cell count': [9103, 'µL'],
      'Glasgow Coma Score': 12,
    };
    // temp 1 + HR 2 + A-a 3 + pH 1 + GCS (15 − 12) 3; the source's 26 added the raw GCS and read 34.9 °C as °F.
    expect(CALCULATORS['APACHE II Score'](e)).toBe(10);
  });
});
