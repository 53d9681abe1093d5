import { describe, expect, it } from 'vitest';
import { DRUG_CLASSES } from './drug-indications.js';
import { FIRST_LINE_DRUGS, firstLineDrugEntry, firstLineDrugs } from './first-line-drugs.js';
import { FIRST_LINE_TESTS, firstLineEntry } from './first-line-tests.js';
import { parseIcdCode } from './icd10.js';

const code = (c: string) => parseIcdCode(c)!;
const RANGE_RE = /^[A-Z]\d{2}(\.\d)?(-[A-Z]\d{2}(\.\d)?)?$/u;

describe('first-line tables', () => {
  it('every entry names WHO codes and at least one test or drug', () => {
    for (const e of FIRST_LINE_TESTS) {
      expect(e.codes, e.group).toMatch(RANGE_RE);
      expect(e.tests.length, e.group).toBeGreaterThan(0);
    }
    for (const e of FIRST_LINE_DRUGS) {
      expect(e.codes, e.group).toMatch(RANGE_RE);
      expect((e.drugs?.length ?? 0) + (e.classes?.length ?? 0), e.group).toBeGreaterThan(0);
    }
  });

  it('names only classes the indication table has', () => {
    const ids = new Set(DRUG_CLASSES.map((c) => c.id));
    for (const e of FIRST_LINE_DRUGS) for (const c of e.classes ?? []) expect(ids.has(c), `${e.group}: ${c}`).toBe(true);
  });

  it('picks the narrowest entry covering a code', () => {
    expect(firstLineEntry(code('K56.100'))?.group).toBe('intussusception');
    expect(firstLineEntry(code('K56.200'))?.group).toBe('intestinal obstruction, volvulus');
    expect(firstLineEntry(code('H18.600'))?.group).toBe('keratoconus');
    expect(firstLineEntry(code('I47.201'))?.tests[0]).toBe('心电图');
    expect(firstLineEntry(code('K40.900'))).toBeUndefined();
    expect(firstLineDrugEntry(code('N30.000'))?.group).toBe('acute cystitis');
    expect(firstLineDrugEntry(code('N30.100'))).toBeUndefined();
    // Left out on purpose: rectal injury (finger and proctoscope first), biliary ascariasis (ultrasound, not the
    // stool), acute dacryocystitis (no probing or syringing in the acute stage).
    expect(firstLineEntry(code('S36.600'))).toBeUndefined();
    expect(firstLineEntry(code('S36.100'))?.tests[0]).toBe('腹部CT');
    expect(firstLineEntry(code('B77.803'))).toBeUndefined();
    expect(firstLineEntry(code('B77.900'))?.group).toBe('ascariasis');
    expect(firstLineEntry(code('H04.302'))).toBeUndefined();
    expect(firstLineEntry(code('H04.401'))?.group).toBe('chronic dacryocystitis');
    expect(firstLineDrugEntry(code('B77.803'))).toBeUndefined();
    expect(firstLineDrugEntry(code('J43.900'))?.group).toBe('COPD and emphysema');
  });

  it('expands classes into their drugs after the named drugs', () => {
    const gout = firstLineDrugs(firstLineDrugEntry(code('M10.900'))!);
    expect(gout.slice(0, 2)).toEqual(['秋水仙碱', '别嘌醇']);
    expect(gout).toContain('布洛芬');
    // A complication of diabetes is not treated by any glucose-lowering drug.
    expect(firstLineDrugEntry(code('E14.500'))).toBeUndefined();
  });
});
