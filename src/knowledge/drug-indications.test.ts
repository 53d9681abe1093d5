import { describe, expect, it } from 'vitest';
import { createDrugIndications } from './drug-indications.js';
import { parseIcdCode } from './icd10.js';

const ind = createDrugIndications();
const code = (s: string) => parseIcdCode(s)!;

describe('drug indications by class', () => {
  it('gives corticosteroids for adrenal insufficiency, not for adrenal-medulla hyperfunction', () => {
    expect(ind.status('氢化可的松', code('E27.100'))).toBe('indicated');
    expect(ind.status('氢化可的松', code('E27.500'))).toBe('not-indicated');
  });

  it('treats a gout flare with NSAIDs, not with paracetamol or the aspirin–paracetamol ester', () => {
    expect(ind.status('布洛芬', code('M10.900'))).toBe('indicated');
    expect(ind.status('贝诺酯', code('M10.900'))).toBe('not-indicated');
    expect(ind.status('对乙酰氨基酚', code('M10.900'))).toBe('not-indicated');
    // Still analgesics for pain elsewhere in the musculoskeletal chapter.
    expect(ind.status('对乙酰氨基酚', code('M17.900'))).toBe('indicated');
  });
});
