import { describe, expect, it } from 'vitest';
import { createDrugIndications, rangesOverlap } from './drug-indications.js';
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

describe('rangesOverlap', () => {
  it('overlaps by category, refined by a single subcategory on either side', () => {
    expect(rangesOverlap('I47-I49', 'I48')).toBe(true);
    expect(rangesOverlap('I80-I82', 'I26')).toBe(false);
    expect(rangesOverlap('E89.0', 'E89.1')).toBe(false);
    expect(rangesOverlap('e89.0', 'E89.0')).toBe(true);
    expect(rangesOverlap('E89.0', 'E80-E90')).toBe(true);
    expect(rangesOverlap('E80-E88', 'E89.0')).toBe(false);
    expect(rangesOverlap('I25.2', 'I20-I25')).toBe(true);
    expect(rangesOverlap('B20-B24', 'Z21')).toBe(false);
  });
});
